"""The window's annotations: one store per run, the note autosave, highlights, stars and read marks.

``MainWindow`` owns the widgets; this object owns the store and connects the two:
``meeting_opened`` after a document is in the tree, then every ``ItemView.shown`` loads that
item's note into the notes pane and paints its highlights. Offsets between the detail view and
the store's ``item_text`` go through ``highlight_mapping.OffsetMap``.

Nothing typed is ever dropped: notes go through ``NoteAutosaver`` (kept until the store has
them), and closing the window with unsaved text asks to retry, copy it, or stay.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QInputDialog, QToolButton

from minutesapp.annotations import (
    AnnotationStore,
    Highlight,
    MarkKind,
    MeetingAnnotations,
    StorageError,
    StorageErrorCode,
    attach,
)
from minutesapp.model import Meeting
from minutesapp.ui.annotation_actions import AnnotationActions, create_annotation_actions, retranslate_annotation_actions
from minutesapp.ui.annotation_commands import AddHighlightCommand, DeleteHighlightCommand
from minutesapp.ui.annotation_messages import storage_error_text
from minutesapp.ui.annotation_session import (
    OpenStore,
    UnsavedChoice,
    ask_unsaved_choice,
    mirror_action,
    open_store_for_window,
    unsaved_notes_text,
)
from minutesapp.ui.highlight_mapping import OffsetMap
from minutesapp.ui.highlight_style import clear_highlights, highlight_id_at, highlight_ranges, swatch_icon
from minutesapp.ui.meeting_model import MARK_NOTES, MARK_READ, MARK_STARRED
from minutesapp.ui.notes_autosave import NoteAutosaver
from minutesapp.ui.notes_pane import HighlightEntry, LooseNote

if TYPE_CHECKING:
    from minutesapp.ui.main_window import MainWindow

READ_DELAY_MS = 1500  # an item shown this long counts as read
BACKUP_CHECK_MS = 5 * 60 * 1000  # the store itself decides whether a backup is due


class AnnotationController(QObject):
    """Notes, highlights and marks for the meeting shown in ``window``."""

    def __init__(self, window: MainWindow, open_store: OpenStore = AnnotationStore.open) -> None:
        super().__init__(window)
        self.window = window
        self.pane = window.notes_pane
        self.view = window.item_view
        self.opening = open_store_for_window(open_store)
        self.store = self.opening.store
        self._notice = self.opening.notice()
        self.meeting: Meeting | None = None
        self.annotations: MeetingAnnotations | None = None
        self.item_number: int | None = None  # the item whose note is in the editor
        self.offsets: OffsetMap | None = None
        self._notes: dict[int, str] = {}  # item number -> the note text the store has
        self._marks: dict[int, set[MarkKind]] = {}
        self._error_shown: str | None = None  # the storage message now in the message bar
        self._context_highlight: str | None = None
        self.read_delay_ms = READ_DELAY_MS
        self.ask_unsaved: Callable[[], UnsavedChoice] = self._ask_unsaved

        self.undo_stack = QUndoStack(self)
        self.autosaver = NoteAutosaver(self._write_note, self)
        self.read_timer = QTimer(self)
        self.read_timer.setSingleShot(True)
        self.read_timer.timeout.connect(self._mark_current_read)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.maybe_backup)
        if self.store is not None and not self.store.read_only:
            self.backup_timer.start()

        a = window.actions
        self.actions: AnnotationActions = create_annotation_actions(window, a.file_menu, a.quit)
        self._install_buttons()
        self._connect()
        self.pane.set_read_only(self.opening.read_only_reason())
        self._show_nothing()
        if self._notice:
            window.show_message(self._notice)

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
        act.undo.triggered.connect(self.undo)
        act.redo.triggered.connect(self.redo)
        act.highlight.triggered.connect(lambda: self.highlight_selection())
        act.highlight_comment.triggered.connect(self._highlight_with_comment)
        for name, action in act.colours.items():
            action.triggered.connect(lambda _checked=False, n=name: self._colour_chosen(n))
        act.remove_highlight.triggered.connect(lambda: self.remove_highlight())
        act.edit_comment.triggered.connect(self._edit_comment)
        act.star.triggered.connect(self.set_starred)
        act.mark_unread.triggered.connect(self.mark_unread)
        act.export_notes.triggered.connect(lambda: self._export(print_it=False))
        act.print_notes.triggered.connect(lambda: self._export(print_it=True))
        self.view.shown.connect(self._on_item_shown)
        self.view.customContextMenuRequested.connect(self._view_menu)
        self.view.cursorPositionChanged.connect(self._update_actions)
        self.pane.note_edited.connect(self._on_note_edited)
        self.pane.note_focus_lost.connect(self.autosaver.flush)
        self.pane.highlight_activated.connect(self.reveal_highlight)
        self.pane.highlights.currentItemChanged.connect(lambda *_: self._update_actions())
        self.autosaver.saving.connect(lambda: self.pane.set_status(self.tr("Saving…")))
        self.autosaver.saved.connect(self._on_note_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        self.undo_stack.canUndoChanged.connect(self._update_undo)
        self.undo_stack.canRedoChanged.connect(self._update_undo)
        self.pane.editor.undoAvailable.connect(self._update_undo)
        self.pane.editor.redoAvailable.connect(self._update_undo)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._update_undo)

    @property
    def writable(self) -> bool:
        return self.store is not None and not self.store.read_only

    # --- meeting and item ---------------------------------------------------------------

    def meeting_opened(self, path: Path, meeting: Meeting) -> None:
        """A document is in the tree: remember it and place its annotations (before an item shows)."""
        self.autosaver.flush()
        self.meeting, self.item_number, self.offsets = meeting, None, None
        self.annotations = None
        self.undo_stack.clear()
        self._notes, self._marks = {}, {}
        if self.store is not None:
            try:
                if self.writable:
                    self.store.remember_meeting(meeting, path)
                self.annotations = attach(meeting, self.store)
            except StorageError as exc:
                self._show_error(exc)
        if self.annotations is not None:
            self._notes = {n: notes[-1].text for n, notes in self.annotations.notes.items() if notes}
            self._marks = {n: set(kinds) for n, kinds in self.annotations.marks.items()}
            self.window.model.set_all_marks({n: self._model_marks(n) for n in self.window.model.item_numbers()})
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
            self.autosaver.flush()
            self.item_number = item.number
            pending = self.autosaver.unsaved_text(self.meeting, item.number)
            text = pending if pending is not None else self._notes.get(item.number, "")
            self.pane.show_note(self.tr("My note on item %1").replace("%1", str(item.number)), text)
            self.pane.set_note_enabled(self.store is not None)
            self._restart_read_timer()
        self.offsets = OffsetMap(item, self.view.displayed_text(), document.spans)
        self._refresh_highlights()

    def _show_nothing(self) -> None:
        self.autosaver.flush()
        self.item_number, self.offsets = None, None
        self.read_timer.stop()
        self.pane.show_note(self.tr("My notes"), "")
        self.pane.set_note_enabled(False)
        self._refresh_list()

    # --- notes --------------------------------------------------------------------------

    def _on_note_edited(self) -> None:
        if self.meeting is None or self.item_number is None or not self.writable:
            return
        self.autosaver.edited(self.meeting, self.item_number, self.pane.note_text())
        self.pane.set_status(self.tr("Saving…"))

    def _write_note(self, meeting: Meeting, number: int, text: str) -> None:
        if self.store is None:
            raise StorageError(StorageErrorCode.READ_ONLY, "no notes database")
        self.store.set_note(meeting, number, text)
        if self.meeting is not None and meeting.identity == self.meeting.identity:
            self._notes[number] = text

    def _on_note_saved(self, number: int) -> None:
        if not self.autosaver.has_unsaved():
            self.pane.set_status(self.tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M")))
            self._clear_error()
        self._update_marks(number)

    def _on_save_failed(self, error: StorageError) -> None:
        self.pane.set_status(self.tr("Not saved"), error=True)
        self._show_error(error)

    def flush(self) -> bool:
        """Save any typed note now; False when it could not be saved (it is kept)."""
        return self.autosaver.flush()

    # --- highlights ---------------------------------------------------------------------

    def highlight_selection(self, colour: str | None = None, comment: str = "") -> Highlight | None:
        """Highlight the detail view's selection in ``colour`` (the chosen one by default)."""
        cursor = self.view.textCursor()
        if not self._can_annotate() or self.offsets is None:
            return None
        if not cursor.hasSelection():
            self.window.statusBar().showMessage(self.tr("Select some text of the item first."), 5000)
            return None
        span = self.offsets.to_source(cursor.selectionStart(), cursor.selectionEnd())
        if span is None:
            self.window.statusBar().showMessage(self.tr("Only the item's own text can be highlighted."), 5000)
            return None
        assert self.meeting is not None and self.item_number is not None
        try:
            highlight = self.store.add_highlight(  # type: ignore[union-attr]
                self.meeting, self.item_number, span[0], span[1], colour or self.actions.colour, comment
            )
        except (StorageError, ValueError) as exc:
            self._report(exc)
            return None
        self.undo_stack.push(AddHighlightCommand(highlight, self._restore_highlight, self._delete_highlight))
        cursor.clearSelection()
        self.view.setTextCursor(cursor)
        self._reload_highlights()
        self._update_marks(self.item_number)
        return highlight

    def remove_highlight(self, highlight_id: str | None = None) -> bool:
        """Delete a highlight (the one given, right-clicked, selected in the list, or under the cursor)."""
        highlight_id = highlight_id or self._target_highlight()
        self._context_highlight = None
        if highlight_id is None or not self._can_annotate():
            return False
        record = self.store.get(highlight_id)  # type: ignore[union-attr]
        if not isinstance(record, Highlight):
            return False
        self.undo_stack.push(DeleteHighlightCommand(record, self._restore_highlight, self._delete_highlight))
        return True

    def _target_highlight(self) -> str | None:
        if self._context_highlight:
            return self._context_highlight
        if (chosen := self.pane.current_highlight_id()) is not None:
            return chosen
        return highlight_id_at(self.view.document(), self.view.textCursor().position())

    def _restore_highlight(self, highlight: Highlight) -> None:
        try:
            self.store.merge([highlight], [])  # type: ignore[union-attr]
        except StorageError as exc:
            self._show_error(exc)
        self._after_highlight_change()

    def _delete_highlight(self, highlight_id: str) -> None:
        try:
            self.store.delete_highlight(highlight_id)  # type: ignore[union-attr]
        except StorageError as exc:
            if exc.code is not StorageErrorCode.NOT_FOUND:
                self._show_error(exc)
        self._after_highlight_change()

    def _after_highlight_change(self) -> None:
        self._reload_highlights()
        for number in self.window.model.item_numbers():
            self._update_marks(number)

    def _reload_highlights(self) -> None:
        if self.meeting is None or self.store is None:
            return
        try:
            self.annotations = attach(self.meeting, self.store)
        except StorageError as exc:
            self._show_error(exc)
        self._refresh_highlights()

    def _refresh_highlights(self) -> None:
        """Paint this item's highlights into the detail view and list them in the pane."""
        document = self.view.document()
        document.setUndoRedoEnabled(False)
        clear_highlights(document)
        if self.annotations is not None and self.offsets is not None and self.item_number is not None:
            placed = [
                (r.highlight.id, r.highlight.colour, self.offsets.to_view(r.start or 0, r.end or 0))
                for r in self.annotations.highlights_on(self.item_number)
            ]
            self.view.apply_format_ranges(highlight_ranges(placed, self.view.palette()))
        self._refresh_list()

    def _refresh_list(self) -> None:
        found = self.annotations
        if found is None:
            self.pane.show_highlights([], [], [])
            self._update_actions()
            return
        placed: list[HighlightEntry] = []
        extra: list[LooseNote] = []
        if self.item_number is not None and self.offsets is not None:
            text = self.offsets.source_text
            for r in found.highlights_on(self.item_number):
                quote = text[r.start or 0 : r.end or 0] or r.quote
                placed.append(HighlightEntry(r.highlight.id, r.highlight.colour, quote, r.highlight.comment))
            older = found.notes.get(self.item_number, ())[:-1]
            extra = [LooseNote(self.tr("item %1").replace("%1", str(self.item_number)), n.text) for n in older]
        orphans = [HighlightEntry(r.highlight.id, r.highlight.colour, r.quote, r.highlight.comment, True) for r in found.orphaned_highlights]
        loose = [LooseNote(f"{n.item.number}. {n.item.title}", n.text) for n in found.orphaned_notes]
        self.pane.show_highlights(placed, orphans, extra + loose)
        self._update_actions()

    def reveal_highlight(self, highlight_id: str) -> bool:
        """Select a highlight's text in the detail view and scroll to it."""
        if self.annotations is None or self.offsets is None or self.item_number is None:
            return False
        for r in self.annotations.highlights_on(self.item_number):
            if r.highlight.id == highlight_id:
                ranges = self.offsets.to_view(r.start or 0, r.end or 0)
                if ranges:
                    self.view.reveal_range(ranges[0][0], ranges[-1][1])
                    return True
        return False

    def _highlight_with_comment(self) -> None:
        if not self.view.textCursor().hasSelection():
            self.highlight_selection()  # says what to do
            return
        comment, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Highlight with comment"), self.tr("Comment on the highlighted text:")
        )
        if ok:
            self.highlight_selection(comment=comment.strip())

    def _edit_comment(self) -> None:
        highlight_id = self._target_highlight()
        self._context_highlight = None
        record = self.store.get(highlight_id) if (highlight_id and self.store) else None
        if not isinstance(record, Highlight) or not self._can_annotate():
            return
        comment, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Highlight comment"), self.tr("Comment on the highlighted text:"), record.comment
        )
        if not ok:
            return
        try:
            self.store.update_highlight(record.id, comment=comment.strip())  # type: ignore[union-attr]
        except StorageError as exc:
            self._show_error(exc)
        self._reload_highlights()

    def _colour_chosen(self, name: str) -> None:
        self.actions.highlight.setIcon(swatch_icon(name))
        if self.view.textCursor().hasSelection():
            self.highlight_selection(name)

    def _view_menu(self, pos: QPoint) -> None:
        menu = self.view.createStandardContextMenu(pos)
        position = self.view.cursorForPosition(pos).position()
        self._context_highlight = highlight_id_at(self.view.document(), position)
        menu.addSeparator()
        for action in (self.actions.highlight, self.actions.highlight_comment):
            menu.addAction(action)
        menu.addMenu(self.actions.colour_menu)
        if self._context_highlight:
            menu.addAction(self.actions.edit_comment)
            menu.addAction(self.actions.remove_highlight)
        menu.addSeparator()
        menu.addAction(self.actions.star)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()
        QTimer.singleShot(0, lambda: setattr(self, "_context_highlight", None))

    # --- marks --------------------------------------------------------------------------

    def set_starred(self, on: bool) -> None:
        self._set_mark(MarkKind.STAR, on)

    def mark_unread(self) -> None:
        self.read_timer.stop()
        self._set_mark(MarkKind.READ, False)

    def _restart_read_timer(self) -> None:
        self.read_timer.stop()
        if self.item_number is not None and MarkKind.READ not in self._marks.get(self.item_number, set()):
            self.read_timer.start(self.read_delay_ms)

    def _mark_current_read(self) -> None:
        if self.writable and self.item_number is not None:
            self._set_mark(MarkKind.READ, True, quiet=True)

    def _set_mark(self, kind: MarkKind, on: bool, quiet: bool = False) -> None:
        number = self.item_number
        if number is None or self.meeting is None or not self._can_annotate(quiet):
            self._update_actions()
            return
        try:
            self.store.set_mark(self.meeting, number, kind, on)  # type: ignore[union-attr]
        except StorageError as exc:
            if quiet:
                self.window.statusBar().showMessage(storage_error_text(exc), 5000)
            else:
                self._show_error(exc)
            self._update_actions()
            return
        kinds = self._marks.setdefault(number, set())
        (kinds.add if on else kinds.discard)(kind)
        self._update_marks(number)

    def _model_marks(self, number: int) -> frozenset[str]:
        kinds = self._marks.get(number, set())
        marks = set()
        if MarkKind.READ in kinds:
            marks.add(MARK_READ)
        if MarkKind.STAR in kinds:
            marks.add(MARK_STARRED)
        has_highlights = self.annotations is not None and bool(self.annotations.highlights_on(number))
        if self._notes.get(number, "").strip() or has_highlights:
            marks.add(MARK_NOTES)
        return frozenset(marks)

    def _update_marks(self, number: int) -> None:
        marks = self._model_marks(number)
        if self.window.model.item_marks(number) != marks:
            self.window.model.set_item_marks(number, marks)
            self.window.toc.proxy.marks_changed()
        self._update_actions()

    # --- undo ---------------------------------------------------------------------------

    def _editor_focused(self) -> bool:
        return self.pane.editor.hasFocus()

    def undo(self) -> None:
        """Edit > Undo: the note's typing while the note has focus, else the last highlight change."""
        if self._editor_focused():
            self.pane.editor.undo()
        else:
            self.undo_stack.undo()

    def redo(self) -> None:
        if self._editor_focused():
            self.pane.editor.redo()
        else:
            self.undo_stack.redo()

    def _update_undo(self, *_args: object) -> None:
        if self._editor_focused():
            doc = self.pane.editor.document()
            self.actions.undo.setEnabled(doc.isUndoAvailable())
            self.actions.redo.setEnabled(doc.isRedoAvailable())
        else:
            self.actions.undo.setEnabled(self.undo_stack.canUndo())
            self.actions.redo.setEnabled(self.undo_stack.canRedo())

    # --- state of the actions -----------------------------------------------------------

    def _update_actions(self) -> None:
        act = self.actions
        on_item = self.item_number is not None and self.writable
        act.highlight.setEnabled(on_item)
        act.highlight_comment.setEnabled(on_item)
        act.star.setEnabled(on_item)
        act.mark_unread.setEnabled(on_item)
        act.star.setChecked(self.item_number is not None and MarkKind.STAR in self._marks.get(self.item_number, set()))
        has_target = self.writable and self._target_highlight() is not None
        act.remove_highlight.setEnabled(has_target)
        act.edit_comment.setEnabled(has_target)
        exportable = self.store is not None and self.meeting is not None
        act.export_notes.setEnabled(exportable)
        act.print_notes.setEnabled(exportable)
        self._update_undo()

    def _can_annotate(self, quiet: bool = False) -> bool:
        if self.writable:
            return True
        if not quiet:
            reason = self.opening.read_only_reason() or self.tr("Your notes cannot be changed now.")
            self.window.statusBar().showMessage(reason, 8000)
        return False

    # --- messages -----------------------------------------------------------------------

    def _report(self, error: Exception) -> None:
        if isinstance(error, StorageError):
            self._show_error(error)
        else:
            self.window.statusBar().showMessage(self.tr("Only the item's own text can be highlighted."), 5000)

    def _show_error(self, error: StorageError) -> None:
        text = storage_error_text(error)
        self._error_shown = text
        self.window.show_message(text)

    def _clear_error(self) -> None:
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
        run(self.window, self.meeting, self.store)

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
        detail = self.window.message_label.text() or self.tr("The notes database cannot be written.")
        return ask_unsaved_choice(self.window, detail)

    def shutdown(self) -> None:
        """Close the store (taking a final backup); the window is going away."""
        self.read_timer.stop()
        self.backup_timer.stop()
        self.autosaver.discard()
        store, self.store = self.store, None
        if store is not None:
            try:
                store.close(backup=True)
            except StorageError:
                pass  # the notes are durable already; only the closing backup failed

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
            self.pane.title.setText(self.tr("My note on item %1").replace("%1", str(self.item_number)))
        self.pane.set_read_only(self.opening.read_only_reason())


__all__ = ["AnnotationController"]
