"""What the window says when a file cannot be opened (by ``DocumentError.code``, translated),
and the message bar above the panes where such messages stay until dismissed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from minutesapp.errors import DocumentError, ErrorCode


translate = QCoreApplication.translate


def error_message(code: ErrorCode) -> str:
    """One sentence for the user; the file name is shown beside it by the caller."""
    messages = {
        ErrorCode.NOT_FOUND: translate("ErrorMessages", "The file does not exist (any more)."),
        ErrorCode.UNREADABLE: translate("ErrorMessages", "The file cannot be read. Check that it is a file and that you may open it."),
        ErrorCode.EMPTY: translate("ErrorMessages", "The file is empty."),
        ErrorCode.NOT_MINUTES: translate("ErrorMessages", "The file is neither a PDF nor a text file."),
        ErrorCode.CORRUPT: translate("ErrorMessages", "The file is damaged and cannot be read as a PDF."),
        ErrorCode.ENCRYPTED: translate("ErrorMessages", "The PDF is password-protected."),
        ErrorCode.NO_TEXT: translate("ErrorMessages", "The PDF contains no text (it is probably scanned), so it cannot be read."),
        ErrorCode.TIMEOUT: translate("ErrorMessages", "Reading the file took too long and was stopped."),
        ErrorCode.TOO_LARGE: translate("ErrorMessages", "The file is too large to be read."),
        ErrorCode.CANCELLED: translate("ErrorMessages", "Opening the file was cancelled."),
        ErrorCode.INTERNAL: translate("ErrorMessages", "An unexpected error occurred while reading the file."),
    }
    return messages.get(code, messages[ErrorCode.INTERNAL])


def describe_failure(path: Path, error: BaseException) -> str:
    """"Could not open <name>: <reason>" for any exception a load raised."""
    code = error.code if isinstance(error, DocumentError) else ErrorCode.INTERNAL
    return translate("ErrorMessages", "Could not open %1: %2").replace("%1", path.name).replace("%2", error_message(code))


class MessageBar(QWidget):
    """A warning line with a close button; plain text, selectable (so it can be copied)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("\u00d7")
        self.close_button.clicked.connect(self.clear)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(self.icon)
        bar.addWidget(self.label, 1)
        bar.addWidget(self.close_button)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def update_icon(self) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(20, 20))

    def retranslate(self) -> None:
        self.close_button.setToolTip(translate("MainWindow", "Hide message"))
        self.close_button.setAccessibleName(translate("MainWindow", "Hide message"))
