"""Where items start in a stream of lines, and their number, title, case number and
closed flag: "Punkt 106: Title", "§ 3 Title", "3 § Title", "3. Title".

Each layout has a start pattern; a start is *confirmed* when a case-number line follows
it within a few lines (the title may wrap onto those lines). The layout with the most
confirmed starts wins, so a numbered list inside an item's text ("1. Aarhus Byråd
træffer ...") does not become an item in a document whose items carry case numbers.
Table-of-contents lines never start items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from minutesapp.parsing.lines import Line, case_number_of, is_document_number, toc_line_indexes

# Lines a wrapped title may take before its case number.
MAX_TITLE_LINES = 3
_TITLE_MAX_CHARS = 250

_LAYOUTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("punkt", re.compile(r"punkt\s+(?P<number>\d{1,4})\b\s*[:.\-–]?\s*(?P<title>.*)", re.IGNORECASE)),
    ("paragraph", re.compile(r"§\s*(?P<number>\d{1,4})\b\.?\s*[:.\-–]?\s*(?P<title>.*)")),
    ("paragraph_after", re.compile(r"(?P<number>\d{1,4})\s*§\s*[:.\-–]?\s*(?P<title>.*)")),
    ("dotted", re.compile(r"(?P<number>\d{1,3})\.\s+(?P<title>\S.*)")),
)
_CLOSED_PREFIX = re.compile(r"(?:lukket(?:\s+punkt)?|fortroligt?|sekretess)\s*[:\-–]\s*(?P<title>.+)", re.IGNORECASE)
_CLOSED_SUFFIX = re.compile(r"(?P<title>.+?)\s*\((?:lukket(?:\s+punkt)?|fortroligt?)\)", re.IGNORECASE)
# An unconfirmed "3. ..." must look like a heading, not a sentence of a numbered list.
_TITLE_SHAPE = re.compile(r"[A-ZÆØÅÄÖÜ\"'“”«0-9].{1,%d}" % _TITLE_MAX_CHARS)


@dataclass(frozen=True)
class ItemSpan:
    """An item's heading facts and the lines of its body (after title and case number)."""

    number: int
    title: str
    case_number: str | None
    closed: bool
    page: int
    body: tuple[Line, ...]


@dataclass(frozen=True)
class _Start:
    index: int  # of the start line
    number: int
    title_lines: tuple[str, ...]
    case_number: str | None
    end: int  # first index after the heading lines (title, case number, document number)


def find_items(lines: Sequence[Line]) -> tuple[int, list[ItemSpan]]:
    """(index of the first item's line, the items); (len(lines), []) when none are found."""
    toc = toc_line_indexes(lines)
    starts = _best_layout_starts(lines, toc)
    if not starts:
        return len(lines), []
    items = []
    for position, start in enumerate(starts):
        stop = starts[position + 1].index if position + 1 < len(starts) else len(lines)
        items.append(_item_from(start, lines, stop))
    return starts[0].index, items


def _best_layout_starts(lines: Sequence[Line], toc: set[int]) -> list[_Start]:
    best: list[_Start] = []
    best_confirmed = 0
    for name, pattern in _LAYOUTS:
        candidates = [
            index for index, line in enumerate(lines) if index not in toc and pattern.fullmatch(line.text)
        ]
        if not candidates:
            continue
        starts = _read_starts(lines, candidates, pattern)
        confirmed = [start for start in starts if start.case_number is not None]
        if name == "dotted" and confirmed:
            starts = confirmed
        elif name != "punkt" and not confirmed:
            starts = [start for start in starts if _TITLE_SHAPE.fullmatch(" ".join(start.title_lines))]
        if name != "punkt":
            starts = _increasing(starts)
        if len(confirmed) > best_confirmed or (not best and starts and not best_confirmed):
            best, best_confirmed = starts, len(confirmed)
    return best


def _read_starts(lines: Sequence[Line], candidates: list[int], pattern: re.Pattern[str]) -> list[_Start]:
    candidate_set = set(candidates)
    starts = []
    for index in candidates:
        match = pattern.fullmatch(lines[index].text)
        assert match is not None
        title = match["title"].strip()
        following = index + 1
        continuation: list[str] = []
        case_number = None
        # The title may wrap; the case-number line (if any) closes it.
        for ahead in range(index + 1, min(index + 1 + MAX_TITLE_LINES, len(lines))):
            if ahead in candidate_set:
                break
            found = case_number_of(lines[ahead].text)
            if found:
                case_number = found
                continuation = [lines[i].text for i in range(index + 1, ahead)]
                following = ahead + 1
                break
        if case_number is None and not title and following < len(lines) and following not in candidate_set:
            continuation = [lines[following].text]  # "§ 3" with the title on the next line
            following += 1
        while following < len(lines) and is_document_number(lines[following].text):
            following += 1
        starts.append(_Start(index, int(match["number"]), (title, *continuation), case_number, following))
    return starts


def _increasing(starts: list[_Start]) -> list[_Start]:
    """Drop starts whose number does not follow on from the previous kept one."""
    kept: list[_Start] = []
    for start in starts:
        if not kept or start.number > kept[-1].number:
            kept.append(start)
    return kept


def _item_from(start: _Start, lines: Sequence[Line], stop: int) -> ItemSpan:
    title, closed = split_closed(join_title(start.title_lines))
    return ItemSpan(
        number=start.number,
        title=title,
        case_number=start.case_number,
        closed=closed,
        page=lines[start.index].page,
        body=tuple(lines[start.end : stop]),
    )


def join_title(parts: Sequence[str]) -> str:
    """One title from its wrapped lines; a line ending in a hyphen joins without a space."""
    title = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if not title:
            title = part
        elif title.endswith("-") and not title.endswith(" -") and part[:1].islower():
            title += part
        else:
            title += " " + part
    return title


def split_closed(title: str) -> tuple[str, bool]:
    """("Samarbejdsaftale", True) for "Lukket: Samarbejdsaftale"."""
    for pattern in (_CLOSED_PREFIX, _CLOSED_SUFFIX):
        match = pattern.fullmatch(title)
        if match:
            return match["title"].strip(), True
    return title, False
