"""Why the annotation store cannot do what was asked, with a stable code the UI translates.

Every sqlite3 or OS error that leaves the store is turned into a ``StorageError``, so callers
(the UI, the CLI) handle one exception type and show ``str(error)``: one English line.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum


class StorageErrorCode(StrEnum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"  # the folder or file cannot be written, or the store was opened read-only
    NEWER_SCHEMA = "newer_schema"  # written by a newer minutesapp: readable, not writable
    LOCKED = "locked"  # another minutesapp is using the database
    CORRUPT = "corrupt"
    BACKUP_FAILED = "backup_failed"
    NOT_FOUND = "not_found"  # an annotation id that is not in the store
    CANNOT_OPEN = "cannot_open"  # the notes exist but cannot be opened, not even read-only
    IO = "io"


class StorageError(Exception):
    """The store could not read or write; what was saved before is untouched."""

    def __init__(self, code: StorageErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


# Primary result codes from sqlite3.h (extended codes keep these in their low byte).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26

_MESSAGES = {
    StorageErrorCode.DISK_FULL: "The disk is full: the change was not saved (earlier notes are safe).",
    StorageErrorCode.READ_ONLY: "The notes folder is read-only: the change was not saved.",
    StorageErrorCode.LOCKED: "Another minutesapp is using the notes database; close it and try again.",
    StorageErrorCode.CORRUPT: "The notes database is damaged.",
    StorageErrorCode.IO: "The notes database could not be read or written",
}


def storage_error_from(exc: BaseException, doing: str = "") -> StorageError:
    """Classify a sqlite3/OS exception into a ``StorageError`` (the cause stays in ``__cause__``)."""
    code = StorageErrorCode.IO
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        primary = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        text = str(exc).lower()
        if primary == _SQLITE_FULL or "disk is full" in text:
            code = StorageErrorCode.DISK_FULL
        elif primary in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text or "read-only" in text:
            code = StorageErrorCode.READ_ONLY
        elif primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
            code = StorageErrorCode.LOCKED
        elif primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
            code = StorageErrorCode.CORRUPT
        elif primary == _SQLITE_CANTOPEN:
            code = StorageErrorCode.READ_ONLY
    elif isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            code = StorageErrorCode.DISK_FULL
        elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            code = StorageErrorCode.READ_ONLY
    message = _MESSAGES.get(code, "The notes database could not be read or written")
    if code is StorageErrorCode.IO:
        message = f"{message}{' while ' + doing if doing else ''}: {exc}"
    return StorageError(code, message)
