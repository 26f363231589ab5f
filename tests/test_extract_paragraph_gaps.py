"""Paragraph gaps and wrapped lines: what the layout says about where paragraphs end."""

from __future__ import annotations

from minutesapp.parsing.extract import clean_page
from minutesapp.parsing.line_layout import LineBox
from minutesapp.parsing.paragraph_gaps import (
    MARK,
    WRAP,
    line_marks,
    mark_lines,
    spaced_line_indexes,
    split_marks,
    text_margins,
    wrap_pitch,
    wrapped_line_indexes,
)

PITCH = 12.2
MARGIN = 507.0
LEFT = 84.7


def box(y: float, right: float, first_word: float = 40.0, *, left: float = LEFT, lower: bool = False,
        size: float = 10.1) -> LineBox:
    """A one-line box (first and last baseline alike)."""
    return LineBox(y, y, left, right, first_word, size, lower)


def test_a_gap_wider_than_the_line_pitch_marks_the_line() -> None:
    # Baselines (y grows upwards): pitch 12.2, a 17.6 gap before line 3, a heading gap before line 4.
    baselines: list[float | None] = [700.0, 687.8, 675.6, 658.0, 639.7, 627.5, 615.3, 603.1]
    assert spaced_line_indexes(baselines) == {3, 4}


def test_short_pages_same_baselines_and_superscripts_never_count() -> None:
    assert spaced_line_indexes([700.0, 680.0]) == set()  # too few lines to know the pitch
    # A table row on one baseline (gap 0), a superscript 3 pt up, an empty line (None).
    baselines: list[float | None] = [700.0, 687.8, 687.8, 675.6, 678.6, 663.4, None, 651.2, 639.0]
    assert spaced_line_indexes(baselines) == set()


def test_marks_come_off_and_survive_hyphen_joins() -> None:
    assert split_marks([MARK + "Resume", "tekst", MARK, MARK + WRAP + "Næste", WRAP + "linje"]) == (
        ["Resume", "tekst", "Næste", "linje"], {0, 2}, {2, 3}
    )
    text = f"Beslutninger\n{MARK}Godkendt af bygnings-\n{MARK}{WRAP}vedligeholdelse\n{MARK}  Resumé  \n{WRAP}  og mere"
    lines, spaced, wrapped = clean_page(text)
    assert lines == ["Beslutninger", "Godkendt af bygningsvedligeholdelse", "Resumé", "og mere"]
    assert spaced == {1, 2}
    assert wrapped == {3}


def test_marks_go_in_front_of_their_lines() -> None:
    text = "første\r\nanden\r\n  tredje\r\n"
    marked = mark_lines(text, line_marks({2}, {1, 2}))
    assert marked == f"første\r\n{WRAP}anden\r\n{MARK}{WRAP}  tredje\r\n"
    assert mark_lines(marked, {}) == text  # old marks never pile up


# Ballerup page 4 (points): a paragraph wrapped at about 80 characters, then a paragraph gap.
BALLERUP = [
    box(604.3, 158.4),  # Sammendrag
    box(592.1, 470.3, 60.0),  # Det årlige bygningssyn ... en prioritering af
    box(579.8, 313.1, 30.0, lower=True),  # aktiviteter for bygningsvedligeholdelse 2013.
    box(555.4, 465.9, 25.0),  # Planen for aktiviteter ... søges nu
    box(543.4, 455.1, 45.0, lower=True),  # godkendt med henblik på ... kr. ved
    box(531.1, 291.5, 80.0, lower=True),  # decembermødet i Kommunalbestyrelsen.
    box(457.9, 371.1, 25.0),  # Som et led i Center for Ejendommes årshjul fremlægges
    box(445.7, 501.2, 150.0, lower=True),  # bygningsvedligeholdelsesplanen for ...
    box(433.4, 275.0, 20.0),  # ... a hard break: the next word would have fitted
    box(421.2, 300.0, 20.0),
]


def test_a_line_wraps_when_the_line_above_was_full() -> None:
    wrapped = wrapped_line_indexes(BALLERUP, MARGIN, PITCH)
    assert {2, 4, 5, 7} <= wrapped  # the next word did not fit on the line above
    assert 1 not in wrapped  # below a heading that ends far from the margin
    assert 3 not in wrapped and 6 not in wrapped  # after a paragraph gap
    assert 9 not in wrapped  # "Som et led ..." would have fitted "og" after it: a hand-made break


def test_a_lower_case_line_carries_on_a_sentence_broken_by_hand() -> None:
    boxes = [box(700.0, 424.2, 30.0), box(687.8, 432.8, 75.0, lower=True)]  # "... da det skønnes mere" | "hensigts..."
    assert wrapped_line_indexes(boxes, MARGIN, PITCH) == {1}


def test_short_lines_tables_and_columns_do_not_wrap() -> None:
    boxes = [
        box(700.0, 160.4, 400.0),  # "AKTA": a label, though the line below is one long word
        box(687.8, 300.0, 300.0),
        box(675.6, 513.9, 60.0, left=90.2),  # a table row reaching beyond the margin ...
        box(663.4, 513.0, 30.0, left=481.4),  # "i 2013": a cell at the right of the row above
        box(651.2, 512.7, 60.0, left=90.2),  # ... and the next one
        box(639.0, 422.7, 90.0, left=90.2),
        box(626.8, 500.0, 30.0, left=300.0),  # a second column
        box(614.6, 250.0, 30.0),
        box(602.4, 500.0, 30.0),  # a pitch and a half below: a paragraph gap
        box(584.1, 300.0, 200.0),
    ]
    assert wrapped_line_indexes(boxes, MARGIN, PITCH) == set()


def test_hanging_indent_still_wraps() -> None:
    """Ballerup's "B) Anlægsbevilling ... 650260," | "Vedligeholdelsesarbejder 2013 ..." (indented)."""
    boxes = [box(213.8, 410.4, 20.0, left=88.3), box(201.6, 463.6, 125.0, left=113.0)]
    assert wrapped_line_indexes(boxes, MARGIN, PITCH) == {1}


def test_joined_hyphenation_is_measured_from_its_last_line() -> None:
    """pdfium joins "ikke-|planlagte" into one text line that spans two printed lines."""
    joined = LineBox(372.5, 360.3, LEFT, 480.8, 10.0, 10.1)
    assert wrap_pitch([box(384.7, 175.4), joined, box(348.0, 468.4), box(335.8, 495.9)]) is not None
    assert wrapped_line_indexes([joined, box(348.0, 468.4, 40.0, lower=True)], MARGIN, PITCH) == {1}


def test_no_pitch_or_margin_means_no_wrapping() -> None:
    assert wrapped_line_indexes(BALLERUP, MARGIN, None) == set()
    assert wrapped_line_indexes(BALLERUP, 0.0, PITCH) == set()


def test_the_margin_ignores_small_print_and_running_heads() -> None:
    body = [box(700.0 - 12.2 * n, 480.0 + n, 30.0) for n in range(20)]
    small_head = [box(749.8, 568.4, size=7.9)]  # Ballerup's right-aligned header
    page_head = [box(755.0, 523.5, left=71.0)]  # Nykarleby's "Protokoll <date> Sida", on every page
    pages = [(595.0, body + small_head + page_head) for _ in range(4)] + [(842.0, [box(500.0, 800.0)])]
    margins = text_margins(pages)
    assert margins[595] == 499.0
    assert margins[842] == 800.0
    assert text_margins([(595.0, [None])]) == {}
