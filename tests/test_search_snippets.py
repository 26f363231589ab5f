"""Snippets are cut from the unstemmed text and their spans point at the matched words."""

from __future__ import annotations

from minutesapp.library.query import parse_query
from minutesapp.library.snippets import make_snippet, match_quality


def _marked(text: str, query: str) -> tuple[str, list[str]]:
    snippet = make_snippet(text, parse_query(query).positive)
    return snippet.text, [snippet.text[s:e] for s, e in snippet.spans]


def test_an_inflected_form_is_highlighted_as_written() -> None:
    text, marked = _marked("Direktøren indstiller, at kompetenceplanen godkendes.", "kompetenceplan")
    assert text == "Direktøren indstiller, at kompetenceplanen godkendes."
    assert marked == ["kompetenceplanen"]


def test_a_phrase_is_one_span_and_whitespace_is_collapsed() -> None:
    text, marked = _marked("Salg af\n\n  Havnens   Perle til private.", '"havnens perle"')
    assert text == "Salg af Havnens Perle til private."
    assert marked == ["Havnens   Perle".replace("   ", " ")]


def test_a_long_text_is_cut_around_the_best_window_with_ellipses() -> None:
    filler = " ".join(f"ord{i}" for i in range(200))
    text, marked = _marked(f"{filler} rygestopkurser og kurser {filler}", "rygestopkurser")
    assert text.startswith("…") and text.endswith("…")
    assert marked == ["rygestopkurser"]
    assert len(text.split()) <= 33


def test_the_window_prefers_several_distinct_terms() -> None:
    filler = " ".join(f"ord{i}" for i in range(100))
    text, marked = _marked(f"plan {filler} budget og plan {filler}", "plan budget")
    assert sorted(marked) == ["budget", "plan"]


def test_prefix_terms_mark_every_word_they_start() -> None:
    _, marked = _marked("Kompetencer og kompetenceplanen", "kompetence*")
    assert marked == ["Kompetencer", "kompetenceplanen"]


def test_match_quality_counts_distinct_terms_first() -> None:
    terms = parse_query("plan budget").positive
    assert match_quality("plan plan plan", terms) == (1, 3)
    assert match_quality("plan og budgettet", terms) == (2, 2)
