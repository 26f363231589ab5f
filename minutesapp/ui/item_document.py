"""Builds the QTextDocument that shows one agenda item (or the meeting header) as plain text.

The indstilling and the decisions come first, in framed boxes; the other sections follow under
headings that collapse by hiding their blocks, which keeps the document's plain text (and so any
character offsets a caller holds) unchanged. The writing itself (plain text only, never HTML;
relative sizes; boxes and tables) is ``text_document_writer.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPalette, QTextCursor, QTextDocument, QTextTable, QTextTableFormat

from minutesapp.model import AgendaItem, Decision, Meeting, SectionKind
from minutesapp.ui.formatting import format_date, join_names, meeting_kind_label
from minutesapp.ui.text_document_writer import TextDocumentWriter, hidden_table_format, split_table_runs

TOGGLE_SCHEME = "toggle:"
EXPANDED_MARK = "\u25be"  # ▾ (same length as the collapsed mark: offsets stay put)
COLLAPSED_MARK = "\u25b8"  # ▸


translate = QCoreApplication.translate


@dataclass
class CollapsibleSection:
    """A section whose body blocks can be hidden; ``mark_position`` is where ▾/▸ sits."""

    key: str
    mark_position: int
    first_block: int
    last_block: int
    tables: list[tuple[QTextTable, QTextTableFormat]] = field(default_factory=list)
    collapsed: bool = False


@dataclass
class ItemDocument:
    """The built document plus where each part of the item landed in its plain text."""

    document: QTextDocument
    item_number: int | None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # "title", "section:2", "decision:0"
    sections: dict[str, CollapsibleSection] = field(default_factory=dict)

    def plain_text(self) -> str:
        return self.document.toPlainText()

    def set_collapsed(self, key: str, collapsed: bool) -> None:
        section = self.sections.get(key)
        if section is None or section.collapsed == collapsed:
            return
        section.collapsed = collapsed
        doc = self.document
        for number in range(section.first_block, section.last_block + 1):
            doc.findBlockByNumber(number).setVisible(not collapsed)
        for table, fmt in section.tables:
            table.setFormat(hidden_table_format(fmt) if collapsed else fmt)
        cursor = QTextCursor(doc)
        cursor.setPosition(section.mark_position)
        cursor.setPosition(section.mark_position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(COLLAPSED_MARK if collapsed else EXPANDED_MARK, cursor.charFormat())
        doc.markContentsDirty(0, doc.characterCount())

    def toggle(self, key: str) -> None:
        section = self.sections.get(key)
        if section is not None:
            self.set_collapsed(key, not section.collapsed)


def _decisions_of_this_meeting(
    numbered: list[tuple[int, Decision]], meeting: Meeting | None
) -> list[tuple[int, Decision]]:
    """The decisions taken at ``meeting``: same date and body, else (body unnamed) same date."""
    if meeting is None or not meeting.date:
        return []
    same_date = [(n, d) for n, d in numbered if d.date == meeting.date]
    body = (meeting.body or "").casefold().strip()
    same_body = [(n, d) for n, d in same_date if body and (d.body or "").casefold().strip() == body]
    return same_body or same_date


def section_kind_label(kind: SectionKind) -> str:
    """A heading for a section printed without one ("" for kinds that have no name)."""
    labels = {
        SectionKind.RESUME: translate("ItemDocument", "Summary"),
        SectionKind.INDSTILLING: translate("ItemDocument", "Recommendation"),
        SectionKind.SAGSFREMSTILLING: translate("ItemDocument", "Case presentation"),
        SectionKind.BESLUTNING: translate("ItemDocument", "Decision"),
        SectionKind.BILAG: translate("ItemDocument", "Attachments"),
        SectionKind.PROCEDURE: translate("ItemDocument", "Procedure"),
    }
    return labels.get(kind, "")


class ItemDocumentBuilder(TextDocumentWriter):
    """Writes an item (or a meeting header) into a fresh QTextDocument, noting where each part landed."""

    def __init__(self, palette: QPalette, base_font: QFont) -> None:
        super().__init__(palette, base_font)
        self._result = ItemDocument(self._doc, None)

    # --- an item ------------------------------------------------------------------------

    def build_item(self, item: AgendaItem, meeting: Meeting | None = None) -> ItemDocument:
        self._result.item_number = item.number
        spans = self._result.spans
        status = translate("ItemDocument", "Item %1").replace("%1", str(item.number))
        if item.closed:
            status += " · " + translate("ItemDocument", "Closed item")
        self._paragraph(status, self._char(muted=True), self._block(bottom=2))
        spans["title"] = self._paragraph(item.title, self._char(bold=True, size=2), self._block(bottom=4))
        if item.case_number:
            self._paragraph(translate("ItemDocument", "Case no. %1").replace("%1", item.case_number), self._char(muted=True), self._block())

        self._begin_box()
        self._paragraph(translate("ItemDocument", "Recommendation"), self._char(bold=True, size=1), self._block(bottom=6))
        indstillinger = item.sections_of(SectionKind.INDSTILLING)
        for n, section in enumerate(indstillinger):
            if len(indstillinger) > 1 and section.heading:
                self._paragraph(section.heading, self._char(bold=True), self._block(top=4))
            spans[f"indstilling:{n}"] = self._body_text(section.text)[0]
        if not indstillinger:
            self._paragraph(translate("ItemDocument", "No recommendation"), self._char(italic=True, muted=True), self._block())
        self._end_box()

        self._begin_box()
        self._paragraph(translate("ItemDocument", "Decision"), self._char(bold=True, size=1), self._block(bottom=6))
        self._decisions(item, meeting)
        self._end_box()

        shown_in_boxes = {SectionKind.INDSTILLING}
        if not item.decisions:  # then the beslutning sections were shown in the box
            shown_in_boxes.add(SectionKind.BESLUTNING)
        for index, section in enumerate(item.sections):
            if section.kind in shown_in_boxes:
                continue
            heading = section.heading or section_kind_label(section.kind)
            if heading:
                self._collapsible(f"section:{index}", heading, section.text)
            else:
                self._result.spans[f"section:{index}"] = self._body_text(section.text)[0]
        if item.attachments and not item.sections_of(SectionKind.BILAG):
            self._collapsible("attachments", translate("ItemDocument", "Attachments"), "\n".join(item.attachments))
        return self._result

    def _decisions(self, item: AgendaItem, meeting: Meeting | None) -> None:
        """This meeting's decision first; earlier treatments (Sagsforløb) after it, in order."""
        spans = self._result.spans
        if item.decisions:
            numbered = list(enumerate(item.decisions))
            current = _decisions_of_this_meeting(numbered, meeting)
            earlier = [(n, d) for n, d in numbered if (n, d) not in current]
            several = len(item.decisions) > 1
            for position, (n, decision) in enumerate(current + earlier):
                if current and earlier and position == len(current):
                    self._paragraph(
                        translate("ItemDocument", "Earlier treatment"),
                        self._char(bold=True, muted=True),
                        self._block(top=10, bottom=2),
                    )
                self._decision(n, decision, several or bool(decision.body), first=position == 0)
            return
        beslutninger = item.sections_of(SectionKind.BESLUTNING)
        for n, section in enumerate(beslutninger):
            if section.heading:
                self._paragraph(section.heading, self._char(bold=True), self._block(top=4))
            spans[f"beslutning:{n}"] = self._body_text(section.text)[0]
        if not beslutninger:
            self._paragraph(
                translate("ItemDocument", "No decision yet"), self._char(italic=True, muted=True), self._block()
            )

    def _decision(self, n: int, decision: Decision, several: bool, first: bool) -> None:
        """One decision: who and when (when there are several, or it names a body), its text, votes.

        A treatment recorded without text (Ballerup's "Kommunalbestyrelsen den 30. januar 2012
        Punkt 5") always shows who and when, and says that the minutes do not give the decision,
        so it does not read as a heading with its text missing.
        """
        heading = ", ".join(p for p in (decision.body or "", format_date(decision.date)) if p)
        if decision.item_number is not None and decision.item_number != self._result.item_number:
            heading += " " + translate("ItemDocument", "(item %1)").replace("%1", str(decision.item_number))
        without_text = not decision.text.strip()
        if (several or without_text) and heading.strip():
            self._paragraph(heading.strip(), self._char(bold=True), self._block(top=0 if first else 8, bottom=2))
        self._result.spans[f"decision:{n}"] = self._body_text(decision.text)[0]
        if without_text:
            self._paragraph(
                translate("ItemDocument", "Treated – the minutes do not give the decision."),
                self._char(italic=True, muted=True),
                self._block(),
            )
        if decision.against:
            self._labelled(translate("ItemDocument", "Against:"), join_names(decision.against))
        if decision.absent:
            self._labelled(translate("ItemDocument", "Absent:"), join_names(decision.absent))


    def _collapsible(self, key: str, heading: str, text: str) -> None:
        anchor = self._char(bold=True, size=1)
        anchor.setAnchor(True)
        anchor.setAnchorHref(TOGGLE_SCHEME + key)
        mark_start, _ = self._paragraph(EXPANDED_MARK, anchor, self._block(top=12, bottom=4))
        self._cursor.insertText(" " + heading, anchor)
        first_block = self._cursor.blockNumber() + 1
        span, tables = self._body_text(text)
        self._result.spans[key] = span
        last_block = self._doc.lastBlock().blockNumber()
        if last_block >= first_block:
            self._result.sections[key] = CollapsibleSection(key, mark_start, first_block, last_block, tables)

    # --- the meeting header -------------------------------------------------------------

    def build_meeting(self, meeting: Meeting) -> ItemDocument:
        self._paragraph(meeting_kind_label(meeting.kind), self._char(muted=True), self._block(bottom=2))
        self._result.spans["title"] = self._paragraph(
            meeting.body or meeting_kind_label(meeting.kind), self._char(bold=True, size=2), self._block(bottom=8)
        )
        rows = [
            (translate("ItemDocument", "Date:"), format_date(meeting.date)),
            (translate("ItemDocument", "Time:"), meeting.start_time or ""),
            (translate("ItemDocument", "Place:"), meeting.location or ""),
            (translate("ItemDocument", "Participants:"), join_names(meeting.participants)),
            (translate("ItemDocument", "Absent:"), join_names(meeting.absent)),
        ]
        for label, value in rows:
            if value:
                self._labelled(label, value)
        if meeting.items:
            self._paragraph(translate("ItemDocument", "Items"), self._char(bold=True, size=1), self._block(top=14, bottom=4))
            for item in meeting.items:
                text = f"{item.number}. {item.title}"
                if item.closed:
                    text += " (" + translate("ItemDocument", "closed") + ")"
                self._paragraph(text, self._char(), self._block(bottom=2))
        return self._result


def build_item_document(
    item: AgendaItem, palette: QPalette, font: QFont, meeting: Meeting | None = None
) -> ItemDocument:
    """``meeting`` (the one the item belongs to) puts its own decision before earlier treatments."""
    return ItemDocumentBuilder(palette, font).build_item(item, meeting)


def build_meeting_document(meeting: Meeting, palette: QPalette, font: QFont) -> ItemDocument:
    return ItemDocumentBuilder(palette, font).build_meeting(meeting)


__all__ = [
    "CollapsibleSection",
    "ItemDocument",
    "build_item_document",
    "build_meeting_document",
    "split_table_runs",
]
