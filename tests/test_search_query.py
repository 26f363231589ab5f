"""Stemming and query parsing: Danish inflections meet, user text never becomes FTS5 syntax."""

from __future__ import annotations

import pytest

from minutesapp.library.query import QueryError, parse_query
from minutesapp.library.stemming import stem_text, stems


def test_inflected_forms_share_a_stem() -> None:
    assert stems("kompetenceplanen kompetenceplan kompetenceplaner") == ["kompetenceplan"] * 3


def test_case_is_folded_and_danish_letters_kept() -> None:
    assert stems("ÆBLER Æbler æbler") == ["æbl"] * 3
    assert stem_text("Havnens Perle") == "havn perl"


def test_decomposed_letters_equal_composed_ones() -> None:
    assert stems("Aarhus Byra\u030ad") == stems("Aarhus Byråd")


def test_punctuation_splits_words_and_numbers_pass_through() -> None:
    assert stems("EMN-2025-003383") == ["emn", "2025", "003383"]
    assert stems("21/24526") == ["21", "24526"]


def test_words_are_anded_and_quoted() -> None:
    assert parse_query("kompetenceplan Haderslev").to_fts() == '"kompetenceplan" AND "haderslev"'


def test_a_phrase_and_a_split_word_become_fts_phrases() -> None:
    assert parse_query('"Havnens Perle"').to_fts() == '"havn perl"'
    assert parse_query("EMN-2025-003383").to_fts() == '"emn 2025 003383"'


def test_prefix_or_and_not() -> None:
    assert parse_query("kompetence*").to_fts() == '"kompetenc" *'
    assert parse_query("rygestop OR perl").to_fts() == '("rygestop" OR "perl")'
    assert parse_query("plan rygestop OR perl").to_fts() == '"plan" AND ("rygestop" OR "perl")'
    assert parse_query("plan -budget").to_fts() == '("plan") NOT ("budg" OR "budget")'


def test_a_word_is_searched_by_its_stem_and_as_written() -> None:
    # "budget" stems to "budg" while "budgettet" stems to "budget": search for both.
    assert parse_query("budget").to_fts() == '("budg" OR "budget")'
    assert parse_query("kompetenceplanen").to_fts() == '("kompetenceplan" OR "kompetenceplanen")'


def test_fts_syntax_in_user_text_is_only_text() -> None:
    assert parse_query('NEAR(a b) AND "x').to_fts() == '"near a" AND "b" AND "and" AND "x"'
    assert parse_query("a* :b ^c").to_fts() == '"a" * AND "b" AND "c"'


@pytest.mark.parametrize("text", ["", "   ", "-- // ..", "-alene"])
def test_nothing_to_search_for_is_an_error(text: str) -> None:
    with pytest.raises(QueryError):
        parse_query(text)
