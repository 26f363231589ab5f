"""Keeping the library in sync with files: add, rescan, remove, failures, progress, cancel."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from minutesapp.errors import DocumentError, ErrorCode
from minutesapp.library import Library
from minutesapp.model import AgendaItem, Meeting, MeetingKind
from minutesapp.serialize import meeting_from_dict, meeting_to_dict


class CountingLoader:
    """Reads serialized meetings and counts parses, so tests see what a rescan re-reads."""

    def __init__(self) -> None:
        self.loaded: list[str] = []

    def __call__(self, path: Path, cancel: threading.Event | None) -> Meeting:
        self.loaded.append(path.name)
        text = path.read_text(encoding="utf-8")
        if not text.startswith("{"):
            raise DocumentError(ErrorCode.NOT_MINUTES, f"{path.name} is not minutes")
        return meeting_from_dict(json.loads(text))


def meeting(body: str, date: str, title: str) -> Meeting:
    return Meeting(MeetingKind.REFERAT, body, date, items=(AgendaItem(1, title),))


def write(path: Path, m: Meeting) -> Path:
    path.write_text(json.dumps(meeting_to_dict(m), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    write(folder / "a.txt", meeting("Byrådet", "2025-01-01", "Vejbump på Skolevej"))
    write(folder / "sub" / "b.txt", meeting("Byrådet", "2025-02-01", "Cykelsti langs åen"))
    (folder / "ignored.docx").write_text("not indexed")
    return folder


def _titles(library: Library, query: str) -> list[str]:
    return [h.title for h in library.search(query)]


def test_adding_a_folder_indexes_its_files_recursively(folder: Path) -> None:
    loader = CountingLoader()
    library = Library(loader=loader)
    report = library.add([folder])
    assert sorted(Path(p).name for p in report.added) == ["a.txt", "b.txt"]
    assert sorted(loader.loaded) == ["a.txt", "b.txt"]
    assert _titles(library, "cykelstien") == ["Cykelsti langs åen"]


def test_an_unchanged_library_is_not_reread(folder: Path) -> None:
    loader = CountingLoader()
    library = Library(loader=loader)
    library.add([folder])
    loader.loaded.clear()
    report = library.rescan()
    assert (loader.loaded, report.unchanged, report.added, report.removed) == ([], 2, (), ())


def test_a_touched_but_identical_file_is_rehashed_not_reparsed(folder: Path) -> None:
    loader = CountingLoader()
    library = Library(loader=loader)
    library.add([folder])
    loader.loaded.clear()
    stat = (folder / "a.txt").stat()
    os.utime(folder / "a.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    report = library.rescan()
    assert loader.loaded == [] and report.unchanged == 2
    assert library.rescan().unchanged == 2 and loader.loaded == []  # the new mtime was stored


def test_changed_new_and_removed_files_are_picked_up(folder: Path) -> None:
    loader = CountingLoader()
    library = Library(loader=loader)
    library.add([folder])
    write(folder / "a.txt", meeting("Byrådet", "2025-01-01", "Fartdæmpning på Skolevej"))
    write(folder / "c.txt", meeting("Teknisk Udvalg", "2025-03-01", "Vintertjeneste"))
    (folder / "sub" / "b.txt").unlink()
    loader.loaded.clear()
    report = library.rescan()
    assert [Path(p).name for p in report.updated] == ["a.txt"]
    assert [Path(p).name for p in report.added] == ["c.txt"]
    assert [Path(p).name for p in report.removed] == ["b.txt"]
    assert sorted(loader.loaded) == ["a.txt", "c.txt"]
    assert _titles(library, "vejbump") == []
    assert _titles(library, "fartdæmpning") == ["Fartdæmpning på Skolevej"]
    assert _titles(library, "cykelsti") == []
    assert [m.date for m in library.meetings()] == ["2025-01-01", "2025-03-01"]


def test_removing_a_source_drops_its_meetings(folder: Path, tmp_path: Path) -> None:
    single = write(tmp_path / "single.txt", meeting("Skoleudvalget", "2025-04-01", "Skolestruktur"))
    library = Library(loader=CountingLoader())
    library.add([folder, single])
    assert library.remove(folder) is True
    assert [m.body for m in library.meetings()] == ["Skoleudvalget"]
    assert library.sources() == [single.resolve()]
    assert library.remove(folder) is False


def test_an_unreadable_file_is_recorded_and_the_rest_indexed(folder: Path) -> None:
    (folder / "broken.txt").write_text("garbage")
    library = Library(loader=CountingLoader())
    report = library.add([folder])
    assert len(report.added) == 2
    failure, = report.failed
    assert (Path(failure.file).name, failure.code) == ("broken.txt", "not_minutes")
    assert [(Path(f.file).name, f.code) for f in library.failures()] == [("broken.txt", "not_minutes")]
    write(folder / "broken.txt", meeting("Byrådet", "2025-05-01", "Rettet fil"))
    assert [Path(p).name for p in library.rescan().updated] == ["broken.txt"]
    assert library.failures() == []


def test_a_parser_crash_is_recorded_as_internal(folder: Path) -> None:
    def crashing(path: Path, cancel: threading.Event | None) -> Meeting:
        raise RecursionError("pdfminer went too deep")

    report = Library(loader=crashing).add([folder])
    assert {f.code for f in report.failed} == {"internal"} and len(report.failed) == 2


def test_progress_is_reported_per_file(folder: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    Library(loader=CountingLoader()).add([folder], progress=lambda d, t, p: calls.append((d, t, p.name)))
    assert [(d, t) for d, t, _ in calls] == [(1, 2), (2, 2)]
    assert sorted(name for *_, name in calls) == ["a.txt", "b.txt"]


def test_cancel_stops_between_files_and_keeps_what_was_done(folder: Path) -> None:
    cancel = threading.Event()
    library = Library(loader=CountingLoader())
    report = library.add([folder], progress=lambda d, t, p: cancel.set(), cancel=cancel)
    assert report.cancelled and len(report.added) == 1
    assert len(library.meetings()) == 1
    assert len(library.rescan().added) == 1 and len(library.meetings()) == 2


def test_a_loader_cancellation_is_not_a_failure(folder: Path) -> None:
    def cancelled(path: Path, cancel: threading.Event | None) -> Meeting:
        raise DocumentError(ErrorCode.CANCELLED, "cancelled")

    library = Library(loader=cancelled)
    report = library.add([folder])
    assert report.cancelled and report.failed == () and library.failures() == []
