"""Highlights in the reader window: view ↔ item_text offsets, round trip through the store, undo, orphans."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import corpus_file
from PySide6.QtGui import QTextCursor
from test_ui_annotation_support import (  # noqa: F401
    highlighted_positions,
    highlighted_text,
    languages,
    open_meeting,
    open_window,
    select_in_view,
    store_of,
)
from test_ui_support import make_meeting

from minutesapp.annotations import Highlight, ItemRef, item_text
from minutesapp.model import AgendaItem, Decision, Section, SectionKind
from minutesapp.ui.highlight_mapping import OffsetMap, source_parts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AARHUS = "aarhus_byraad_2025-08-27.pdf"
HADERSLEV = "haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"


# --- the mapping on its own ----------------------------------------------------------------


def test_source_parts_follow_full_text() -> None:
    item = make_meeting().item(2)
    text = item_text(item)
    parts = source_parts(item)
    assert text[slice(*parts["title"])] == item.title
    assert text[slice(*parts["indstilling:0"])] == "Kommunaldirektøren indstiller, at planen anbefales."
    assert parts["indstilling:0"] == parts["section:1"]
    assert text[slice(*parts["decision:0"])] == "Indstillingen blev godkendt."


def test_offset_map_pairs_reordered_and_reflowed_text() -> None:
    item = AgendaItem(
        1,
        "Titel",
        sections=(
            Section(SectionKind.SAGSFREMSTILLING, "Sag", "Første linje.\n\nAnden\u00a0linje."),
            Section(SectionKind.INDSTILLING, "Indstilling", "Det indstilles."),
        ),
        decisions=(Decision(None, None, "Godkendt."),),
    )
    # as the view shows it: indstilling and decision first, blank line gone, nbsp as a space
    view = "Punkt 1\nTitel\nDet indstilles.\nGodkendt.\nSag\nFørste linje.\nAnden linje."
    spans = {
        "title": (8, 13),
        "indstilling:0": (14, 29),
        "decision:0": (30, 39),
        "section:0": (44, 70),
    }
    offsets = OffsetMap(item, view, spans)
    source = item_text(item)
    start = view.index("linje.\nAnden")
    s, e = offsets.to_source(start, start + len("linje.\nAnden"))
    assert source[s:e] == "linje.\n\nAnden"
    assert offsets.to_view(s, e) == [(start, start + len("linje.\nAnden"))]
    s, e = offsets.to_source(view.index("Godkendt"), view.index("Godkendt") + 8)
    assert source[s:e] == "Godkendt"
    assert offsets.to_source(0, 7) is None  # "Punkt 1" is a label, not the item's text
    # across two boxes: cut to the part covered most
    s, e = offsets.to_source(view.index("indstilles"), view.index("Godkendt.") + 3)
    assert source[s:e] == "indstilles."


# --- in the window -------------------------------------------------------------------------


def test_highlight_round_trip_paints_the_same_characters_after_reopening(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    start, end = select_in_view(window, "planen anbefales")
    highlight = window.annotations.highlight_selection("green", "Godt forslag")
    assert highlight is not None
    item = window.meeting.item(2)
    assert highlight.anchor.exact == "planen anbefales"
    assert item_text(item)[highlight.anchor.start : highlight.anchor.end] == "planen anbefales"
    assert highlight.colour == "green" and highlight.comment == "Godt forslag"
    painted = highlighted_positions(window)
    assert sorted(painted) == list(range(start, end))
    assert window.notes_pane.entry_texts() == ["“planen anbefales”\nGodt forslag"]
    assert window.close()

    again = open_window(qtbot, languages)
    open_meeting(qtbot, again, item=2)
    assert highlighted_positions(again) == painted
    assert highlighted_text(again) == "planen anbefales"


def test_highlight_across_lines_of_a_table_and_text_round_trips(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    shown = window.item_view.displayed_text()
    start = shown.index("udkast.")
    end = shown.index("2026", start) + 4  # from a paragraph into the table: Qt selects the whole table
    cursor = QTextCursor(window.item_view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.item_view.setTextCursor(cursor)
    highlight = window.annotations.highlight_selection()
    assert highlight is not None
    assert highlight.anchor.exact == "udkast.\n\nOversigt:\nÅr\tBeløb\n2026\t1.000\n2027\t2.500"
    window.toc.select_item(1)
    window.toc.select_item(2)
    assert "".join(highlighted_text(window).split()) == "udkast.Oversigt:ÅrBeløb20261.00020272.500"


@pytest.mark.parametrize(("name", "quote"), [(AARHUS, "Fremsendes til Teknisk Udvalg"), (HADERSLEV, "De enkelte stående udvalg")])
def test_corpus_highlight_lands_on_the_same_text_after_reopening(qtbot, languages, name: str, quote: str) -> None:
    path = corpus_file(name)
    window = open_window(qtbot, languages, real_loader=True)
    meeting = open_meeting(qtbot, window, path)
    number = meeting.items[1].number
    window.toc.select_item(number)
    select_in_view(window, quote)
    highlight = window.annotations.highlight_selection("blue")
    assert highlight is not None and highlight.anchor.exact == quote
    painted = highlighted_positions(window)
    assert window.close()

    again = open_window(qtbot, languages, real_loader=True)
    open_meeting(qtbot, again, path, item=number)
    assert highlighted_positions(again) == painted
    assert highlighted_text(again) == quote


def test_clicking_a_listed_highlight_selects_it_in_the_text(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    select_in_view(window, "Indstillingen blev godkendt")
    first = window.annotations.highlight_selection("yellow")
    select_in_view(window, "kompetenceplan", occurrence=1)
    window.annotations.highlight_selection("pink")
    window.item_view.moveCursor(QTextCursor.MoveOperation.Start)
    assert len(window.notes_pane.entry_texts()) == 2
    assert window.notes_pane.select_highlight(first.id)
    window.notes_pane.highlight_activated.emit(first.id)
    assert window.item_view.textCursor().selectedText() == "Indstillingen blev godkendt"


def test_removing_a_highlight_can_be_undone_with_the_same_id(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    select_in_view(window, "planen anbefales")
    highlight = window.annotations.highlight_selection()
    store = store_of(window)
    window.item_view.setFocus()
    assert window.notes_pane.select_highlight(highlight.id)
    window.annotations.actions.remove_highlight.trigger()
    assert store.get(highlight.id) is None
    assert highlighted_positions(window) == {}
    assert window.notes_pane.entry_texts() == []

    window.annotations.actions.undo.trigger()
    restored = store.get(highlight.id)
    assert isinstance(restored, Highlight) and restored.anchor == highlight.anchor
    assert highlighted_text(window) == "planen anbefales"
    window.annotations.actions.redo.trigger()
    assert store.get(highlight.id) is None
    window.annotations.undo_stack.undo()
    window.annotations.undo_stack.undo()  # also undo the highlighting itself
    assert store.get(highlight.id) is None
    assert highlighted_positions(window) == {}


def test_highlights_and_notes_not_found_in_this_version_are_listed(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    meeting = open_meeting(qtbot, window, item=2)
    store = store_of(window)
    select_in_view(window, "planen anbefales")
    kept = window.annotations.highlight_selection(comment="<b>vigtigt</b>")
    gone_item = ItemRef(9, "99/99999", "Et punkt der ikke er her mere")
    lost = replace(kept, id="lost-1", item=gone_item, anchor=replace(kept.anchor, exact="<img src=x> javascript:alert(1)"))
    store.merge([lost], [])
    store.append_note(replace(meeting, items=(*meeting.items, AgendaItem(9, gone_item.title, "99/99999"))), 9, "<i>gammel note</i>")
    open_meeting(qtbot, window, item=2)
    entries = window.notes_pane.entry_texts()
    assert entries[0] == "“planen anbefales”\n<b>vigtigt</b>"
    assert entries[1] == "Not found in this version"
    assert "“<img src=x> javascript:alert(1)”\n<b>vigtigt</b>" in entries
    assert any(e.endswith("<i>gammel note</i>") and "Et punkt der ikke er her mere" in e for e in entries)


def test_html_in_the_item_text_is_quoted_literally(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=4)
    select_in_view(window, "<script>alert(1)</script>")
    highlight = window.annotations.highlight_selection()
    assert highlight.anchor.exact == "<script>alert(1)</script>"
    assert window.notes_pane.entry_texts() == ["“<script>alert(1)</script>”"]


def test_nothing_selected_or_a_label_selected_makes_no_highlight(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    assert window.annotations.highlight_selection() is None
    select_in_view(window, "Recommendation")  # the box's label, not the item's text
    assert window.annotations.highlight_selection() is None
    assert store_of(window).highlights(window.meeting.identity) == []
