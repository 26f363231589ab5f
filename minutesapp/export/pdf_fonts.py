"""The bundled DejaVu Sans fonts, registered with reportlab once per process.

Embedding our own TrueType font (reportlab subsets it into the PDF) is what makes æøå, „“ ’ –
and ★ come out right on any machine and keeps the text selectable and searchable; the
standard PDF fonts only know Latin-1. Fonts and their licence are in ``resources/fonts``.
"""

from __future__ import annotations

import threading
from importlib.resources import as_file, files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family (regular, bold, italic) and return its name for paragraph styles."""
    global _registered
    with _lock:
        if not _registered:
            folder = files("minutesapp.resources").joinpath("fonts")
            for name, filename in _FILES.items():
                with as_file(folder.joinpath(filename)) as path:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            addMapping(FAMILY, 0, 0, FAMILY)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD)  # no bold italic bundled: bold reads better than a fake
            _registered = True
    return FAMILY
