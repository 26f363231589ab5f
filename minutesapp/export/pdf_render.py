"""Lay a NotesSheet out as an A4 PDF with reportlab: headings, outline, "Side x af y", fonts.

Reportlab rather than Qt's QPdfWriter because Qt 6 cannot write a PDF outline (bookmarks),
and because it runs without Qt (CLI, tests, a worker thread). The document is built twice:
the first pass counts the pages so the footer can say "Side 2 af 5".
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, HRFlowable, PageTemplate, Paragraph
from reportlab.platypus import Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import FrameActionFlowable
from reportlab.platypus.frames import Frame as FrameType

from minutesapp.export.labels import highlight_colour
from minutesapp.export.pdf_fonts import register_fonts
from minutesapp.export.pdf_styles import (
    ITEM_INDENT, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MUTED, PAGE_SIZE, RULE, WRITING_LINE_GAP,
    WRITING_RULE, SheetStyles, markup, paragraphs, quote_markup, sheet_styles,
)  # fmt: skip
from minutesapp.export.sheet import LostAnnotation, NotesSheet, SheetDecision, SheetItem

NOT_FOUND_TITLE = "Ikke fundet i denne version"
NOT_FOUND_INTRO = (
    "Disse markeringer og noter blev lavet i en anden version af dokumentet. Deres tekst eller punkt "
    "findes ikke i denne version, så de står her i stedet for at gå tabt."
)


ITEM_ROOM = 45 * mm  # start an item on a new page unless its heading and a few lines fit
LABEL_ROOM = 22 * mm  # the same for a label ("Noter") or a decision's heading


def _label(text: str, styles: SheetStyles) -> Iterator[Flowable]:
    yield CondPageBreak(LABEL_ROOM)
    yield Paragraph(text, styles.label)


class _RuleUnlessAtTop(FrameActionFlowable):
    """The thin rule between items; left out at the top of a page, where it would dangle."""

    def __init__(self) -> None:
        pass

    def frameAction(self, frame: FrameType) -> None:
        if not frame._atTop:
            frame.add_generated_content(
                Spacer(1, 5 * mm), HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=0, spaceAfter=5 * mm)
            )


class _OutlinedHeading(Paragraph):
    """A heading that puts a PDF bookmark at itself (once, even if reportlab splits it)."""

    def __init__(self, text: str, style: Any, key: str, outline_title: str, **kw: Any) -> None:
        super().__init__(text, style, **kw)
        self.outline_key = key
        self.outline_title = outline_title

    def draw(self) -> None:
        seen: set[str] = self.canv.__dict__.setdefault("_minutesapp_outline", set())
        key = getattr(self, "outline_key", None)
        if key and key not in seen:
            seen.add(key)
            self.canv.bookmarkHorizontal(key, 0, self.height + 4)
            self.canv.addOutlineEntry(self.outline_title, key, level=0)
        super().draw()


class _WritingLines(Flowable):
    """Ruled lines to write on by hand (a preparation sheet).

    Near a page's end the lines are cut to those that fit (maybe none) rather than continued
    on the next page, where they would stand under no heading. ``ITEM_ROOM`` keeps room for a
    few lines under an item's heading.
    """

    def __init__(self, count: int, indent: float) -> None:
        super().__init__()
        self.count, self.indent = count, indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * WRITING_LINE_GAP

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits = max(0, int(available_height // WRITING_LINE_GAP))
        return [_WritingLines(min(fits, self.count), self.indent)]

    def draw(self) -> None:
        self.canv.setStrokeColor(WRITING_RULE)
        self.canv.setLineWidth(0.5)
        for n in range(self.count):
            y = self.count * WRITING_LINE_GAP - (n + 1) * WRITING_LINE_GAP + 1
            self.canv.line(self.indent, y, self.width, y)


class _SheetDocument(BaseDocTemplate):
    def __init__(self, target: io.BytesIO, sheet: NotesSheet, total_pages: int | None) -> None:
        super().__init__(
            target, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=sheet.document_title, author="", subject="Noter til mødet",
            creator="minutesapp", lang="da-DK", displayDocTitle=1, initialFontName=register_fonts(),
        )  # fmt: skip
        self.sheet, self.total_pages = sheet, total_pages
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._footer)])

    def _footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, _ = PAGE_SIZE
        y = MARGIN_BOTTOM - 10 * mm
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_LEFT, y + 4 * mm, width - MARGIN_RIGHT, y + 4 * mm)
        canv.setFillColor(MUTED)
        canv.setFont(sheet_styles().meta.fontName, 8)
        canv.drawString(MARGIN_LEFT, y, self.sheet.document_title)
        total = self.total_pages if self.total_pages is not None else canv.getPageNumber()
        canv.drawRightString(width - MARGIN_RIGHT, y, f"Side {canv.getPageNumber()} af {total}")
        canv.restoreState()

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.canv.showOutline()  # open the bookmarks pane: the outline is the sheet's table of contents


def render_pdf(sheet: NotesSheet) -> bytes:
    """The sheet as PDF bytes (pure: writes no file)."""
    styles = sheet_styles()
    first = io.BytesIO()
    counting = _SheetDocument(first, sheet, total_pages=None)
    counting.build(list(_story(sheet, styles)))
    final = io.BytesIO()
    _SheetDocument(final, sheet, total_pages=counting.page).build(list(_story(sheet, styles)))
    return final.getvalue()


# -- the story ---------------------------------------------------------------------------


def _story(sheet: NotesSheet, styles: SheetStyles) -> Iterator[Flowable]:
    yield from _title_block(sheet, styles)
    if not sheet.items:
        yield Paragraph("Ingen punkter har noter, markeringer eller stjerner.", styles.empty)
    for index, item in enumerate(sheet.items):
        yield from _item(item, styles, first=index == 0)
    if sheet.not_found:
        yield from _not_found(sheet.not_found, styles)


def _title_block(sheet: NotesSheet, styles: SheetStyles) -> Iterator[Flowable]:
    kicker = "FORBEREDELSE TIL MØDET" if sheet.options.all_items else "NOTER TIL MØDET"
    yield Paragraph(f"{kicker} · {markup(sheet.kind.upper())}", styles.kicker)
    yield Paragraph(markup(sheet.title), styles.title)
    when = " · ".join(p for p in (sheet.when, sheet.location) if p)
    if when:
        yield Paragraph(markup(when), styles.when)
    facts = []
    if sheet.source_name:
        facts.append(f"Kilde: {markup(sheet.source_name)}")
    facts.append(f"Eksporteret {markup(sheet.exported_on)}")
    facts.append(_count(sheet))
    yield Paragraph("\u2003·\u2003".join(facts), styles.meta)
    yield HRFlowable(width="100%", thickness=1.2, color=colors.HexColor("#1f4e79"), spaceBefore=6, spaceAfter=8 * mm)


def _count(sheet: NotesSheet) -> str:
    n = len(sheet.items)
    if sheet.options.all_items:
        return f"Alle {n} punkter" if n != 1 else "1 punkt"
    return f"{n} punkter" if n != 1 else "1 punkt"


def _item(item: SheetItem, styles: SheetStyles, first: bool) -> Iterator[Flowable]:
    yield CondPageBreak(ITEM_ROOM)
    if not first:  # the title block ends in a rule of its own
        yield _RuleUnlessAtTop()
    yield _OutlinedHeading(markup(item.title), styles.item_heading, f"item-{item.number}", item.outline_title,
                           bulletText=f"{item.number}.")  # fmt: skip
    facts = []
    if item.case_number:
        facts.append(f"Sagsnr. {markup(item.case_number)}")
    if item.closed:
        facts.append("Lukket punkt")
    if item.starred:
        facts.append("\u2605 Stjernemarkeret")
    if facts:
        yield Paragraph("\u2003·\u2003".join(facts), styles.item_meta)
    if item.quotes:
        yield from _label("Markeringer", styles)
        for quote in item.quotes:
            yield _quote_box(quote.text, quote.colour, quote.comment, styles)
    if item.notes or item.writing_lines:
        yield from _label("Noter", styles)
        for note in item.notes:
            yield from (Paragraph(p, styles.body) for p in paragraphs(note))
        if item.writing_lines:
            yield _WritingLines(item.writing_lines, ITEM_INDENT)
    if item.indstilling is not None:
        yield from _label("Indstilling", styles)
        texts = paragraphs(item.indstilling) or ["<i>Ingen indstilling i dokumentet.</i>"]
        yield from (Paragraph(p, styles.reference) for p in texts)
    if item.decisions is not None:
        yield from _label("Beslutning", styles)
        if not item.decisions:
            yield Paragraph("<i>Ingen beslutning endnu.</i>", styles.reference)
        for decision in item.decisions:
            yield from _decision(decision, styles)


def _decision(decision: SheetDecision, styles: SheetStyles) -> Iterator[Flowable]:
    if decision.heading:
        yield CondPageBreak(LABEL_ROOM)
        yield Paragraph(markup(decision.heading), styles.decision_heading)
    yield from (Paragraph(p, styles.reference) for p in paragraphs(decision.text))
    if decision.against:
        yield Paragraph(f"<b>Imod:</b> {markup(', '.join(decision.against))}", styles.reference)
    if decision.absent:
        yield Paragraph(f"<b>Fraværende:</b> {markup(', '.join(decision.absent))}", styles.reference)


def _quote_box(text: str, colour: str, comment: str, styles: SheetStyles) -> Table:
    """The quote on its highlight colour with a strong bar at the left, the comment below it."""
    paper = highlight_colour(colour)
    cell: list[Flowable] = [Paragraph(f"\u201e{quote_markup(text)}\u201c", styles.quote)]
    if comment.strip():
        cell += [Paragraph(p, styles.comment) for p in paragraphs(comment)]
    table = Table([[cell]], colWidths=["100%"], splitInRow=1, hAlign="RIGHT", spaceAfter=5)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles.quote.fontName),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(paper.fill)),
        ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(paper.bar)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))  # fmt: skip
    return _Indented(table, ITEM_INDENT)


class _Indented(Flowable):
    """A flowable drawn ``indent`` points in from the frame's left edge (Tables have no indent)."""

    def __init__(self, inner: Flowable, indent: float) -> None:
        super().__init__()
        self.inner, self.indent = inner, indent
        self.spaceAfter = getattr(inner, "spaceAfter", 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.inner.wrap(available_width - self.indent, available_height)
        self.width, self.height = width + self.indent, height
        return self.width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self.inner.split(available_width - self.indent, available_height)
        return [_Indented(p, self.indent) for p in parts]

    def draw(self) -> None:
        self.inner.drawOn(self.canv, self.indent, 0)


def _not_found(lost: tuple[LostAnnotation, ...], styles: SheetStyles) -> Iterator[Flowable]:
    yield CondPageBreak(ITEM_ROOM)
    yield _RuleUnlessAtTop()
    yield _OutlinedHeading(NOT_FOUND_TITLE, styles.section_heading, "not-found", NOT_FOUND_TITLE)
    yield Paragraph(NOT_FOUND_INTRO, styles.meta)
    for entry in lost:
        yield CondPageBreak(LABEL_ROOM)
        yield Paragraph(f"Punkt {entry.item_number}: {markup(entry.item_title)}", styles.lost_item)
        if entry.quote:
            yield _quote_box(entry.quote, entry.colour, entry.text, styles)
        else:
            yield from _label("Note", styles)
            yield from (Paragraph(p, styles.body) for p in paragraphs(entry.text))

