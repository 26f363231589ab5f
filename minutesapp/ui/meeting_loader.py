"""Opening a file in the background: one load at a time, cancellable, stale results dropped."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from minutesapp.model import Meeting
from minutesapp.ui.worker import BackgroundOp

LoadFunction = Callable[[Path, threading.Event], Meeting]


def load_with_loader(path: Path, cancel: threading.Event) -> Meeting:
    """The real thing: ``minutesapp.loader.load_meeting`` (sandboxed parse, hash-keyed cache)."""
    from minutesapp.loader import load_meeting

    return load_meeting(path, cancel=cancel)


class MeetingLoader(QObject):
    """Runs ``load`` for one path at a time through ``BackgroundOp``.

    Opening a new file cancels the one still loading; a result that arrives for a load that
    was superseded is ignored, so the window only ever shows the file asked for last.

    Signals:
        started(object): loading of a Path began.
        loaded(object, object): (Path, Meeting) for the current load.
        failed(object, object): (Path, exception) for the current load.
        busy_changed(bool): a load is (no longer) running.
    """

    started = Signal(object)
    loaded = Signal(object, object)
    failed = Signal(object, object)
    busy_changed = Signal(bool)

    def __init__(self, load: LoadFunction = load_with_loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._op: BackgroundOp | None = None
        self._path: Path | None = None

    @property
    def is_busy(self) -> bool:
        return self._op is not None

    @property
    def loading_path(self) -> Path | None:
        return self._path if self._op is not None else None

    def open(self, path: Path) -> None:
        if self._op is not None:
            self._op.cancel()
        load = self._load
        op = BackgroundOp(lambda cancel: load(path, cancel), self)
        op.succeeded.connect(lambda meeting, op=op: self._on_success(op, path, meeting))
        op.failed.connect(lambda error, op=op: self._on_failure(op, path, error))
        was_busy = self._op is not None
        self._op, self._path = op, path
        op.start()
        self.started.emit(path)
        if not was_busy:
            self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Stop the current load; its (cancellation) failure is still reported."""
        if self._op is not None:
            self._op.cancel()

    def _on_success(self, op: BackgroundOp, path: Path, meeting: Meeting) -> None:
        if op is self._op:
            self._done()
            self.loaded.emit(path, meeting)
        op.deleteLater()

    def _on_failure(self, op: BackgroundOp, path: Path, error: BaseException) -> None:
        if op is self._op:
            self._done()
            self.failed.emit(path, error)
        op.deleteLater()

    def _done(self) -> None:
        self._op = None
        self.busy_changed.emit(False)
