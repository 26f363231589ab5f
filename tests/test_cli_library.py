"""The library sub-commands: JSON shapes, text output, exit 2 with one line on stderr."""

from __future__ import annotations

import argparse
import json
import threading
from pathlib import Path

import pytest

from minutesapp.cli_library import add_library_subparsers
from minutesapp.library import scanner
from minutesapp.model import AgendaItem, Decision, Meeting, MeetingKind, Section, SectionKind
from minutesapp.serialize import meeting_from_dict, meeting_to_dict

MEETING = Meeting(MeetingKind.REFERAT, "Byrådet", "2025-08-27", items=(
    AgendaItem(2, "Salg af Havnens Perle", "EMN-2025-003383",
               sections=(Section(SectionKind.INDSTILLING, "Indstilling", "At Havnens Perle sælges."),),
               decisions=(Decision("Byrådet", "2025-08-27", "Vedtaget."),)),
))


@pytest.fixture(autouse=True)
def json_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    def load(path: Path, cancel: threading.Event | None) -> Meeting:
        return meeting_from_dict(json.loads(path.read_text(encoding="utf-8")))
    monkeypatch.setattr(scanner, "default_loader", load)


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="minutesapp")
    add_library_subparsers(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.func(args)


@pytest.fixture
def indexed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "byraad.txt"
    path.write_text(json.dumps(meeting_to_dict(MEETING), ensure_ascii=False), encoding="utf-8")
    assert run("library", "add", str(tmp_path)) == 0
    assert "added 1" in capsys.readouterr().out
    return path


def test_search_json_has_the_agreed_keys(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("search", "havnens perle", "--format", "json") == 0
    hit, = json.loads(capsys.readouterr().out)
    assert {k: hit[k] for k in ("file", "date", "body", "item", "title", "section")} == {
        "file": str(indexed.resolve()), "date": "2025-08-27", "body": "Byrådet", "item": 2,
        "title": "Salg af Havnens Perle", "section": "indstilling"}
    assert hit["snippet"] == "At Havnens Perle sælges."
    assert [hit["snippet"][s:e] for s, e in hit["spans"]] == ["Havnens", "Perle"]


def test_search_filters_and_text_output(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("search", "vedtaget", "--section", "beslutning", "--from", "2025-08-01", "--to", "2025-08-31") == 0
    out = capsys.readouterr().out
    assert "punkt 2: Salg af Havnens Perle  [beslutning]" in out and "[Vedtaget]." in out
    assert run("search", "vedtaget", "--body", "Økonomi") == 0
    assert capsys.readouterr().out.strip() == "no results"


def test_library_list_json(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("library", "list", "--format", "json") == 0
    listing = json.loads(capsys.readouterr().out)
    assert [(m["body"], m["date"], m["item_count"]) for m in listing["meetings"]] == [("Byrådet", "2025-08-27", 1)]
    assert listing["failures"] == []


def test_case_json(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("case", "EMN-2025-003383", "--format", "json") == 0
    case = json.loads(capsys.readouterr().out)
    assert [(t["date"], t["item"], t["decisions"]) for t in case["treatments"]] == [("2025-08-27", 2, ["Vedtaget."])]


def test_remove_and_rescan(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    indexed.unlink()
    assert run("library", "rescan") == 0
    assert "removed 1" in capsys.readouterr().out
    assert run("library", "remove", str(indexed.parent)) == 0
    assert run("library", "remove", str(indexed.parent)) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("argv", [
    ("search", "  "),
    ("search", "plan", "--limit", "0"),
    ("library", "add", "/no/such/folder"),
])
def test_errors_exit_2_with_one_line(argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(*argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("minutesapp: error:") and err.count("\n") == 1


def test_a_bad_date_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("search", "plan", "--from", "27-08-2025")
    assert exit_info.value.code == 2
