"""Document, user and path text is never read as HTML by a tooltip, label or message box.

A title such as ``<img src=/dev/zero><b>x</b>`` (reachable through a crafted .txt) makes
``Qt.mightBeRichText`` say yes; shown as rich text, Qt would try to load /dev/zero as an
image and abort or eat memory. Every tooltip string below is rendered with QTextDocument,
the way QToolTip renders rich text, and must come out as the literal characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QToolTip

import minutesapp.ui.annotation_session as annotation_session
import minutesapp.ui.export_dialog as export_dialog
from minutesapp.library import CaseTreatment, DecisionSummary, LibraryFailure, LibraryMeeting, SearchHit
from minutesapp.parsing import parse_file
from minutesapp.ui.case_models import CaseHistoryModel, DecisionOverviewModel
from minutesapp.ui.case_panel import CasePanel
from minutesapp.ui.library_models import COL_FILE, FailureTableModel, LibraryTreeModel
from minutesapp.ui.library_panel import IndexingProgress
from minutesapp.ui.library_service import LibraryService
from minutesapp.ui.meeting_model import MeetingTreeModel
from minutesapp.ui.plain_text import menu_text, plain_label, plain_message_box, plain_tooltip
from minutesapp.ui.search_models import SearchResultsModel
from minutesapp.ui.window_actions import create_actions, fill_recent_menu

HOSTILE = "<img src=/dev/zero><b>x</b>"
TOOLTIP = Qt.ItemDataRole.ToolTipRole

CRAFTED_MINUTES = f"""REFERAT Vejudvalget {HOSTILE} d. 11-12-2025

Mødedato Torsdag d. 11. december 2025 kl. 15:30

Punkt 1: Vejplan {HOSTILE}

Indstilling

Direktøren indstiller, at

- planen godkendes.

Beslutning i Vejudvalget den 11-12-2025

Godkendt {HOSTILE}.
"""


def rendered(tip: str) -> str:
    """What a tooltip shows: rich text through QTextDocument, as QToolTip does; else as is."""
    if not QtGuiNamespace.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def assert_literal(tip: str, *expected: str) -> None:
    assert "<img" not in tip and "<b>" not in tip
    assert "&lt;img" in tip
    shown = rendered(tip)
    for text in expected:
        assert text in shown


# --- the helper itself --------------------------------------------------------------------


def test_plain_tooltip_escapes_keeps_line_breaks_and_forces_rich_text() -> None:
    tip = plain_tooltip(f"1. Vejplan {HOSTILE}\nSagsnr. 21/24526 & <mere>")
    assert QtGuiNamespace.mightBeRichText(tip)
    assert_literal(tip)
    assert rendered(tip) == f"1. Vejplan {HOSTILE}\nSagsnr. 21/24526 & <mere>"
    assert plain_tooltip("") == "" and plain_tooltip(None) == ""


def test_plain_label_and_message_box_show_text_literally(qtbot) -> None:
    label = plain_label(None, HOSTILE)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == HOSTILE
    box = plain_message_box(QMessageBox.Icon.Warning, "Notes", HOSTILE)
    qtbot.addWidget(box)
    box.setInformativeText(HOSTILE)
    box.setDetailedText(HOSTILE)
    labels = {child.objectName(): child for child in box.findChildren(QLabel)}
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        assert labels[name].text() == HOSTILE
        assert labels[name].textFormat() == Qt.TextFormat.PlainText


def test_menu_text_doubles_ampersands() -> None:
    assert menu_text("Plan & budget.pdf") == "Plan && budget.pdf"


# --- models: a crafted file through the real parser, and library records -----------------


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_crafted_file_gives_literal_tree_tooltips(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "crafted.txt"
    path.write_text(CRAFTED_MINUTES, encoding="utf-8")
    meeting = parse_file(path)
    assert HOSTILE in meeting.items[0].title  # the parser keeps the text; the UI must not read it
    model = MeetingTreeModel()
    model.set_meeting(meeting)
    root = model.index(0, 0)
    item = model.index(0, 0, root)
    assert_literal(root.data(TOOLTIP), HOSTILE)
    tip = item.data(TOOLTIP)
    assert_literal(tip, f"1. Vejplan {HOSTILE}", "Has a decision")
    assert "<" not in item.data(Qt.ItemDataRole.AccessibleTextRole).replace(HOSTILE, "")  # no markup added
    QToolTip.showText(QPoint(10, 10), tip)  # the real rendering: must not try to load /dev/zero
    QToolTip.hideText()


def test_case_tooltips_show_decision_case_number_and_file_literally() -> None:
    history = CaseHistoryModel()
    treatment = CaseTreatment("2025-12-11", "Vejudvalget", 1, "Vejplan", (HOSTILE, f"Udsat {HOSTILE}"),
                              file=f"/minutes/{HOSTILE}.pdf")  # fmt: skip
    history.set_history(HOSTILE, [treatment])
    decision = history.index(0, CaseHistoryModel.COL_DECISION).data(TOOLTIP)
    assert_literal(decision, HOSTILE, f"Udsat {HOSTILE}")
    assert_literal(history.index(0, CaseHistoryModel.COL_SOURCE).data(TOOLTIP), f"/minutes/{HOSTILE}.pdf")
    recorded = CaseHistoryModel()
    recorded.set_history("1", [CaseTreatment(None, None, None, None, (), recorded_in=HOSTILE)])
    assert_literal(recorded.index(0, CaseHistoryModel.COL_SOURCE).data(TOOLTIP), HOSTILE)

    overview = DecisionOverviewModel()
    overview.set_summaries([DecisionSummary(1, "Vejplan", HOSTILE, "Godkendt")])
    assert_literal(overview.index(0, DecisionOverviewModel.COL_TITLE).data(TOOLTIP), HOSTILE)


def test_library_tooltips_show_paths_and_failure_messages_literally() -> None:
    tree = LibraryTreeModel()
    tree.set_meetings([LibraryMeeting(f"/minutes/{HOSTILE}.pdf", "id", "referat", "Vejudvalget", "2025-12-11", 3)])
    body = tree.index(0, 0)
    assert_literal(tree.index(0, COL_FILE, body).data(TOOLTIP), f"/minutes/{HOSTILE}.pdf")

    failures = FailureTableModel()
    failures.set_failures([LibraryFailure(f"/minutes/{HOSTILE}.pdf", "no-such-code", HOSTILE)])
    tip = failures.index(0, 1).data(TOOLTIP)
    assert_literal(tip, f"/minutes/{HOSTILE}.pdf", HOSTILE)
    assert rendered(tip).count(HOSTILE) == 2  # path line and message line


def test_search_hit_tooltip_shows_the_file_literally() -> None:
    model = SearchResultsModel()
    hit = SearchHit(f"/minutes/{HOSTILE}.pdf", "2025-12-11", "Vejudvalget", 1, HOSTILE, "title", HOSTILE, ((0, 4),),
                    -1.0, "id")  # fmt: skip
    model.set_hits([hit])
    assert_literal(model.index(0, 0).data(TOOLTIP), f"/minutes/{HOSTILE}.pdf")


def test_model_tooltips_stay_empty_without_text() -> None:
    tree = LibraryTreeModel()
    tree.set_meetings([LibraryMeeting("", "id", "referat", "Vejudvalget", None, 0)])
    assert not tree.index(0, COL_FILE, tree.index(0, 0)).data(TOOLTIP)
    assert tree.index(0, 0, QModelIndex()).data(TOOLTIP) is None


# --- widgets ------------------------------------------------------------------------------


def test_recent_file_entry_shows_path_literally(qtbot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = create_actions(window)
    name = "Plan & <img src=zero><b>x.pdf"  # a file name cannot hold a "/"
    fill_recent_menu(actions, [tmp_path / name], lambda _p: None)
    entry = actions.recent_menu.actions()[0]
    assert_literal(entry.toolTip(), str(tmp_path / name))
    assert entry.text() == "&1 Plan && <img src=zero><b>x.pdf"


def test_indexing_and_case_labels_are_plain_text(qtbot, tmp_path: Path) -> None:
    service = LibraryService(tmp_path / "lib.sqlite3")
    progress = IndexingProgress(service)
    qtbot.addWidget(progress)
    service.progress.emit(1, 2, f"{HOSTILE}.pdf")
    assert progress.label.textFormat() == Qt.TextFormat.PlainText
    assert f"{HOSTILE}.pdf" in progress.label.text()

    panel = CasePanel(service)
    qtbot.addWidget(panel)
    panel.show_case(HOSTILE)
    assert panel.status_label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in panel.status_label.text()


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes the code under test opens, captured instead of run modally."""
    boxes: list[QMessageBox] = []

    def capture(*args, **kwargs) -> QMessageBox:
        box = plain_message_box(*args, **kwargs)
        boxes.append(box)
        return box

    monkeypatch.setattr(export_dialog, "plain_message_box", capture)
    monkeypatch.setattr(annotation_session, "plain_message_box", capture)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    return boxes


def test_export_failure_and_unsaved_note_boxes_show_details_literally(qtbot, shown_boxes: list[QMessageBox]) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    export_dialog._warn(window, "The notes could not be exported.", OSError(f"{HOSTILE}: no space"))
    annotation_session.ask_unsaved_choice(window, f"Database locked: {HOSTILE}")
    assert len(shown_boxes) == 2
    for box, detail in zip(shown_boxes, (f"{HOSTILE}: no space", f"Database locked: {HOSTILE}"), strict=True):
        informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
        assert informative.text() == detail
        assert informative.textFormat() == Qt.TextFormat.PlainText
        box.deleteLater()
