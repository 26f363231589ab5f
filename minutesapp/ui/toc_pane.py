"""The left pane: a filter box and a marks filter above the table-of-contents tree (meeting → items)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from minutesapp.ui.meeting_model import (
    MARK_NOTES,
    MARK_STARRED,
    ItemNumberRole,
    MeetingFilterProxy,
    MeetingTreeModel,
    NodeKind,
    NodeKindRole,
)
from minutesapp.ui.wrapping_delegate import WrappingTreeView


class TocPane(QWidget):
    """Filter box and tree; tells the window which row is selected.

    Signals:
        item_selected(int): an item row became current (its number).
        meeting_selected(): the meeting (root) row became current.
    """

    item_selected = Signal(int)
    meeting_selected = Signal()

    def __init__(self, model: MeetingTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.marks_filter = QComboBox(self)
        self.marks_filter.addItems(["", "", ""])
        self.marks_filter.setItemData(0, None)
        self.marks_filter.setItemData(1, MARK_NOTES)
        self.marks_filter.setItemData(2, MARK_STARRED)
        self.marks_filter.currentIndexChanged.connect(self._on_marks_filter_changed)
        # Wide enough for its longest entry in the current language; the filter box takes the rest.
        self.marks_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_edit.setMinimumWidth(40)

        self.tree = WrappingTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self.tree.expandAll)
        self.proxy.layoutChanged.connect(self.tree.expandAll)
        self.proxy.rowsInserted.connect(self.tree.expandAll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(4)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.marks_filter)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    # --- selection ----------------------------------------------------------------------

    def select_item(self, number: int) -> bool:
        """Make item ``number`` current (clearing a filter that hides it); False if unknown."""
        source = self.model.index_for_item(number)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.set_marks_filter(None)
            index = self.proxy.mapFromSource(source)
        self._make_current(index)
        return True

    def select_meeting(self) -> None:
        index = self.proxy.mapFromSource(self.model.meeting_index())
        if index.isValid():
            self._make_current(index)

    def _make_current(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index)

    def current_item_number(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(ItemNumberRole) if index.isValid() else None

    def visible_item_numbers(self) -> list[int]:
        """Item numbers in tree order as the filter currently shows them."""
        root = self.proxy.index(0, 0)
        return [self.proxy.index(r, 0, root).data(ItemNumberRole) for r in range(self.proxy.rowCount(root))]

    def step_item(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) visible item, from wherever the selection is."""
        numbers = self.visible_item_numbers()
        if not numbers:
            return
        current = self.current_item_number()
        if current not in numbers:
            target = numbers[0] if delta > 0 else numbers[-1]
        else:
            position = numbers.index(current) + delta
            if not 0 <= position < len(numbers):
                return
            target = numbers[position]
        self.select_item(target)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        kind = current.data(NodeKindRole)
        if kind is NodeKind.ITEM:
            self.item_selected.emit(current.data(ItemNumberRole))
        elif kind is NodeKind.MEETING:
            self.meeting_selected.emit()

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.tree.expandAll()
        current = self.tree.currentIndex()
        if not current.isValid():
            first_root = self.proxy.index(0, 0)
            first_item = self.proxy.index(0, 0, first_root)
            if first_item.isValid() and text.strip():
                self.tree.setCurrentIndex(first_item)

    def set_marks_filter(self, mark: str | None) -> None:
        """Show only items with ``mark`` ("notes", "starred"), or all (None)."""
        for row in range(self.marks_filter.count()):
            if self.marks_filter.itemData(row) == mark:
                self.marks_filter.setCurrentIndex(row)
                return

    def _on_marks_filter_changed(self, row: int) -> None:
        self.proxy.set_required_mark(self.marks_filter.itemData(row))
        self.tree.expandAll()

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        # A short placeholder: the pane is narrow and the marks filter sits beside it.
        self.filter_edit.setPlaceholderText(self.tr("Filter items"))
        self.filter_edit.setToolTip(self.tr("Narrow the list by title, case number or text"))
        self.filter_edit.setAccessibleName(self.tr("Filter items"))
        self.tree.setAccessibleName(self.tr("Table of contents"))
        self.marks_filter.setItemText(0, self.tr("All items"))
        self.marks_filter.setItemText(1, self.tr("With my notes"))
        self.marks_filter.setItemText(2, self.tr("Starred"))
        self.marks_filter.setAccessibleName(self.tr("Show items"))
        self.marks_filter.setToolTip(self.tr("Show all items, only those with your notes, or only starred ones"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
