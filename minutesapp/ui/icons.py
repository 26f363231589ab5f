"""Small SVG icons from ``resources/icons``, drawn in a palette colour so dark mode works.

The SVGs paint with ``currentColor``; we substitute the colour of a palette role and render
at the screen's device pixel ratio (sharp on high-DPI screens).
"""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


def icon_svg(name: str) -> str:
    return (importlib.resources.files("minutesapp.resources") / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def themed_icon(name: str, color: QColor, size: int = 16) -> QIcon:
    """The icon ``name`` with ``currentColor`` painted as ``color``; an empty icon if missing."""
    try:
        svg = icon_svg(name)
    except (FileNotFoundError, OSError):
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", color.name()).encode("utf-8")))
    ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(pixmap)


def blank_icon(size: int = 16) -> QIcon:
    """Keeps item titles aligned when a row has no mark."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
