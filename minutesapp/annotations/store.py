"""The annotation store: the user's notes, highlights, stars and read marks in one SQLite file.

Every write method commits before it returns (WAL, ``synchronous=FULL``): when it returns
without raising, the change survives a crash or power cut. A failed write raises
``StorageError`` (disk_full, read_only, newer_schema, locked, ...) and leaves everything saved
before untouched. Records are keyed by ``Meeting.identity``, so the same meeting opened from
another folder, or a corrected re-publication, shows the same annotations.
Opening, closing, backups and the transaction plumbing are in session.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from minutesapp.annotations import rows
from minutesapp.annotations.anchoring import anchor_at, find_item, item_text
from minutesapp.annotations.errors import StorageError, StorageErrorCode
from minutesapp.annotations.records import (
    Annotation,
    Highlight,
    ItemMark,
    ItemRef,
    MarkKind,
    MeetingInfo,
    Note,
    new_id,
)
from minutesapp.annotations.session import BACKUP_INTERVAL, StoreSession
from minutesapp.model import AgendaItem, Meeting

__all__ = ["BACKUP_INTERVAL", "DEFAULT_COLOUR", "AnnotationStore", "MergeResult"]

DEFAULT_COLOUR = "yellow"


@dataclass(frozen=True)
class MergeResult:
    """What ``merge`` did; every given record counts once in added, updated or unchanged.

    ``conflicts`` counts, on top, records edited on both sides into different texts: the
    newer version keeps the id and the other is kept beside it under a new id.
    """

    added: int
    updated: int
    unchanged: int
    conflicts: int = 0


def _user_text(record: Annotation) -> str:
    """What the user wrote on a record: a note's text, a highlight's comment (marks: nothing)."""
    if isinstance(record, Note):
        return record.text
    return record.comment if isinstance(record, Highlight) else ""


def _text_would_be_lost(kept: Annotation, other: Annotation) -> bool:
    """True when ``other``'s text is not (as a whole) inside ``kept``'s: dropping it loses words."""
    lost = _user_text(other)
    return bool(lost.strip()) and lost not in _user_text(kept)


class AnnotationStore(StoreSession):
    """The user's annotations; open with ``AnnotationStore.open()`` (see ``StoreSession.open``)."""

    @staticmethod
    def _item(meeting: Meeting, item_number: int) -> AgendaItem:
        item = meeting.item(item_number)
        if item is None:
            raise ValueError(f"the meeting has no item {item_number}")
        return item

    # -- meetings ------------------------------------------------------------------------

    def remember_meeting(self, meeting: Meeting, path: Path | None = None) -> MeetingInfo:
        """Record (or refresh) body/date/title and the last path of a meeting."""
        info = MeetingInfo.of(meeting, str(path) if path is not None else None)
        with self._write() as conn:
            rows.upsert_meeting(conn, info, self._clock())
        return info

    def meetings(self) -> list[MeetingInfo]:
        """All meetings that have annotations, newest meeting date first."""
        sql = (
            f"SELECT {rows.MEETING_COLUMNS} FROM meetings m WHERE EXISTS (SELECT 1 FROM notes WHERE meeting_id = identity)"
            " OR EXISTS (SELECT 1 FROM highlights WHERE meeting_id = identity)"
            " OR EXISTS (SELECT 1 FROM marks WHERE meeting_id = identity) ORDER BY date DESC, title"
        )
        return [rows.meeting_from_row(r) for r in self._read(sql)]

    def meeting_info(self, identity: str) -> MeetingInfo | None:
        found = self._read(f"SELECT {rows.MEETING_COLUMNS} FROM meetings WHERE identity = ?", (identity,))
        return rows.meeting_from_row(found[0]) if found else None

    # -- reading annotations -------------------------------------------------------------

    def notes(self, meeting_id: str) -> list[Note]:
        sql = f"SELECT {rows.NOTE_COLUMNS} FROM notes WHERE meeting_id = ? ORDER BY item_number, created"
        return [rows.note_from_row(r) for r in self._read(sql, (meeting_id,))]

    def highlights(self, meeting_id: str) -> list[Highlight]:
        sql = f"SELECT {rows.HIGHLIGHT_COLUMNS} FROM highlights WHERE meeting_id = ? ORDER BY item_number, start"
        return [rows.highlight_from_row(r) for r in self._read(sql, (meeting_id,))]

    def marks(self, meeting_id: str) -> list[ItemMark]:
        sql = f"SELECT {rows.MARK_COLUMNS} FROM marks WHERE meeting_id = ? ORDER BY item_number, kind"
        return [rows.mark_from_row(r) for r in self._read(sql, (meeting_id,))]

    def all_annotations(self, meeting_id: str | None = None) -> list[Annotation]:
        """Every note, highlight and mark (of one meeting, or of all): for export."""
        ids = [meeting_id] if meeting_id else [r[0] for r in self._read("SELECT identity FROM meetings ORDER BY identity")]
        found: list[Annotation] = []
        for identity in ids:
            found += [*self.notes(identity), *self.highlights(identity), *self.marks(identity)]
        return found

    def get(self, annotation_id: str) -> Annotation | None:
        """The note, highlight or mark with this id, or None."""
        for name, columns, from_row in rows.READERS:
            found = self._read(f"SELECT {columns} FROM {name} WHERE id = ?", (annotation_id,))
            if found:
                return from_row(found[0])
        return None

    def notes_on(self, meeting: Meeting, item_number: int) -> list[Note]:
        """The notes that belong to this item of this version (found by case number, number, title)."""
        item = self._item(meeting, item_number)
        return [n for n in self.notes(meeting.identity) if find_item(meeting, n.item) == item]

    # -- writing annotations -------------------------------------------------------------

    def set_note(self, meeting: Meeting, item_number: int, text: str) -> Note | None:
        """Make ``text`` the item's note (replacing it); empty text deletes it and returns None.

        With several notes on the item this replaces the newest-created one (the one the
        window's editor shows). The window saves by id instead (``set_note_text``).
        """
        return self._save_note(meeting, item_number, lambda old: text)

    def add_note(self, meeting: Meeting, item_number: int, text: str) -> Note:
        """A new, separate note on the item (other notes stay as they are); returns it with its id."""
        if not text:
            raise ValueError("an empty note adds nothing")
        item = self._item(meeting, item_number)
        now = self._clock()
        note = Note(new_id(), meeting.identity, ItemRef.of(item), text, now, now)
        with self._write() as conn:
            rows.upsert_meeting(conn, MeetingInfo.of(meeting), now)
            rows.upsert_record(conn, note)
        return note

    def set_note_text(self, note_id: str, text: str) -> Note | None:
        """Replace the text of exactly this note; empty text deletes it and returns None.

        Saving by id means typing can only ever change the note that was loaded into the
        editor, never another note on the same item. Raises ``StorageError(NOT_FOUND)``
        when the note no longer exists (the caller keeps the text and adds a new note).
        """
        with self._write() as conn:
            old = self.get(note_id)
            if not isinstance(old, Note):
                raise StorageError(StorageErrorCode.NOT_FOUND, f"No note {note_id}.")
            if not text:
                conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
                return None
            note = replace(old, text=text, modified=self._clock())
            rows.upsert_record(conn, note)
        return note

    def append_note(self, meeting: Meeting, item_number: int, text: str) -> Note:
        """Add ``text`` as a new paragraph to the item's note (creating it): nothing is overwritten."""
        if not text:
            raise ValueError("an empty note adds nothing")
        note = self._save_note(meeting, item_number, lambda old: f"{old}\n\n{text}" if old else text)
        assert note is not None
        return note

    def _save_note(self, meeting: Meeting, item_number: int, new_text: Callable[[str], str]) -> Note | None:
        item = self._item(meeting, item_number)
        now = self._clock()
        with self._write() as conn:
            rows.upsert_meeting(conn, MeetingInfo.of(meeting), now)
            existing = [n for n in self.notes(meeting.identity) if find_item(meeting, n.item) == item]
            old = existing[-1] if existing else None  # newest created: the one ``attach`` lists last
            text = new_text(old.text if old else "")
            if not text:
                if old is not None:
                    conn.execute("DELETE FROM notes WHERE id = ?", (old.id,))
                return None
            if old is None:
                note = Note(new_id(), meeting.identity, ItemRef.of(item), text, now, now)
            else:
                note = replace(old, item=ItemRef.of(item), text=text, modified=now)
            rows.upsert_record(conn, note)
        return note

    def delete_note(self, note_id: str) -> None:
        self._delete("notes", note_id)

    def add_highlight(
        self, meeting: Meeting, item_number: int, start: int, end: int, colour: str = DEFAULT_COLOUR, comment: str = ""
    ) -> Highlight:
        """Highlight ``item_text(item)[start:end]``; raises ValueError for an empty/out-of-range span."""
        item = self._item(meeting, item_number)
        anchor = anchor_at(item_text(item), start, end)
        now = self._clock()
        highlight = Highlight(new_id(), meeting.identity, ItemRef.of(item), anchor, colour, comment, now, now)
        with self._write() as conn:
            rows.upsert_meeting(conn, MeetingInfo.of(meeting), now)
            rows.upsert_record(conn, highlight)
        return highlight

    def update_highlight(self, highlight_id: str, *, colour: str | None = None, comment: str | None = None) -> Highlight:
        """Change a highlight's colour and/or comment (the anchor stays as made)."""
        with self._write() as conn:
            old = self.get(highlight_id)
            if not isinstance(old, Highlight):
                raise StorageError(StorageErrorCode.NOT_FOUND, f"No highlight {highlight_id}.")
            new = replace(
                old,
                colour=old.colour if colour is None else colour,
                comment=old.comment if comment is None else comment,
                modified=self._clock(),
            )
            rows.upsert_record(conn, new)
        return new

    def delete_highlight(self, highlight_id: str) -> None:
        self._delete("highlights", highlight_id)

    def set_mark(self, meeting: Meeting, item_number: int, kind: MarkKind, on: bool = True) -> ItemMark | None:
        """Star / mark read an item (``on=True``, idempotent) or clear that mark (returns None)."""
        item = self._item(meeting, item_number)
        now = self._clock()
        with self._write() as conn:
            rows.upsert_meeting(conn, MeetingInfo.of(meeting), now)
            same = [m for m in self.marks(meeting.identity) if m.kind is kind and find_item(meeting, m.item) == item]
            if not on:
                conn.executemany("DELETE FROM marks WHERE id = ?", [(m.id,) for m in same])
                return None
            if same:
                return same[0]
            mark = ItemMark(new_id(), meeting.identity, ItemRef.of(item), kind, now, now)
            rows.upsert_record(conn, mark)
        return mark

    def _delete(self, table: str, annotation_id: str) -> None:
        with self._write() as conn:
            if conn.execute(f"DELETE FROM {table} WHERE id = ?", (annotation_id,)).rowcount == 0:
                raise StorageError(StorageErrorCode.NOT_FOUND, f"Nothing to delete: no {table[:-1]} {annotation_id}.")

    def merge(self, annotations: list[Annotation], meetings: list[MeetingInfo]) -> MergeResult:
        """Merge records by id in one transaction: new ids added, newer ``modified`` wins.

        A record edited on both sides (same id, different note text or highlight comment)
        loses nothing: the newer version keeps the id and the other is kept verbatim as a
        separate record with a new id (unless its text is already inside the newer one, or
        an identical copy exists, so importing the same file twice adds nothing).
        Meetings are added when unknown, never overwritten.
        """
        added = updated = unchanged = conflicts = 0
        now = self._clock()
        with self._write() as conn:
            for info in meetings:
                rows.upsert_meeting(conn, info, now, replace_known=False)
            for record in annotations:
                old = self.get(record.id)
                if old is None:
                    added += 1
                    rows.upsert_record(conn, record)
                    continue
                if type(old) is not type(record):
                    unchanged += 1
                    continue
                newer, older = (record, old) if record.modified > old.modified else (old, record)
                if newer is record:
                    updated += 1
                    rows.upsert_record(conn, record)
                else:
                    unchanged += 1
                if _text_would_be_lost(newer, older) and not self._has_copy(older):
                    rows.upsert_record(conn, replace(older, id=new_id()))
                    conflicts += 1
        return MergeResult(added, updated, unchanged, conflicts)

    def _has_copy(self, record: Annotation) -> bool:
        """Is a record with the same place and text already stored (a version kept earlier)?"""
        if isinstance(record, Note):
            sql = "SELECT 1 FROM notes WHERE meeting_id = ? AND item_number = ? AND text = ?"
            return bool(self._read(sql, (record.meeting_id, record.item.number, record.text)))
        if isinstance(record, Highlight):
            sql = 'SELECT 1 FROM highlights WHERE meeting_id = ? AND item_number = ? AND comment = ? AND start = ? AND "end" = ?'
            a = record.anchor
            return bool(self._read(sql, (record.meeting_id, record.item.number, record.comment, a.start, a.end)))
        return False
