"""Meeting <-> plain JSON-able dicts: the `parse --format json` schema and the parse cache."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from minutesapp.model import AgendaItem, Decision, Meeting, MeetingKind, Section, SectionKind, SourceInfo

SCHEMA_VERSION = 1


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    return {
        "kind": meeting.kind.value,
        "body": meeting.body,
        "date": meeting.date,
        "start_time": meeting.start_time,
        "location": meeting.location,
        "participants": list(meeting.participants),
        "absent": list(meeting.absent),
        "items": [_item_to_dict(item) for item in meeting.items],
        "source": asdict(meeting.source) if meeting.source else None,
    }


def _item_to_dict(item: AgendaItem) -> dict[str, Any]:
    return {
        "number": item.number,
        "title": item.title,
        "case_number": item.case_number,
        "closed": item.closed,
        "page": item.page,
        "sections": [
            {"kind": s.kind.value, "heading": s.heading, "text": s.text, "page": s.page} for s in item.sections
        ],
        "decisions": [
            {
                "body": d.body,
                "date": d.date,
                "text": d.text,
                "against": list(d.against),
                "absent": list(d.absent),
                "item_number": d.item_number,
            }
            for d in item.decisions
        ],
        "attachments": list(item.attachments),
    }


def meeting_from_dict(data: dict[str, Any]) -> Meeting:
    source = data.get("source")
    return Meeting(
        kind=MeetingKind(data["kind"]),
        body=data.get("body"),
        date=data.get("date"),
        start_time=data.get("start_time"),
        location=data.get("location"),
        participants=tuple(data.get("participants", ())),
        absent=tuple(data.get("absent", ())),
        items=tuple(_item_from_dict(i) for i in data.get("items", ())),
        source=SourceInfo(**source) if source else None,
    )


def _item_from_dict(data: dict[str, Any]) -> AgendaItem:
    return AgendaItem(
        number=int(data["number"]),
        title=data["title"],
        case_number=data.get("case_number"),
        closed=bool(data.get("closed", False)),
        page=data.get("page"),
        sections=tuple(
            Section(SectionKind(s["kind"]), s["heading"], s["text"], s.get("page")) for s in data.get("sections", ())
        ),
        decisions=tuple(
            Decision(
                body=d.get("body"),
                date=d.get("date"),
                text=d["text"],
                against=tuple(d.get("against", ())),
                absent=tuple(d.get("absent", ())),
                item_number=d.get("item_number"),
            )
            for d in data.get("decisions", ())
        ),
        attachments=tuple(data.get("attachments", ())),
    )
