"""Highlights in the detail view: adding, commenting, removing, undo, and the pane's list.

Offsets between the detail view and the store's ``item_text`` go through
``highlight_mapping.OffsetMap`` (the host makes one each time an item is shown; it aligns the
texts only when first asked, i.e. when the item has highlights or the user adds one). Changes go
through a ``QUndoStack``; Edit > Undo routes to the note editor instead while it has focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QInputDialog

from minutesapp.annotations import Highlight, StorageError, StorageErrorCode, attach
from minutesapp.ui.annotation_commands import AddHighlightCommand, DeleteHighlightCommand
from minutesapp.ui.highlight_style import clear_highlights, highlight_id_at, highlight_ranges, swatch_icon
from minutesapp.ui.notes_pane import HighlightEntry, LooseNote

if TYPE_CHECKING:
    from minutesapp.ui.annotation_controller import AnnotationController


class HighlightController(QObject):
    """The highlights of the item on screen, their undo stack and the Edit > Undo routing."""

    def __init__(self, host: AnnotationController) -> None:
        super().__init__(host)
        self.host = host
        self.view = host.view
        self.pane = host.pane
        self.actions = host.actions
        self.undo_stack = QUndoStack(self)
        self._context_highlight: str | None = None  # the one right-clicked, while its menu is open
        self._connect()

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
        self.view.customContextMenuRequested.connect(self._view_menu)
        self.pane.highlight_activated.connect(self.reveal_highlight)
        self.undo_stack.canUndoChanged.connect(self.update_undo)
        self.undo_stack.canRedoChanged.connect(self.update_undo)
        self.pane.editor.undoAvailable.connect(self.update_undo)
        self.pane.editor.redoAvailable.connect(self.update_undo)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.update_undo)

    def _status(self, text: str) -> None:
        self.host.window.statusBar().showMessage(text, 5000)

    # --- adding and removing ------------------------------------------------------------

    def highlight_selection(self, colour: str | None = None, comment: str = "") -> Highlight | None:
        """Highlight the detail view's selection in ``colour`` (the chosen one by default)."""
        host = self.host
        cursor = self.view.textCursor()
        if not host.can_annotate() or host.offsets is None:
            return None
        if not cursor.hasSelection():
            self._status(self.tr("Select some text of the item first."))
            return None
        span = host.offsets.to_source(cursor.selectionStart(), cursor.selectionEnd())
        if span is None:
            self._status(self.tr("Only the item's own text can be highlighted."))
            return None
        assert host.store is not None and host.meeting is not None and host.item_number is not None
        try:
            highlight = host.store.add_highlight(
                host.meeting, host.item_number, span[0], span[1], colour or self.actions.colour, comment
            )
        except StorageError as exc:
            host.show_error(exc)
            return None
        except ValueError:
            self._status(self.tr("Only the item's own text can be highlighted."))
            return None
        self.undo_stack.push(AddHighlightCommand(highlight, self._restore_highlight, self._delete_highlight))
        cursor.clearSelection()
        self.view.setTextCursor(cursor)
        self.reload()
        host.marks.update_marks(host.item_number)
        return highlight

    def remove_highlight(self, highlight_id: str | None = None) -> bool:
        """Delete a highlight (the one given, right-clicked, selected in the list, or under the cursor)."""
        highlight_id = highlight_id or self.target_highlight()
        self._context_highlight = None
        store = self.host.store
        if highlight_id is None or store is None or not self.host.can_annotate():
            return False
        record = store.get(highlight_id)
        if not isinstance(record, Highlight):
            return False
        self.undo_stack.push(DeleteHighlightCommand(record, self._restore_highlight, self._delete_highlight))
        return True

    def target_highlight(self) -> str | None:
        """The highlight an action applies to: right-clicked, chosen in the list, or under the cursor."""
        if self._context_highlight:
            return self._context_highlight
        if (chosen := self.pane.current_highlight_id()) is not None:
            return chosen
        return highlight_id_at(self.view.document(), self.view.textCursor().position())

    def _restore_highlight(self, highlight: Highlight) -> None:
        if self.host.store is not None:
            try:
                self.host.store.merge([highlight], [])
            except StorageError as exc:
                self.host.show_error(exc)
        self._after_change()

    def _delete_highlight(self, highlight_id: str) -> None:
        if self.host.store is not None:
            try:
                self.host.store.delete_highlight(highlight_id)
            except StorageError as exc:
                if exc.code is not StorageErrorCode.NOT_FOUND:
                    self.host.show_error(exc)
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.host.marks.update_all_marks()

    # --- showing ------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the meeting's annotations from the store, then repaint."""
        host = self.host
        if host.meeting is None or host.store is None:
            return
        try:
            host.annotations = attach(host.meeting, host.store)
        except StorageError as exc:
            host.show_error(exc)
        self.refresh()

    def refresh(self) -> None:
        """Paint this item's highlights into the detail view and list them in the pane."""
        host = self.host
        document = self.view.document()
        document.setUndoRedoEnabled(False)
        clear_highlights(document)
        if host.annotations is not None and host.offsets is not None and host.item_number is not None:
            placed = [
                (r.highlight.id, r.highlight.colour, host.offsets.to_view(r.start or 0, r.end or 0))
                for r in host.annotations.highlights_on(host.item_number)
            ]
            self.view.apply_format_ranges(highlight_ranges(placed, self.view.palette()))
        self.refresh_list()

    def refresh_list(self) -> None:
        """The pane's list: this item's highlights, then orphans and notes that lost their item."""
        host = self.host
        found = host.annotations
        if found is None:
            self.pane.show_highlights([], [], [])
            host.update_actions()
            return
        placed: list[HighlightEntry] = []
        if host.item_number is not None and host.offsets is not None:
            offsets = host.offsets  # its source text is made only when a highlight needs it
            for r in found.highlights_on(host.item_number):
                quote = offsets.source_text[r.start or 0 : r.end or 0] or r.quote
                placed.append(HighlightEntry(r.highlight.id, r.highlight.colour, quote, r.highlight.comment))
        orphans = [HighlightEntry(r.highlight.id, r.highlight.colour, r.quote, r.highlight.comment, True) for r in found.orphaned_highlights]
        loose = [LooseNote(f"{n.item.number}. {n.item.title}", n.text) for n in found.orphaned_notes]
        # The item's other notes are listed by the notes pane itself ("Andre noter"), not here.
        self.pane.show_highlights(placed, orphans, loose)
        host.update_actions()

    def reveal_highlight(self, highlight_id: str) -> bool:
        """Select a highlight's text in the detail view and scroll to it."""
        host = self.host
        if host.annotations is None or host.offsets is None or host.item_number is None:
            return False
        for r in host.annotations.highlights_on(host.item_number):
            if r.highlight.id == highlight_id:
                ranges = host.offsets.to_view(r.start or 0, r.end or 0)
                if ranges:
                    self.view.reveal_range(ranges[0][0], ranges[-1][1])
                    return True
        return False

    # --- comments, colours, the context menu --------------------------------------------

    def _highlight_with_comment(self) -> None:
        if not self.view.textCursor().hasSelection():
            self.highlight_selection()  # says what to do
            return
        comment, ok = QInputDialog.getMultiLineText(
            self.host.window, self.tr("Highlight with comment"), self.tr("Comment on the highlighted text:")
        )
        if ok:
            self.highlight_selection(comment=comment.strip())

    def _edit_comment(self) -> None:
        store = self.host.store
        highlight_id = self.target_highlight()
        self._context_highlight = None
        record = store.get(highlight_id) if (highlight_id and store) else None
        if store is None or not isinstance(record, Highlight) or not self.host.can_annotate():
            return
        comment, ok = QInputDialog.getMultiLineText(
            self.host.window, self.tr("Highlight comment"), self.tr("Comment on the highlighted text:"), record.comment
        )
        if not ok:
            return
        try:
            store.update_highlight(record.id, comment=comment.strip())
        except StorageError as exc:
            self.host.show_error(exc)
        self.reload()

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

    def update_undo(self, *_args: object) -> None:
        if self._editor_focused():
            doc = self.pane.editor.document()
            self.actions.undo.setEnabled(doc.isUndoAvailable())
            self.actions.redo.setEnabled(doc.isRedoAvailable())
        else:
            self.actions.undo.setEnabled(self.undo_stack.canUndo())
            self.actions.redo.setEnabled(self.undo_stack.canRedo())


__all__ = ["HighlightController"]
