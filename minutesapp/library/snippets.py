"""Snippets with match spans, cut from the unstemmed text.

FTS5's own snippet() would show stems ("kompetenceplan" for "kompetenceplanen"), so we find
the matches again here and return plain text plus (start, end) offsets; the UI escapes the
text and applies the spans itself. Matches are found with one regex over the *stemmed* text
the index stores (word i there is word i of the text), and only the words around the best
match are tokenized in the original, so long items stay fast.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from minutesapp.library.query import Term
from minutesapp.library.stemming import seek_word, stem_text

WORDS_BEFORE = 8
WORDS_TOTAL = 32
ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Match:
    first: int  # word index of the first word
    last: int  # word index of the last word
    term: int  # index into the terms


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...]


def _term_regex(term: Term) -> str:
    words = [re.escape(s) for s in term.stems]
    if term.alternative and len(words) == 1:
        words[0] = f"(?:{words[0]}|{re.escape(term.alternative)})"
    if term.prefix:
        words[-1] += "[^ ]*"
    return " ".join(words)


class Matcher:
    """The query's positive terms as one regex over stemmed text (stems joined by spaces)."""

    def __init__(self, terms: tuple[Term, ...]) -> None:
        self.terms = terms
        alternatives = "|".join(f"(?P<t{i}>{_term_regex(t)})" for i, t in enumerate(terms))
        self._pattern = re.compile(rf"(?<![^ ])(?:{alternatives})(?![^ ])")

    def matches(self, stemmed: str) -> list[Match]:
        """Every (non-overlapping) occurrence, in text order, as word indices."""
        found: list[Match] = []
        position = index = 0
        for match in self._pattern.finditer(stemmed):
            index += stemmed.count(" ", position, match.start())
            position = match.start()
            assert match.lastgroup is not None
            found.append(Match(index, index + match.group().count(" "), int(match.lastgroup[1:])))
        return found

    def quality(self, stemmed: str) -> tuple[int, int]:
        """(distinct terms found, total matches): how well a section answers the query."""
        terms = [m.lastgroup for m in self._pattern.finditer(stemmed)]
        return len(set(terms)), len(terms)

    def snippet(self, text: str, stemmed: str, checkpoints: bytes | None = None) -> Snippet:
        """The window of ``text`` with the most distinct terms, whitespace collapsed."""
        matches = self.matches(stemmed)
        first = max(0, _best_anchor(matches) - WORDS_BEFORE)
        window = list(islice(seek_word(text, first, checkpoints), WORDS_TOTAL + 1))
        if not window:
            return Snippet("", ())
        more_after = len(window) > WORDS_TOTAL
        window = window[:WORDS_TOTAL]
        last = first + len(window) - 1
        raw_spans = [(window[m.first - first].start, window[m.last - first].end)
                     for m in matches if m.first >= first and m.last <= last]
        start, end = window[0].start, _end_with_punctuation(text, window[-1].end)
        body, spans = _collapse(text, start, end, raw_spans)
        prefix = ELLIPSIS if first > 0 else ""
        suffix = ELLIPSIS if more_after else ""
        shift = len(prefix)
        return Snippet(prefix + body + suffix, tuple((s + shift, e + shift) for s, e in spans))


def make_snippet(text: str, terms: tuple[Term, ...]) -> Snippet:
    """A snippet of a text that is not in the index (stems it first)."""
    return Matcher(terms).snippet(text, stem_text(text))


def match_quality(text: str, terms: tuple[Term, ...]) -> tuple[int, int]:
    return Matcher(terms).quality(stem_text(text))


def _end_with_punctuation(text: str, end: int) -> int:
    """Keep the punctuation glued to the last word ("godkendes."), up to the next space."""
    while end < len(text) and not text[end].isspace() and not text[end].isalnum():
        end += 1
    return end


def _best_anchor(matches: list[Match]) -> int:
    """The word index to centre on: the match followed by the most distinct terms.

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
