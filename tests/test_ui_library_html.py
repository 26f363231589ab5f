"""The one place search results become HTML: every piece of document text is escaped."""

from __future__ import annotations

from minutesapp.library import SearchHit
from minutesapp.ui.search_models import HIGHLIGHT_STYLE, hit_html, snippet_html


def test_spans_are_highlighted_and_the_rest_escaped() -> None:
    snippet = "a <b>kompetenceplan</b> & Kompetenceplanen"
    spans = ((5, 19), (26, 42))
    html = snippet_html(snippet, spans)
    assert html == (f'a &lt;b&gt;<span style="{HIGHLIGHT_STYLE}">kompetenceplan</span>&lt;/b&gt; &amp; '
                    f'<span style="{HIGHLIGHT_STYLE}">Kompetenceplanen</span>')


def test_overlapping_and_out_of_range_spans_do_not_duplicate_text() -> None:
    html = snippet_html("abcdef", ((0, 3), (2, 5), (4, 99), (10, 12)))
    assert html.replace(f'<span style="{HIGHLIGHT_STYLE}">', "").replace("</span>", "") == "abcdef"


def test_hit_html_escapes_title_and_body() -> None:
    hit = SearchHit("/x.pdf", "2025-12-11", "Udvalg <script>", 7, "Plan & <i>budget</i>", "beslutning",
                    "Godkendt.", ((0, 8),), -1.0, "id")
    html = hit_html(hit)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Plan &amp; &lt;i&gt;budget&lt;/i&gt;" in html
    assert "Item 7" in html and "Decision" in html
