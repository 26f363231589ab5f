"""The middle pane: one read-only QTextBrowser showing the selected item's whole document.

One QTextDocument per item keeps the item's plain text (and its offsets) stable, so a later issue
can paint highlights with ``apply_format_ranges``. Find hits are drawn as extra selections, which
never touch the document's own formats.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from minutesapp.model import AgendaItem, Meeting
from minutesapp.ui.item_document import (
    TOGGLE_SCHEME,
    ItemDocument,
    build_item_document,
    build_meeting_document,
)


class ItemView(QTextBrowser):
    """Shows an item, the meeting header, or a hint; text is selectable and copyable.

    Signals:
        shown(): a new item or meeting document is on screen.
    """

    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.anchorClicked.connect(self._on_anchor)
        self._meeting: Meeting | None = None
        self._item: AgendaItem | None = None
        self._item_meeting: Meeting | None = None
        self._current: ItemDocument | None = None
        self._hint = ""
        self._font_size = self.font().pointSize()
        self._hits: list[QTextCursor] = []
        self._hit_index = -1

    # --- content ------------------------------------------------------------------------

    @property
    def item(self) -> AgendaItem | None:
        return self._item

    @property
    def item_document(self) -> ItemDocument | None:
        return self._current

    def show_item(self, item: AgendaItem, meeting: Meeting | None = None) -> None:
        """``meeting`` (the item's own) puts the decision taken there first."""
        self._meeting, self._item, self._item_meeting = None, item, meeting
        self._install(build_item_document(item, self.palette(), self._base_font(), meeting))

    def show_meeting(self, meeting: Meeting) -> None:
        self._meeting, self._item = meeting, None
        self._install(build_meeting_document(meeting, self.palette(), self._base_font()))

    def show_hint(self, text: str) -> None:
        """A plain message in place of an item (no document loaded)."""
        self._meeting, self._item, self._hint = None, None, text
        self._current = None
        self._hits = []
        doc = QTextDocument(self)
        doc.setDefaultFont(self._base_font())
        doc.setDocumentMargin(14)
        doc.setPlainText(text)
        self.setDocument(doc)
        self.setExtraSelections([])

    def rebuild(self) -> None:
        """Re-render after a palette or language change (formats and labels are baked in)."""
        if self._item is not None:
            self.show_item(self._item, self._item_meeting)
        elif self._meeting is not None:
            self.show_meeting(self._meeting)

    def _install(self, item_document: ItemDocument) -> None:
        item_document.document.setParent(self)  # Qt deletes the previous one: it is our child too
        self._current = item_document
        self.setDocument(item_document.document)
        self._hits = []
        self._hit_index = -1
        self.setExtraSelections([])
        self.verticalScrollBar().setValue(0)
        self.shown.emit()

    def _on_anchor(self, url: QUrl) -> None:
        href = url.toString()
        if href.startswith(TOGGLE_SCHEME) and self._current is not None:
            self._current.toggle(href[len(TOGGLE_SCHEME) :])

    # --- text for other features --------------------------------------------------------

    def displayed_text(self) -> str:
        """The shown item's plain text; offsets into it are what ``apply_format_ranges`` takes."""
        return self.document().toPlainText()

    def apply_format_ranges(self, ranges: Iterable[tuple[int, int, QTextCharFormat]]) -> None:
        """Merge char formats into [start, end) ranges of the displayed text (e.g. highlights)."""
        doc = self.document()
        limit = doc.characterCount() - 1
        for start, end, fmt in ranges:
            start, end = max(0, start), min(end, limit)
            if start >= end:
                continue
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def reveal_range(self, start: int, end: int) -> None:
        """Select [start, end) of the displayed text and scroll it into view (opening its section)."""
        limit = self.document().characterCount() - 1
        start, end = max(0, min(start, limit)), max(0, min(end, limit))
        self._expand_around(start)
        cursor = QTextCursor(self.document())
        cursor.setPosition(end)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- font size ----------------------------------------------------------------------

    def _base_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSize(self._font_size)
        return font

    def set_font_size(self, points: int) -> None:
        self._font_size = points
        self.document().setDefaultFont(self._base_font())

    def font_size(self) -> int:
        return self._font_size

    # --- find ---------------------------------------------------------------------------

    def find_all(self, query: str) -> int:
        """Mark every case-insensitive hit of ``query``; returns how many there are."""
        self._hits = []
        self._hit_index = -1
        doc = self.document()
        if query:
            cursor = doc.find(query, 0)
            while not cursor.isNull():
                self._hits.append(cursor)
                cursor = doc.find(query, cursor)
        self._paint_hits()
        return len(self._hits)

    def hit_count(self) -> int:
        return len(self._hits)

    def current_hit(self) -> int:
        return self._hit_index

    def select_hit(self, index: int) -> None:
        """Make hit ``index`` the current one (a negative index counts from the end)."""
        if not self._hits:
            return
        self._hit_index = index % len(self._hits)
        self._paint_hits()
        cursor = self._hits[self._hit_index]
        self._expand_around(cursor.position())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def clear_hits(self) -> None:
        self._hits = []
        self._hit_index = -1
        self.setExtraSelections([])

    def _expand_around(self, position: int) -> None:
        if self._current is None:
            return
        block = self.document().findBlock(position).blockNumber()
        for key, section in self._current.sections.items():
            if section.collapsed and section.first_block <= block <= section.last_block:
                self._current.set_collapsed(key, False)

    def _paint_hits(self) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        other = QColor(highlight)
        other.setAlpha(70)
        selections = []
        for n, cursor in enumerate(self._hits):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            if n == self._hit_index:
                fmt.setBackground(highlight)
                fmt.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
            else:
                fmt.setBackground(other)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    # --- Qt events ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.rebuild()
