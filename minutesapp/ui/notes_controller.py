"""The note editor's side of the annotations: autosave, flushing, and never losing typed text.

Notes go through ``NoteAutosaver`` (kept until the store has them); closing the window with
text the store would not take asks to retry, copy it to the clipboard, or stay. Every note the
store accepted is announced with ``note_saved`` so other parts of the window (the library's
"My notes" search) can follow without knowing the store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from minutesapp.annotations import AnnotationStore, StorageError, StorageErrorCode
from minutesapp.model import Meeting
from minutesapp.ui.annotation_session import UnsavedChoice, ask_unsaved_choice, unsaved_notes_text
from minutesapp.ui.notes_autosave import NoteAutosaver

if TYPE_CHECKING:
    from minutesapp.ui.annotation_controller import AnnotationController


def notes_by_meeting(store: AnnotationStore) -> dict[str, dict[int, str]]:
    """Every note in the store as {meeting identity: {item number: the item's whole note text}}.

    An item with several notes (imported ones besides ours) gets them joined by blank lines,
    oldest first, so a search finds any of them.
    """
    found: dict[str, dict[int, str]] = {}
    for info in store.meetings():
        items: dict[int, list[str]] = {}
        for note in store.notes(info.identity):
            if note.text.strip():
                items.setdefault(note.item.number, []).append(note.text)
        if items:
            found[info.identity] = {number: "\n\n".join(texts) for number, texts in items.items()}
    return found


class NotesController(QObject):
    """The note of the item in the editor: loads it, saves it by itself, guards the close.

    Signals:
        note_saved(str, int, str): meeting identity, item number and the note's whole text,
            after the store has it (empty text: the note was deleted).
    """

    note_saved = Signal(str, int, str)

    def __init__(self, host: AnnotationController) -> None:
        super().__init__(host)
        self.host = host
        self.pane = host.pane
        self.texts: dict[int, str] = {}  # item number -> the note text the store has (this meeting)
        self.ask_unsaved: Callable[[], UnsavedChoice] = self._ask_unsaved
        self.autosaver = NoteAutosaver(self._write_note, self)
        self.pane.note_edited.connect(self._on_note_edited)
        self.pane.note_focus_lost.connect(self.autosaver.flush)
        self.autosaver.saving.connect(lambda: self.pane.set_status(self.tr("Saving…")))
        self.autosaver.saved.connect(self._on_note_saved)
        self.autosaver.failed.connect(self._on_save_failed)

    # --- showing ------------------------------------------------------------------------

    def meeting_opened(self) -> None:
        """Take the note texts of the newly attached meeting (after the host attached it)."""
        found = self.host.annotations
        self.texts = {n: notes[-1].text for n, notes in found.notes.items() if notes} if found else {}

    def show_item(self, meeting: Meeting, number: int) -> None:
        """Put item ``number``'s note in the editor: unsaved typing first, else the store's text."""
        pending = self.autosaver.unsaved_text(meeting, number)
        text = pending if pending is not None else self.texts.get(number, "")
        self.pane.show_note(self.title(number), text)
        self.pane.set_note_enabled(self.host.store is not None)

    def show_nothing(self) -> None:
        self.pane.show_note(self.tr("My notes"), "")
        self.pane.set_note_enabled(False)

    def title(self, number: int) -> str:
        return self.tr("My note on item %1").replace("%1", str(number))

    def has_text(self, number: int) -> bool:
        return bool(self.texts.get(number, "").strip())

    # --- saving -------------------------------------------------------------------------

    def _on_note_edited(self) -> None:
        host = self.host
        if host.meeting is None or host.item_number is None or not host.writable:
            return
        self.autosaver.edited(host.meeting, host.item_number, self.pane.note_text())
        self.pane.set_status(self.tr("Saving…"))

    def _write_note(self, meeting: Meeting, number: int, text: str) -> None:
        store = self.host.store
        if store is None:
            raise StorageError(StorageErrorCode.READ_ONLY, "no notes database")
        store.set_note(meeting, number, text)
        if self.host.meeting is not None and meeting.identity == self.host.meeting.identity:
            self.texts[number] = text
        self.note_saved.emit(meeting.identity, number, text)

    def _on_note_saved(self, number: int) -> None:
        if not self.autosaver.has_unsaved():
            self.pane.set_status(self.tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M")))
            self.host.clear_error()
        self.host.marks.update_marks(number)

    def _on_save_failed(self, error: StorageError) -> None:
        self.pane.set_status(self.tr("Not saved"), error=True)
        self.host.show_error(error)

    def flush(self) -> bool:
        """Save any typed note now; False when it could not be saved (it is kept)."""
        return self.autosaver.flush()

    def all_notes(self) -> dict[str, dict[int, str]]:
        """Every note in the store by meeting and item (empty when there is no store)."""
        store = self.host.store
        if store is None:
            return {}
        try:
            return notes_by_meeting(store)
        except StorageError:
            return {}

    # --- closing ------------------------------------------------------------------------

    def confirm_close(self) -> bool:
        """Save typed text before the window closes; False when the user chose to stay."""
        while not self.autosaver.flush():
            choice = self.ask_unsaved()
            if choice is UnsavedChoice.STAY:
                return False
            if choice is UnsavedChoice.COPY:
                QGuiApplication.clipboard().setText(self.unsaved_text_for_clipboard())
                self.autosaver.discard()
                return True
        return True

    def unsaved_text_for_clipboard(self) -> str:
        return unsaved_notes_text(self.autosaver.unsaved)

    def _ask_unsaved(self) -> UnsavedChoice:
        detail = self.host.window.message_label.text() or self.tr("The notes database cannot be written.")
        return ask_unsaved_choice(self.host.window, detail)


__all__ = ["NotesController", "notes_by_meeting"]
