"""Reflow: wrapped paragraph lines joined, list points and split words handled."""

from __future__ import annotations

from minutesapp.parsing.reflow import reflow

WIDTH = 60
FULL = "Stadsstyrelsen beslutar att planläggning inleds för revidering"  # 63 characters


def test_wrapped_lines_are_joined() -> None:
    assert reflow([FULL, "och utvidgning av detaljplanen."], WIDTH) == FULL + " och utvidgning av detaljplanen."


def test_a_numbered_point_starts_its_own_line() -> None:
    assert reflow([FULL, "2. avtalet godkänns.", FULL, "b) avtalet godkänns."], WIDTH) == "\n".join(
        [FULL, "2. avtalet godkänns.", FULL, "b) avtalet godkänns."]
    )


def test_a_date_wrapped_after_den_is_joined() -> None:
    line = "Fremsendes til Borgmesterens Afdeling jf. vedtagelsen i mødet den"
    assert reflow([line, "27. august 2025 om forslaget."], WIDTH) == line + " 27. august 2025 om forslaget."


def test_a_word_split_at_a_page_break_is_joined() -> None:
    """The extractor leaves "reparations-" when the footer came between the halves."""
    assert reflow(["göra at reparations-", "skulden stiger"], WIDTH) == "göra at reparationsskulden stiger"
    assert reflow(["Sundheds-", "og Forebyggelsesudvalget"], WIDTH) == "Sundheds- og Forebyggelsesudvalget"
    assert reflow(["2013 -", "anlægsbevilling"], WIDTH) == "2013 -\nanlægsbevilling"
    assert reflow(["- sökanden", "- tekniska avdelningen"], WIDTH) == "- sökanden\n- tekniska avdelningen"
