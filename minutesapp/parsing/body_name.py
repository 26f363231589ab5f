"""The body's name as the document spells it most often.

A garbled text layer can misspell the one line that labels the body (Nykarleby's page 1:
"Organ Rådet för funktinnshndrade") while the document prints the name cleanly elsewhere:
in the second header block ("Rådet för funktionshindrade" on a line of its own), in
decision headings ("Välfärdsnämndens beslut:") and in signatures. A page-1 spelling that
the document prints nowhere else gives way to a near-equal one it repeats.

Only then: the same text layer garbles running text and headings too ("Personalsektonen"
in most "...s beslut:" headings), so a majority vote would often pick the garbled form.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from minutesapp.parsing.decisions import decision_heading
from minutesapp.parsing.lines import Line

# Near-equal: at most this many edits per this many characters (at least one edit).
_CHARS_PER_EDIT = 10


def preferred_body_spelling(body: str | None, lines: Sequence[Line]) -> str | None:
    """``body``, or, when ``lines`` print it only once, a near-equal spelling they repeat
    (found as a line of its own or a decision heading's body)."""
    if not body:
        return body
    texts = [line.text for line in lines]
    if _occurrences(body, texts) > 1:
        return body  # the document repeats it: not a one-off garble
    candidates: Counter[str] = Counter()
    for text in texts:
        head = decision_heading(text)
        for name in (text.strip(), head.body if head and head.body else ""):
            if name and name != body and near_equal(name, body):
                candidates[name] += 1
    if not candidates:
        return body
    best = max(candidates, key=lambda name: (_occurrences(name, texts), candidates[name]))
    return best if _occurrences(best, texts) > 1 else body


def near_equal(first: str, second: str) -> bool:
    """Spellings of one name: a few letters differ (case aside), not whole words."""
    a, b = first.casefold(), second.casefold()
    allowed = max(1, min(len(a), len(b)) // _CHARS_PER_EDIT)
    return abs(len(a) - len(b)) <= allowed and edit_distance(a, b, limit=allowed) <= allowed


def edit_distance(a: str, b: str, *, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it must exceed ``limit``."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _occurrences(name: str, texts: Sequence[str]) -> int:
    """Lines that print ``name`` (case aside), on its own or inside a longer line."""
    folded = name.casefold()
    return sum(folded in text.casefold() for text in texts)
