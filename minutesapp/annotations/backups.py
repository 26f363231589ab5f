"""Rolling, verified backups of the annotation database and their thinning.

A backup is written with ``Connection.backup()`` to a temporary file beside the others,
checked with ``PRAGMA integrity_check`` and only then renamed into place with ``os.replace``,
so a backup file that exists is complete and good (Zotero's backupDatabase). Old backups are
thinned like Anki's: all of the last 48 hours, one a day for two weeks, then one a week.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from minutesapp.annotations.errors import StorageError, StorageErrorCode, storage_error_from

BACKUP_PREFIX = "annotations-"
BACKUP_SUFFIX = ".sqlite3"
_STAMP = "%Y%m%dT%H%M%S%fZ"  # UTC, microseconds so two quick backups never collide

KEEP_ALL_FOR = timedelta(hours=48)
KEEP_DAILY_FOR = timedelta(days=14)  # by age; older ones: one per ISO week, forever


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime  # UTC, from the file name


def backup_name(taken: datetime) -> str:
    return f"{BACKUP_PREFIX}{taken.astimezone(UTC).strftime(_STAMP)}{BACKUP_SUFFIX}"


def _parse_name(name: str) -> datetime | None:
    if not (name.startswith(BACKUP_PREFIX) and name.endswith(BACKUP_SUFFIX)):
        return None
    stamp = name[len(BACKUP_PREFIX) : -len(BACKUP_SUFFIX)]
    try:
        return datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (temporary and foreign files ignored)."""
    if not folder.is_dir():
        return []
    found = [BackupInfo(p, t) for p in folder.iterdir() if (t := _parse_name(p.name)) is not None]
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _fsync_path(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:  # Windows cannot open a directory; its rename is durable enough there
            return
        raise
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_good_database(path: Path) -> bool:
    """True when ``path`` opens as SQLite and passes ``PRAGMA integrity_check``."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def write_backup(conn: sqlite3.Connection, folder: Path, taken: datetime) -> BackupInfo:
    """Copy the live database to ``folder`` as a verified backup file; return it.

    Raises ``StorageError`` (disk_full, read_only, backup_failed, ...); the live database is
    never touched and no partial backup file is left behind.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=BACKUP_SUFFIX, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise storage_error_from(exc, "writing a backup") from exc
    tmp = Path(tmp_name)
    try:
        dst = sqlite3.connect(tmp)
        try:
            conn.backup(dst)
            # A self-contained file: no -wal beside it when it is copied back.
            dst.execute("PRAGMA journal_mode=DELETE")
            if dst.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise StorageError(StorageErrorCode.BACKUP_FAILED, "The backup failed its integrity check.")
        finally:
            dst.close()
        _fsync_path(tmp)
        final = folder / backup_name(taken)
        os.replace(tmp, final)
        _fsync_path(folder, directory=True)
        return BackupInfo(final, taken.astimezone(UTC))
    except (sqlite3.Error, OSError) as exc:
        raise storage_error_from(exc, "writing a backup") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes ``integrity_check`` (damaged ones are skipped, not deleted)."""
    return next((b for b in list_backups(folder) if is_good_database(b.path)), None)


def copy_for_restore(backup: Path, folder: Path) -> Path:
    """A durable copy of ``backup`` in ``folder``, ready to be renamed over the live database.

    Copying first means a full disk fails here, before anything was moved or replaced.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=".restore-", suffix=BACKUP_SUFFIX, dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(backup, tmp)
        _fsync_path(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def fsync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (a no-op where folders cannot be opened)."""
    _fsync_path(folder, directory=True)


def backups_to_keep(taken: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup times survive thinning at ``now`` (a pure function; newest always kept).

    All younger than 48 hours (or in the future: clock changes); up to 14 days old, the newest
    of each UTC calendar day; older, the newest of each ISO week.
    """
    keep: set[datetime] = set()
    days: set[object] = set()
    weeks: set[tuple[int, int]] = set()
    for t in sorted(taken, reverse=True):
        age = now - t
        if age <= KEEP_ALL_FOR:
            keep.add(t)
        elif age <= KEEP_DAILY_FOR:
            day = t.astimezone(UTC).date()
            if day not in days:
                days.add(day)
                keep.add(t)
        else:
            iso = t.astimezone(UTC).isocalendar()
            week = (iso.year, iso.week)
            if week not in weeks:
                weeks.add(week)
                keep.add(t)
    return keep


def thin_backups(folder: Path, now: datetime) -> list[Path]:
    """Delete the backups ``backups_to_keep`` drops; return the deleted paths."""
    backups = list_backups(folder)
    keep = backups_to_keep((b.taken for b in backups), now)
    removed = []
    for b in backups:
        if b.taken not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed
