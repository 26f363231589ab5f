"""Item titles in the tree wrap onto more lines instead of being cut off with "…".

Agenda titles are long ("Svar på forslag fra DD om principbeslutning om at sikre ..."); the tree
is narrow. QTreeView paints wrapped text when ``wordWrap`` is on, but asks the delegate for the
row height without telling it the column width, so the delegate measures against the view's
current width, and ``WrappingTreeView`` re-lays out its rows whenever that width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget


class WrappingTreeView(QTreeView):
    """A tree whose rows wrap their text (see ``WrappingDelegate``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(WrappingDelegate(self))
        self._laid_out_width = -1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self._laid_out_width:
            self._laid_out_width = width
            self.doItemsLayout()  # row heights depend on the width


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)

    def _depth(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = 0 if self._view.rootIsDecorated() else -1
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        return max(depth, 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        base = super().sizeHint(option, index)
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, self._view) + 1
        icon = opt.decorationSize.width() + 2 * margin if not opt.icon.isNull() else 0
        indent = self._view.indentation() * (self._depth(index) + 1)
        width = self._view.viewport().width() - indent - icon - 2 * margin - 2
        if width <= 40 or not opt.text:
            return base
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(base.width(), max(base.height(), bounds.height() + 2 * margin + 2))
