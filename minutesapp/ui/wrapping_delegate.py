"""Item titles in the tree wrap onto more lines instead of being cut off with "…".

Agenda titles are long ("Svar på forslag fra DD om principbeslutning om at sikre ..."); the tree
is narrow. QTreeView paints wrapped text when ``wordWrap`` is on, but asks the delegate for the
row height without telling it the column width, so the delegate measures against the view's
current width, and ``WrappingTreeView`` re-lays out its rows whenever that width changes.

Annotation marks (``MarksRole``: starred, has my notes) are drawn as small glyphs at the right
edge of a row, in a strip the text wraps around.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from minutesapp.ui.meeting_model import MARK_NOTES, MARK_STARRED, MarksRole

STAR_GLYPH = "\u2605"  # ★
NOTE_GLYPH = "\u270e"  # ✎
STAR_COLOUR = QColor("#e0a800")  # a gold that reads on light and dark rows


def mark_glyphs(index: QModelIndex | QPersistentModelIndex) -> list[str]:
    marks = index.data(MarksRole) or frozenset()
    glyphs = []
    if MARK_STARRED in marks:
        glyphs.append(STAR_GLYPH)
    if MARK_NOTES in marks:
        glyphs.append(NOTE_GLYPH)
    return glyphs


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
        width = self._view.viewport().width() - indent - icon - 2 * margin - 2 - self._marks_width(opt, index)
        if width <= 40 or not opt.text:
            return base
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(base.width(), max(base.height(), bounds.height() + 2 * margin + 2))

    def _marks_width(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        glyphs = mark_glyphs(index)
        if not glyphs:
            return 0
        return option.fontMetrics.horizontalAdvance("".join(glyphs)) + 4 * len(glyphs) + 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        glyphs = mark_glyphs(index)
        if not glyphs:
            super().paint(painter, option, index)
            return
        reserved = self._marks_width(option, index)
        # The selection/hover background spans the whole row; only the text keeps clear of the marks.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        background.icon = QIcon()
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, self._view)
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = option.rect.adjusted(0, 0, -reserved, 0)
        narrowed.state &= ~QStyle.StateFlag.State_Selected & ~QStyle.StateFlag.State_MouseOver & ~QStyle.StateFlag.State_HasFocus
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            narrowed.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        super().paint(painter, narrowed, index)
        painter.save()
        x = option.rect.right() - reserved + 4
        for glyph in glyphs:
            colour = STAR_COLOUR if glyph == STAR_GLYPH else option.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
            painter.setPen(colour)
            painter.setFont(option.font)
            advance = option.fontMetrics.horizontalAdvance(glyph)
            target = QRect(x, option.rect.top(), advance + 2, option.fontMetrics.height() + 4)
            painter.drawText(target, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, glyph)
            x += advance + 4
        painter.restore()
