"""Turn an item's heading facts and body blocks into an AgendaItem.

Decisions are every one the item records (an empty one, an agenda's "Stadsstyrelsens
beslut:" with nothing under it, is not recorded) (decision blocks, Sagsforløb entries, a closed
item's bare text, and Ballerup's earlier treatments, which have body, date and number but
empty text), in date order, oldest first (undated last, printed order kept among
equals). A decision without its own body/date is the meeting's own and gets the meeting's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from minutesapp.model import AgendaItem, Decision, Section, SectionKind
from minutesapp.parsing.attachments import attachment_titles
from minutesapp.parsing.decisions import DecisionHead, build_decision, build_history, same_body
from minutesapp.parsing.items import ItemSpan
from minutesapp.parsing.reflow import reflow
from minutesapp.parsing.sections import Block, BlockKind, split_blocks


def assemble_item(span: ItemSpan, *, body: str | None, date: str | None, width: int) -> AgendaItem:
    """The AgendaItem for ``span``; ``body``/``date`` are the meeting's."""
    blocks = split_blocks(span.body)
    sections: list[Section] = []
    decisions: list[Decision] = []
    attachments: list[str] = []
    bare_decision = span.closed and all(block.kind in (BlockKind.PREAMBLE, BlockKind.TREATMENT) for block in blocks)
    treatments: list[Decision] = []
    for block in blocks:
        if block.kind is BlockKind.TREATMENT:
            assert block.decision is not None
            treatments.append(_treatment(block.decision))
        elif block.kind is BlockKind.PREAMBLE and bare_decision:
            decisions.append(build_decision(DecisionHead(""), block.lines, width))
        elif block.kind is BlockKind.DECISION:
            assert block.decision is not None
            decisions.append(build_decision(block.decision, block.lines, width))
        elif block.kind is BlockKind.HISTORY:
            decisions.extend(build_history(block.lines, width))
        else:
            sections.append(_section(block, width))
            if block.section_kind is SectionKind.BILAG:
                attachments.extend(attachment_titles([line.text for line in block.lines], width))
    recorded = [decision for decision in decisions if decision.text or decision.against or decision.absent]
    owned = [_as_meetings(decision, span.number, body, date) for decision in recorded]
    taken = {(decision.body, decision.date) for decision in owned}
    owned.extend(t for t in treatments if (t.body, t.date) not in taken and not same_meeting(t, body, date))
    return AgendaItem(
        number=span.number,
        title=span.title,
        case_number=span.case_number,
        closed=span.closed,
        page=span.page,
        sections=tuple(sections),
        decisions=tuple(sorted(owned, key=lambda d: d.date or "9999-99-99")),
        attachments=tuple(attachments),
    )


def _treatment(head: DecisionHead) -> Decision:
    """An earlier treatment the item only names (Ballerup): body, date and number, no text.

    The empty text is deliberate: the document records that the body treated the item,
    not what it decided; readers show it as "treated earlier".
    """
    return Decision(body=head.body, date=head.date, text="", item_number=head.item_number)


def same_meeting(decision: Decision, body: str | None, date: str | None) -> bool:
    return decision.date == date and same_body(decision.body, body)


def _section(block: Block, width: int) -> Section:
    return Section(kind=block.section_kind, heading=block.heading, text=reflow(block.lines, width), page=block.page)


def _as_meetings(decision: Decision, number: int, body: str | None, date: str | None) -> Decision:
    """Fill the meeting's body/date into its own decisions, and its item number."""
    own = decision.body is None
    if own:
        decision = replace(decision, body=body)
    if body and same_body(decision.body, body):
        decision = replace(decision, body=body)  # one spelling, even where the text layer garbles
    if decision.date is None and (own or decision.body == body):
        decision = replace(decision, date=date)
    if decision.item_number is None and decision.date == date and same_body(decision.body, body):
        decision = replace(decision, item_number=number)
    return decision


def meeting_decision_guess(items: Sequence[AgendaItem]) -> tuple[str | None, str | None]:
    """(body, date) most decisions name, for documents without a header (Ballerup's single items)."""
    counts: dict[tuple[str | None, str | None], int] = {}
    for item in items:
        for decision in item.decisions:
            if decision.body and decision.text:  # not an earlier treatment the item only names
                key = (decision.body, decision.date)
                counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None, None
    return max(counts, key=lambda key: (counts[key], key[1] is not None))
