"""The library in the window, driven through its menu actions over real corpus files.

Each test copies Haderslev, Aarhus and Ballerup (plus an empty, unreadable .pdf) into its own
folder, adds the folder through "Add folder…" and waits for the background job's signals.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import corpus_file
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog
from test_ui_support import make_meeting

from minutesapp.library import (
    CaseTreatment,
    Library,
    LibraryFailure,
    LibraryMeeting,
    ScanReport,
    SearchHit,
    decision_overview,
)
from minutesapp.model import Meeting
from minutesapp.ui.case_models import CaseHistoryModel, DecisionOverviewModel, OpenTargetRole
from minutesapp.ui.case_panel import DecisionOverviewDialog
from minutesapp.ui.i18n import LanguageSwitcher
from minutesapp.ui.library_models import FailureTableModel, LibraryMeetingRole, LibraryTreeModel
from minutesapp.ui.library_service import LibraryService
from minutesapp.ui.library_ui import LibraryUi, library_ui_of
from minutesapp.ui.main_window import MainWindow
from minutesapp.ui.search_models import HitRole, SearchResultsModel
from minutesapp.ui.settings import AppSettings

HADERSLEV = "haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"
AARHUS = "aarhus_byraad_2025-08-27.pdf"
BALLERUP = "ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"
HADERSLEV_BODY = "Beskæftigelse- og Borgerserviceudvalget"


@pytest.fixture
def window(qtbot, qapp) -> Iterator[MainWindow]:
    languages = LanguageSwitcher(qapp)
    languages.set_language("en")
    window = MainWindow(AppSettings(), languages)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window
    languages.set_language("en")


@pytest.fixture
def ui(qtbot, window: MainWindow) -> LibraryUi:
    ui = library_ui_of(window)
    assert ui is not None
    qtbot.waitUntil(lambda: not ui.service.is_busy)  # the rescan at start (of an empty library)
    return ui


@pytest.fixture
def minutes_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "referater"
    folder.mkdir()
    for name in (HADERSLEV, AARHUS, BALLERUP):
        shutil.copy(corpus_file(name), folder / name)
    (folder / "tom.pdf").write_bytes(b"")
    return folder


def _add_folder(qtbot, ui: LibraryUi, folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ScanReport, list]:
    """"Library > Add folder…" with the dialog answered, until the job's report arrives."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    steps: list[tuple[int, int, str]] = []
    ui.service.progress.connect(lambda done, total, name: steps.append((done, total, name)))
    with qtbot.waitSignal(ui.service.job_finished, timeout=120_000) as blocker:
        ui.add_folder_action.trigger()
    qtbot.waitUntil(lambda: not ui.service.is_busy)
    return blocker.args[0], steps


def _meetings(model: LibraryTreeModel) -> list[LibraryMeeting]:
    found = []
    for body_row in range(model.rowCount()):
        body = model.index(body_row, 0)
        found.extend(model.index(row, 0, body).data(LibraryMeetingRole) for row in range(model.rowCount(body)))
    return found


def _search(qtbot, ui: LibraryUi, text: str) -> list[SearchHit]:
    with qtbot.waitSignal(ui.search_panel.searched, timeout=5_000):
        ui.search_panel.query_edit.setText(text)  # debounced, like typing
    return ui.search_panel.model.hits()


def _open_row(qtbot, window: MainWindow, view, index: QModelIndex) -> Meeting:
    with qtbot.waitSignal(window.meeting_shown, timeout=60_000) as blocker:
        view.activated.emit(index)
    return blocker.args[0]


def test_adding_a_folder_indexes_in_the_background_and_lists_meetings_and_failures(
        qtbot, window: MainWindow, ui: LibraryUi, minutes_folder: Path, monkeypatch) -> None:
    report, steps = _add_folder(qtbot, ui, minutes_folder, monkeypatch)
    assert len(report.added) == 3 and len(report.failed) == 1
    assert steps and steps[-1][:2] == (4, 4)
    assert ui.dock.isVisible() and ui.tabs.currentWidget() is ui.library_panel

    model = ui.library_panel.model
    rows = {(m.body, m.date, Path(m.file).name, m.item_count) for m in _meetings(model)}
    assert rows == {
        ("Aarhus Byråd", "2025-08-27", AARHUS, 21),
        (HADERSLEV_BODY, "2025-12-11", HADERSLEV, 11),
        ("Sundheds- og Forebyggelsesudvalget", "2012-12-04", BALLERUP, 8),
    }
    assert model.index(0, 0).data() == "Aarhus Byråd (1)"
    assert model.index(0, 1).data() == "21"
    assert model.index(0, 0, model.index(0, 0)).data() == "27 August 2025 · Minutes"
    assert "3 meetings from 3 bodies" in ui.library_panel.summary_label.text()

    failures = ui.library_panel.failure_model
    assert failures.rowCount() == 1
    assert failures.index(0, 0).data() == "tom.pdf"
    assert failures.index(0, 1).data() == "The file is empty."
    assert ui.library_panel.failures_box.isVisibleTo(ui.library_panel)


def test_double_clicking_a_meeting_opens_it(qtbot, window: MainWindow, ui: LibraryUi, minutes_folder, monkeypatch) -> None:
    _add_folder(qtbot, ui, minutes_folder, monkeypatch)
    model = ui.library_panel.model
    ballerup_row = model.index_for_file(str((minutes_folder / BALLERUP).resolve()))
    meeting = _open_row(qtbot, window, ui.library_panel.tree, ballerup_row)
    assert meeting.date == "2012-12-04"
    assert window.path.name == BALLERUP


def test_search_ranks_haderslev_107_first_and_opens_it_at_the_item(
        qtbot, window: MainWindow, ui: LibraryUi, minutes_folder, monkeypatch) -> None:
    _add_folder(qtbot, ui, minutes_folder, monkeypatch)
    ui.search_action.trigger()
    assert ui.tabs.currentWidget() is ui.search_panel and ui.search_panel.query_edit.hasFocus()
    hits = _search(qtbot, ui, "kompetenceplanen")
    assert (Path(hits[0].file).name, hits[0].item) == (HADERSLEV, 107)
    assert ui.search_panel.count_label.text() == f"{len(hits)} result" + ("s" if len(hits) > 1 else "")
    html = ui.search_panel.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert "Anbefaling af kompetenceplan 2026-2029" in html and "background-color" in html

    meeting = _open_row(qtbot, window, ui.search_panel.results, ui.search_panel.model.index(0, 0))
    assert meeting.body == HADERSLEV_BODY
    assert window.toc.current_item_number() == 107
    assert "Anbefaling af kompetenceplan 2026-2029" in window.item_view.displayed_text()


def test_body_date_and_section_filters_narrow_the_results(qtbot, ui: LibraryUi, minutes_folder, monkeypatch) -> None:
    _add_folder(qtbot, ui, minutes_folder, monkeypatch)
    panel = ui.search_panel
    everywhere = _search(qtbot, ui, "godkendt")
    assert {h.body for h in everywhere} >= {"Aarhus Byråd", HADERSLEV_BODY}
    assert [panel.body_combo.itemText(i) for i in range(panel.body_combo.count())] == [
        "All bodies", "Aarhus Byråd", HADERSLEV_BODY, "Sundheds- og Forebyggelsesudvalget"]

    panel.body_combo.setCurrentIndex(panel.body_combo.findData("Aarhus Byråd"))  # searches at once
    aarhus = panel.model.hits()
    assert aarhus and {h.body for h in aarhus} == {"Aarhus Byråd"} and len(aarhus) < len(everywhere)

    panel.body_combo.setCurrentIndex(0)
    panel.from_edit.setDate(panel.from_edit.date().fromString("2025-01-01", "yyyy-MM-dd"))
    assert {h.date for h in panel.model.hits()} <= {"2025-08-27", "2025-12-11"}

    panel.section_combo.setCurrentIndex(panel.section_combo.findData("beslutning"))
    assert panel.model.hits() and {h.section for h in panel.model.hits()} == {"beslutning"}
    assert panel.section_combo.currentText() == "Only decisions"


def test_case_21_24526_lists_the_haderslev_items_and_opens_one(
        qtbot, window: MainWindow, ui: LibraryUi, minutes_folder, monkeypatch) -> None:
    _add_folder(qtbot, ui, minutes_folder, monkeypatch)
    with qtbot.waitSignal(window.meeting_shown, timeout=60_000):
        window.open_file(minutes_folder / HADERSLEV, 106)
    assert ui.follow_case_action.isEnabled()
    assert ui.follow_case_action.text() == "Follow the &case 21/24526"
    ui.follow_case_action.trigger()
    panel = ui.case_panel
    assert ui.tabs.currentWidget() is panel and panel.case_edit.text() == "21/24526"
    treatments = panel.model.treatments()
    in_library = [t for t in treatments if t.file is not None]
    assert {106, 113}.issubset({t.item for t in in_library})
    assert {Path(t.file).name for t in in_library} == {HADERSLEV}
    assert [t.date for t in treatments] == sorted(t.date for t in treatments)
    assert panel.model.index(0, CaseHistoryModel.COL_DECISION).data() == "Godkendt."

    row = next(r for r, t in enumerate(treatments) if t.item == 113)
    with qtbot.waitSignal(window.meeting_shown, timeout=60_000):
        panel.table.activated.emit(panel.model.index(row, 0))
    assert window.toc.current_item_number() == 113


def test_decision_overview_of_aarhus_shows_item_3_dissent(qtbot, window: MainWindow, ui: LibraryUi) -> None:
    assert not ui.overview_action.isEnabled()
    with qtbot.waitSignal(window.meeting_shown, timeout=60_000):
        window.open_file(corpus_file(AARHUS))
    ui.overview_action.trigger()
    dialog = window.findChild(DecisionOverviewDialog)
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == 21
    row = next(r for r in range(model.rowCount()) if model.index(r, DecisionOverviewModel.COL_ITEM).data() == "3")
    against = model.index(row, DecisionOverviewModel.COL_AGAINST).data()
    assert "Socialistisk Folkeparti" in against and "Enhedslisten de Rød-Grønne" in against
    assert model.index(row, DecisionOverviewModel.COL_OUTCOME).data().startswith("Tilbagesendes Magistratsafdelingen")
    assert model.index(20, DecisionOverviewModel.COL_CLOSED).data() == "Closed"  # item 21, Køb af landbrugsejendom

    dialog.table.activated.emit(model.index(row, 0))
    assert window.toc.current_item_number() == 3
    dialog.close()


def test_a_removed_file_disappears_after_update(qtbot, ui: LibraryUi, minutes_folder, monkeypatch) -> None:
    _add_folder(qtbot, ui, minutes_folder, monkeypatch)
    (minutes_folder / BALLERUP).unlink()
    (minutes_folder / "tom.pdf").unlink()
    with qtbot.waitSignal(ui.service.job_finished, timeout=60_000) as blocker:
        ui.rescan_action.trigger()
    qtbot.waitUntil(lambda: not ui.service.is_busy)
    assert len(blocker.args[0].removed) == 2
    assert {Path(m.file).name for m in _meetings(ui.library_panel.model)} == {AARHUS, HADERSLEV}
    assert ui.library_panel.failure_model.rowCount() == 0
    assert not ui.library_panel.failures_box.isVisibleTo(ui.library_panel)
    assert "Sundheds- og Forebyggelsesudvalget" not in [
        ui.search_panel.body_combo.itemText(i) for i in range(ui.search_panel.body_combo.count())]


def test_notes_synced_to_the_library_are_searchable_and_counted(qtbot, ui: LibraryUi, minutes_folder, monkeypatch) -> None:
    _add_folder(qtbot, ui, minutes_folder, monkeypatch)
    haderslev = next(m for m in _meetings(ui.library_panel.model) if m.body == HADERSLEV_BODY)
    ui.service.sync_notes(haderslev.identity, {107: "Spørg til økonomien i planen", 108: ""})
    refreshed = next(m for m in _meetings(ui.library_panel.model) if m.body == HADERSLEV_BODY)
    assert refreshed.notes_count == 1
    panel = ui.search_panel
    panel.section_combo.setCurrentIndex(panel.section_combo.findData("notes"))
    hits = _search(qtbot, ui, "økonomien")
    assert [(h.item, h.section) for h in hits] == [(107, "notes")]


def test_cancel_stops_indexing_between_files_and_keeps_the_rest(qtbot, tmp_path: Path) -> None:
    started, release = threading.Event(), threading.Event()
    loaded: list[str] = []

    def slow_loader(path: Path, cancel: threading.Event | None) -> Meeting:
        started.set()
        release.wait(10)
        loaded.append(path.name)
        from minutesapp.parsing import parse_file
        return parse_file(path)

    folder = tmp_path / "in"
    folder.mkdir()
    for name in (HADERSLEV, BALLERUP):
        shutil.copy(corpus_file(name), folder / name)
    service = LibraryService(tmp_path / "lib.sqlite3", loader=slow_loader)
    with qtbot.waitSignal(service.job_finished, timeout=30_000) as blocker:
        service.add([folder])
        assert service.is_busy
        qtbot.waitUntil(started.is_set)  # the first file is being read
        service.cancel()
        release.set()
    report = blocker.args[0]
    assert report.cancelled and len(loaded) == 1
    qtbot.waitUntil(lambda: not service.is_busy)
    with Library(tmp_path / "lib.sqlite3") as library:
        assert [Path(m.file).name for m in library.meetings()] == loaded
    service.close()


def test_models_pass_the_qt_model_tester(qtmodeltester) -> None:
    tree = LibraryTreeModel()
    tree.set_meetings([
        LibraryMeeting("/a/x.pdf", "i1", "referat", "Byrådet", "2025-01-02", 5, 1),
        LibraryMeeting("/a/y.pdf", "i2", "dagsorden", "Byrådet", "2025-02-03", 7),
        LibraryMeeting("/a/z.txt", "i3", "unknown", None, None, 0),
    ])
    qtmodeltester.check(tree, force_py=True)
    qtmodeltester.check(LibraryTreeModel(), force_py=True)
    failures = FailureTableModel()
    failures.set_failures([LibraryFailure("/a/tom.pdf", "empty", "tom.pdf: empty"), LibraryFailure("/a/b", "odd", "b")])
    qtmodeltester.check(failures, force_py=True)
    results = SearchResultsModel()
    results.set_hits([SearchHit("/a/x.pdf", "2025-01-02", "Byrådet", 3, "Budget <2026>", "beslutning",
                                "…budget & plan…", ((1, 7),), -3.0, "i1")])
    qtmodeltester.check(results, force_py=True)
    assert results.index(0, 0).data(HitRole).item == 3
    overview = DecisionOverviewModel()
    overview.set_summaries(decision_overview(make_meeting()))
    assert overview.index(1, DecisionOverviewModel.COL_AGAINST).data() == "Peter Hansen (Ø)"
    qtmodeltester.check(overview, force_py=True)
    cases = CaseHistoryModel()
    cases.set_history("21/24526", [
        CaseTreatment("2025-11-01", "Økonomiudvalget", 4, None, ("Anbefales.",), recorded_in="/a/x.pdf"),
        CaseTreatment("2025-12-11", "Byrådet", 7, "Plan", ("Godkendt.",), file="/a/x.pdf"),
    ])
    assert cases.index(0, CaseHistoryModel.COL_SOURCE).data() == "quoted in x.pdf"
    assert cases.index(0, 0).data(OpenTargetRole) == ("/a/x.pdf", 7)  # the quoting item
    qtmodeltester.check(cases, force_py=True)
