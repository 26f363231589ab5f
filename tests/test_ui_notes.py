"""The note editor in the reader window: autosave, flushing, failures, read-only, plain text."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import corpus_file
from PySide6.QtWidgets import QApplication
from test_ui_annotation_support import languages, open_meeting, open_window, store_of  # noqa: F401

from minutesapp import paths
from minutesapp.annotations import AnnotationStore, StorageError, StorageErrorCode
from minutesapp.ui.annotation_session import UnsavedChoice

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HADERSLEV = "haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"


NOTE_WRITES = ("set_note", "add_note", "set_note_text")


def refuse_writes(monkeypatch, store: AnnotationStore, code: StorageErrorCode, message: str) -> Callable[[], None]:
    """Make the store refuse every note write (the window saves by id or adds a new note).

    Returns a function that lets writes through again.
    """

    def refuse(*args, **kwargs):
        raise StorageError(code, message)

    for name in NOTE_WRITES:
        monkeypatch.setattr(store, name, refuse)
    return lambda: [monkeypatch.delattr(store, name) for name in NOTE_WRITES] and None


def _note(window, item: int) -> str:
    notes = store_of(window).notes_on(window.meeting, item)
    return notes[-1].text if notes else ""


def test_typing_saves_by_itself_after_a_pause(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    qtbot.keyClicks(window.notes_pane.editor, "Spørg til økonomien")
    assert window.notes_pane.status.text() == "Saving…"
    qtbot.waitUntil(lambda: _note(window, 2) == "Spørg til økonomien", timeout=5000)
    qtbot.waitUntil(lambda: window.notes_pane.status.text().startswith("Saved "))
    assert window.model.item_marks(2) >= {"notes"}


def test_switching_item_saves_at_once_and_shows_the_other_note(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.notes_pane.editor.setPlainText("Note til punkt 2")
    window.toc.select_item(1)
    assert _note(window, 2) == "Note til punkt 2"  # no waiting: the switch flushed it
    assert window.notes_pane.note_text() == ""
    assert "item 1" in window.notes_pane.title.text()
    window.toc.select_item(2)
    assert window.notes_pane.note_text() == "Note til punkt 2"


def test_closing_the_window_saves_the_note(qtbot, languages, minutesapp_home: Path) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.notes_pane.editor.setPlainText("Skrevet lige før lukning")
    meeting = window.meeting
    assert window.close()
    with AnnotationStore.open(read_only=True) as store:  # the window released its lock
        assert [n.text for n in store.notes_on(meeting, 2)] == ["Skrevet lige før lukning"]


def test_focus_leaving_the_editor_saves(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.notes_pane.editor.setPlainText("Fokus væk")
    window.notes_pane.note_focus_lost.emit()
    assert _note(window, 2) == "Fokus væk"


def test_the_same_meeting_from_two_paths_shows_the_same_note(qtbot, languages, tmp_path: Path) -> None:
    source = corpus_file(HADERSLEV)
    first = tmp_path / "a" / "referat.txt"
    second = tmp_path / "b" / "kopi af referat.txt"
    for target in (first, second):
        target.parent.mkdir()
        shutil.copyfile(source, target)
    window = open_window(qtbot, languages, real_loader=True)
    meeting = open_meeting(qtbot, window, first)
    one, two = meeting.items[0].number, meeting.items[1].number  # Haderslev numbers its items 106...
    window.toc.select_item(two)
    window.notes_pane.editor.setPlainText("Kompetenceplanen: spørg om udvalgenes rolle")
    assert window.annotations.flush()
    open_meeting(qtbot, window, first, item=one)
    assert window.notes_pane.note_text() == ""
    open_meeting(qtbot, window, second, item=two)
    assert window.path == second
    assert window.notes_pane.note_text() == "Kompetenceplanen: spørg om udvalgenes rolle"
    assert store_of(window).meeting_info(window.meeting.identity).last_path == str(second)


def test_a_full_disk_keeps_the_text_and_says_so_then_saves_later(qtbot, languages, monkeypatch) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    store = store_of(window)
    room_again = refuse_writes(monkeypatch, store, StorageErrorCode.DISK_FULL, "The disk is full")
    qtbot.keyClicks(window.notes_pane.editor, "Vigtig note")
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=5000)
    assert "disk is full" in window.message_label.text()
    assert window.notes_pane.status.text() == "Not saved"
    assert window.notes_pane.note_text() == "Vigtig note"
    # switching away and back shows the unsaved text again, never the (empty) stored note
    window.toc.select_item(1)
    window.toc.select_item(2)
    assert window.notes_pane.note_text() == "Vigtig note"

    room_again()
    qtbot.keyClicks(window.notes_pane.editor, "!")
    qtbot.waitUntil(lambda: _note(window, 2) == "Vigtig note!", timeout=5000)
    assert window.message_bar.isHidden()
    assert window.notes_pane.status.text().startswith("Saved ")


def test_closing_with_an_unsaved_note_asks_and_can_copy_the_text(qtbot, languages, monkeypatch) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    store = store_of(window)
    refuse_writes(monkeypatch, store, StorageErrorCode.READ_ONLY, "read-only folder")
    window.notes_pane.editor.setPlainText("Må ikke gå tabt")
    answers = [UnsavedChoice.STAY]
    window.annotations.ask_unsaved = lambda: answers.pop(0)
    assert not window.close()
    assert window.isVisible()
    assert window.notes_pane.note_text() == "Må ikke gå tabt"

    answers[:] = [UnsavedChoice.RETRY, UnsavedChoice.COPY]
    told: list[Path] = []
    window.annotations.notes.tell_rescued = told.append
    assert window.close()
    assert not answers
    assert "Må ikke gå tabt" in QApplication.clipboard().text()
    # the clipboard dies with the process on X11/Wayland: the text is in a file as well
    assert [p.parent for p in told] == [paths.data_dir() / "unsaved-notes"]
    saved = told[0].read_text("utf-8")
    assert "Må ikke gå tabt" in saved and "Item: 2. " in saved and "Meeting: " in saved


def test_a_second_window_shows_notes_read_only_and_says_why(qtbot, languages) -> None:
    first = open_window(qtbot, languages)
    open_meeting(qtbot, first, item=2)
    first.notes_pane.editor.setPlainText("Fra det første vindue")
    assert first.annotations.flush()

    second = open_window(qtbot, languages)  # same data folder: the store is locked
    assert second.annotations.store is not None and second.annotations.store.read_only
    open_meeting(qtbot, second, item=2)
    assert second.notes_pane.editor.isReadOnly()
    assert second.notes_pane.read_only_label.isVisible()
    assert "another window" in second.notes_pane.read_only_label.text()
    assert "another window" in second.message_label.text()
    assert second.notes_pane.note_text() == "Fra det første vindue"
    assert not second.annotations.actions.highlight.isEnabled()


def test_html_like_note_text_shows_literally(qtbot, languages) -> None:
    text = '<b>fed</b> <img src="x.png"> <a href="javascript:alert(1)">klik</a> &amp;'
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.notes_pane.editor.setPlainText(text)
    assert window.annotations.flush()
    window.toc.select_item(1)
    window.toc.select_item(2)
    assert window.notes_pane.note_text() == text
    assert window.notes_pane.editor.document().toPlainText() == text
    assert _note(window, 2) == text


def test_undo_in_the_focused_note_undoes_typing_not_a_highlight(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    from test_ui_annotation_support import select_in_view

    select_in_view(window, "planen anbefales")
    assert window.annotations.highlight_selection() is not None
    editor = window.notes_pane.editor
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "abc")
    assert window.annotations.actions.undo.isEnabled()
    window.annotations.actions.undo.trigger()
    assert editor.toPlainText() == ""
    assert len(store_of(window).highlights(window.meeting.identity)) == 1
    window.annotations.actions.redo.trigger()
    assert editor.toPlainText() == "abc"


def test_export_and_print_are_in_the_file_menu_and_get_the_saved_note(qtbot, languages, monkeypatch) -> None:
    from minutesapp.ui import export_dialog

    calls = []
    monkeypatch.setattr(export_dialog, "export_notes_via_dialog", lambda parent, meeting, store, settings: calls.append(
        ("export", meeting.identity, [n.text for n in store.notes(meeting.identity)])))
    monkeypatch.setattr(export_dialog, "print_notes_via_dialog", lambda parent, meeting, store, settings: calls.append(
        ("print", meeting.identity, [])))
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    actions = window.annotations.actions
    assert actions.export_notes in window.actions.file_menu.actions()
    assert actions.print_notes in window.actions.file_menu.actions()
    assert actions.export_notes.shortcut().toString() == "Ctrl+E"
    assert actions.print_notes.shortcut().toString() == "Ctrl+P"
    window.notes_pane.editor.setPlainText("Med i eksporten")
    actions.export_notes.trigger()  # saves the typed note first
    actions.print_notes.trigger()
    assert calls == [("export", window.meeting.identity, ["Med i eksporten"]), ("print", window.meeting.identity, [])]


def test_a_store_that_cannot_be_opened_leaves_a_working_reader(qtbot, languages) -> None:
    from minutesapp.ui.main_window import MainWindow
    from minutesapp.ui.settings import AppSettings
    from test_ui_support import fake_loader, make_meeting

    def broken(**kwargs):
        raise StorageError(StorageErrorCode.CORRUPT, "The notes database is damaged.")

    window = MainWindow(AppSettings(), languages, load=fake_loader(make_meeting()), open_store=broken)
    qtbot.addWidget(window)
    window.show()
    open_meeting(qtbot, window, item=2)
    assert window.annotations.store is None
    assert "could not be opened" in window.message_label.text()
    assert not window.notes_pane.editor.isEnabled()
    assert not window.annotations.actions.highlight.isEnabled()
    assert "Kommunaldirektøren indstiller" in window.item_view.displayed_text()
    assert window.close()
