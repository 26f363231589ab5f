"""The structure parser: extracted pages in, a Meeting out. Pure: no I/O, no Qt.

Steps: find the items (Nykarleby's page-footer layout, else a line layout such as
"Punkt 3: Title", "§ 3", "3 §", "3. Title"); the lines before the first item are the
header (its body name spelt as the document spells it most often); each item's body is
split into sections and decisions. A document without any
recognisable item becomes one item per page ("Side N"), so it can still be read.
Without a kind word on page 1, a document that records decisions counts as a referat.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from minutesapp.model import AgendaItem, Meeting, MeetingKind, Section, SectionKind, SourceInfo
from minutesapp.parsing.assemble import assemble_item, meeting_decision_guess
from minutesapp.parsing.body_name import preferred_body_spelling
from minutesapp.parsing.extract import PageText
from minutesapp.parsing.header import MeetingHeader, detect_kind, parse_header
from minutesapp.parsing.items import ItemSpan, find_items
from minutesapp.parsing.lines import Line, flatten, page_lines
from minutesapp.parsing.paged_items import find_paged_items
from minutesapp.parsing.reflow import reflow, text_width


def parse_pages(pages: Sequence[PageText], *, source: SourceInfo | None = None) -> Meeting:
    """The meeting ``pages`` describe."""
    lines = flatten(pages)
    width = text_width(len(line.text) for line in lines)
    header_lines, spans = _find_structure(pages, lines)
    first_page = pages[0].lines if pages else ()
    header = parse_header(header_lines, first_page) if spans else _header_only(lines, first_page)
    header = replace(header, body=preferred_body_spelling(header.body, lines))
    items = [assemble_item(span, body=header.body, date=header.date, width=width) for span in spans]
    if spans and (header.body is None or header.date is None):
        guessed_body, guessed_date = meeting_decision_guess(items)
        header = replace(header, body=header.body or guessed_body, date=header.date or guessed_date)
        items = [assemble_item(span, body=header.body, date=header.date, width=width) for span in spans]
    if not items:
        items = _one_item_per_page(pages, width)
    if header.kind is MeetingKind.UNKNOWN and any(item.decisions for item in items):
        header = replace(header, kind=MeetingKind.REFERAT)  # decisions recorded: minutes
    return Meeting(
        kind=header.kind,
        body=header.body,
        date=header.date,
        start_time=header.start_time,
        location=header.location,
        participants=header.participants,
        absent=header.absent,
        items=tuple(items),
        source=source,
    )


def _find_structure(pages: Sequence[PageText], lines: list[Line]) -> tuple[list[Line], list[ItemSpan]]:
    paged = find_paged_items(pages)
    if paged is not None:
        return paged
    first, spans = find_items(lines)
    return lines[:first], spans


def _header_only(lines: list[Line], first_page: Sequence[str]) -> MeetingHeader:
    """Without items, only page 1 can be the header."""
    if not lines:
        return MeetingHeader(kind=detect_kind(first_page))
    first = [line for line in lines if line.page == lines[0].page]
    return parse_header(first, first_page)


def _one_item_per_page(pages: Sequence[PageText], width: int) -> list[AgendaItem]:
    items = []
    for page in pages:
        text = reflow(page_lines(page, page.lines), width)
        sections = (Section(SectionKind.OTHER, "", text, page.number),) if text else ()
        items.append(AgendaItem(number=page.number, title=f"Side {page.number}", page=page.number, sections=sections))
    return items
