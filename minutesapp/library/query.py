"""What the user typed in the search box, turned into an FTS5 expression over stems.

Supported: words (all must occur), ``"a phrase"``, ``word*`` (prefix), ``a OR b`` and
``-word`` (must not occur). A word that punctuation splits (``EMN-2025-003383``,
``21/24526``) is searched as a phrase of its parts. Everything is passed to FTS5 as quoted
strings, so no user text can be read as FTS5 syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesapp.library.stemming import normalize, stems


class QueryError(ValueError):
    """The query has nothing to search for (empty, only punctuation, or only exclusions)."""


@dataclass(frozen=True)
class Term:
    """One thing to find: a sequence of stems (one for a word, several for a phrase)."""

    stems: tuple[str, ...]
    prefix: bool = False
    negated: bool = False
    # For a single word, the folded word itself when the stemmer cut it further than the
    # stem of its inflections ("budget" -> "budg", but "budgettet" -> "budget").
    alternative: str | None = None

    @property
    def first_words(self) -> tuple[str, ...]:
        """What the first token of a match may be indexed as."""
        return (self.stems[0], self.alternative) if self.alternative else (self.stems[:1])

    def to_fts(self) -> str:
        quoted = '"' + " ".join(self.stems) + '"'
        if self.prefix:
            return quoted + " *"
        if self.alternative:
            return f'({quoted} OR "{self.alternative}")'
        return quoted


@dataclass(frozen=True)
class ParsedQuery:
    """Terms in order; ``or_before[i]`` says term i is joined to the previous one by OR."""

    terms: tuple[Term, ...]
    or_before: tuple[bool, ...]

    @property
    def positive(self) -> tuple[Term, ...]:
        """The terms to highlight in snippets."""
        return tuple(t for t in self.terms if not t.negated)

    def to_fts(self) -> str:
        """Words AND-ed; "a OR b" binds tighter than AND (``x a OR b`` = x AND (a OR b))."""
        groups: list[list[str]] = []
        for term, joined_by_or in zip(self.terms, self.or_before):
            if term.negated:
                continue
            if groups and joined_by_or:
                groups[-1].append(term.to_fts())
            else:
                groups.append([term.to_fts()])
        expression = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
        for term in self.terms:
            if term.negated:
                expression = f"({expression}) NOT {term.to_fts()}"
        return expression


_PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse_query(text: str) -> ParsedQuery:
    """Parse a search-box query; raises QueryError when nothing is left to search for."""
    terms: list[Term] = []
    or_before: list[bool] = []
    pending_or = False
    for match in _PIECE.finditer(text):
        negated_phrase, phrase, word = match.groups()
        if word == "OR":
            pending_or = bool(terms)
            continue
        if phrase is not None:
            term_stems, prefix, negated = stems(phrase), False, bool(negated_phrase)
        else:
            negated = word.startswith("-") and len(word) > 1
            body = word[1:] if negated else word
            prefix = body.endswith("*")
            term_stems = stems(body.rstrip("*"))
        if not term_stems:
            continue
        terms.append(Term(tuple(term_stems), prefix, negated, _alternative(phrase, word, term_stems)))
        or_before.append(pending_or and not negated)
        pending_or = False
    if not any(not t.negated for t in terms):
        raise QueryError(f"nothing to search for in {text!r}")
    return ParsedQuery(tuple(terms), tuple(or_before))


def _alternative(phrase: str | None, word: str | None, term_stems: list[str]) -> str | None:
    if phrase is not None or word is None or len(term_stems) != 1:
        return None
    folded = normalize(word.lstrip("-")).casefold()
    return folded if folded.isalnum() and folded != term_stems[0] else None
