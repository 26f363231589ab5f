"""Snippets with match spans, cut from the unstemmed text.

FTS5's own snippet() would show stems ("kompetenceplan" for "kompetenceplanen"), so we find
the matches again here, with the same tokens the index used, and return plain text plus
(start, end) offsets; the UI escapes the text and applies the spans itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from minutesapp.library.query import Term
from minutesapp.library.stemming import Token, tokens

WORDS_BEFORE = 8
WORDS_TOTAL = 32
ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Match:
    first: int  # token index of the first word
    last: int  # token index of the last word
    term: int  # index into the terms


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...]


def find_matches(toks: list[Token], terms: tuple[Term, ...]) -> list[Match]:
    """Every place a term (word, prefix or phrase) occurs, in text order."""
    by_stem: dict[str, list[int]] = {}
    for index, tok in enumerate(toks):
        by_stem.setdefault(tok.stem, []).append(index)
    found: list[Match] = []
    for term_index, term in enumerate(terms):
        first, rest = term.stems[0], term.stems[1:]
        if term.prefix and not rest:
            starts = [i for s, idx in by_stem.items() if s.startswith(first) for i in idx]
        else:
            starts = sorted(i for word in term.first_words for i in by_stem.get(word, []))
        for start in starts:
            end = start + len(rest)
            if end >= len(toks):
                continue
            if all(_word_matches(toks[start + 1 + k].stem, s, term.prefix and k == len(rest) - 1)
                   for k, s in enumerate(rest)):
                found.append(Match(start, end, term_index))
    found.sort(key=lambda m: (m.first, m.last))
    return found


def _word_matches(stem: str, wanted: str, prefix: bool) -> bool:
    return stem.startswith(wanted) if prefix else stem == wanted


def match_quality(text: str, terms: tuple[Term, ...]) -> tuple[int, int]:
    """(distinct terms found, total matches): how well a section answers the query."""
    matches = find_matches(list(tokens(text)), terms)
    return len({m.term for m in matches}), len(matches)


def make_snippet(text: str, terms: tuple[Term, ...]) -> Snippet:
    """The window of the text with the most distinct terms, whitespace collapsed."""
    toks = list(tokens(text))
    if not toks:
        return Snippet("", ())
    matches = find_matches(toks, terms)
    anchor = _best_anchor(matches)
    first = max(0, anchor - WORDS_BEFORE)
    last = min(len(toks) - 1, first + WORDS_TOTAL - 1)
    inside = [m for m in matches if m.first >= first and m.last <= last]
    start = toks[first].start
    end = _end_with_punctuation(text, toks[last].end)
    raw_spans = [(toks[m.first].start, toks[m.last].end) for m in inside]
    body, spans = _collapse(text, start, end, raw_spans)
    prefix = ELLIPSIS if first > 0 else ""
    suffix = ELLIPSIS if last < len(toks) - 1 else ""
    shift = len(prefix)
    return Snippet(prefix + body + suffix, tuple((s + shift, e + shift) for s, e in spans))


def _end_with_punctuation(text: str, end: int) -> int:
    """Keep the punctuation glued to the last word ("godkendes."), up to the next space."""
    while end < len(text) and not text[end].isspace() and not text[end].isalnum():
        end += 1
    return end


def _best_anchor(matches: list[Match]) -> int:
    """The token index to centre on: the match followed by the most distinct terms.

    A sliding window over the matches (sorted by position), so a common word matching
    hundreds of times costs linear time.
    """
    reach = WORDS_TOTAL - WORDS_BEFORE
    in_window: Counter[int] = Counter()
    best, best_score, j = 0, -1, 0
    for i, match in enumerate(matches):
        while j < len(matches) and matches[j].last < match.first + reach:
            in_window[matches[j].term] += 1
            j += 1
        score = len(in_window) * 1000 + (j - i)
        if score > best_score:
            best, best_score = match.first, score
        in_window[match.term] -= 1
        if not in_window[match.term]:
            del in_window[match.term]
    return best


def _collapse(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """text[start:end] with whitespace runs as single spaces, spans moved to match."""
    out: list[str] = []
    position: dict[int, int] = {}
    length = 0
    cursor = start
    for space in _SPACE.finditer(text, start, end):
        for offset in range(cursor, space.start()):
            position[offset] = length + offset - cursor
        out.append(text[cursor:space.start()])
        length += space.start() - cursor
        for offset in range(space.start(), space.end()):
            position[offset] = length
        out.append(" ")
        length += 1
        cursor = space.end()
    for offset in range(cursor, end + 1):
        position[offset] = length + offset - cursor
    out.append(text[cursor:end])
    return "".join(out), [(position[s], position[e]) for s, e in spans]
