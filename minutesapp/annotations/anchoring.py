"""Anchoring highlights in an item's text, and finding them again in a revised version.

Highlights are anchored as Hypothesis does with W3C selectors: the item (case number, number,
title), the exact quote with up to 32 characters of prefix/suffix, and the quote's offsets.
Re-attaching tries, in order: the same offsets; the exact quote elsewhere (prefix/suffix
decide between repeats, then nearness to the old offset); a fuzzy match (difflib).
Nothing is ever dropped: a highlight that cannot be placed comes back ``ORPHANED``.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from minutesapp.annotations.records import Highlight, ItemRef, TextAnchor
from minutesapp.model import AgendaItem, Meeting

CONTEXT_CHARS = 32
FUZZY_THRESHOLD = 0.75  # difflib ratio of quote vs. candidate span
FUZZY_MIN_LENGTH = 8  # shorter quotes are only re-found exactly
SAME_NUMBER_TITLE_THRESHOLD = 0.5  # an item at the old number must still look like it
TITLE_THRESHOLD = 0.75  # an item found by title alone must look very much like it
_MAX_SEEDS = 400


class AnchorStatus(StrEnum):
    EXACT = "exact"  # same item number, same offsets
    MOVED = "moved"  # the exact quote, at another offset or in a renumbered item
    FUZZY = "fuzzy"  # a close but not identical passage (e.g. a typo was fixed inside it)
    ORPHANED = "orphaned"  # "not found in this version": kept and listed, never dropped


def item_text(item: AgendaItem) -> str:
    """The one text highlights are anchored in and offsets count into (the UI shows the same)."""
    return item.full_text


def anchor_at(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> TextAnchor:
    """The anchor for ``text[start:end]``; raises ValueError for an empty or out-of-range span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"no text to highlight at {start}..{end} (text has {len(text)} characters)")
    return TextAnchor(text[start:end], text[max(0, start - context) : start], text[end : end + context], start, end)


def _case_key(case_number: str | None) -> str:
    return "".join((case_number or "").split()).casefold()


def title_similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, " ".join(a.casefold().split()), " ".join(b.casefold().split())).ratio()


def find_item(meeting: Meeting, ref: ItemRef) -> AgendaItem | None:
    """The item of ``meeting`` that ``ref`` describes: by case number, number, then title."""
    key = _case_key(ref.case_number)
    if key:
        by_case = [i for i in meeting.items if _case_key(i.case_number) == key]
        if len(by_case) == 1:
            return by_case[0]
        if by_case:  # the same case twice on one agenda: the title decides
            return max(by_case, key=lambda i: title_similarity(i.title, ref.title))

    def contradicts(item: AgendaItem) -> bool:
        return bool(key and item.case_number and _case_key(item.case_number) != key)

    same_number = meeting.item(ref.number)
    if (
        same_number is not None
        and not contradicts(same_number)
        and title_similarity(same_number.title, ref.title) >= SAME_NUMBER_TITLE_THRESHOLD
    ):
        return same_number
    scored = [(title_similarity(i.title, ref.title), i) for i in meeting.items if not contradicts(i)]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best and best[0] >= TITLE_THRESHOLD else None


@dataclass(frozen=True)
class TextMatch:
    start: int
    end: int
    status: AnchorStatus
    score: float  # 1.0 for exact matches, the difflib ratio for fuzzy ones


def _context_score(text: str, start: int, end: int, anchor: TextAnchor) -> int:
    """How many characters of the stored prefix/suffix agree around ``text[start:end]``."""
    score = 0
    before = text[max(0, start - len(anchor.prefix)) : start]
    for a, b in zip(reversed(before), reversed(anchor.prefix), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(text[end : end + len(anchor.suffix)], anchor.suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def _occurrences(text: str, needle: str, limit: int = _MAX_SEEDS) -> list[int]:
    found: list[int] = []
    pos = text.find(needle)
    while pos != -1 and len(found) < limit:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def _fuzzy_span(text: str, exact: str, start: int) -> tuple[int, int, float] | None:
    """Align ``exact`` with the text around ``start``; the matched span and its ratio."""
    slack = len(exact) // 4 + 2
    lo = max(0, start - slack)
    window = text[lo : start + len(exact) + slack]
    blocks = [b for b in SequenceMatcher(None, exact, window, autojunk=False).get_matching_blocks() if b.size]
    while len(blocks) > 1 and blocks[0].size < 3:  # stray letters at the edges are not the quote
        blocks.pop(0)
    while len(blocks) > 1 and blocks[-1].size < 3:
        blocks.pop()
    if not blocks:
        return None
    span_start, span_end = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
    ratio = SequenceMatcher(None, exact, text[span_start:span_end], autojunk=False).ratio()
    return span_start, span_end, ratio


def _fuzzy_match(text: str, anchor: TextAnchor) -> TextMatch | None:
    exact = anchor.exact
    if len(exact) < FUZZY_MIN_LENGTH:
        return None
    chunk = max(4, len(exact) // 8)
    votes: dict[int, int] = {}
    for offset in range(0, len(exact) - chunk + 1, chunk):
        for pos in _occurrences(text, exact[offset : offset + chunk]):
            votes[pos - offset] = votes.get(pos - offset, 0) + 1
    candidates = sorted(votes, key=lambda s: (-votes[s], abs(s - anchor.start)))[:20]
    best: tuple[float, int, int, int] | None = None  # (ratio, -distance, start, end)
    for seed in candidates:
        span = _fuzzy_span(text, exact, seed)
        if span is None:
            continue
        key = (span[2], -abs(span[0] - anchor.start), span[0], span[1])
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None or best[0] < FUZZY_THRESHOLD:
        return None
    return TextMatch(best[2], best[3], AnchorStatus.FUZZY, best[0])


def locate_quote(text: str, anchor: TextAnchor) -> TextMatch | None:
    """Where ``anchor`` is in ``text``: same offsets, the exact quote elsewhere, or fuzzy."""
    if anchor.exact and text[anchor.start : anchor.end] == anchor.exact:
        return TextMatch(anchor.start, anchor.end, AnchorStatus.EXACT, 1.0)
    starts = _occurrences(text, anchor.exact) if anchor.exact else []
    if starts:
        n = len(anchor.exact)
        best = max(starts, key=lambda s: (_context_score(text, s, s + n, anchor), -abs(s - anchor.start)))
        return TextMatch(best, best + n, AnchorStatus.MOVED, 1.0)
    return _fuzzy_match(text, anchor)


@dataclass(frozen=True)
class Reattached:
    """A stored highlight placed on a version of the meeting (``item_number``/offsets None if orphaned)."""

    highlight: Highlight
    status: AnchorStatus
    item_number: int | None = None
    start: int | None = None
    end: int | None = None
    score: float = 0.0

    @property
    def quote(self) -> str:
        """The text the user originally highlighted (what to show for an orphan)."""
        return self.highlight.anchor.exact


def reattach(meeting: Meeting, highlight: Highlight) -> Reattached:
    """Place one stored highlight on ``meeting``; never raises for a missing item or quote."""
    item = find_item(meeting, highlight.item)
    match = locate_quote(item_text(item), highlight.anchor) if item is not None else None
    if item is None or match is None:
        return Reattached(highlight, AnchorStatus.ORPHANED)
    status = match.status
    if status is AnchorStatus.EXACT and item.number != highlight.item.number:
        status = AnchorStatus.MOVED
    return Reattached(highlight, status, item.number, match.start, match.end, match.score)
