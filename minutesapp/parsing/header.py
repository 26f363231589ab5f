"""The meeting's own facts from the lines before the first item: kind, body, date, time,
place, who attended and who was absent.

Layouts differ (Haderslev/Aarhus label each fact on its line, Ballerup prints them as a
block under "Referat", Nykarleby has "Organ"/"Sammanträdestid" and [X] ticks), so each fact
is looked for in a few known shapes, and anything not found stays None / empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from minutesapp.model import MeetingKind
from minutesapp.parsing.dates import find_date, find_time
from minutesapp.parsing.lines import Line, is_dot_leader_entry, is_toc_heading
from minutesapp.parsing.people import split_people

# How far into page 1 the document's kind word may stand.
_KIND_LINES = 60

_KIND_WORDS: tuple[tuple[re.Pattern[str], MeetingKind], ...] = (
    (re.compile(r"(?:åbent\s+|lukket\s+)?(?:beslutnings)?referat\b", re.IGNORECASE), MeetingKind.REFERAT),
    (re.compile(r"beslutningsprotokol\b", re.IGNORECASE), MeetingKind.REFERAT),
    (re.compile(r"(?:åben\s+|lukket\s+)?dagsorden\b", re.IGNORECASE), MeetingKind.DAGSORDEN),
    (re.compile(r"föredragningslista\b", re.IGNORECASE), MeetingKind.DAGSORDEN),
    (re.compile(r"kallelse\b", re.IGNORECASE), MeetingKind.DAGSORDEN),
    (re.compile(r"protokoll?\b", re.IGNORECASE), MeetingKind.PROTOKOL),
)

# "REFERAT Beskæftigelse- og Borgerserviceudvalget (2022-2025) d. 11-12-2025"
_KIND_LINE_WITH_BODY = re.compile(
    r"(?:åbent\s+|lukket\s+)?(?:referat|dagsorden|protokoll?|föredragningslista)\s+"
    r"(?P<body>\D.*?)(?:\s*,?\s+(?:d\.|den)\s+(?P<date>.+))?",
    re.IGNORECASE,
)
_KIND_WORD_ALONE = re.compile(
    r"(?:åbent\s+|lukket\s+)?(?:referat|dagsorden|protokoll?|föredragningslista|beslutningsprotokol)", re.IGNORECASE
)
# A committee's electoral period printed after its name: "(2022-2025)".
_PERIOD_SUFFIX = re.compile(r"\s*\(\s*\d{4}\s*[-–]\s*\d{2,4}\s*\)\s*$")

_LABEL = re.compile(
    r"(?P<label>afbud/fraværende|fraværende/afbud|mødedato|dato|mødetidspunkt|tidspunkt|tid|mødested"
    r"|sted|mødelokale|lokale|udvalg|organ|sammanträdestid|sammanträdesplats|plats|mødedeltagere"
    r"|deltagere|tilstede|til\s+stede|fraværende|afbud|frånvarande|närvarande)"
    r"(?![^\W\d_])\s*:?\s*(?P<value>.*)",
    re.IGNORECASE,
)
_DATE_LABELS = frozenset({"mødedato", "dato", "sammanträdestid", "mødetidspunkt", "tidspunkt", "tid"})
_PLACE_LABELS = frozenset({"mødested", "sted", "lokale", "mødelokale", "sammanträdesplats", "plats"})
_BODY_LABELS = frozenset({"udvalg", "organ"})
_PRESENT_LABELS = frozenset({"mødedeltagere", "deltagere", "tilstede", "til stede", "närvarande"})
_ABSENT_LABELS = frozenset({"fraværende", "afbud", "afbud/fraværende", "fraværende/afbud", "frånvarande"})
# Labels that end a list of names without starting one we keep.
_LIST_ENDERS = re.compile(
    r"(?:sekretær|referent|protokolfører|mødeleder|formand|bemærkninger?|indholdsfortegnelse|åbent referat"
    r"|lukket referat|ersättare|övriga närvarande|elektroniska underskrifter?|beslutande.*)\s*:?",
    re.IGNORECASE,
)
# Nykarleby's attendance grid: "[X] Haverinen Emilia, ordförande, distans [ ] Storskrubb Julia"
_TICK = re.compile(r"\[(?P<mark>[Xx ]?)\]\s*(?P<name>[^\[]+)")
# "Lolan Ottesen (A) - formand": the role is not part of the name.
_ROLE_SUFFIX = re.compile(r"\s+[-–]\s+[a-zæøå]+$")
_WEEKDAY_DATE_LINE = re.compile(r"(?:man|tirs|ons|tors|fre|lør|søn)dag\b", re.IGNORECASE)


@dataclass(frozen=True)
class MeetingHeader:
    kind: MeetingKind = MeetingKind.UNKNOWN
    body: str | None = None
    date: str | None = None
    start_time: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()


def detect_kind(first_page: Sequence[str]) -> MeetingKind:
    """The kind word that starts one of page 1's first lines ("REFERAT ...", "Protokoll 1/2023")."""
    for text in first_page[:_KIND_LINES]:
        for pattern, kind in _KIND_WORDS:
            if pattern.match(text):
                return kind
    return MeetingKind.UNKNOWN


def clean_body(name: str) -> str:
    """A body's name without its electoral period, so it matches the decision headings."""
    return _PERIOD_SUFFIX.sub("", name).strip(" ,.:")


def parse_header(lines: Sequence[Line], first_page: Sequence[str]) -> MeetingHeader:
    """The facts in ``lines`` (the part of the document before the first item)."""
    texts = [line.text for line in lines if not is_dot_leader_entry(line.text)]
    body, date, time, place = _labelled_facts(texts)
    kind_body, kind_date, kind_index = _kind_line_facts(texts)
    body = body or kind_body
    date = date or kind_date
    if kind_index is not None and (date is None or place is None or time is None):
        block_date, block_time, block_place = _block_facts(texts, kind_index)
        date, time, place = date or block_date, time or block_time, place or block_place
    if place is None:
        place = _stacked_place(texts)
    if date is None:
        dated = next((text for text in texts if find_date(text)), None)
        if dated is not None:
            date, time = find_date(dated), time or find_time(dated)
    participants, absent = _attendance(texts)
    return MeetingHeader(
        kind=detect_kind(first_page),
        body=clean_body(body) if body else None,
        date=date,
        start_time=time,
        location=place,
        participants=participants,
        absent=absent,
    )


def _labelled_facts(texts: Sequence[str]) -> tuple[str | None, str | None, str | None, str | None]:
    body = date = time = place = None
    for text in texts:
        match = _LABEL.fullmatch(text)
        if not match or not match["value"]:
            continue
        label, value = match["label"].casefold(), match["value"].strip()
        if label in _DATE_LABELS:
            date = date or find_date(value)
            time = time or find_time(value)
        elif label in _PLACE_LABELS:
            place = place or value
        elif label in _BODY_LABELS:
            body = body or value
    return body, date, time, place


def _kind_line_facts(texts: Sequence[str]) -> tuple[str | None, str | None, int | None]:
    """Body and date from "REFERAT <body> d. <date>", or the body on the line after "Referat";
    the index is the body's line (None without a body), after which Ballerup prints date and place."""
    for index, text in enumerate(texts[:_KIND_LINES]):
        if not any(pattern.match(text) for pattern, _ in _KIND_WORDS):
            continue
        with_body = _KIND_LINE_WITH_BODY.fullmatch(text)
        if with_body and re.search(r"[^\W\d]{3}", with_body["body"]):
            date = find_date(with_body["date"]) if with_body["date"] else None
            return with_body["body"], date, index
        following = texts[index + 1] if index + 1 < len(texts) else ""
        if _KIND_WORD_ALONE.fullmatch(text) and following and not _LABEL.fullmatch(following) and not find_date(following) and len(following) < 100:
            return following, None, index + 1
        return None, None, None
    return None, None, None


def _block_facts(texts: Sequence[str], body_index: int) -> tuple[str | None, str | None, str | None]:
    """Ballerup: "tirsdag den 4. december 2012, kl. 13:00" then "i Mødecenter C, ..." after the body."""
    date = time = place = None
    for offset, text in enumerate(texts[body_index + 1 : body_index + 5]):
        found = find_date(text)
        if found and date is None:
            date, time = found, find_time(text)
            after = texts[body_index + 2 + offset] if body_index + 2 + offset < len(texts) else ""
            if after[:2] in ("i ", "I ", "på", "På"):
                place = after.split(" ", 1)[1].strip()
            break
    return date, time, place


def _stacked_place(texts: Sequence[str]) -> str | None:
    """The place from a block that prints its labels in one column and the values after them.

    Nykarleby repeats the header on page 2 as "Organ" / "Sammanträdestid" /
    "Sammanträdesplats" / "24.05.2023 kl. 16:00" / "Stadshuset, ...": the place is the value
    after the time's. Used when page 1's own "Sammanträdesplats ..." line is garbled.
    """
    for index, text in enumerate(texts):
        label = _LABEL.fullmatch(text)
        if not label or label["value"] or label["label"].casefold() not in _PLACE_LABELS:
            continue
        values = [value for value in texts[index + 1 : index + 6] if not _is_bare_label(value)]
        if len(values) >= 2 and find_date(values[0]) and not find_date(values[1]) and len(values[1]) < 100:
            return values[1]
        return None
    return None


def _is_bare_label(text: str) -> bool:
    label = _LABEL.fullmatch(text)
    return label is not None and not label["value"]


def _attendance(texts: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    present: list[str] = []
    absent: list[str] = []
    current: list[str] | None = None
    skip = 0  # continuation lines already read with the list they continue
    for index, text in enumerate(texts):
        if skip:
            skip -= 1
            continue
        if is_toc_heading(text):
            break
        ticks = list(_TICK.finditer(text))
        if ticks:
            for tick in ticks:
                name = tick["name"].split(",")[0].strip()
                (present if tick["mark"].strip() else absent).append(name)
            continue
        match = _LABEL.fullmatch(text)
        label = match["label"].casefold() if match else ""
        if label in _PRESENT_LABELS or label in _ABSENT_LABELS:
            current = present if label in _PRESENT_LABELS else absent
            if match and match["value"]:
                value = match["value"]
                continued = _wrapped_list_lines(texts[index + 1 :], text)
                for extra in continued:
                    value = _join_wrapped(value, extra)
                current.extend(split_people(value))
                skip = len(continued)
                current = None if "," in value else current
            continue
        if _ends_list(text, match):
            current = None
            continue
        if current is not None and len(text) < 80:
            current.extend(split_people(_ROLE_SUFFIX.sub("", text)))
        else:
            current = None
    return tuple(dict.fromkeys(present)), tuple(dict.fromkeys(absent))


def _ends_list(text: str, label: re.Match[str] | None) -> bool:
    """A header label, a list-ending label ("Sekretær") or a date line: no more names."""
    return bool(label or _LIST_ENDERS.fullmatch(text) or find_date(text) or _WEEKDAY_DATE_LINE.match(text))


# Where a printed list of names breaks off mid-list: after a comma or a joining word.
_OPEN_LIST_END = re.compile(r"(?:,|\s(?:og|och|samt|&))$", re.IGNORECASE)
# A PDF wraps a line that filled the column; shorter lines ended there on purpose.
_WRAPPED_MIN_CHARS = 60
_NAME_MAX_WORDS = 5


def _wrapped_list_lines(following: Sequence[str], first: str) -> list[str]:
    """The lines after a "Mødedeltagere a, b, c" line that continue its list (the PDF wrapped it).

    A line continues the list while the list is still open (the value ended in "," or "og",
    or filled the line) and the line reads as more names: no label, no date, no ":" or digit, short
    parts that start in upper case ("Kjærsgaard, Ole Bæk" after "..., Mette").
    """
    out: list[str] = []
    last = first
    for text in following:
        is_open = _OPEN_LIST_END.search(last.rstrip()) is not None or len(last) >= _WRAPPED_MIN_CHARS
        if not is_open or is_toc_heading(text) or _ends_list(text, _LABEL.fullmatch(text)) or _TICK.search(text):
            break
        if ":" in text or any(ch.isdigit() for ch in text) or not _reads_as_names(text):
            break
        out.append(text)
        last = text
    return out


def _reads_as_names(text: str) -> bool:
    parts = split_people(text)
    return bool(parts) and all(
        part[:1].isupper() and len(part.split()) <= _NAME_MAX_WORDS and not part.endswith(("!", "?")) for part in parts
    )


def _join_wrapped(value: str, extra: str) -> str:
    """A hyphen at the break joins a split word ("Frost-" + "dahl"); otherwise a space."""
    value = value.rstrip()
    if value.endswith("-") and extra[:1].islower():
        return value + extra
    return value + " " + extra
