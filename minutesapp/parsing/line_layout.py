"""Where each line of a PDF page's text layer sits: the geometry the text itself lacks.

pdfium's text layer ends every printed line with a line break, whether the writer ended a
paragraph there or the layout wrapped it. The positions tell them apart (see
``paragraph_gaps``). Six pdfium calls a line (first and last glyph, end of the first word)
keep it cheap: well under a millisecond a page.
"""

from __future__ import annotations

import ctypes
from typing import Any, NamedTuple


class LineBox(NamedTuple):
    """One text-layer line in PDF points (y grows upwards).

    ``first_y``/``last_y`` are the baselines of its first and last glyph (they differ when
    pdfium joined a hyphenated word across two printed lines); ``right`` is the right edge
    of its last glyph; ``first_word`` the width of its first word (what would have had to
    fit on the line above); ``size`` the font size of its first glyph; ``starts_lower``
    whether that glyph is a lower-case letter (a sentence carried on from the line above).
    """

    first_y: float
    last_y: float
    left: float
    right: float
    first_word: float
    size: float
    starts_lower: bool = False


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each line of ``text``, without its line break."""
    spans = []
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, end))
        start = end + 1


def measure_lines(textpage: Any, text: str) -> list[LineBox | None]:
    """A LineBox for each line of ``text`` (the page's whole text range); None for a blank
    line or one pdfium cannot place. ``textpage`` is a pypdfium2 PdfTextPage."""
    import pypdfium2.raw as pdfium_c

    raw = textpage.raw
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    boxes: list[LineBox | None] = []

    def origin(index: int) -> float | None:
        return y.value if pdfium_c.FPDFText_GetCharOrigin(raw, index, ctypes.byref(x), ctypes.byref(y)) else None

    def box(index: int) -> tuple[float, float] | None:
        ok = pdfium_c.FPDFText_GetCharBox(
            raw, index, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top)
        )
        return (left.value, right.value) if ok else None

    for start, end in line_spans(text):
        first, last = _visible_bounds(text, start, end)
        if first < 0:
            boxes.append(None)
            continue
        word_end = _word_end(text, first, last)
        first_y, last_y = origin(first), origin(last)
        first_box, last_box, word_box = box(first), box(last), box(word_end)
        if first_y is None or last_y is None or first_box is None or last_box is None or word_box is None:
            boxes.append(None)
            continue
        size = float(pdfium_c.FPDFText_GetFontSize(raw, first))
        width = max(0.0, word_box[1] - first_box[0])
        boxes.append(LineBox(first_y, last_y, first_box[0], last_box[1], width, size, text[first].islower()))
    return boxes


def _visible_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Indexes of the first and last non-blank character in ``text[start:end]``, or (-1, -1)."""
    first = start
    while first < end and text[first].isspace():
        first += 1
    if first == end:
        return -1, -1
    last = end - 1
    while last > first and text[last].isspace():
        last -= 1
    return first, last


def _word_end(text: str, first: int, last: int) -> int:
    """Index of the last character of the word starting at ``first``."""
    index = first
    while index < last and not text[index + 1].isspace():
        index += 1
    return index
