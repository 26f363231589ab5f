"""The window's annotations: one store per run, and the three controllers that use it.

``MainWindow`` owns the widgets; this object owns the store and the state they share (the
meeting, its attached annotations, the item on screen and its ``OffsetMap``) and hands the
work to ``notes`` (``NotesController``: autosave, close protection), ``highlights``
(``HighlightController``: highlights and undo) and ``marks`` (``MarksController``: star, read).
``meeting_opened`` comes after a document is in the tree; then every ``ItemView.shown`` loads
that item's note into the notes pane and paints its highlights.

Typed text outlives the window: ``shutdown`` (also run on an exception) and a session's
``commitDataRequest`` (logout) save it, or write it to ``unsaved-notes/`` when the store will
not take it; a start that finds such files says so in the message bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QSessionManager, QUndoStack
from PySide6.QtWidgets import QToolButton

from minutesapp.annotations import AnnotationStore, Highlight, MeetingAnnotations, StorageError, StorageErrorCode, attach
from minutesapp.annotations.emergency import unsaved_note_files
from minutesapp.model import Meeting
from minutesapp.ui.annotation_actions import AnnotationActions, create_annotation_actions, retranslate_annotation_actions
from minutesapp.ui.annotation_messages import storage_error_text
from minutesapp.ui.annotation_session import OpenStore, UnsavedChoice, mirror_action, open_store_for_window
from minutesapp.ui.highlight_controller import HighlightController
from minutesapp.ui.highlight_mapping import OffsetMap
from minutesapp.ui.marks_controller import MarksController
from minutesapp.ui.notes_controller import NotesController

if TYPE_CHECKING:
    from minutesapp.ui.main_window import MainWindow

BACKUP_CHECK_MS = 5 * 60 * 1000  # the store itself decides whether a backup is due


class AnnotationController(QObject):
    """Notes, highlights and marks for the meeting shown in ``window``; owns the store."""

    def __init__(self, window: MainWindow, open_store: OpenStore = AnnotationStore.open) -> None:
        super().__init__(window)
        self.window = window
        self.pane = window.notes_pane
        self.view = window.item_view
        self.opening = open_store_for_window(open_store)
        self.store = self.opening.store
        self._notice = self._start_notice()
        self.meeting: Meeting | None = None
        self.annotations: MeetingAnnotations | None = None
        self.item_number: int | None = None  # the item whose note is in the editor
        self.offsets: OffsetMap | None = None
        self._error_shown: str | None = None  # the storage message now in the message bar

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.maybe_backup)
        if self.writable:
            self.backup_timer.start()

        a = window.actions
        self.actions: AnnotationActions = create_annotation_actions(window, a.file_menu, a.quit)
        self.notes = NotesController(self)
        self.marks = MarksController(self)
        self.highlights = HighlightController(self)
        self._install_buttons()
        self._connect()
        self.pane.set_read_only(self.read_only_reason())
        self._show_nothing()
        if self._notice:
            window.show_message(self._notice)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self._on_commit_data)

    def read_only_reason(self) -> str | None:
        """Why notes cannot be edited here (shown above the editor), None when they can."""
        error = self.opening.error
        if self.store is None and error is not None and error.code is StorageErrorCode.CANNOT_OPEN:
            return self.tr(
                "Cannot open your notes, not even read-only (%1). Notes and highlights are switched off."
            ).replace("%1", error.message)
        return self.opening.read_only_reason()

    def _start_notice(self) -> str | None:
        """The message bar at start: a restore or why notes are read-only, and rescued note files."""
        notice = self.read_only_reason() if self.opening.error is not None else self.opening.notice()
        files = unsaved_note_files()
        if files:
            rescued = self.tr(
                "%1 file(s) with note text that could not be saved earlier are in %2. Copy what you need "
                "into your notes, then delete the files."
            )
            folders = ", ".join(dict.fromkeys(str(f.parent) for f in files))
            rescued = rescued.replace("%1", str(len(files))).replace("%2", folders)
            notice = f"{notice} {rescued}" if notice else rescued
        return notice

    # --- the surface the window and tests use -------------------------------------------

    @property
    def writable(self) -> bool:
        return self.store is not None and not self.store.read_only

    @property
    def undo_stack(self) -> QUndoStack:
        return self.highlights.undo_stack

    @property
    def read_delay_ms(self) -> int:
        return self.marks.read_delay_ms

    @read_delay_ms.setter
    def read_delay_ms(self, value: int) -> None:
        self.marks.read_delay_ms = value

    @property
    def ask_unsaved(self) -> Callable[[], UnsavedChoice]:
        return self.notes.ask_unsaved

    @ask_unsaved.setter
    def ask_unsaved(self, ask: Callable[[], UnsavedChoice]) -> None:
        self.notes.ask_unsaved = ask

    def flush(self) -> bool:
        """Save any typed note now; False when it could not be saved (it is kept)."""
        return self.notes.flush()

    def confirm_close(self) -> bool:
        """Save typed text before the window closes; False when the user chose to stay."""
        return self.notes.confirm_close()

    def highlight_selection(self, colour: str | None = None, comment: str = "") -> Highlight | None:
        return self.highlights.highlight_selection(colour, comment)

    def remove_highlight(self, highlight_id: str | None = None) -> bool:
        return self.highlights.remove_highlight(highlight_id)

    def reveal_highlight(self, highlight_id: str) -> bool:
        return self.highlights.reveal_highlight(highlight_id)

    def undo(self) -> None:
        self.highlights.undo()

    def redo(self) -> None:
        self.highlights.redo()

    def set_starred(self, on: bool) -> None:
        self.marks.set_starred(on)

    def mark_unread(self) -> None:
        self.marks.mark_unread()

    # --- wiring -------------------------------------------------------------------------

    def _install_buttons(self) -> None:
        """Short buttons in the notes pane that trigger the (long-named) menu actions."""
        act = self.actions
        self.star_button = mirror_action(QToolButton(self.pane), act.star)
        self.highlight_button = mirror_action(QToolButton(self.pane), act.highlight)
        self.highlight_button.setMenu(act.colour_menu)
        self.highlight_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.highlight_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pane.tool_row.addWidget(self.star_button)
        self.pane.tool_row.addWidget(self.highlight_button)
        mirror_action(self.pane.comment_button, act.edit_comment)
        mirror_action(self.pane.remove_button, act.remove_highlight)
        tree = self.window.toc.tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        tree.addAction(act.star)
        tree.addAction(act.mark_unread)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        act.star.toggled.connect(lambda _on: self._retranslate_buttons())

    def _retranslate_buttons(self) -> None:
        act = self.actions
        starred = act.star.isChecked()
        self.star_button.setText(("\u2605 " if starred else "\u2606 ") + (self.tr("Starred") if starred else self.tr("Star")))
        self.star_button.setToolTip(act.star.toolTip())
        self.highlight_button.setText(self.tr("Highlight"))
        self.highlight_button.setToolTip(act.highlight.toolTip())
        self.pane.comment_button.setText(self.tr("Comment…"))
        self.pane.comment_button.setToolTip(act.edit_comment.text().replace("&", ""))
        self.pane.remove_button.setText(self.tr("Remove"))
        self.pane.remove_button.setToolTip(act.remove_highlight.text().replace("&", ""))

    def _connect(self) -> None:
        act = self.actions
        act.star.triggered.connect(self.marks.set_starred)
        act.mark_unread.triggered.connect(self.marks.mark_unread)
        act.export_notes.triggered.connect(lambda: self._export(print_it=False))
        act.print_notes.triggered.connect(lambda: self._export(print_it=True))
        self.view.shown.connect(self._on_item_shown)
        self.view.cursorPositionChanged.connect(self.update_actions)
        self.pane.highlights.currentItemChanged.connect(lambda *_: self.update_actions())

    # --- meeting and item ---------------------------------------------------------------

    def meeting_opened(self, path: Path, meeting: Meeting) -> None:
        """A document is in the tree: remember it and place its annotations (before an item shows)."""
        self.notes.flush()
        self.meeting, self.item_number, self.offsets = meeting, None, None
        self.annotations = None
        self.undo_stack.clear()
        if self.store is not None:
            try:
                if self.writable:
                    self.store.remember_meeting(meeting, path)
                self.annotations = attach(meeting, self.store)
            except StorageError as exc:
                self.show_error(exc)
        self.notes.meeting_opened()
        self.marks.meeting_opened()
        if self._notice:
            self.window.show_message(self._notice)
            self._notice = None

    def _on_item_shown(self) -> None:
        item = self.view.item
        document = self.view.item_document
        if item is None or document is None or self.meeting is None or self.meeting.item(item.number) != item:
            self._show_nothing()
            return
        if item.number != self.item_number:
            self.notes.flush()
            self.item_number = item.number
            self.notes.show_item(self.meeting, item.number)
            self.marks.restart_read_timer()
        self.offsets = OffsetMap(item, self.view.displayed_text(), document.spans)
        self.highlights.refresh()

    def _show_nothing(self) -> None:
        self.notes.flush()
        self.item_number, self.offsets = None, None
        self.marks.read_timer.stop()
        self.notes.show_nothing()
        self.highlights.refresh_list()

    # --- state shared by the controllers ------------------------------------------------

    def update_actions(self) -> None:
        """Enable what applies to the item and highlight at hand; check the star."""
        act = self.actions
        on_item = self.item_number is not None and self.writable
        act.highlight.setEnabled(on_item)
        act.highlight_comment.setEnabled(on_item)
        act.star.setEnabled(on_item)
        act.mark_unread.setEnabled(on_item)
        act.star.setChecked(self.marks.is_starred(self.item_number))
        has_target = self.writable and self.highlights.target_highlight() is not None
        act.remove_highlight.setEnabled(has_target)
        act.edit_comment.setEnabled(has_target)
        exportable = self.store is not None and self.meeting is not None
        act.export_notes.setEnabled(exportable)
        act.print_notes.setEnabled(exportable)
        self.highlights.update_undo()

    def can_annotate(self, quiet: bool = False) -> bool:
        """True when the store takes changes; else (unless ``quiet``) say why in the status bar."""
        if self.writable:
            return True
        if not quiet:
            reason = self.read_only_reason() or self.tr("Your notes cannot be changed now.")
            self.window.statusBar().showMessage(reason, 8000)
        return False

    def show_error(self, error: StorageError) -> None:
        text = storage_error_text(error)
        self._error_shown = text
        self.window.show_message(text)

    def clear_error(self) -> None:
        """Take our storage message out of the message bar (a later save worked)."""
        if self._error_shown is not None and self.window.message_label.text() == self._error_shown:
            self.window.clear_message()
        self._error_shown = None

    # --- export -------------------------------------------------------------------------

    def _export(self, print_it: bool) -> None:
        if self.store is None or self.meeting is None:
            return
        self.flush()
        from minutesapp.ui import export_dialog  # reportlab is loaded only when exporting

        run = export_dialog.print_notes_via_dialog if print_it else export_dialog.export_notes_via_dialog
        run(self.window, self.meeting, self.store, settings=self.window.settings)

    # --- closing ------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Save typed text (or write it to ``unsaved-notes/``), then close the store with a backup.

        Runs when the window closes and again in ``run_gui``'s ``finally`` (then nothing is left).
        """
        self.marks.read_timer.stop()
        self.backup_timer.stop()
        if self.store is not None or self.notes.autosaver.has_unsaved():
            self.notes.save_or_rescue(forget=True)
        store, self.store = self.store, None
        if store is not None:
            try:
                store.close(backup=True)
            except StorageError:
                pass  # the notes are durable already; only the closing backup failed

    def _on_commit_data(self, _manager: QSessionManager) -> None:
        """The session is ending (logout): save typed text now; kept in a file if that fails."""
        self.notes.save_or_rescue(forget=False)

    def maybe_backup(self) -> None:
        if self.store is None:
            return
        try:
            self.store.maybe_backup()
        except StorageError as exc:
            self.window.statusBar().showMessage(storage_error_text(exc), 10_000)

    def retranslate(self) -> None:
        retranslate_annotation_actions(self.actions)
        self._retranslate_buttons()
        if self.item_number is not None:
            self.pane.title.setText(self.notes.title(self.item_number))
        self.pane.set_read_only(self.read_only_reason())


__all__ = ["AnnotationController"]
