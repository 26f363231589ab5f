"""The notes pane under the detail view: my note on the item, and the list of my highlights.

A view only: it shows what it is given and says what the user did through signals; saving,
the store and the undo stack are ``annotation_controller``'s. Everything the user wrote is
shown as plain text (QPlainTextEdit, QListWidget item texts): a note with ``<b>`` or
``<img src=...>`` in it shows exactly those characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutesapp.ui.highlight_style import swatch_icon

QUOTE_LIMIT = 240  # characters of a quote shown in the list (the whole one is in the text)
EntryIdRole = Qt.ItemDataRole.UserRole + 1
EntryKindRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class HighlightEntry:
    """One row of the highlight list: a placed highlight, or one "not found in this version"."""

    id: str
    colour: str
    quote: str
    comment: str = ""
    orphaned: bool = False


@dataclass(frozen=True)
class OtherNote:
    """Another note on the item in the editor (e.g. imported): shown read-only, never edited."""

    when: str  # its last change, as local time
    text: str


@dataclass(frozen=True)
class LooseNote:
    """A note shown read-only in the list: its item is gone from this version, or an extra one."""

    title: str
    text: str


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class NoteEditor(QPlainTextEdit):
    """A plain-text note field that says when it loses focus (the note is saved then).

    Signals:
        focus_lost(): keyboard focus left the editor.
    """

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class NotesPane(QWidget):
    """Note editor (left) and highlight list (right), with a header row of tool buttons.

    Signals:
        note_edited(): the user changed the note text (not emitted by ``show_note``).
        note_focus_lost(): the editor lost focus.
        highlight_activated(str): a highlight row was clicked/activated (its id).
    """

    note_edited = Signal()
    note_focus_lost = Signal()
    highlight_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.read_only_label = QLabel(self)
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setAutoFillBackground(True)
        self.read_only_label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.read_only_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.read_only_label.setContentsMargins(6, 4, 6, 4)
        self.read_only_label.hide()

        self.editor = NoteEditor(self)
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.focus_lost.connect(self.note_focus_lost)
        self.other_notes_title = QLabel(self)  # the item's other notes: read-only, in full
        self.other_notes_title.setTextFormat(Qt.TextFormat.PlainText)
        self.other_notes_title.setWordWrap(True)
        self.other_notes = QPlainTextEdit(self)
        self.other_notes.setReadOnly(True)
        self.other_notes.setTabChangesFocus(True)
        self.other_notes.setBackgroundRole(QPalette.ColorRole.Window)
        self._other_count = 0
        self.other_notes_title.hide()
        self.other_notes.hide()

        self.list_title = QLabel(self)
        self.list_title.setTextFormat(Qt.TextFormat.PlainText)
        self.list_title.setFont(font)
        self.highlights = QListWidget(self)
        self.highlights.setWordWrap(True)
        self.highlights.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.highlights.setIconSize(QSize(12, 12))
        self.highlights.setSpacing(2)
        self.highlights.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.highlights.itemActivated.connect(self._on_activated)
        self.highlights.itemClicked.connect(self._on_activated)
        self.remove_button = QToolButton(self)  # the controller ties these to its actions
        self.comment_button = QToolButton(self)
        for button in (self.remove_button, self.comment_button):
            button.setAutoRaise(True)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.tool_row = QHBoxLayout()  # the controller puts star/highlight buttons here
        self.tool_row.setContentsMargins(0, 0, 0, 0)
        self.tool_row.setSpacing(2)
        for label in (self.title, self.status, self.list_title):  # long texts must not widen the window
            label.setMinimumWidth(40)  # below its text's width: it may be cut, never widens the window
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title)
        header.addSpacing(6)
        header.addLayout(self.tool_row)
        header.addStretch(1)
        header.addWidget(self.status)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        left_layout.addWidget(self.read_only_label)
        left_layout.addWidget(self.editor, 2)
        left_layout.addWidget(self.other_notes_title)
        left_layout.addWidget(self.other_notes, 1)
        self.editor.setMinimumWidth(120)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2)
        list_buttons = QHBoxLayout()
        list_buttons.setContentsMargins(0, 0, 0, 0)
        list_buttons.setSpacing(2)
        list_buttons.addWidget(self.empty_label, 1)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.comment_button)
        list_buttons.addWidget(self.remove_button)
        right_layout.addWidget(self.list_title)
        right_layout.addWidget(self.highlights, 1)
        right_layout.addLayout(list_buttons)
        self.highlights.setMinimumWidth(120)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        self._count = 0
        self.retranslate()

    # --- the note -----------------------------------------------------------------------

    def show_note(self, title: str, text: str) -> None:
        """Put an item's note in the editor (a fresh undo history; no ``note_edited``)."""
        self._loading = True
        try:
            self.title.setText(title)
            self.editor.setPlainText(text)
            self.editor.document().clearUndoRedoStacks()
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        finally:
            self._loading = False

    def note_text(self) -> str:
        return self.editor.toPlainText()

    def show_other_notes(self, notes: list[OtherNote]) -> None:
        """The item's other notes under the editor, read-only and in full (hidden when none)."""
        self._other_count = len(notes)
        blocks = [f"{self.tr('Note changed %1:').replace('%1', n.when)}\n{n.text}" for n in notes]
        self.other_notes.setPlainText("\n\n".join(blocks))
        self.other_notes_title.setVisible(bool(notes))
        self.other_notes.setVisible(bool(notes))
        self._update_other_title()

    def other_notes_text(self) -> str:
        return self.other_notes.toPlainText() if self._other_count else ""

    def _update_other_title(self) -> None:
        self.other_notes_title.setText(
            self.tr("Other notes on this item (%1), read-only: your typing goes into the note above.").replace(
                "%1", str(self._other_count)
            )
        )

    def set_note_enabled(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)

    def set_read_only(self, reason: str | None) -> None:
        """Read-only store: the editor cannot be typed in, and the reason is shown above it."""
        self.editor.setReadOnly(reason is not None)
        self.read_only_label.setText(reason or "")
        self.read_only_label.setVisible(reason is not None)

    def set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        palette = self.status.palette()
        colour = _error_colour(self.palette()) if error else self.palette().color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.status.setPalette(palette)
        font = self.status.font()
        font.setBold(error)
        self.status.setFont(font)

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.note_edited.emit()

    # --- the highlight list -------------------------------------------------------------

    def show_highlights(self, placed: list[HighlightEntry], orphans: list[HighlightEntry], loose: list[LooseNote]) -> None:
        """Fill the list: this item's highlights, then what was not found in this version."""
        current = self.current_highlight_id()
        self.highlights.clear()
        for entry in placed:
            self._add_entry(entry)
        if orphans or loose:
            self._add_header(self.tr("Not found in this version"))
            for entry in orphans:
                self._add_entry(entry)
            for note in loose:
                self._add_loose(note)
        self._count = len(placed)
        self._update_titles()
        if current is not None:
            self.select_highlight(current)

    def _add_entry(self, entry: HighlightEntry) -> None:
        text = f"“{shorten(entry.quote)}”"
        if entry.comment:
            text += "\n" + shorten(entry.comment, 400)
        item = QListWidgetItem(swatch_icon(entry.colour), text)
        item.setData(EntryIdRole, entry.id)
        item.setData(EntryKindRole, "orphan" if entry.orphaned else "placed")
        if entry.orphaned:
            item.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        self.highlights.addItem(item)

    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(EntryKindRole, "header")
        self.highlights.addItem(item)

    def _add_loose(self, note: LooseNote) -> None:
        heading = self.tr("Note on %1:").replace("%1", note.title)
        item = QListWidgetItem(f"{heading}\n{shorten(note.text, 600)}")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(EntryKindRole, "note")
        item.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
        self.highlights.addItem(item)

    def entry_texts(self) -> list[str]:
        """The list's rows as shown (for tests and accessibility checks)."""
        return [self.highlights.item(row).text() for row in range(self.highlights.count())]

    def current_highlight_id(self) -> str | None:
        item = self.highlights.currentItem()
        if item is None or item.data(EntryKindRole) not in ("placed", "orphan"):
            return None
        return item.data(EntryIdRole)

    def current_is_placed(self) -> bool:
        item = self.highlights.currentItem()
        return item is not None and item.data(EntryKindRole) == "placed"

    def select_highlight(self, highlight_id: str) -> bool:
        for row in range(self.highlights.count()):
            item = self.highlights.item(row)
            if item.data(EntryIdRole) == highlight_id:
                self.highlights.setCurrentItem(item)
                return True
        return False

    def _on_activated(self, item: QListWidgetItem) -> None:
        if item.data(EntryKindRole) == "placed":
            self.highlight_activated.emit(item.data(EntryIdRole))

    def _update_titles(self) -> None:
        self.list_title.setText(self.tr("Highlights (%1)").replace("%1", str(self._count)))
        self.empty_label.setVisible(self.highlights.count() == 0)
        self.remove_button.setVisible(self.highlights.count() > 0)
        self.comment_button.setVisible(self.highlights.count() > 0)

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(
            self.tr("Write your note on this item here. It is saved by itself while you write.")
        )
        self.editor.setAccessibleName(self.tr("My note"))
        self.highlights.setAccessibleName(self.tr("My highlights"))
        self.other_notes.setAccessibleName(self.tr("Other notes on this item"))
        self._update_other_title()
        self.empty_label.setText(self.tr("Select text above and press Ctrl+H to highlight it."))
        self._update_titles()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


def _error_colour(palette: QPalette) -> QColor:
    """A red that reads on the window background (lighter on dark themes)."""
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    return QColor("#ff7b72") if dark else QColor("#b3261e")
