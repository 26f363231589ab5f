"""SQL rows <-> annotation records: the one place that knows the tables' columns."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from minutesapp.annotations.records import (
    Annotation,
    Highlight,
    ItemMark,
    ItemRef,
    MarkKind,
    MeetingInfo,
    Note,
    TextAnchor,
)


def time_to_text(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def time_from_text(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


NOTE_COLUMNS = "id, meeting_id, item_number, case_number, item_title, text, created, modified"
HIGHLIGHT_COLUMNS = (
    'id, meeting_id, item_number, case_number, item_title, exact, prefix, suffix, start, "end", '
    "colour, comment, created, modified"
)
MARK_COLUMNS = "id, meeting_id, item_number, case_number, item_title, kind, created, modified"
MEETING_COLUMNS = "identity, kind, body, date, title, last_path"
TABLES = {Note: ("notes", NOTE_COLUMNS), Highlight: ("highlights", HIGHLIGHT_COLUMNS), ItemMark: ("marks", MARK_COLUMNS)}


def note_from_row(row: sqlite3.Row | tuple) -> Note:
    id_, meeting_id, number, case, title, text, created, modified = row
    return Note(id_, meeting_id, ItemRef(number, case, title), text, time_from_text(created), time_from_text(modified))


def highlight_from_row(row: sqlite3.Row | tuple) -> Highlight:
    id_, meeting_id, number, case, title, exact, prefix, suffix, start, end, colour, comment, created, modified = row
    return Highlight(
        id_,
        meeting_id,
        ItemRef(number, case, title),
        TextAnchor(exact, prefix, suffix, start, end),
        colour,
        comment,
        time_from_text(created),
        time_from_text(modified),
    )


def mark_from_row(row: sqlite3.Row | tuple) -> ItemMark:
    id_, meeting_id, number, case, title, kind, created, modified = row
    return ItemMark(
        id_, meeting_id, ItemRef(number, case, title), MarkKind(kind), time_from_text(created), time_from_text(modified)
    )


def meeting_from_row(row: sqlite3.Row | tuple) -> MeetingInfo:
    return MeetingInfo(*row)


READERS = (
    ("notes", NOTE_COLUMNS, note_from_row),
    ("highlights", HIGHLIGHT_COLUMNS, highlight_from_row),
    ("marks", MARK_COLUMNS, mark_from_row),
)


def values_of(record: Annotation) -> tuple[object, ...]:
    """The column values of a record, in the order of its table's column list."""
    head = (record.id, record.meeting_id, record.item.number, record.item.case_number, record.item.title)
    times = (time_to_text(record.created), time_to_text(record.modified))
    if isinstance(record, Note):
        return (*head, record.text, *times)
    if isinstance(record, Highlight):
        a = record.anchor
        return (*head, a.exact, a.prefix, a.suffix, a.start, a.end, record.colour, record.comment, *times)
    return (*head, str(record.kind), *times)


def upsert_record(conn: sqlite3.Connection, record: Annotation) -> None:
    """Insert or replace one record by id (inside the caller's transaction)."""
    table, columns = TABLES[type(record)]
    marks = ", ".join("?" * len(columns.split(",")))
    conn.execute(f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})", values_of(record))


def upsert_meeting(conn: sqlite3.Connection, info: MeetingInfo, now: datetime, replace_known: bool = True) -> None:
    """Remember a meeting; ``replace_known=False`` only adds it when unknown (imports)."""
    stamp = time_to_text(now)
    update = (
        "kind = excluded.kind, body = excluded.body, date = excluded.date, title = excluded.title, "
        "last_path = COALESCE(excluded.last_path, meetings.last_path), last_seen = excluded.last_seen"
    )
    conn.execute(
        f"INSERT INTO meetings ({MEETING_COLUMNS}, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        f"ON CONFLICT(identity) DO {'UPDATE SET ' + update if replace_known else 'NOTHING'}",
        (info.identity, info.kind, info.body, info.date, info.title, info.last_path, stamp, stamp),
    )
