"""The notes sheet's content: which items, in which order, with which quotes, notes and texts.

``annotated_aarhus`` is shared with the other export tests: the Aarhus minutes with a note,
highlights, a star and one highlight that a later version no longer has.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import corpus_file

from minutesapp.annotations import AnnotationStore, MarkKind, attach, item_text
from minutesapp.annotations.meeting_view import MeetingAnnotations
from minutesapp.export import ExportOptions, build_sheet
from minutesapp.export.labels import danish_date, highlight_colour
from minutesapp.model import Meeting
from minutesapp.parsing import parse_file

AARHUS = "aarhus_byraad_2025-08-27.pdf"
MARKUP_NOTE = "Spørg om <b>prisen</b> & <img src=x> – „hvad koster det?“ (ÆØÅ’s)\nAnden linje"


def highlight(store: AnnotationStore, meeting: Meeting, number: int, phrase: str, colour: str, comment: str) -> None:
    text = item_text(meeting.item(number))
    start = text.index(phrase)
    store.add_highlight(meeting, number, start, start + len(phrase), colour, comment)


def annotate(store: AnnotationStore, meeting: Meeting) -> Meeting:
    """Annotate items 6, 2, 9 and 12 (out of order on purpose); return a version without item 12's text."""
    store.set_note(meeting, 6, "Diskrimination: spørg til handlingsplanen.")
    store.set_note(meeting, 2, MARKUP_NOTE)
    highlight(store, meeting, 2, "publikumsrettede arealer", "yellow", "Vigtigt – husk at spørge")
    highlight(store, meeting, 6, "diskrimination i Aarhus", "green", "")
    store.set_mark(meeting, 9, MarkKind.STAR)
    store.set_mark(meeting, 3, MarkKind.READ)  # read alone does not put an item on the sheet
    highlight(store, meeting, 12, "Lisbjerg", "pink", "Denne forsvinder")
    item12 = meeting.item(12)
    assert item12 is not None
    emptied = dataclasses.replace(item12, title="Anlægsbevilling til nyt anlæg", sections=(), decisions=())
    return dataclasses.replace(meeting, items=tuple(emptied if i.number == 12 else i for i in meeting.items))


@pytest.fixture
def aarhus() -> Meeting:
    return parse_file(corpus_file(AARHUS))


@pytest.fixture
def store() -> Iterator[AnnotationStore]:
    opened = AnnotationStore.open()
    yield opened
    opened.close(backup=False)


@pytest.fixture
def annotated(aarhus: Meeting, store: AnnotationStore) -> tuple[Meeting, MeetingAnnotations]:
    """The changed version of the Aarhus minutes and the annotations attached to it."""
    changed = annotate(store, aarhus)
    return changed, attach(changed, store)


def test_only_annotated_items_in_agenda_order(annotated: tuple[Meeting, MeetingAnnotations]) -> None:
    meeting, view = annotated
    sheet = build_sheet(meeting, view, ExportOptions(), exported_on=date(2025, 8, 25))
    assert [i.number for i in sheet.items] == [2, 6, 9]
    two = sheet.items[0]
    assert two.title.startswith("Svar på forslag fra DD om principbeslutning")
    assert two.case_number == "EMN-2025-003383"
    assert two.notes == (MARKUP_NOTE,)
    assert [(q.text, q.colour, q.comment) for q in two.quotes] == [
        ("publikumsrettede arealer", "yellow", "Vigtigt – husk at spørge")
    ]
    assert sheet.items[2].starred and not sheet.items[2].notes
    assert two.indstilling is None and two.decisions is None and two.writing_lines == 0


def test_title_block_facts(annotated: tuple[Meeting, MeetingAnnotations]) -> None:
    meeting, view = annotated
    sheet = build_sheet(meeting, view, ExportOptions(), exported_on=date(2025, 8, 25))
    assert (sheet.title, sheet.kind, sheet.location) == ("Aarhus Byråd", "Referat", "Byrådssalen")
    assert sheet.when == "Onsdag 27. august 2025, kl. 16.00"
    assert sheet.source_name == AARHUS
    assert sheet.exported_on == "25. august 2025"
    assert sheet.document_title == "Aarhus Byråd 27. august 2025 – noter"


def test_lost_highlight_listed_not_dropped(annotated: tuple[Meeting, MeetingAnnotations]) -> None:
    meeting, view = annotated
    sheet = build_sheet(meeting, view, ExportOptions())
    assert 12 not in [i.number for i in sheet.items]
    [lost] = sheet.not_found
    assert (lost.item_number, lost.quote, lost.colour, lost.text) == (12, "Lisbjerg", "pink", "Denne forsvinder")


def test_indstilling_and_beslutning_on_request(annotated: tuple[Meeting, MeetingAnnotations]) -> None:
    meeting, view = annotated
    sheet = build_sheet(meeting, view, ExportOptions(indstilling=True, beslutning=True))
    two, six, nine = sheet.items
    assert two.indstilling is not None and two.indstilling.startswith("Det indstilles:")
    assert "publikumsrettede arealer i stueetagen" in two.indstilling
    assert six.decisions is not None
    # this meeting's decision first, then the earlier treatments (Sagsforløb)
    assert six.decisions[0].heading == "Aarhus Byråd, 27. august 2025"
    assert six.decisions[0].text.startswith("Tilbagesendes Borgmesterens Afdeling")
    assert six.decisions[0].against == (
        "Enhedslisten de Rød-Grønne",
        "Danmarksdemokraternes byrådsgruppe (beslutningspunkt 5)",
    )
    assert [d.heading for d in six.decisions[1:]][0] == "Aarhus Byråd, 22. januar 2025 (punkt 18)"
    assert nine.decisions and nine.decisions[0].text.startswith("Fremsendes med ændringsforslaget")


def test_all_items_preparation_sheet(annotated: tuple[Meeting, MeetingAnnotations]) -> None:
    meeting, view = annotated
    sheet = build_sheet(meeting, view, ExportOptions(all_items=True))
    assert [i.number for i in sheet.items] == list(range(1, 22))
    by_number = {i.number: i for i in sheet.items}
    assert by_number[1].writing_lines > by_number[2].writing_lines > 0  # room to write, less under notes
    assert sheet.document_title.endswith("forberedelse")


def test_nothing_annotated_is_empty(aarhus: Meeting, store: AnnotationStore) -> None:
    view = attach(aarhus, store)
    assert build_sheet(aarhus, view, ExportOptions()).is_empty
    assert not build_sheet(aarhus, view, ExportOptions(all_items=True)).is_empty


def test_danish_labels() -> None:
    assert danish_date("2025-02-03") == "3. februar 2025"
    assert danish_date("ukendt") == "ukendt"
    assert highlight_colour("yellow").name == "gul"
    assert highlight_colour("#3366CC").bar == "#3366cc"
    assert highlight_colour("chartreuse").name == "chartreuse"  # unknown names still say what they were


def test_sheet_keeps_source_name_from_any_path(aarhus: Meeting, store: AnnotationStore) -> None:
    store.set_note(aarhus, 1, "x")
    moved = dataclasses.replace(aarhus, source=dataclasses.replace(aarhus.source, path=str(Path("/a/b/kopi.pdf"))))
    assert build_sheet(moved, attach(moved, store), ExportOptions()).source_name == "kopi.pdf"
