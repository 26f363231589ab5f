"""Undoable highlight changes for the window's QUndoStack (Edit > Undo / Redo).

A deleted highlight comes back with the same id (``AnnotationStore.merge`` re-adds a record by
id), so an export or sync made in between still refers to the same highlight.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from minutesapp.annotations import Highlight

translate = QCoreApplication.translate

Restore = Callable[[Highlight], None]  # put this exact record (id included) back in the store
Remove = Callable[[str], None]  # delete the highlight with this id


class AddHighlightCommand(QUndoCommand):
    """The highlight was already added when this is pushed; undo removes it, redo restores it."""

    def __init__(self, highlight: Highlight, restore: Restore, remove: Remove) -> None:
        super().__init__(translate("AnnotationCommands", "Highlight"))
        self.highlight = highlight
        self._restore, self._remove = restore, remove
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo: the store has it already
            self._first = False
            return
        self._restore(self.highlight)

    def undo(self) -> None:
        self._remove(self.highlight.id)


class DeleteHighlightCommand(QUndoCommand):
    """Deletes a highlight; undo re-adds the same record with the same id."""

    def __init__(self, highlight: Highlight, restore: Restore, remove: Remove) -> None:
        super().__init__(translate("AnnotationCommands", "Remove highlight"))
        self.highlight = highlight
        self._restore, self._remove = restore, remove

    def redo(self) -> None:
        self._remove(self.highlight.id)

    def undo(self) -> None:
        self._restore(self.highlight)
