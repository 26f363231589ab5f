"""Undo a PDF's line wrapping inside paragraphs, conservatively.

A line is joined to the one before only when that one filled the text width and the new
one starts in lower case or with a digit, so list items, table rows (tab-separated, kept
verbatim for the UI to render as tables) and headings stay on their own lines. Text files
have one paragraph per line and are left as they are.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from minutesapp.parsing.extract import hyphen_joint
from minutesapp.parsing.lines import is_separator

# Share of the text width a line must fill to count as wrapped.
_FULL = 0.8
# A document's "width": this share of its lines are no longer than it.
_WIDTH_QUANTILE = 0.95
# "2. ", "b) ", "iii) ": a list point starts its own line.
# (Not "27. august": a date wrapped after "den".)
_LIST_MARKER = re.compile(
    r"(?:\d{1,2}|[a-zæøå]|[ivx]{1,4})[.)]\s(?!\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))", re.IGNORECASE
)


def text_width(lengths: Iterable[int]) -> int:
    """The typical full-line length of a document (0 when it has no lines)."""
    ordered = sorted(lengths)
    if not ordered:
        return 0
    return ordered[min(len(ordered) - 1, int(_WIDTH_QUANTILE * len(ordered)))]


def reflow(lines: Sequence[str], width: int) -> str:
    """``lines`` as text: wrapped paragraph lines joined by spaces, others by newlines."""
    out: list[str] = []
    previous = ""  # the last physical line, whatever it was joined to
    for text in lines:
        if is_separator(text) or not text.strip(" ."):
            continue  # rules, and FirstAgenda's lone "." for an empty paragraph
        if out and _splits_word(previous, text):
            out[-1] = _join_split_word(out[-1], text)
        elif out and _continues(previous, text, width):
            out[-1] = out[-1] + " " + text
        else:
            out.append(text)
        previous = text
    return "\n".join(out)


def _continues(previous: str, text: str, width: int) -> bool:
    if width < 40 or "\t" in previous or "\t" in text or len(previous) < _FULL * width:
        return False
    if _LIST_MARKER.match(text):
        return False  # "2. avtalet godkänns": the next point of a list, not a wrapped line
    first = text[:1]
    return first.islower() or first.isdigit()


def _splits_word(previous: str, text: str) -> bool:
    """A word hyphenated across lines the extractor could not join: at a page break
    ("reparations-" | footer | "skulden") or a line too short to count as wrapped ("avsevär-" | "da")."""
    return (
        len(previous) >= 2
        and previous.endswith("-")
        and previous[-2].isalpha()
        and "\t" not in previous
        and text[:1].isalpha()
        and text[:1].islower()
    )


def _join_split_word(line: str, text: str) -> str:
    left = line[:-1].rsplit(" ", 1)[-1]
    right = text.split(" ", 1)[0]
    return line[:-1] + hyphen_joint(left, right) + text
