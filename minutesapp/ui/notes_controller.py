"""The note editor's side of the annotations: autosave, flushing, and never losing typed text.

Notes go through ``NoteAutosaver`` (kept until the store has them) and are saved by the id of
the note that was loaded into the editor, so an item with several notes (imported ones besides
ours) never gets one overwritten by typing meant for another; the other notes are listed
read-only under the editor. Closing the window with text the store would not take asks to
retry, copy it (to the clipboard and a file in ``unsaved-notes/``), or stay; an ending process
(``save_or_rescue``: shutdown, logout, SIGTERM) writes such text to that file by itself.
Every note the store accepted is announced with ``note_saved`` so other parts of the window
(the library's "My notes" search) can follow without knowing the store.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from minutesapp.annotations import AnnotationStore, MeetingInfo, Note, StorageError, StorageErrorCode
from minutesapp.annotations.emergency import write_unsaved_notes
from minutesapp.model import Meeting
from minutesapp.ui.annotation_session import UnsavedChoice, ask_unsaved_choice, unsaved_notes_text
from minutesapp.ui.notes_autosave import NoteAutosaver, UnsavedNote
from minutesapp.ui.notes_pane import OtherNote

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
        self.texts: dict[int, str] = {}  # item number -> the editor note's text in the store (this meeting)
        self.others: dict[int, tuple[Note, ...]] = {}  # item number -> its other notes (this meeting)
        self._note_ids: dict[tuple[str, int], str] = {}  # (meeting, item) -> id of the note in the editor
        self._logout_rescue: Path | None = None  # written at logout for texts still pending; deleted once saved
        self.ask_unsaved: Callable[[], UnsavedChoice] = self._ask_unsaved
        self.tell_rescued: Callable[[Path], None] = self._tell_rescued
        self.close_with_clipboard_only: Callable[[StorageError], bool] = self._close_with_clipboard_only
        self.autosaver = NoteAutosaver(self._write_note, self)
        self.pane.note_edited.connect(self._on_note_edited)
        self.pane.note_focus_lost.connect(self.autosaver.flush)
        self.autosaver.saving.connect(lambda: self.pane.set_status(self.tr("Saving…")))
        self.autosaver.saved.connect(self._on_note_saved)
        self.autosaver.failed.connect(self._on_save_failed)

    # --- showing ------------------------------------------------------------------------

    def meeting_opened(self) -> None:
        """Take the notes of the newly attached meeting (after the host attached it).

        The editor gets each item's newest-created note (the last ``attach`` lists) and
        remembers its id; the item's other notes are shown read-only. When the notes could
        not be read, no id is kept, so typing makes a new note rather than replace an unseen one.
        """
        found, meeting = self.host.annotations, self.host.meeting
        self.texts, self.others = {}, {}
        if meeting is not None:
            self._note_ids = {key: value for key, value in self._note_ids.items() if key[0] != meeting.identity}
        if found is None or meeting is None:
            return
        for number, notes in found.notes.items():
            if notes:
                self.texts[number] = notes[-1].text
                self.others[number] = notes[:-1]
                self._note_ids[(meeting.identity, number)] = notes[-1].id

    def show_item(self, meeting: Meeting, number: int) -> None:
        """Put item ``number``'s note in the editor: unsaved typing first, else the store's text."""
        pending = self.autosaver.unsaved_text(meeting, number)
        text = pending if pending is not None else self.texts.get(number, "")
        self.pane.show_note(self.title(number), text)
        self.pane.set_note_enabled(self.host.store is not None)
        self.pane.show_other_notes([OtherNote(_local_time(n.modified), n.text) for n in self.others.get(number, ())])

    def show_nothing(self) -> None:
        self.pane.show_note(self.tr("My notes"), "")
        self.pane.set_note_enabled(False)
        self.pane.show_other_notes([])

    def title(self, number: int) -> str:
        return self.tr("My note on item %1").replace("%1", str(number))

    def has_text(self, number: int) -> bool:
        others = self.others.get(number, ())
        return bool(self.texts.get(number, "").strip()) or any(n.text.strip() for n in others)

    # --- saving -------------------------------------------------------------------------

    def _on_note_edited(self) -> None:
        host = self.host
        if host.meeting is None or host.item_number is None or not host.writable:
            return
        note_id = self._note_ids.get((host.meeting.identity, host.item_number))
        self.autosaver.edited(host.meeting, host.item_number, self.pane.note_text(), note_id)
        self.pane.set_status(self.tr("Saving…"))

    def _write_note(self, pending: UnsavedNote) -> None:
        """Save into the note that was in the editor when the text was typed (by id), or a new one.

        The id and item were captured at typing time: the meeting open now may be a
        re-publication with other item numbers, so nothing is looked up by number here.
        """
        store = self.host.store
        if store is None:
            raise StorageError(StorageErrorCode.READ_ONLY, "no notes database")
        meeting, text = pending.meeting, pending.text
        note_id = pending.note_id
        note: Note | None = None
        if note_id is not None:
            try:
                note = store.set_note_text(note_id, text)
            except StorageError as exc:
                if exc.code is not StorageErrorCode.NOT_FOUND:
                    raise
                note_id = None  # deleted meanwhile: the text becomes a new note
        if note_id is None and text:
            note = store.add_note(meeting, pending.item_number, text)
        current = self.host.meeting
        number = pending.number_in(current) if current is not None else None
        if number is None:  # another meeting is open: only the library's search follows
            self.note_saved.emit(meeting.identity, pending.item_number, text)
            return
        key = (meeting.identity, number)
        if note is None:
            self._note_ids.pop(key, None)
        else:
            self._note_ids[key] = note.id
        self.texts[number] = text
        others = [n.text for n in self.others.get(number, ())]
        self.note_saved.emit(meeting.identity, number, "\n\n".join(t for t in [*others, text] if t.strip()))

    def _on_note_saved(self, pending: UnsavedNote) -> None:
        if not self.autosaver.has_unsaved():
            self._drop_logout_rescue()
            self.pane.set_status(self.tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M")))
            self.host.clear_error()
        current = self.host.meeting
        number = pending.number_in(current) if current is not None else None
        if number is not None:
            self.host.marks.update_marks(number)

    def _drop_logout_rescue(self) -> None:
        """Everything the logout's rescue file holds is in the store now: the file would only mislead."""
        path, self._logout_rescue = self._logout_rescue, None
        if path is not None:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass  # harmless: the start notice will list it

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
        """Save typed text before the window closes; False when the user chose to stay.

        "Copy the text and close" also writes the text to a file in ``unsaved-notes/`` (the
        clipboard may die with the process) and says where; if no file can be written the
        user is told the clipboard holds the only copy and may still stay.
        """
        while not self.autosaver.flush():
            choice = self.ask_unsaved()
            if choice is UnsavedChoice.STAY:
                return False
            if choice is UnsavedChoice.COPY:
                QGuiApplication.clipboard().setText(self.unsaved_text_for_clipboard())
                try:
                    path = self.rescue_unsaved()
                except StorageError as exc:
                    if not self.close_with_clipboard_only(exc):
                        return False
                    self.autosaver.discard()
                    self._logout_rescue = None
                    return True
                self.autosaver.discard()
                self._logout_rescue = None  # the file holds the only copy now
                if path is not None:
                    self.tell_rescued(path)
                return True
        return True

    def unsaved_text_for_clipboard(self) -> str:
        return unsaved_notes_text(self.autosaver.unsaved)

    def rescue_unsaved(self) -> Path | None:
        """Write every unsaved note to a file (new, or this logout's again); None when nothing is unsaved.

        The texts stay pending (the caller decides to forget them). Raises ``StorageError``.
        """
        unsaved = self.autosaver.unsaved
        if not unsaved:
            return None
        now = datetime.now().astimezone()
        parts = [self.tr("minutesapp: notes that could not be saved (%1)").replace("%1", now.strftime("%Y-%m-%d %H:%M"))]
        for note in unsaved:
            info = MeetingInfo.of(note.meeting)
            item = note.meeting.item(note.item_number)
            title = f"{note.item_number}. {item.title}" if item is not None else str(note.item_number)
            parts.append(
                "\n".join(
                    [
                        "-" * 60,
                        self.tr("Meeting: %1").replace("%1", info.title),
                        *([self.tr("File: %1").replace("%1", info.last_path)] if info.last_path else []),
                        self.tr("Item: %1").replace("%1", title),
                        "",
                        note.text,
                    ]
                )
            )
        return write_unsaved_notes("\n\n".join(parts) + "\n", replace=self._logout_rescue)

    def save_or_rescue(self, forget: bool = True) -> Path | None:
        """The process may end now: save typed notes; those the store refuses go to a file.

        Returns that file (None when everything was saved). With ``forget`` the rescued texts
        are dropped from the autosaver (they are in the file). Without it (logout, which may
        be cancelled) the texts stay pending and the session keeps one file, overwritten on
        each request and deleted once they are saved. When not even a file can be written,
        the texts go to stderr as a last resort.
        """
        if self.autosaver.flush():
            self._drop_logout_rescue()
            return None
        try:
            path = self.rescue_unsaved()
        except StorageError as exc:
            print(f"minutesapp: {exc}; the unsaved notes follow:", file=sys.stderr)
            print(self.unsaved_text_for_clipboard(), file=sys.stderr, flush=True)
            path = None
        if path is not None:  # on SIGTERM or at shutdown nobody sees a dialog: the journal does
            print(f"minutesapp: notes that could not be saved were written to {path}", file=sys.stderr, flush=True)
        if forget:
            self.autosaver.discard()
            self._logout_rescue = None  # the file now holds the only copy: keep it
        elif path is not None:
            self._logout_rescue = path
        return path

    def _ask_unsaved(self) -> UnsavedChoice:
        detail = self.host.window.message_label.text() or self.tr("The notes database cannot be written.")
        return ask_unsaved_choice(self.host.window, detail)

    def _tell_rescued(self, path: Path) -> None:
        QMessageBox.information(
            self.host.window,
            self.tr("Note copied"),
            self.tr("The text is on the clipboard, and also saved in this file:\n%1").replace("%1", str(path)),
        )

    def _close_with_clipboard_only(self, error: StorageError) -> bool:
        answer = QMessageBox.warning(
            self.host.window,
            self.tr("Note not saved"),
            self.tr(
                "The text could not be written to a file either (%1). It is only on the clipboard, "
                "which is emptied when minutesapp closes: paste it somewhere safe first. Close anyway?"
            ).replace("%1", str(error)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _local_time(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


__all__ = ["NotesController", "notes_by_meeting"]
