"""SIGTERM (``kill``, logout, a service manager) ends minutesapp cleanly: typed notes saved or
rescued to a file, the notes database closed with a backup, exit status 0."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT
from test_annotations_meetings import meeting_v1
from test_cli_notes import minutes_file
from test_ui_annotation_support import languages, open_meeting, open_window, store_of  # noqa: F401
from test_ui_notes import refuse_writes

from minutesapp import paths
from minutesapp.annotations import AnnotationStore, StorageErrorCode, emergency
from minutesapp.annotations.database import DB_NAME
from minutesapp.ui.app import TerminationWatcher, end_on_signal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_signal_handler_saves_typed_text_then_quits(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.notes_pane.editor.setPlainText("Skrevet 0,5 s før kill")  # still waiting for the debounce
    quits: list[bool] = []
    end_on_signal(window, lambda: quits.append(True))
    assert quits == [True]
    assert [n.text for n in store_of(window).notes_on(window.meeting, 2)] == ["Skrevet 0,5 s før kill"]


def test_the_signal_handler_rescues_text_the_store_refuses(qtbot, languages, monkeypatch) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    refuse_writes(monkeypatch, store_of(window), StorageErrorCode.DISK_FULL, "The disk is full")
    window.notes_pane.editor.setPlainText("Må ikke forsvinde med processen")
    end_on_signal(window, lambda: None)
    [rescued] = emergency.unsaved_note_files()
    assert "Må ikke forsvinde med processen" in rescued.read_text("utf-8")
    assert not window.annotations.notes.autosaver.has_unsaved()  # closing now asks nothing
    window.annotations.shutdown()
    assert emergency.unsaved_note_files() == [rescued]  # and writes no second copy


def test_the_watcher_gets_a_real_sigterm_on_the_gui_thread_and_gives_it_back(qtbot) -> None:
    before = signal.getsignal(signal.SIGTERM)
    watcher = TerminationWatcher()
    try:
        with qtbot.waitSignal(watcher.received, timeout=10_000) as blocker:
            os.kill(os.getpid(), signal.SIGTERM)
        assert blocker.args == [signal.SIGTERM]
    finally:
        watcher.close()
    assert signal.getsignal(signal.SIGTERM) == before


def _wait_until_the_meeting_is_remembered(db: Path, process: subprocess.Popen[str], timeout: float = 60) -> None:
    """The window has opened the file once the store knows the meeting (read through WAL, read-only)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if db.exists():
            conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
            try:
                if conn.execute("SELECT count(*) FROM meetings").fetchone()[0]:
                    return
            except sqlite3.Error:
                pass
            finally:
                conn.close()
        time.sleep(0.05)
    process.kill()
    pytest.fail("minutesapp did not open the file in time")


def test_sigterm_to_a_running_app_exits_0_with_the_store_closed_and_backed_up(tmp_path: Path, minutesapp_home: Path) -> None:
    f = minutes_file(tmp_path / "files", meeting_v1())
    env = dict(os.environ, MINUTESAPP_HOME=str(minutesapp_home), PYTHONPATH=str(PROJECT_ROOT), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "minutesapp", str(f)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        db = paths.data_dir() / DB_NAME
        _wait_until_the_meeting_is_remembered(db, process)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert not db.with_name(DB_NAME + "-wal").exists()  # the app's connection was closed (checkpointed)
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert len(list((db.parent / "backups").glob("*.sqlite3"))) == 1  # the closing backup
    with AnnotationStore.open() as store:  # the lock was released
        assert store.meeting_info(meeting_v1().identity) is not None
