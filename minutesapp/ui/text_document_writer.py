"""Writes plain text into a QTextDocument: paragraphs with relative sizes, framed boxes, tab tables.

Text goes in only through ``QTextCursor.insertText`` — never as HTML — so markup in a document
shows literally. Sizes are relative (``FontSizeAdjustment``), so zooming only changes the
default font. What goes where for an agenda item is ``item_document.py``'s job.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import (
    QBrush,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)


def hidden_table_format(fmt: QTextTableFormat) -> QTextTableFormat:
    """``fmt`` with no border, padding or margin: how a collapsed section's table takes no room."""
    hidden = QTextTableFormat(fmt)
    hidden.setBorder(0)
    hidden.setCellPadding(0)
    hidden.setCellSpacing(0)
    hidden.setMargin(0)
    return hidden


def split_table_runs(text: str) -> Iterator[tuple[str, list[str]]]:
    """Cut a section's text into ("text", lines) and ("table", lines) runs.

    A table is two or more consecutive lines that contain a tab, as the extractor keeps
    the columns of a table separated by tabs.
    """
    lines = text.split("\n")
    run: list[str] = []
    run_is_table = False
    for line in lines:
        is_table = "\t" in line
        if run and is_table != run_is_table:
            yield from _emit_run(run, run_is_table)
            run = []
        run_is_table = is_table
        run.append(line)
    if run:
        yield from _emit_run(run, run_is_table)


def _emit_run(run: list[str], is_table: bool) -> Iterator[tuple[str, list[str]]]:
    if is_table and len(run) >= 2:
        yield "table", run
    else:
        yield "text", run


class TextDocumentWriter:
    """A fresh QTextDocument and a cursor that appends paragraphs, boxes and tables to it."""

    def __init__(self, palette: QPalette, base_font: QFont) -> None:
        self._palette = palette
        self._font = base_font
        self._doc = QTextDocument()
        self._doc.setDefaultFont(base_font)
        self._doc.setDocumentMargin(14)
        self._cursor = QTextCursor(self._doc)
        self._frame_stack: list[QTextFrame] = [self._doc.rootFrame()]
        self._fresh = True  # the cursor sits in an unused empty block

    # --- formats ------------------------------------------------------------------------

    def _char(self, *, bold: bool = False, italic: bool = False, size: int = 0, muted: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, size)
        if muted:
            fmt.setForeground(QBrush(self._palette.color(QPalette.ColorRole.PlaceholderText)))
        return fmt

    def _block(self, *, top: float = 0, bottom: float = 4) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        return fmt

    # --- primitives ---------------------------------------------------------------------

    def _paragraph(self, text: str, char_fmt: QTextCharFormat, block_fmt: QTextBlockFormat) -> tuple[int, int]:
        if self._fresh:
            self._cursor.setBlockFormat(block_fmt)
            self._cursor.setBlockCharFormat(char_fmt)
        else:
            self._cursor.insertBlock(block_fmt, char_fmt)
        start = self._cursor.position()
        self._cursor.insertText(text, char_fmt)
        self._fresh = False
        return start, self._cursor.position()

    def _begin_box(self) -> None:
        if self._fresh and self._cursor.block().previous().isValid():
            # The empty block Qt keeps between two frames: make it (nearly) no height.
            spacer = QTextBlockFormat()
            spacer.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            self._cursor.setBlockFormat(spacer)
        fmt = QTextFrameFormat()
        fmt.setBackground(self._palette.brush(QPalette.ColorRole.AlternateBase))
        fmt.setBorder(1)
        fmt.setBorderBrush(self._palette.brush(QPalette.ColorRole.Mid))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setPadding(10)
        fmt.setTopMargin(10)
        fmt.setBottomMargin(4)
        self._frame_stack.append(self._cursor.insertFrame(fmt))
        self._fresh = True

    def _end_box(self) -> None:
        self._frame_stack.pop()
        self._cursor = self._frame_stack[-1].lastCursorPosition()
        self._fresh = True

    def _body_text(self, text: str) -> tuple[tuple[int, int], list[tuple[QTextTable, QTextTableFormat]]]:
        """Lines as paragraphs (a blank line widens the gap), tab-separated runs as tables."""
        start = None
        tables: list[tuple[QTextTable, QTextTableFormat]] = []
        for kind, lines in split_table_runs(text.strip("\n")):
            if kind == "table":
                table, fmt = self._table(lines)
                tables.append((table, fmt))
                if start is None:
                    start = table.firstPosition()
                continue
            gap = 0.0
            for line in lines:
                if not line.strip():
                    gap = 8.0
                    continue
                span = self._paragraph(line, self._char(), self._block(top=gap))
                gap = 0.0
                if start is None:
                    start = span[0]
        end = self._cursor.position()
        return (start if start is not None else end, end), tables

    def _table(self, lines: list[str]) -> tuple[QTextTable, QTextTableFormat]:
        rows = [line.split("\t") for line in lines]
        columns = max(len(r) for r in rows)
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setBorderBrush(self._palette.brush(QPalette.ColorRole.Mid))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setTopMargin(4)
        fmt.setBottomMargin(6)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        if not self._fresh:
            self._cursor.insertBlock(self._block(), self._char())
        table = self._cursor.insertTable(len(rows), columns, fmt)
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                cell_cursor = table.cellAt(r, c).firstCursorPosition()
                cell_cursor.insertText(cell.strip(), self._char(bold=(r == 0 and len(rows) > 2)))
        self._cursor = self._frame_stack[-1].lastCursorPosition()
        self._fresh = True
        return table, fmt

    def _labelled(self, label: str, value: str) -> None:
        """"Label: value" as one paragraph, only the label bold."""
        self._paragraph(label, self._char(bold=True), self._block(top=2))
        self._cursor.insertText(" ", self._char())
        self._cursor.insertText(value, self._char())
