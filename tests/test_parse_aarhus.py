"""Aarhus Byråd (FirstAgenda PDF): Beslutninger first, upper-case part headings, Sagsforløb,
numbered and unnumbered Bilag, a closed item. Expectations read off the document."""

from __future__ import annotations

import pytest
from conftest import corpus_file

from minutesapp.model import Decision, Meeting, MeetingKind, SectionKind
from minutesapp.parsing import parse_file

NAME = "aarhus_byraad_2025-08-27.pdf"
BYRAAD = "Aarhus Byråd"
MEETING_DATE = "2025-08-27"

# (number, title, case number, page of "Punkt N:")
ITEMS = [
    (1, "Godkendelse af dagsorden", "EMN-2023-009832", 3),
    (2, "Svar på forslag fra DD om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø",
     "EMN-2025-003383", 4),
    (3, "Svar på forslag fra KF og M om at halvere prisen på parkering i kommunale P-huse", "EMN-2025-003928", 6),
    (4, "Svar på forslag fra V om at farten skal ned på Grenåvej i Løgten & Skødstrup", "EMN-2025-004084", 8),
    (5, "Revisionspåtegning og endelig godkendelse af regnskab 2024", "EMN-2025-008579", 10),
    (6, "Svar på forslag fra RV om politik og handlingsplan mod diskrimination i Aarhus", "EMN-2025-000517", 11),
    (7, "Afrapportering på klimaregnskab samt orientering om ny 2030-fremskrivning", "EMN-2025-008528", 14),
    (8, "Afsluttede anlægsregnskaber for Teknik og Miljø 2024", "EMN-2025-005495", 15),
    (9, "Bro mellem Dokk1 og Balticagade", "EMN-2025-006675", 16),
    (10, "Lokalplan 1221 (tillæg 2 til lokalplan 411) – Erhvervsområde ved Kattrup, Hasselager-Kolt, med tillæg 1"
     " - Endelig", "EMN-2025-008468", 17),
    (11, "Anlægsbevilling til Kongeruten i Kongelunden", "EMN-2025-007373", 18),
    (12, "Anlægsbevilling til nyt idrætsanlæg i Lisbjerg", "EMN-2025-007459", 19),
    (13, "Mulighed for skoleskift til Ravnbakkeskolen", "EMN-2025-007142", 20),
    (14, "Justering af ramme for kvalitetsopfølgning og tilsyn i Børn og Unge", "EMN-2025-008370", 21),
    (15, "Forslag fra M om styrket implementering af relationel velfærd", "EMN-2025-008774", 22),
    (16, "Forslag fra M om International Aarhus 2.0", "EMN-2025-008892", 23),
    (17, "Forslag fra DD og LA om Aarhus som testkommune for selvkørende biler", "EMN-2025-008893", 24),
    (18, "Forslag fra EL og Viggo Jonasen, UFP, om særskilt budgettering af specialundervisning",
     "EMN-2025-008908", 25),
    (19, "Forslag fra EL og Viggo Jonasen, UFP, om tabt arbejdsfortjeneste ved skolevægring og lignende",
     "EMN-2025-008910", 26),
    (20, "Forslag fra SF og ALT om Østjysk Marin Naturnationalpark", "EMN-2025-008912", 27),
    (21, "Køb af landbrugsejendom", "EMN-2025-007940", 28),
]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def meeting() -> Meeting:
    return parse_file(corpus_file(NAME))


def own_decision(meeting: Meeting, number: int) -> Decision:
    item = meeting.item(number)
    assert item is not None
    own = [d for d in item.decisions if d.body == BYRAAD and d.date == MEETING_DATE]
    assert len(own) == 1
    return own[0]


def test_header(meeting: Meeting) -> None:
    assert meeting.kind is MeetingKind.REFERAT
    assert (meeting.body, meeting.date, meeting.start_time, meeting.location) == (
        BYRAAD,
        MEETING_DATE,
        "16:00",
        "Byrådssalen",
    )


def test_all_items(meeting: Meeting) -> None:
    assert [(i.number, i.title, i.case_number, i.page) for i in meeting.items] == ITEMS
    assert [i.number for i in meeting.items if i.closed] == [21]


def test_item_1_has_only_its_decision(meeting: Meeting) -> None:
    item = meeting.item(1)
    assert item is not None
    assert item.sections == ()
    assert item.decisions == (Decision(BYRAAD, MEETING_DATE, "Godkendt.", item_number=1),)


def test_item_2_sections(meeting: Meeting) -> None:
    item = meeting.item(2)
    assert item is not None
    assert [(s.kind, s.heading, s.page) for s in item.sections] == [
        (SectionKind.OTHER, "BESLUTNINGSFORSLAG FRA DD", 4),
        (SectionKind.OTHER, "INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ", 4),
        (SectionKind.RESUME, "Resume", 4),
        (SectionKind.INDSTILLING, "Beslutningspunkter", 4),
        (SectionKind.OTHER, "Borgmesterens Afdelings påtegning", 4),
        (SectionKind.BILAG, "Bilag", 5),
    ]
    # The proposal's own sub-headings stay inside it.
    assert item.sections[0].text.startswith("Baggrund:\nHavnens Perle har været en fast del af Aarhus Havns")
    assert "Begrundelse:" in item.sections[0].text
    assert flat(item.indstilling).startswith(
        "Det indstilles: At 1) der i forbindelse med den kommende konkretisering af planerne for Pier 3"
    )
    assert flat(item.indstilling).endswith("for at drøfte muligheder og vilkår for en kommende permanent placering.")


def test_item_2_decisions_with_sagsforloeb(meeting: Meeting) -> None:
    item = meeting.item(2)
    assert item is not None
    assert [(d.body, d.date, d.item_number) for d in item.decisions] == [
        (BYRAAD, "2025-03-26", 21),
        (BYRAAD, "2025-04-09", 3),
        ("Magistraten", "2025-08-19", 4),
        (BYRAAD, MEETING_DATE, 2),
    ]
    postponed, sent_on, magistraten, own = item.decisions
    assert postponed.text == "Sagens behandling blev udsat i byrådets møde den 26. marts 2025."
    assert flat(sent_on.text) == (
        "Fremsendes til Magistratsafdelingen for Teknik og Miljø med henblik på udarbejdelse af en indstilling, "
        "jf. byrådets vedtagelse i mødet den 9. april 2025 om magistratsbehandling af forslaget. "
        "Sagen bedes tilbagesendt byrådet via Magistraten."
    )
    assert magistraten.absent == ("Jesper Kjeldsen",)
    assert magistraten.against == ()
    assert flat(magistraten.text).endswith(
        "Socialdemokratiet tog forbehold. Jesper Kjeldsen deltog ikke i sagens behandling."
    )
    assert own.text == (
        "Fremsendes til Teknisk Udvalg til behandling i henhold til beslutning i byrådets møde den 27. august 2025."
    )


def test_dissent_in_the_meetings_decisions(meeting: Meeting) -> None:
    # "... byrådsgrupper og Viggo Jonasen kunne ikke tiltræde indstillingens beslutningspunkter 1 og 2."
    assert own_decision(meeting, 3).against == (
        "Socialistisk Folkepartis byrådsgruppe (beslutningspunkter 1 og 2)",
        "Enhedslisten de Rød-Grønnes byrådsgruppe (beslutningspunkter 1 og 2)",
        "Viggo Jonasen (beslutningspunkter 1 og 2)",
        "Radikale Venstres byrådsgruppe",
        "Alternativets byrådsgruppe",
    )
    assert own_decision(meeting, 4).against == ("Socialdemokratiets byrådsgruppe",)
    # A partial dissent is not a vote against the whole: its scope stays with the name.
    assert own_decision(meeting, 6).against == (
        "Enhedslisten de Rød-Grønne",
        "Danmarksdemokraternes byrådsgruppe (beslutningspunkt 5)",
    )
    assert own_decision(meeting, 5).against == ()
    item_9 = meeting.item(9)
    assert item_9 is not None
    magistraten = [d for d in item_9.decisions if d.body == "Magistraten"]
    assert [(d.date, d.against) for d in magistraten] == [("2025-08-12", ("Liberal Alliance", "Alternativet"))]


def test_item_6_history_has_four_treatments(meeting: Meeting) -> None:
    item = meeting.item(6)
    assert item is not None
    assert [(d.body, d.date, d.item_number) for d in item.decisions] == [
        (BYRAAD, "2025-01-22", 18),
        ("Magistraten", "2025-06-17", 2),
        (BYRAAD, "2025-06-25", 4),
        ("Økonomi- og Erhvervsudvalget", "2025-08-20", 4),
        (BYRAAD, MEETING_DATE, 6),
    ]
    committee = item.decisions[3]
    assert committee.against == ()  # "kunne tiltræde" and "tog forbehold" are not dissent
    assert flat(committee.text).startswith("Et flertal i udvalget kunne tiltræde indstillingen")


def test_closed_item_21(meeting: Meeting) -> None:
    item = meeting.item(21)
    assert item is not None
    assert item.closed and item.sections == () and item.attachments == ()
    assert len(item.decisions) == 1
    decision = item.decisions[0]
    assert (decision.body, decision.date, decision.item_number) == (BYRAAD, MEETING_DATE, 21)
    assert flat(decision.text) == (
        "Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den "
        "27. august 2025 har vedtaget Magistratens foranstående indstilling af 19. august 2025."
    )


def test_every_item_has_the_meetings_decision(meeting: Meeting) -> None:
    for number in range(1, 22):
        assert own_decision(meeting, number).text


def test_attachments(meeting: Meeting) -> None:
    attachments = {item.number: item.attachments for item in meeting.items}
    assert attachments[1] == ()
    assert attachments[2] == (
        "Indstilling",
        "Beslutningsforslag",
        "Meningstilkendegivelse Havnens Perle (påført 07.04.2025)",
        "Byrådsdebat 09.04.2025",
        "Meningstilkendegivelse Havnens Perle (påført 27.08.2025)",
    )
    # The list runs on to the next page.
    assert attachments[6] == (
        "Indstilling",
        "Beslutningsforslag",
        "Meningstilkendegivelse HORESTA (påført 22.01.2025)",
        "Meningstilkendegivelse Restauratørnetværket i Aarhus (påført 22.01.2025)",
        "Byrådsdebat 22.01.2025",
        "Byrådsdebat 25.06.2025",
        "Udvalgserklæring",
        "Notat, 18.08.25, BA",
        "Meningstilkendegivelse Horesta 19.08.2025",
        "Meningstilkendegivelse Restauratørnetværket 19.08.2025",
    )
    # A title wrapped onto a second line is one attachment.
    assert attachments[10] == (
        "Indstilling",
        "Forslag til lokalplan nr. 1221, tillæg 2 til lokalplan nr. 411, Erhvervsområde ved Kattrup i "
        "Hasselager-Kolt med tillæg 1",
        "Samlede høringssvar fra den offentlige høring",
        "Forslag til besvarelse af høringssvar",
        "Transskribering af byrådsdebatten, 24. april 2024 fra vedtagelsen af forslag til lokalplan",
        "Meningstilkendegivelse 26.08.2025 Lisbeth Johnsen (påført 26.08.2025)",
        "Meningstilkendegivelse 24.04.2024 Lisbeth Johnsen (påført 26.08.2025)",
    )
    assert attachments[13] == ("Indstilling",)
    assert attachments[20] == ("Beslutningsforslag SF og ALT 18.08.2025",)


def test_sections_cross_page_breaks(meeting: Meeting) -> None:
    item = meeting.item(6)
    assert item is not None
    proposal = item.sections[0]
    assert proposal.heading == "BESLUTNINGSFORSLAG FRA RV" and proposal.page == 11
    # The proposal (page 11) runs on until "INDSTILLING FRA BORGMESTERENS AFDELING" on page 12.
    assert flat(proposal.text).endswith("Mahad Yussuf, Metin Lindved Aydin og Rabih Azad-Ahmad (ordfører)")
    assert [s.page for s in item.sections if s.heading.startswith("INDSTILLING FRA")] == [12]


# FirstAgenda's unlabelled one-line abstracts, set off from the decision above only by a
# paragraph gap (17.6 pt where the line pitch is 12.2 pt).
ABSTRACTS = {
    8: "Indstillingen vedrører anlægsregnskaber for anlægsprojekter over 50 mio. kr. afsluttet i 2024.",
    10: "Endelig vedtagelse af forslag til Lokalplan nr. 1221, tillæg 2 til lokalplan nr. 411 – Erhvervsområde ved",
    12: "Anlægsbevilling til etablering af to kunstgræsbaner med klubhusfaciliteter, ankomstareal og outdoor.",
    13: "Forslag om udvidelse af retten til skoleskift til Ravnbakkeskolen",
    14: "Forslag om opdatering af den byrådsbesluttede ramme for kvalitetsopfølgning og tilsyn",
}


def test_unlabelled_abstract_is_a_resume_section_not_decision_text(meeting: Meeting) -> None:
    for item in meeting.items:
        resumes = item.sections_of(SectionKind.RESUME)
        decision = own_decision(meeting, item.number)
        if item.number in ABSTRACTS:
            assert [s.heading for s in resumes] == ["Resumé", "Resume"], item.number
            assert item.sections[0] is resumes[0]  # before the printed Resume
            assert flat(resumes[0].text).startswith(ABSTRACTS[item.number])
            assert resumes[0].page == item.page
            assert ABSTRACTS[item.number][:40] not in flat(decision.text)
        else:
            assert "Resumé" not in [s.heading for s in item.sections], item.number
    eight = own_decision(meeting, 8)
    assert flat(eight.text) == (
        "Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den 27. august"
        " 2025 har vedtaget Magistratens foranstående indstilling af 12. august 2025."
    )


def test_lines_the_layout_wrapped_are_one_paragraph(meeting: Meeting) -> None:
    """pdfium ends every printed line; the geometry says which ends were only wrapping."""
    item = meeting.item(2)
    assert item is not None
    magistraten = next(d for d in item.decisions if d.body == "Magistraten")
    assert magistraten.text.split("\n") == [
        "Fremsendes til Aarhus Byråd med bemærkning, at Magistraten i mødet den 19. august 2025 anbefaler, at "
        "byrådet tiltræder Magistratsafdelingen for Teknik og Miljøs indstilling af 16. juni 2025.",
        "Socialdemokratiet tog forbehold.",
        "Jesper Kjeldsen deltog ikke i sagens behandling.",
    ]
    assert magistraten.absent == ("Jesper Kjeldsen",)
    resume = next(s for s in item.sections if s.heading == "Resume")
    assert resume.text.split("\n")[0] == (
        "Den 9. april 2025 behandlede byrådet forslag fra Danmarksdemokraterne om at sikre en fremtidig placering "
        "af Havnens Perle på Aarhus Ø."
    )


def test_indstilling_points_stay_lines_of_their_own(meeting: Meeting) -> None:
    item = meeting.item(2)
    assert item is not None
    assert item.indstilling.split("\n") == [
        "Det indstilles:",
        "At 1) der i forbindelse med den kommende konkretisering af planerne for Pier 3 og Aarhus Ø sikres plads "
        "til publikumsrettede arealer i stueetagen i form af restauranter, caféer og lignende.",
        "At 2) Teknik og Miljø anbefaler Havnens Perle at tage fat i kommende aktører på Aarhus Ø for at drøfte "
        "muligheder og vilkår for en kommende permanent placering.",
    ]
    proposal = next(s for s in item.sections if s.heading == "BESLUTNINGSFORSLAG FRA DD")
    lines = proposal.text.split("\n")
    assert lines[0] == "Baggrund:"  # a sub-heading stays on its own line
    assert "Danmarksdemokraterne foreslår derfor at," in lines
    assert ("1. Aarhus Byråd træffer en principbeslutning om, at der skal findes en permanent placering til "
            "Havnens Perle på Aarhus Ø.") in lines


def test_a_heading_in_body_type_stays_a_line(meeting: Meeting) -> None:
    item = meeting.item(17)
    assert item is not None
    lines = "\n".join(s.text for s in item.sections).split("\n")
    assert "Forslag" in lines
    assert "Danmarksdemokraterne og Liberal Alliance foreslår:" in lines
