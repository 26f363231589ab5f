"""The one background helper: result and error come back on the GUI thread; cancel reaches the work."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from minutesapp.ui.worker import BackgroundOp, wait_for_background_work


def test_result_is_delivered_on_the_gui_thread(qtbot) -> None:
    work_threads: list[QThread] = []

    def work(cancel: threading.Event) -> int:
        work_threads.append(QThread.currentThread())
        return 42

    op = BackgroundOp(work)
    received: list[tuple[int, QThread]] = []
    op.succeeded.connect(lambda result: received.append((result, QThread.currentThread())))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    gui_thread = QThread.currentThread()
    assert received == [(42, gui_thread)]
    assert work_threads and work_threads[0] is not gui_thread
    assert not op.is_running


def test_exception_is_delivered_as_failed(qtbot) -> None:
    def work(cancel: threading.Event) -> None:
        raise ValueError("broken file")

    op = BackgroundOp(work)
    errors: list[BaseException] = []
    op.failed.connect(errors.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    assert len(errors) == 1 and isinstance(errors[0], ValueError) and str(errors[0]) == "broken file"


def test_cancel_sets_the_token_the_work_sees(qtbot) -> None:
    started = threading.Event()

    def work(cancel: threading.Event) -> str:
        started.set()
        if not cancel.wait(10):
            return "not cancelled"
        return "cancelled"

    op = BackgroundOp(work)
    results: list[str] = []
    op.succeeded.connect(results.append)
    op.start()
    assert started.wait(5)
    assert op.is_running
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.cancel()
    assert results == ["cancelled"]
    assert wait_for_background_work(5000)


def test_an_op_runs_only_once(qtbot) -> None:
    op = BackgroundOp(lambda cancel: None)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    with pytest.raises(RuntimeError):
        op.start()
