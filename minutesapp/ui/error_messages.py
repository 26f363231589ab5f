"""What the window says when a file cannot be opened, by ``DocumentError.code``, translated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

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
