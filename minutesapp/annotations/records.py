"""The annotation records: frozen dataclasses the store returns and the UI renders.

Annotations belong to a meeting's content key (``Meeting.identity``), never to a file path,
and to an item described by ``ItemRef`` (case number, number, title) so that they can be found
again in a corrected version of the minutes where items were added, removed or renumbered.
Timestamps are timezone-aware UTC datetimes; ids are uuid4 strings.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from minutesapp.model import AgendaItem, Meeting


def new_id() -> str:
    """A stable, globally unique annotation id (survives export/import to another laptop)."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class MeetingInfo:
    """What the store remembers about a meeting, so notes can be listed without the file."""

    identity: str
    kind: str
    body: str | None
    date: str | None
    title: str  # for lists: "Byrådet 2025-08-27", or the first item's title
    last_path: str | None = None  # where the file was last opened from (a hint, not a key)

    @staticmethod
    def of(meeting: Meeting, path: str | None = None) -> MeetingInfo:
        if meeting.body or meeting.date:
            title = " ".join(p for p in (meeting.body, meeting.date) if p)
        else:
            title = meeting.items[0].title if meeting.items else "(untitled meeting)"
        if path is None and meeting.source is not None:
            path = meeting.source.path
        return MeetingInfo(meeting.identity, str(meeting.kind), meeting.body, meeting.date, title, path)


@dataclass(frozen=True)
class ItemRef:
    """Which agenda item an annotation is on, described redundantly so it can be re-found."""

    number: int
    case_number: str | None
    title: str

    @staticmethod
    def of(item: AgendaItem) -> ItemRef:
        return ItemRef(item.number, item.case_number, item.title)


@dataclass(frozen=True)
class TextAnchor:
    """A W3C TextQuoteSelector (exact + prefix/suffix) plus a TextPositionSelector (start/end).

    Offsets are into ``anchoring.item_text(item)`` of the version the highlight was made on.
    """

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class Note:
    """The user's free text on an item (one per item from this app; imports may add more)."""

    id: str
    meeting_id: str
    item: ItemRef
    text: str  # stored and returned verbatim: never interpreted as HTML
    created: datetime
    modified: datetime


@dataclass(frozen=True)
class Highlight:
    """A marked passage of an item's text, with a colour and an optional comment."""

    id: str
    meeting_id: str
    item: ItemRef
    anchor: TextAnchor
    colour: str
    comment: str
    created: datetime
    modified: datetime


class MarkKind(StrEnum):
    STAR = "star"
    READ = "read"


@dataclass(frozen=True)
class ItemMark:
    """A star or a read mark on an item."""

    id: str
    meeting_id: str
    item: ItemRef
    kind: MarkKind
    created: datetime
    modified: datetime


Annotation = Note | Highlight | ItemMark
