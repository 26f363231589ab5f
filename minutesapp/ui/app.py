"""Start the Qt application: translators, the main window, the file to open, screenshot mode.

An interactive start first offers its file to an already running instance (``single_instance``)
and exits 0 when that one took it; ``--screenshot`` always runs its own window. SIGTERM
(``kill``, a session or service manager) ends an interactive run like closing the window:
typed notes saved (or written to ``unsaved-notes/``), the notes database closed with a backup.
"""

from __future__ import annotations

import argparse
import importlib.resources
import signal
import socket
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QEventLoop, QLocale, QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from minutesapp.model import Meeting
from minutesapp.ui.i18n import SOURCE_LANGUAGE, LanguageSwitcher, resolve_language
from minutesapp.ui.main_window import MainWindow, sample_path
from minutesapp.ui.settings import AppSettings
from minutesapp.ui.single_instance import SingleInstance
from minutesapp.ui.worker import wait_for_background_work

SCREENSHOT_SIZE = (1440, 900)
PAGE_RENDER_WAIT_MS = 600  # QPdfView renders pages on worker threads; no signal says when
EXIT_OK = 0
EXIT_FAILED = 2


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("minutesapp")
    app.setOrganizationName("minutesapp")
    app.setApplicationDisplayName("minutesapp")
    app.setDesktopFileName("minutesapp")  # Wayland: match the window to minutesapp.desktop
    if app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(importlib.resources.files("minutesapp.resources") / "icons" / "minutesapp.svg")))
    return app  # type: ignore[return-value]


def initial_file(cli_file: str | Path | None, settings: AppSettings) -> tuple[Path | None, int | None]:
    """What to open at start: the command line's file, else the last file, else the sample."""
    if cli_file:
        return Path(cli_file), None
    last = settings.last_file
    if last is not None and last.is_file():
        return last, settings.last_item
    sample = sample_path()
    return (sample, None) if sample.is_file() else (None, None)


def create_window(args: argparse.Namespace) -> tuple[QApplication, MainWindow, LanguageSwitcher]:
    app = ensure_application()
    settings = AppSettings()
    languages = LanguageSwitcher(app)
    languages.set_language(resolve_language(getattr(args, "lang", None), settings.language, QLocale.system()))
    window = MainWindow(settings, languages)
    return app, window, languages


def run_gui(args: argparse.Namespace) -> int:
    """The ``minutesapp [FILE]`` command: show the window until it is closed.

    Without ``--screenshot``, a running instance gets FILE (and ``--item``) instead, and this
    process ends with 0 at once.
    """
    screenshot = getattr(args, "screenshot", None)
    instance: SingleInstance | None = None
    if not screenshot:
        ensure_application()
        instance = SingleInstance()
        if instance.send(getattr(args, "file", None), getattr(args, "item", None)):
            instance.deleteLater()
            return EXIT_OK
        instance.listen()  # when even that fails, this start simply runs on its own
    app, window, languages = create_window(args)
    watcher: TerminationWatcher | None = None
    try:
        if screenshot:
            return _run_screenshot(app, window, args, Path(screenshot))
        assert instance is not None
        accept_handovers(instance, window)
        watcher = TerminationWatcher.install()
        if watcher is not None:
            watcher.received.connect(lambda _signum: end_on_signal(window, lambda: app.exit(EXIT_OK)))
        return _run_interactive(app, window, args)
    finally:
        if watcher is not None:
            watcher.close()
        if instance is not None:
            instance.close()
            instance.deleteLater()
        window.annotations.shutdown()  # saves or rescues typed notes, closes the notes database (again: harmless)
        window.deleteLater()
        languages.set_language(SOURCE_LANGUAGE)  # leave the QApplication as we found it


class TerminationWatcher(QObject):
    """Delivers SIGTERM to the GUI thread, so the app can end cleanly instead of being killed.

    Python runs signal handlers only between bytecodes, and none run while Qt's event loop
    waits; ``signal.set_wakeup_fd`` makes the C-level handler write the signal's number to a
    socket that a ``QSocketNotifier`` watches, which wakes the loop at once (no polling timer).

    Signals:
        received(int): a watched signal arrived (emitted on the GUI thread).
    """

    received = Signal(int)

    def __init__(self, signals: Iterable[int] = (signal.SIGTERM,), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = frozenset(int(s) for s in signals)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._old_wakeup_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._old_handlers = {signum: signal.signal(signum, self._python_handler) for signum in self._signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    @classmethod
    def install(cls) -> TerminationWatcher | None:
        """A watcher for SIGTERM, or None where signals cannot be watched (not the main thread)."""
        try:
            return cls()
        except (ValueError, OSError):
            return None

    def _python_handler(self, signum: int, frame: FrameType | None) -> None:
        """Replaces the default action (die at once); the work happens in ``_drain``."""

    def _drain(self) -> None:
        try:
            data = self._reader.recv(512)
        except (BlockingIOError, InterruptedError):
            return
        for signum in dict.fromkeys(data):  # one emit per kind of signal in this batch
            if signum in self._signals:
                self.received.emit(signum)

    def close(self) -> None:
        """Give the signals their previous handlers back."""
        if self._reader.fileno() < 0:
            return
        self._notifier.setEnabled(False)
        for signum, handler in self._old_handlers.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._old_wakeup_fd)
        self._reader.close()
        self._writer.close()


def end_on_signal(window: MainWindow, quit_loop: Callable[[], None]) -> None:
    """SIGTERM: save typed notes (or write them to ``unsaved-notes/``), keep the window's state, quit.

    No dialog may appear here (nobody may be there to answer); ``run_gui``'s ``finally`` then
    closes the notes database with a backup.
    """
    window.annotations.notes.save_or_rescue(forget=True)
    window.save_state()
    window.loader.cancel()
    quit_loop()


def accept_handovers(instance: SingleInstance, window: MainWindow) -> None:
    """Files another start hands over open in ``window``, which comes to the front."""
    instance.activation_requested.connect(lambda: bring_to_front(window))
    instance.file_received.connect(lambda path, item: window.open_file(Path(path), item))


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _run_interactive(app: QApplication, window: MainWindow, args: argparse.Namespace) -> int:
    window.restore_state()
    path, item = initial_file(getattr(args, "file", None), window.settings)
    if getattr(args, "item", None) is not None:
        item = args.item
    window.show()
    if path is not None:
        window.open_file(path, item)
    code = app.exec()
    wait_for_background_work()
    return code


def _run_screenshot(app: QApplication, window: MainWindow, args: argparse.Namespace, target: Path) -> int:
    """Open FILE, wait until it is shown, select --item (or the first), save a PNG, return.

    Waits in a local event loop rather than ``app.exec()``, so the application is left
    running normally (tests call this in-process).
    """
    path, _ = initial_file(getattr(args, "file", None), window.settings)
    if path is None:
        print("minutesapp: no file to take a screenshot of", file=sys.stderr)
        return EXIT_FAILED
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    loop = QEventLoop()
    outcome: dict[str, int] = {}

    def shoot(_meeting: Meeting) -> None:
        # Let layouts settle and QtPdf render the visible page before grabbing.
        delay = PAGE_RENDER_WAIT_MS if window.page_view.isVisible() else 50
        QTimer.singleShot(delay, lambda: (_save(window, target, outcome), loop.quit()))

    def failed(message: str) -> None:
        print(f"minutesapp: {message}", file=sys.stderr)
        outcome["code"] = EXIT_FAILED
        loop.quit()

    window.meeting_shown.connect(shoot)
    window.load_failed.connect(failed)
    window.open_file(path, getattr(args, "item", None))
    loop.exec()
    window.loader.cancel()
    wait_for_background_work()
    window.hide()
    return outcome.get("code", EXIT_FAILED)


def _save(window: MainWindow, target: Path, outcome: dict[str, int]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(target), "PNG")
    if not ok:
        print(f"minutesapp: could not write {target}", file=sys.stderr)
    outcome["code"] = EXIT_OK if ok else EXIT_FAILED
