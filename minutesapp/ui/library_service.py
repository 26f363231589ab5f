"""The window's handle on the library: a GUI-thread ``Library`` for queries, indexing jobs in the background.

A ``Library`` belongs to the thread that opened it, so each indexing job opens its own on the
same file inside ``BackgroundOp`` (WAL lets the GUI thread keep searching meanwhile). Jobs run
one at a time; later requests wait in a queue. The job's progress callback runs on the pool
thread: it stores the latest step under a lock and posts a plain event, and the service turns
that into a signal on the GUI thread (the same hand-over ``worker.py`` uses for outcomes).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

from minutesapp.library import Library, LibraryVersionError, ScanReport, default_db_path
from minutesapp.library.scanner import Loader, Progress
from minutesapp.ui.worker import BackgroundOp

# A job gets its own Library, a progress callback and the cancel token; it returns a
# ScanReport, or None when it has nothing to report (syncing notes).
IndexJob = Callable[[Library, Progress, threading.Event], ScanReport | None]

_PROGRESS_EVENT = QEvent.Type(QEvent.registerEventType())


def sync_notes_to_library(library: Library, meeting_identity: str, notes: Mapping[int, str]) -> None:
    """Make the user's notes on a meeting's items searchable ("mine noter").

    ``notes`` maps item number to the item's whole note text; an empty text removes that item's
    notes from the index. Call it with the GUI thread's library (``LibraryService.library``)
    after notes change, or use ``LibraryService.sync_notes``, which also refreshes the views.
    """
    for number, text in notes.items():
        library.index_notes(meeting_identity, int(number), text)


class LibraryService(QObject):
    """Owns the GUI thread's ``Library`` and runs indexing jobs one at a time.

    Signals:
        changed(): the index changed (a job finished, notes synced); views re-read it.
        progress(int, int, str): files done, files in the run, the current file's name.
        busy_changed(bool): an indexing job started / the last queued one ended.
        job_finished(object): a job's ``ScanReport`` (not sent for jobs without one).
        job_failed(str): a job raised (the library file is unusable, the disk is full...).
    """

    changed = Signal()
    progress = Signal(int, int, str)
    busy_changed = Signal(bool)
    job_finished = Signal(object)
    job_failed = Signal(str)

    def __init__(self, db_path: Path | None = None, *, loader: Loader | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path or default_db_path()
        self._loader = loader
        self._queue: list[IndexJob] = []
        self._op: BackgroundOp | None = None
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self.library: Library | None = None
        self.open_error: str | None = None
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            self.library = Library(self.db_path, loader=loader)
        except (LibraryVersionError, sqlite3.Error, OSError) as error:
            self.open_error = str(error)

    @property
    def available(self) -> bool:
        return self.library is not None

    @property
    def is_busy(self) -> bool:
        return self._op is not None

    def close(self) -> None:
        """Cancel jobs and close the GUI thread's connection (the window is closing)."""
        self.cancel()
        if self.library is not None:
            self.library.close()
            self.library = None

    # --- jobs ---------------------------------------------------------------------------

    def add(self, sources: list[Path]) -> None:
        """Add files or folders to the library and index what is new in them."""
        paths = [Path(p) for p in sources]
        self.submit(lambda lib, progress, cancel: lib.add(paths, progress=progress, cancel=cancel))

    def rescan(self) -> None:
        """Pick up new and changed files, drop vanished ones (at start and on "Update")."""
        self.submit(lambda lib, progress, cancel: lib.rescan(progress=progress, cancel=cancel))

    def remove(self, source: Path) -> None:
        """Forget a file or folder that was added (and its meetings)."""
        def job(lib: Library, _progress: Progress, _cancel: threading.Event) -> ScanReport:
            lib.remove(source)
            return ScanReport()
        self.submit(job)

    def submit(self, job: IndexJob) -> None:
        if not self.available:
            self.job_failed.emit(self.open_error or "")
            return
        self._queue.append(job)
        if self._op is None:
            self._start_next()

    def cancel(self) -> None:
        """Stop the running job between files and drop the queued ones; what is indexed stays."""
        self._queue.clear()
        if self._op is not None:
            self._op.cancel()

    def _start_next(self) -> None:
        job = self._queue.pop(0)
        db_path, loader = self.db_path, self._loader

        def work(cancel: threading.Event) -> ScanReport:
            with Library(db_path, loader=loader) as library:
                return job(library, self._report_progress, cancel)

        op = BackgroundOp(work, self)
        op.succeeded.connect(self._on_succeeded)
        op.failed.connect(self._on_failed)
        op.finished.connect(lambda op=op: self._on_op_finished(op))
        was_busy = self._op is not None
        self._op = op
        op.start()
        if not was_busy:
            self.busy_changed.emit(True)

    def _report_progress(self, done: int, total: int, path: Path) -> None:
        """Runs on the pool thread: keep the latest step, wake the GUI thread."""
        with self._lock:
            first = self._latest is None
            self._latest = (done, total, path.name)
        if first:
            QCoreApplication.postEvent(self, QEvent(_PROGRESS_EVENT))

    def event(self, event: QEvent) -> bool:
        if event.type() != _PROGRESS_EVENT:
            return super().event(event)
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self.progress.emit(*latest)
        return True

    def _on_succeeded(self, report: ScanReport | None) -> None:
        if report is not None:
            self.job_finished.emit(report)

    def _on_failed(self, error: BaseException) -> None:
        self.job_failed.emit(str(error) or type(error).__name__)

    def _on_op_finished(self, op: BackgroundOp) -> None:
        op.deleteLater()
        self.event(QEvent(_PROGRESS_EVENT))  # deliver a last step still waiting
        self._op = None
        self.changed.emit()
        if self._queue:
            self._start_next()
        else:
            self.busy_changed.emit(False)

    # --- notes --------------------------------------------------------------------------

    def sync_notes(self, meeting_identity: str, notes: Mapping[int, str]) -> None:
        """``sync_notes_to_library`` on the GUI library, then tell the views.

        A failure (disk full, the file locked too long) is reported with ``job_failed``: the
        note itself is safe in the annotation store and the next start syncs it again.
        """
        if self.library is None:
            return
        try:
            sync_notes_to_library(self.library, meeting_identity, notes)
        except sqlite3.Error as error:
            self.job_failed.emit(str(error) or type(error).__name__)
            return
        self.changed.emit()

    def sync_all_notes(self, notes_by_meeting: Mapping[str, Mapping[int, str]]) -> None:
        """Index every note given ({meeting identity: {item number: text}}) as a background job.

        For the start: the annotation store may have notes the library never saw (written by
        an earlier version, another machine's import, or while the library could not open).
        """
        snapshot = {identity: dict(notes) for identity, notes in notes_by_meeting.items() if notes}
        if not snapshot or not self.available:
            return

        def job(lib: Library, _progress: Progress, _cancel: threading.Event) -> None:
            for identity, notes in snapshot.items():
                sync_notes_to_library(lib, identity, notes)
        self.submit(job)
