"""Opening files from the window: the Open dialog, dropped files, progress with Cancel in the status bar.

The window decides what to show once a meeting is loaded; this module only starts loads
(through ``MeetingLoader``), shows that one is running, and words a failure. Its strings keep
the "MainWindow" translation context they had when they lived in ``main_window.py``.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressBar, QToolButton

from minutesapp.errors import DocumentError, ErrorCode
from minutesapp.ui.error_messages import describe_failure
from minutesapp.ui.meeting_loader import MeetingLoader
from minutesapp.ui.plain_text import plain_label

translate = QCoreApplication.translate


def sample_path() -> Path:
    """The bundled sample minutes (Help > Open sample); never listed among recent files."""
    return Path(str(importlib.resources.files("minutesapp.resources") / "sample" / "sample-referat.pdf"))


def dropped_local_file(mime: QMimeData) -> Path | None:
    """The first local file among dropped URLs; None when only remote URLs or text were dropped."""
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


class FileOpening(QObject):
    """Starts loads for ``window`` and shows them running: a busy bar, the file name and Cancel.

    The item to show once the file is loaded waits in ``pending_item`` (set by ``open``).
    """

    def __init__(self, window: QMainWindow, loader: MeetingLoader) -> None:
        super().__init__(window)
        self._window = window
        self.loader = loader
        self.pending_item: int | None = None
        self.progress = QProgressBar(window)
        self.progress.setRange(0, 0)  # busy indicator: the parse reports no steps
        self.progress.setMaximumWidth(160)
        self.cancel_button = QToolButton(window)
        self.progress_label = plain_label(window)  # shows a file name
        status = window.statusBar()
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self.set_busy(False)
        self.cancel_button.clicked.connect(loader.cancel)
        loader.busy_changed.connect(self.set_busy)
        loader.started.connect(self._on_started)

    def open(self, path: Path, item: int | None = None) -> None:
        """Start loading ``path`` in the background; ``item`` is shown once it is ready."""
        self.pending_item = item
        self.loader.open(Path(path))

    def take_pending_item(self) -> int | None:
        item, self.pending_item = self.pending_item, None
        return item

    def choose(self, start_folder: Path | None) -> Path | None:
        """Ask for a minutes file (the Open dialog); None when the user cancels."""
        start = str(start_folder) if start_folder else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("MainWindow", "Open minutes"),
            start,
            translate("MainWindow", "Minutes (*.pdf *.txt);;All files (*)"),
        )
        return Path(name) if name else None

    def set_busy(self, busy: bool) -> None:
        for widget in (self.progress, self.cancel_button, self.progress_label):
            widget.setVisible(busy)

    def failure_message(self, path: Path, error: BaseException) -> tuple[str, bool]:
        """What to tell the user about a failed open, and whether it is an error (not a cancel)."""
        if isinstance(error, DocumentError) and error.code is ErrorCode.CANCELLED:
            return translate("MainWindow", "Opening %1 was cancelled.").replace("%1", path.name), False
        return describe_failure(path, error), True

    def retranslate(self) -> None:
        self.cancel_button.setText(translate("MainWindow", "Cancel"))
        self.cancel_button.setToolTip(translate("MainWindow", "Stop opening the file"))

    def _on_started(self, path: Path) -> None:
        self.progress_label.setText(translate("MainWindow", "Opening %1…").replace("%1", path.name))
