"""``minutesapp notes ...`` end to end: the real CLI and loader, with the parse cache primed.

The meetings are hand-made (tests/test_annotations_meetings.py) and put in the parse cache
under the hash of a small file, so these tests exercise the CLI, the loader and the store,
but not the PDF parser (which has its own tests).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT
from test_annotations_meetings import meeting_v1, meeting_v2

from minutesapp import parse_cache
from minutesapp.annotations import AnnotationStore
from minutesapp.cli import main
from minutesapp.loader import file_sha256
from minutesapp.model import Meeting


def minutes_file(folder: Path, meeting: Meeting, name: str = "referat.txt") -> Path:
    """A file whose cached parse is ``meeting`` (each file gets distinct bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"{name} {meeting.items[-1].title} {len(meeting.items)}\n", encoding="utf-8")
    parse_cache.store(file_sha256(path), meeting)
    return path


def run(*argv: str) -> int:
    return main(["notes", *map(str, argv)])


def test_add_is_silent_appends_and_list_shows_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = minutes_file(tmp_path, meeting_v1())
    assert run("add", f, "--item", "2", "--text", "Spørg til <b>anlæg</b>") == 0
    assert run("add", f, "--item", "2", "--text", "javascript:alert(1)") == 0
    assert capsys.readouterr() == ("", "")
    assert run("list", f, "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["meeting"]["date"] == "2025-03-04" and doc["meeting"]["body"] == "Økonomiudvalget"
    assert [(i["number"], [n["text"] for n in i["notes"]]) for i in doc["items"]] == [
        (2, ["Spørg til <b>anlæg</b>\n\njavascript:alert(1)"])
    ]
    assert run("list", f) == 0
    assert "  note: Spørg til <b>anlæg</b>" in capsys.readouterr().out


def test_a_copy_and_a_corrected_version_show_the_same_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = minutes_file(tmp_path / "downloads", meeting_v1())
    assert run("add", original, "--item", "3", "--text", "Trafik ved Søvej") == 0
    assert run("add", original, "--item", "4", "--text", "Skolevej") == 0
    copy = minutes_file(tmp_path / "usb", meeting_v1(), "kopi.txt")
    corrected = minutes_file(tmp_path / "new", meeting_v2(), "rettet.txt")
    assert run("list", copy, "--format", "json") == 0
    assert [i["number"] for i in json.loads(capsys.readouterr().out)["items"]] == [3, 4]
    assert run("list", corrected, "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(i["number"], i["notes"][0]["text"]) for i in doc["items"]] == [(2, "Skolevej")]  # renumbered
    assert [(n["item"]["number"], n["text"]) for n in doc["not_found"]["notes"]] == [(3, "Trafik ved Søvej")]


def test_export_and_import_move_notes_to_another_laptop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = minutes_file(tmp_path, meeting_v1())
    run("add", f, "--item", "1", "--text", "med til næste møde")
    out = tmp_path / "noter.jsonld"
    assert run("export-json", f, out) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld" and doc["total"] == 1
    monkeypatch.setenv("MINUTESAPP_HOME", str(tmp_path / "other-laptop"))
    f2 = minutes_file(tmp_path / "laptop2", meeting_v1())
    capsys.readouterr()
    assert run("import-json", f2, out) == 0
    assert capsys.readouterr().out == "1 added, 0 updated, 0 already present\n"
    assert run("import-json", f2, out) == 0
    assert capsys.readouterr().out == "0 added, 0 updated, 1 already present\n"
    with AnnotationStore.open(read_only=True) as store:
        assert [n.text for n in store.notes(meeting_v1().identity)] == ["med til næste møde"]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["add", "{f}", "--item", "9", "--text", "x"], "has no item 9 (items: 1, 2, 3, 4, 5)"),
        (["add", "{f}", "--item", "1", "--text", "  "], "the note text is empty"),
        (["add", "{missing}", "--item", "1", "--text", "x"], "does not exist"),
        (["import-json", "{f}", "{bad}"], "is not JSON"),
        (["import-json", "{f}", "{foreign}"], "not a minutesapp Web Annotation: x is not on a meeting"),
        (["export-json", "{f}", "{nodir}"], "No such file or directory"),
    ],
)
def test_errors_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    f = minutes_file(tmp_path, meeting_v1())
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    (tmp_path / "foreign.json").write_text('{"type": "Annotation", "id": "x", "target": "http://e.org/"}', encoding="utf-8")
    names = {"f": f, "missing": tmp_path / "nope.pdf", "bad": tmp_path / "bad.json",
             "foreign": tmp_path / "foreign.json", "nodir": tmp_path / "no" / "out.json"}  # fmt: skip
    assert run(*[a.format(**names) for a in argv]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("minutesapp: ") and message in err


def test_add_while_the_app_holds_the_store_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = minutes_file(tmp_path, meeting_v1())
    with AnnotationStore.open():
        assert run("add", f, "--item", "1", "--text", "x") == 2
        assert "Another minutesapp is using the notes database" in capsys.readouterr().err
        assert run("list", f, "--format", "json") == 0  # reading works meanwhile


def test_the_installed_command_exits_0_silently_once_stored(tmp_path: Path, minutesapp_home: Path) -> None:
    f = minutes_file(tmp_path, meeting_v1())
    env = dict(os.environ, MINUTESAPP_HOME=str(minutesapp_home), PYTHONPATH=str(PROJECT_ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "minutesapp", "notes", "add", str(f), "--item", "5", "--text", "fra terminalen"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    with AnnotationStore.open(read_only=True) as store:
        assert [n.text for n in store.notes(meeting_v1().identity)] == ["fra terminalen"]
