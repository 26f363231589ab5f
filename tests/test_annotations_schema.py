"""Schema versions: migrations run in order after a backup, atomically; newer databases open read-only."""

from __future__ import annotations

import sqlite3

import pytest
from test_annotations_meetings import meeting_v1

from minutesapp import paths
from minutesapp.annotations import AnnotationStore, StorageError, StorageErrorCode, migrations
from minutesapp.annotations.backups import is_good_database
from minutesapp.annotations.database import DB_NAME
from minutesapp.annotations.migrations import Migration


def _db() -> sqlite3.Connection:
    return sqlite3.connect(paths.data_dir() / DB_NAME)


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, len(migrations.MIGRATIONS) + 1))
    assert migrations.latest_version() == migrations.SCHEMA_VERSION


def test_a_new_migration_runs_after_a_backup_of_the_old_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        store.set_note(meeting, 2, "fra version 1")
        store.backup_now()
    with AnnotationStore.open(read_only=True) as reader:
        before = {b.path for b in reader.backups()}
    extra = Migration(2, "tags on notes", ("ALTER TABLE notes ADD COLUMN tags TEXT NOT NULL DEFAULT ''",))
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    with AnnotationStore.open() as store:
        assert store.open_report.migrated_from == 1
        assert [n.text for n in store.notes(meeting.identity)] == ["fra version 1"]
        new_backups = [b for b in store.backups() if b.path not in before]
    assert _db().execute("PRAGMA user_version").fetchone() == (2,)
    assert len(new_backups) == 1  # taken before migrating: it is still at version 1
    old = sqlite3.connect(new_backups[0].path)
    assert old.execute("PRAGMA user_version").fetchone() == (1,)
    assert is_good_database(new_backups[0].path)


def test_a_failing_migration_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        store.set_note(meeting, 2, "må ikke gå tabt")
    broken = Migration(
        2, "half done", ("CREATE TABLE tags (name TEXT)", "ALTER TABLE no_such_table ADD COLUMN x TEXT")
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    with pytest.raises(StorageError):
        AnnotationStore.open()
    conn = _db()
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'tags'").fetchall() == []
    assert conn.execute("SELECT text FROM notes").fetchall() == [("må ikke gå tabt",)]


def test_a_database_from_a_newer_version_opens_read_only_with_a_reason() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        store.set_note(meeting, 1, "skrevet af en nyere version")
    conn = _db()
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with AnnotationStore.open() as store:
        assert store.read_only and store.open_report.newer_schema == 99
        assert "newer minutesapp" in (store.read_only_reason or "") and "99" in (store.read_only_reason or "")
        assert store.open_report.message == store.read_only_reason
        assert [n.text for n in store.notes(meeting.identity)] == ["skrevet af en nyere version"]
        with pytest.raises(StorageError) as err:
            store.set_note(meeting, 1, "overskrevet")
        assert err.value.code is StorageErrorCode.NEWER_SCHEMA and "Update minutesapp" in str(err.value)
    assert _db().execute("SELECT text FROM notes").fetchall() == [("skrevet af en nyere version",)]
    assert _db().execute("PRAGMA user_version").fetchone() == (99,)
