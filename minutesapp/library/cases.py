"""Case tracking: every treatment of one case number, across meetings and bodies, by date.

Two sources: the items in the library with that case number, and the earlier treatments
the minutes themselves quote (Decision entries of other bodies or dates). A quoted
treatment that is also in the library as its own meeting is shown once, from the library.
"""

from __future__ import annotations

import json
import sqlite3

from minutesapp.library.index_db import case_key
from minutesapp.library.overview import own_decisions, same_body
from minutesapp.library.records import CaseTreatment
from minutesapp.model import Decision


def _decisions(conn: sqlite3.Connection, item_id: int) -> list[Decision]:
    rows = conn.execute(
        "SELECT body, date, text, against, absent, item_number FROM decisions WHERE item_id = ? ORDER BY seq",
        (item_id,)).fetchall()
    return [Decision(body=b, date=d, text=t, against=tuple(json.loads(ag)), absent=tuple(json.loads(ab)),
                     item_number=n) for b, d, t, ag, ab, n in rows]


def case_history(conn: sqlite3.Connection, case_number: str) -> list[CaseTreatment]:
    """All treatments of ``case_number`` in date order (undated last)."""
    key = case_key(case_number)
    if key is None:
        return []
    rows = conn.execute(
        "SELECT items.id, files.path, meetings.date, meetings.body, items.number, items.title"
        " FROM items JOIN meetings ON meetings.file_id = items.file_id JOIN files ON files.id = items.file_id"
        " WHERE items.case_key = ?", (key,)).fetchall()
    found: list[CaseTreatment] = []
    quoted: list[CaseTreatment] = []
    for item_id, path, date, body, number, title in rows:
        decisions = _decisions(conn, item_id)
        own = own_decisions(body, date, decisions)
        found.append(CaseTreatment(date=date, body=body, item=number, title=title,
                                   decisions=tuple(d.text for d in own), file=path))
        quoted.extend(CaseTreatment(date=d.date, body=d.body, item=d.item_number, title=None,
                                    decisions=(d.text,), recorded_in=path)
                      for d in decisions if d not in own)
    for treatment in quoted:
        twin = next((i for i, other in enumerate(found) if _same_treatment(treatment, other)), None)
        if twin is None:
            found.append(treatment)
        elif found[twin].file is None and found[twin].item is None:  # keep the quote that names the item
            found[twin] = treatment
    return sorted(found, key=lambda t: (t.date is None, t.date or "", t.body or "", t.item or 0))


def _same_treatment(a: CaseTreatment, b: CaseTreatment) -> bool:
    if a.date != b.date:
        return False
    if a.file is None and b.file is None:  # the same quote found in two sets of minutes
        return (a.body or "").casefold() == (b.body or "").casefold() and a.decisions == b.decisions
    return same_body(a.body, b.body)
