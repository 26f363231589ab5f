"""``minutesapp notes export FILE --pdf OUT``: the real CLI, loader and store on the Aarhus minutes."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from conftest import corpus_file
from test_export_sheet import AARHUS, MARKUP_NOTE, annotate

from minutesapp.annotations import AnnotationStore
from minutesapp.cli import main
from minutesapp.parsing import parse_file


@pytest.fixture
def aarhus_file() -> Path:
    path = corpus_file(AARHUS)
    with AnnotationStore.open() as store:
        annotate(store, parse_file(path))
    return path


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_export_writes_the_sheet(aarhus_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "noter.pdf"
    assert main(["notes", "export", str(aarhus_file), "--pdf", str(out)]) == 0
    assert capsys.readouterr() == ("", "")
    text = _text(out)
    assert MARKUP_NOTE.splitlines()[0] in text
    assert "Indstilling" not in text and "Beslutning" not in text  # only on request


def test_export_flags(aarhus_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "alt.pdf"
    argv = ["notes", "export", str(aarhus_file), "--pdf", str(out), "--indstilling", "--beslutning", "--all-items"]
    assert main(argv) == 0
    text = _text(out)
    assert "Indstilling" in text and "Beslutning" in text and "Alle 21 punkter" in text
    with pdfplumber.open(out) as pdf:
        assert len(list(pdf.doc.get_outlines())) == 21  # every item; nothing is lost in the real file


@pytest.mark.parametrize(
    ("target", "message"),
    [("folder", "it is a folder."), ("missing/noter.pdf", "does not exist.")],
)
def test_export_errors_exit_2_with_one_line(
    aarhus_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, message: str
) -> None:
    (tmp_path / "folder").mkdir()
    assert main(["notes", "export", str(aarhus_file), "--pdf", str(tmp_path / target)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("minutesapp: ") and err.endswith(message + "\n") and err.count("\n") == 1


def test_export_nothing_to_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "noter.pdf"
    assert main(["notes", "export", str(corpus_file(AARHUS)), "--pdf", str(out)]) == 2
    assert "no notes, highlights or stars" in capsys.readouterr().err
    assert not out.exists()


def test_export_missing_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", "export", str(tmp_path / "nope.pdf"), "--pdf", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
