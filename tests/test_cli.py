"""The minutesapp command: parse output, the window entry, the sub-command hooks."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT, corpus_file
from parser_stand_in import install_stand_in

from minutesapp import cli, loader
from minutesapp.model import AgendaItem, Decision, Meeting, MeetingKind, Section, SectionKind, SourceInfo

MEETING = Meeting(
    kind=MeetingKind.REFERAT,
    body="Aarhus Byråd",
    date="2025-08-27",
    start_time="16:00",
    location="Byrådssalen",
    participants=("Anders Winnerskjold",),
    items=(
        AgendaItem(
            2,
            "Svar på forslag om Havnens Perle",
            case_number="EMN-2025-003383",
            page=4,
            sections=(Section(SectionKind.INDSTILLING, "Indstilling", "At 1) forslaget afvises.", 4),),
            decisions=(
                Decision("Aarhus Byråd", "2025-08-27", "Indstillingen blev vedtaget.", against=("EL",), absent=("DD",)),
            ),
            attachments=("Bilag 1: Beslutningsforslag",),
        ),
        AgendaItem(20, "Køb af landbrugsejendom", closed=True),
    ),
    source=SourceInfo("/tmp/aarhus.pdf", "abc", 28, "pdf"),
)


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []

    def load(path: Path, **kwargs: object) -> Meeting:
        calls.append(path)
        return MEETING

    monkeypatch.setattr(loader, "load_meeting", load)
    return calls


def test_parse_markdown_outline(loaded: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", "aarhus.pdf", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Referat: Aarhus Byråd\n")
    assert "- **Dato:** 2025-08-27" in out
    assert "## Punkt 2: Svar på forslag om Havnens Perle" in out
    assert "- **Sagsnr.:** EMN-2025-003383" in out
    assert "### Indstilling\n\n> At 1) forslaget afvises." in out
    assert "### Beslutning: Aarhus Byråd 2025-08-27\n\n> Indstillingen blev vedtaget." in out
    assert "- **Imod:** EL" in out and "- **Fraværende:** DD" in out
    assert "### Bilag\n\n- Bilag 1: Beslutningsforslag" in out
    assert "## Punkt 20: Køb af landbrugsejendom\n\n- **Lukket punkt**" in out


def test_parse_json_in_process(loaded: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", "aarhus.pdf"]) == 0
    out = capsys.readouterr().out
    assert "Byråd" in out  # ensure_ascii=False
    data = json.loads(out)
    assert data["items"][0]["decisions"][0]["against"] == ["EL"]
    assert loaded == [Path("aarhus.pdf")]


def test_parse_json_through_the_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_stand_in(tmp_path, monkeypatch)
    path = corpus_file("haderslev_beskaeftigelse-borgerservice_2025-12-11.txt")
    result = subprocess.run(
        [sys.executable, "-m", "minutesapp", "parse", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PROJECT_ROOT,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["date"] == "2025-12-11"
    assert data["source"]["path"] == str(path)
    assert data["source"]["format"] == "text"
    assert len(data["source"]["sha256"]) == 64
    assert "Beskæftigelse" in result.stdout  # ensure_ascii=False


def test_window_gets_the_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[argparse.Namespace] = []
    fake = types.ModuleType("minutesapp.ui.app")
    fake.run_gui = lambda args: seen.append(args) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "minutesapp.ui.app", fake)
    assert cli.main(["minutes.pdf", "--item", "3", "--lang", "en", "--screenshot", "shot.png"]) == 0
    assert seen[0].file == Path("minutes.pdf")
    assert (seen[0].item, seen[0].lang, seen[0].screenshot) == (3, "en", Path("shot.png"))
    assert cli.main([]) == 0 and seen[1].file is None


def test_window_falls_back_to_the_outline(
    monkeypatch: pytest.MonkeyPatch, loaded: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "minutesapp.ui.app", None)  # import fails
    assert cli.main(["aarhus.pdf"]) == 0
    assert capsys.readouterr().out.startswith("# Referat: Aarhus Byråd")


def test_notes_hook_adds_its_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def add_notes_subparsers(subparsers: argparse._SubParsersAction) -> None:
        notes = subparsers.add_parser("notes")
        notes.add_argument("what")
        notes.set_defaults(func=lambda args: ran.append(args.what) or 0)

    fake = types.ModuleType("minutesapp.cli_notes")
    fake.add_notes_subparsers = add_notes_subparsers  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "minutesapp.cli_notes", fake)
    assert cli.main(["notes", "export"]) == 0
    assert ran == ["export"]


def test_bad_input_is_one_line_and_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(tmp_path / "absent.pdf")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"minutesapp: {tmp_path / 'absent.pdf'} does not exist.\n"


def test_help_lists_parse(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    assert "parse" in capsys.readouterr().out
