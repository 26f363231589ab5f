"""Saving note text by itself: shortly after typing stops, and whenever asked to flush.

Edits are kept until the store has them, so switching items while the disk is full keeps the
unsaved text (and shows it again on return) instead of dropping it. Each pending text carries
its target as it was when typed: the id of the note in the editor and the item's ``ItemRef``.
A corrected re-publication of the meeting has the same identity but may renumber its items,
so an item number alone could send the text into another item's note.
A failed save is retried on the next edit, on the retry timer, and on every flush.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from minutesapp.annotations import StorageError
from minutesapp.annotations.anchoring import find_item
from minutesapp.annotations.records import ItemRef
from minutesapp.model import Meeting

DEBOUNCE_MS = 800  # after the last keystroke
RETRY_MS = 10_000  # after a failed save, try again this often while text is unsaved

@dataclass(frozen=True)
class UnsavedNote:
    """Typed text and where it goes: ``note_id`` (None: a new note) on ``item`` of ``meeting``."""

    meeting: Meeting
    item_number: int
    text: str
    note_id: str | None = None
    item: ItemRef | None = None

    @property
    def ref(self) -> ItemRef:
        if self.item is not None:
            return self.item
        found = self.meeting.item(self.item_number)
        return ItemRef.of(found) if found is not None else ItemRef(self.item_number, None, "")

    def number_in(self, meeting: Meeting) -> int | None:
        """This text's item number in ``meeting`` (a version with the same identity), or None."""
        if meeting.identity != self.meeting.identity:
            return None
        if meeting is self.meeting:
            return self.item_number
        found = find_item(meeting, self.ref)
        return found.number if found is not None else None


SaveFunction = Callable[[UnsavedNote], None]
_Key = tuple[str, str | ItemRef]  # (meeting identity, note id or, for a new note, the item)


class NoteAutosaver(QObject):
    """Holds unsaved note texts and writes them through ``save`` (which raises StorageError).

    Signals:
        saving(): a save starts (the status shows "Saving…").
        saved(object): this ``UnsavedNote`` is in the store.
        failed(object): a save raised this StorageError; the text is kept.
    """

    saving = Signal()
    saved = Signal(object)
    failed = Signal(object)

    def __init__(self, save: SaveFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._unsaved: dict[_Key, UnsavedNote] = {}
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.flush)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.flush)

    def edited(self, meeting: Meeting, item_number: int, text: str, note_id: str | None = None) -> None:
        """The note ``note_id`` (None: a new one) of ``item_number`` now reads ``text``; save it soon."""
        found = meeting.item(item_number)
        ref = ItemRef.of(found) if found is not None else ItemRef(item_number, None, "")
        key = self._key_of(meeting, item_number, note_id) or (meeting.identity, note_id or ref)
        self._unsaved.pop(key, None)  # re-inserted last: saved after older texts for the same note
        self._unsaved[key] = UnsavedNote(meeting, item_number, text, note_id, ref)
        self.debounce.start()

    def _key_of(self, meeting: Meeting, item_number: int, note_id: str | None) -> _Key | None:
        """The pending entry this edit continues: same note, or a new note on the same item."""
        for key, note in self._unsaved.items():
            if note.note_id != note_id or key[0] != meeting.identity:
                continue
            if note_id is not None or note.number_in(meeting) == item_number:
                return key
        return None

    def pending_for(self, meeting: Meeting, item_number: int) -> UnsavedNote | None:
        """The newest pending text typed for this item (found by its ``ItemRef``), if any."""
        found = [n for n in self._unsaved.values() if n.number_in(meeting) == item_number]
        return found[-1] if found else None

    def unsaved_text(self, meeting: Meeting, item_number: int) -> str | None:
        """Text typed for this item that the store does not have yet (None: nothing pending)."""
        found = self.pending_for(meeting, item_number)
        return found.text if found else None

    @property
    def unsaved(self) -> list[UnsavedNote]:
        return list(self._unsaved.values())

    def has_unsaved(self) -> bool:
        return bool(self._unsaved)

    def flush(self) -> bool:
        """Save everything pending now; True when nothing is left unsaved."""
        self.debounce.stop()
        if not self._unsaved:
            return True
        self.saving.emit()
        for key, note in list(self._unsaved.items()):
            try:
                self._save(note)
            except StorageError as exc:
                self.retry.start()
                self.failed.emit(exc)
                return False
            if self._unsaved.get(key) == note:  # not edited again meanwhile
                del self._unsaved[key]
            self.saved.emit(note)
        self.retry.stop()
        return True

    def discard(self) -> None:
        """Forget unsaved texts (after the user copied them away)."""
        self._unsaved.clear()
        self.debounce.stop()
        self.retry.stop()
