"""Undo a PDF's line wrapping inside paragraphs.

A line is joined to the one before when the layout says it wraps (``Line.wraps``: the
usual line pitch below a full line, see ``paragraph_gaps``), or, where there is no layout
(across a page break, text files), when the line before filled the text width and the new
one starts in lower case or with a digit. Either way list points and bullets ("A)", "2.",
"At 1)", "- "), table rows (tab-separated, kept verbatim for the UI to render as tables),
case numbers and headings stay on their own lines. Text files have one paragraph per
line and are left as they are.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from minutesapp.parsing.extract import hyphen_joint
from minutesapp.parsing.lines import Line, case_number_of, is_separator

# Share of the text width a line must fill to count as wrapped.
_FULL = 0.8
# A document's "width": this share of its lines are no longer than it.
_WIDTH_QUANTILE = 0.95
# "2. ", "b) ", "iii) ": a list point starts its own line.
# (Not "27. august": a date wrapped after "den".)
_LIST_MARKER = re.compile(
    r"(?:\d{1,2}|[a-zæøå]|[ivx]{1,4})[.)]\s(?!\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))", re.IGNORECASE
)
# Lines that start their own line whatever the layout: bullets, Aarhus' "At 1)", "Punkt 3:",
# a short "Label:" heading, a labelled line ("Motivering: ...", "Forslagsstiller: ..."),
# an upper-case heading.
_BULLET = re.compile(r"[-–—•·▪◦*\uf0b7\uf0a7]\s")
_POINT = re.compile(r"(?:at\s+\d{1,2}\)|punkt\s+\d{1,4}\s*:|§\s*\d)", re.IGNORECASE)
_LABEL = re.compile(r"[^a-zæøåäö].{0,59}:")
_LABELLED = re.compile(r"[A-ZÆØÅÄÖ][\w-]{1,24}:\s")
# A dated entry of a list of events after a sentence ("... huset." | "25.5 Välbesökt disco ...");
# not an amount ("1.316.000 kr."), a date wrapped after "den" ("27. august") or one
# wrapped inside a sentence ("... JAU rf" | "8.6.2022 på UKTA").
_DATED_ENTRY = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{4})?(?=[\s–-]|n\d)")
# A heading set in body type ("Forslag", "Hvorfor er en ... vigtig?"): a short line of its
# own that starts in upper case and does not end a sentence with a full stop.
_HEADING_CHARS = 50


def text_width(lengths: Iterable[int]) -> int:
    """The typical full-line length of a document (0 when it has no lines)."""
    ordered = sorted(lengths)
    if not ordered:
        return 0
    return ordered[min(len(ordered) - 1, int(_WIDTH_QUANTILE * len(ordered)))]


def reflow(lines: Sequence[Line], width: int) -> str:
    """``lines`` as text: wrapped paragraph lines joined by spaces, others by newlines."""
    out: list[str] = []
    previous = ""  # the last physical line, whatever it was joined to
    for index, line in enumerate(lines):
        text = line.text
        if is_separator(text) or not text.strip(" ."):
            continue  # rules, and FirstAgenda's lone "." for an empty paragraph
        following = lines[index + 1] if index + 1 < len(lines) else None
        if out and _splits_word(previous, text):
            out[-1] = _join_split_word(out[-1], text)
        elif out and (_wraps(previous, line, following) or _continues(previous, text, width)):
            out[-1] = out[-1] + " " + text
        else:
            out.append(text)
        previous = text
    return "\n".join(out)


def _wraps(previous: str, line: Line, following: Line | None) -> bool:
    """The layout wrapped ``previous`` onto ``line``, and ``line`` is not one that starts its own line."""
    if not line.wraps or "\t" in previous or starts_own_line(line.text) or _dated_entry(previous, line.text):
        return False
    stands_alone = following is None or not following.wraps  # nothing wraps onto it
    return not (stands_alone and _reads_as_heading(line.text))


def _reads_as_heading(text: str) -> bool:
    """A short line starting in upper case and not ending in a full stop."""
    return len(text) <= _HEADING_CHARS and text[:1].isupper() and (text[-1].isalnum() or text[-1] == "?")


def starts_own_line(text: str) -> bool:
    """A list point, bullet, table row, case number or heading: never a wrapped line's tail."""
    return bool(
        "\t" in text
        or _LIST_MARKER.match(text)
        or _BULLET.match(text)
        or _POINT.match(text)
        or _LABEL.fullmatch(text)
        or _LABELLED.match(text)
        or _is_upper_heading(text)
        or case_number_of(text)
    )


def _dated_entry(previous: str, text: str) -> bool:
    return previous.endswith((".", ":", ")")) and _DATED_ENTRY.match(text) is not None


def _is_upper_heading(text: str) -> bool:
    """"INDSTILLING FRA MAGISTRATSAFDELINGEN": words, no lower case."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 6 and " " in text and not any(char.islower() for char in letters)


def _continues(previous: str, text: str, width: int) -> bool:
    """Without layout: ``previous`` filled the text width and ``text`` starts in lower case or with a digit."""
    if width < 40 or "\t" in previous or "\t" in text or len(previous) < _FULL * width:
        return False
    if starts_own_line(text) or _dated_entry(previous, text):
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
