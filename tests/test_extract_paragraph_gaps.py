"""Paragraph gaps: which lines sit a wider gap below the line before than the usual pitch."""

from __future__ import annotations

from minutesapp.parsing.extract import clean_page
from minutesapp.parsing.paragraph_gaps import MARK, spaced_line_indexes, split_marks


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
    assert split_marks([MARK + "Resume", "tekst", MARK, MARK + "Næste"]) == (["Resume", "tekst", "Næste"], {0, 2})
    text = f"Beslutninger\n{MARK}Godkendt af bygnings-\n{MARK}vedligeholdelse\n{MARK}  Resumé  \n"
    lines, spaced = clean_page(text)
    assert lines == ["Beslutninger", "Godkendt af bygningsvedligeholdelse", "Resumé"]
    assert spaced == {1, 2}
