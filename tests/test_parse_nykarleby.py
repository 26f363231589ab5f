"""Nykarleby (Swedish, Finland): "N §" page footers, titles from the table of contents, a text
layer with wrongly mapped glyphs. What can be had: items with numbers and titles, no crash."""

from __future__ import annotations

import pytest
from conftest import corpus_file

from minutesapp.model import MeetingKind, SectionKind
from minutesapp.parsing import parse_file

FILES = {
    "nykarleby_ungdomsfullmaktige_2023-01-30.pdf": (MeetingKind.PROTOKOL, "2023-01-30", range(1, 10)),
    "nykarleby_ungdomsfullmaktige_2023-05-09.pdf": (MeetingKind.PROTOKOL, "2023-05-09", range(16, 23)),
    "nykarleby_radet-for-funktionshindrade_2023-05-24.pdf": (MeetingKind.PROTOKOL, "2023-05-24", range(10, 20)),
    "nykarleby_valfardsnamnden_2022-09-15.pdf": (MeetingKind.PROTOKOL, "2022-09-15", range(39, 50)),
    "nykarleby_personalsektionen_2023-03-28.pdf": (MeetingKind.PROTOKOL, "2023-03-28", range(13, 25)),
    "nykarleby_personalsektionen_2023-05-29.pdf": (MeetingKind.PROTOKOL, "2023-05-29", range(25, 39)),
    "nykarleby_stadsstyrelsen-foredragningslista_2022-09-26.pdf": (MeetingKind.DAGSORDEN, "2022-09-26",
                                                                   range(188, 203)),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_items_found_without_crashing(name: str) -> None:
    kind, date, numbers = FILES[name]
    meeting = parse_file(corpus_file(name))
    assert meeting.kind is kind
    assert meeting.date == date
    assert [item.number for item in meeting.items] == list(numbers)
    assert all(item.title for item in meeting.items)
    pages = [item.page for item in meeting.items]
    assert pages == sorted(pages) and pages[0] is not None and pages[0] >= 3  # after cover and contents


def test_ungdomsfullmaktige_in_detail() -> None:
    meeting = parse_file(corpus_file("nykarleby_ungdomsfullmaktige_2023-01-30.pdf"))
    assert meeting.body == "Ungdomsfullmäktige"
    assert meeting.start_time == "16:15"
    assert meeting.participants == (
        "Haverinen Emilia", "Sjöström William", "Harald Amanda", "Sundvik Evelina", "Wingren Tindra",
    )
    assert meeting.absent == ("Storskrubb Julia", "Liljeqvist Ella", "Nystedt Elias", "Sikkilä Alex")
    # Titles come from the table of contents, which the text layer renders correctly.
    assert [item.title for item in meeting.items] == [
        "Sammanträdets laglighet och beslutförhet",
        "Val av protokolljusterare",
        "Godkännande av föredragningslistan",
        "Val av vice ordförande i ungdomsfullmäktige",
        "Dagens gäst; Välfärdschef",
        "Det våras för ungdomsfullmäktige",
        "Kortkurs för ungdomar; En jämställd och jämlik vardag för unga",
        "Vårens möten, ungdomsfullmäktige",
        "Övriga ärenden, ungdomsfullmäktige 30.1.2023, ersättare i ungdomsfullmäktige",
    ]
    first = meeting.items[0]
    assert [(d.body, d.date, d.item_number) for d in first.decisions] == [("Ungdomsfullmäktige", "2023-01-30", 1)]
    assert first.decisions[0].text.startswith("Sammanträdet konstaterades lagligt sammankallat")
    second = meeting.items[1]
    assert second.sections_of(SectionKind.INDSTILLING)[0].heading == "Förslag"
    fourth = meeting.items[3]
    assert fourth.case_number == "NKBY/723/00.00.01.05/2022"
    # Earlier treatments: each decision takes the date and § of the line naming its meeting.
    assert [(d.body, d.date, d.item_number) for d in fourth.decisions] == [
        ("Ungdomsfullmäktige", "2022-11-28", 39),
        ("Stadsstyrelsen", "2022-12-19", 284),
        ("Ungdomsfullmäktige", "2023-01-30", 4),
    ]
    # The "<Organ> <date>, N §" lines pdfium ended with a hyphen marker are not run together,
    # and the one before each heading goes with that heading, not into the text above it.
    every_text = [s.text for s in fourth.sections] + [d.text for d in fourth.decisions]
    assert not any("§-" in text for text in every_text)
    assert fourth.decisions[0].text.endswith("mandatperioden 2021-2023.")
    assert fourth.decisions[1].text == "Stadsstyrelsens beslut i enlighet med stadsdirektörens förslag."


def test_agenda_has_no_empty_decisions() -> None:
    meeting = parse_file(corpus_file("nykarleby_stadsstyrelsen-foredragningslista_2022-09-26.pdf"))
    assert meeting.body == "Stadsstyrelsen"
    first = meeting.item(188)
    assert first is not None
    assert first.title == "Sammanträdets laglighet och beslutförhet"
    assert first.decisions == ()  # "Stadsstyrelsens beslut:" with nothing under it yet
    assert all(decision.text for item in meeting.items for decision in item.decisions)


def test_a_word_hyphenated_into_the_page_footer_is_joined_across_the_page() -> None:
    """pdfium runs "reparations" (hyphenated at the page's end) into the footer "193 §"."""
    meeting = parse_file(corpus_file("nykarleby_stadsstyrelsen-foredragningslista_2022-09-26.pdf"))
    item = meeting.item(193)
    assert item is not None
    text = "\n".join(section.text for section in item.sections)
    assert "göra at reparationsskulden stiger till ca 18 miljoner euro" in text
    assert "193 §" not in text
    permit = meeting.item(195)
    assert permit is not None
    assert "har avsevärda skadliga miljökonsekvenser" in "\n".join(section.text for section in permit.sections)


def test_wrapped_lines_are_joined_and_list_points_kept() -> None:
    meeting = parse_file(corpus_file("nykarleby_stadsstyrelsen-foredragningslista_2022-09-26.pdf"))
    first = meeting.items[0]
    assert first.sections[0].text.split("\n")[0] == (
        "Ordförande öppnar sammanträdet och konstaterar om stadsstyrelsen är lagligt sammankallad och beslutörr"
    )
    texts = "\n".join(section.text for item in meeting.items for section in item.sections).split("\n")
    assert ("Stadsstyrelsen beslutar att inte utöva sin rätt att överta behandlingen av något av de ärenden som "
            "det fattats beslut om på ovan nämnda sammanträden.") in texts
    bullets = [text for text in texts if text.startswith("• ")]
    assert len(bullets) >= 3 and all(not text.startswith("• ", 2) for text in bullets)


# Body and place as each file's header gives them: page 1's "Organ ..." line, or the
# second header block where page 1's text layer garbled a label or the name.
HEADER_FACTS = {
    "nykarleby_ungdomsfullmaktige_2023-01-30.pdf": (
        "Ungdomsfullmäktige", "Stadshuset, Hällgrund, Topeliusesplanaden 7 och som e-möte"),
    "nykarleby_ungdomsfullmaktige_2023-05-09.pdf": (
        "Ungdomsfullmäktige", "Stadshuset, Topeliusesplanaden 7 och som e-möte"),
    # Page 1 reads "Organ Rådet för funktinnshndrade" and "Sammanträdenplatn ...".
    "nykarleby_radet-for-funktionshindrade_2023-05-24.pdf": (
        "Rådet för funktionshindrade", "Stadshuset, Topeliusesplanaden 7"),
    "nykarleby_valfardsnamnden_2022-09-15.pdf": ("Välfärdsnämnden", "Stadshuset, stadsstyrelsens rum"),
    # Most of its "...s beslut:" headings read "Personalsektonen": page 1's name still wins.
    "nykarleby_personalsektionen_2023-03-28.pdf": ("Personalsektionen", "Stadshuset, Topeliusesplanaden 7"),
    "nykarleby_personalsektionen_2023-05-29.pdf": ("Personalsektionen", "Stadshuset, Topeliusesplanaden 7"),
    # An agenda: only the label-column block, no "Organ ..." line.
    "nykarleby_stadsstyrelsen-foredragningslista_2022-09-26.pdf": (
        "Stadsstyrelsen", "Stadshuset, Topeliusesplanaden 7"),
}


@pytest.mark.parametrize("name", sorted(HEADER_FACTS))
def test_body_and_place(name: str) -> None:
    meeting = parse_file(corpus_file(name))
    assert (meeting.body, meeting.location) == HEADER_FACTS[name]
    own = [d for item in meeting.items for d in item.decisions if d.date == meeting.date]
    assert own and all(d.body == meeting.body for d in own if d.body and d.body[:4] == meeting.body[:4])
