"""Notes export benchmark: a note and a highlight on every item of the 28-page Aarhus minutes.

    .venv/bin/python bench/bench_export.py [--runs 5] [FILE]

In-process, median of several runs, each against the time to parse the same file
(``parsing.parse_file``): attaching the annotations and building the sheet, rendering the PDF
(both passes: the first counts pages for "Side x af y"), and the atomic write. Then the same as
whole processes: ``minutesapp notes export --indstilling --beslutning`` against a cold
``minutesapp parse`` (both with a fresh MINUTESAPP_HOME, so no parse cache).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT.parent / "shared" / "corpus" / "aarhus_byraad_2025-08-27.pdf"
NOTE = (
    "Spørg til økonomien – „hvad koster det?“ og hvem betaler. <b>Ikke</b> markup & ikke HTML.\n"
    "Tjek bilag 2 før mødet.\n\n"
) * 3


def timed(runs: int, once: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        once()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def annotate_every_item(path: Path) -> None:
    from minutesapp.annotations import AnnotationStore, item_text
    from minutesapp.parsing import parse_file

    meeting = parse_file(path)
    with AnnotationStore.open() as store:
        for item in meeting.items:
            store.set_note(meeting, item.number, f"Punkt {item.number}: {NOTE}")
            text = item_text(item)
            store.add_highlight(meeting, item.number, 0, min(len(text), 80), "yellow", "Vigtigt")


def in_process(path: Path, runs: int, folder: Path) -> list[tuple[str, float]]:
    from minutesapp.annotations import AnnotationStore, attach
    from minutesapp.export import ExportOptions, build_sheet, write_atomically
    from minutesapp.export.pdf_render import render_pdf
    from minutesapp.parsing import parse_file

    meeting = parse_file(path)
    options = ExportOptions(indstilling=True, beslutning=True)
    with AnnotationStore.open(read_only=True) as store:
        sheet = build_sheet(meeting, attach(meeting, store), options)
        render_pdf(sheet)  # registers the fonts once, as the first export in a session does
        pdf = render_pdf(sheet)
        rows = [
            ("parse_file (reference)", timed(runs, lambda: parse_file(path))),
            ("attach + build sheet", timed(runs, lambda: build_sheet(meeting, attach(meeting, store), options))),
            ("render PDF (2 passes)", timed(runs, lambda: render_pdf(sheet))),
            ("write atomically", timed(runs, lambda: write_atomically(folder / "noter.pdf", pdf))),
        ]
    print(f"sheet: {len(sheet.items)} items, PDF {len(pdf) / 1024:.0f} KiB")
    return rows


def as_processes(path: Path, runs: int, folder: Path) -> list[tuple[str, float]]:
    command = [sys.executable, "-m", "minutesapp"]

    def run(args: list[str], home: Path) -> None:
        env = dict(os.environ, MINUTESAPP_HOME=str(home))
        result = subprocess.run(command + args, env=env, capture_output=True, text=True, cwd=ROOT)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {result.stderr.strip()}")

    home = folder / "home"

    def cold(args: list[str]) -> Callable[[], None]:
        def once() -> None:
            run(["parse", "--format", "json", str(path)] if not args else args, home)
            for cached in (home / "cache").glob("**/*.json"):
                cached.unlink()  # keep the annotations, drop the parse cache

        return once

    export = ["notes", "export", str(path), "--pdf", str(folder / "cli.pdf"), "--indstilling", "--beslutning"]
    return [
        ("minutesapp parse, cold (reference)", timed(runs, cold([]))),
        ("minutesapp notes export, cold", timed(runs, cold(export))),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.file.exists():
        sys.exit(f"{args.file} not found")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["MINUTESAPP_HOME"] = str(folder / "home")
        annotate_every_item(args.file)
        rows = in_process(args.file, args.runs, folder)
        reference = rows[0][1]
        print(f"\n{args.file.name}, median of {args.runs} runs, in process:")
        for name, seconds in rows:
            print(f"  {name:<36} {seconds * 1000:8.1f} ms  {seconds / reference:5.2f}x parse")
        total = sum(s for _, s in rows[1:])
        print(f"  {'export total':<36} {total * 1000:8.1f} ms  {total / reference:5.2f}x parse")
        processes = as_processes(args.file, max(1, args.runs // 2), folder)
        print("\nwhole processes:")
        for name, seconds in processes:
            print(f"  {name:<36} {seconds * 1000:8.1f} ms  {seconds / processes[0][1]:5.2f}x parse")


if __name__ == "__main__":
    main()
