"""Saving note text by itself: shortly after typing stops, and whenever asked to flush.

Edits are kept per (meeting, item) until the store has them, so switching items while the
disk is full keeps the unsaved text (and shows it again on return) instead of dropping it.
A failed save is retried on the next edit, on the retry timer, and on every flush.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from minutesapp.annotations import StorageError
from minutesapp.model import Meeting

DEBOUNCE_MS = 800  # after the last keystroke
RETRY_MS = 10_000  # after a failed save, try again this often while text is unsaved

SaveFunction = Callable[[Meeting, int, str], None]


@dataclass(frozen=True)
class UnsavedNote:
    meeting: Meeting
    item_number: int
    text: str


class NoteAutosaver(QObject):
    """Holds unsaved note texts and writes them through ``save`` (which raises StorageError).

    Signals:
        saving(): a save starts (the status shows "Saving…").
        saved(int): the note of this item number is in the store.
        failed(object): a save raised this StorageError; the text is kept.
    """

    saving = Signal()
    saved = Signal(int)
    failed = Signal(object)

    def __init__(self, save: SaveFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._unsaved: dict[tuple[str, int], UnsavedNote] = {}
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.flush)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.flush)

    def edited(self, meeting: Meeting, item_number: int, text: str) -> None:
        """The note of ``item_number`` now reads ``text``; save it once typing pauses."""
        self._unsaved[(meeting.identity, item_number)] = UnsavedNote(meeting, item_number, text)
        self.debounce.start()

    def unsaved_text(self, meeting: Meeting, item_number: int) -> str | None:
        """Text typed for this item that the store does not have yet (None: nothing pending)."""
        found = self._unsaved.get((meeting.identity, item_number))
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
                self._save(note.meeting, note.item_number, note.text)
            except StorageError as exc:
                self.retry.start()
                self.failed.emit(exc)
                return False
            if self._unsaved.get(key) == note:  # not edited again meanwhile
                del self._unsaved[key]
            self.saved.emit(note.item_number)
        self.retry.stop()
        return True

    def discard(self) -> None:
        """Forget unsaved texts (after the user copied them away)."""
        self._unsaved.clear()
        self.debounce.stop()
        self.retry.stop()
