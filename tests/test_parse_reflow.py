"""Reflow: wrapped paragraph lines joined, list points and split words handled.

Without layout (text files, page breaks) a line joins a full line above when it starts in
lower case; with layout (``Line.wraps``, from the PDF's geometry) it joins whatever its
first letter, unless it is a line that starts its own line (a point, a bullet, a heading).
"""

from __future__ import annotations

import pytest

from minutesapp.parsing.lines import Line
from minutesapp.parsing.reflow import reflow, starts_own_line

WIDTH = 60
FULL = "Stadsstyrelsen beslutar att planläggning inleds för revidering"  # 63 characters


def plain(*texts: str) -> list[Line]:
    """Lines without layout, as from a text file."""
    return [Line(text, 1) for text in texts]


def wrapped(first: str, *rest: str) -> list[Line]:
    """Lines the layout wrapped: each after the first continues the one above."""
    return [Line(first, 1)] + [Line(text, 1, wraps=True) for text in rest]


def test_wrapped_lines_are_joined() -> None:
    assert reflow(plain(FULL, "och utvidgning av detaljplanen."), WIDTH) == FULL + " och utvidgning av detaljplanen."


def test_a_numbered_point_starts_its_own_line() -> None:
    assert reflow(plain(FULL, "2. avtalet godkänns.", FULL, "b) avtalet godkänns."), WIDTH) == "\n".join(
        [FULL, "2. avtalet godkänns.", FULL, "b) avtalet godkänns."]
    )


def test_a_date_wrapped_after_den_is_joined() -> None:
    line = "Fremsendes til Borgmesterens Afdeling jf. vedtagelsen i mødet den"
    assert reflow(plain(line, "27. august 2025 om forslaget."), WIDTH) == line + " 27. august 2025 om forslaget."


def test_a_word_split_at_a_page_break_is_joined() -> None:
    """The extractor leaves "reparations-" when the footer came between the halves."""
    assert reflow(plain("göra at reparations-", "skulden stiger"), WIDTH) == "göra at reparationsskulden stiger"
    assert reflow(plain("Sundheds-", "og Forebyggelsesudvalget"), WIDTH) == "Sundheds- og Forebyggelsesudvalget"
    assert reflow(plain("2013 -", "anlægsbevilling"), WIDTH) == "2013 -\nanlægsbevilling"
    assert reflow(plain("- sökanden", "- tekniska avdelningen"), WIDTH) == "- sökanden\n- tekniska avdelningen"


def test_without_layout_an_upper_case_line_stays_a_line_of_its_own() -> None:
    """A text file (Haderslev) has one paragraph a line: nothing to undo there."""
    assert reflow(plain(FULL, "Magistratsafdelingen for Teknik og Miljø."), WIDTH) == (
        FULL + "\nMagistratsafdelingen for Teknik og Miljø."
    )


def test_a_wrapped_line_joins_whatever_its_first_letter() -> None:
    lines = wrapped(
        "Fremsendes til Aarhus Byråd med bemærkning, at byrådet tiltræder",
        "Magistratsafdelingen for Teknik og Miljøs indstilling af 16. juni 2025.",
    )
    assert reflow(lines, WIDTH) == (
        "Fremsendes til Aarhus Byråd med bemærkning, at byrådet tiltræder"
        " Magistratsafdelingen for Teknik og Miljøs indstilling af 16. juni 2025."
    )
    # A short tail of a paragraph ("Aarhus Ø.") ends a sentence: it is no heading.
    assert reflow(wrapped("... en permanent placering til Havnens Perle på Aarhus", "Ø."), WIDTH).endswith("Aarhus Ø.")


def test_a_line_after_an_unwrapped_line_stays_on_its_own() -> None:
    lines = [Line("Magistratsafdelingen for Teknik og Miljøs indstilling af 16. juni 2025.", 1),
             Line("Socialdemokratiet tog forbehold.", 1)]
    assert reflow(lines, WIDTH).count("\n") == 1


@pytest.mark.parametrize(
    "text",
    [
        "At 2) Teknik og Miljø anbefaler Havnens Perle at tage fat i kommende aktører",
        "A) De foreslåede arbejder for bygningsvedligeholdelse 2013 godkendes.",
        "1. Aarhus Byråd træffer en principbeslutning om, at der skal findes en placering",
        "- Bæredygtigt rekreativt fiskeri: Mulighed for rekreativt fiskeri",
        "• Granskning och undersökning av användningsändamål, kvartersgränser samt",
        "Punkt 3: Godkendelse af dagsorden",
        "21/24526",
        "Sygeplejeklinik\t200.000 kr.",
        "Begrundelse:",
        "Forslagsstiller: Polly Bak Dutschke, byrådsmedlem (M), Aarhus.",
        "INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ",
    ],
)
def test_points_bullets_rows_and_headings_start_their_own_line(text: str) -> None:
    assert starts_own_line(text)
    assert reflow(wrapped(FULL, text), WIDTH) == FULL + "\n" + text


def test_a_dated_entry_after_a_sentence_starts_its_own_line() -> None:
    """Nykarleby's lists of events; a date wrapped inside a sentence still joins."""
    entry = "25.5 Välbesökt disco för kommunens alla sexor, blivande sjuor."
    assert reflow(wrapped(FULL + ".", entry), WIDTH) == FULL + ".\n" + entry
    assert reflow(plain(FULL, "8.6.2022 på UKTA, lokala justeringspotter"), WIDTH) == (
        FULL + " 8.6.2022 på UKTA, lokala justeringspotter"
    )


@pytest.mark.parametrize(
    "text", ["Magistratsafdelingen for Teknik og Miljøs indstilling", "1.316.000 kr. over projekt nr. 650260,",
             "(konstruktioner og installationer), puljerne til udearealer", "förhandlingen enades man om att:"]
)
def test_ordinary_text_does_not_start_its_own_line(text: str) -> None:
    assert not starts_own_line(text)


def test_a_heading_in_body_type_is_not_joined_onto_a_full_line() -> None:
    """Aarhus' proposals: "Forslag" or a question set as a line of its own after a full line."""
    for heading in ("Forslag", "Hvorfor er en østjysk marin nationalpark vigtig?"):
        lines = wrapped(FULL, heading) + [Line("Danmarksdemokraterne og Liberal Alliance foreslår:", 1)]
        assert reflow(lines, WIDTH).split("\n")[1] == heading
    # The same short line with more text wrapped onto it is the start of a paragraph's tail.
    lines = wrapped(FULL, "Vedligeholdelsesarbejder 2013", "indgår i den samlede anlægssag.")
    assert reflow(lines, WIDTH) == FULL + " Vedligeholdelsesarbejder 2013 indgår i den samlede anlægssag."


def test_no_wrapping_across_a_table_row() -> None:
    assert reflow(wrapped("Indsatsområde\tAfsatte midler", "Styring og opfølgning\t100.000 kr."), WIDTH) == (
        "Indsatsområde\tAfsatte midler\nStyring og opfølgning\t100.000 kr."
    )
