"""Highlight-map benchmark: build time and memory of ``OffsetMap`` for large items.

    .venv/bin/python bench/bench_highlight_map.py [--sizes 100000 1000000 10000000]

Each item is one long sagsfremstilling of ~600-character paragraphs separated by blank
lines (with a non-breaking space per sentence); its "view" is what the detail view makes of
it: blank lines dropped, non-breaking spaces as spaces. Showing an item only constructs the
map (lazy); the first highlight query builds it. Reported: construction, first query (the
build), a later query, the number of runs and the peak memory of the build (tracemalloc).
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutesapp.model import AgendaItem, Section, SectionKind  # noqa: E402
from minutesapp.ui.highlight_mapping import OffsetMap  # noqa: E402

SENTENCE = "Kommunalbestyrelsen godkender\u00a0budgettet for vejene og stierne i kommunen for 2026. "


def synthetic_item(size: int) -> tuple[AgendaItem, str, dict[str, tuple[int, int]]]:
    """An item with about ``size`` characters of text, its view text and its view spans."""
    paragraph = (SENTENCE * (600 // len(SENTENCE) + 1))[:600]
    paragraphs = [f"{n}. {paragraph}" for n in range(max(1, size // (len(paragraph) + 8)))]
    item = AgendaItem(1, "Vejplan", sections=(Section(SectionKind.SAGSFREMSTILLING, "Sag", "\n\n".join(paragraphs)),))
    head = "Punkt 1\nVejplan\nSag\n"
    body = "\n".join(p.replace("\u00a0", " ") for p in paragraphs)
    return item, head + body, {"title": (8, 15), "section:0": (len(head), len(head) + len(body))}


def measure(size: int) -> None:
    item, view, spans = synthetic_item(size)
    middle = len(view) // 2
    t0 = time.perf_counter()
    offsets = OffsetMap(item, view, spans)
    t1 = time.perf_counter()
    offsets.to_source(middle, middle + 50)
    t2 = time.perf_counter()
    offsets.to_view(len(offsets.source_text) // 3, len(offsets.source_text) // 3 + 50)
    t3 = time.perf_counter()
    tracemalloc.start()  # a second, traced build: tracing slows it, so it is not timed
    OffsetMap(item, view, spans).to_source(middle, middle + 50)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{len(view):>11,} chars  construct {1e3 * (t1 - t0):6.3f} ms  first query (build) {1e3 * (t2 - t1):7.1f} ms"
          f"  later query {1e6 * (t3 - t2):6.1f} µs  runs {len(offsets.runs):>7,}  peak {peak / 1e6:6.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000])
    args = parser.parse_args()
    for size in args.sizes:
        measure(size)


if __name__ == "__main__":
    main()
