"""Paragraphs from a PDF page's geometry: which lines follow a paragraph gap, and which
lines only continue the line above because the layout wrapped it.

The text layer has no paragraph breaks, but the layout does:
- A *spaced* line sits a wider gap below the line before than the page's usual pitch.
  FirstAgenda (Aarhus) sets an item's one-line abstract, which has no heading, a
  paragraph gap below the decision text (17.6 pt where lines are 12.2 pt apart); that gap
  is the only sign of where the decision ends.
- A *wrapped* line follows the line before at the usual pitch, and that line was full: the
  first word of the new line would not have fitted into what was left of it before the
  right margin (Aarhus' "... at byrådet tiltræder" | "Magistratsafdelingen for ..."); or
  the new line starts in lower case, carrying on the sentence of a line broken by hand
  (Ballerup's "... da det skønnes mere" | "hensigtsmæssigt fremadrettet, ...").
  A line reaching out beyond the margin (a wide table's row) or starting far right or left
  of the line above (a table cell, another column) does not wrap.

The extractor marks such lines by putting ``MARK`` / ``WRAP`` (private-use characters) in
front of them in the page's raw text, so the marks follow the lines through the clean-up
(hyphen joins, dropped lines); ``split_marks`` takes them off again.
"""

from __future__ import annotations

from collections import Counter
from statistics import median
from typing import Iterable, Sequence

from minutesapp.parsing.line_layout import LineBox, line_spans

MARK = "\ue000"  # the line follows a paragraph gap
WRAP = "\ue001"  # the line continues the one above (layout wrapping)
MARKS = MARK + WRAP
# A gap counts as a paragraph gap from this multiple of the page's line pitch.
_GAP_FACTOR = 1.3
_MIN_GAP = 2.0
# The margin is this quantile of the right edges of body-size lines (a few odd lines,
# such as the rows of a wide table, stick out beyond it).
_MARGIN_QUANTILE = 0.95
# A line in the same place on this many pages is a running head, not body text.
_REPEATED = 3
# The space before a word, as a share of the line pitch (a 10 pt font: ~2.5 pt, pitch 12).
_SPACE_SHARE = 0.22
# Slack for glyph boxes that end a little short of the advance width.
_TOLERANCE = 1.0
# The line above must reach this share of the way from its start to the margin: a short
# label ("AKTA") above a line that is one long word, or a signature's name above
# "ordförande", is no wrapped line.
_MIN_FILL = 0.6
# A line ending further than this (in line pitches) beyond the margin is no body text (a
# wide table's row: Ballerup's stick out 5-7 pt, where ragged body lines stay within 4 pt).
_OUTSIDE = 0.4
# A wrapped line may start this many line pitches right (a hanging indent: "B) Anlægs-
# bevilling ..." | "   Vedligeholdelsesarbejder ...") or left (an indented first line) of
# the line above, not more (a table cell, another column).
_INDENT_PITCHES = 3.0


def spaced_line_indexes(baselines: Sequence[float | None]) -> set[int]:
    """Indexes of lines whose baseline lies a paragraph gap below the previous measured line.

    PDF y grows upwards, so the next line down has a smaller baseline. Lines on the same
    baseline or higher up (table cells, columns) never count.
    """
    measured = [(index, y) for index, y in enumerate(baselines) if y is not None]
    gaps = [(index, above - y) for (_, above), (index, y) in zip(measured, measured[1:])]
    pitch = line_pitch(gap for _, gap in gaps)
    if pitch is None:
        return set()
    return {index for index, gap in gaps if gap > _GAP_FACTOR * pitch}


def line_pitch(gaps: Iterable[float]) -> float | None:
    """The gap most lines keep: a low quantile, since headings, titles and list spacing
    add larger gaps (on a short page they can be half of all gaps). Gaps under 2 pt are
    super- and subscripts ("m2"), not lines. None with fewer than three gaps."""
    positive = sorted(gap for gap in gaps if gap > _MIN_GAP)
    if len(positive) < 3:
        return None
    return positive[len(positive) // 4]


def wrap_pitch(boxes: Sequence[LineBox | None]) -> float | None:
    """The page's line pitch measured from each line's last baseline to the next line's first."""
    return line_pitch(step for _, step, _ in _steps(boxes))


def wrapped_line_indexes(boxes: Sequence[LineBox | None], margin: float, pitch: float | None) -> set[int]:
    """Indexes of lines that continue the line above (see the module docstring).

    A blank line between two lines breaks the paragraph.
    """
    if pitch is None or margin <= 0:
        return set()
    return {index for index, step, above in _steps(boxes) if _wraps(above, boxes[index], step, margin, pitch)}


def _wraps(above: LineBox, box: LineBox | None, step: float, margin: float, pitch: float) -> bool:
    if box is None or not _MIN_GAP < step <= _GAP_FACTOR * pitch:
        return False
    if above.right > margin + _OUTSIDE * pitch or abs(box.left - above.left) > _INDENT_PITCHES * pitch:
        return False
    if above.right - above.left < _MIN_FILL * (margin - above.left):
        return False
    full = above.right + _SPACE_SHARE * pitch + box.first_word > margin - _TOLERANCE
    return full or box.starts_lower


def text_margins(pages: Sequence[tuple[float, Sequence[LineBox | None]]]) -> dict[int, float]:
    """The right margin of the body text for each page width (whole points) in a document.

    ``pages`` are (page width, line boxes). Only lines in the most common font size of
    pages that wide count (running heads in small print, such as Ballerup's right-aligned
    header, and large titles do not move the margin), and not lines that sit in the same
    place on several pages (Nykarleby's "Protokoll <date> Sida" head, in the body size).
    """
    groups: dict[int, list[LineBox]] = {}
    for width, boxes in pages:
        groups.setdefault(round(width), []).extend(box for box in boxes if box is not None)
    margins = {}
    for width, boxes in groups.items():
        if not boxes:
            continue
        body_size = Counter(round(box.size * 2) for box in boxes).most_common(1)[0][0]
        places = Counter(_place(box) for box in boxes)
        body = [box for box in boxes if round(box.size * 2) == body_size]
        edges = sorted(box.right for box in body if places[_place(box)] < _REPEATED) or sorted(box.right for box in body)
        if edges:
            margins[width] = edges[min(len(edges) - 1, int(_MARGIN_QUANTILE * len(edges)))]
    return margins


def _place(box: LineBox) -> tuple[int, int]:
    return round(box.first_y), round(box.left)


def document_pitch(pitches: Iterable[float | None]) -> float | None:
    """The median page pitch, for pages with too few lines to measure their own."""
    known = [pitch for pitch in pitches if pitch is not None]
    return median(known) if known else None


def mark_lines(text: str, marks: dict[int, str]) -> str:
    """``text`` (a page's raw text) with ``marks[i]`` put in front of line ``i``."""
    text = strip_marks(text)
    if not marks:
        return text
    pieces = []
    previous = 0
    for index, (start, _) in enumerate(line_spans(text)):
        if index in marks:
            pieces.append(text[previous:start])
            pieces.append(marks[index])
            previous = start
    pieces.append(text[previous:])
    return "".join(pieces)


def line_marks(spaced: set[int], wrapped: set[int]) -> dict[int, str]:
    """The marks for ``mark_lines``: MARK for spaced lines, WRAP for wrapped ones."""
    return {index: (MARK if index in spaced else "") + (WRAP if index in wrapped else "") for index in spaced | wrapped}


def strip_marks(text: str) -> str:
    return text.replace(MARK, "").replace(WRAP, "")


def split_marks(lines: list[str]) -> tuple[list[str], set[int], set[int]]:
    """(lines without marks, indexes of lines that began with MARK, ... with WRAP); emptied lines go."""
    out: list[str] = []
    spaced: set[int] = set()
    wrapped: set[int] = set()
    for line in lines:
        head = line[: len(line) - len(line.lstrip(MARKS))]
        line = strip_marks(line).strip()
        if not line:
            continue
        if MARK in head:
            spaced.add(len(out))
        if WRAP in head:
            wrapped.add(len(out))
        out.append(line)
    return out, spaced, wrapped


def _steps(boxes: Sequence[LineBox | None]) -> list[tuple[int, float, LineBox]]:
    """(index, step down from the line above, the line above) for lines right below another."""
    steps = []
    for index in range(1, len(boxes)):
        above, box = boxes[index - 1], boxes[index]
        if above is not None and box is not None:
            steps.append((index, above.last_y - box.first_y, above))
    return steps
