"""Export and import annotations as W3C Web Annotation JSON-LD, so notes move between laptops.

Each record becomes one ``Annotation`` (https://www.w3.org/TR/annotation-model/):
notes ``commenting``, highlights ``highlighting`` (colour as the target's ``styleClass``), stars
``bookmarking``, read marks ``tagging`` with the tag "read". The target's ``source`` is the
meeting (``urn:minutesapp:meeting:<identity>`` with its body/date/title), and its selectors are,
like Hypothesis', a flat list: a ``minutesapp:ItemSelector`` (item number, case number, title)
and, for highlights, a ``TextQuoteSelector`` and a ``TextPositionSelector`` whose offsets count
into ``anchoring.item_text(item)``. A file holds an ``AnnotationCollection``; importing merges
by id (newer ``modified`` wins), so importing twice adds nothing. A note edited on both laptops
keeps both texts: the newer under its id, the other as a separate note (``conflicts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from minutesapp.annotations.records import (
    Annotation,
    Highlight,
    ItemMark,
    ItemRef,
    MarkKind,
    MeetingInfo,
    Note,
    TextAnchor,
    utc_now,
)
from minutesapp.annotations.rows import time_from_text
from minutesapp.annotations.store import AnnotationStore

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MEETING_URN = "urn:minutesapp:meeting:"
ITEM_SELECTOR = "minutesapp:ItemSelector"
READ_TAG = "read"


class WebAnnotationError(ValueError):
    """The file is not a Web Annotation document this app can import (one English line)."""


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    skipped: int  # annotations of other meetings or of kinds this version does not know
    conflicts: int = 0  # edited on both laptops: the other version was kept as a separate note


def _time(value: datetime) -> str:
    return value.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _body(value: str, purpose: str) -> dict[str, str]:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "purpose": purpose}


def to_web_annotation(record: Annotation, meeting: MeetingInfo | None) -> dict[str, Any]:
    """One record as a JSON-LD Web Annotation (a plain dict, ready for ``json.dump``)."""
    source: dict[str, Any] = {"id": MEETING_URN + record.meeting_id, "type": "Text"}
    if meeting is not None:
        source |= {"minutesapp:kind": meeting.kind, "minutesapp:body": meeting.body, "minutesapp:date": meeting.date}
        source |= {"minutesapp:title": meeting.title}
    item = {
        "type": ITEM_SELECTOR,
        "minutesapp:itemNumber": record.item.number,
        "minutesapp:caseNumber": record.item.case_number,
        "minutesapp:itemTitle": record.item.title,
    }
    target: dict[str, Any] = {"source": source, "selector": [item]}
    doc: dict[str, Any] = {"@context": ANNO_CONTEXT, "id": f"urn:uuid:{record.id}", "type": "Annotation"}
    if isinstance(record, Note):
        doc |= {"motivation": "commenting", "body": _body(record.text, "commenting")}
    elif isinstance(record, Highlight):
        a = record.anchor
        doc["motivation"] = "highlighting"
        if record.comment:
            doc["body"] = _body(record.comment, "commenting")
        target["styleClass"] = record.colour
        target["selector"] += [
            {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
            {"type": "TextPositionSelector", "start": a.start, "end": a.end},
        ]
    elif record.kind is MarkKind.STAR:
        doc["motivation"] = "bookmarking"
    else:
        doc |= {"motivation": "tagging", "body": _body(READ_TAG, "tagging")}
    return doc | {"target": target, "created": _time(record.created), "modified": _time(record.modified)}


def export_collection(store: AnnotationStore, meeting_id: str | None = None) -> dict[str, Any]:
    """All annotations (of one meeting, or all) as an ``AnnotationCollection`` document."""
    records = store.all_annotations(meeting_id)
    infos = {r.meeting_id: store.meeting_info(r.meeting_id) for r in records}
    items = [to_web_annotation(r, infos[r.meeting_id]) for r in records]
    return {
        "@context": ANNO_CONTEXT,
        "type": "AnnotationCollection",
        "label": "minutesapp annotations",
        "generator": {"type": "Software", "name": "minutesapp"},
        "generated": _time(utc_now()),
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise WebAnnotationError(f"not a minutesapp Web Annotation: {what}")


def _selector(selectors: list[Any], kind: str) -> dict[str, Any] | None:
    return next((s for s in selectors if isinstance(s, dict) and s.get("type") == kind), None)


def from_web_annotation(doc: dict[str, Any]) -> tuple[Annotation, MeetingInfo] | None:
    """One Web Annotation back as a record and its meeting; None for a kind we do not know."""
    _require(isinstance(doc, dict) and doc.get("type") == "Annotation", "an item is not of type Annotation")
    raw_id = doc.get("id")
    _require(isinstance(raw_id, str) and bool(raw_id), "an annotation has no id")
    ident = raw_id.removeprefix("urn:uuid:")
    target = doc.get("target")
    if isinstance(target, str):  # a bare IRI is a valid target, just not one of ours
        target = {"source": target}
    _require(isinstance(target, dict), f"{raw_id} has no target")
    source = target.get("source")
    source_id = source.get("id") if isinstance(source, dict) else source
    _require(isinstance(source_id, str) and source_id.startswith(MEETING_URN), f"{raw_id} is not on a meeting")
    meeting_id = source_id.removeprefix(MEETING_URN)
    src = source if isinstance(source, dict) else {}
    meeting = MeetingInfo(
        meeting_id, src.get("minutesapp:kind") or "unknown", src.get("minutesapp:body"), src.get("minutesapp:date"),
        src.get("minutesapp:title") or "(imported meeting)",
    )  # fmt: skip
    selectors = target.get("selector")
    selectors = selectors if isinstance(selectors, list) else [selectors]
    item_sel = _selector(selectors, ITEM_SELECTOR)
    _require(item_sel is not None and isinstance(item_sel.get("minutesapp:itemNumber"), int), f"{raw_id} has no item")
    item = ItemRef(item_sel["minutesapp:itemNumber"], item_sel.get("minutesapp:caseNumber"), item_sel.get("minutesapp:itemTitle") or "")
    try:
        created = time_from_text(doc["created"])
        modified = time_from_text(doc.get("modified") or doc["created"])
    except (KeyError, TypeError, ValueError) as exc:
        raise WebAnnotationError(f"not a minutesapp Web Annotation: {raw_id} has no valid created time") from exc
    body = doc.get("body") if isinstance(doc.get("body"), dict) else {}
    text = body.get("value", "")
    _require(isinstance(text, str), f"{raw_id} has a body that is not text")
    motivation = doc.get("motivation")
    record: Annotation
    if motivation == "commenting":
        record = Note(ident, meeting_id, item, text, created, modified)
    elif motivation == "highlighting":
        quote, position = _selector(selectors, "TextQuoteSelector"), _selector(selectors, "TextPositionSelector")
        _require(quote is not None and position is not None, f"{raw_id} has no quote or position selector")
        try:
            anchor = TextAnchor(str(quote["exact"]), str(quote.get("prefix", "")), str(quote.get("suffix", "")),
                                int(position["start"]), int(position["end"]))  # fmt: skip
        except (KeyError, TypeError, ValueError) as exc:
            raise WebAnnotationError(f"not a minutesapp Web Annotation: {raw_id} has a bad selector") from exc
        colour = target.get("styleClass") if isinstance(target.get("styleClass"), str) else "yellow"
        record = Highlight(ident, meeting_id, item, anchor, colour, text, created, modified)
    elif motivation == "bookmarking":
        record = ItemMark(ident, meeting_id, item, MarkKind.STAR, created, modified)
    elif motivation == "tagging" and text == READ_TAG:
        record = ItemMark(ident, meeting_id, item, MarkKind.READ, created, modified)
    else:
        return None
    return record, meeting


def annotations_in(doc: Any) -> list[Any]:
    """The annotation objects of a collection, a page, a list, or a single annotation."""
    if isinstance(doc, list):
        return doc
    _require(isinstance(doc, dict), "the file is not a JSON object or list")
    if doc.get("type") == "AnnotationCollection":
        first = doc.get("first")
        _require(isinstance(first, dict), "the collection has no first page")
        doc = first
    if doc.get("type") == "AnnotationPage":
        items = doc.get("items")
        _require(isinstance(items, list), "the page has no items")
        return items
    return [doc]


def import_document(store: AnnotationStore, doc: Any, meeting_id: str | None = None) -> ImportSummary:
    """Merge a Web Annotation document into the store (all or nothing; by id, no duplicates).

    With ``meeting_id``, only that meeting's annotations are imported; the rest count as skipped.
    Raises ``WebAnnotationError`` for a malformed document and ``StorageError`` when saving fails.
    """
    parsed = [from_web_annotation(item) for item in annotations_in(doc)]
    wanted = [p for p in parsed if p is not None and (meeting_id is None or p[1].identity == meeting_id)]
    meetings = list({info.identity: info for _, info in wanted}.values())
    merged = store.merge([record for record, _ in wanted], meetings)
    return ImportSummary(merged.added, merged.updated, merged.unchanged, len(parsed) - len(wanted), merged.conflicts)
