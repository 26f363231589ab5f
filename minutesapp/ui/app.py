"""Start the Qt application: translators, the main window, the file to open, screenshot mode.

An interactive start first offers its file to an already running instance (``single_instance``)
and exits 0 when that one took it; ``--screenshot`` always runs its own window.
"""

from __future__ import annotations

import argparse
import importlib.resources
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, Qt, QTimer
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
    try:
        if screenshot:
            return _run_screenshot(app, window, args, Path(screenshot))
        assert instance is not None
        accept_handovers(instance, window)
        return _run_interactive(app, window, args)
    finally:
        if instance is not None:
            instance.close()
            instance.deleteLater()
        window.annotations.shutdown()  # closes the notes database (closeEvent did it if the window was closed)
        window.deleteLater()
        languages.set_language(SOURCE_LANGUAGE)  # leave the QApplication as we found it


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
