"""Translate offsets between the detail view's text and ``anchoring.item_text(item)``.

Highlights are stored at offsets into ``item_text`` (title, sections in document order,
decisions, joined by blank lines), but the detail view shows the item reordered (indstilling
and decisions first), with blank lines dropped, table cells stripped and frame markers
between boxes. ``ItemDocument.spans`` says where each part of the item landed in the view;
within a part, the characters are aligned one by one, skipping whitespace on either side,
so a selection made in the view is stored at the same characters of ``item_text`` and
shown back on exactly those characters.

The alignment is kept as runs (view start, source start, length) of characters paired one
to one: a part breaks into a new run only where whitespace or a frame marker is skipped on
one side, so a long item costs a few runs, not two integers per character. Runs are found by
comparing slices (C speed) and only the places where the texts differ are stepped through in
Python. The map is built on first use: showing an item without highlights costs nothing.

Pure Python: no Qt, so it can be tested on any strings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from minutesapp.annotations.anchoring import item_text
from minutesapp.model import AgendaItem, SectionKind

PART_SEPARATOR = "\n\n"  # how ``AgendaItem.full_text`` joins the parts
VIEW_MARKERS = "\ufdd0\ufdd1\ufffc"  # frame and object markers the view adds; never in item_text
Run = tuple[int, int, int]  # (view start, source start, length): view_start + k shows source_start + k


@dataclass(frozen=True)
class AlignedPart:
    """One part of the item as it is in both texts, with its aligned characters as runs.

    The k-th aligned pair of the part is ``(view_starts[r] + d, source_starts[r] + d)`` for
    the run ``r`` with ``before[r] <= k < before[r] + lengths[r]`` and ``d = k - before[r]``;
    both offsets grow with k.
    """

    key: str
    view_start: int
    view_end: int
    source_start: int
    source_end: int
    runs: tuple[Run, ...]

    @cached_property
    def view_starts(self) -> list[int]:
        return [r[0] for r in self.runs]

    @cached_property
    def source_starts(self) -> list[int]:
        return [r[1] for r in self.runs]

    @cached_property
    def before(self) -> list[int]:
        """``before[r]``: how many pairs the runs before run r hold."""
        counts, total = [], 0
        for _view, _source, length in self.runs:
            counts.append(total)
            total += length
        return counts

    def pairs_before_view(self, offset: int) -> int:
        """How many aligned view offsets are < ``offset``."""
        return self._pairs_before(self.view_starts, offset)

    def pairs_before_source(self, offset: int) -> int:
        """How many aligned source offsets are < ``offset``."""
        return self._pairs_before(self.source_starts, offset)

    def pair(self, k: int) -> tuple[int, int]:
        """The k-th aligned (view, source) offsets, 0 <= k < number of pairs."""
        r = bisect_right(self.before, k) - 1
        view, source, _length = self.runs[r]
        d = k - self.before[r]
        return view + d, source + d

    def _pairs_before(self, starts: list[int], offset: int) -> int:
        r = bisect_right(starts, offset - 1) - 1  # the last run starting before offset
        if r < 0:
            return 0
        return self.before[r] + min(self.runs[r][2], offset - starts[r])


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


_SPECIAL_IN_VIEW = re.compile(r"[\s" + VIEW_MARKERS + "]")  # \s is exactly str.isspace
_SPACE = re.compile(r"\s")
_FIRST_CHUNK, _MAX_CHUNK = 64, 1 << 16


def _common_length(view: str, i: int, source: str, j: int, limit: int) -> int:
    """Length of the common prefix of ``view[i:]`` and ``source[j:]``, at most ``limit``.

    Compares growing slices (galloping), then halves the first unequal slice down to the
    differing character: C-speed comparisons, a few Python steps per call.
    """
    n, step = 0, _FIRST_CHUNK
    while n < limit:
        k = min(step, limit - n)
        if view[i + n : i + n + k] == source[j + n : j + n + k]:
            n += k
            step = min(step * 2, _MAX_CHUNK)
            continue
        while k > 1:  # the first difference lies in [n, n + k)
            half = k // 2
            if view[i + n : i + n + half] == source[j + n : j + n + half]:
                n, k = n + half, k - half
            else:
                k = half
        return n
    return n


def _align(view: str, view_start: int, view_end: int, source: str, source_start: int, source_end: int) -> list[Run]:
    """Pair equal characters of two renderings of one text; whitespace may differ or be missing.

    At each step the view's and the source's characters are paired when they are equal, both
    whitespace, or both text (a character the view changed: keep both sides in step); a
    whitespace or marker only in the view, or whitespace only in the source, is skipped and
    starts a new run.
    """
    runs: list[Run] = []
    i, j = view_start, source_start
    run_view = run_source = -1  # start of the open run, -1 when none is open

    while i < view_end and j < source_end:
        same = _common_length(view, i, source, j, min(view_end - i, source_end - j))
        if same:
            if run_view < 0:
                run_view, run_source = i, j
            i, j = i + same, j + same
            continue
        a, b = view[i], source[j]
        a_space, b_space = a.isspace(), b.isspace()
        if a_space and b_space:
            step = 1
        elif a_space or a in VIEW_MARKERS or b_space:
            if run_view >= 0:
                runs.append((run_view, run_source, i - run_view))
                run_view = -1
            if a_space or a in VIEW_MARKERS:
                i += 1
            else:
                j += 1
            continue
        else:  # text on both sides: paired up to the next view whitespace/marker or source whitespace
            next_view = _SPECIAL_IN_VIEW.search(view, i + 1, view_end)
            next_source = _SPACE.search(source, j + 1, source_end)
            step = min(
                (next_view.start() if next_view else view_end) - i,
                (next_source.start() if next_source else source_end) - j,
            )
        if run_view < 0:
            run_view, run_source = i, j
        i, j = i + step, j + step
    if run_view >= 0:
        runs.append((run_view, run_source, i - run_view))
    return runs


class OffsetMap:
    """View offsets ↔ ``item_text`` offsets for one item shown in one ``ItemDocument``.

    Construction only keeps its arguments; the alignment is made the first time an offset
    is asked for (or ``parts`` is read).
    """

    def __init__(self, item: AgendaItem, view_text: str, spans: Mapping[str, tuple[int, int]]) -> None:
        self.item_number = item.number
        self._item = item
        self._view_text = view_text
        self._spans = dict(spans)

    @cached_property
    def source_text(self) -> str:
        return item_text(self._item)

    @cached_property
    def parts(self) -> list[AlignedPart]:
        """The aligned parts, in view order."""
        source_ranges = source_parts(self._item)
        source = self.source_text
        aligned: list[AlignedPart] = []
        for key, (view_start, view_end) in self._spans.items():
            if key not in source_ranges or view_end <= view_start:
                continue
            source_start, source_end = source_ranges[key]
            view_end = min(view_end, len(self._view_text))
            runs = _align(self._view_text, view_start, view_end, source, source_start, source_end)
            if runs:
                aligned.append(AlignedPart(key, view_start, view_end, source_start, source_end, tuple(runs)))
        self._view_text = ""  # the runs say all that is needed; let a large text go
        return sorted(aligned, key=lambda p: p.view_start)

    @property
    def runs(self) -> list[Run]:
        """Every run of every part (builds the map): its size is what the map keeps."""
        return [run for part in self.parts for run in part.runs]

    def to_source(self, start: int, end: int) -> tuple[int, int] | None:
        """The ``item_text`` range a view selection [start, end) covers, within one part.

        A selection across several parts (say from the indstilling box into the decision box)
        is cut to the part it covers most: ``item_text`` orders the parts differently, so one
        stored range cannot hold both. None when the selection covers no item text (a label).
        """
        best: tuple[int, int, int] | None = None  # (covered characters, source start, source end)
        for part in self.parts:
            lo = part.pairs_before_view(start)
            hi = part.pairs_before_view(end)
            covered = hi - lo
            if covered <= 0:
                continue
            candidate = (covered, part.pair(lo)[1], part.pair(hi - 1)[1] + 1)
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
            lo = part.pairs_before_source(start)
            hi = part.pairs_before_source(end)
            if hi > lo:
                ranges.append((part.pair(lo)[0], part.pair(hi - 1)[0] + 1))
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
