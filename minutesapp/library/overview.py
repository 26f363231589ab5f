"""The decision overview of one meeting: each item's outcome and dissent at a glance.

Minutes often quote earlier treatments of an item (Haderslev's "Beslutning i X den D" for
every committee, Aarhus' Sagsforløb); the outcome is the decision of *this* meeting's body
on *this* meeting's date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutesapp.library.records import DecisionSummary
from minutesapp.model import Decision, Meeting

_PARENTHESIS = re.compile(r"\([^)]*\)")


def _body_key(body: str) -> str:
    return " ".join(_PARENTHESIS.sub(" ", body).casefold().split())


def same_body(a: str | None, b: str | None) -> bool:
    """Loose equality of body names: "Byrådet" ~ "Byrådet (2022-2025)", genitive "udvalgets"."""
    if not a or not b:
        return False
    ka, kb = _body_key(a), _body_key(b)
    return bool(ka and kb) and (ka.startswith(kb) or kb.startswith(ka))


def own_decisions(body: str | None, date: str | None, decisions: Sequence[Decision]) -> tuple[Decision, ...]:
    """The decisions taken at the meeting itself (not the earlier treatments it quotes)."""
    on_date = [d for d in decisions if date is not None and d.date == date]
    by_body = [d for d in on_date if same_body(d.body, body)]
    if by_body:
        return tuple(by_body)
    if on_date:
        return tuple(on_date)
    return tuple(d for d in decisions if d.date is None and (d.body is None or same_body(d.body, body)))


def first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def decision_overview(meeting: Meeting) -> tuple[DecisionSummary, ...]:
    """One record per item, in agenda order; outcome None where the meeting decided nothing."""
    summaries = []
    for item in meeting.items:
        own = own_decisions(meeting.body, meeting.date, item.decisions)
        last = own[-1] if own else None
        summaries.append(DecisionSummary(
            item=item.number,
            title=item.title,
            case_number=item.case_number,
            outcome=first_line(last.text) if last else None,
            against=last.against if last else (),
            absent=last.absent if last else (),
            closed=item.closed,
        ))
    return tuple(summaries)
