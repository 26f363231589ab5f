"""The export/print dialog flows with pytest-qt; modal dialogs are answered by monkeypatching exec."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from test_export_sheet import MARKUP_NOTE, aarhus, annotated, store  # noqa: F401 - fixtures

from minutesapp.annotations import AnnotationStore, attach
from minutesapp.annotations.meeting_view import MeetingAnnotations
from minutesapp.export import ExportOptions, build_sheet
from minutesapp.export.pdf_render import render_pdf
from minutesapp.model import Meeting
from minutesapp.ui import export_dialog
from minutesapp.ui.export_dialog import (
    ExportOptionsDialog, default_export_path, export_notes_via_dialog, print_notes_via_dialog, print_pdf,
    print_pdf_pages,
)  # fmt: skip
from minutesapp.ui.worker import wait_for_background_work


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def _answer_options(monkeypatch: pytest.MonkeyPatch, *, indstilling: bool = False, all_items: bool = False) -> None:
    def exec_(self: ExportOptionsDialog) -> int:
        self.indstilling.setChecked(indstilling)
        self.all_items.setChecked(all_items)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", exec_)


def _collect_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(f"{self.text()} | {self.informativeText()}") or 0)
    return shown


def _finish(qtbot: QtBot) -> None:
    assert wait_for_background_work()
    qtbot.wait(50)  # deliver the op's result on the GUI thread


def test_summary_counts_and_empty_sheet_cannot_be_exported(
    qtbot: QtBot, aarhus: Meeting, store: AnnotationStore  # noqa: F811
) -> None:
    dialog = ExportOptionsDialog(None, aarhus, attach(aarhus, store), "Eksportér…")
    qtbot.addWidget(dialog)
    assert not dialog.accept_button.isEnabled()
    dialog.all_items.setChecked(True)
    assert dialog.accept_button.isEnabled()
    assert "21" in dialog.summary.text()
    dialog.indstilling.setChecked(True)
    assert dialog.options() == ExportOptions(indstilling=True, beslutning=False, all_items=True)


def test_summary_mentions_lost_annotations(
    qtbot: QtBot, annotated: tuple[Meeting, MeetingAnnotations]
) -> None:
    meeting, view = annotated
    dialog = ExportOptionsDialog(None, meeting, view, "Eksportér…")
    qtbot.addWidget(dialog)
    assert dialog.accept_button.isEnabled()
    assert "3" in dialog.summary.text() and "1" in dialog.summary.text()


def test_export_writes_pdf_with_chosen_options(
    qtbot: QtBot, window: QMainWindow, aarhus: Meeting, store: AnnotationStore,  # noqa: F811
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    store.set_note(aarhus, 2, MARKUP_NOTE)
    _answer_options(monkeypatch, indstilling=True)
    chosen = tmp_path / "mine noter"  # no suffix typed: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "PDF"))
    warnings = _collect_warnings(monkeypatch)
    export_notes_via_dialog(window, aarhus, store)
    _finish(qtbot)
    text = "\n".join(_pages(tmp_path / "mine noter.pdf"))
    assert MARKUP_NOTE.splitlines()[0] in text and "Indstilling" in text
    assert warnings == []
    assert "mine noter.pdf" in window.statusBar().currentMessage()


def test_export_failure_shows_message_and_keeps_nothing_broken(
    qtbot: QtBot, window: QMainWindow, aarhus: Meeting, store: AnnotationStore,  # noqa: F811
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    store.set_note(aarhus, 2, "x")
    (tmp_path / "noter.pdf").mkdir()
    _answer_options(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "noter.pdf"), "PDF"))
    warnings = _collect_warnings(monkeypatch)
    export_notes_via_dialog(window, aarhus, store)
    _finish(qtbot)
    assert len(warnings) == 1 and warnings[0].endswith("it is a folder.")
    assert (tmp_path / "noter.pdf").is_dir()


def test_cancelled_file_dialog_writes_nothing(
    qtbot: QtBot, window: QMainWindow, aarhus: Meeting, store: AnnotationStore,  # noqa: F811
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    store.set_note(aarhus, 2, "x")
    _answer_options(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    export_notes_via_dialog(window, aarhus, store)
    _finish(qtbot)
    assert not list(tmp_path.glob("*.pdf"))


def test_default_export_path_beside_the_minutes(aarhus: Meeting) -> None:  # noqa: F811
    assert default_export_path(aarhus).name == "aarhus_byraad_2025-08-27 - noter.pdf"


def test_print_to_pdf_file_is_the_export_itself(
    qtbot: QtBot, annotated: tuple[Meeting, MeetingAnnotations], tmp_path: Path
) -> None:
    meeting, view = annotated
    pdf = render_pdf(build_sheet(meeting, view, ExportOptions()))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "print.pdf"))
    print_pdf(printer, pdf)
    assert (tmp_path / "print.pdf").read_bytes() == pdf


def test_print_pages_to_a_printer(qtbot: QtBot, annotated: tuple[Meeting, MeetingAnnotations], tmp_path: Path) -> None:
    """The path a paper printer takes; a PDF-format QPrinter stands in for it so the pages can be counted."""
    meeting, view = annotated
    pdf = render_pdf(build_sheet(meeting, view, ExportOptions(all_items=True)))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    printer.setFullPage(True)
    assert print_pdf_pages(printer, pdf) == len(_pages_of_bytes(pdf, tmp_path))
    assert len(_pages(tmp_path / "paper.pdf")) == len(_pages_of_bytes(pdf, tmp_path))
    ranged = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    ranged.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    ranged.setOutputFileName(str(tmp_path / "two.pdf"))
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    ranged.setPageRanges(ranges)
    assert print_pdf_pages(ranged, pdf) == 2


def _pages_of_bytes(pdf: bytes, folder: Path) -> list[str]:
    path = folder / "rendered.pdf"
    path.write_bytes(pdf)
    return _pages(path)


def test_print_flow_through_the_print_dialog(
    qtbot: QtBot, window: QMainWindow, aarhus: Meeting, store: AnnotationStore,  # noqa: F811
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    store.set_note(aarhus, 6, "Til mødet: æøå")
    _answer_options(monkeypatch)
    target = tmp_path / "printed.pdf"

    def choose_pdf_printer(self: QPrintDialog) -> int:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_printer)
    warnings = _collect_warnings(monkeypatch)
    print_notes_via_dialog(window, aarhus, store)
    _finish(qtbot)
    assert warnings == []
    assert "Til mødet: æøå" in "\n".join(_pages(target))


def test_unreadable_store_is_a_message(
    qtbot: QtBot, window: QMainWindow, aarhus: Meeting, store: AnnotationStore,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from minutesapp.annotations import StorageError, StorageErrorCode

    def broken(meeting: Meeting, store: AnnotationStore) -> None:
        raise StorageError(StorageErrorCode.LOCKED, "The notes database is in use.")

    monkeypatch.setattr(export_dialog, "attach", broken)
    warnings = _collect_warnings(monkeypatch)
    export_notes_via_dialog(window, aarhus, store)
    assert warnings and warnings[0].endswith("The notes database is in use.")
