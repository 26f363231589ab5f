"""Typed notes are never lost or written into the wrong note: several notes on one item,
a store that refuses the last save at shutdown, logout, and rescued files at the next start."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QGuiApplication
from test_ui_annotation_support import languages, open_meeting, open_window, store_of  # noqa: F401
from test_ui_notes import refuse_writes
from test_ui_support import make_meeting

from minutesapp import paths
from minutesapp.annotations import AnnotationStore, ItemRef, Note, StorageError, StorageErrorCode
from minutesapp.annotations import emergency
from minutesapp.ui.annotation_session import UnsavedChoice

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _at(hour: int) -> datetime:
    return datetime(2025, 12, 11, hour, 0, tzinfo=UTC)


def _local_and_imported_note_on_item_2() -> tuple[str, str]:
    """The finding's case: a local note created 10:00 and edited 12:00, an imported one created 11:00."""
    meeting = make_meeting()
    times = iter([_at(10), _at(10), _at(12)])  # open, add, edit; later calls: 12:00
    with AnnotationStore.open(clock=lambda: next(times, _at(12))) as store:
        local = store.add_note(meeting, 2, "Min egen note")
        store.set_note_text(local.id, "Min egen note, rettet kl. 12")
        imported = Note("importeret-id", meeting.identity, ItemRef.of(meeting.items[1]), "Fra den anden bærbare", _at(11), _at(11))
        store.merge([imported], [])
    return local.id, imported.id


def test_typing_changes_only_the_note_in_the_editor_and_the_other_stays_visible(qtbot, languages) -> None:
    local_id, imported_id = _local_and_imported_note_on_item_2()
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    pane = window.notes_pane
    assert pane.note_text() == "Fra den anden bærbare"  # the newest-created note is in the editor
    assert pane.other_notes.isVisible() and pane.other_notes.isReadOnly()
    assert "Min egen note, rettet kl. 12" in pane.other_notes_text()
    assert "(1)" in pane.other_notes_title.text()

    qtbot.keyClicks(pane.editor, " - og svar")
    assert window.annotations.flush()
    store = store_of(window)
    assert store.get(imported_id).text == "Fra den anden bærbare - og svar"  # type: ignore[union-attr]
    assert store.get(local_id).text == "Min egen note, rettet kl. 12"  # type: ignore[union-attr]

    pane.editor.clear()  # emptying the editor deletes that note only
    assert window.annotations.flush()
    assert store.get(imported_id) is None
    assert store.get(local_id).text == "Min egen note, rettet kl. 12"  # type: ignore[union-attr]
    window.toc.select_item(1)
    assert not pane.other_notes.isVisible()
    window.toc.select_item(2)
    assert "Min egen note, rettet kl. 12" in pane.other_notes_text()  # still listed, still not in the editor
    qtbot.keyClicks(pane.editor, "Ny tanke")
    assert window.annotations.flush()
    texts = sorted(n.text for n in store.notes(window.meeting.identity))
    assert texts == ["Min egen note, rettet kl. 12", "Ny tanke"]  # a new note, the old one untouched


def test_a_note_deleted_behind_the_editor_is_saved_as_a_new_note(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.notes_pane.editor.setPlainText("Første udgave")
    assert window.annotations.flush()
    store = store_of(window)
    store.delete_note(store.notes(window.meeting.identity)[0].id)
    window.notes_pane.editor.setPlainText("Første udgave, rettet")
    assert window.annotations.flush()
    assert [n.text for n in store.notes(window.meeting.identity)] == ["Første udgave, rettet"]


def test_shutdown_with_a_failing_store_writes_the_text_to_a_file(qtbot, languages, monkeypatch) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    refuse_writes(monkeypatch, store_of(window), StorageErrorCode.DISK_FULL, "The disk is full")
    window.notes_pane.editor.setPlainText("Skrevet lige før nedbruddet")  # still in the 800 ms debounce
    window.annotations.shutdown()  # what run_gui's finally does, even after an exception
    files = emergency.unsaved_note_files()
    assert [f.parent for f in files] == [paths.data_dir() / "unsaved-notes"]
    text = files[0].read_text("utf-8")
    assert "Skrevet lige før nedbruddet" in text
    assert "Item: 2. Anbefaling af kompetenceplan 2026-2029" in text
    assert window.annotations.store is None


def test_shutdown_saves_pending_typing_to_the_store(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    meeting = window.meeting
    window.notes_pane.editor.setPlainText("Gemt ved lukning")  # no flush, no focus change
    window.annotations.shutdown()
    assert emergency.unsaved_note_files() == []
    with AnnotationStore.open(read_only=True) as store:
        assert [n.text for n in store.notes_on(meeting, 2)] == ["Gemt ved lukning"]


def test_logout_saves_typed_text(qtbot, languages, monkeypatch) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.notes_pane.editor.setPlainText("Før log ud")
    window.annotations._on_commit_data(None)  # what QGuiApplication.commitDataRequest calls
    assert [n.text for n in store_of(window).notes_on(window.meeting, 2)] == ["Før log ud"]

    writable_again = refuse_writes(monkeypatch, store_of(window), StorageErrorCode.READ_ONLY, "read-only folder")
    window.notes_pane.editor.setPlainText("Før log ud, igen")
    window.annotations._on_commit_data(None)
    assert "Før log ud, igen" in emergency.unsaved_note_files()[0].read_text("utf-8")
    assert window.annotations.notes.autosaver.has_unsaved()  # the logout may be cancelled: still pending
    writable_again()
    assert window.annotations.flush()
    assert [n.text for n in store_of(window).notes_on(window.meeting, 2)] == ["Før log ud, igen"]


def test_commit_data_request_is_connected(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    app = QGuiApplication.instance()
    assert app.receivers("2commitDataRequest(QSessionManager&)") >= 1
    assert window.annotations is not None


def test_copy_and_close_when_no_file_can_be_written_asks_before_closing(qtbot, languages, monkeypatch) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    refuse_writes(monkeypatch, store_of(window), StorageErrorCode.READ_ONLY, "read-only folder")

    def no_file(*args, **kwargs):
        raise StorageError(StorageErrorCode.READ_ONLY, "The notes folder is read-only")

    monkeypatch.setattr("minutesapp.ui.notes_controller.write_unsaved_notes", no_file)
    window.notes_pane.editor.setPlainText("Kun på udklipsholderen")
    notes = window.annotations.notes
    window.annotations.ask_unsaved = lambda: UnsavedChoice.COPY
    asked: list[str] = []
    notes.close_with_clipboard_only = lambda error: asked.append(str(error)) or False
    assert not window.close()  # the user chose to stay: the text is still in the window
    assert asked and window.notes_pane.note_text() == "Kun på udklipsholderen"
    notes.close_with_clipboard_only = lambda error: True
    assert window.close()


def test_the_next_start_says_where_rescued_notes_are(qtbot, languages) -> None:
    path = emergency.write_unsaved_notes("Item: 2\n\nReddet tekst\n")
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    message = window.message_label.text()
    assert "1 file(s)" in message and str(path.parent) in message
    assert path.read_text("utf-8") == "Item: 2\n\nReddet tekst\n"  # told, never imported or removed
    assert store_of(window).notes(window.meeting.identity) == []


def test_a_store_that_cannot_be_opened_read_only_says_so(qtbot, languages) -> None:
    from minutesapp.ui.main_window import MainWindow
    from minutesapp.ui.settings import AppSettings
    from test_ui_support import fake_loader

    def cannot_open(**kwargs):
        raise StorageError(StorageErrorCode.CANNOT_OPEN, "Cannot open the notes read-only: unable to open database file")

    window = MainWindow(AppSettings(), languages, load=fake_loader(make_meeting()), open_store=cannot_open)
    qtbot.addWidget(window)
    window.show()
    open_meeting(qtbot, window, item=2)
    assert "not even read-only" in window.notes_pane.read_only_label.text()
    assert "was not saved" not in window.message_label.text()
    assert window.close()

