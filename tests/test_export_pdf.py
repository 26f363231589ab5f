"""The exported PDF, read back with pdfplumber: verbatim text, outline, pages, fonts, footer."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from test_export_sheet import MARKUP_NOTE, aarhus, annotated, store  # noqa: F401 - fixtures

from minutesapp.annotations.meeting_view import MeetingAnnotations
from minutesapp.export import ExportOptions, build_sheet, export_notes_pdf
from minutesapp.export.pdf_render import NOT_FOUND_TITLE, render_pdf
from minutesapp.export.pdf_styles import markup
from minutesapp.model import Meeting


def _text(path: Path) -> tuple[list[str], int]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages], len(pdf.pages)


@pytest.fixture
def exported(annotated: tuple[Meeting, MeetingAnnotations], tmp_path: Path) -> Path:
    meeting, view = annotated
    out = tmp_path / "noter.pdf"
    export_notes_pdf(meeting, view, out, ExportOptions(indstilling=True, beslutning=True))
    return out


def test_notes_and_quotes_verbatim(exported: Path) -> None:
    pages, _ = _text(exported)
    text = "\n".join(pages)
    assert MARKUP_NOTE.splitlines()[0] in text  # markup stays characters
    assert "Anden linje" in text.split("<img src=x>", 1)[1].splitlines()[1]  # the newline is kept
    assert "„publikumsrettede arealer“" in text
    assert "Vigtigt – husk at spørge" in text
    assert "Sagsnr. EMN-2025-003383" in text
    assert "Byrådssalen" in text and "aarhus_byraad_2025-08-27.pdf" in text
    for label in ("Markeringer", "Noter", "Indstilling", "Beslutning"):
        assert label in text
    assert "Imod: Enhedslisten de Rød-Grønne, Danmarksdemokraterne" in text


def test_lost_highlight_at_the_end(exported: Path) -> None:
    pages, _ = _text(exported)
    last = pages[-1]
    assert NOT_FOUND_TITLE in last
    assert last.index(NOT_FOUND_TITLE) < last.index("„Lisbjerg“") < last.index("Denne forsvinder")


def test_outline_has_one_entry_per_item(exported: Path) -> None:
    with pdfplumber.open(exported) as pdf:
        titles = [entry[1] for entry in pdf.doc.get_outlines()]
    assert titles[:3] == [
        "2. Svar på forslag fra DD om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø",
        "6. Svar på forslag fra RV om politik og handlingsplan mod diskrimination i Aarhus",
        "9. Bro mellem Dokk1 og Balticagade",
    ]
    assert titles[3:] == [NOT_FOUND_TITLE]
    # and each bookmark points at the page where its item starts
    document = pypdfium2.PdfDocument(exported)
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
        for bookmark in document.get_toc():
            title = bookmark.get_title()
            heading = title.split(". ", 1)[1][:30] if title[0].isdigit() else title
            assert heading in pages[bookmark.get_dest().get_index()].replace("\r\n", " ").replace("\n", " ")
    finally:
        document.close()


def test_footer_page_numbers_and_a4(exported: Path) -> None:
    pages, count = _text(exported)
    assert 3 <= count <= 8
    for n, page in enumerate(pages, start=1):
        assert f"Side {n} af {count}" in page
        assert "Aarhus Byråd 27. august 2025 – noter" in page
    with pdfplumber.open(exported) as pdf:
        assert {(round(p.width), round(p.height)) for p in pdf.pages} == {(595, 842)}


def test_fonts_embedded_and_danish_intact(exported: Path) -> None:
    with pdfplumber.open(exported) as pdf:
        fonts = {c["fontname"].split("+")[-1] for p in pdf.pages for c in p.chars}
        text = "".join(c["text"] for p in pdf.pages for c in p.chars)
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    for letters in ("æ", "ø", "å", "Æ", "Ø", "Å", "„", "“", "’", "–"):
        assert letters in text
    raw = exported.read_bytes()
    assert b"/FontFile2" in raw  # TrueType embedded (subset), not a reference to a system font
    assert b"/Helvetica" not in raw


def test_highlight_colour_painted_behind_quote(annotated: tuple[Meeting, MeetingAnnotations], tmp_path: Path) -> None:
    meeting, view = annotated
    out = tmp_path / "c.pdf"
    export_notes_pdf(meeting, view, out, ExportOptions())
    with pdfplumber.open(out) as pdf:
        fills = {tuple(round(v, 2) for v in r["non_stroking_color"]) for p in pdf.pages for r in p.rects if r["fill"]}
    assert (1.0, 0.95, 0.69) in fills  # yellow #fff3b0
    assert (0.85, 0.94, 0.82) in fills  # green #d8f0d0


def test_preparation_sheet_every_item(annotated: tuple[Meeting, MeetingAnnotations], tmp_path: Path) -> None:
    meeting, view = annotated
    out = tmp_path / "forberedelse.pdf"
    export_notes_pdf(meeting, view, out, ExportOptions(all_items=True))
    pages, count = _text(out)
    text = "\n".join(pages)
    with pdfplumber.open(out) as pdf:
        outline = [entry[1] for entry in pdf.doc.get_outlines()]
        ruled = sum(1 for p in pdf.pages for line in p.lines if line["width"] > 300)
    assert [t.split(".")[0] for t in outline[:-1]] == [str(n) for n in range(1, 22)]
    assert "FORBEREDELSE TIL MØDET" in text and "Alle 21 punkter" in text
    assert ruled >= 21 * 4  # room to write under every item
    assert count >= 6


def test_long_note_wraps_across_pages(aarhus: Meeting, store, tmp_path: Path) -> None:  # noqa: F811
    from minutesapp.annotations import attach

    paragraphs = [f"Afsnit {n}: " + "Økonomien skal gennemgås før mødet. " * 12 for n in range(1, 41)]
    store.set_note(aarhus, 5, "\n\n".join(paragraphs))
    out = tmp_path / "lang.pdf"
    export_notes_pdf(aarhus, attach(aarhus, store), out, ExportOptions())
    pages, count = _text(out)
    assert count >= 3
    text = "\n".join(pages)
    found = [int(n) for n in re.findall(r"Afsnit (\d+):", text)]
    assert found == list(range(1, 41))  # nothing lost at the page breaks


def test_markup_escapes_and_keeps_lines() -> None:
    assert markup("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;"
    assert markup("a\nb") == "a<br/>b"
    assert markup("  x") == "\u00a0\u00a0x"
    assert markup("a\x00b\x0bc") == "abc"  # control characters would break reportlab's parser


def test_empty_sheet_still_renders(aarhus: Meeting, store) -> None:  # noqa: F811
    from minutesapp.annotations import attach

    pdf = render_pdf(build_sheet(aarhus, attach(aarhus, store), ExportOptions()))
    assert pdf.startswith(b"%PDF")
