"""Where rescued note text went is always told: the start notice names every folder holding
such files (fallbacks too), and an ending process prints the file to stderr (the journal)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_ui_annotation_support import languages, open_meeting, open_window, store_of  # noqa: F401
from test_ui_notes import refuse_writes

from minutesapp.annotations import StorageErrorCode, emergency
from minutesapp.ui.app import end_on_signal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_start_notice_names_each_folder_with_rescued_files(qtbot, languages) -> None:  # noqa: F811
    home = Path(os.environ["MINUTESAPP_HOME"])
    in_notes = emergency.write_unsaved_notes("i notemappen")
    in_state = emergency.write_unsaved_notes("i tilstandsmappen", folders=[home / "state" / emergency.UNSAVED_FOLDER])
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    message = window.message_label.text()
    assert "2 file(s)" in message
    assert str(in_notes.parent) in message and str(in_state.parent) in message


def test_a_rescue_on_sigterm_prints_the_file_to_stderr(qtbot, languages, monkeypatch, capsys) -> None:  # noqa: F811
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    refuse_writes(monkeypatch, store_of(window), StorageErrorCode.DISK_FULL, "The disk is full")
    window.notes_pane.editor.setPlainText("Til journalen")
    end_on_signal(window, lambda: None)
    [rescued] = emergency.unsaved_note_files()
    assert str(rescued) in capsys.readouterr().err


def test_logout_keeps_one_rescue_file_and_deletes_it_once_the_text_is_saved(qtbot, languages, monkeypatch) -> None:  # noqa: F811
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    writable_again = refuse_writes(monkeypatch, store_of(window), StorageErrorCode.READ_ONLY, "read-only folder")
    window.notes_pane.editor.setPlainText("Ved log ud")
    window.annotations._on_commit_data(None)  # what QGuiApplication.commitDataRequest calls
    [rescued] = emergency.unsaved_note_files()
    window.notes_pane.editor.setPlainText("Ved log ud, rettet")
    window.annotations._on_commit_data(None)  # asked again: the same file, overwritten
    assert emergency.unsaved_note_files() == [rescued]
    assert "Ved log ud, rettet" in rescued.read_text("utf-8")
    writable_again()
    assert window.annotations.flush()
    assert emergency.unsaved_note_files() == []  # saved: the file would only mislead
    assert [n.text for n in store_of(window).notes_on(window.meeting, 2)] == ["Ved log ud, rettet"]


def test_a_logout_rescue_is_kept_when_shutdown_cannot_save_either(qtbot, languages, monkeypatch) -> None:  # noqa: F811
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    refuse_writes(monkeypatch, store_of(window), StorageErrorCode.DISK_FULL, "The disk is full")
    window.notes_pane.editor.setPlainText("Må blive i filen")
    window.annotations._on_commit_data(None)
    window.annotations.shutdown()
    [rescued] = emergency.unsaved_note_files()
    assert "Må blive i filen" in rescued.read_text("utf-8")
