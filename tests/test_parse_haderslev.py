"""Haderslev's referat (plain text): the reference layout. Expectations read off the document."""

from __future__ import annotations

import hashlib

import pytest
from conftest import corpus_file

from minutesapp.model import Decision, Meeting, MeetingKind, SectionKind
from minutesapp.parsing import parse_file

NAME = "haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"
BODY = "Beskæftigelse- og Borgerserviceudvalget"

ITEMS = [
    (106, "Godkendelse af dagsorden", "21/24526"),
    (107, "Anbefaling af kompetenceplan 2026-2029", "25/25660"),
    (108, "Status på implementeringen af arbejdspligten", "25/12638"),
    (109, "Status på Voicebot", "24/24109"),
    (110, "Opfølgning på Beskæftigelsespolitikens målsætninger", "24/25757"),
    (111, "Orientering om A-kassernes overtagelse af kontaktføreløbet", "24/2046"),
    (112, "Samarbejdsaftale", "25/4896"),
    (113, "Gensidig orientering", "21/24526"),
    (114, "Eventuelt", "21/24526"),
    (115, "Evaluering af dagens møde", "21/24526"),
    (116, "Underskriftsside", "21/24526"),
]


@pytest.fixture(scope="module")
def meeting() -> Meeting:
    return parse_file(corpus_file(NAME))


def test_header(meeting: Meeting) -> None:
    assert meeting.kind is MeetingKind.REFERAT
    # The electoral period "(2022-2025)" is dropped so the body matches its decision headings.
    assert meeting.body == BODY
    assert meeting.date == "2025-12-11"
    assert meeting.start_time == "15:30"
    assert meeting.location == "Aarø Sund Badehotel"
    assert meeting.participants == (
        "Jon Krongaard",
        "Inga Lykke",
        "Thomas Vedsted",
        "Kristina W. Møller",
        "Jens Friis Felber",
        "Finn Lykkeskov",
        "Helene Hellesø Appel",
    )
    assert meeting.absent == ()


def test_source_info() -> None:
    path = corpus_file(NAME)
    meeting = parse_file(path)
    assert meeting.source is not None
    assert meeting.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert meeting.source.format == "text"
    assert meeting.source.pages == 1
    assert meeting.source.path == str(path)


def test_items_numbers_titles_case_numbers(meeting: Meeting) -> None:
    # The table of contents ("Godkendelse af dagsorden.....\t3") gives no items.
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == ITEMS


def test_closed_item_is_only_its_decision(meeting: Meeting) -> None:
    closed = [item.number for item in meeting.items if item.closed]
    assert closed == [112]
    item = meeting.item(112)
    assert item is not None
    assert item.sections == ()
    assert item.decisions == (Decision(BODY, "2025-12-11", "Godkendt.", item_number=112),)


def test_sections_of_item_107(meeting: Meeting) -> None:
    item = meeting.item(107)
    assert item is not None
    assert [(s.kind, s.heading) for s in item.sections] == [
        (SectionKind.RESUME, "Sagsresume"),
        (SectionKind.INDSTILLING, "Indstilling"),
        (SectionKind.SAGSFREMSTILLING, "Sagsfremstilling"),
        (SectionKind.PROCEDURE, "Procedure"),
        (SectionKind.BILAG, "Bilag"),
    ]
    assert item.indstilling.startswith("Kommunaldirektøren indstiller, at\n- De enkelte stående udvalg")
    assert item.indstilling.endswith("anbefaler den samlede kompetenceplan over for den kommende kommunalbestyrelse.")
    assert item.sections[0].text.startswith("Beslutning om anbefaling af ny kompetenceplan")


def test_decisions_of_item_107(meeting: Meeting) -> None:
    item = meeting.item(107)
    assert item is not None
    assert [(d.body, d.date) for d in item.decisions] == [
        ("Børne- og Familieudvalget", "2025-12-01"),
        ("Teknik- og Klimaudvalget", "2025-12-01"),
        ("Vækst- og Udviklingsudvalget", "2025-12-02"),
        ("Social- og Handicapudvalget", "2025-12-02"),
        ("Ungeudvalget", "2025-12-03"),
        ("Økonomiudvalget", "2025-12-09"),
        ("Land- og Byudviklingsudvalget", "2025-12-10"),
        ("Senior- og Sundhedsudvalget", "2025-12-11"),
        (BODY, "2025-12-11"),
    ]
    teknik = item.decisions[1]
    assert teknik.text == "Godkendt. Benny Bonde og Kim Kabelka stemmer imod."
    assert teknik.against == ("Benny Bonde", "Kim Kabelka")
    assert teknik.absent == ()
    land = item.decisions[6]
    assert land.text == "Udvalget anbefaler indstillingerne."  # "Fraværende:" + names is not text
    assert land.absent == ("Marie Skødt",)
    senior = item.decisions[7]
    assert senior.text.startswith("Godkendt med følgende bemærkninger:\nIndgåelse af Sundhedsaftale")
    assert senior.text.endswith("at indstillingen stadig sker med inddragelse af civilsamfundet.")
    assert senior.absent == ("Jens Chr. Gjesing",)
    assert senior.against == ()
    own = item.decisions[-1]
    assert (own.text, own.item_number) == ("Godkendt.", 107)
    assert item.decisions[0].item_number is None  # another committee's numbering is not printed


def test_own_decision_of_every_item(meeting: Meeting) -> None:
    own = {
        item.number: [d.text for d in item.decisions if d.body == BODY and d.date == "2025-12-11"]
        for item in meeting.items
    }
    assert own == {
        106: ["Godkendt."],
        107: ["Godkendt."],
        108: ["Drøftet."],
        109: ["Drøftet."],
        110: ["Drøftet."],
        111: ["Godkendt."],
        112: ["Godkendt."],
        113: [],
        114: [],
        115: [],
        116: [],
    }


def test_attachments(meeting: Meeting) -> None:
    attachments = {item.number: item.attachments for item in meeting.items}
    assert attachments[107] == (
        "Kompetenceplan 2026-2029_udkast ren.pdf",
        "Kompetenceplan for perioden 2022-2025, markering af ændringer.pdf",
        "Kompetenceplan 2026-2029_udkast med tilføjelser markeret.pdf",
    )
    assert attachments[108] == (
        "Brev fra STAR om data om arbejdspligt",
        "Opgørelsesmetode og dataindhold",
        "August 2025 - Data på arbejdspligten i Haderslev sammenlignet med hele landet",
        "Juni 2025 - Data på arbejdspligten i Haderslev sammenlignet med hele landet",
        "Marts 2025 - Data på arbejdspligten i Haderslev sammenlignet med hele landet",
    )
    assert attachments[109] == ("Ventetider i Omstillingen",)
    assert attachments[110] == ("Opfølgning Beskæftigelsespolitik 24-27 - nov 25",)
    assert attachments[111] == ("Forsikrede ledige i Haderslev Kommune - December 2025",)
    assert all(not attachments[n] for n in (106, 112, 113, 114, 115, 116))


def test_tables_keep_their_tab_separated_rows(meeting: Meeting) -> None:
    item = meeting.item(108)
    assert item is not None
    text = item.sections_of(SectionKind.SAGSFREMSTILLING)[0].text
    lines = text.split("\n")
    assert "August 2025\tAntal\t124\t43\t81\t50" in lines
    assert "November 25\t6\t29\t14\t25\t26\t6" in lines
    voicebot = meeting.item(109)
    assert voicebot is not None
    assert "Januar – april 2025\t29,5 %" in voicebot.sections_of(SectionKind.SAGSFREMSTILLING)[0].text.split("\n")
