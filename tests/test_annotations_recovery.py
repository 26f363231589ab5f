"""Nothing acknowledged is lost: a killed writer, a damaged file restored from the newest good backup."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT
from test_annotations_meetings import meeting_v1

from minutesapp import paths
from minutesapp.annotations import AnnotationStore, StorageError, StorageErrorCode
from minutesapp.annotations.database import DB_NAME

T1 = datetime(2025, 5, 1, 10, 0, tzinfo=UTC)

WRITER = textwrap.dedent(
    """
    from test_annotations_meetings import meeting_v1
    from minutesapp.annotations import AnnotationStore, StorageError, StorageErrorCode

    meeting = meeting_v1()
    store = AnnotationStore.open()
    i = 0
    while True:
        note = store.append_note(meeting, i % 5 + 1, f"linje {i}")
        highlight = store.add_highlight(meeting, 2, 0, 6, comment=f"h {i}")
        print(i, note.id, highlight.id, flush=True)  # acknowledged: both calls have returned
        i += 1
    """
)


def test_every_acknowledged_write_survives_sigkill(minutesapp_home: Path) -> None:
    env = dict(os.environ, MINUTESAPP_HOME=str(minutesapp_home))
    env["PYTHONPATH"] = os.pathsep.join([str(PROJECT_ROOT), str(PROJECT_ROOT / "tests")])
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    lines: list[str] = []
    try:
        while len(lines) < 150:
            line = child.stdout.readline()
            assert line, f"the writer stopped early: {child.stderr.read() if child.stderr else ''}"
            lines.append(line)
        os.kill(child.pid, signal.SIGKILL)  # mid-loop: usually inside a transaction
        lines += child.stdout.readlines()  # what it printed before dying was acknowledged too
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    acknowledged = [line.split() for line in lines if line.endswith("\n")]
    meeting = meeting_v1()
    with AnnotationStore.open() as store:  # the kernel dropped the dead writer's lock
        notes = {n.item.number: n.text for n in store.notes(meeting.identity)}
        highlight_ids = {h.id for h in store.highlights(meeting.identity)}
        for number, note_id, highlight_id in acknowledged:
            i = int(number)
            assert f"linje {i}" in notes[i % 5 + 1].split("\n\n")
            assert highlight_id in highlight_ids
            assert store.get(note_id) is not None
    assert sqlite3.connect(paths.data_dir() / DB_NAME).execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _fill(store: AnnotationStore, count: int) -> None:
    meeting = meeting_v1()
    for i in range(count):
        store.add_highlight(meeting, 2, 0, 6, comment=f"kommentar {i} " + "tekst " * 150)


def _damage_the_middle(db: Path) -> None:
    size = db.stat().st_size
    assert size > 40 * 4096  # many pages, so the middle is inside the tables
    rng = random.Random(4)
    with db.open("r+b") as f:
        f.seek(size // 2 - 2048)
        f.write(bytes(rng.randrange(256) for _ in range(8192)))


def _passes_quick_check(db: Path) -> bool:
    try:
        return sqlite3.connect(db).execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:  # "database disk image is malformed"
        return False


def test_a_damaged_database_is_kept_aside_and_the_newest_good_backup_restored() -> None:
    meeting = meeting_v1()
    clock = iter(T1 + timedelta(minutes=m) for m in range(10_000))
    with AnnotationStore.open(clock=lambda: next(clock)) as store:
        _fill(store, 300)
        store.set_note(meeting, 1, "i backuppen")
        store.backup_now(T1)
        store.set_note(meeting, 3, "efter backuppen")
        store.close(backup=False)
    db = paths.data_dir() / DB_NAME
    _damage_the_middle(db)
    assert not _passes_quick_check(db)
    damaged_bytes = db.read_bytes()

    with AnnotationStore.open() as store:
        report = store.open_report
        assert report.restored_from == T1
        assert report.message is not None and T1.astimezone().strftime("%Y-%m-%d %H:%M") in report.message
        assert report.damaged_copy is not None and report.damaged_copy.read_bytes() == damaged_bytes
        assert report.damaged_copy.name.startswith("annotations.sqlite3.damaged-")
        assert {n.text for n in store.notes(meeting.identity)} == {"i backuppen"}  # later changes are lost
        assert len(store.highlights(meeting.identity)) == 300
        store.set_note(meeting, 3, "skrevet igen")  # and the restored store is writable
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_damaged_backup_is_skipped_for_an_older_good_one() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        _fill(store, 200)
        store.set_note(meeting, 1, "gammel")
        store.backup_now(T1)
        store.set_note(meeting, 1, "nyere")
        newer = store.backup_now(T1 + timedelta(hours=1))
        store.close(backup=False)
    newer.path.write_bytes(b"\0" * 4096)
    _damage_the_middle(paths.data_dir() / DB_NAME)
    with AnnotationStore.open() as store:
        assert store.open_report.restored_from == T1
        assert [n.text for n in store.notes(meeting.identity)] == ["gammel"]


def test_a_full_disk_during_recovery_moves_nothing_and_the_next_start_recovers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Restoring needs a copy of the backup; when that fails, the damaged file stays where it was."""
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        _fill(store, 200)
        store.set_note(meeting, 1, "reddet")
        store.backup_now(T1)
        store.close(backup=False)
    db = paths.data_dir() / DB_NAME
    _damage_the_middle(db)

    def no_space(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:  # not monkeypatch.undo(): that would drop MINUTESAPP_HOME too
        patch.setattr(shutil, "copyfile", no_space)
        with pytest.raises(StorageError) as err:
            AnnotationStore.open()
    assert err.value.code is StorageErrorCode.DISK_FULL
    assert db.exists() and not list(db.parent.glob("*.damaged-*"))
    assert not list(db.parent.glob(".restore-*"))
    with AnnotationStore.open() as store:
        assert store.open_report.restored_from == T1
        assert [n.text for n in store.notes(meeting.identity)] == ["reddet"]


def test_damage_without_any_backup_starts_empty_and_keeps_the_file() -> None:
    db = paths.data_dir() / DB_NAME
    db.write_bytes(b"SQLite format 3\0" + b"\xff" * 8000)
    with AnnotationStore.open() as store:
        report = store.open_report
        assert report.started_empty and report.restored_from is None
        assert report.damaged_copy is not None and report.damaged_copy.exists()
        assert "no good backup" in (report.message or "")
        assert store.notes(meeting_v1().identity) == []
