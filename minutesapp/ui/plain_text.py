"""Showing document, user and path text literally wherever Qt would guess "rich text".

Tooltips, QLabels and QMessageBox texts are rendered as HTML when ``Qt.mightBeRichText``
guesses so, and a title from a hostile file such as ``<img src=/dev/zero>`` then makes Qt
load that "image" (it aborts with bad_alloc or eats memory). Every piece of text that did not
come from our own translations goes through one of these helpers before it reaches such a
widget or role.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_tooltip(text: str | None) -> str:
    """``text`` as a tooltip that shows literally: escaped HTML, line breaks kept.

    A tooltip has no text-format switch, so the text is escaped and wrapped in ``<qt>``; that
    forces rich text, which shows the escaped characters as written (and wraps long lines).
    An empty text stays empty: no tooltip at all.
    """
    if not text:
        return ""
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def plain_label(parent: QWidget | None = None, text: str = "") -> QLabel:
    """A QLabel that never reads its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_message_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None) -> QMessageBox:
    """A QMessageBox whose text and informative text are shown literally.

    ``setTextFormat`` covers the informative text too (Qt copies the format to that label,
    in whichever order the two are set); the detailed text is always plain.
    """
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def menu_text(text: str) -> str:
    """``text`` for a menu entry or button: a literal "&" doubled so it is no mnemonic."""
    return text.replace("&", "&&")
