"""Opening the annotation database safely: one instance, checked, recovered, migrated.

``open_database`` runs ``PRAGMA quick_check`` first; a damaged file is kept aside under a
timestamped name and the newest good backup is put in its place, and the ``OpenReport`` says
from when the restored notes are. Then WAL mode, ``synchronous=FULL`` and the migrations (after
a backup). A database from a newer minutesapp is opened read-only with a reason to show.

Reading on a read-only filesystem: a WAL database needs its ``-shm`` index, which SQLite
cannot create there, so a plain ``mode=ro`` open fails; then the file is opened
``immutable=1`` (no locks, no WAL), which is safe because nothing can change it meanwhile.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from minutesapp.annotations import backups, migrations
from minutesapp.annotations.errors import (
    _SQLITE_CANTOPEN,
    _SQLITE_READONLY,
    StorageError,
    StorageErrorCode,
    storage_error_from,
)

DB_NAME = "annotations.sqlite3"
LOCK_NAME = "annotations.lock"
BUSY_TIMEOUT_MS = 2000


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the UI to tell the user (all None/False: nothing)."""

    restored_from: datetime | None = None  # a damaged database was replaced by this backup
    damaged_copy: Path | None = None  # ...and the damaged file was kept here
    started_empty: bool = False  # damaged and no good backup: a new, empty database
    migrated_from: int | None = None  # schema version before migrating
    read_only_reason: str | None = None
    newer_schema: int | None = None  # the database's version when it is newer than this code

    @property
    def message(self) -> str | None:
        """One English sentence about a recovery, or None when there is nothing to say."""
        if self.restored_from is not None:
            when = self.restored_from.astimezone().strftime("%Y-%m-%d %H:%M")
            return (
                f"The notes database was damaged; your notes were restored from the backup of {when}. "
                f"Changes after that are lost; the damaged file was kept as {self.damaged_copy}."
            )
        if self.started_empty:
            return f"The notes database was damaged and no good backup was found; it was kept as {self.damaged_copy}."
        return self.read_only_reason


class InstanceLock:
    """An exclusive lock file, so a second minutesapp gets a clear LOCKED error, not a mix-up."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the store's lifetime
        except OSError as exc:
            raise storage_error_from(exc, "creating the lock file") from exc
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise StorageError(
                StorageErrorCode.LOCKED, "Another minutesapp is using the notes database; close it and try again."
            ) from exc
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the flock / msvcrt lock
            self._file = None


def _connect(db_path: Path, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    target = f"{db_path.resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}{'&immutable=1' if immutable else ''}"
    conn = sqlite3.connect(target, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _cannot_open_read_only(exc: sqlite3.Error) -> bool:
    """SQLite's answer when a WAL database's -shm cannot be created (or the file not written)."""
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in (_SQLITE_CANTOPEN, _SQLITE_READONLY)


def _wal_has_changes(db_path: Path) -> bool:
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _connect_read_only(db_path: Path) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection that has read the schema; True when it had to be ``immutable``.

    ``mode=ro`` first (sees the WAL, honours locks); when SQLite cannot open that (no -shm and
    no way to create one, as on a read-only filesystem), ``immutable=1``, which reads the main
    file only.
    """
    try:
        return _connect_and_read_schema(db_path, immutable=False), False
    except sqlite3.Error as exc:
        if not _cannot_open_read_only(exc):
            raise
    return _connect_and_read_schema(db_path, immutable=True), True


def _connect_and_read_schema(db_path: Path, immutable: bool) -> sqlite3.Connection:
    conn = _connect(db_path, read_only=True, immutable=immutable)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # opening is lazy: make it happen
    except BaseException:
        conn.close()
        raise
    return conn


def _passes_quick_check(db_path: Path, read_only: bool = False) -> bool:
    try:
        conn = _connect_read_only(db_path)[0] if read_only else _connect(db_path, read_only=False)
        try:
            return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if storage_error_from(exc).code is StorageErrorCode.CORRUPT:
            return False
        raise


def _recover(db_path: Path, backup_folder: Path, now: datetime) -> OpenReport:
    """Keep the damaged file aside (with its -wal/-shm) and restore the newest good backup.

    The backup is copied before anything is renamed, so a failure (a full disk) leaves the
    damaged file where it was and the next start tries again; renames need no space.
    """
    good = backups.newest_good_backup(backup_folder)
    restored = backups.copy_for_restore(good.path, db_path.parent) if good is not None else None
    damaged = db_path.with_name(f"{db_path.name}.damaged-{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    try:
        os.replace(db_path, damaged)
        for suffix in ("-wal", "-shm"):  # a stale WAL must never be replayed onto the restored copy
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                os.replace(side, damaged.with_name(damaged.name + suffix))
        if restored is not None:
            os.replace(restored, db_path)
        backups.fsync_folder(db_path.parent)
    finally:
        if restored is not None:
            restored.unlink(missing_ok=True)
    if good is None:
        return OpenReport(damaged_copy=damaged, started_empty=True)
    return OpenReport(restored_from=good.taken, damaged_copy=damaged)


def _open_read_only(
    db_path: Path, reason: str, report: OpenReport, newer_schema: int | None = None
) -> tuple[sqlite3.Connection, OpenReport]:
    conn, immutable = _connect_read_only(db_path)
    conn.execute("PRAGMA query_only = ON")
    if immutable and _wal_has_changes(db_path):
        reason += " The newest changes (in the -wal file) cannot be read from this read-only folder."
    return conn, replace(report, read_only_reason=reason, newer_schema=newer_schema)


def open_database(
    db_path: Path, backup_folder: Path, now: datetime, read_only: bool = False
) -> tuple[sqlite3.Connection, OpenReport]:
    """Open (creating, recovering or migrating as needed) the database at ``db_path``.

    The caller holds the ``InstanceLock`` unless ``read_only``. Raises ``StorageError``.
    """
    try:
        return _open(db_path, backup_folder, now, read_only)
    except (sqlite3.Error, OSError) as exc:
        error = storage_error_from(exc, "opening the notes database")
        if read_only and error.code in (StorageErrorCode.READ_ONLY, StorageErrorCode.IO):
            # nothing was being saved: say that opening failed, and why
            raise StorageError(StorageErrorCode.CANNOT_OPEN, f"Cannot open the notes read-only: {exc}") from exc
        raise error from exc


def _open(db_path: Path, backup_folder: Path, now: datetime, read_only: bool) -> tuple[sqlite3.Connection, OpenReport]:
    report = OpenReport()
    if read_only and not db_path.exists():
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        for migration in migrations.MIGRATIONS:
            migrations.apply_migration(conn, migration)
        return conn, OpenReport(read_only_reason="Opened read-only (there are no notes yet).")
    if db_path.exists() and not _passes_quick_check(db_path, read_only):
        if read_only:
            raise StorageError(StorageErrorCode.CORRUPT, "The notes database is damaged; open minutesapp to restore it.")
        report = _recover(db_path, backup_folder, now)
    if read_only:
        return _open_read_only(db_path, "Opened read-only.", report)
    conn = _connect(db_path, read_only=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    version = migrations.schema_version(conn)
    if version > migrations.latest_version():
        conn.close()
        reason = (
            f"These notes were saved by a newer minutesapp (database version {version}, this version "
            f"knows {migrations.latest_version()}); they are shown read-only. Update minutesapp to edit them."
        )
        return _open_read_only(db_path, reason, report, version)
    todo = migrations.pending(version)
    if todo:
        try:
            if version > 0:  # a backup of the old schema before touching it
                backups.write_backup(conn, backup_folder, now)
            for migration in todo:
                migrations.apply_migration(conn, migration)
        except BaseException:
            conn.close()
            raise
        if version > 0:
            report = replace(report, migrated_from=version)
    return conn, report
