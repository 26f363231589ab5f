"""The document model: what a set of minutes (or an agenda) says, as frozen dataclasses.

Parsers return these; the UI renders them; JSON export serialises them (see serialize.py).
Dates are ISO strings (YYYY-MM-DD) or None, times "HH:MM" or None; pages are 1-based.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class MeetingKind(StrEnum):
    REFERAT = "referat"  # minutes: decisions recorded
    DAGSORDEN = "dagsorden"  # agenda: before the meeting
    PROTOKOL = "protokol"  # Swedish/Finnish "protokoll", i.e. minutes
    UNKNOWN = "unknown"


class SectionKind(StrEnum):
    RESUME = "resume"  # Sagsresume / Resumé / Sammendrag
    INDSTILLING = "indstilling"  # the administration's recommendation
    SAGSFREMSTILLING = "sagsfremstilling"
    BESLUTNING = "beslutning"
    BILAG = "bilag"
    PROCEDURE = "procedure"
    OTHER = "other"


@dataclass(frozen=True)
class Section:
    """A headed block of an item's text; the heading is kept as printed."""

    kind: SectionKind
    heading: str
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Decision:
    """One body's decision on an item at one meeting.

    ``item_number`` is the item's number at that meeting when the document says so
    (Aarhus' Sagsforløb lists earlier treatments with their own numbers).
    """

    body: str | None
    date: str | None
    text: str
    against: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    item_number: int | None = None


@dataclass(frozen=True)
class AgendaItem:
    number: int
    title: str
    case_number: str | None = None
    closed: bool = False
    page: int | None = None
    sections: tuple[Section, ...] = ()
    decisions: tuple[Decision, ...] = ()
    attachments: tuple[str, ...] = ()

    def sections_of(self, kind: SectionKind) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.kind is kind)

    @property
    def indstilling(self) -> str:
        """The recommendation text (all indstilling sections joined), or ''."""
        return "\n\n".join(s.text for s in self.sections_of(SectionKind.INDSTILLING))

    @property
    def full_text(self) -> str:
        """Everything the item says, for search and anchoring."""
        parts = [self.title]
        parts.extend(s.text for s in self.sections)
        parts.extend(d.text for d in self.decisions)
        return "\n\n".join(p for p in parts if p)


@dataclass(frozen=True)
class SourceInfo:
    """Where the meeting was read from; sha256 is of the file's bytes (the cache key)."""

    path: str
    sha256: str
    pages: int
    format: str  # "pdf" or "text"


@dataclass(frozen=True)
class Meeting:
    kind: MeetingKind
    body: str | None
    date: str | None
    start_time: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    source: SourceInfo | None = field(default=None, compare=False)

    def item(self, number: int) -> AgendaItem | None:
        return next((i for i in self.items if i.number == number), None)

    @property
    def identity(self) -> str:
        """A content key that survives moving or re-publishing the file.

        Body and date name a meeting; a corrected version (typo fixed, item added or
        removed) keeps them, so it maps to the same annotations. Without both, the
        item titles stand in, and without items the file's bytes.
        """
        if self.body and self.date:
            raw = f"meeting|{self.body.casefold().strip()}|{self.date}"
        elif self.items:
            raw = "items|" + "|".join(f"{i.number}:{i.title.casefold()}" for i in self.items)
        else:
            raw = f"file|{self.source.sha256 if self.source else ''}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]
