"""Notes on a folder that cannot be written (a read-only mount): they can still be read.

A WAL database needs its ``-shm`` index; on a read-only filesystem SQLite can neither create
it nor open the database ``mode=ro`` without it, so the store must fall back to ``immutable=1``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT
from test_annotations_meetings import meeting_v1
from test_cli_notes import minutes_file, run

from minutesapp import paths
from minutesapp.annotations import AnnotationStore, StorageError, StorageErrorCode
from minutesapp.annotations import database
from minutesapp.annotations.database import DB_NAME

MOUNT_READ_ONLY = 'd="$1"; shift; mount --bind "$d" "$d" && mount -o remount,bind,ro "$d" && exec "$@"'


def _on_read_only_mount(folder: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` in a private mount namespace where ``folder`` is mounted read-only."""
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", MOUNT_READ_ONLY, "sh", str(folder), *argv],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def _require_read_only_mounts(folder: Path) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    try:
        probe = _on_read_only_mount(folder, "sh", "-c", 'touch "$0/probe"', str(folder))
    except OSError as exc:
        pytest.skip(f"cannot run unshare: {exc}")
    if "Read-only file system" not in probe.stderr:
        pytest.skip(f"a private read-only mount is not permitted here: {probe.stderr.strip()}")


def _notes_in_wal_mode_closed_cleanly() -> Path:
    """A data folder with a note, as the app leaves it: WAL header, no -wal/-shm files."""
    assert run("add", minutes_file(paths.cache_dir().parent / "files", meeting_v1()), "--item", "2", "--text", "læs mig") == 0
    db = paths.data_dir() / DB_NAME
    assert db.read_bytes()[18:20] == b"\x02\x02"  # file format versions 2/2: WAL mode
    assert not db.with_name(DB_NAME + "-shm").exists() and not db.with_name(DB_NAME + "-wal").exists()
    return db


def test_notes_list_and_the_window_store_read_a_really_read_only_folder(minutesapp_home: Path) -> None:
    db = _notes_in_wal_mode_closed_cleanly()
    data = db.parent
    _require_read_only_mounts(data)
    before = sorted(p.name for p in data.iterdir())
    env = dict(os.environ, MINUTESAPP_HOME=str(minutesapp_home), PYTHONPATH=str(PROJECT_ROOT))
    listing = _on_read_only_mount(
        data, sys.executable, "-m", "minutesapp", "notes", "list",
        str(paths.cache_dir().parent / "files" / "referat.txt"), "--format", "json", env=env,
    )  # fmt: skip
    assert (listing.returncode, listing.stderr) == (0, "")
    doc = json.loads(listing.stdout)
    assert [(i["number"], [n["text"] for n in i["notes"]]) for i in doc["items"]] == [(2, ["læs mig"])]
    window_store = (
        "from minutesapp.annotations import AnnotationStore\n"
        "store = AnnotationStore.open()\n"  # what the window does: writable first, then falls back
        "print(store.read_only, [n.text for m in store.meetings() for n in store.notes(m.identity)])\n"
        "store.close()\n"
    )
    opened = _on_read_only_mount(data, sys.executable, "-c", window_store, env=env)
    assert (opened.returncode, opened.stderr, opened.stdout) == (0, "", "True ['læs mig']\n")
    assert sorted(p.name for p in data.iterdir()) == before  # nothing was created there


class _ReadOnlyFilesystemSQLite:
    """``sqlite3.connect`` as on a read-only filesystem: without a -shm file only ``immutable`` opens.

    Real SQLite there fails the first read of a WAL database with SQLITE_CANTOPEN ("unable to
    open database file"), whatever the mode; this stand-in raises that at connect time.
    """

    def __init__(self) -> None:
        self.real = sqlite3.connect
        self.opened: list[str] = []

    def __call__(self, target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        self.opened.append(target)
        if "immutable=1" not in target:
            error = sqlite3.OperationalError("unable to open database file")
            error.sqlite_errorcode = 14  # type: ignore[attr-defined]  # SQLITE_CANTOPEN
            raise error
        return self.real(target, *args, **kwargs)  # type: ignore[arg-type]


def test_without_a_shm_file_the_store_reads_immutable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Proves the fallback logic (ro quick check, retry ``immutable=1``), not SQLite's behaviour:
    the test above does that on a real read-only mount, where permitted."""
    _notes_in_wal_mode_closed_cleanly()
    fake = _ReadOnlyFilesystemSQLite()
    monkeypatch.setattr(database.sqlite3, "connect", fake)
    with AnnotationStore.open(read_only=True) as store:
        assert [n.text for n in store.notes(meeting_v1().identity)] == ["læs mig"]
        assert store.read_only
    assert not any("mode=rwc" in target for target in fake.opened)  # the quick check did not try to write


def test_when_even_that_fails_the_message_says_opening_failed(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    f = minutes_file(paths.cache_dir().parent / "files", meeting_v1())
    assert run("add", f, "--item", "2", "--text", "læs mig") == 0

    def nothing_opens(target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = 14  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(database.sqlite3, "connect", nothing_opens)
    with pytest.raises(StorageError) as caught:
        AnnotationStore.open(read_only=True)
    assert caught.value.code is StorageErrorCode.CANNOT_OPEN
    assert str(caught.value) == "Cannot open the notes read-only: unable to open database file"
    assert run("list", f) == 2
    err = capsys.readouterr().err
    assert "Cannot open the notes read-only" in err and "was not saved" not in err
