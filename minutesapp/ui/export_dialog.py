"""File > Export notes to PDF (Ctrl+E) and File > Print (Ctrl+P): the options dialog and the two flows.

Both show the same options (indstilling, beslutning, all items), build the same sheet
(``minutesapp.export.sheet``) and render the same reportlab PDF off the GUI thread
(``ui/worker.py``). Export writes it atomically; Print sends it to the printer chosen in the
system print dialog: as the PDF itself when the user prints to a PDF file, else as its pages
drawn at the printer's resolution (QtPdf renders them), so paper and file look the same.

The options last accepted are kept in ``AppSettings.export_options`` and offered again.
The main window wires them up::

    export_notes_via_dialog(window, meeting, store, settings=window.settings)
    print_notes_via_dialog(window, meeting, store, settings=window.settings)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QMainWindow, QMessageBox, QVBoxLayout, QWidget,
)  # fmt: skip

from minutesapp.annotations import AnnotationStore, MeetingAnnotations, StorageError, attach
from minutesapp.export import ExportError, ExportOptions, NotesSheet, build_sheet
from minutesapp.export.pdf_file import write_atomically
from minutesapp.model import Meeting
from minutesapp.ui.plain_text import plain_label, plain_message_box
from minutesapp.ui.settings import AppSettings
from minutesapp.ui.worker import BackgroundOp

translate = QCoreApplication.translate

MAX_PRINT_DPI = 300  # pages are drawn as images for a real printer; more only makes the spool bigger


class ExportOptionsDialog(QDialog):
    """The export's options as checkboxes, with a line saying what the sheet will hold."""

    def __init__(
        self,
        parent: QWidget | None,
        meeting: Meeting,
        view: MeetingAnnotations,
        accept_text: str,
        options: ExportOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self._meeting, self._view = meeting, view
        options = options or ExportOptions()
        self.indstilling = QCheckBox(translate("ExportDialog", "Include the recommendation (Indstilling)"))
        self.beslutning = QCheckBox(translate("ExportDialog", "Include the decision (Beslutning)"))
        self.all_items = QCheckBox(translate("ExportDialog", "All items, with room to write (preparation sheet)"))
        self.indstilling.setChecked(options.indstilling)
        self.beslutning.setChecked(options.beslutning)
        self.all_items.setChecked(options.all_items)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.indstilling, self.beslutning, self.all_items, self.summary, self.buttons):
            layout.addWidget(widget)
        for box in (self.indstilling, self.beslutning, self.all_items):
            box.toggled.connect(self._update_summary)
        self._update_summary()

    def options(self) -> ExportOptions:
        return ExportOptions(self.indstilling.isChecked(), self.beslutning.isChecked(), self.all_items.isChecked())

    def sheet(self) -> NotesSheet:
        return build_sheet(self._meeting, self._view, self.options())

    def _update_summary(self) -> None:
        sheet = self.sheet()
        if sheet.is_empty:
            text = translate(
                "ExportDialog", "No item has notes, highlights or a star yet. Choose all items for a preparation sheet."
            )
        elif self.all_items.isChecked():
            text = translate("ExportDialog", "All %n item(s) of the meeting.", "", len(sheet.items))
        else:
            text = translate("ExportDialog", "%n item(s) with notes, highlights or a star.", "", len(sheet.items))
        if sheet.not_found:
            text += " " + translate("ExportDialog", "%n annotation(s) not found in this version are listed at the end.",
                                    "", len(sheet.not_found))  # fmt: skip
        self.summary.setText(text)
        self.accept_button.setEnabled(not sheet.is_empty)


def export_notes_via_dialog(
    parent: QWidget, meeting: Meeting, store: AnnotationStore, *, settings: AppSettings | None = None
) -> None:
    """Ask for the options and a file name, then write the PDF in the background."""
    sheet = _ask_for_sheet(parent, meeting, store, settings, translate("ExportDialog", "Export notes to PDF"),
                           translate("ExportDialog", "Export…"))  # fmt: skip
    if sheet is None:
        return
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("ExportDialog", "Export notes to PDF"), str(default_export_path(meeting)),
        translate("ExportDialog", "PDF files (*.pdf)"),
    )  # fmt: skip
    if not chosen:
        return
    out = Path(chosen) if chosen.casefold().endswith(".pdf") else Path(chosen + ".pdf")

    def work(cancel: object) -> Path:
        from minutesapp.export.pdf_render import render_pdf

        write_atomically(out, render_pdf(sheet))
        return out

    done = translate("ExportDialog", "Notes exported to %1").replace("%1", str(out))
    _run(parent, work, lambda _: _show_status(parent, done), translate("ExportDialog", "The notes could not be exported."))


def print_notes_via_dialog(
    parent: QWidget, meeting: Meeting, store: AnnotationStore, *, settings: AppSettings | None = None
) -> None:
    """Ask for the options, then the printer (system print dialog), then print the sheet."""
    sheet = _ask_for_sheet(parent, meeting, store, settings, translate("ExportDialog", "Print notes"),
                           translate("ExportDialog", "Print…"))  # fmt: skip
    if sheet is None:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(sheet.document_title)
    printer.setFullPage(True)  # the PDF pages carry their own margins
    print_dialog = QPrintDialog(printer, parent)
    print_dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    if print_dialog.exec() != QDialog.DialogCode.Accepted:
        return

    def work(cancel: object) -> bytes:
        from minutesapp.export.pdf_render import render_pdf

        return render_pdf(sheet)

    def send(pdf: bytes) -> None:
        try:
            print_pdf(printer, pdf)
        except (ExportError, RuntimeError) as exc:
            _warn(parent, translate("ExportDialog", "The notes could not be printed."), exc)

    _run(parent, work, send, translate("ExportDialog", "The notes could not be printed."))


def default_export_path(meeting: Meeting) -> Path:
    """"<minutes file> - noter.pdf" beside the minutes, or in the home folder."""
    if meeting.source is not None:
        source = Path(meeting.source.path)
        return source.with_name(f"{source.stem} - noter.pdf")
    return Path.home() / "noter.pdf"


def print_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Send the sheet's PDF to ``printer``: the file itself for "print to PDF", else its pages as images."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        write_atomically(Path(printer.outputFileName()), pdf)
        return
    print_pdf_pages(printer, pdf)


def print_pdf_pages(printer: QPrinter, pdf: bytes) -> int:
    """Draw each page (or the chosen range) at the printer's resolution; returns the pages printed."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise RuntimeError(f"the rendered sheet could not be read back ({document.error()})")
    ranges = printer.pageRanges()
    pages = [n for n in range(document.pageCount()) if ranges.isEmpty() or ranges.contains(n + 1)]
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    try:
        for position, n in enumerate(pages):
            if position:
                printer.newPage()
            points = document.pagePointSize(n)
            image = document.render(n, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
            target = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
        document.close()
        buffer.close()
    return len(pages)


def _ask_for_sheet(
    parent: QWidget,
    meeting: Meeting,
    store: AnnotationStore,
    settings: AppSettings | None,
    title: str,
    accept_text: str,
) -> NotesSheet | None:
    """The options dialog, opened with the options last accepted; the sheet, or None when cancelled."""
    try:
        view = attach(meeting, store)
    except StorageError as exc:
        _warn(parent, translate("ExportDialog", "Your notes could not be read."), exc)
        return None
    settings = settings or AppSettings()
    dialog = ExportOptionsDialog(parent, meeting, view, accept_text, settings.export_options)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    settings.export_options = dialog.options()
    return dialog.sheet()


def _run(parent: QWidget, work: Callable[[object], object], on_success: Callable[[object], None], failure: str) -> None:
    op = BackgroundOp(work, parent=parent)
    op.succeeded.connect(on_success)
    op.failed.connect(lambda exc: _warn(parent, failure, exc))
    op.start()


def _warn(parent: QWidget, headline: str, error: BaseException) -> None:
    box = plain_message_box(QMessageBox.Icon.Warning, translate("ExportDialog", "Notes"), headline, parent)
    box.setInformativeText(str(error).splitlines()[0] if str(error).strip() else type(error).__name__)
    box.exec()


def _show_status(parent: QWidget, text: str) -> None:
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(text, 8000)
