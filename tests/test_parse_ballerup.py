"""Ballerup (eDoc PDF): "N. Title" items with Sagsnr., Sammendrag/Baggrund/.../Indstilling and
"<Udvalg>s beslutning den 04.12.2012 Punkt N". Expectations read off the documents."""

from __future__ import annotations

import pytest
from conftest import corpus_file

from minutesapp.model import Meeting, MeetingKind, SectionKind
from minutesapp.parsing import parse_file

NAME = "ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"
BODY = "Sundheds- og Forebyggelsesudvalget"
DATE = "2012-12-04"

# (number, title, Sagsnr., page where "N. Title" stands)
ITEMS = [
    (1, "Meddelelser", "2011-29298", 3),
    (2, "Bygningsvedligeholdelse 2013 - anlægsbevilling", "2012-28504", 3),
    (3, "Kvalitetsstandarder for stof- og alkoholbehandling 2012-2013", "2012-31114", 6),
    (4, "Takstreduktion på aflastningstilbuddet Torvevej i Skovlunde i 2013", "2012-31673", 7),
    (5, "KL's opfølgningsproces vedrørende det nære sundhedsvæsen", "2011-29939", 9),
    (6, "Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering for ældre", "2012-21786", 10),
    (7, "Etablering af aktivitetscenter på Solvej 6 i Ballerup", "2012-28505", 12),
    (8, "Evaluering af rygestopkurser", "2010-3082", 14),
]

DECISION_TEXTS = {
    1: "Taget til efterretning",
    2: "Indstillingen godkendt",
    3: "Indstilles til godkendelse",
    4: "Indstillingen godkendt",
    5: "Indstillingen godkendt",
    6: "Indstillingen godkendt",
    7: "Indstillingen godkendt med denne bemærkning: Gruppen af unge i Ballerup Kommune også får adgang til at "
    "bruge lokalerne på Solvej 6.",
    8: "Taget til efterretning",
}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def meeting() -> Meeting:
    return parse_file(corpus_file(NAME))


def test_header(meeting: Meeting) -> None:
    assert meeting.kind is MeetingKind.REFERAT
    assert (meeting.body, meeting.date, meeting.start_time) == (BODY, DATE, "13:00")
    assert meeting.location == "Mødecenter C, Lokale 32 på Ballerup Rådhus"
    assert meeting.participants == (
        "Lolan Ottesen (A)",
        "Grethe Larsen (A)",
        "Birte Kramhøft (F)",
        "Doris Børger (A)",
        "Karl Vilhelm Nielsen (V)",
        "Maria Lundahl Assov (A)",
        "Per Mortensen (A)",
    )
    assert meeting.absent == ()  # "Afbud/Fraværende" is followed by "Sekretær", no names


def test_items_not_the_table_of_contents(meeting: Meeting) -> None:
    assert [(i.number, i.title, i.case_number, i.page) for i in meeting.items] == ITEMS
    assert not any(item.closed for item in meeting.items)


# Earlier treatments printed under the item's number ("Kommunalbestyrelsen den 30. januar 2012 Punkt 5").
EARLIER = {
    3: ("Kommunalbestyrelsen", "2012-01-30", 5),
    4: ("Sundheds- og Forebyggelsesudvalget", "2012-05-30", 7),
}


def test_decisions(meeting: Meeting) -> None:
    for item in meeting.items:
        assert len(item.decisions) == (2 if item.number in EARLIER else 1), item.number
        decision = item.decisions[-1]  # oldest first: this meeting's decision comes last
        assert (decision.body, decision.date, decision.item_number) == (BODY, DATE, item.number)
        assert flat(decision.text) == DECISION_TEXTS[item.number]
        assert decision.against == () and decision.absent == ()


def test_earlier_treatments_are_decisions_without_text(meeting: Meeting) -> None:
    """The document records that another body treated the item, not what it decided: text ""."""
    for number, (body, date, item_number) in EARLIER.items():
        item = meeting.item(number)
        assert item is not None
        earlier = item.decisions[0]
        assert (earlier.body, earlier.date, earlier.item_number, earlier.text) == (body, date, item_number, "")
        # The line is not left in the item's text either.
        assert not any("Punkt " + str(item_number) in section.text for section in item.sections)
        assert item.sections[0].heading == "Sammendrag"


def test_sections_of_item_2(meeting: Meeting) -> None:
    item = meeting.item(2)
    assert item is not None
    assert [(s.kind, s.heading, s.page) for s in item.sections] == [
        (SectionKind.RESUME, "Sammendrag", 4),
        (SectionKind.OTHER, "Baggrund", 4),
        (SectionKind.SAGSFREMSTILLING, "Sagsfremstilling", 4),
        (SectionKind.OTHER, "Økonomiske konsekvenser og finansiering", 5),
        (SectionKind.BILAG, "Bilag", 5),
        (SectionKind.PROCEDURE, "Beslutningen træffes af", 5),
        (SectionKind.INDSTILLING, "Indstilling", 5),
    ]
    assert flat(item.indstilling) == (
        "Center for Ejendomme indstiller, at A) De foreslåede arbejder for bygningsvedligeholdelse 2013 under "
        "Sundheds- og Forebyggelsesudvalget godkendes. B) Anlægsbevilling på 1.316.000 kr. over projekt nr. "
        "650260, Vedligeholdelsesarbejder 2013 indgår i den samlede anlægssag, som fremlægges for "
        "Økonomiudvalget og Kommunalbestyrelsen."
    )
    # Sagsfremstilling runs across the page break (page 4 to 5) and stops at the next heading.
    sagsfremstilling = item.sections[2].text
    assert flat(sagsfremstilling).endswith("vil utætheder og lignende blive opdaget, så større skader undgås.")
    procedure = item.sections[5]
    assert procedure.text == BODY


def test_attachments(meeting: Meeting) -> None:
    assert {item.number: item.attachments for item in meeting.items} == {
        1: (
            "Hvordan udvikler vi det nære sundhedsvæsen sammen?",
            "Forebyggelse af ulighed i sundhedsvæsenet",
            "Redegørelse fra Træning og Aktivitet vedrørende Seniorrådets høringssvar",
        ),
        2: ("Bygningsliste og prioriteringssystem",),
        3: ("Kvalitetsstandarder for stof- og alkoholmisbrug 2013",),
        4: ("Forslag til taksreduktioner aflastningstilbuddet Torvevej",),
        5: ("KL’s proces vedrørende det nære sundhedsvæsen", "Det nære sundhedsvæsen - KL"),
        6: ("Prioritering af midler til kronikerindsats",),
        7: ("Aktivitetscenter Solvej 6 - Projektbeskrivelse",),
        8: (),  # "Bilag: Ingen"
    }


def test_item_1_sub_items_stay_in_the_item(meeting: Meeting) -> None:
    item = meeting.item(1)
    assert item is not None
    text = "\n".join(s.text for s in item.sections if s.kind is SectionKind.OTHER)
    for marker in ("a. Møder og konferencer", "c. Konference den 10. december 2012", "e. Sundheds- og"):
        assert marker in text


@pytest.mark.parametrize(
    ("name", "number", "title", "case_number", "attachment"),
    [
        ("ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04_punkt2.pdf", 2,
         "Bygningsvedligeholdelse 2013 - anlægsbevilling", "2012-28504", "Bygningsliste og prioriteringssystem"),
        ("ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04_punkt6.pdf", 6,
         "Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering for ældre", "2012-21786",
         "Prioritering af midler til kronikerindsats"),
    ],
)
def test_single_item_documents(name: str, number: int, title: str, case_number: str, attachment: str) -> None:
    meeting = parse_file(corpus_file(name))
    # No header: body and date come from the decision heading, the kind from there being a decision.
    assert (meeting.kind, meeting.body, meeting.date) == (MeetingKind.REFERAT, BODY, DATE)
    assert [(i.number, i.title, i.case_number, i.page) for i in meeting.items] == [(number, title, case_number, 1)]
    item = meeting.items[0]
    assert item.attachments == (attachment,)
    assert [(d.body, d.date, d.text, d.item_number) for d in item.decisions] == [
        (BODY, DATE, "Indstillingen godkendt", number)
    ]
    assert item.indstilling.startswith("Center for ")


def test_paragraphs_wrapped_by_the_layout_are_one_line(meeting: Meeting) -> None:
    """Ballerup wraps at about 80 characters and sets paragraphs a blank line apart."""
    item = meeting.item(2)
    assert item is not None
    assert item.sections[0].text.split("\n") == [
        "Det årlige bygningssyn er nu afsluttet, og der er foretaget en prioritering af aktiviteter for "
        "bygningsvedligeholdelse 2013.",
        "Planen for aktiviteter under Sundheds- og Forebyggelsesudvalget søges nu godkendt med henblik på "
        "frigivelse af anlægsmidlerne 1.316.000 kr. ved decembermødet i Kommunalbestyrelsen.",
        "Planer for de øvrige fagudvalg behandles sideløbende i de respektive udvalg, og "
        "sikkerhedsorganisationen orienteres ligeledes om indholdet.",
    ]
    # The line before ends far from the margin, but the next word would not have fitted.
    assert item.sections[1].text.startswith(
        "Som et led i Center for Ejendommes årshjul fremlægges bygningsvedligeholdelsesplanen for det kommende år"
    )
    assert "\n" not in item.sections[1].text
    assert item.indstilling.split("\n") == [
        "Center for Ejendomme indstiller, at",
        "A) De foreslåede arbejder for bygningsvedligeholdelse 2013 under Sundheds- og Forebyggelsesudvalget "
        "godkendes.",
        "B) Anlægsbevilling på 1.316.000 kr. over projekt nr. 650260, Vedligeholdelsesarbejder 2013 indgår i den "
        "samlede anlægssag, som fremlægges for Økonomiudvalget og Kommunalbestyrelsen.",
    ]


def test_a_table_keeps_its_rows_and_joins_a_wrapped_cell(meeting: Meeting) -> None:
    item = meeting.item(6)
    assert item is not None
    sagsfremstilling = next(section for section in item.sections if section.heading == "Sagsfremstilling")
    lines = sagsfremstilling.text.split("\n")
    assert "Forløbsprogrammer (patientuddannelse, træning samt koordination i forhold til KOL, diabetes, " \
           "hjerte-kar-sygdomme, lænde-ryglidelser samt kræft)" in lines
    assert lines[-4:] == [
        "Styrket sygeplejeindsats (akut- og modtageteam) 400.000 kr.",
        "Styring og opfølgning på indsatserne 100.000 kr.",
        "Tidlig opsporing (udvikling af redskaber mv.) 70.000 kr.",
        "I alt 2.890.000 kr.",
    ]



def test_single_item_document_paragraphs_are_joined_too() -> None:
    meeting = parse_file(corpus_file("ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04_punkt2.pdf"))
    item = meeting.items[0]
    baggrund = next(section for section in item.sections if section.heading == "Baggrund")
    assert baggrund.text == (
        "Som et led i Center for Ejendommes årshjul fremlægges bygningsvedligeholdelsesplanen for det kommende år "
        "ved Kommunalbestyrelsens møde i december med henblik på frigivelse af midler ved årsskiftet. De specifikke "
        "tiltag under Sundheds- og Forebyggelsesudvalget søges nu godkendt som en del af denne proces."
    )
