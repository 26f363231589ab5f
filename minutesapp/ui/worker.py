"""The one way the UI runs slow work: off the GUI thread, with the outcome delivered back on it.

Modelled on Anki's ``QueryOp``: the caller names a callable and what to do with its result or its
exception; the callable runs on a ``QThreadPool`` thread, the callbacks run on the GUI thread.
A ``threading.Event`` is the cancel token: the work function receives it and should stop
(e.g. ``load_meeting(path, cancel=token)``) once it is set.

    op = BackgroundOp(lambda cancel: load_meeting(path, cancel=cancel), parent=window)
    op.succeeded.connect(show_meeting)
    op.failed.connect(show_error)
    op.start()
    ...
    op.cancel()
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal

WorkFunction = Callable[[threading.Event], Any]

# The pool thread hands the outcome over by posting this event to the op (postEvent is
# thread-safe and needs no signal emission from a foreign thread); the op, living on the
# GUI thread, receives it there.
_DONE_EVENT = QEvent.Type(QEvent.registerEventType())

_POOL: QThreadPool | None = None


def thread_pool() -> QThreadPool:
    """A pool of our own, so waiting for our work at exit never waits for Qt's internal jobs."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL


def wait_for_background_work(timeout_ms: int = 10_000) -> bool:
    """Block until every started operation has finished (at exit and in tests)."""
    return thread_pool().waitForDone(timeout_ms)


class _Runnable(QRunnable):
    """Runs the work function on a pool thread and posts the outcome to the op."""

    def __init__(self, op: BackgroundOp) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the op keeps us alive; PySide and Qt must not both delete us
        self._op = op

    def run(self) -> None:
        op = self._op
        try:
            op._outcome = (True, op._work(op.cancel_token))
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            op._outcome = (False, exc)
        QCoreApplication.postEvent(op, QEvent(_DONE_EVENT))


class BackgroundOp(QObject):
    """One piece of slow work; create it on the GUI thread, connect, then ``start()``.

    Signals:
        succeeded(object): the work function's return value (GUI thread).
        failed(object): the exception it raised (GUI thread).
        finished(): after either of the two, also after a cancelled run.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    _running: set[BackgroundOp] = set()  # keeps ops alive until they have reported

    def __init__(self, work: WorkFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_token = threading.Event()
        self._runnable: _Runnable | None = None
        self._done = False
        self._outcome: tuple[bool, Any] | None = None

    @property
    def is_running(self) -> bool:
        return self._runnable is not None and not self._done

    def start(self) -> None:
        if self._runnable is not None:
            raise RuntimeError("a BackgroundOp runs once")
        self._runnable = _Runnable(self)
        BackgroundOp._running.add(self)
        thread_pool().start(self._runnable)

    def cancel(self) -> None:
        """Ask the work to stop; it still reports (usually a cancellation error) when it ends."""
        self.cancel_token.set()

    def event(self, event: QEvent) -> bool:
        if event.type() != _DONE_EVENT:
            return super().event(event)
        assert self._outcome is not None
        ok, value = self._outcome
        self._outcome = None
        self._done = True
        BackgroundOp._running.discard(self)
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()
        return True
