"""Write the exported PDF atomically: a failed export never damages a file that was there.

The bytes go to a temporary file in the target's folder (same file system, so ``os.replace``
is atomic), are flushed to disk, and only then replace the target. Every failure becomes an
``ExportError`` whose text is one line for the user.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from minutesapp.annotations.meeting_view import MeetingAnnotations
from minutesapp.export.sheet import ExportOptions, NotesSheet, build_sheet
from minutesapp.model import Meeting


class ExportError(Exception):
    """The export could not be written; ``str()`` is one line for the user (English)."""


def export_notes_pdf(meeting: Meeting, view: MeetingAnnotations, out: Path, options: ExportOptions) -> NotesSheet:
    """Build the sheet, render it and write it to ``out``; returns the sheet that was written."""
    from minutesapp.export.pdf_render import render_pdf

    sheet = build_sheet(meeting, view, options)
    write_atomically(Path(out), render_pdf(sheet))
    return sheet


def write_atomically(out: Path, data: bytes) -> None:
    """Replace ``out`` with ``data`` all at once, or leave it as it was and raise ExportError."""
    if out.is_dir():
        raise ExportError(f"Cannot write {out}: it is a folder.")
    folder = out.parent
    if not folder.is_dir():
        raise ExportError(f"Cannot write {out}: the folder {folder} does not exist.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"Cannot write in {folder}: {_reason(exc)}.") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; an export is an ordinary document
        os.replace(tmp, out)
    except OSError as exc:
        raise ExportError(f"Cannot write {out}: {_reason(exc)}.") from None
    finally:
        tmp.unlink(missing_ok=True)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    return (exc.strerror or str(exc)).rstrip(".").splitlines()[0]
