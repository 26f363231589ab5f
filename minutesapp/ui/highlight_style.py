"""Highlight colours and painting them into the detail view's document.

A colour is stored by name ("yellow", ...; the export knows the same names). On screen it is
mixed into the palette's base colour, lightly on a light background and darker on a dark one,
so the text's own colour stays readable in both modes. Painting merges a background into the
characters' formats; clearing removes only that background, so bold/size stay as built.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

translate = QCoreApplication.translate

HIGHLIGHT_PROPERTY = QTextFormat.Property.UserProperty + 1  # marks our backgrounds (the highlight id)


@dataclass(frozen=True)
class HighlightColour:
    name: str  # as stored
    strong: str  # "#rrggbb": the swatch, and what is mixed into the background


COLOURS: tuple[HighlightColour, ...] = (
    HighlightColour("yellow", "#f5c400"),
    HighlightColour("green", "#3fb950"),
    HighlightColour("blue", "#4a90e2"),
    HighlightColour("pink", "#e8589a"),
)
DEFAULT_COLOUR = "yellow"


def colour_label(name: str) -> str:
    """The colour's name in the UI language (unknown stored names are shown as stored)."""
    labels = {
        "yellow": translate("Highlights", "Yellow"),
        "green": translate("Highlights", "Green"),
        "blue": translate("Highlights", "Blue"),
        "pink": translate("Highlights", "Pink"),
    }
    return labels.get(name, name)


def strong_colour(name: str) -> QColor:
    for colour in COLOURS:
        if colour.name == name:
            return QColor(colour.strong)
    parsed = QColor(name)
    return parsed if parsed.isValid() else QColor("#9a9a9a")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def background_colour(name: str, palette: QPalette) -> QColor:
    """The on-screen fill: the colour mixed into the base, text colour left as it is."""
    base = palette.color(QPalette.ColorRole.Base)
    strong = strong_colour(name)
    amount = 0.42 if is_dark(palette) else 0.38
    return QColor.fromRgbF(
        base.redF() + (strong.redF() - base.redF()) * amount,
        base.greenF() + (strong.greenF() - base.greenF()) * amount,
        base.blueF() + (strong.blueF() - base.blueF()) * amount,
    )


def swatch_icon(name: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(strong_colour(name).darker(130))
    painter.setBrush(strong_colour(name))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def clear_highlights(document: QTextDocument) -> None:
    """Take every highlight background out of the document (other formats stay)."""
    painted: list[tuple[int, int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().hasProperty(HIGHLIGHT_PROPERTY):
                painted.append((fragment.position(), fragment.length(), fragment.charFormat()))
            it += 1
        block = block.next()
    # Changing formats re-splits fragments, so change them only after walking them all.
    cursor = QTextCursor(document)
    for position, length, fmt in painted:
        fmt.clearBackground()
        fmt.clearProperty(HIGHLIGHT_PROPERTY)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


def highlight_format(name: str, highlight_id: str, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(background_colour(name, palette))
    fmt.setProperty(HIGHLIGHT_PROPERTY, highlight_id)
    return fmt


def highlight_ranges(
    placed: Iterable[tuple[str, str, list[tuple[int, int]]]], palette: QPalette
) -> list[tuple[int, int, QTextCharFormat]]:
    """(id, colour, view ranges) → what ``ItemView.apply_format_ranges`` takes."""
    return [
        (start, end, highlight_format(colour, highlight_id, palette))
        for highlight_id, colour, ranges in placed
        for start, end in ranges
    ]


def highlight_id_at(document: QTextDocument, position: int) -> str | None:
    """The id of the highlight painted on the character at ``position``, if any."""
    cursor = QTextCursor(document)
    cursor.setPosition(min(position + 1, document.characterCount() - 1))
    value = cursor.charFormat().property(HIGHLIGHT_PROPERTY)
    return str(value) if value else None


__all__ = [
    "COLOURS",
    "DEFAULT_COLOUR",
    "HIGHLIGHT_PROPERTY",
    "background_colour",
    "clear_highlights",
    "colour_label",
    "highlight_format",
    "highlight_id_at",
    "highlight_ranges",
    "swatch_icon",
]
