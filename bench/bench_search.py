"""Library benchmark: index 1,000 meetings, then time searches and an unchanged rescan.

    .venv/bin/python bench/bench_search.py [--meetings 1000] [--queries 100]

The meetings are made from the corpus (parsed with the real parser when it is importable,
else cut from the extracted text), varied in item numbers, dates and words, and written as
serialized-meeting files; indexing then runs the real path (Library.add: stat, sha256,
one transaction per file, stemming, FTS5) with a loader that reads those files, so the
figure excludes PDF parsing, which the app caches. Targets: search p95 < 50 ms,
unchanged rescan < 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutesapp.library import Library, SearchFilters  # noqa: E402
from minutesapp.model import AgendaItem, Meeting, MeetingKind, Section, SectionKind  # noqa: E402
from minutesapp.serialize import meeting_from_dict, meeting_to_dict  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
WORD = re.compile(r"[^\W\d_]{4,}")


def _parsed_corpus() -> list[Meeting]:
    try:
        from minutesapp.parsing import parse_file  # type: ignore[attr-defined]
    except ImportError:
        return []
    meetings = []
    for path in sorted(CORPUS.glob("*.pdf")) + sorted(CORPUS.glob("*.txt")):
        try:
            meeting = parse_file(path)
        except Exception as error:  # a parser gap must not stop the benchmark
            print(f"  (skipping {path.name}: {error})")
            continue
        if meeting.items:
            meetings.append(meeting)
    return meetings


def _cut_corpus() -> list[Meeting]:
    """Without the parser: items of ~30 lines from the corpus text, sections by turns."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    try:
        from minutesapp.parsing.extract import extract_pages

        for path in sorted(CORPUS.glob("*.pdf")):
            texts.append("\n".join(line for page in extract_pages(path) for line in page.lines))
    except Exception as error:
        print(f"  (PDF text not available: {error})")
    kinds = [SectionKind.RESUME, SectionKind.SAGSFREMSTILLING, SectionKind.INDSTILLING, SectionKind.BESLUTNING]
    meetings = []
    for n, text in enumerate(texts):
        lines = [line for line in text.splitlines() if line.strip()]
        items = []
        for number, start in enumerate(range(0, len(lines), 30), start=1):
            chunk = lines[start:start + 30]
            sections = tuple(Section(kinds[(number + k) % 4], kinds[(number + k) % 4].value, "\n".join(chunk[k::4]))
                             for k in range(4))
            items.append(AgendaItem(number, chunk[0][:80], f"{20 + n}/{1000 + number}", sections=sections))
        meetings.append(Meeting(MeetingKind.REFERAT, f"Udvalg {n}", "2025-01-01", items=tuple(items)))
    return meetings


def _vary(source: Meeting, k: int, vocabulary: list[str], rng: random.Random) -> Meeting:
    """A different meeting: its own body suffix, date, item numbers and every ~8th word swapped."""
    def swap(text: str) -> str:
        return WORD.sub(lambda m: rng.choice(vocabulary) if rng.random() < 0.12 else m.group(), text)

    offset = (k * 13) % 400
    items = tuple(
        replace(item, number=item.number + offset, title=swap(item.title),
                sections=tuple(replace(s, text=swap(s.text)) for s in item.sections),
                decisions=tuple(replace(d, text=swap(d.text), date=None, body=None) for d in item.decisions))
        for item in source.items)
    date = f"{2015 + k % 11}-{1 + k % 12:02d}-{1 + k % 28:02d}"
    return replace(source, body=f"{source.body or 'Udvalg'} {k % 23}", date=date, items=items, source=None)


def _queries(vocabulary: list[str], rng: random.Random, count: int) -> list[tuple[str, SearchFilters]]:
    common = vocabulary[:200]
    queries: list[tuple[str, SearchFilters]] = []
    for n in range(count):
        kind = n % 5
        if kind == 0:
            query = rng.choice(vocabulary)
        elif kind == 1:
            query = f"{rng.choice(common)} {rng.choice(vocabulary)}"
        elif kind == 2:
            query = f'"{rng.choice(common)} {rng.choice(common)}" OR {rng.choice(vocabulary)}'
        elif kind == 3:
            query = rng.choice(common)[:5] + "*"
        else:
            query = rng.choice(common)
        filters = SearchFilters(limit=20)
        if n % 7 == 0:
            filters = SearchFilters(limit=20, section="beslutning")
        elif n % 11 == 0:
            filters = SearchFilters(limit=20, date_from="2018-01-01", date_to="2020-12-31")
        queries.append((query, filters))
    return queries


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(20251211)

    sources = _parsed_corpus()
    origin = "parsed with minutesapp.parsing.parse_file"
    if not sources:
        sources, origin = _cut_corpus(), "cut from extracted corpus text (parser not available)"
    print(f"source meetings: {len(sources)} ({origin}), {sum(len(m.items) for m in sources)} items")
    counts: dict[str, int] = {}
    for meeting in sources:
        for item in meeting.items:
            for word in WORD.findall(item.full_text.casefold()):
                counts[word] = counts.get(word, 0) + 1
    vocabulary = sorted(counts, key=counts.get, reverse=True)  # type: ignore[arg-type]

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "meetings"
        folder.mkdir()
        for k in range(args.meetings):
            meeting = _vary(sources[k % len(sources)], k, vocabulary, rng)
            (folder / f"m{k:04d}.txt").write_text(json.dumps(meeting_to_dict(meeting), ensure_ascii=False),
                                                   encoding="utf-8")

        def load(path: Path, cancel: threading.Event | None) -> Meeting:
            return meeting_from_dict(json.loads(path.read_text(encoding="utf-8")))

        db = Path(temp) / "library.sqlite3"
        library = Library(db, loader=load)
        started = time.perf_counter()
        report = library.add([folder])
        index_seconds = time.perf_counter() - started
        items = sum(m.item_count for m in library.meetings())
        print(f"indexed {len(report.added)} meetings ({items} items, {len(report.failed)} failed) in "
              f"{index_seconds:.1f} s: {1000 * index_seconds / max(1, len(report.added)):.1f} ms per meeting")

        library._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(p.stat().st_size for p in Path(temp).glob("library.sqlite3*"))
        print(f"database size: {size / 1e6:.1f} MB")

        latencies = []
        hits = 0
        for query, filters in _queries(vocabulary, rng, args.queries):
            started = time.perf_counter()
            hits += len(library.search(query, filters))
            latencies.append(1000 * (time.perf_counter() - started))
        print(f"search over {len(latencies)} queries ({hits} hits, limit 20): median "
              f"{statistics.median(latencies):.1f} ms, p95 {_percentile(latencies, 0.95):.1f} ms, "
              f"max {max(latencies):.1f} ms (target p95 < 50 ms)")

        started = time.perf_counter()
        rescan = library.rescan()
        print(f"rescan of the unchanged library: {time.perf_counter() - started:.2f} s "
              f"({rescan.unchanged} unchanged, {len(rescan.updated) + len(rescan.added)} re-read) (target < 2 s)")
        library.close()
        _real_loader(Path(temp))
    return 0


def _real_loader(temp: Path) -> None:
    """The corpus itself through the app's loader (sandboxed parse, empty parse cache)."""
    os.environ["MINUTESAPP_HOME"] = str(temp / "home")
    try:
        library = Library(temp / "corpus.sqlite3")
        started = time.perf_counter()
        report = library.add([CORPUS])
    except ImportError as error:
        print(f"(app loader not available: {error})")
        return
    seconds = time.perf_counter() - started
    count = len(report.added) + len(report.failed)
    print(f"corpus through the app loader (sandboxed parse, cold cache): {count} files in {seconds:.1f} s, "
          f"{1000 * seconds / max(1, count):.0f} ms per file, {len(report.failed)} failed")
    library.close()


if __name__ == "__main__":
    raise SystemExit(main())
