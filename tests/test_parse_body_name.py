"""The body's spelling: a one-off garble on page 1 gives way to the spelling the document
repeats; a page-1 name the document repeats stays, however often garbled forms occur."""

from __future__ import annotations

from minutesapp.parsing.body_name import edit_distance, near_equal, preferred_body_spelling
from minutesapp.parsing.lines import Line


def lines(*texts: str) -> list[Line]:
    return [Line(text, 1) for text in texts]


def test_one_off_garble_gives_way_to_the_repeated_spelling() -> None:
    document = lines(
        "Organ Rådet för funktinnshndrade",
        "Helena Häggström, viceordförande i Rådet för funktionshindrade 30.05.2023",
        "Rådet för funktionshindrade",
        "Protokoll",
    )
    assert preferred_body_spelling("Rådet för funktinnshndrade", document) == "Rådet för funktionshindrade"


def test_a_spelling_from_decision_headings_counts() -> None:
    document = lines("Organ Välfärdsnärnden", "Välfärdsnämndens beslut:", "Välfärdsnämndens beslut:")
    assert preferred_body_spelling("Välfärdsnärnden", document) == "Välfärdsnämnden"


def test_a_repeated_page_1_name_stays_against_a_garbled_majority() -> None:
    document = lines("Organ Personalsektionen", "Personalsektionen", *["Personalsektonens beslut:"] * 5)
    assert preferred_body_spelling("Personalsektionen", document) == "Personalsektionen"


def test_a_different_name_is_no_spelling() -> None:
    document = lines("Organ Stadsstyrelsen", "Stadsfullmäktige", "Stadsfullmäktiges beslut:")
    assert preferred_body_spelling("Stadsstyrelsen", document) == "Stadsstyrelsen"
    assert not near_equal("Stadsstyrelsen", "Stadsfullmäktige")


def test_edit_distance() -> None:
    assert edit_distance("funktinnshndrade", "funktionshindrade", limit=5) == 2
    assert edit_distance("abc", "abc", limit=0) == 0
    assert edit_distance("kitten", "sitting", limit=1) == 2  # stops early above the limit
