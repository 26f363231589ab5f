"""Errors about a document the user asked to open, with a stable code the UI translates."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class ErrorCode(StrEnum):
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"  # permissions, a directory, an I/O error
    EMPTY = "empty"
    NOT_MINUTES = "not_minutes"  # neither a PDF nor UTF-8 text
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    NO_TEXT = "no_text"  # a scanned PDF without a text layer
    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"  # the parser ran out of its memory allowance
    CANCELLED = "cancelled"
    INTERNAL = "internal"


class DocumentError(Exception):
    """A file could not be turned into a meeting; ``str()`` is one line for the user (English)."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


def document_error_from_os(path: Path, exc: OSError) -> DocumentError:
    """The DocumentError for an OSError met while reading ``path`` (one wording everywhere)."""
    if isinstance(exc, FileNotFoundError):
        return DocumentError(ErrorCode.NOT_FOUND, f"{path} does not exist.")
    if isinstance(exc, IsADirectoryError):
        return DocumentError(ErrorCode.UNREADABLE, f"{path} is a folder, not a file.")
    if isinstance(exc, PermissionError):
        return DocumentError(ErrorCode.UNREADABLE, f"No permission to read {path}.")
    return DocumentError(ErrorCode.UNREADABLE, f"Cannot read {path}: {exc.strerror or exc}.")
