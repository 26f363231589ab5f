"""The library index over synthetic meetings: listing, search, filters, notes, cases, schema."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from minutesapp.library import Library, LibraryVersionError, QueryError, SearchFilters
from minutesapp.library.index_db import SCHEMA_VERSION
from minutesapp.model import AgendaItem, Decision, Meeting, MeetingKind, Section, SectionKind
from minutesapp.serialize import meeting_from_dict, meeting_to_dict

S = SectionKind


def json_loader(path: Path, cancel: threading.Event | None) -> Meeting:
    """Stands in for the parser: the test files hold serialized meetings."""
    return meeting_from_dict(json.loads(path.read_text(encoding="utf-8")))


def write_meeting(folder: Path, name: str, meeting: Meeting) -> Path:
    path = folder / name
    path.write_text(json.dumps(meeting_to_dict(meeting), ensure_ascii=False), encoding="utf-8")
    return path


OEU = Meeting(MeetingKind.REFERAT, "Økonomiudvalget", "2025-01-10", items=(
    AgendaItem(1, "Anbefaling af kompetenceplan 2026-2029", "21/24526",
               sections=(Section(S.INDSTILLING, "Indstilling", "Direktøren indstiller, at kompetenceplanen godkendes."),),
               decisions=(Decision("Økonomiudvalget", "2025-01-10", "Godkendt.\nV stemte imod.", against=("V",)),)),
    AgendaItem(2, "Salg af Havnens Perle", "EMN-2025-003383",
               sections=(Section(S.SAGSFREMSTILLING, "Sagsfremstilling", "Perlen ved havnen sælges til private."),),
               decisions=(Decision("Økonomiudvalget", "2025-01-10", "Anbefales."),)),
))
SUND = Meeting(MeetingKind.REFERAT, "Sundhedsudvalget", "2024-06-01", items=(
    AgendaItem(8, "Rygestopkurser", "21/24526",
               sections=(Section(S.RESUME, "Sammendrag", "Tilbud om rygestopkurser og en kompetenceplan for instruktører."),),
               decisions=(Decision("Sundhedsudvalget", "2024-06-01", "Godkendt."),
                          Decision("Ældrerådet", "2024-05-20", "Ældrerådet anbefaler kurserne.", item_number=3))),
))
BYR = Meeting(MeetingKind.REFERAT, "Byrådet", "2025-02-01", items=(
    AgendaItem(5, "Kompetenceplan, endelig vedtagelse", "21 / 24526",
               sections=(Section(S.INDSTILLING, "Indstilling", "Det indstilles, at byrådet vedtager planen."),),
               decisions=(Decision("Byrådet", "2025-02-01", "Vedtaget."),
                          Decision("Økonomiudvalget", "2025-01-10", "Godkendt.\nV stemte imod."),
                          Decision("Ældrerådet", "2024-05-20", "Ældrerådet anbefaler kurserne."))),
))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "referater"
    folder.mkdir()
    write_meeting(folder, "oeu.txt", OEU)
    write_meeting(folder, "sund.txt", SUND)
    write_meeting(folder, "byr.txt", BYR)
    return folder


@pytest.fixture
def library(folder: Path) -> Library:
    library = Library(loader=json_loader)
    report = library.add([folder])
    assert len(report.added) == 3 and not report.failed
    yield library
    library.close()


def _items(hits: list) -> list[tuple[str | None, int]]:
    return [(h.body, h.item) for h in hits]


def test_meetings_are_listed_by_body_then_date_with_counts(library: Library) -> None:
    assert [(m.body, m.date, m.item_count) for m in library.meetings()] == [
        ("Byrådet", "2025-02-01", 1), ("Sundhedsudvalget", "2024-06-01", 1), ("Økonomiudvalget", "2025-01-10", 2),
    ]


def test_the_database_is_wal_and_versioned(library: Library) -> None:
    conn = sqlite3.connect(library.db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert library.db_path.name == "library.sqlite3"


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryVersionError):
        Library(path)


def test_inflected_forms_find_each_other(library: Library) -> None:
    expected = [("Byrådet", 5), ("Sundhedsudvalget", 8), ("Økonomiudvalget", 1)]
    assert sorted(_items(library.search("kompetenceplanen"))) == expected
    assert sorted(_items(library.search("kompetenceplan"))) == expected


def test_results_are_ranked_and_carry_their_meeting(library: Library) -> None:
    hits = library.search("kompetenceplan")
    assert hits[0].title.startswith(("Anbefaling af kompetenceplan", "Kompetenceplan"))
    assert [h.score for h in hits] == sorted(h.score for h in hits)
    hit = next(h for h in hits if h.item == 1)
    assert (hit.file.endswith("oeu.txt"), hit.date, hit.body) == (True, "2025-01-10", "Økonomiudvalget")


def test_a_phrase_must_be_adjacent(library: Library) -> None:
    assert _items(library.search('"havnens perle"')) == [("Økonomiudvalget", 2)]
    assert library.search('"perle havnens"') == []


def test_case_numbers_are_searchable(library: Library) -> None:
    hit, = library.search("EMN-2025-003383")
    assert (hit.item, hit.section, hit.snippet) == (2, "title", "Salg af Havnens Perle EMN-2025-003383")
    assert hit.snippet[slice(*hit.spans[0])] == "EMN-2025-003383"


def test_the_snippet_shows_the_best_section(library: Library) -> None:
    hit, = library.search("rygestopkursus OR rygestopkurser", SearchFilters(section="resume"))
    assert hit.section == "resume"
    assert hit.snippet[slice(*hit.spans[0])] == "rygestopkurser"


def test_filter_by_body_and_date(library: Library) -> None:
    assert _items(library.search("kompetenceplan", SearchFilters(body="økonomi"))) == [("Økonomiudvalget", 1)]
    in_2025 = library.search("kompetenceplan", SearchFilters(date_from="2025-01-01", date_to="2025-01-31"))
    assert _items(in_2025) == [("Økonomiudvalget", 1)]


def test_filter_by_section_kind(library: Library) -> None:
    assert sorted(_items(library.search("godkendt", SearchFilters(section="beslutning")))) == [
        ("Byrådet", 5), ("Sundhedsudvalget", 8), ("Økonomiudvalget", 1)]
    only_indstilling = library.search("kompetenceplanen", SearchFilters(section="indstilling"))
    assert _items(only_indstilling) == [("Økonomiudvalget", 1)]
    assert only_indstilling[0].section == "indstilling"
    with pytest.raises(ValueError):
        library.search("plan", SearchFilters(section="nonsense"))


def test_limit_and_empty_query(library: Library) -> None:
    assert len(library.search("kompetenceplan", SearchFilters(limit=2))) == 2
    with pytest.raises(QueryError):
        library.search("  ")


def test_notes_are_searchable_and_counted(library: Library) -> None:
    assert library.search("ladestandere") == []
    library.index_notes(OEU.identity, 2, "Spørg om ladestandere ved havnen")
    hit, = library.search("ladestander")
    assert (hit.body, hit.item, hit.section) == ("Økonomiudvalget", 2, "notes")
    assert hit.snippet[slice(*hit.spans[0])] == "ladestandere"
    assert [m.notes_count for m in library.meetings()] == [0, 0, 1]
    library.index_notes(OEU.identity, 2, "")
    assert library.search("ladestandere") == []


def test_notes_given_before_the_meeting_is_indexed_are_kept(folder: Path, tmp_path: Path) -> None:
    library = Library(tmp_path / "other.sqlite3", loader=json_loader)
    library.index_notes(SUND.identity, 8, "nikotinplaster")
    assert library.search("nikotinplaster") == []
    library.add([folder / "sund.txt"])
    assert _items(library.search("nikotinplaster")) == [("Sundhedsudvalget", 8)]


def test_case_history_spans_bodies_in_date_order(library: Library) -> None:
    history = library.case_history("21/24526")
    assert [(t.date, t.body, t.item, t.file is not None) for t in history] == [
        ("2024-05-20", "Ældrerådet", 3, False),
        ("2024-06-01", "Sundhedsudvalget", 8, True),
        ("2025-01-10", "Økonomiudvalget", 1, True),
        ("2025-02-01", "Byrådet", 5, True),
    ]
    assert history[-1].decisions == ("Vedtaget.",)
    assert history[0].recorded_in is not None and history[0].decisions == ("Ældrerådet anbefaler kurserne.",)
    assert library.case_history("99/1") == []


def test_an_older_database_is_migrated_and_keeps_its_rows(tmp_path: Path, folder: Path) -> None:
    from minutesapp.library.index_db import MIGRATIONS

    path = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version=1")
    conn.execute("INSERT INTO notes (identity, item_number, text) VALUES (?, 1, 'gammel note')", (OEU.identity,))
    conn.commit()
    conn.close()
    library = Library(path, loader=json_loader)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    library.add([folder / "oeu.txt"])
    hit, = library.search("gammel")
    assert (hit.item, hit.section, hit.snippet) == (1, "notes", "gammel note")


def test_snippets_deep_in_a_long_section_use_the_checkpoints(tmp_path: Path) -> None:
    filler = " ".join(f"ord{i}" for i in range(5000))
    long_item = AgendaItem(1, "Lang sag", sections=(Section(S.SAGSFREMSTILLING, "Sagsfremstilling",
                                                            f"{filler} Havnens Perle flyttes. {filler}"),))
    folder = tmp_path / "lang"
    folder.mkdir()
    write_meeting(folder, "lang.txt", Meeting(MeetingKind.REFERAT, "Byrådet", "2025-03-03", items=(long_item,)))
    library = Library(tmp_path / "lang.sqlite3", loader=json_loader)
    library.add([folder])
    hit, = library.search('"havnens perle"')
    assert hit.snippet == "…ord4992 ord4993 ord4994 ord4995 ord4996 ord4997 ord4998 ord4999 Havnens Perle flyttes. " \
        + " ".join(f"ord{i}" for i in range(21)) + "…"
    assert hit.snippet[slice(*hit.spans[0])] == "Havnens Perle"
