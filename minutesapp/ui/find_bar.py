"""Find in document: a bar under the item view, and the walk over hits across the items the contents tree shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from minutesapp.model import Meeting
from minutesapp.ui.item_view import ItemView


class FindBar(QWidget):
    """Query field, previous/next, a hit counter, close.

    Signals:
        search_changed(str): the query was edited.
        step(int): +1 for next hit, -1 for previous (Enter / Shift+Enter, buttons).
        closed(): Escape or the close button.
    """

    search_changed = Signal(str)
    step = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.search_changed)
        self.edit.returnPressed.connect(lambda: self.step.emit(1))
        self.edit.installEventFilter(self)
        self._prev = QToolButton(self)
        self._prev.setArrowType(Qt.ArrowType.UpArrow)
        self._prev.clicked.connect(lambda: self.step.emit(-1))
        self._next = QToolButton(self)
        self._next.setArrowType(Qt.ArrowType.DownArrow)
        self._next.clicked.connect(lambda: self.step.emit(1))
        self.status = QLabel(self)
        self._close = QToolButton(self)
        self._close.setText("\u00d7")
        self._close.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self._label = QLabel(self)
        layout.addWidget(self._label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self._prev)
        layout.addWidget(self._next)
        layout.addWidget(self.status)
        layout.addWidget(self._close)
        self.retranslate()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.step.emit(-1)
                return True
        return super().eventFilter(watched, event)

    def show_status(self, searching: bool, current: int, count: int, items: int) -> None:
        """The hit counter: ``current`` of ``count`` hits in this item, ``items`` items with hits."""
        if not searching:
            self.status.clear()
        elif items == 0:
            self.status.setText(self.tr("No hits"))
        else:
            text = self.tr("%1 of %2 here · %3 items")
            self.status.setText(text.replace("%1", str(current)).replace("%2", str(count)).replace("%3", str(items)))

    def retranslate(self) -> None:
        self._label.setText(self.tr("Find:"))
        self.edit.setPlaceholderText(self.tr("Find in the minutes"))
        self.edit.setAccessibleName(self.tr("Find in the minutes"))
        self._prev.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self._prev.setAccessibleName(self.tr("Previous hit"))
        self._next.setToolTip(self.tr("Next hit (F3)"))
        self._next.setAccessibleName(self.tr("Next hit"))
        self._close.setToolTip(self.tr("Close find bar (Esc)"))
        self._close.setAccessibleName(self.tr("Close find bar"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


class CrossItemFinder:
    """Walks find hits through the current item, then on through the following items.

    Only items the contents tree shows take part: an item hidden by the filter box or the
    marks filter is skipped, so finding never undoes the reader's filter.
    ``item_text(number)`` gives an item's displayed plain text (to skip items without a hit
    cheaply); ``select_item(number)`` shows that item in the view; ``visible_items()`` gives
    the shown item numbers in tree order.
    """

    def __init__(
        self,
        view: ItemView,
        item_text: Callable[[int], str],
        select_item: Callable[[int], object],
        visible_items: Callable[[], list[int]],
    ) -> None:
        self._view = view
        self._item_text = item_text
        self._select_item = select_item
        self._visible_items = visible_items
        self.meeting: Meeting | None = None
        self.query = ""

    def set_query(self, query: str) -> None:
        """Mark the hits in the shown item; jump ahead to an item with hits when it has none."""
        self.query = query
        if not query:
            self._view.clear_hits()
            return
        item = self._view.item
        shown_here = item is not None and item.number in self._visible_items()
        if not shown_here:
            # The item on screen is filtered out: paint nothing there, go to a shown item's hit.
            self._view.clear_hits()
            self.step(1)
        elif self._view.find_all(query):
            self._view.select_hit(0)
        else:
            self.step(1)

    def refresh(self) -> None:
        """After the view changed item: mark the query's hits there (if a search is active)."""
        if self.query:
            self._view.find_all(self.query)

    def items_with_hits(self) -> list[int]:
        """Shown items whose text contains the query, in tree order."""
        if self.meeting is None or not self.query:
            return []
        needle = self.query.casefold()
        return [number for number in self._visible_items() if needle in self._item_text(number).casefold()]

    def step(self, direction: int) -> bool:
        """Go to the next (+1) or previous (-1) hit, wrapping round the meeting; False if none."""
        if not self.query or self.meeting is None:
            return False
        view = self._view
        numbers = self._visible_items()
        here = view.item.number if view.item is not None else None
        if here in numbers:
            if view.hit_count() == 0:
                view.find_all(self.query)
            count, current = view.hit_count(), view.current_hit()
            if count and 0 <= current + direction < count:
                view.select_hit(current + direction)
                return True
            if count and current == -1:
                view.select_hit(0 if direction > 0 else -1)
                return True
        if not numbers:
            return False
        start = numbers.index(here) if here in numbers else (-1 if direction > 0 else len(numbers))
        with_hits = set(self.items_with_hits())
        for offset in range(1, len(numbers) + 1):
            position = start + direction * offset
            number = numbers[position % len(numbers)]
            if number in with_hits:
                self._select_item(number)
                if view.find_all(self.query):
                    view.select_hit(0 if direction > 0 else -1)
                    return True
        return False

    def status(self) -> tuple[int, int, int]:
        """(current hit 1-based or 0, hits in this item, items with hits)."""
        return self._view.current_hit() + 1, self._view.hit_count(), len(self.items_with_hits())
