"""Remove running page headers/footers and page-number lines from extracted pages.

Generic, not tied to one layout. Walking in from a page's top (and bottom) edge, a line
belongs to a running head while its shape (digits aside) recurs at that same distance
from the edge on many pages. Such a line is dropped when it is word for word the same on
neighbouring pages ("Sundheds- og Forebyggelsesudvalget", "Dato: 04.12.2012") or is a bare
number that counts the pages. A recurring line with too few letters ("16 §", the item on
that page in Nykarleby's protocols) or without words ("______") stays. Whole-line page
numbers ("Side 3 af 20", "Sida 3", "- 3 -") go wherever they sit in the edge zone.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

# How many lines at each edge of a page may belong to a header or footer.
EDGE_LINES = 6
# A running head appears on at least this share of pages (appended attachments lack it).
MIN_SHARE = 0.15
# ...and on at least this many pages word for word.
MIN_PAGES = 3

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# A whole line that is a page number in any layout we have seen, even on a single page.
_PAGE_NUMBER_LINE = re.compile(
    r"(?:(?:side|sida|page|seite|sivu)\.?\s*\d+(?:\s*(?:af|av|of|von|/)\s*\d+)?"
    r"|\d+\s*(?:af|av|of|von|/)\s*\d+"
    r"|[-–—]\s*\d+\s*[-–—])",
    re.IGNORECASE,
)


def is_page_number_line(line: str) -> bool:
    """'Side 3 af 20', 'Side 3', '3 of 5', 'Sida 3', '- 3 -'; not '2/2023', '21/24526' or '26/00118'.

    A zero-padded number is a case number's serial ("26/00118" closing a text file), never a count.
    """
    if _PAGE_NUMBER_LINE.fullmatch(line.strip()) is None:
        return False
    numbers = _DIGITS.findall(line)
    if any(len(n) > 1 and n.startswith("0") for n in numbers):
        return False
    values = [int(n) for n in numbers]
    return values[-1] < 1000 and values[0] <= values[-1]


def _shape(line: str) -> str:
    return _DIGITS.sub("#", _SPACES.sub(" ", line.strip().casefold()))


def _exact(line: str) -> str:
    return _SPACES.sub(" ", line.strip().casefold())


def strip_running_heads(pages: list[list[str]]) -> list[list[str]]:
    """The same pages without header/footer lines; body lines are never reordered."""
    drops = running_head_lines(pages)
    return [[line for i, line in enumerate(lines) if i not in drop] for lines, drop in zip(pages, drops)]


def running_head_lines(pages: list[list[str]]) -> list[set[int]]:
    """For each page, the indexes of its header/footer and page-number lines."""
    removable: list[set[int]] = [set() for _ in pages]  # indexes into each page's lines
    for edge in ("top", "bottom"):
        _mark_edge(pages, edge, removable)
    return removable


def _edge_zone(lines: list[str], edge: str) -> list[int]:
    """Indexes of the lines nearest the edge, nearest first."""
    count = min(EDGE_LINES, len(lines))
    return list(range(count)) if edge == "top" else [len(lines) - 1 - d for d in range(count)]


def _mark_edge(pages: list[list[str]], edge: str, removable: list[set[int]]) -> None:
    """Walk in from the edge while lines recur; drop those that are identical or count pages.

    The walk stops at the first line whose shape does not recur at that distance, so a
    section heading that often opens a page ("Beslutninger" below an item title) is never
    taken for a header.
    """
    zones = [_edge_zone(lines, edge) for lines in pages]
    threshold = max(MIN_PAGES, math.ceil(MIN_SHARE * len(pages)))
    shape_pages: Counter[tuple[str, int]] = Counter()
    exact_pages: dict[tuple[str, int], list[int]] = defaultdict(list)
    numbers: dict[int, list[tuple[int, int]]] = defaultdict(list)  # distance -> (page index, bare number)
    for page_index, zone in enumerate(zones):
        for distance, line_index in enumerate(zone):
            line = pages[page_index][line_index]
            shape_pages[(_shape(line), distance)] += 1
            exact_pages[(_exact(line), distance)].append(page_index)
            if line.isdigit() and len(line) <= 4:
                numbers[distance].append((page_index, int(line)))
    page_number_distances = {distance for distance, seen in numbers.items() if _counts_pages(seen)}
    for page_index, zone in enumerate(zones):
        for distance, line_index in enumerate(zone):
            line = pages[page_index][line_index]
            if is_page_number_line(line):
                removable[page_index].add(line_index)
                continue
            if len(pages) < MIN_PAGES:
                continue  # too few pages to tell a running head; page numbers only
            if shape_pages[(_shape(line), distance)] < threshold:
                break
            if line.isdigit():
                if distance in page_number_distances:
                    removable[page_index].add(line_index)
            elif _is_wordy(line) and _runs_over_pages(exact_pages[(_exact(line), distance)]):
                removable[page_index].add(line_index)
            # Otherwise the line recurs only in shape ("16 §", the item on that page) or has no
            # words ("______", which may close an item): keep it and walk on.


def _is_wordy(line: str) -> bool:
    """At least a word's worth of letters, so "16 §" or "a)" never count as a header."""
    return sum(ch.isalpha() for ch in line) >= 4


def _runs_over_pages(page_indexes: list[int]) -> bool:
    """On enough pages, mostly on runs of neighbouring pages, as a running head is.

    A phrase that often closes an item ("Følgende deltog ikke i behandlingen af punktet:")
    lands at a page's edge now and then, but rarely on the very next page too.
    """
    if len(page_indexes) < MIN_PAGES:
        return False
    present = set(page_indexes)
    with_neighbour = sum(1 for p in present if p - 1 in present or p + 1 in present)
    return with_neighbour >= 0.5 * len(present)


def _counts_pages(numbers: list[tuple[int, int]]) -> bool:
    """Bare numbers that rise with the pages (maybe offset: the protocol's own page 1)."""
    pairs = list(zip(numbers, numbers[1:]))
    rising = sum(1 for (p1, n1), (p2, n2) in pairs if 0 < n2 - n1 <= p2 - p1)
    return len(pairs) >= 2 and rising >= 0.8 * len(pairs)
