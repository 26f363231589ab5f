"""Bad input through the real command: exit status 2, one line on stderr, no traceback, no hang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT, corpus_file
from hostile_pdfs import encrypted_pdf, looping_page_tree_pdf, scanned_pdf
from parser_stand_in import install_stand_in

# A guard against hangs, not a timing assert: the sandbox's own limit is 60 s.
HANG_GUARD_SECONDS = 45


@pytest.fixture(autouse=True)
def _stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_stand_in(tmp_path, monkeypatch)


def run_parse(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minutesapp", "parse", str(path)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS,
        cwd=PROJECT_ROOT,
        env=dict(os.environ),
    )


def assert_rejected(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("minutesapp: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0].casefold()
    return lines[0]


def test_missing_file(tmp_path: Path) -> None:
    assert_rejected(run_parse(tmp_path / "absent.pdf"), "does not exist")


def test_folder(tmp_path: Path) -> None:
    assert_rejected(run_parse(tmp_path), "folder")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert_rejected(run_parse(path), "empty")


def test_whitespace_only_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n  \n\t", encoding="utf-8")
    assert_rejected(run_parse(path), "whitespace")


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 4,  # random-looking binary
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        "Referat fra mødet i Økonomiudvalget".encode("latin-1"),  # not UTF-8: rejected, not guessed
    ],
    ids=["binary", "png", "latin-1-text"],
)
def test_not_minutes(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "input.pdf"
    path.write_bytes(content)
    assert_rejected(run_parse(path), "neither a pdf nor")


def test_truncated_pdf(tmp_path: Path) -> None:
    data = corpus_file("aarhus_byraad_2025-08-27.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) * 3 // 10])
    assert_rejected(run_parse(path), "damaged")


def test_garbage_after_header(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert_rejected(run_parse(path), "damaged")


def test_password_protected_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf())
    assert_rejected(run_parse(path), "password")


def test_looping_page_tree(tmp_path: Path) -> None:
    path = tmp_path / "loop.pdf"
    path.write_bytes(looping_page_tree_pdf())
    assert_rejected(run_parse(path), "damaged")


def test_scanned_pdf_without_text(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf())
    assert_rejected(run_parse(path), "scanned", "ocr")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_device_is_not_read_forever() -> None:
    assert_rejected(run_parse(Path("/dev/zero")), "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    assert_rejected(run_parse(fifo), "not a regular file")
