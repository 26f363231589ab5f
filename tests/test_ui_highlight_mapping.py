"""OffsetMap keeps runs, not two integers per character, and maps exactly as the per-character version did.

``ReferenceMap`` below is the earlier implementation (one (view, source) pair per aligned
character), kept here only as the reference the run-based map must agree with: on every
item of the Aarhus and Haderslev minutes as the detail view shows them, on random strings
and on a 2 MB item.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from pathlib import Path

import pytest
from conftest import corpus_file
from PySide6.QtGui import QFont, QPalette

import minutesapp.ui.highlight_mapping as highlight_mapping
from minutesapp.annotations import item_text
from minutesapp.model import AgendaItem, Decision, Meeting, Section, SectionKind
from minutesapp.parsing import parse_file
from minutesapp.ui.highlight_mapping import OffsetMap, source_parts
from minutesapp.ui.item_document import build_item_document

AARHUS = "aarhus_byraad_2025-08-27.pdf"
HADERSLEV = "haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"


# --- the reference: the per-character implementation this module replaced -----------------


def _reference_align(view: str, view_offset: int, source: str, source_offset: int) -> tuple[list[int], list[int]]:
    views: list[int] = []
    sources: list[int] = []
    i = j = 0
    while i < len(view) and j < len(source):
        a, b = view[i], source[j]
        if a == b or (a.isspace() and b.isspace()):
            views.append(view_offset + i)
            sources.append(source_offset + j)
            i += 1
            j += 1
        elif a.isspace() or a in "\ufdd0\ufdd1\ufffc":
            i += 1
        elif b.isspace():
            j += 1
        else:
            views.append(view_offset + i)
            sources.append(source_offset + j)
            i += 1
            j += 1
    return views, sources


class ReferenceMap:
    def __init__(self, item: AgendaItem, view_text: str, spans: Mapping[str, tuple[int, int]]) -> None:
        self.source_text = item_text(item)
        parts = source_parts(item)
        aligned = []
        for key, (view_start, view_end) in spans.items():
            if key not in parts or view_end <= view_start:
                continue
            source_start, source_end = parts[key]
            views, sources = _reference_align(
                view_text[view_start:view_end], view_start, self.source_text[source_start:source_end], source_start
            )
            if views:
                aligned.append((view_start, key, views, sources))
        self.parts = [(key, views, sources) for _start, key, views, sources in sorted(aligned, key=lambda p: p[0])]

    def to_source(self, start: int, end: int) -> tuple[int, int] | None:
        best = None
        for _key, views, sources in self.parts:
            lo, hi = bisect_left(views, start), bisect_left(views, end)
            if hi - lo <= 0:
                continue
            candidate = (hi - lo, sources[lo], sources[hi - 1] + 1)
            if best is None or candidate[0] > best[0]:
                best = candidate
        if best is None:
            return None
        s, e = best[1], best[2]
        while s < e and self.source_text[s].isspace():
            s += 1
        while e > s and self.source_text[e - 1].isspace():
            e -= 1
        return (s, e) if s < e else None

    def to_view(self, start: int, end: int) -> list[tuple[int, int]]:
        ranges = []
        for _key, views, sources in self.parts:
            lo, hi = bisect_left(sources, start), bisect_right(sources, end - 1)
            if hi > lo:
                ranges.append((views[lo], views[hi - 1] + 1))
        return sorted(ranges)


# --- comparing the two ------------------------------------------------------------------------


def expanded(offsets: OffsetMap) -> list[tuple[str, list[int], list[int]]]:
    """The run-based map written out per character, in the reference's shape."""
    out = []
    for part in offsets.parts:
        views = [v + d for v, _s, length in part.runs for d in range(length)]
        sources = [s + d for _v, s, length in part.runs for d in range(length)]
        out.append((part.key, views, sources))
    return out


def sample_offsets(limit: int, rng: random.Random, count: int) -> list[tuple[int, int]]:
    pairs = [(0, limit), (0, 1), (max(limit - 1, 0), limit)]
    for _ in range(count):
        a, b = rng.randint(0, limit), rng.randint(0, limit)
        pairs.append((min(a, b), max(a, b)))
        pairs.append((a, min(a + rng.randint(1, 40), limit)))
    return pairs


def assert_same_mapping(item: AgendaItem, view: str, spans: Mapping[str, tuple[int, int]], *, samples: int = 200,
                        expand: bool = True) -> OffsetMap:  # fmt: skip
    new, old = OffsetMap(item, view, spans), ReferenceMap(item, view, spans)
    if expand:
        assert expanded(new) == old.parts
    rng = random.Random(f"{item.number}:{len(view)}")
    for start, end in sample_offsets(len(view), rng, samples):
        assert new.to_source(start, end) == old.to_source(start, end), (start, end)
    for start, end in sample_offsets(len(new.source_text), rng, samples):
        assert new.to_view(start, end) == old.to_view(start, end), (start, end)
    return new


def shown(meeting: Meeting, item: AgendaItem) -> tuple[str, dict[str, tuple[int, int]]]:
    """The item's text and spans as the detail view shows it."""
    document = build_item_document(item, QPalette(), QFont(), meeting)
    return document.plain_text(), document.spans


@pytest.mark.parametrize("name", [AARHUS, HADERSLEV])
def test_every_corpus_item_maps_as_before(name: str, qapp) -> None:
    meeting = parse_file(corpus_file(name))
    assert len(meeting.items) >= 10
    total_runs = total_chars = 0
    for item in meeting.items:
        view, spans = shown(meeting, item)
        new = assert_same_mapping(item, view, spans)
        assert new.parts, item.number  # every item has some text in the view
        total_runs += len(new.runs)
        total_chars += sum(length for _v, _s, length in new.runs)
    assert total_runs * 10 < total_chars  # runs, not characters


def _random_text(rng: random.Random, size: int) -> str:
    alphabet = "aab  \n\n\t\u00a0æ\ufdd0\ufffcxy"
    return "".join(rng.choice(alphabet) for _ in range(size))


@pytest.mark.parametrize("seed", range(40))
def test_random_renderings_map_as_before(seed: int) -> None:
    """Whitespace added, dropped and changed, markers, changed characters, length differences."""
    rng = random.Random(seed)
    title = _random_text(rng, rng.randint(1, 30)).replace("\ufdd0", "").replace("\ufffc", "") or "T"
    section = _random_text(rng, rng.randint(0, 400)).replace("\ufdd0", "").replace("\ufffc", "")
    decision = _random_text(rng, rng.randint(1, 200)).replace("\ufdd0", "").replace("\ufffc", "") or "D"
    item = AgendaItem(1, title, sections=(Section(SectionKind.SAGSFREMSTILLING, "Sag", section),),
                      decisions=(Decision(None, None, decision),))  # fmt: skip

    def render(text: str) -> str:  # the view's kind of changes, chosen at random per character
        out = []
        for ch in text:
            roll = rng.random()
            if ch.isspace() and roll < 0.3:
                continue
            out.append(" " if ch.isspace() and roll < 0.5 else ch)
            if roll > 0.95:
                out.append(rng.choice("\ufdd0\ufdd1\ufffc \n"))
            elif roll > 0.92:
                out[-1] = "Z"
        return "".join(out)

    pieces = [("label", "Punkt 1\n"), ("title", render(title)), ("", "\n\ufdd0"), ("decision:0", render(decision)),
              ("", "\ufdd1\n"), ("section:0", render(section))]  # fmt: skip
    view, spans = "", {}
    for key, text in pieces:
        if key and key != "label":
            spans[key] = (len(view), len(view) + len(text))
        view += text
    spans["missing:0"] = (0, 3)  # a key item_text does not have is ignored
    assert_same_mapping(item, view, spans, samples=100)


def test_unequal_text_is_paired_in_step_in_one_run() -> None:
    item = AgendaItem(1, "abcdef ghij klmno")
    view = "ABCDEF GHIJ KLMNO"
    offsets = assert_same_mapping(item, view, {"title": (0, len(view))})
    assert offsets.runs == [(0, 0, len(view))]


def test_span_past_the_end_of_the_view_is_cut_as_before() -> None:
    item = AgendaItem(1, "Titel her")
    assert_same_mapping(item, "Titel", {"title": (0, 40)})
    assert OffsetMap(item, "Titel", {"title": (10, 40)}).parts == []


# --- size: a 2 MB item -----------------------------------------------------------------------


def _big_item(paragraphs: int, paragraph_size: int) -> tuple[AgendaItem, str, dict[str, tuple[int, int]]]:
    """A long sagsfremstilling; the view drops the blank lines between its paragraphs."""
    words = "Kommunalbestyrelsen godkender\u00a0budgettet for vejene i kommunen og "
    paragraph = (words * (paragraph_size // len(words) + 1))[:paragraph_size]
    paragraph_list = [f"{n}. {paragraph}" for n in range(paragraphs)]
    item = AgendaItem(7, "Vejplan", sections=(Section(SectionKind.SAGSFREMSTILLING, "Sag", "\n\n".join(paragraph_list)),))
    head = "Punkt 7\nVejplan\nSag\n"
    body = "\n".join(p.replace("\u00a0", " ") for p in paragraph_list)
    spans = {"title": (8, 15), "section:0": (len(head), len(head) + len(body))}
    return item, head + body, spans


def test_two_megabyte_item_is_mapped_in_a_few_runs_as_before() -> None:
    item, view, spans = _big_item(paragraphs=40, paragraph_size=50_000)
    assert len(view) > 2_000_000
    offsets = assert_same_mapping(item, view, spans, samples=300, expand=False)
    assert len(offsets.runs) == 1 + 40  # the title, then one run per paragraph (a blank line dropped)
    assert sum(length for _v, _s, length in offsets.runs) == len(view) - len("Punkt 7\n\nSag\n")


def test_one_long_paragraph_is_one_run() -> None:
    item, view, spans = _big_item(paragraphs=1, paragraph_size=2_000_000)
    assert len(OffsetMap(item, view, spans).runs) == 2


def test_map_is_built_on_first_use_not_when_the_item_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real_align = highlight_mapping._align

    def counting_align(*args: object) -> list:
        calls.append(1)
        return real_align(*args)

    monkeypatch.setattr(highlight_mapping, "_align", counting_align)
    item, view, spans = _big_item(paragraphs=3, paragraph_size=1_000)
    offsets = OffsetMap(item, view, spans)
    assert calls == []  # showing the item: nothing aligned yet
    assert offsets.to_view(0, 7) == [(8, 15)]  # "Vejplan"
    assert len(calls) == 2  # title and section, once
    offsets.to_source(20, 30)
    assert len(calls) == 2


def test_bench_script_runs(tmp_path: Path) -> None:
    """bench/bench_highlight_map.py stays importable and its builder gives a mappable item."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / "bench_highlight_map.py"
    spec = importlib.util.spec_from_file_location("bench_highlight_map", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    item, view, spans = module.synthetic_item(10_000)
    assert len(view) > 9_000
    assert OffsetMap(item, view, spans).to_source(spans["section:0"][0], spans["section:0"][0] + 5) is not None
