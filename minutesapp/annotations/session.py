"""An open annotation database: the lock, durable transactions, and backups.

``StoreSession`` owns the connection's lifecycle; ``store.AnnotationStore`` adds the records
on top. Every transaction from ``_write`` is committed with ``synchronous=FULL`` before it
returns, and a failure rolls back and raises ``StorageError``: what was saved stays saved.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Self

from minutesapp import paths
from minutesapp.annotations import backups
from minutesapp.annotations.database import DB_NAME, LOCK_NAME, InstanceLock, OpenReport, open_database
from minutesapp.annotations.errors import StorageError, StorageErrorCode, storage_error_from
from minutesapp.annotations.records import utc_now

BACKUP_INTERVAL = timedelta(minutes=30)


class StoreSession:
    """Open with ``.open()``; use as a context manager or call ``close()``. One thread at a time."""

    def __init__(
        self, conn: sqlite3.Connection, report: OpenReport, folder: Path, lock: InstanceLock | None, clock: Callable[[], datetime]
    ) -> None:
        self._conn = conn
        self._report = report
        self._folder = folder
        self._lock = lock
        self._clock = clock
        self._mutex = threading.RLock()
        self._dirty = False
        self._closed = False
        newest = backups.list_backups(self.backup_folder)
        self._last_backup: datetime | None = newest[0].taken if newest else None

    @classmethod
    def open(
        cls, folder: Path | None = None, *, read_only: bool = False, clock: Callable[[], datetime] = utc_now
    ) -> Self:
        """Open the store in ``folder`` (default ``paths.data_dir()``).

        Writable opens take an exclusive lock (a second instance gets ``StorageError(LOCKED)``);
        a read-only folder falls back to a read-only store. ``read_only=True`` takes no lock,
        so it works while the app is running (for listing and exporting). Look at
        ``open_report`` afterwards: it says whether notes were restored from a backup.
        """
        folder = folder if folder is not None else paths.data_dir()
        lock = None
        if not read_only:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise storage_error_from(exc, "creating the notes folder") from exc
            lock = InstanceLock(folder / LOCK_NAME)
            try:
                lock.acquire()
            except StorageError as exc:
                if exc.code is not StorageErrorCode.READ_ONLY or not (folder / DB_NAME).exists():
                    raise
                read_only, lock = True, None
        try:
            conn, report = open_database(folder / DB_NAME, folder / "backups", clock(), read_only)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(conn, report, folder, lock, clock)

    # -- state ---------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._folder / DB_NAME

    @property
    def backup_folder(self) -> Path:
        return self._folder / "backups"

    @property
    def open_report(self) -> OpenReport:
        """What happened at open (restored from a backup, migrated, read-only and why)."""
        return self._report

    @property
    def read_only(self) -> bool:
        return self._report.read_only_reason is not None

    @property
    def read_only_reason(self) -> str | None:
        """Why writes are refused, in one English sentence (None when writable)."""
        return self._report.read_only_reason

    def close(self, backup: bool = True) -> None:
        """Close; first take a backup if anything changed since the last one (``backup=True``).

        The data is already durable; a failed closing backup still closes, then raises.
        Closing twice is harmless (the second call does nothing).
        """
        error: StorageError | None = None
        with self._mutex:
            if self._closed:
                return
            self._closed = True
            if backup and self._dirty and not self.read_only:
                try:
                    self.backup_now()
                except StorageError as exc:
                    error = exc
            self._conn.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None
        if error is not None:
            raise error

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One durable transaction: committed (fsynced) on exit, rolled back on any error."""
        if self.read_only:
            code = StorageErrorCode.NEWER_SCHEMA if self._report.newer_schema else StorageErrorCode.READ_ONLY
            raise StorageError(code, f"Not saved: {self.read_only_reason}")
        with self._mutex:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, (sqlite3.Error, OSError)):
                    raise storage_error_from(exc, "saving") from exc
                raise
            self._dirty = True

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
        with self._mutex:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise storage_error_from(exc, "reading") from exc

    # -- backups -------------------------------------------------------------------------

    def backups(self) -> list[backups.BackupInfo]:
        """The verified backups, newest first (for a "restore from backup" dialog)."""
        return backups.list_backups(self.backup_folder)

    def backup_now(self, now: datetime | None = None) -> backups.BackupInfo:
        """Write a verified backup now and thin the old ones; raises ``StorageError``."""
        now = now or self._clock()
        with self._mutex:
            info = backups.write_backup(self._conn, self.backup_folder, now)
            self._dirty, self._last_backup = False, now
            backups.thin_backups(self.backup_folder, now)
        return info

    def maybe_backup(self, now: datetime | None = None) -> backups.BackupInfo | None:
        """Back up if something changed and the last backup is 30 minutes old (call on a timer)."""
        now = now or self._clock()
        if self.read_only or not self._dirty:
            return None
        if self._last_backup is not None and now - self._last_backup < BACKUP_INTERVAL:
            return None
        return self.backup_now(now)
