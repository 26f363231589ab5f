"""The look of the exported sheet: page geometry, colours and paragraph styles, in one place.

Also ``markup``: reportlab's Paragraph parses its text as XML-like markup, so every piece of
user or document text goes through it to be shown exactly as typed (``<b>`` stays ``<b>``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from minutesapp.export.pdf_fonts import BOLD, ITALIC, register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
ITEM_INDENT = 10 * mm  # the item number hangs in this gutter
WRITING_LINE_GAP = 8 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f4e79")  # headings and labels: a sober municipal blue
RULE = colors.HexColor("#c8ccd0")
WRITING_RULE = colors.HexColor("#b8bec4")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LEADING_SPACE = re.compile(r"^[ \t]+", re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def markup(text: str) -> str:
    """Verbatim text as Paragraph markup: escaped, newlines kept as line breaks, indents kept."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n"))
    text = escape(text)
    text = _LEADING_SPACE.sub(lambda m: "\u00a0" * len(m.group(0).replace("\t", "    ")), text)
    return text.strip("\n").replace("\n", "<br/>")


def quote_markup(text: str) -> str:
    """A quote on one block: its line breaks kept, blank lines between its paragraphs folded."""
    return markup(_BLANK_LINES.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n").strip()))


def paragraphs(text: str) -> list[str]:
    """Split text at blank lines (so long notes break between pages cleanly), each as markup."""
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n")
    return [markup(part) for part in _PARAGRAPH_BREAK.split(cleaned) if part.strip()]


@dataclass(frozen=True)
class SheetStyles:
    kicker: ParagraphStyle
    title: ParagraphStyle
    when: ParagraphStyle
    meta: ParagraphStyle
    item_heading: ParagraphStyle
    item_meta: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    quote: ParagraphStyle
    comment: ParagraphStyle
    reference: ParagraphStyle
    decision_heading: ParagraphStyle
    section_heading: ParagraphStyle
    lost_item: ParagraphStyle
    empty: ParagraphStyle


def sheet_styles() -> SheetStyles:
    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, bulletFontName=font, fontSize=10, leading=14, textColor=INK)

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    inside = dict(leftIndent=ITEM_INDENT)
    return SheetStyles(
        kicker=style("kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT, spaceAfter=3),
        title=style("title", fontName=BOLD, fontSize=22, leading=27, spaceAfter=4),
        when=style("when", fontSize=12, leading=16, spaceAfter=10),
        meta=style("meta", fontSize=8.5, leading=12, textColor=MUTED),
        item_heading=style(
            "item_heading", fontName=BOLD, fontSize=13, leading=17, textColor=ACCENT,
            bulletFontName=BOLD, bulletFontSize=13, **inside,
        ),  # fmt: skip
        item_meta=style("item_meta", fontSize=8.5, leading=12, textColor=MUTED, spaceBefore=1, **inside),
        label=style(
            "label", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT, spaceBefore=9, spaceAfter=3,
            **inside,
        ),  # fmt: skip
        body=style("body", spaceAfter=5, **inside),
        quote=style("quote", fontSize=9.5, leading=13),
        comment=style("comment", fontName=ITALIC, fontSize=9, leading=12.5, textColor=MUTED, spaceBefore=2),
        reference=style("reference", fontSize=9, leading=12.5, spaceAfter=4, **inside),
        decision_heading=style("decision_heading", fontName=BOLD, fontSize=9, leading=12, spaceBefore=3,
                               **inside),  # fmt: skip
        section_heading=style("section_heading", fontName=BOLD, fontSize=13, leading=17, textColor=ACCENT,
                              spaceAfter=2),  # fmt: skip
        lost_item=style("lost_item", fontName=BOLD, fontSize=9, leading=12, spaceBefore=8, **inside),
        empty=style("empty", fontName=ITALIC, textColor=MUTED, spaceBefore=6),
    )
