"""Writing the export: all at once or not at all, with a one-line reason."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from test_export_sheet import aarhus, annotated, store  # noqa: F401 - fixtures

from minutesapp.annotations.meeting_view import MeetingAnnotations
from minutesapp.export import ExportError, ExportOptions, export_notes_pdf, write_atomically
from minutesapp.model import Meeting

OLD = b"%PDF-1.4 the export from last week"


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    folder = tmp_path / "eksport"  # tmp_path also holds MINUTESAPP_HOME
    folder.mkdir()
    out = folder / "noter.pdf"
    out.write_bytes(OLD)
    return out


def _left_over(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "noter.pdf")


def test_replaces_existing_file(annotated: tuple[Meeting, MeetingAnnotations], existing: Path) -> None:
    meeting, view = annotated
    export_notes_pdf(meeting, view, existing, ExportOptions())
    data = existing.read_bytes()
    assert data.startswith(b"%PDF") and data != OLD and data.rstrip().endswith(b"%%EOF")
    assert _left_over(existing.parent) == []
    assert existing.stat().st_mode & 0o777 == 0o644


def test_full_disk_leaves_existing_file(
    annotated: tuple[Meeting, MeetingAnnotations], existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    meeting, view = annotated
    with pytest.raises(ExportError) as caught:
        export_notes_pdf(meeting, view, existing, ExportOptions())
    assert str(caught.value) == f"Cannot write {existing}: the disk is full."
    assert existing.read_bytes() == OLD
    assert _left_over(existing.parent) == []  # the temporary file is gone too


def test_read_only_folder(existing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # root ignores chmod, so refuse as the OS would
    with pytest.raises(ExportError, match=r"^Cannot write in .*: permission denied\.$"):
        write_atomically(existing, b"%PDF new")
    assert existing.read_bytes() == OLD


def test_target_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "noter.pdf"
    folder.mkdir()
    with pytest.raises(ExportError, match=r"it is a folder\.$"):
        write_atomically(folder, b"%PDF new")
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "noter.pdf", b"%PDF new")


def test_message_is_one_line(existing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def odd(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "Input/output error\nwith detail")

    monkeypatch.setattr(os, "replace", odd)
    with pytest.raises(ExportError) as caught:
        write_atomically(existing, b"%PDF new")
    assert "\n" not in str(caught.value)
    assert existing.read_bytes() == OLD
