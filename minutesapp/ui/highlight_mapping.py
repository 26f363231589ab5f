"""Translate offsets between the detail view's text and ``anchoring.item_text(item)``.

Highlights are stored at offsets into ``item_text`` (title, sections in document order,
decisions, joined by blank lines), but the detail view shows the item reordered (indstilling
and decisions first), with blank lines dropped, table cells stripped and frame markers
between boxes. ``ItemDocument.spans`` says where each part of the item landed in the view;
within a part, the characters are aligned one by one, skipping whitespace on either side,
so a selection made in the view is stored at the same characters of ``item_text`` and
shown back on exactly those characters.

Pure Python: no Qt, so it can be tested on any strings.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from minutesapp.annotations.anchoring import item_text
from minutesapp.model import AgendaItem, SectionKind

PART_SEPARATOR = "\n\n"  # how ``AgendaItem.full_text`` joins the parts


@dataclass(frozen=True)
class AlignedPart:
    """One part of the item as it is in both texts; ``pairs`` are aligned (view, source) offsets."""

    key: str
    view_start: int
    view_end: int
    source_start: int
    source_end: int
    view_positions: tuple[int, ...]  # ascending
    source_positions: tuple[int, ...]  # ascending, same length: view_positions[i] shows source_positions[i]


def source_parts(item: AgendaItem) -> dict[str, tuple[int, int]]:
    """Where each view-span key's text sits in ``item_text(item)``, as [start, end).

    Keys are those ``ItemDocument.spans`` uses: "title", "section:i", "indstilling:n",
    "beslutning:n", "decision:n". Parts with empty text are not in ``full_text``.
    """
    found: dict[str, tuple[int, int]] = {}
    offset = 0
    first = True

    def add(key: str, text: str) -> None:
        nonlocal offset, first
        if not text:
            return
        if not first:
            offset += len(PART_SEPARATOR)
        found[key] = (offset, offset + len(text))
        offset += len(text)
        first = False

    add("title", item.title)
    counters: dict[SectionKind, int] = {}
    for index, section in enumerate(item.sections):
        n = counters.get(section.kind, 0)
        counters[section.kind] = n + 1
        add(f"section:{index}", section.text)
        if section.text and section.kind is SectionKind.INDSTILLING:
            found[f"indstilling:{n}"] = found[f"section:{index}"]
        if section.text and section.kind is SectionKind.BESLUTNING:
            found[f"beslutning:{n}"] = found[f"section:{index}"]
    for n, decision in enumerate(item.decisions):
        add(f"decision:{n}", decision.text)
    return found


def _align(view: str, view_offset: int, source: str, source_offset: int) -> tuple[list[int], list[int]]:
    """Pair equal characters of two renderings of one text; whitespace may differ or be missing."""
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
        else:  # a character the view changed: keep both sides in step
            views.append(view_offset + i)
            sources.append(source_offset + j)
            i += 1
            j += 1
    return views, sources


class OffsetMap:
    """View offsets ↔ ``item_text`` offsets for one item shown in one ``ItemDocument``."""

    def __init__(self, item: AgendaItem, view_text: str, spans: Mapping[str, tuple[int, int]]) -> None:
        self.item_number = item.number
        self.source_text = item_text(item)
        parts = source_parts(item)
        aligned: list[AlignedPart] = []
        for key, (view_start, view_end) in spans.items():
            if key not in parts or view_end <= view_start:
                continue
            source_start, source_end = parts[key]
            views, sources = _align(
                view_text[view_start:view_end], view_start, self.source_text[source_start:source_end], source_start
            )
            if views:
                aligned.append(AlignedPart(key, view_start, view_end, source_start, source_end, tuple(views), tuple(sources)))
        self.parts = sorted(aligned, key=lambda p: p.view_start)

    def to_source(self, start: int, end: int) -> tuple[int, int] | None:
        """The ``item_text`` range a view selection [start, end) covers, within one part.

        A selection across several parts (say from the indstilling box into the decision box)
        is cut to the part it covers most: ``item_text`` orders the parts differently, so one
        stored range cannot hold both. None when the selection covers no item text (a label).
        """
        best: tuple[int, int, int] | None = None  # (covered characters, source start, source end)
        for part in self.parts:
            lo = bisect_left(part.view_positions, start)
            hi = bisect_left(part.view_positions, end)
            covered = hi - lo
            if covered <= 0:
                continue
            candidate = (covered, part.source_positions[lo], part.source_positions[hi - 1] + 1)
            if best is None or candidate[0] > best[0]:
                best = candidate
        if best is None:
            return None
        source_start, source_end = self._trim(best[1], best[2])
        return (source_start, source_end) if source_start < source_end else None

    def to_view(self, start: int, end: int) -> list[tuple[int, int]]:
        """The view ranges that show ``item_text[start:end]`` (one per part it touches)."""
        ranges: list[tuple[int, int]] = []
        for part in self.parts:
            lo = bisect_left(part.source_positions, start)
            hi = bisect_right(part.source_positions, end - 1)
            if hi > lo:
                ranges.append((part.view_positions[lo], part.view_positions[hi - 1] + 1))
        return sorted(ranges)

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        """Leave out whitespace at the ends: a highlight starts and ends on a character."""
        text = self.source_text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


__all__ = ["AlignedPart", "OffsetMap", "source_parts"]
