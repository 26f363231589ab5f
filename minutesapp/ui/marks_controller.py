"""Stars and read marks on items, and the marks the table of contents shows for them.

An item shown for ``READ_DELAY_MS`` counts as read (quietly: a failure to record that only goes
to the status bar). The tree's "notes" mark is derived here too, from the note texts and the
highlights, so every change ends in ``update_marks``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from minutesapp.annotations import MarkKind, StorageError
from minutesapp.ui.annotation_messages import storage_error_text
from minutesapp.ui.meeting_model import MARK_NOTES, MARK_READ, MARK_STARRED

if TYPE_CHECKING:
    from minutesapp.ui.annotation_controller import AnnotationController

READ_DELAY_MS = 1500  # an item shown this long counts as read


class MarksController(QObject):
    """Star / unstar, read / unread for the item on screen; keeps the tree's marks current."""

    def __init__(self, host: AnnotationController) -> None:
        super().__init__(host)
        self.host = host
        self.kinds: dict[int, set[MarkKind]] = {}  # item number -> the marks the store has
        self.read_delay_ms = READ_DELAY_MS
        self.read_timer = QTimer(self)
        self.read_timer.setSingleShot(True)
        self.read_timer.timeout.connect(self._mark_current_read)

    def meeting_opened(self) -> None:
        """Take the marks of the newly attached meeting and show them all in the tree."""
        found = self.host.annotations
        self.kinds = {n: set(kinds) for n, kinds in found.marks.items()} if found else {}
        if found is not None:
            model = self.host.window.model
            model.set_all_marks({n: self.model_marks(n) for n in model.item_numbers()})

    def is_starred(self, number: int | None) -> bool:
        return number is not None and MarkKind.STAR in self.kinds.get(number, set())

    # --- changing -----------------------------------------------------------------------

    def set_starred(self, on: bool) -> None:
        self._set_mark(MarkKind.STAR, on)

    def mark_unread(self) -> None:
        self.read_timer.stop()
        self._set_mark(MarkKind.READ, False)

    def restart_read_timer(self) -> None:
        """A new item is on screen: it becomes read after the delay unless it already is."""
        self.read_timer.stop()
        number = self.host.item_number
        if number is not None and MarkKind.READ not in self.kinds.get(number, set()):
            self.read_timer.start(self.read_delay_ms)

    def _mark_current_read(self) -> None:
        if self.host.writable and self.host.item_number is not None:
            self._set_mark(MarkKind.READ, True, quiet=True)

    def _set_mark(self, kind: MarkKind, on: bool, quiet: bool = False) -> None:
        host = self.host
        number = host.item_number
        if number is None or host.meeting is None or host.store is None or not host.can_annotate(quiet):
            host.update_actions()
            return
        try:
            host.store.set_mark(host.meeting, number, kind, on)
        except StorageError as exc:
            if quiet:
                host.window.statusBar().showMessage(storage_error_text(exc), 5000)
            else:
                host.show_error(exc)
            host.update_actions()
            return
        kinds = self.kinds.setdefault(number, set())
        (kinds.add if on else kinds.discard)(kind)
        self.update_marks(number)

    # --- the tree -----------------------------------------------------------------------

    def model_marks(self, number: int) -> frozenset[str]:
        """The tree's marks for an item: read, starred, and "notes" when it has a note or highlight."""
        kinds = self.kinds.get(number, set())
        marks = set()
        if MarkKind.READ in kinds:
            marks.add(MARK_READ)
        if MarkKind.STAR in kinds:
            marks.add(MARK_STARRED)
        found = self.host.annotations
        has_highlights = found is not None and bool(found.highlights_on(number))
        if self.host.notes.has_text(number) or has_highlights:
            marks.add(MARK_NOTES)
        return frozenset(marks)

    def update_marks(self, number: int) -> None:
        window = self.host.window
        marks = self.model_marks(number)
        if window.model.item_marks(number) != marks:
            window.model.set_item_marks(number, marks)
            window.toc.proxy.marks_changed()
        self.host.update_actions()

    def update_all_marks(self) -> None:
        for number in self.host.window.model.item_numbers():
            self.update_marks(number)


__all__ = ["READ_DELAY_MS", "MarksController"]
