"""Text extraction: the PDF text layer and plain text, cleaned into lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import corpus_file
from hostile_pdfs import text_pdf

from minutesapp.errors import DocumentError, ErrorCode
from minutesapp.parsing.extract import PageText, clean_lines, extract_pages, hyphen_joint, sniff_format

BALLERUP = "ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"


@pytest.mark.parametrize(
    ("left", "right", "joint"),
    [
        ("bygnings", "vedligeholdelse", ""),
        ("budget", "lægges", ""),
        ("Sundheds", "og", "- "),
        ("Beskæftigelses", "eller", "- "),
        ("2030", "fremskrivning", "-"),
        ("6", "måneders", "-"),
        ("p", "huse", "-"),
        ("ikke", "planlagte", "-"),
        ("UngiAarhus", "tilbud", "-"),
        ("EU", "Kommissionen", "-"),
    ],
)
def test_hyphen_joint(left: str, right: str, joint: str) -> None:
    assert hyphen_joint(left, right) == joint


def test_pdfium_hyphen_marker_is_resolved() -> None:
    text = "en del ikke\ufffeplanlagte opgaver\r\nunder Sundheds\ufffeog Forebyggelsesudvalget\r\nbudget\ufffelægges"
    assert clean_lines(text) == [
        "en del ikke-planlagte opgaver",
        "under Sundheds- og Forebyggelsesudvalget",
        "budgetlægges",
    ]


def test_pdfium_hyphen_marker_after_a_non_word_keeps_the_line_break() -> None:
    """Nykarleby: pdfium marks a line-end hyphen after "§"; no word was split there."""
    text = (
        "Ungdomsfullmäktge 28.11.2022, 39 §\ufffe\r\nStadsstyrelsen 19.12.2022, 284 §\ufffe\r\n"
        "Ordförande Emilia Haverinens förslag:\r\nkl. 16.15 \ufffe\r\nslut"
    )
    assert clean_lines(text) == [
        "Ungdomsfullmäktge 28.11.2022, 39 §",
        "Stadsstyrelsen 19.12.2022, 284 §",
        "Ordförande Emilia Haverinens förslag:",
        "kl. 16.15",
        "slut",
    ]


def test_a_hyphenated_word_is_not_joined_onto_a_page_footer() -> None:
    """pdfium joins a page's last hyphenated word straight onto the footer ("reparations-193 §")."""
    marked = "göra at reparations\ufffe193 §\r\nFöredragningslista 26.09.2022 Sida\r\n"
    assert clean_lines(marked)[:2] == ["göra at reparations-", "193 §"]
    assert clean_lines("har avsevär-\n195 §\nbyggnads-\nSide 3 af 9") == [
        "har avsevär-", "195 §", "byggnads-", "Side 3 af 9"
    ]


def test_line_end_hyphens_are_joined_or_kept() -> None:
    text = (
        "Bygnings-\nvedligeholdelse 2013  \n"
        "Punkt 7: orientering om ny 2030-\nfremskrivning\n"
        "Sundheds-\nog Forebyggelsesudvalget\n"
        "individuella lönetillägg på -\nverkar lönesituationen\n"
        "2. Bygningsvedligeholdelse 2013 -\nanlægsbevilling\n"
        "-\nDe höjda grundlönerna"
    )
    assert clean_lines(text) == [
        "Bygningsvedligeholdelse 2013",
        "Punkt 7: orientering om ny 2030-fremskrivning",
        "Sundheds- og Forebyggelsesudvalget",
        "individuella lönetillägg påverkar lönesituationen",
        "2. Bygningsvedligeholdelse 2013 -",
        "anlægsbevilling",
        "-",
        "De höjda grundlönerna",
    ]


def test_soft_hyphen_inside_a_line_is_invisible() -> None:
    assert clean_lines("Byg\u00adnings\u00a0udvalg\n\n\tx  ") == ["Bygnings udvalg", "x"]


def test_ballerup_running_header_is_removed() -> None:
    pages = extract_pages(corpus_file(BALLERUP))
    assert len(pages) == 15
    assert pages[3].number == 4
    assert pages[3].lines[:3] == ("Sagsnr.: 2012-28504", "Dok.nr.: 2012-203438", "Sammendrag")
    every_line = [line for page in pages for line in page.lines]
    assert not any(line.startswith("Side ") for line in every_line)
    assert "Dato: 04.12.2012" not in every_line
    assert "Åbent referat" in pages[0].lines  # the title block's own line, below the header
    # A phrase that often ends a page is content, not a footer.
    assert every_line.count("Følgende deltog ikke i behandlingen af punktet:") >= 5
    assert any("ikke-planlagte opgaver" in line for line in pages[3].lines)
    assert any("6-måneders opfølgningen" in line for line in pages[13].lines)


def test_nykarleby_keeps_item_numbers_and_drops_page_header() -> None:
    pages = extract_pages(corpus_file("nykarleby_ungdomsfullmaktige_2023-01-30.pdf"))
    every_line = [line for page in pages for line in page.lines]
    assert "Protokoll 30.01.2023 Sida" not in every_line
    assert "1 §" in every_line and "4 §" in every_line
    assert pages[0].lines[0] == "Organ Ungdomsfullmäktige"


def test_aarhus_section_headings_survive() -> None:
    pages = extract_pages(corpus_file("aarhus_byraad_2025-08-27.pdf"))
    assert len(pages) == 28
    assert pages[2].lines[:3] == ("Punkt 1: Godkendelse af dagsorden", "EMN-2023-009832", "Beslutninger")
    every_line = [line for page in pages for line in page.lines]
    assert "Punkt 7: Afrapportering på klimaregnskab samt orientering om ny 2030-fremskrivning" in every_line
    assert any("Bevillingen budgetlægges i Teknik og Miljø" in line for line in every_line)


def test_page_numbers_go_even_in_a_two_page_pdf(tmp_path: Path) -> None:
    path = tmp_path / "two.pdf"
    path.write_bytes(text_pdf(b"Udvalg\nSide 1 af 2\nbygnings-\nvedligeholdelse", b"- 2 -\nSundheds-\nog Fore"))
    pages = extract_pages(path)
    assert [page.lines for page in pages] == [
        ("Udvalg", "bygningsvedligeholdelse"),
        ("Sundheds- og Fore",),
    ]


def test_plain_text_with_bom_and_form_feeds(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes("\ufeffREFERAT Udvalg\r\n\r\nPunkt 1: Godkendelse\n\fPunkt 2: Eventuelt\n".encode())
    assert sniff_format(path) == "text"
    assert extract_pages(path) == [
        PageText(1, ("REFERAT Udvalg", "Punkt 1: Godkendelse")),
        PageText(2, ("Punkt 2: Eventuelt",)),
    ]


def test_haderslev_text_file() -> None:
    pages = extract_pages(corpus_file("haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"))
    assert len(pages) == 1
    assert pages[0].lines[0] == "REFERAT Beskæftigelse- og Borgerserviceudvalget (2022-2025) d. 11-12-2025"
    assert "21/24526" in pages[0].lines


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", ErrorCode.EMPTY),
        (b"  \n\t\n", ErrorCode.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ErrorCode.NOT_MINUTES),
        ("Mødet blev hævet kl. 17".encode("latin-1"), ErrorCode.NOT_MINUTES),
        (b"%PDF-1.4\n" + b"\x07garbage" * 50, ErrorCode.CORRUPT),
    ],
)
def test_bad_content_raises_document_error(tmp_path: Path, content: bytes, code: ErrorCode) -> None:
    path = tmp_path / "input.pdf"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        extract_pages(path)
    assert caught.value.code is code
    assert "\n" not in str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as missing:
        extract_pages(tmp_path / "nope.pdf")
    assert missing.value.code is ErrorCode.NOT_FOUND
    with pytest.raises(DocumentError) as folder:
        extract_pages(tmp_path)
    assert folder.value.code is ErrorCode.UNREADABLE
