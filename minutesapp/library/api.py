"""The library as one object: what the CLI and the Qt Library view call.

One ``Library`` wraps one SQLite connection, which belongs to the thread that opened it;
a background indexing job opens its own ``Library`` on the same file (WAL lets the GUI
thread keep searching meanwhile).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from minutesapp import paths
from minutesapp.library import cases, scanner
from minutesapp.library.index_db import connect, store_notes, transaction
from minutesapp.library.records import CaseTreatment, LibraryFailure, LibraryMeeting, ScanReport, SearchHit
from minutesapp.library.search import SearchFilters, search

DB_NAME = "library.sqlite3"


def default_db_path() -> Path:
    return paths.data_dir() / DB_NAME


class Library:
    """Files and folders the user collected, their index, and queries over it."""

    def __init__(self, db_path: Path | None = None, *, loader: scanner.Loader | None = None) -> None:
        """``loader`` turns a file into a Meeting; by default the app's sandboxed, cached parse."""
        self.db_path = db_path or default_db_path()
        self._loader = loader or scanner.default_loader
        self._conn: sqlite3.Connection = connect(self.db_path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- keeping in sync -------------------------------------------------------------------
    def add(self, sources: list[Path], *, progress: scanner.Progress | None = None,
            cancel: threading.Event | None = None) -> ScanReport:
        """Add files or folders and index what is new in them."""
        scanner.add_sources(self._conn, sources)
        return self.rescan(progress=progress, cancel=cancel)

    def remove(self, source: Path) -> bool:
        """Forget a file or folder that was added, and drop its meetings from the index."""
        if not scanner.remove_source(self._conn, source):
            return False
        self.rescan()
        return True

    def rescan(self, *, progress: scanner.Progress | None = None,
               cancel: threading.Event | None = None) -> ScanReport:
        """Pick up new and changed files, drop removed ones (call at start and on demand)."""
        return scanner.rescan(self._conn, loader=self._loader, progress=progress, cancel=cancel)

    def index_paths(self, files: list[Path], *, progress: scanner.Progress | None = None,
                    cancel: threading.Event | None = None) -> ScanReport:
        """Index these files now (they need not be under a source, e.g. a file just opened)."""
        return scanner.index_paths(self._conn, files, loader=self._loader, progress=progress, cancel=cancel)

    def sources(self) -> list[Path]:
        return scanner.sources(self._conn)

    # --- listing ---------------------------------------------------------------------------
    def meetings(self) -> list[LibraryMeeting]:
        """Every meeting, by body then date (undated last)."""
        rows = self._conn.execute(
            "SELECT files.path, m.identity, m.kind, m.body, m.date, m.item_count,"
            " (SELECT count(*) FROM notes WHERE notes.identity = m.identity)"
            " FROM meetings AS m JOIN files ON files.id = m.file_id"
            " ORDER BY m.body_fold IS NULL, m.body_fold, m.date IS NULL, m.date, files.path").fetchall()
        return [LibraryMeeting(file=f, identity=i, kind=k, body=b, date=d, item_count=n, notes_count=c)
                for f, i, k, b, d, n, c in rows]

    def failures(self) -> list[LibraryFailure]:
        """Files that could not be read, with the reason (retried when they change)."""
        rows = self._conn.execute(
            "SELECT path, error_code, error_message FROM files WHERE error_code IS NOT NULL ORDER BY path")
        return [LibraryFailure(p, c, m) for p, c, m in rows]

    # --- queries ---------------------------------------------------------------------------
    def search(self, query: str, filters: SearchFilters = SearchFilters()) -> list[SearchHit]:
        """Ranked hits, best first; raises QueryError (nothing to search) or ValueError (bad section)."""
        return search(self._conn, query, filters)

    def case_history(self, case_number: str) -> list[CaseTreatment]:
        return cases.case_history(self._conn, case_number)

    # --- the user's notes ------------------------------------------------------------------
    def index_notes(self, meeting_identity: str, item_number: int, text: str) -> None:
        """Make the user's notes on an item searchable (empty text removes them).

        Fed by the UI from the annotation store, so the two stores stay decoupled; notes for a
        meeting not (yet) in the library are kept and indexed when it arrives.
        """
        with transaction(self._conn):
            store_notes(self._conn, meeting_identity, item_number, text)
