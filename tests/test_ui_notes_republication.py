"""Unsaved note text goes into the note it was typed into, even when a corrected re-publication
(same meeting identity, items renumbered) is opened before the store takes it again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from test_ui_annotation_support import languages, open_meeting, store_of  # noqa: F401
from test_ui_notes import refuse_writes
from test_ui_support import make_meeting

from minutesapp.annotations import StorageErrorCode
from minutesapp.model import Meeting
from minutesapp.ui.annotation_session import UnsavedChoice
from minutesapp.ui.main_window import MainWindow
from minutesapp.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

INSERTED_CASE = "99/00001"


def _two_versions() -> tuple[Meeting, Meeting]:
    """The meeting, and a re-publication with a new item 1 that pushes every item one down."""
    first = make_meeting()
    inserted = dataclasses.replace(
        first.items[0], number=1, title="Nyt punkt", case_number=INSERTED_CASE, sections=(), decisions=()
    )
    moved = tuple(dataclasses.replace(item, number=item.number + 1) for item in first.items)
    second = dataclasses.replace(first, items=(inserted, *moved))
    assert first.identity == second.identity
    return first, second


def _window(qtbot, languages, by_name: dict[str, Meeting]) -> MainWindow:  # noqa: F811
    window = MainWindow(AppSettings(), languages, load=lambda path, cancel: by_name[Path(path).name])
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.annotations.ask_unsaved = lambda: UnsavedChoice.STAY  # a failing test must not block on the dialog
    return window


def _texts_by_case(window: MainWindow, meeting: Meeting) -> dict[str | None, list[str]]:
    found: dict[str | None, list[str]] = {}
    for note in store_of(window).notes(meeting.identity):
        found.setdefault(note.item.case_number, []).append(note.text)
    return found


def test_pending_edit_of_a_saved_note_stays_with_its_item_across_a_republication(qtbot, languages, monkeypatch) -> None:  # noqa: F811
    old, new = _two_versions()
    case_x = old.items[0].case_number
    window = _window(qtbot, languages, {"old.txt": old, "new.txt": new})
    open_meeting(qtbot, window, "old.txt", item=1)
    window.notes_pane.editor.setPlainText("Note om X")
    assert window.annotations.flush()
    open_meeting(qtbot, window, "new.txt", item=1)
    window.notes_pane.editor.setPlainText("Note om det nye punkt")
    assert window.annotations.flush()

    open_meeting(qtbot, window, "old.txt", item=1)
    allow = refuse_writes(monkeypatch, store_of(window), StorageErrorCode.DISK_FULL, "disken er fuld")
    window.notes_pane.editor.setPlainText("Note om X, rettet")
    open_meeting(qtbot, window, "new.txt", item=1)  # the save fails, then the re-publication opens

    assert window.notes_pane.note_text() == "Note om det nye punkt"  # not the text typed on X
    window.annotations.notes.show_item(new, 2)  # X is item 2 now
    assert window.notes_pane.note_text() == "Note om X, rettet"
    allow()
    assert window.annotations.flush()
    assert _texts_by_case(window, new) == {case_x: ["Note om X, rettet"], INSERTED_CASE: ["Note om det nye punkt"]}


def test_pending_new_note_is_added_to_the_item_it_was_typed_on(qtbot, languages, monkeypatch) -> None:  # noqa: F811
    old, new = _two_versions()
    case_x = old.items[0].case_number
    window = _window(qtbot, languages, {"old.txt": old, "new.txt": new})
    open_meeting(qtbot, window, "old.txt", item=1)
    allow = refuse_writes(monkeypatch, store_of(window), StorageErrorCode.DISK_FULL, "disken er fuld")
    window.notes_pane.editor.setPlainText("Ny note om X")
    open_meeting(qtbot, window, "new.txt", item=1)

    assert window.notes_pane.note_text() == ""
    window.annotations.notes.show_item(new, 2)
    assert window.notes_pane.note_text() == "Ny note om X"
    allow()
    assert window.annotations.flush()
    assert _texts_by_case(window, new) == {case_x: ["Ny note om X"]}
    assert [n.text for n in store_of(window).notes_on(new, 2)] == ["Ny note om X"]
    assert store_of(window).notes_on(new, 1) == []
