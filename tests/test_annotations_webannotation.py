"""W3C Web Annotation JSON-LD: export, import on another laptop, merge by id without duplicates."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_annotations_meetings import meeting_v1, meeting_v2

from minutesapp.annotations import AnchorStatus, AnnotationStore, MarkKind, attach
from minutesapp.annotations.webannotation import (
    ANNO_CONTEXT,
    WebAnnotationError,
    export_collection,
    import_document,
)

T0 = datetime(2025, 3, 5, 9, 0, tzinfo=UTC)


def _fill(store: AnnotationStore) -> None:
    meeting = meeting_v1()
    store.set_note(meeting, 2, 'Spørg om <b>anlæg</b> & "drift"')
    store.add_highlight(meeting, 2, 33, 48, colour="green", comment="javascript:void(0)")
    store.add_highlight(meeting, 4, 0, 13)
    store.set_mark(meeting, 2, MarkKind.STAR)
    store.set_mark(meeting, 5, MarkKind.READ)


def test_export_is_web_annotation_json_ld() -> None:
    with AnnotationStore.open(clock=lambda: T0) as store:
        _fill(store)
        doc = json.loads(json.dumps(export_collection(store)))
    assert doc["@context"] == ANNO_CONTEXT and doc["type"] == "AnnotationCollection" and doc["total"] == 5
    items = doc["first"]["items"]
    assert {a["motivation"] for a in items} == {"commenting", "highlighting", "bookmarking", "tagging"}
    for a in items:
        assert a["@context"] == ANNO_CONTEXT and a["type"] == "Annotation" and a["id"].startswith("urn:uuid:")
        assert a["target"]["source"]["id"] == "urn:minutesapp:meeting:" + meeting_v1().identity
        assert a["target"]["source"]["minutesapp:date"] == "2025-03-04"
        assert a["created"] == "2025-03-05T09:00:00.000000Z"
    green = next(a for a in items if a["target"].get("styleClass") == "green")
    selectors = {s["type"]: s for s in green["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == "Budgetforslaget"
    assert selectors["TextQuoteSelector"]["prefix"] == "Budget 2026 - første behandling\n\n"[-32:]
    assert selectors["TextPositionSelector"] == {"type": "TextPositionSelector", "start": 33, "end": 48}
    assert selectors["minutesapp:ItemSelector"]["minutesapp:caseNumber"] == "25/1001"
    assert green["body"] == {"type": "TextualBody", "value": "javascript:void(0)", "format": "text/plain", "purpose": "commenting"}


def test_round_trip_to_another_laptop_and_merge_without_duplicates(tmp_path: Path) -> None:
    laptop_a, laptop_b = tmp_path / "a", tmp_path / "b"
    with AnnotationStore.open(laptop_a, clock=lambda: T0) as store:
        _fill(store)
        original = store.all_annotations()
        exported = json.dumps(export_collection(store, meeting_v1().identity))
    with AnnotationStore.open(laptop_b) as store:
        summary = import_document(store, json.loads(exported))
        assert (summary.added, summary.updated, summary.unchanged, summary.skipped) == (5, 0, 0, 0)
        assert sorted(store.all_annotations(), key=lambda a: a.id) == sorted(original, key=lambda a: a.id)
        again = import_document(store, json.loads(exported))
        assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
        assert len(store.all_annotations()) == 5
        assert store.meeting_info(meeting_v1().identity).title == "Økonomiudvalget 2025-03-04"  # type: ignore[union-attr]
        # the imported highlights anchor in the revised document on laptop b as well
        view = attach(meeting_v2(), store)
        assert {h.status for h in view.highlights} == {AnchorStatus.MOVED}
        assert view.is_starred(3) and view.is_read(4)


def test_the_newer_edit_wins_when_merging_and_the_older_text_is_kept_beside_it(tmp_path: Path) -> None:
    meeting = meeting_v1()
    times = iter([T0, T0, T0 + timedelta(hours=1), T0 + timedelta(hours=2)])
    with AnnotationStore.open(tmp_path / "a", clock=lambda: next(times)) as a:
        a.set_note(meeting, 1, "gammel")
        old_export = export_collection(a)
        a.set_note(meeting, 1, "ny")
        new_export = export_collection(a)
    note_id = new_export["first"]["items"][0]["id"].removeprefix("urn:uuid:")
    with AnnotationStore.open(tmp_path / "b") as b:
        import_document(b, new_export)
        summary = import_document(b, old_export)  # an older copy does not overwrite the newer one...
        assert (summary.updated, summary.unchanged, summary.conflicts) == (0, 1, 1)
        assert b.get(note_id).text == "ny"  # type: ignore[union-attr]
        assert sorted(n.text for n in b.notes(meeting.identity)) == ["gammel", "ny"]  # ...nor is it dropped
        assert import_document(b, old_export).conflicts == 0  # the kept copy is not made twice
        assert len(b.notes(meeting.identity)) == 2
    with AnnotationStore.open(tmp_path / "c") as c:
        import_document(c, old_export)
        summary = import_document(c, new_export)
        assert (summary.updated, summary.conflicts) == (1, 1)
        assert c.get(note_id).text == "ny"  # type: ignore[union-attr]
        assert sorted(n.text for n in c.notes(meeting.identity)) == ["gammel", "ny"]


def test_a_note_edited_on_both_laptops_keeps_both_texts(tmp_path: Path) -> None:
    """The same note id changed on two laptops: importing either way drops neither text."""
    meeting = meeting_v1()
    with AnnotationStore.open(tmp_path / "a", clock=lambda: T0) as a:
        a.set_note(meeting, 2, "Fælles start")
        shared = export_collection(a)
    clock_b = iter([T0 + timedelta(hours=1)] * 3)
    with AnnotationStore.open(tmp_path / "b", clock=lambda: next(clock_b, T0 + timedelta(hours=1))) as b:
        import_document(b, shared)
        b.set_note(meeting, 2, "Skrevet på den bærbare i byrådssalen")
        from_b = export_collection(b)
    with AnnotationStore.open(tmp_path / "a", clock=lambda: T0 + timedelta(hours=2)) as a:
        a.set_note(meeting, 2, "Skrevet derhjemme bagefter")  # newer than b's edit
        summary = import_document(a, from_b)
        assert (summary.added, summary.updated, summary.unchanged, summary.conflicts) == (0, 0, 1, 1)
        texts = sorted(n.text for n in a.notes(meeting.identity))
        assert texts == ["Skrevet derhjemme bagefter", "Skrevet på den bærbare i byrådssalen"]
        kept = next(n for n in a.notes(meeting.identity) if n.text.startswith("Skrevet på"))
        assert kept.item.number == 2 and kept.modified == T0 + timedelta(hours=1)  # verbatim, with its own time
        assert len(attach(meeting, a).notes[2]) == 2  # both on the item in the window
        assert import_document(a, from_b).conflicts == 0


def test_an_edit_that_only_added_text_is_no_conflict(tmp_path: Path) -> None:
    meeting = meeting_v1()
    times = iter([T0, T0, T0 + timedelta(hours=1), T0 + timedelta(hours=1)])
    with AnnotationStore.open(tmp_path / "a", clock=lambda: next(times)) as a:
        a.set_note(meeting, 1, "Spørg om trafik")
        old_export = export_collection(a)
        a.append_note(meeting, 1, "og om støj")
        new_export = export_collection(a)
    with AnnotationStore.open(tmp_path / "b") as b:
        import_document(b, new_export)
        assert import_document(b, old_export).conflicts == 0
        assert [n.text for n in b.notes(meeting.identity)] == ["Spørg om trafik\n\nog om støj"]


def test_a_highlight_comment_edited_on_both_laptops_keeps_both_comments(tmp_path: Path) -> None:
    meeting = meeting_v1()
    with AnnotationStore.open(tmp_path / "a", clock=lambda: T0) as a:
        h = a.add_highlight(meeting, 2, 0, 6, comment="første")
        first = export_collection(a)
    with AnnotationStore.open(tmp_path / "b", clock=lambda: T0 + timedelta(hours=1)) as b:
        import_document(b, first)
        b.update_highlight(h.id, comment="fra b")
        from_b = export_collection(b)
    with AnnotationStore.open(tmp_path / "a", clock=lambda: T0 + timedelta(hours=2)) as a:
        a.update_highlight(h.id, comment="fra a")
        assert import_document(a, from_b).conflicts == 1
        assert sorted(x.comment for x in a.highlights(meeting.identity)) == ["fra a", "fra b"]


def test_import_for_one_meeting_skips_others_and_unknown_kinds() -> None:
    with AnnotationStore.open(clock=lambda: T0) as store:
        _fill(store)
        doc = export_collection(store)
    doc["first"]["items"].append(dict(doc["first"]["items"][0], motivation="questioning", id="urn:uuid:q"))
    with AnnotationStore.open(Path(str(store.path.parent) + "-other")) as other:
        summary = import_document(other, doc, meeting_id="someone-else")
        assert (summary.added, summary.skipped) == (0, 6)
        assert import_document(other, doc, meeting_id=meeting_v1().identity).added == 5


@pytest.mark.parametrize(
    "doc, message",
    [
        ({"type": "Something"}, "not of type Annotation"),
        ([{"type": "Annotation", "id": "urn:uuid:x"}], "no target"),
        ([{"type": "Annotation", "id": "x", "target": {"source": "http://example.org/"}}], "not on a meeting"),
        ({"type": "AnnotationCollection"}, "no first page"),
    ],
)
def test_malformed_documents_are_refused_and_nothing_is_imported(doc: object, message: str) -> None:
    with AnnotationStore.open() as store:
        with pytest.raises(WebAnnotationError, match=message):
            import_document(store, doc)
        assert store.all_annotations() == []


def test_a_bad_annotation_late_in_the_file_imports_nothing() -> None:
    with AnnotationStore.open(clock=lambda: T0) as store:
        _fill(store)
        doc = export_collection(store)
    doc["first"]["items"][-1]["created"] = "yesterday"
    with AnnotationStore.open(Path(str(store.path.parent) + "-b")) as other:
        with pytest.raises(WebAnnotationError, match="created"):
            import_document(other, doc)
        assert other.all_annotations() == []
