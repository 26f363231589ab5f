"""The document as one stream of lines that remember their page, plus patterns several
parser stages share (case numbers, table-of-contents entries, separators).

A flat stream is what lets a section run across a page break without special cases.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from minutesapp.parsing.extract import PageText


class Line(NamedTuple):
    text: str
    page: int
    spaced: bool = False  # set a paragraph gap below the line before (PageText.spaced)
    wraps: bool = False  # continues the line before, which the layout wrapped (PageText.wrapped)


def flatten(pages: Sequence[PageText]) -> list[Line]:
    """Every non-empty line of every page, in order, stripped."""
    out: list[Line] = []
    for page in pages:
        out.extend(page_lines(page, page.lines))
    return out


def page_lines(page: PageText, texts: Sequence[str]) -> list[Line]:
    """The non-empty lines among ``texts`` (the first lines of ``page.lines``) as Lines."""
    out: list[Line] = []
    previous = -2
    for index, raw in enumerate(texts):
        text = raw.strip()
        if text:
            # A wrapped line continues the line right above it, so not across a blank one.
            wraps = index in page.wrapped and previous == index - 1
            out.append(Line(text, page.number, index in page.spaced, wraps))
            previous = index
    return out


# A line that is only a case number: Haderslev "21/24526", FirstAgenda "EMN-2025-003383",
# Nykarleby's diary number "NKBY/130/12.03.00/2023", KLE-style "00.01.00-A00-1-23".
_BARE_CASE_NUMBER = re.compile(
    r"(?:\d{2}/\d{2,7}"
    r"|[A-ZÆØÅ]{2,6}-\d{4}-\d{3,8}"
    r"|[A-ZÅÄÖ]{2,8}/\d+/[\d.]+/\d{4}"
    r"|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2})"
)
# A labelled one: Ballerup "Sagsnr.: 2012-28504", "Sags nr. 12/345", "J.nr.: ...".
_LABELLED_CASE_NUMBER = re.compile(
    r"(?:sags\s*nr|sagsnummer|journal\s*nr|j\.\s*nr|ärendenr|dnr|diarienr)\.?\s*:?\s*(?P<number>\S.*)",
    re.IGNORECASE,
)
_DOCUMENT_NUMBER = re.compile(r"dok(?:ument)?\.?\s*nr\.?\s*:?.*", re.IGNORECASE)


def case_number_of(text: str) -> str | None:
    """The case number when the whole line is one (bare or labelled), else None."""
    if _BARE_CASE_NUMBER.fullmatch(text):
        return text
    labelled = _LABELLED_CASE_NUMBER.fullmatch(text)
    if labelled:
        return labelled["number"].strip()
    return None


def is_document_number(text: str) -> bool:
    """Ballerup's "Dok.nr.: 2012-202935": the item's own document id, not content."""
    return _DOCUMENT_NUMBER.fullmatch(text) is not None


_TOC_HEADING = re.compile(
    r"(?:indholdsfortegnelse|indholdsliste|indhold|innehåll|innehållsförteckning|sisällysluettelo)",
    re.IGNORECASE,
)
# Entries of a TOC without dot leaders (Ballerup): "3. Title 6", a wrapped tail "ældre 10",
# and the open/closed part labels between them.
_TOC_NUMBERED_ENTRY = re.compile(r".*\s\d{1,3}")
_TOC_PART_LABEL = re.compile(r"(?:åbent|lukket|åben|lukkede?)\s+(?:referat|dagsorden|punkter|møde)", re.IGNORECASE)


def is_dot_leader_entry(text: str) -> bool:
    """"Title.....\t3", "39 § Title ........ 1" (checked from the end: a regex backtracks badly here)."""
    stripped = text.rstrip()
    leader = stripped.rstrip("0123456789")
    if leader == stripped or not leader:
        return False
    leader = leader.rstrip()
    return leader.endswith(("....", "……", ". . ."))


def is_toc_heading(text: str) -> bool:
    return _TOC_HEADING.fullmatch(text) is not None


def is_toc_part_label(text: str) -> bool:
    return _TOC_PART_LABEL.fullmatch(text) is not None


def toc_line_indexes(lines: Sequence[Line]) -> set[int]:
    """Indexes of table-of-contents lines, which must never start items.

    A TOC is its heading plus the entry-like lines after it on the same page; dot-leader
    entries count wherever they are (Nykarleby's TOC has no heading).
    """
    found: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        if is_dot_leader_entry(line.text):
            found.add(index)
        elif is_toc_heading(line.text):
            found.add(index)
            following = index + 1
            while following < len(lines) and lines[following].page == line.page:
                text = lines[following].text
                if not (
                    is_dot_leader_entry(text)
                    or _TOC_NUMBERED_ENTRY.fullmatch(text)
                    or is_toc_part_label(text)
                ):
                    break
                found.add(following)
                following += 1
            index = following
            continue
        index += 1
    return found


_SEPARATOR = re.compile(r"[_\-–—=*·.\s]{3,}")


def is_separator(text: str) -> bool:
    """Rules drawn with underscores or dashes ("______", "––––––––")."""
    return _SEPARATOR.fullmatch(text) is not None


def looks_wrapped(previous: str, width: int) -> bool:
    """True when ``previous`` filled its line, so the next line continues it (PDF wrapping)."""
    return width >= 60 and len(previous) >= 0.85 * width and not previous.endswith((".", ":", "?", "!"))
