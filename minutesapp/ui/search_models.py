"""Search results as a list model, and the one place that turns a hit into HTML.

A ``SearchHit`` carries a plain-text snippet and the character spans of the matched words;
``hit_html`` escapes every piece of text before wrapping the spans in highlight markup, so
nothing from a document is ever read as HTML. ``HitDelegate`` paints that HTML with wrapping.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from minutesapp.library import SearchHit
from minutesapp.ui.formatting import format_date
from minutesapp.ui.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

UR = Qt.ItemDataRole.UserRole
HitRole = UR + 1  # SearchHit
HtmlRole = UR + 2  # str: the row as (escaped) HTML for the delegate

HIGHLIGHT_STYLE = "background-color:#ffe27a; color:#000000; font-weight:bold"


def section_label(section: str) -> str:
    """What the section a hit was found in is called in the UI."""
    labels = {
        "title": translate("SearchResults", "Title"),
        "resume": translate("SearchResults", "Summary"),
        "indstilling": translate("SearchResults", "Recommendation"),
        "sagsfremstilling": translate("SearchResults", "Case presentation"),
        "beslutning": translate("SearchResults", "Decision"),
        "bilag": translate("SearchResults", "Attachments"),
        "procedure": translate("SearchResults", "Procedure"),
        "other": translate("SearchResults", "Text"),
        "notes": translate("SearchResults", "My notes"),
    }
    return labels.get(section, section)


def snippet_html(snippet: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The snippet escaped, with each matched span highlighted (overlaps and bad spans ignored)."""
    parts: list[str] = []
    position = 0
    for start, end in sorted(spans):
        start, end = max(start, position), min(end, len(snippet))
        if start >= end:
            continue
        parts.append(html.escape(snippet[position:start]))
        parts.append(f'<span style="{HIGHLIGHT_STYLE}">{html.escape(snippet[start:end])}</span>')
        position = end
    parts.append(html.escape(snippet[position:]))
    return "".join(parts)


def hit_html(hit: SearchHit, muted_color: str = "#666666") -> str:
    """Title line, where-line (body · date · item · section) and the highlighted snippet."""
    item_label = translate("SearchResults", "Item %1").replace("%1", str(hit.item))
    where = " · ".join(p for p in (hit.body, format_date(hit.date), item_label, section_label(hit.section)) if p)
    return (f"<div><b>{html.escape(hit.title)}</b></div>"
            f'<div style="color:{html.escape(muted_color)}">{html.escape(where)}</div>'
            f"<div>{snippet_html(hit.snippet, hit.spans)}</div>")


class SearchResultsModel(QAbstractListModel):
    """One row per hit, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._html: list[str] = []
        self.muted_color = "#666666"

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._html = [hit_html(h, self.muted_color) for h in self._hits]
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.title} — {hit.body or ''} {hit.date or ''}: {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(hit.file)
        if role == HitRole:
            return hit
        if role == HtmlRole:
            return self._html[index.row()]
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints a row's ``HtmlRole`` wrapped to the list's width."""

    PADDING = 6

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: ModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(self.PADDING)
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HtmlRole) or "")
        width = max(self._view.viewport().width(), 200)
        document.setTextWidth(width)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)
