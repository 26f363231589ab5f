"""The item detail document: order of parts, plain text only, collapsing, tables, marks for later."""

from __future__ import annotations

import dataclasses

from conftest import corpus_file
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor
from test_ui_support import make_meeting

from minutesapp.model import AgendaItem, Decision, MeetingKind, Section, SectionKind
from minutesapp.parsing import parse_file
from minutesapp.ui.formatting import format_date
from minutesapp.ui.i18n import LanguageSwitcher
from minutesapp.ui.item_document import (
    COLLAPSED_MARK,
    build_item_document,
    build_meeting_document,
    split_table_runs,
)
from minutesapp.ui.item_view import ItemView


def _doc(item: AgendaItem):
    return build_item_document(item, QPalette(), QFont())


def test_indstilling_and_decision_come_before_the_other_sections(qapp) -> None:
    text = _doc(make_meeting().item(2)).plain_text()
    order = [
        text.index("Anbefaling af kompetenceplan 2026-2029"),
        text.index("Kommunaldirektøren indstiller, at planen anbefales."),
        text.index("Indstillingen blev godkendt."),
        text.index("Beslutning om anbefaling af ny kompetenceplan."),  # resume
        text.index("Forvaltningen har udarbejdet et udkast."),  # sagsfremstilling
    ]
    assert order == sorted(order)
    assert "25/25660" in text
    assert "Peter Hansen (Ø)" in text and "Jens Friis Felber" in text
    assert "Økonomiudvalget, 11" in text  # the decision's body and date


def test_item_without_decision_says_so(qapp) -> None:
    meeting = make_meeting(MeetingKind.DAGSORDEN)
    text = _doc(meeting.item(4)).plain_text()
    assert "No decision yet" in text
    assert "No recommendation" in text


def test_beslutning_section_is_shown_when_there_is_no_decision_record(qapp) -> None:
    item = AgendaItem(
        number=7, title="Eventuelt", sections=(Section(SectionKind.BESLUTNING, "Beslutning", "Intet."),)
    )
    text = _doc(item).plain_text()
    assert "Intet." in text and "No decision yet" not in text
    assert text.count("Intet.") == 1


def test_html_is_shown_literally(qapp) -> None:
    item = make_meeting().item(4)
    document = _doc(item)
    text = document.plain_text()
    assert "<b>x</b> & <i>y</i>" in text
    assert "<script>alert(1)</script>" in text
    start, end = document.spans["title"]
    assert text[start:end] == "<b>x</b> & <i>y</i>"


def test_tab_separated_lines_become_a_table(qapp) -> None:
    document = _doc(make_meeting().item(2))
    tables = [t for s in document.sections.values() for t, _fmt in s.tables]
    assert len(tables) == 1
    table = tables[0]
    assert (table.rows(), table.columns()) == (3, 2)
    cursor = table.cellAt(2, 1).firstCursorPosition()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "2.500"


def test_split_table_runs_needs_two_tab_lines() -> None:
    runs = list(split_table_runs("intro\na\tb\nc\td\nout\nsolo\ttab"))
    assert runs == [("text", ["intro"]), ("table", ["a\tb", "c\td"]), ("text", ["out"]), ("text", ["solo\ttab"])]


def test_collapsing_hides_blocks_but_keeps_the_plain_text(qapp) -> None:
    document = _doc(make_meeting().item(2))
    before = document.plain_text()
    key = next(k for k, s in document.sections.items() if s.tables)
    section = document.sections[key]
    document.set_collapsed(key, True)
    after = document.plain_text()
    assert len(after) == len(before)
    assert after[section.mark_position] == COLLAPSED_MARK
    assert not document.document.findBlockByNumber(section.first_block).isVisible()
    document.toggle(key)
    assert document.plain_text() == before
    assert document.document.findBlockByNumber(section.first_block).isVisible()


def test_meeting_document_lists_header_and_items(qapp) -> None:
    text = build_meeting_document(make_meeting(), QPalette(), QFont()).plain_text()
    for expected in ("Beskæftigelse- og Borgerserviceudvalget", "15:30", "Aarø Sund Badehotel", "Inga Lykke"):
        assert expected in text
    assert "3. Lukket: Samarbejdsaftale" in text


def test_view_applies_format_ranges_at_displayed_offsets(qtbot) -> None:
    view = ItemView()
    qtbot.addWidget(view)
    view.show_item(make_meeting().item(2))
    text = view.displayed_text()
    start = text.index("planen anbefales")
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("yellow"))
    view.apply_format_ranges([(start, start + len("planen"), fmt)])
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    assert cursor.charFormat().background().color() == QColor("yellow")
    cursor.setPosition(start + len("planen") + 2)
    assert cursor.charFormat().background().color() != QColor("yellow")
    assert view.displayed_text() == text


def test_view_find_marks_every_hit(qtbot) -> None:
    view = ItemView()
    qtbot.addWidget(view)
    view.show_item(make_meeting().item(2))
    assert view.find_all("kompetenceplan") == 3  # title, resume, bilag
    view.select_hit(1)
    assert view.current_hit() == 1
    assert view.textCursor().selectedText().casefold() == "kompetenceplan"
    assert len(view.extraSelections()) == 3


def test_font_size_changes_the_document_font(qtbot) -> None:
    view = ItemView()
    qtbot.addWidget(view)
    view.show_item(dataclasses.replace(make_meeting().item(1)))
    view.set_font_size(17)
    assert view.document().defaultFont().pointSize() == 17


def _earlier_treatment_without_text() -> AgendaItem:
    """Like Ballerup's items: a treatment named by body, date and item, with no decision text."""
    return AgendaItem(
        number=3,
        title="Kvalitetsstandarder",
        decisions=(
            Decision("Kommunalbestyrelsen", "2012-01-30", "", item_number=5),
            Decision("Sundheds- og Forebyggelsesudvalget", "2012-12-04", "Indstilles til godkendelse", item_number=3),
        ),
    )


def test_a_treatment_without_text_shows_who_and_when_and_says_the_decision_is_not_given(qapp) -> None:
    item = _earlier_treatment_without_text()
    document = _doc(item)
    lines = document.plain_text().splitlines()
    heading = f"Kommunalbestyrelsen, {format_date('2012-01-30')} (item 5)"
    assert heading in lines
    assert lines[lines.index(heading) + 1] == "Treated – the minutes do not give the decision."
    assert "Indstilles til godkendelse" in lines
    assert document.plain_text().count("Treated –") == 1  # only the treatment without text
    start, end = document.spans["decision:0"]
    assert start == end  # no decision text to highlight


def test_a_lone_treatment_without_text_or_body_still_says_so(qapp) -> None:
    item = AgendaItem(number=4, title="Orientering", decisions=(Decision(None, None, ""),))
    text = _doc(item).plain_text()
    assert "Treated – the minutes do not give the decision." in text
    assert "No decision yet" not in text


def test_in_danish_the_treatment_reads_as_in_the_minutes(qapp) -> None:
    languages = LanguageSwitcher(qapp)
    try:
        assert languages.set_language("da")
        lines = _doc(_earlier_treatment_without_text()).plain_text().splitlines()
    finally:
        languages.set_language("en")
    heading = "Kommunalbestyrelsen, 30. januar 2012 (punkt 5)"
    assert heading in lines
    assert lines[lines.index(heading) + 1] == "Behandlet – referatet gengiver ikke beslutningen."


def test_ballerup_item_3_shows_its_earlier_treatment_and_its_decision(qapp) -> None:
    meeting = parse_file(corpus_file("ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"))
    item = meeting.item(3)
    assert item is not None
    lines = build_item_document(item, QPalette(), QFont(), meeting).plain_text().splitlines()
    heading = f"Kommunalbestyrelsen, {format_date('2012-01-30')} (item 5)"
    assert heading in lines
    assert lines[lines.index(heading) + 1] == "Treated – the minutes do not give the decision."
    # this meeting's own decision comes first, the earlier treatment after it
    assert lines.index("Indstilles til godkendelse") < lines.index("Earlier treatment") < lines.index(heading)
