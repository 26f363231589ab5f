"""Parse benchmark: whole processes, as a user pays for them, median of several runs.

    .venv/bin/python bench/bench_parse.py [--runs 3] [FILE ...]

For each file (default: the Aarhus minutes and the 102-page Nykarleby protocol), side by side:
raw pdfplumber text extraction of every page, raw pypdfium2 text extraction, a cold
``minutesapp parse`` (a fresh MINUTESAPP_HOME each run, so no cache) and a cached one
(the same file parsed once before). Ratios are against pdfplumber.
Targets: cold <= 1.0x, cached <= 0.15x.
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
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_FILES = (CORPUS / "aarhus_byraad_2025-08-27.pdf", CORPUS / "nykarleby_personalsektionen_2023-05-29.pdf")
COLD_TARGET, CACHED_TARGET = 1.0, 0.15

RAW_PDFPLUMBER = (
    "import sys, pdfplumber\n"
    "with pdfplumber.open(sys.argv[1]) as pdf:\n"
    "    text = [page.extract_text() for page in pdf.pages]\n"
)
RAW_PYPDFIUM2 = (
    "import sys, pypdfium2\n"
    "doc = pypdfium2.PdfDocument(sys.argv[1])\n"
    "text = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]\n"
)


def minutesapp_command() -> list[str]:
    """The installed console script when present (what users run), else ``python -m minutesapp``."""
    script = Path(sys.executable).with_name("minutesapp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "minutesapp"]


def run_once(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[-3:])} failed ({result.returncode}): {result.stderr.strip()}")
    return elapsed


def median_of(runs: int, once: Callable[[], float]) -> float:
    return statistics.median(once() for _ in range(runs))


def bench_file(path: Path, runs: int) -> dict[str, float]:
    base_env = dict(os.environ)
    parse = [*minutesapp_command(), "parse", str(path), "--format", "json"]
    figures = {
        "pdfplumber": median_of(runs, lambda: run_once([sys.executable, "-c", RAW_PDFPLUMBER, str(path)], base_env)),
        "pypdfium2": median_of(runs, lambda: run_once([sys.executable, "-c", RAW_PYPDFIUM2, str(path)], base_env)),
    }
    with tempfile.TemporaryDirectory(prefix="bench-parse-") as scratch:

        def cold() -> float:
            home = tempfile.mkdtemp(dir=scratch)
            return run_once(parse, {**base_env, "MINUTESAPP_HOME": home})

        figures["cold parse"] = median_of(runs, cold)
        warm_env = {**base_env, "MINUTESAPP_HOME": tempfile.mkdtemp(dir=scratch)}
        run_once(parse, warm_env)  # fill the cache
        figures["cached parse"] = median_of(runs, lambda: run_once(parse, warm_env))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    missing = [str(f) for f in args.files if not f.exists()]
    if missing:
        print(f"missing: {', '.join(missing)}", file=sys.stderr)
        return 2
    results = {path: bench_file(path, args.runs) for path in args.files}
    names = [path.name[:34] for path in args.files]
    print(f"whole-process wall time, median of {args.runs} runs (ratio vs pdfplumber)")
    print(f"{'':16}" + "".join(f"{name:>40}" for name in names))
    for label in ("pdfplumber", "pypdfium2", "cold parse", "cached parse"):
        cells = []
        for path in args.files:
            seconds = results[path][label]
            ratio = seconds / results[path]["pdfplumber"]
            cells.append(f"{seconds * 1000:>10.0f} ms  ({ratio:5.2f}x)".rjust(40))
        print(f"{label:16}" + "".join(cells))
    verdicts = []
    for path in args.files:
        cold = results[path]["cold parse"] / results[path]["pdfplumber"]
        cached = results[path]["cached parse"] / results[path]["pdfplumber"]
        ok = cold <= COLD_TARGET and cached <= CACHED_TARGET
        verdicts.append(ok)
        print(
            f"{path.name}: cold {cold:.2f}x (target <= {COLD_TARGET}x), "
            f"cached {cached:.2f}x (target <= {CACHED_TARGET}x): {'OK' if ok else 'MISSED'}"
        )
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
