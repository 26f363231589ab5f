"""Running heads and page-number lines: what counts as a page number, and what must stay."""

from __future__ import annotations

import pytest

from minutesapp.parsing.running_heads import is_page_number_line, strip_running_heads


@pytest.mark.parametrize("line", ["Side 3 af 20", "Side 3", "3 of 5", "Sida 3", "- 3 -", "3/20", "page 2 / 7"])
def test_page_number_lines(line: str) -> None:
    assert is_page_number_line(line)


@pytest.mark.parametrize("line", ["2/2023", "21/24526", "26/00118", "03/05", "16 §", "Punkt 3"])
def test_case_numbers_are_not_page_numbers(line: str) -> None:
    assert not is_page_number_line(line)


def test_a_case_number_closing_a_one_page_text_stays() -> None:
    """The sample's last item ends "Punkt 47: Eventuelt / 26/00118 / ..." in the edge zone."""
    page = ["Punkt 47: Eventuelt", "26/00118", "Procedure", "Beslutning", "Intet.", "Side 1 af 1"]
    assert strip_running_heads([page]) == [page[:-1]]
