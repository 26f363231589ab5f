"""The user's notes in the library's search ("My notes"): typed in the window, or in the store at start."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import corpus_file
from test_ui_annotation_support import languages, open_meeting, open_window  # noqa: F401

from minutesapp.annotations import AnnotationStore
from minutesapp.library import SearchHit
from minutesapp.parsing import parse_file
from minutesapp.ui.library_ui import LibraryUi, library_ui_of
from minutesapp.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HADERSLEV = "haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"


@pytest.fixture
def haderslev(tmp_path: Path) -> Path:
    folder = tmp_path / "referater"
    folder.mkdir()
    target = folder / HADERSLEV
    shutil.copy(corpus_file(HADERSLEV), target)
    return target


def _library_of(qtbot, window: MainWindow) -> LibraryUi:
    ui = library_ui_of(window)
    assert ui is not None
    qtbot.waitUntil(lambda: not ui.service.is_busy)  # the rescan (and notes sync) at start
    return ui


def _add(qtbot, ui: LibraryUi, path: Path) -> None:
    with qtbot.waitSignal(ui.service.job_finished, timeout=60_000) as blocker:
        ui.service.add([path])
    assert [Path(p).name for p in blocker.args[0].added] == [path.name]
    qtbot.waitUntil(lambda: not ui.service.is_busy)


def _search_notes(qtbot, ui: LibraryUi, text: str) -> list[SearchHit]:
    panel = ui.search_panel
    panel.section_combo.setCurrentIndex(panel.section_combo.findData("notes"))
    with qtbot.waitSignal(panel.searched, timeout=5_000):
        panel.set_query(text)
    return panel.model.hits()


def test_a_typed_note_is_found_under_my_notes_and_opens_its_item(qtbot, languages, haderslev: Path) -> None:
    window = open_window(qtbot, languages, real_loader=True)
    ui = _library_of(qtbot, window)
    _add(qtbot, ui, haderslev)
    open_meeting(qtbot, window, haderslev, item=107)
    assert window.toc.current_item_number() == 107

    notes = window.annotations.notes
    with qtbot.waitSignal(notes.note_saved, timeout=10_000) as saved:  # the autosave after the pause
        qtbot.keyClicks(window.notes_pane.editor, "Spørg til bredbåndsudrulningen")
    assert saved.args[1:] == [107, "Spørg til bredbåndsudrulningen"]
    assert saved.args[0] == window.meeting.identity

    window.toc.select_item(106)  # somewhere else, so opening the result visibly moves
    hits = _search_notes(qtbot, ui, "bredbåndsudrulningen")
    assert [(Path(h.file).name, h.item, h.section) for h in hits] == [(HADERSLEV, 107, "notes")]
    assert ui.search_panel.model.index(0, 0).data()  # the result row shows something

    with qtbot.waitSignal(window.meeting_shown, timeout=60_000):
        ui.search_panel.results.activated.emit(ui.search_panel.model.index(0, 0))
    assert window.toc.current_item_number() == 107
    assert window.notes_pane.note_text() == "Spørg til bredbåndsudrulningen"

    window.notes_pane.editor.clear()  # an emptied note leaves the index
    assert window.annotations.flush()
    assert _search_notes(qtbot, ui, "bredbåndsudrulningen") == []


def test_notes_already_in_the_store_are_searchable_after_start(qtbot, languages, haderslev: Path) -> None:
    meeting = parse_file(haderslev)
    with AnnotationStore.open() as store:  # written by an earlier run, before the library existed
        store.set_note(meeting, 108, "Husk kommunikationsindsatsen over for borgerne")
    window = open_window(qtbot, languages, real_loader=True)
    ui = _library_of(qtbot, window)  # the start-up sync ran as a background job
    _add(qtbot, ui, haderslev)  # notes for a meeting the library meets later are indexed then
    hits = _search_notes(qtbot, ui, "kommunikationsindsatsen")
    assert [(h.item, h.section) for h in hits] == [(108, "notes")]
