"""The notes sheet: what the export contains, decided once for the PDF, the printer and the CLI.

``build_sheet(meeting, view, options)`` picks the items (annotated ones, or all of them for a
preparation sheet) in agenda order and gathers per item its highlighted quotes, notes, and on
request its indstilling and beslutning text. Renderers only lay this out; they never choose.
All text is kept verbatim: escaping for a renderer's markup is the renderer's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from minutesapp.annotations.anchoring import Reattached
from minutesapp.annotations.meeting_view import MeetingAnnotations
from minutesapp.annotations.records import Note
from minutesapp.export.labels import danish_date, danish_time, danish_weekday, kind_label
from minutesapp.model import AgendaItem, Decision, Meeting, SectionKind

WRITING_LINES_EMPTY = 8  # ruled lines for an item without notes on a preparation sheet
WRITING_LINES_ANNOTATED = 4  # a few more under notes already written


@dataclass(frozen=True)
class ExportOptions:
    """The dialog's checkboxes and the CLI's flags."""

    indstilling: bool = False
    beslutning: bool = False
    all_items: bool = False  # a preparation sheet: every item, with room to write


@dataclass(frozen=True)
class SheetQuote:
    """A highlighted passage with its colour (as stored, e.g. "yellow") and the user's comment."""

    text: str
    colour: str
    comment: str


@dataclass(frozen=True)
class SheetDecision:
    """One decision text; ``heading`` names body and date when the item has several."""

    heading: str
    text: str
    against: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()


@dataclass(frozen=True)
class SheetItem:
    number: int
    title: str
    case_number: str | None
    closed: bool
    starred: bool
    quotes: tuple[SheetQuote, ...]
    notes: tuple[str, ...]
    indstilling: str | None  # None: not asked for; "": asked for, the item has none
    decisions: tuple[SheetDecision, ...] | None  # None: not asked for; (): no decision yet
    writing_lines: int = 0  # ruled lines to leave for handwriting

    @property
    def outline_title(self) -> str:
        return f"{self.number}. {self.title}"


@dataclass(frozen=True)
class LostAnnotation:
    """A highlight or note whose passage or item is not in this version of the document."""

    item_number: int
    item_title: str
    quote: str  # "" for a note
    colour: str
    text: str  # the highlight's comment or the note's text


@dataclass(frozen=True)
class NotesSheet:
    title: str  # the body, or a stand-in ("Møde")
    kind: str  # "Referat", "Dagsorden", ...
    meeting_date: str  # "27. august 2025", "" if unknown
    weekday: str  # "onsdag", "" if unknown
    start_time: str  # "kl. 16.00" or ""
    location: str
    source_name: str  # the file's name, "" if unknown
    exported_on: str  # "3. maj 2026"
    options: ExportOptions
    items: tuple[SheetItem, ...]
    not_found: tuple[LostAnnotation, ...]

    @property
    def is_empty(self) -> bool:
        """Nothing to export: no annotated item (and no preparation sheet), nothing lost."""
        return not self.items and not self.not_found

    @property
    def when(self) -> str:
        """"Onsdag 27. august 2025, kl. 16.00" (what is known of it)."""
        day = " ".join(p for p in (self.weekday.capitalize(), self.meeting_date) if p)
        return ", ".join(p for p in (day, self.start_time) if p)

    @property
    def document_title(self) -> str:
        """The PDF's title metadata and the running footer: "Aarhus Byråd 27. august 2025 – noter"."""
        base = " ".join(p for p in (self.title, self.meeting_date) if p)
        return f"{base} – {'forberedelse' if self.options.all_items else 'noter'}"


def build_sheet(
    meeting: Meeting, view: MeetingAnnotations, options: ExportOptions, exported_on: date | None = None
) -> NotesSheet:
    """The sheet for ``meeting`` with the annotations ``view`` placed on it (see ``attach``)."""
    items = tuple(
        sheet_item
        for item in meeting.items
        if (sheet_item := _sheet_item(item, meeting, view, options)) is not None
    )
    source = PurePath(meeting.source.path).name if meeting.source else ""
    return NotesSheet(
        title=meeting.body or "Møde",
        kind=kind_label(meeting.kind),
        meeting_date=danish_date(meeting.date),
        weekday=danish_weekday(meeting.date),
        start_time=danish_time(meeting.start_time),
        location=meeting.location or "",
        source_name=source,
        exported_on=danish_date((exported_on or date.today()).isoformat()),
        options=options,
        items=items,
        not_found=_lost(view),
    )


def _sheet_item(item: AgendaItem, meeting: Meeting, view: MeetingAnnotations, options: ExportOptions) -> SheetItem | None:
    notes = tuple(n.text for n in view.notes.get(item.number, ()) if n.text.strip())
    quotes = tuple(_quote(r) for r in view.highlights_on(item.number))
    starred = view.is_starred(item.number)
    annotated = bool(notes or quotes or starred)
    if not (annotated or options.all_items):
        return None
    lines = 0
    if options.all_items:
        lines = WRITING_LINES_ANNOTATED if notes else WRITING_LINES_EMPTY
    return SheetItem(
        number=item.number,
        title=item.title,
        case_number=item.case_number,
        closed=item.closed,
        starred=starred,
        quotes=quotes,
        notes=notes,
        indstilling=_indstilling(item) if options.indstilling else None,
        decisions=_decisions(item, meeting.date) if options.beslutning else None,
        writing_lines=lines,
    )


def _quote(placed: Reattached) -> SheetQuote:
    return SheetQuote(placed.quote, placed.highlight.colour, placed.highlight.comment)


def _indstilling(item: AgendaItem) -> str:
    sections = item.sections_of(SectionKind.INDSTILLING)
    if len(sections) > 1:  # several recommendations: keep their headings apart
        return "\n\n".join(f"{s.heading}\n{s.text}" if s.heading else s.text for s in sections)
    return item.indstilling


def _decisions(item: AgendaItem, meeting_date: str | None) -> tuple[SheetDecision, ...]:
    """This meeting's decision first, then earlier treatments; else the Beslutning sections."""
    if item.decisions:
        current = [d for d in item.decisions if meeting_date and d.date == meeting_date]
        ordered = current + [d for d in item.decisions if d not in current]
        several = len(ordered) > 1
        return tuple(_decision(d, item.number, several) for d in ordered)
    return tuple(SheetDecision(s.heading if s.heading.casefold() != "beslutning" else "", s.text)
                 for s in item.sections_of(SectionKind.BESLUTNING) if s.text.strip())  # fmt: skip


def _decision(decision: Decision, item_number: int, several: bool) -> SheetDecision:
    heading = ""
    if several or decision.body:
        heading = ", ".join(p for p in (decision.body or "", danish_date(decision.date)) if p)
        if decision.item_number is not None and decision.item_number != item_number:
            heading += f" (punkt {decision.item_number})"
    return SheetDecision(heading, decision.text, decision.against, decision.absent)


def _lost(view: MeetingAnnotations) -> tuple[LostAnnotation, ...]:
    highlights = [
        LostAnnotation(r.highlight.item.number, r.highlight.item.title, r.quote, r.highlight.colour, r.highlight.comment)
        for r in view.orphaned_highlights
    ]
    notes = [_lost_note(n) for n in view.orphaned_notes if n.text.strip()]
    return tuple(sorted(highlights + notes, key=lambda lost: lost.item_number))


def _lost_note(note: Note) -> LostAnnotation:
    return LostAnnotation(note.item.number, note.item.title, "", "", note.text)
