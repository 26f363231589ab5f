"""Keeping the index in step with the files: sources, indexing with progress, rescans.

A rescan stats every file (path + size + mtime) and only reads the ones that changed; a
changed stat with the same sha256 (a copy, a touch) only updates the stat. A file that
cannot be read is recorded with its error and the run goes on; it is retried when it changes.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from minutesapp.errors import DocumentError, ErrorCode, document_error_from_os
from minutesapp.file_hash import file_sha256
from minutesapp.library.index_db import forget_file, forget_meeting, store_meeting, transaction
from minutesapp.library.records import LibraryFailure, ScanReport
from minutesapp.model import Meeting

# The kinds of file the parser reads.
SUFFIXES = frozenset({".pdf", ".txt"})

Loader = Callable[[Path, "threading.Event | None"], Meeting]
Progress = Callable[[int, int, Path], None]


def default_loader(path: Path, cancel: threading.Event | None) -> Meeting:
    """The app's sandboxed, cached parse (imported late: the library works without it in tests)."""
    from minutesapp.loader import load_meeting

    return load_meeting(path, cancel=cancel)


def _key(path: Path) -> str:
    return str(path.expanduser().resolve())


def add_sources(conn: sqlite3.Connection, paths: Iterable[Path]) -> None:
    """Remember files or folders as part of the library (a rescan indexes them)."""
    with transaction(conn):
        for path in paths:
            resolved = path.expanduser().resolve()
            conn.execute("INSERT OR REPLACE INTO sources (path, is_folder) VALUES (?, ?)",
                         (str(resolved), int(resolved.is_dir())))


def remove_source(conn: sqlite3.Connection, path: Path) -> bool:
    """Forget a file or folder the user added; False when it was not a source."""
    with transaction(conn):
        deleted = conn.execute("DELETE FROM sources WHERE path = ?", (_key(path),)).rowcount
    return deleted > 0


def sources(conn: sqlite3.Connection) -> list[Path]:
    return [Path(p) for (p,) in conn.execute("SELECT path FROM sources ORDER BY path")]


def discover(conn: sqlite3.Connection) -> dict[str, os.stat_result]:
    """Every readable-looking file under the sources, with its stat."""
    found: dict[str, os.stat_result] = {}
    for (source,) in conn.execute("SELECT path FROM sources").fetchall():
        root = Path(source)
        candidates = (root.rglob("*") if root.is_dir() else [root])
        for path in candidates:
            if path.suffix.lower() not in SUFFIXES:
                continue
            try:
                stat = path.stat()
            except OSError:
                continue
            if path.is_file():
                found[str(path.resolve())] = stat
    return found


def index_paths(conn: sqlite3.Connection, paths: Iterable[Path], *, loader: Loader = default_loader,
                progress: Progress | None = None, cancel: threading.Event | None = None) -> ScanReport:
    """Index (or re-index when changed) the given files, one transaction each.

    Stops between files when ``cancel`` is set; what was indexed so far stays.
    """
    todo = [Path(_key(p)) for p in paths]
    added: list[str] = []
    updated: list[str] = []
    failed: list[LibraryFailure] = []
    unchanged = 0
    cancelled = False
    for done, path in enumerate(todo, start=1):
        if cancel is not None and cancel.is_set():
            cancelled = True
            break
        outcome = _index_one(conn, path, loader, cancel)
        if outcome == "cancelled":
            cancelled = True
            break
        if isinstance(outcome, LibraryFailure):
            failed.append(outcome)
        elif outcome == "added":
            added.append(str(path))
        elif outcome == "updated":
            updated.append(str(path))
        else:
            unchanged += 1
        if progress is not None:
            progress(done, len(todo), path)
    return ScanReport(added=tuple(added), updated=tuple(updated), unchanged=unchanged,
                      failed=tuple(failed), cancelled=cancelled)


def _index_one(conn: sqlite3.Connection, path: Path, loader: Loader,
               cancel: threading.Event | None) -> str | LibraryFailure:
    row = conn.execute("SELECT id, size, mtime_ns, sha256, error_code FROM files WHERE path = ?",
                       (str(path),)).fetchone()
    try:
        stat = path.stat()
        sha = file_sha256(path)
    except OSError as error:
        return _record_failure(conn, path, row, None, None, document_error_from_os(path, error))
    except DocumentError as error:  # not a regular file, or it went away between stat and read
        return _record_failure(conn, path, row, None, None, error)
    if row is not None and row[3] == sha and row[4] is None:
        with transaction(conn):
            conn.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", (stat.st_size, stat.st_mtime_ns, row[0]))
        return "unchanged"
    try:
        meeting = loader(path, cancel)
    except DocumentError as error:
        if error.code == ErrorCode.CANCELLED:
            return "cancelled"
        return _record_failure(conn, path, row, stat, sha, error)
    except Exception as error:  # a parser bug must not stop the other files
        return _record_failure(conn, path, row, stat, sha, DocumentError(ErrorCode.INTERNAL, f"{path.name}: {error!r}"))
    with transaction(conn):
        file_id = _upsert_file(conn, path, row, stat.st_size, stat.st_mtime_ns, sha, None)
        store_meeting(conn, file_id, meeting)
    return "added" if row is None else "updated"


def _upsert_file(conn: sqlite3.Connection, path: Path, row: tuple | None, size: int, mtime_ns: int,
                 sha: str | None, error: DocumentError | None) -> int:
    code, message = (str(error.code), error.message) if error else (None, None)
    if row is None:
        file_id = conn.execute(
            "INSERT INTO files (path, size, mtime_ns, sha256, error_code, error_message) VALUES (?, ?, ?, ?, ?, ?)",
            (str(path), size, mtime_ns, sha, code, message)).lastrowid
        assert file_id is not None
        return file_id
    conn.execute("UPDATE files SET size = ?, mtime_ns = ?, sha256 = ?, error_code = ?, error_message = ? WHERE id = ?",
                 (size, mtime_ns, sha, code, message, row[0]))
    return int(row[0])


def _record_failure(conn: sqlite3.Connection, path: Path, row: tuple | None, stat: os.stat_result | None,
                    sha: str | None, error: DocumentError) -> LibraryFailure:
    with transaction(conn):
        file_id = _upsert_file(conn, path, row, stat.st_size if stat else -1, stat.st_mtime_ns if stat else -1,
                               sha, error)
        forget_meeting(conn, file_id)
    return LibraryFailure(str(path), str(error.code), error.message)


def rescan(conn: sqlite3.Connection, *, loader: Loader = default_loader, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> ScanReport:
    """Bring the index in line with the sources: drop vanished files, index new and changed ones."""
    present = discover(conn)
    known = {path: (file_id, size, mtime) for file_id, path, size, mtime
             in conn.execute("SELECT id, path, size, mtime_ns FROM files")}
    removed = sorted(set(known) - set(present))
    if removed:
        with transaction(conn):
            for path in removed:
                forget_file(conn, known[path][0])
    changed = [Path(p) for p, stat in sorted(present.items())
               if p not in known or known[p][1:] != (stat.st_size, stat.st_mtime_ns)]
    report = index_paths(conn, changed, loader=loader, progress=progress, cancel=cancel)
    return ScanReport(added=report.added, updated=report.updated, removed=tuple(removed),
                      unchanged=report.unchanged + len(present) - len(changed),
                      failed=report.failed, cancelled=report.cancelled)
