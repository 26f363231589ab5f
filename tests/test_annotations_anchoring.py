"""Anchoring highlights and re-attaching them to a revised document (exact/moved/fuzzy/orphaned)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_annotations_meetings import meeting_v1, meeting_v2

from minutesapp.annotations import AnchorStatus, AnnotationStore, attach, item_text
from minutesapp.annotations.anchoring import anchor_at, find_item, locate_quote, reattach
from minutesapp.annotations.meeting_view import attach_records
from minutesapp.annotations.records import Highlight, ItemRef
from minutesapp.model import AgendaItem, Meeting, MeetingKind

T0 = datetime(2025, 3, 5, 9, 0, tzinfo=UTC)


def highlight_of(meeting: Meeting, number: int, quote: str, occurrence: int = 0, comment: str = "") -> Highlight:
    item = meeting.item(number)
    assert item is not None
    text = item_text(item)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    anchor = anchor_at(text, start, start + len(quote))
    return Highlight(f"h-{number}-{quote[:10]}", meeting.identity, ItemRef.of(item), anchor, "yellow", comment, T0, T0)


def test_item_text_is_the_full_text() -> None:
    item = meeting_v1().items[1]
    assert item_text(item) == item.full_text
    assert item_text(item).startswith("Budget 2026 - første behandling\n\nBudgetforslaget")


def test_anchor_keeps_32_characters_of_context() -> None:
    text = "x" * 50 + "QUOTE" + "y" * 50
    anchor = anchor_at(text, 50, 55)
    assert (anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end) == ("QUOTE", "x" * 32, "y" * 32, 50, 55)
    assert anchor_at("abc", 0, 3).prefix == "" and anchor_at("abc", 0, 3).suffix == ""
    with pytest.raises(ValueError):
        anchor_at("abc", 2, 2)
    with pytest.raises(ValueError):
        anchor_at("abc", 1, 9)


def test_prefix_and_suffix_choose_between_repeats_over_nearness() -> None:
    old = "A: Udvalget anbefaler forslaget med forbehold. B: Udvalget anbefaler forslaget uden forbehold."
    start = old.index("Udvalget", 10)
    anchor = anchor_at(old, start, start + len("Udvalget anbefaler forslaget"))
    # the first occurrence now sits exactly at the old offset, but its context is wrong
    new = "Indledning til sagen her. A: Udvalget anbefaler forslaget med forbehold. B: Udvalget anbefaler forslaget uden forbehold."
    assert new.index("Udvalget") != start
    match = locate_quote(new, anchor)
    assert match is not None
    assert (match.status, match.start) == (AnchorStatus.MOVED, new.index("B: Udvalget") + 3)


def test_unchanged_text_is_exact_and_an_unfindable_quote_is_none() -> None:
    text = "Byrådet godkendte planen enstemmigt."
    anchor = anchor_at(text, 8, 24)
    assert locate_quote(text, anchor).status is AnchorStatus.EXACT  # type: ignore[union-attr]
    assert locate_quote("Sagen blev udsat til næste møde af formanden.", anchor) is None


def test_fuzzy_match_finds_the_corrected_passage_with_its_span() -> None:
    old = "Indledning. Forvaltningen har udarbejdet et bugdetforslag med balance. Slut."
    start = old.index("udarbejdet")
    anchor = anchor_at(old, start, old.index(" Slut"))
    new = "Ny indledning med flere ord. Forvaltningen har udarbejdet et budgetforslag med balance. Slut."
    match = locate_quote(new, anchor)
    assert match is not None and match.status is AnchorStatus.FUZZY and match.score >= 0.75
    assert new[match.start : match.end] == "udarbejdet et budgetforslag med balance."


def test_find_item_by_case_number_then_number_then_title() -> None:
    v2 = meeting_v2()
    assert find_item(v2, ItemRef(4, "25/3003", "Skolestruktur på landet")).number == 2  # type: ignore[union-attr]
    assert find_item(v2, ItemRef(1, None, "Godkendelse af dagsorden")).number == 1  # type: ignore[union-attr]
    assert find_item(v2, ItemRef(5, None, "Eventuelt")).number == 4  # type: ignore[union-attr]  # by title
    assert find_item(v2, ItemRef(3, "25/2002", "Lokalplan 1234 for boliger ved Søvej")) is None  # removed
    # number 3 exists but is another case: the number alone must not claim it
    assert find_item(v2, ItemRef(3, "25/9999", "Lokalplan 1234")) is None
    renamed = Meeting(MeetingKind.REFERAT, "B", "2025-01-01", items=(AgendaItem(1, "Godkendelse af dagsorden (rettet)"),))
    assert find_item(renamed, ItemRef(1, None, "Godkendelse af dagsorden")) is not None


def revised_document_highlights() -> list[Highlight]:
    v1 = meeting_v1()
    return [
        highlight_of(v1, 1, "Godkendt"),
        highlight_of(v1, 2, "udarbejdet et bugdetforslag med balance"),
        highlight_of(v1, 2, "besparelser på administrationen"),
        highlight_of(v1, 2, "Udvalget anbefaler forslaget", occurrence=1),
        highlight_of(v1, 2, "budgetforslaget oversendes til anden behandling", comment="hvornår?"),
        highlight_of(v1, 3, "40 rækkehuse", comment="for mange"),
        highlight_of(v1, 4, "samle de tre små skoler"),
        highlight_of(v1, 5, "Intet."),
    ]


EXPECTED = {  # quote -> (status, item number in v2)
    "Godkendt": (AnchorStatus.EXACT, 1),
    "udarbejdet et bugdetforslag med balance": (AnchorStatus.FUZZY, 3),
    "besparelser på administrationen": (AnchorStatus.MOVED, 3),
    "Udvalget anbefaler forslaget": (AnchorStatus.MOVED, 3),
    "budgetforslaget oversendes til anden behandling": (AnchorStatus.ORPHANED, None),
    "40 rækkehuse": (AnchorStatus.ORPHANED, None),
    "samle de tre små skoler": (AnchorStatus.MOVED, 2),
    "Intet.": (AnchorStatus.MOVED, 4),
}


def test_every_highlight_on_a_revised_document_ends_as_expected_and_none_is_lost() -> None:
    v2 = meeting_v2()
    placed = {r.quote: r for r in (reattach(v2, h) for h in revised_document_highlights())}
    assert {q: (r.status, r.item_number) for q, r in placed.items()} == EXPECTED
    for quote, result in placed.items():
        if result.status in (AnchorStatus.EXACT, AnchorStatus.MOVED):
            item = v2.item(result.item_number)  # type: ignore[arg-type]
            assert item_text(item)[result.start : result.end] == quote  # type: ignore[arg-type]
    fuzzy = placed["udarbejdet et bugdetforslag med balance"]
    assert item_text(v2.item(3))[fuzzy.start : fuzzy.end] == "udarbejdet et budgetforslag med balance"  # type: ignore[arg-type]
    second = placed["Udvalget anbefaler forslaget"]
    assert item_text(v2.item(3))[second.end :].startswith(", idet der tages")  # type: ignore[arg-type]


def test_the_store_keeps_orphans_and_lists_them_with_quote_and_comment() -> None:
    v1 = meeting_v1()
    with AnnotationStore.open() as store:
        for h in revised_document_highlights():
            item = v1.item(h.item.number)
            assert item is not None
            store.add_highlight(v1, h.item.number, h.anchor.start, h.anchor.end, comment=h.comment)
        store.set_note(v1, 3, "Ring til grundejerforeningen")
        store.set_note(v1, 2, "Læs bilag 3")
        view = attach(meeting_v2(), store)
        assert len(view.highlights) == len(EXPECTED)
        assert {(h.quote, h.highlight.comment) for h in view.orphaned_highlights} == {
            ("budgetforslaget oversendes til anden behandling", "hvornår?"),
            ("40 rækkehuse", "for mange"),
        }
        assert [n.text for n in view.orphaned_notes] == ["Ring til grundejerforeningen"]
        assert [n.text for n in view.notes[3]] == ["Læs bilag 3"]
        assert [h.quote for h in view.highlights_on(3)] == [
            "udarbejdet et bugdetforslag med balance", "besparelser på administrationen", "Udvalget anbefaler forslaget"
        ]  # fmt: skip
        # opening the revised version changes nothing stored: the old version still anchors exactly
        assert len(store.highlights(v1.identity)) == len(EXPECTED)
        back = attach(v1, store)
        assert {h.status for h in back.highlights} == {AnchorStatus.EXACT}


def test_attach_records_without_a_store_places_marks_per_item() -> None:
    from minutesapp.annotations.records import ItemMark, MarkKind

    v1, v2 = meeting_v1(), meeting_v2()
    star = ItemMark("m1", v1.identity, ItemRef.of(v1.items[3]), MarkKind.STAR, T0, T0)
    read = ItemMark("m2", v1.identity, ItemRef.of(v1.items[2]), MarkKind.READ, T0, T0)
    view = attach_records(v2, [], [], [star, read])
    assert view.is_starred(2) and not view.is_read(2)
    assert [m.id for m in view.orphaned_marks] == ["m2"]
