#!/usr/bin/env python3
"""Time from process start to the table of contents shown, for the Aarhus minutes.

    .venv/bin/python bench/bench_startup.py [PDF] [--runs N]

Each measurement is a fresh process (QT_QPA_PLATFORM=offscreen). "cold" uses an empty
MINUTESAPP_HOME (sandboxed parse), "cached" reuses it (answer from the parse cache).
Beside them: a plain QPdfDocument load + first-page render in a fresh process, the floor
any PDF viewer built on QtPdf pays.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PDF = ROOT.parent / "shared" / "corpus" / "aarhus_byraad_2025-08-27.pdf"


def child_window(pdf: Path) -> None:
    """In the child: open the window, print the clock when the TOC has the meeting's items."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from minutesapp.ui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    loop = QEventLoop()
    shown: list[float] = []

    def on_shown(_meeting: object) -> None:
        app.processEvents()  # the tree paints
        if window.toc.visible_item_numbers():
            shown.append(time.time())
        loop.quit()

    window.meeting_shown.connect(on_shown)
    window.load_failed.connect(lambda _message: loop.quit())
    window.open_file(pdf)
    loop.exec()
    print(shown[0] if shown else "failed")
    window.close()


def child_pdf(pdf: Path) -> None:
    """In the child: QPdfDocument load + render page 1 at screen size; print the clock after."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication([])
    started = time.perf_counter()
    document = QPdfDocument(app)
    document.load(str(pdf))
    image = document.render(0, QSize(900, 1273))
    assert not image.isNull()
    print(time.time(), time.perf_counter() - started)


def spawn(mode: str, pdf: Path, home: Path) -> tuple[float, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MINUTESAPP_HOME=str(home))
    start = time.time()
    result = subprocess.run(
        [sys.executable, __file__, f"--child-{mode}", str(pdf)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    fields = result.stdout.split()
    if not fields or fields[0] == "failed":
        sys.exit(f"bench_startup: {mode} run failed:\n{result.stderr}")
    return float(fields[0]) - start, fields[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=DEFAULT_PDF)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child-window", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-pdf", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_window:
        child_window(args.pdf)
        return 0
    if args.child_pdf:
        child_pdf(args.pdf)
        return 0
    if not args.pdf.is_file():
        sys.exit(f"bench_startup: {args.pdf} not found")

    cold, cached, pdf_total, pdf_inside = [], [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="minutesapp-bench-") as home:
            cold.append(spawn("window", args.pdf, Path(home))[0])
            cached.append(spawn("window", args.pdf, Path(home))[0])
            total, extra = spawn("pdf", args.pdf, Path(home))
            pdf_total.append(total)
            pdf_inside.append(float(extra[0]))

    def row(label: str, values: list[float]) -> str:
        return f"{label:<52} median {statistics.median(values):6.3f} s   (runs: {', '.join(f'{v:.3f}' for v in values)})"

    print(f"file: {args.pdf.name}   runs: {args.runs}   (process start -> result)")
    print(row("reader window, TOC shown, cold (empty cache)", cold))
    print(row("reader window, TOC shown, cached", cached))
    print(row("plain QPdfDocument load + first-page render", pdf_total))
    print(row("  of which load + render inside the process", pdf_inside))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
