"""Decisions: their headings, text, who voted against and who was absent, and Aarhus'
Sagsforløb (earlier treatments, one decision each).

Heading shapes: Haderslev "Beslutning i <udvalg> den 11-12-2025", Ballerup
"<Udvalg>s beslutning den 04.12.2012 Punkt 2", Nykarleby "<Organ>s beslut:", and the
meeting's own decision without body or date ("Beslutninger", "Beslutning", "Beslut:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from minutesapp.model import Decision
from minutesapp.parsing.dates import find_date, parse_date
from minutesapp.parsing.header import clean_body
from minutesapp.parsing.lines import Line
from minutesapp.parsing.people import split_dissenters, split_people
from minutesapp.parsing.reflow import reflow

_IN_BODY = re.compile(r"[Bb]eslutning\s+i\s+(?P<body>[A-ZÆØÅ].{2,120}?)(?:\s+(?:den|d\.)\s+(?P<date>\d.*?))?\s*:?")
_GENITIVE = re.compile(
    r"(?P<body>[A-ZÆØÅÄÖ][^:]{2,100}?)s\s+[Bb]eslutning(?:\s+(?:den\s+|d\.\s+)?(?P<date>\d[\d.\-/ ]+?\d))?"
    r"(?:\s+[Pp]unkt\s+(?P<number>\d+))?\s*:?"
)
# Nykarleby's text layer garbles letters ("Staesstyreksens beskut:"), so one may differ.
_SWEDISH = re.compile(r"(?P<body>[A-ZÆØÅÄÖ][^:]{2,100}?)s\s+bes\w?ut\s*(?::\s*\S?)?")
_OWN = re.compile(r"(?:beslutninger|beslutning|beslut|afgørelse|afgørelser)\s*(?::\s*\S?)?", re.IGNORECASE)
_HISTORY = re.compile(r"sagsforløb\s*:?", re.IGNORECASE)
# Nykarleby prints where a decision was taken before its heading: "Stadsstyrelsen 19.12.2022, 284 §".
_CONTEXT = re.compile(r"(?P<body>[A-ZÅÄÖ][^\d,]{2,60}?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}),\s*(?P<number>\d+)\s*§")

# Absence given as a labelled list: "Fraværende:" + names (inline or on the next lines).
_ABSENT_LABEL = re.compile(
    r"(?:fraværende|afbud|frånvarande|følgende deltog ikke i (?:behandlingen|sagens behandling)[^:]*)\s*:\s*(?P<names>.*)",
    re.IGNORECASE,
)
_ABSENT_SENTENCE = re.compile(
    r"(?P<who>.+?)\s+(?:deltog|deltager)\s+ikke\s+i\s+(?:sagens|punktets)?\s*behandling(?:en)?", re.IGNORECASE
)
_AGAINST_SENTENCE = re.compile(
    r"(?P<who>.+?)\s+(?:kunne\s+ikke\s+tiltræde|kan\s+ikke\s+tiltræde|stemmer\s+imod|stemte\s+imod"
    r"|stemmer\s+nej|stemte\s+nej|var\s+imod|röstade\s+emot|reserverade\s+sig)\b",
    re.IGNORECASE,
)
# What a partial dissent is limited to, right after its verb: "(indstillingens)
# beslutningspunkt 5", "punkt 2 og 3", "indstillingens 2. at".
_DISSENT_SCOPE = re.compile(
    r"\s*(?:(?P<whose>indstillingens|forslagets)\s+)?(?P<points>(?:beslutnings)?punkt(?:er|erne)?\s+\d+"
    r"(?:\s*(?:,|og|-|–)\s*\d+)*|\d+\.(?:\s*(?:,|og)\s*\d+\.)*\s+at(?:-punkt(?:er|et)?)?)(?![\w-])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ])")
# A sentence ending in an initial or short abbreviation ("Jens Chr.") does not end there.
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-ZÆØÅ][a-zæøå]{0,3}|[a-zæøå]{1,3})\.$")
_MAX_SUBJECT = 200

# Ballerup lists an item's earlier treatments under its number: "Kommunalbestyrelsen den
# 30. januar 2012 Punkt 5", "Sundheds- og Forebyggelsesudvalget den 30. maj 2012 Punkt 7".
_EARLIER_TREATMENT = re.compile(
    r"(?P<body>[A-ZÆØÅÄÖ][^:.]{2,100}?)\s+(?:den|d\.)\s+(?P<date>\d{1,2}\.?\s*[^\W\d]+\.?\s+\d{4}"
    r"|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{4})\s+[Pp]unkt\s+(?P<number>\d{1,4})"
)

_HISTORY_FIELD = re.compile(r"(?P<field>udvalg|dato|punktnummer|punkt)\s*:\s*(?P<value>.*)", re.IGNORECASE)


@dataclass(frozen=True)
class DecisionHead:
    """What a decision heading says; ``body is None`` means the meeting's own decision."""

    heading: str
    body: str | None = None
    date: str | None = None
    item_number: int | None = None


def decision_heading(text: str) -> DecisionHead | None:
    """The decision heading ``text`` is, or None."""
    if len(text) > 160:
        return None
    if _OWN.fullmatch(text):
        return DecisionHead(text)
    for pattern in (_IN_BODY, _GENITIVE, _SWEDISH):
        match = pattern.fullmatch(text)
        if match:
            groups = match.groupdict()
            date = parse_date(groups["date"]) or find_date(groups["date"]) if groups.get("date") else None
            number = int(groups["number"]) if groups.get("number") else None
            return DecisionHead(text, clean_body(match["body"]), date, number)
    return None


def earlier_treatment(text: str) -> DecisionHead | None:
    """Body, date and item number of a line that records an earlier treatment, or None."""
    match = _EARLIER_TREATMENT.fullmatch(text) if len(text) <= 160 else None
    if match is None:
        return None
    date = parse_date(match["date"])
    if date is None:
        return None
    return DecisionHead(text, clean_body(match["body"]), date, int(match["number"]))


def is_history_heading(text: str) -> bool:
    return _HISTORY.fullmatch(text) is not None


def context_of(text: str) -> DecisionHead | None:
    """The last "Stadsstyrelsen 19.12.2022, 284 §" in a line (Nykarleby), as body/date/number."""
    match = None
    for match in _CONTEXT.finditer(text):
        pass
    if match is None:
        return None
    return DecisionHead(text, match["body"].strip(), parse_date(match["date"]), int(match["number"]))


def is_context_line(text: str) -> bool:
    """A line that is nothing but "Stadsstyrelsen 19.12.2022, 284 §" (one or more): no content."""
    rest = text
    while (match := _CONTEXT.match(rest)) is not None:
        rest = rest[match.end() :].lstrip(" -–")
    return rest != text and not rest


def strip_context(text: str) -> str:
    """A heading without the context line the extractor joined to its front."""
    stripped = text
    while (match := _CONTEXT.match(stripped)) is not None:
        stripped = stripped[match.end() :].lstrip(" -–")
    return stripped or text


def same_body(first: str | None, second: str | None) -> bool:
    """Names of one body despite a genitive or a garbled letter ("Ungdomsfullmäktge")."""
    if not first or not second:
        return False
    a, b = first.casefold(), second.casefold()
    return a == b or (len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6])


def build_decision(head: DecisionHead, lines: Sequence[Line], width: int) -> Decision:
    """A Decision from its heading and the lines under it."""
    text_lines, absent = _split_absent_list(lines)
    text = reflow(text_lines, width)
    sentences = _sentences(text)
    against = _subjects(sentences, _AGAINST_SENTENCE, split_dissenters, scoped=True)
    absent = absent + _subjects(sentences, _ABSENT_SENTENCE, split_people)
    return Decision(
        body=head.body,
        date=head.date,
        text=text,
        against=tuple(dict.fromkeys(against)),
        absent=tuple(dict.fromkeys(absent)),
        item_number=head.item_number,
    )


def build_history(lines: Sequence[Line], width: int) -> list[Decision]:
    """Aarhus' Sagsforløb: "Udvalg: X" / "Dato: dd-mm-yyyy" / "Punktnummer: N" / text, repeated."""
    entries: list[tuple[dict[str, str], list[Line]]] = []
    for line in lines:
        field = _HISTORY_FIELD.fullmatch(line.text)
        if field and field["field"].casefold() == "udvalg":
            entries.append(({"udvalg": field["value"].strip()}, []))
        elif field and entries and not entries[-1][1]:
            entries[-1][0][field["field"].casefold()] = field["value"].strip()
        elif entries:
            entries[-1][1].append(line)
    decisions = []
    for fields, text_lines in entries:
        number = fields.get("punktnummer") or fields.get("punkt") or ""
        head = DecisionHead(
            heading="Sagsforløb",
            body=clean_body(fields["udvalg"]) or None,
            date=parse_date(fields.get("dato", "")) or find_date(fields.get("dato", "")),
            item_number=int(number) if number.isdigit() else None,
        )
        decisions.append(build_decision(head, text_lines, width))
    return decisions


def _split_absent_list(lines: Sequence[Line]) -> tuple[list[Line], list[str]]:
    """The decision's text lines, and the names of a labelled absence list after them."""
    for index, line in enumerate(lines):
        label = _ABSENT_LABEL.fullmatch(line.text)
        if label:
            names = split_people(label["names"]) if label["names"] else []
            for following in lines[index + 1 :]:
                names.extend(split_people(following.text))
            return list(lines[:index]), names
    return list(lines), []


def _sentences(text: str) -> list[str]:
    pieces = _SENTENCE_END.split(" ".join(text.split()))
    sentences: list[str] = []
    for piece in pieces:
        if sentences and _ABBREVIATION_END.search(sentences[-1]):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


def _subjects(
    sentences: Sequence[str],
    pattern: re.Pattern[str],
    splitter: Callable[[str], list[str]],
    *,
    scoped: bool = False,
) -> list[str]:
    """Who each matching sentence names; with ``scoped``, a dissent limited to some points
    says so after each name: "Danmarksdemokraternes byrådsgruppe (beslutningspunkt 5)"."""
    found: list[str] = []
    for sentence in sentences:
        match = pattern.match(sentence)
        if match and len(match["who"]) <= _MAX_SUBJECT:
            names = splitter(subject_of(match["who"]))
            scope = dissent_scope(sentence[match.end() :]) if scoped else None
            found.extend(f"{name} ({scope})" if scope else name for name in names)
    return found


def dissent_scope(rest: str) -> str | None:
    """The points a dissent is limited to, from the words after its verb, as printed; None
    when it is against the whole ("kunne ikke tiltræde indstillingen")."""
    match = _DISSENT_SCOPE.match(rest)
    if match is None:
        return None
    points = " ".join(match["points"].split())
    if match["whose"] and not points[:1].isalpha():
        return f"{match['whose'].casefold()} {points}"  # "2. at" alone does not say of what
    return points


# Where the clause naming the dissenters begins inside a longer sentence:
# "Godkendt, idet X og Y stemte imod", "..., mens X stemte imod", "(X og Y stemte imod)".
_CLAUSE_OPENER = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:idet|da|mens|hvor|men|dog|hvorefter|hvorved|således at|bestående af)\s+|[;:]\s*",
    re.IGNORECASE,
)
# "Et mindretal (A og B)", "Mindretallet (A)": the people are in the brackets.
_GROUP_IN_BRACKETS = re.compile(
    r"(?:et\s+|hele\s+)?(?:mindretal(?:let)?|flertal(?:let)?|medlemmerne|følgende)\b[^()]*\((?P<inner>[^()]+)\)",
    re.IGNORECASE,
)
# Words a decision opens with, never a name: "Godkendt, X stemte imod".
_DECISION_WORDS = frozenset(
    {"godkendt", "godkendes", "vedtaget", "vedtages", "anbefales", "anbefalet", "tiltrådt", "tiltrædes", "indstillingen",
     "forslaget", "sagen", "oversendes", "afvist", "afvises", "forkastet", "drøftet", "taget", "orienteringen",
     "beslutningen", "et", "der", "det", "flertal", "flertallet"}
)
# Lower-case words a name or party may contain: "Enhedslisten de Rød-Grønne", "X's byrådsgruppe".
_NAME_PARTICLES = re.compile(
    r"(?:de|af|von|van|der|den|la|le|og|det|byrådsgrupper?|grupper?|byrådsmedlem(?:mer)?|medlemmerne|medlemmet"
    r"|rådmand|borgmester|udvalgsmedlem)",
    re.IGNORECASE,
)


def subject_of(who: str) -> str:
    """The people/parties a dissent sentence names, without the rest of the sentence.

    "Godkendt, idet X og Y" -> "X og Y"; "Et mindretal (A og B)" -> "A og B";
    "Vedtaget med 20 stemmer mod 5 (Enhedslisten" -> "Enhedslisten".
    """
    who = who.strip()
    bracketed = _GROUP_IN_BRACKETS.fullmatch(who)
    if bracketed:
        return bracketed["inner"].strip()
    if who.count("(") > who.count(")"):
        who = who[who.rfind("(") + 1 :]  # "... (Enhedslisten og SF stemte imod)"
    openers = list(_CLAUSE_OPENER.finditer(who))
    if openers:
        who = who[openers[-1].end() :]
    parts = [part.strip() for part in who.split(",")]
    while parts and not _reads_as_name(parts[0]):
        parts.pop(0)  # "Godkendt", "Vedtaget med 25 stemmer mod 4"
    return ", ".join(parts)


def _reads_as_name(part: str) -> bool:
    words = part.split()
    if not words or len(words) > 20 or words[0].casefold() in _DECISION_WORDS:
        return False
    return all(
        word[:1].isupper() or word.startswith("(") or _NAME_PARTICLES.fullmatch(word) for word in words
    )
