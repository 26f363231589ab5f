"""Small made-up documents for the layouts the corpus lacks, the fallback, and edge cases."""

from __future__ import annotations

import pytest

from minutesapp.model import MeetingKind, SectionKind
from minutesapp.parsing import PageText, parse_pages


def pages_of(*texts: str) -> list[PageText]:
    return [PageText(number, tuple(text.strip().split("\n"))) for number, text in enumerate(texts, start=1)]


def test_paragraph_sign_before_number() -> None:
    meeting = parse_pages(
        pages_of(
            """Referat
Teknisk Udvalg
mandag den 3. marts 2025, kl. 16:00
i Byrådssalen
§ 1 Godkendelse af dagsorden
Beslutning
Godkendt.
§ 2 Budget 2026
Sagsfremstilling
Forvaltningen har udarbejdet et forslag.
Indstilling
Forvaltningen indstiller, at budgettet godkendes.
Beslutning i Teknisk Udvalg den 03-03-2025
Godkendt.
Fraværende: Hans Hansen"""
        )
    )
    assert (meeting.kind, meeting.body, meeting.date, meeting.start_time, meeting.location) == (
        MeetingKind.REFERAT,
        "Teknisk Udvalg",
        "2025-03-03",
        "16:00",
        "Byrådssalen",
    )
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Godkendelse af dagsorden"), (2, "Budget 2026")]
    budget = meeting.items[1]
    assert budget.indstilling == "Forvaltningen indstiller, at budgettet godkendes."
    assert [(d.body, d.date, d.text, d.absent) for d in budget.decisions] == [
        ("Teknisk Udvalg", "2025-03-03", "Godkendt.", ("Hans Hansen",))
    ]
    assert meeting.items[0].decisions[0].body == "Teknisk Udvalg"  # the meeting's own


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("§3. Godkendelse af dagsorden", "§4. Eventuelt"),
        ("§ 3: Godkendelse af dagsorden", "§ 4: Eventuelt"),
        ("3 § Godkendelse af dagsorden", "4 § Eventuelt"),
        ("Punkt 3: Godkendelse af dagsorden", "Punkt 4: Eventuelt"),
        ("3. Godkendelse af dagsorden", "4. Eventuelt"),
    ],
)
def test_numbered_layouts(first: str, second: str) -> None:
    meeting = parse_pages(pages_of(f"Dagsorden\nØkonomiudvalget\n{first}\nIndstilling\nGodkendes.\n{second}\nIntet."))
    assert meeting.kind is MeetingKind.DAGSORDEN
    assert [(i.number, i.title) for i in meeting.items] == [(3, "Godkendelse af dagsorden"), (4, "Eventuelt")]
    assert meeting.items[0].indstilling == "Godkendes."


def test_title_on_the_line_after_the_number() -> None:
    meeting = parse_pages(pages_of("Punkt 3\nBudget 2026\n24/1234\nBeslutning\nGodkendt.\nPunkt 4\nEventuelt"))
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (3, "Budget 2026", "24/1234"),
        (4, "Eventuelt", None),
    ]


def test_numbered_list_inside_an_item_is_not_an_item() -> None:
    meeting = parse_pages(
        pages_of(
            """1. Meddelelser
Sagsnr.: 2025-101
Sagsfremstilling
Forvaltningen foreslår:
1. At budgettet godkendes
2. At sagen sendes videre
2. Budget 2026
Sagsnr.: 2025-102
Beslutningen træffes af
Økonomiudvalget"""
        )
    )
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (1, "Meddelelser", "2025-101"),
        (2, "Budget 2026", "2025-102"),
    ]
    assert "2. At sagen sendes videre" in meeting.items[0].sections[0].text
    assert meeting.items[1].sections[0].kind is SectionKind.PROCEDURE


def test_table_of_contents_gives_no_items() -> None:
    meeting = parse_pages(
        pages_of(
            "Referat\nIndholdsfortegnelse\n1. Godkendelse af dagsorden 2\n2. Budget 2026 2",
            "1. Godkendelse af dagsorden\nSagsnr.: 25/1\nBeslutning\nGodkendt.\n2. Budget 2026\nSagsnr.: 25/2",
        )
    )
    assert [(i.number, i.page) for i in meeting.items] == [(1, 2), (2, 2)]


def test_wrapped_title_and_section_across_a_page_break() -> None:
    meeting = parse_pages(
        pages_of(
            "Punkt 7: Afrapportering på klimaregnskab samt orientering om ny\nfremskrivning\nEMN-2025-008528\n"
            "Sagsfremstilling\nFørste side af teksten.",
            "Anden side af teksten.\nBilag\nBilag 1: Oversigt",
        )
    )
    item = meeting.items[0]
    assert item.title == "Afrapportering på klimaregnskab samt orientering om ny fremskrivning"
    assert item.case_number == "EMN-2025-008528"
    assert [(s.heading, s.text, s.page) for s in item.sections] == [
        ("Sagsfremstilling", "Første side af teksten.\nAnden side af teksten.", 1),
        ("Bilag", "Bilag 1: Oversigt", 2),
    ]
    assert item.attachments == ("Oversigt",)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Lukket: Køb af grund", "Køb af grund"),
        ("Lukket punkt: Personalesag", "Personalesag"),
        ("Personalesag (Lukket)", "Personalesag"),
    ],
)
def test_closed_items(title: str, expected: str) -> None:
    meeting = parse_pages(pages_of(f"Referat Byrådet d. 01-02-2025\nPunkt 9: {title}\n25/99\nGodkendt."))
    item = meeting.items[0]
    assert (item.title, item.closed) == (expected, True)
    assert [(d.body, d.date, d.text) for d in item.decisions] == [("Byrådet", "2025-02-01", "Godkendt.")]


@pytest.mark.parametrize(
    ("first_line", "kind"),
    [
        ("REFERAT Byrådet d. 01-02-2025", MeetingKind.REFERAT),
        ("Åbent referat", MeetingKind.REFERAT),
        ("DAGSORDEN Byrådet d. 01-02-2025", MeetingKind.DAGSORDEN),
        ("Protokoll 3/2023", MeetingKind.PROTOKOL),
        ("Föredragningslista", MeetingKind.DAGSORDEN),
        ("Mødeplan for efteråret", MeetingKind.UNKNOWN),
    ],
)
def test_kind_from_the_first_page(first_line: str, kind: MeetingKind) -> None:
    meeting = parse_pages(pages_of(f"{first_line}\nPunkt 1: Godkendelse af dagsorden\nIndstilling\nGodkendes."))
    assert meeting.kind is kind


def test_without_items_one_item_per_page() -> None:
    meeting = parse_pages(pages_of("Noter fra mødet\nVi talte om budgettet.", "Næste møde er i juni."))
    assert [(i.number, i.title, i.page) for i in meeting.items] == [(1, "Side 1", 1), (2, "Side 2", 2)]
    assert meeting.items[1].sections[0].text == "Næste møde er i juni."
    assert meeting.items[0].full_text.endswith("Vi talte om budgettet.")


def test_no_pages_no_crash() -> None:
    meeting = parse_pages([])
    assert (meeting.kind, meeting.body, meeting.items) == (MeetingKind.UNKNOWN, None, ())


@pytest.mark.parametrize(
    ("sentence", "against", "absent"),
    [
        ("Godkendt. Anna Andersen, Bo Berg og Carl Clausen stemmer imod.", ("Anna Andersen", "Bo Berg",
                                                                          "Carl Clausen"), ()),
        # The printed subject, the shared group word going to each group.
        ("Radikale Venstres og Alternativets byrådsgrupper kunne ikke tiltræde indstillingen.",
         ("Radikale Venstres byrådsgruppe", "Alternativets byrådsgruppe"), ()),
        ("Vedtaget. Jens Chr. Gjesing stemte imod.", ("Jens Chr. Gjesing",), ()),
        ("Godkendt. Ole Olsen og Pia Pedersen deltog ikke i sagens behandling.", (), ("Ole Olsen", "Pia Pedersen")),
        ("Godkendt.\nFølgende deltog ikke i behandlingen af punktet: Kim Kure", (), ("Kim Kure",)),
        ("Godkendt.\nFraværende:\nMarie Skødt\nLars Lund", (), ("Marie Skødt", "Lars Lund")),
        ("Et flertal kunne tiltræde indstillingen. Venstre tog forbehold.", (), ()),
        # The dissenters inside a longer sentence: only the people, not the words before them.
        ("Godkendt, idet Anna Andersen og Bo Berg stemte imod.", ("Anna Andersen", "Bo Berg"), ()),
        ("Godkendt, idet Anna Andersen, Bo Berg og Carl Clausen stemte imod.",
         ("Anna Andersen", "Bo Berg", "Carl Clausen"), ()),
        ("Godkendt. Et mindretal (Anna Andersen og Bo Berg) stemte imod.", ("Anna Andersen", "Bo Berg"), ()),
        ("Anbefales, mens Dansk Folkeparti var imod.", ("Dansk Folkeparti",), ()),
        ("Vedtaget med 25 stemmer mod 4 (Enhedslisten de Rød-Grønne stemte imod).",
         ("Enhedslisten de Rød-Grønne",), ()),
        # A dissent limited to some points keeps its scope.
        ("Godkendt, Danmarksdemokraternes byrådsgruppe kunne ikke tiltræde beslutningspunkt 5.",
         ("Danmarksdemokraternes byrådsgruppe (beslutningspunkt 5)",), ()),
        ("Godkendt. Anna Andersen og Bo Berg stemte imod punkt 2 og 3.",
         ("Anna Andersen (punkt 2 og 3)", "Bo Berg (punkt 2 og 3)"), ()),
        ("Godkendt. Venstre kunne ikke tiltræde indstillingens 2. at.", ("Venstre (indstillingens 2. at)",), ()),
        ("Godkendt. Venstre kunne ikke tiltræde indstillingen.", ("Venstre",), ()),
        ("Godkendt. Lolan Ottesen (A) kunne ikke tiltræde indstillingen.", ("Lolan Ottesen (A)",), ()),
        ("Godkendt, idet Anna Andersen tog forbehold.", (), ()),
        ("Godkendt. Bo Berg undlod at stemme.", (), ()),
        ("Godkendt, idet Anna Andersen stemte imod, og Bo Berg undlod at stemme.", ("Anna Andersen",), ()),
    ],
)
def test_dissent_and_absence(sentence: str, against: tuple[str, ...], absent: tuple[str, ...]) -> None:
    meeting = parse_pages(pages_of(f"Punkt 1: Budget\nBeslutning i Økonomiudvalget den 01-02-2025\n{sentence}"))
    decision = meeting.items[0].decisions[0]
    assert (decision.body, decision.date) == ("Økonomiudvalget", "2025-02-01")
    assert (decision.against, decision.absent) == (against, absent)


@pytest.mark.parametrize(
    "junk",
    [
        "§\n§§\n§ 0\n0 §\n99999 §\n. . . . 3\nPunkt\nPunkt x:",
        "Beslutning\nBeslutning i\nFraværende:\nSagsforløb\nUdvalg:\nDato: 99-99-9999\nPunktnummer: x",
        "Bilag\nBilag\nIndholdsfortegnelse\n1.\n1. \n\t\t\n[X]\n[ ] ",
        "Referat\nReferat\nMødedato\nMødested\nMødedeltagere\nTilstede\nAfbud/Fraværende",
    ],
)
def test_odd_lines_never_crash(junk: str) -> None:
    meeting = parse_pages(pages_of(junk, junk))
    assert meeting.items  # at worst one item per page


def test_header_lists_inline_and_as_blocks() -> None:
    meeting = parse_pages(
        pages_of(
            """REFERAT Økonomiudvalget d. 11-12-2025
Mødedato Torsdag d. 11. december 2025 kl. 15:30
Mødested Rådhuset, mødelokale 1
Mødedeltagere Anna Andersen, Bo Berg og Carl Clausen
Fraværende Dorte Dam, Erik Eriksen
Godkendelse af dagsorden.....\t3
Punkt 1: Godkendelse af dagsorden
Beslutning
Godkendt."""
        )
    )
    assert meeting.participants == ("Anna Andersen", "Bo Berg", "Carl Clausen")
    assert meeting.absent == ("Dorte Dam", "Erik Eriksen")
    assert (meeting.location, meeting.start_time) == ("Rådhuset, mødelokale 1", "15:30")
    assert [i.number for i in meeting.items] == [1]
    block = parse_pages(pages_of("Referat\nByrådet\nTilstede\nAnna Andersen (A) - formand\nBo Berg (V)\nAfbud\nCarl Clausen"))
    assert (block.body, block.participants, block.absent) == ("Byrådet", ("Anna Andersen (A)", "Bo Berg (V)"),
                                                               ("Carl Clausen",))


def test_header_list_wrapped_onto_a_second_line() -> None:
    """A PDF wraps a long "Mødedeltagere" line; the names on the next line belong to it."""
    meeting = parse_pages(
        pages_of(
            """REFERAT Økonomiudvalget d. 10-11-2026
Mødedato Tirsdag d. 10. november 2026 kl. 16:00
Mødedeltagere Karen Lykke, Søren Krog, Anna Holm, Peter Lund, Mette
Kjærsgaard, Ole Bæk
Fraværende Mikkel Strand,
Lise Dahl og Bo Berg
Indholdsfortegnelse
Godkendelse af dagsorden.....\t1
Punkt 1: Godkendelse af dagsorden
Beslutning
Godkendt."""
        )
    )
    assert meeting.participants == ("Karen Lykke", "Søren Krog", "Anna Holm", "Peter Lund", "Mette Kjærsgaard", "Ole Bæk")
    assert meeting.absent == ("Mikkel Strand", "Lise Dahl", "Bo Berg")


def test_header_list_does_not_swallow_the_line_after_it() -> None:
    meeting = parse_pages(
        pages_of(
            """REFERAT Økonomiudvalget d. 10-11-2026
Mødedeltagere Karen Lykke, Søren Krog, Anna Holm, Peter Lund, Mette Kjær,
Mødet blev hævet kl. 17.30.
Sekretær
Ole Bæk
Punkt 1: Godkendelse af dagsorden
Beslutning
Godkendt."""
        )
    )
    assert meeting.participants == ("Karen Lykke", "Søren Krog", "Anna Holm", "Peter Lund", "Mette Kjær")


def test_earlier_treatment_line_in_a_single_item_document_does_not_become_the_meeting() -> None:
    """Without a header the meeting is guessed from the decisions; a treatment line has no text."""
    meeting = parse_pages(
        pages_of(
            """2. Takstreduktion
Sagsnr.: 2012-31673
Dok.nr.: 2012-204033
Kommunalbestyrelsen den 30. maj 2012 Punkt 7
Sammendrag
Taksten sænkes.
Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2
Indstillingen godkendt"""
        )
    )
    assert (meeting.body, meeting.date) == ("Sundheds- og Forebyggelsesudvalget", "2012-12-04")
    item = meeting.items[0]
    assert [(d.body, d.date, d.item_number, d.text) for d in item.decisions] == [
        ("Kommunalbestyrelsen", "2012-05-30", 7, ""),
        ("Sundheds- og Forebyggelsesudvalget", "2012-12-04", 2, "Indstillingen godkendt"),
    ]
    assert [s.heading for s in item.sections] == ["Sammendrag"]


def test_place_from_a_label_column_block() -> None:
    """Labels in one column, values after them (Nykarleby's page 2): the place is the value
    after the time's, used when no "Sammanträdesplats ..." line gives it."""
    from minutesapp.parsing.header import parse_header
    from minutesapp.parsing.lines import Line

    texts = ["Organ Byrådet", "Sammanträdentd 24.5.2023", "Protokoll", "Organ", "Sammanträdestid",
             "Sammanträdesplats", "24.05.2023 kl. 16:00", "Stadshuset, Torget 1", "Ärenden", "2/2023"]
    header = parse_header([Line(text, 1) for text in texts], texts)
    assert (header.body, header.date, header.location) == ("Byrådet", "2023-05-24", "Stadshuset, Torget 1")
