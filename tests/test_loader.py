"""The sandboxed parse (timeout, cancel, crashes) and the parse cache behind load_meeting."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import threading
from pathlib import Path

import pytest
from conftest import corpus_file
from parser_stand_in import install_stand_in

from minutesapp import loader, parse_cache, parse_worker, sandbox
from minutesapp.errors import DocumentError, ErrorCode
from minutesapp.model import AgendaItem, Meeting, MeetingKind, SourceInfo

HADERSLEV = "haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"


def small_text_file(tmp_path: Path) -> Path:
    path = tmp_path / "referat.txt"
    path.write_text("REFERAT Økonomiudvalget d. 11-12-2025\nPunkt 1: Godkendelse\n", encoding="utf-8")
    return path


# --- sandbox -------------------------------------------------------------------------------


def test_sandbox_parses_in_a_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_stand_in(tmp_path, monkeypatch)
    meeting = sandbox.parse_in_subprocess(corpus_file(HADERSLEV))
    assert meeting.date == "2025-12-11"
    assert meeting.source is not None and meeting.source.format == "text"


def test_sandbox_timeout_kills_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parse_worker.TEST_SLEEP_ENV, "30")
    with pytest.raises(DocumentError) as caught:
        sandbox.parse_in_subprocess(small_text_file(tmp_path), timeout=0.5)
    assert caught.value.code is ErrorCode.TIMEOUT
    assert "0.5 seconds" in str(caught.value)


def test_sandbox_cancel_from_another_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parse_worker.TEST_SLEEP_ENV, "30")
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    timer.start()
    try:
        with pytest.raises(DocumentError) as caught:
            sandbox.parse_in_subprocess(small_text_file(tmp_path), timeout=30, cancel=cancel)
    finally:
        timer.cancel()
    assert caught.value.code is ErrorCode.CANCELLED


def test_cancel_before_start_starts_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("a child was started")

    monkeypatch.setattr(sandbox.subprocess, "Popen", no_child)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(DocumentError) as caught:
        sandbox.parse_in_subprocess(small_text_file(tmp_path), cancel=cancel)
    assert caught.value.code is ErrorCode.CANCELLED


def test_cheap_checks_run_in_the_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox.subprocess, "Popen", None)  # would fail if a child were started
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(DocumentError) as caught:
        sandbox.parse_in_subprocess(empty)
    assert caught.value.code is ErrorCode.EMPTY


@pytest.mark.parametrize(
    ("returncode", "stderr", "code"),
    [
        (-11, b"", ErrorCode.CORRUPT),  # SIGSEGV inside pdfium
        (-9, b"", ErrorCode.TOO_LARGE),  # killed by the kernel's OOM killer
        (1, b"Traceback ...\nMemoryError\n", ErrorCode.TOO_LARGE),
        (1, b"Traceback ...\nValueError: x\n", ErrorCode.CORRUPT),
    ],
)
def test_child_without_an_answer(returncode: int, stderr: bytes, code: ErrorCode) -> None:
    with pytest.raises(DocumentError) as caught:
        sandbox._interpret(Path("x.pdf"), returncode, b"", stderr)
    assert caught.value.code is code
    assert "x.pdf" in str(caught.value) and "\n" not in str(caught.value)


def test_worker_turns_exceptions_into_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import minutesapp.parsing as parsing

    def out_of_memory(path: Path) -> Meeting:
        raise MemoryError

    def broken(path: Path) -> Meeting:
        raise KeyError("line one\nline two")

    monkeypatch.setattr(parsing, "parse_file", out_of_memory, raising=False)
    assert parse_worker.parse_to_result(Path("big.pdf"))["code"] == "too_large"
    monkeypatch.setattr(parsing, "parse_file", broken, raising=False)
    result = parse_worker.parse_to_result(Path("odd.pdf"))
    assert result["ok"] is False and result["code"] == "internal"
    assert "\n" not in result["message"] and "KeyError" in result["message"]


# --- loader and cache ----------------------------------------------------------------------


def fake_meeting(title: str = "Godkendelse") -> Meeting:
    return Meeting(
        kind=MeetingKind.REFERAT,
        body="Økonomiudvalget",
        date="2025-12-11",
        items=(AgendaItem(1, title, case_number="25/1"),),
        source=SourceInfo(path="/elsewhere", sha256="", pages=1, format="text"),
    )


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Replace the sandboxed parse with a counting stand-in."""
    calls: list[Path] = []

    def parse(path: Path, *, timeout: float, cancel: threading.Event | None) -> Meeting:
        calls.append(path)
        return fake_meeting()

    monkeypatch.setattr(sandbox, "parse_in_subprocess", parse)
    return calls


def test_miss_then_hit(tmp_path: Path, parse_calls: list[Path]) -> None:
    path = small_text_file(tmp_path)
    first = loader.load_meeting(path)
    second = loader.load_meeting(path)
    assert len(parse_calls) == 1
    assert first == second
    assert second.source is not None
    assert second.source.path == str(path)
    assert second.source.sha256 == loader.file_sha256(path)
    assert parse_cache.cache_path(second.source.sha256).exists()


def test_hit_names_the_path_given(tmp_path: Path, parse_calls: list[Path]) -> None:
    path = small_text_file(tmp_path)
    loader.load_meeting(path)
    copy = tmp_path / "copy of referat.txt"
    shutil.copy(path, copy)
    meeting = loader.load_meeting(copy)
    assert len(parse_calls) == 1
    assert meeting.source is not None and meeting.source.path == str(copy)


def test_use_cache_false_parses_again(tmp_path: Path, parse_calls: list[Path]) -> None:
    path = small_text_file(tmp_path)
    loader.load_meeting(path)
    loader.load_meeting(path, use_cache=False)
    assert len(parse_calls) == 2


def test_changed_file_is_a_miss(tmp_path: Path, parse_calls: list[Path]) -> None:
    path = small_text_file(tmp_path)
    loader.load_meeting(path)
    path.write_text("REFERAT Økonomiudvalget d. 12-12-2025\n", encoding="utf-8")
    loader.load_meeting(path)
    assert len(parse_calls) == 2


@pytest.mark.parametrize("damage", ["{not json", '{"parser": "x"}', "[]", '{"parser": "%s", "meeting": {}}'])
def test_corrupt_or_stale_cache_is_ignored_and_rewritten(
    tmp_path: Path, parse_calls: list[Path], damage: str
) -> None:
    path = small_text_file(tmp_path)
    sha = loader.file_sha256(path)
    entry = parse_cache.cache_path(sha)
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(damage.replace("%s", parse_cache.parser_fingerprint()), encoding="utf-8")
    meeting = loader.load_meeting(path)
    assert len(parse_calls) == 1
    assert meeting.items[0].title == "Godkendelse"
    stored = json.loads(entry.read_text(encoding="utf-8"))
    assert stored["parser"] == parse_cache.parser_fingerprint()
    assert loader.load_meeting(path) == meeting
    assert len(parse_calls) == 1


def test_cache_writes_leave_no_temporary_files(tmp_path: Path, parse_calls: list[Path]) -> None:
    loader.load_meeting(small_text_file(tmp_path))
    folder = parse_cache.cache_path("x").parent
    assert [p.suffix for p in folder.iterdir()] == [".json"]


def test_errors_are_not_cached(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for _ in range(2):
        with pytest.raises(DocumentError) as caught:
            loader.load_meeting(empty)
        assert caught.value.code is ErrorCode.EMPTY
    with pytest.raises(DocumentError) as missing:
        loader.load_meeting(tmp_path / "absent.pdf")
    assert missing.value.code is ErrorCode.NOT_FOUND


def test_fingerprint_changes_with_the_parser_version(monkeypatch: pytest.MonkeyPatch) -> None:
    before = parse_cache.parser_fingerprint()
    parse_cache.parser_fingerprint.cache_clear()
    monkeypatch.setattr(parse_cache, "PARSER_VERSION", parse_cache.PARSER_VERSION + 1)
    try:
        assert parse_cache.parser_fingerprint() != before
    finally:
        parse_cache.parser_fingerprint.cache_clear()


def test_real_sandboxed_load_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_stand_in(tmp_path, monkeypatch)
    path = corpus_file(HADERSLEV)
    first = loader.load_meeting(path)
    monkeypatch.setattr(sandbox, "parse_in_subprocess", None)  # a second parse would fail
    assert loader.load_meeting(path) == first


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX; Windows relies on the time limit")
def test_memory_cap_turns_a_memory_bomb_into_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A parser that wants 4 GiB hits the worker's 2 GiB address-space cap, not the machine."""
    folder = tmp_path / "bomb"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(
        "import minutesapp.parsing as p\n"
        "def parse_file(path):\n"
        "    return bytearray(4 << 30)\n"
        "p.parse_file = parse_file\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PYTHONPATH", str(folder))
    monkeypatch.setenv(parse_worker.MEMORY_ENV, "2048")
    with pytest.raises(DocumentError) as caught:
        sandbox.parse_in_subprocess(small_text_file(tmp_path), timeout=30)
    assert caught.value.code is ErrorCode.TOO_LARGE


# --- one file hash, one OSError mapping ------------------------------------------------------


def test_the_loader_and_the_parser_share_one_hash(tmp_path: Path) -> None:
    from minutesapp import file_hash, parsing

    path = small_text_file(tmp_path)
    assert loader.file_sha256 is file_hash.file_sha256 is parsing.file_sha256
    assert loader.file_sha256(path) == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("error", "code", "words"),
    [
        (FileNotFoundError(2, "No such file or directory"), ErrorCode.NOT_FOUND, "does not exist"),
        (IsADirectoryError(21, "Is a directory"), ErrorCode.UNREADABLE, "is a folder"),
        (PermissionError(13, "Permission denied"), ErrorCode.UNREADABLE, "No permission"),
        (OSError(5, "Input/output error"), ErrorCode.UNREADABLE, "Input/output error"),
    ],
)
def test_os_errors_become_document_errors(error: OSError, code: ErrorCode, words: str) -> None:
    from minutesapp.errors import document_error_from_os

    mapped = document_error_from_os(Path("/x/referat.pdf"), error)
    assert mapped.code is code
    assert words in str(mapped) and "/x/referat.pdf" in str(mapped)


def test_hashing_and_sniffing_report_a_missing_file_or_a_folder_alike(tmp_path: Path) -> None:
    from minutesapp.parsing.extract import sniff_format

    for path, code in ((tmp_path / "absent.pdf", ErrorCode.NOT_FOUND), (tmp_path, ErrorCode.UNREADABLE)):
        with pytest.raises(DocumentError) as hashed:
            loader.file_sha256(path)
        with pytest.raises(DocumentError) as sniffed:
            sniff_format(path)
        assert hashed.value.code is sniffed.value.code is code
        assert str(hashed.value) == str(sniffed.value)


def test_a_cache_hit_imports_no_pdf_library(tmp_path: Path) -> None:
    """The loader hashes without the parser: a cached reopen never loads pypdfium2 or pdfplumber."""
    import subprocess

    script = (
        "import sys\n"
        "from minutesapp import loader\n"
        "loader.file_sha256(__import__('pathlib').Path(sys.argv[1]))\n"
        "heavy = [name for name in ('pypdfium2', 'pdfplumber', 'minutesapp.parsing') if name in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(small_text_file(tmp_path))],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
