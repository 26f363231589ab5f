"""Items of a one-item-per-page layout (Nykarleby's protocols): each item page ends with
its number as "39 §", the title is the page's first line (after the diary number), and
the table of contents ("39 § Title ....... 1") has the cleaner titles.

Pages without a footer (attachments, appeal instructions) belong to the item before.
"""

from __future__ import annotations

import re
from typing import Sequence

from minutesapp.parsing.extract import PageText
from minutesapp.parsing.items import ItemSpan, split_closed
from minutesapp.parsing.lines import Line, case_number_of, is_separator, page_lines

_FOOTER = re.compile(r"(?P<number>\d{1,4})\s*§")
# The footer (item number, "Protokoll 29.05.2023 Sida", body, page number) sits in the last lines.
_FOOTER_ZONE = 6
_FOOTER_MAX_CHARS = 60
_TOC_ENTRY = re.compile(r"(?P<number>\d{1,4})\s*§\s+(?P<title>.+?)\s*(?:\.{3,}|…+)\s*\d+")
# The layout needs footers on at least this many pages, and this share of them.
_MIN_PAGES = 2
_MIN_SHARE = 0.1  # long appended attachments have no footer


def find_paged_items(pages: Sequence[PageText]) -> tuple[list[Line], list[ItemSpan]] | None:
    """(header lines, items) when the document has the footer layout, else None."""
    numbers = [_footer_number(page) for page in pages]
    footed = sum(number is not None for number in numbers)
    if footed < _MIN_PAGES or footed < _MIN_SHARE * len(pages):
        return None
    first = next(index for index, number in enumerate(numbers) if number is not None)
    header = [Line(text, page.number) for page in pages[:first] for text in page.lines]
    toc_titles = _toc_titles(header)
    groups: list[tuple[int, list[PageText]]] = []
    for page, number in zip(pages[first:], numbers[first:]):
        if number is not None and (not groups or groups[-1][0] != number):
            groups.append((number, [page]))
        else:
            groups[-1][1].append(page)
    return header, [_item(number, group, toc_titles.get(number)) for number, group in groups]


def _footer_number(page: PageText) -> int | None:
    for text in reversed(page.lines[-_FOOTER_ZONE:]):
        match = _FOOTER.fullmatch(text.strip())
        if match:
            return int(match["number"])
    return None


def _footer_start(page: PageText) -> int:
    """Index of the page's first footer line: its first "N §" in the zone, if all after it are short."""
    lines = page.lines
    for index in range(max(0, len(lines) - _FOOTER_ZONE), len(lines)):
        if _FOOTER.fullmatch(lines[index].strip()):
            if all(len(text) <= _FOOTER_MAX_CHARS for text in lines[index:]):
                return index
            break
    return len(lines)


def _toc_titles(header: Sequence[Line]) -> dict[int, str]:
    titles: dict[int, str] = {}
    for line in header:
        match = _TOC_ENTRY.fullmatch(line.text)
        if match:
            titles.setdefault(int(match["number"]), match["title"].strip())
    return titles


def _item(number: int, pages: list[PageText], toc_title: str | None) -> ItemSpan:
    body: list[Line] = []
    for page in pages:
        body.extend(page_lines(page, page.lines[: _footer_start(page)]))
    case_number = None
    while body and (case_number_of(body[0].text) or is_separator(body[0].text)):
        case_number = case_number or case_number_of(body[0].text)
        body.pop(0)
    printed_title = body.pop(0).text if body else ""
    title, closed = split_closed(toc_title or printed_title or f"§ {number}")
    return ItemSpan(number, title, case_number, closed, pages[0].number, tuple(body))
