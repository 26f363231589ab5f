"""The library over real minutes, parsed by the real parser (Haderslev, Aarhus, Ballerup)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from conftest import corpus_file

from minutesapp.library import Library, SearchFilters
from minutesapp.model import Meeting

HADERSLEV = "haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"
AARHUS = "aarhus_byraad_2025-08-27.pdf"
BALLERUP = "ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"

_parsed: dict[str, Meeting] = {}


def parse_once(path: Path, cancel: threading.Event | None = None) -> Meeting:
    """The real parser, once per file content name for the whole module (PDFs are slow)."""
    from minutesapp.parsing import parse_file

    if path.name not in _parsed:
        _parsed[path.name] = parse_file(path)
    return _parsed[path.name]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    files = [corpus_file(HADERSLEV), corpus_file(AARHUS), corpus_file(BALLERUP)]
    library = Library(tmp_path_factory.mktemp("library") / "library.sqlite3", loader=parse_once)
    report = library.add(files)
    assert report.failed == () and len(report.added) == 3
    yield library
    library.close()


def _where(hits: list) -> set[tuple[str, int]]:
    return {(Path(h.file).name, h.item) for h in hits}


@pytest.mark.parametrize("query", ["kompetenceplan", "kompetenceplanen", "Kompetenceplanen"])
def test_inflections_find_haderslev_item_107(library: Library, query: str) -> None:
    hits = library.search(query)
    assert (HADERSLEV, 107) in _where(hits)
    hit = next(h for h in hits if h.item == 107)
    assert hit.title == "Anbefaling af kompetenceplan 2026-2029" and hit.date == "2025-12-11"
    assert all(hit.snippet[s:e].casefold().startswith("kompetenceplan") for s, e in hit.spans)


@pytest.mark.parametrize("query", ['"Havnens Perle"', "EMN-2025-003383"])
def test_aarhus_item_2(library: Library, query: str) -> None:
    hits = library.search(query)
    assert (AARHUS, 2) in _where(hits)
    assert hits[0].item == 2 and Path(hits[0].file).name == AARHUS


def test_rygestopkurser_finds_ballerup_item_8(library: Library) -> None:
    hits = library.search("rygestopkurser")
    assert (BALLERUP, 8) in _where(hits)
    assert hits[0].date == "2012-12-04"


def test_case_21_24526_lists_the_haderslev_items_sharing_it(library: Library) -> None:
    meeting = parse_once(corpus_file(HADERSLEV))
    sharing = sorted(i.number for i in meeting.items if i.case_number == "21/24526")
    assert {106, 113}.issubset(sharing)
    history = library.case_history("21/24526")
    in_library = [t for t in history if t.file is not None]
    assert sorted(t.item for t in in_library) == sharing
    assert {Path(t.file).name for t in in_library} == {HADERSLEV}
    assert all(t.date == "2025-12-11" for t in in_library)


def test_filters_on_the_corpus(library: Library) -> None:
    everywhere = _where(library.search("godkendt", SearchFilters(limit=200)))
    assert {name for name, _ in everywhere} >= {HADERSLEV, BALLERUP}
    haderslev_only = _where(library.search("godkendt", SearchFilters(body="borgerservice", limit=200)))
    assert haderslev_only and {name for name, _ in haderslev_only} == {HADERSLEV}
    in_2012 = _where(library.search("godkendt", SearchFilters(date_from="2012-01-01", date_to="2012-12-31", limit=200)))
    assert in_2012 and {name for name, _ in in_2012} == {BALLERUP}
    decisions = library.search("kompetenceplan", SearchFilters(section="indstilling", limit=200))
    assert decisions and all(h.section == "indstilling" for h in decisions)
    assert (HADERSLEV, 107) in _where(decisions)


def test_notes_search_on_a_corpus_meeting(library: Library) -> None:
    identity = parse_once(corpus_file(AARHUS)).identity
    library.index_notes(identity, 2, "Ring til borgmesterens sekretariat om tidsplanen")
    hit, = library.search("sekretariatet tidsplan")
    assert (Path(hit.file).name, hit.item, hit.section) == (AARHUS, 2, "notes")
    library.index_notes(identity, 2, "")
    assert library.search("sekretariatet tidsplan") == []


def test_a_removed_file_disappears_from_results(tmp_path: Path) -> None:
    folder = tmp_path / "referater"
    folder.mkdir()
    copy = Path(shutil.copy(corpus_file(BALLERUP), folder / BALLERUP))
    library = Library(tmp_path / "library.sqlite3", loader=parse_once)
    library.add([folder])
    assert (BALLERUP, 8) in _where(library.search("rygestopkurser"))
    copy.unlink()
    assert [Path(p).name for p in library.rescan().removed] == [BALLERUP]
    assert library.search("rygestopkurser") == []
    assert library.meetings() == []


def test_case_history_includes_the_sagsforloeb_of_aarhus_item_2(library: Library) -> None:
    history = library.case_history("EMN-2025-003383")
    assert [(t.date, t.body, t.item, t.file is not None) for t in history] == [
        ("2025-03-26", "Aarhus Byråd", 21, False),
        ("2025-04-09", "Aarhus Byråd", 3, False),
        ("2025-08-19", "Magistraten", 4, False),
        ("2025-08-27", "Aarhus Byråd", 2, True),
    ]
    assert history[-1].decisions[0].startswith("Fremsendes til Teknisk Udvalg")


def test_case_history_of_haderslev_item_107_lists_each_committee(library: Library) -> None:
    history = library.case_history("25/25660")
    bodies = [(t.date, t.body) for t in history]
    assert ("2025-12-09", "Økonomiudvalget") in bodies
    assert bodies == sorted(bodies, key=lambda b: b[0] or "")
    own = [t for t in history if t.file is not None]
    assert [(t.item, t.date) for t in own] == [(107, "2025-12-11")]
    assert own[0].decisions and all(t.recorded_in for t in history if t.file is None)


def test_decision_overview_of_aarhus(library: Library) -> None:
    from minutesapp.library import decision_overview

    rows = {r.item: r for r in decision_overview(parse_once(corpus_file(AARHUS)))}
    assert rows[1].outcome == "Godkendt."
    assert rows[2].outcome.startswith("Fremsendes til Teknisk Udvalg")
    assert "Enhedslisten de Rød-Grønnes byrådsgruppe (beslutningspunkter 1 og 2)" in rows[3].against
    assert rows[5].against == ()
