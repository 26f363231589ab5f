"""The SHA-256 of a file's bytes: the parse cache key and ``SourceInfo.sha256``.

A module of its own, importing nothing heavy, so the loader can hash a file on a cache hit
without pulling in the parser (and with it the PDF libraries).
"""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from minutesapp.errors import DocumentError, ErrorCode, document_error_from_os


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of the file at ``path``; raises DocumentError when it cannot be read.

    Devices and pipes are refused before opening: reading /dev/zero or a FIFO never ends.
    """
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode) and not path.is_dir():
            raise DocumentError(ErrorCode.UNREADABLE, f"{path} is not a regular file.")
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise document_error_from_os(path, exc) from None
