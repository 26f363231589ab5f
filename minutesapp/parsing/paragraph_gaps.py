"""Which lines of a PDF page follow a wider vertical gap than the page's usual line pitch.

The text layer has no paragraph breaks, but the layout does: FirstAgenda (Aarhus) sets an
item's one-line abstract, which has no heading, a paragraph gap below the decision text
(17.6 pt where lines are 12.2 pt apart). That gap is the only sign of where the decision
ends. One pdfium call per line (the baseline of its first character) keeps it cheap:
about 0.5 ms a page.

The extractor marks such a line by putting ``MARK`` (a private-use character) in front of
it in the page's raw text, so the mark follows the line through the clean-up (hyphen joins,
dropped lines); ``split_marks`` takes the marks off again.
"""

from __future__ import annotations

import ctypes
from typing import Any

MARK = "\ue000"
# A gap counts as a paragraph gap from this multiple of the page's median line pitch.
_GAP_FACTOR = 1.3
_MIN_GAP = 2.0


def mark_spaced_lines(textpage: Any, text: str) -> str:
    """``text`` (the page's whole text range) with MARK before each line that follows a wide gap.

    ``textpage`` is a pypdfium2 PdfTextPage; its character indexes are those of ``text``.
    """
    import pypdfium2.raw as pdfium_c

    text = text.replace(MARK, "")
    starts = _line_starts(text)
    x, y = ctypes.c_double(), ctypes.c_double()
    baselines: list[float | None] = []
    for start in starts:
        if start < len(text) and not text[start].isspace():
            ok = pdfium_c.FPDFText_GetCharOrigin(textpage.raw, start, ctypes.byref(x), ctypes.byref(y))
            baselines.append(y.value if ok else None)
        else:
            baselines.append(None)  # an empty line: no glyph to measure
    spaced = spaced_line_indexes(baselines)
    if not spaced:
        return text
    pieces = []
    previous = 0
    for index in sorted(spaced):
        pieces.append(text[previous : starts[index]])
        pieces.append(MARK)
        previous = starts[index]
    pieces.append(text[previous:])
    return "".join(pieces)


def spaced_line_indexes(baselines: list[float | None]) -> set[int]:
    """Indexes of lines whose baseline lies a paragraph gap below the previous measured line.

    PDF y grows upwards, so the next line down has a smaller baseline. Lines on the same
    baseline or higher up (table cells, columns) never count.
    """
    measured = [(index, y) for index, y in enumerate(baselines) if y is not None]
    gaps = [(index, above - y) for (_, above), (index, y) in zip(measured, measured[1:])]
    # The pitch is the gap most lines keep: a low quantile, since headings, titles and
    # list spacing add larger gaps (on a short page they can be half of all gaps).
    # Gaps under 2 pt are super- and subscripts ("m2"), not lines.
    positive = sorted(gap for _, gap in gaps if gap > _MIN_GAP)
    if len(positive) < 3:
        return set()
    pitch = positive[len(positive) // 4]
    return {index for index, gap in gaps if gap > _GAP_FACTOR * pitch}


def split_marks(lines: list[str]) -> tuple[list[str], set[int]]:
    """(lines without marks, indexes of the lines that began with one); emptied lines go."""
    out: list[str] = []
    spaced: set[int] = set()
    for line in lines:
        marked = line.startswith(MARK)
        line = line.replace(MARK, "").strip()
        if not line:
            continue
        if marked:
            spaced.add(len(out))
        out.append(line)
    return out, spaced


def _line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts
