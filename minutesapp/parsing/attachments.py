"""Attachment titles from the lines of a Bilag section.

Haderslev lists one title a line ("Kompetenceplan 2026-2029_udkast ren.pdf"); Aarhus
numbers some ("Bilag 1: Beslutningsforslag") between unnumbered ones ("Indstilling");
Ballerup prefixes a document number ("2012-200782 - Bygningsliste ..."). The prefixes
are dropped: an attachment is its title. A wrapped PDF line continues the title above.
"""

from __future__ import annotations

import re
from typing import Sequence

from minutesapp.parsing.lines import is_separator, looks_wrapped

_NUMBERED = re.compile(r"bilag\s+\d+[a-z]?\s*[:.\-–)]\s*(?P<title>.+)", re.IGNORECASE)
_DOCUMENT_NUMBERED = re.compile(r"\d{4}\s*[-–]\s*\d{3,8}\s+[-–]\s+(?P<title>.+)")
_BULLET = re.compile(r"(?:[-•·▪*]|\d+[.)])\s+(?P<title>.+)")
_NONE = re.compile(r"(?:ingen|ingen bilag|intet|-|inga|inga bilagor)\.?", re.IGNORECASE)


def attachment_titles(lines: Sequence[str], width: int) -> list[str]:
    """The titles listed in a Bilag section, in order."""
    titles: list[str] = []
    document_numbered = any(_DOCUMENT_NUMBERED.fullmatch(text) for text in lines)
    previous = ""
    for text in lines:
        if is_separator(text) or _NONE.fullmatch(text):
            continue
        title = _title_of(text)
        if titles and title is None and (document_numbered or looks_wrapped(previous, width)):
            titles[-1] = _join(titles[-1], text)
        elif title is not None:
            titles.append(title)
        else:
            bullet = _BULLET.fullmatch(text)
            titles.append(bullet["title"].strip() if bullet else text)
        previous = text
    return titles


def _title_of(text: str) -> str | None:
    for pattern in (_NUMBERED, _DOCUMENT_NUMBERED):
        match = pattern.fullmatch(text)
        if match:
            return match["title"].strip()
    return None


def _join(first: str, second: str) -> str:
    if first.endswith("-") and second[:1].islower():
        return first + second
    return first + " " + second
