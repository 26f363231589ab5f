"""Danish-aware tokens for the search index: NFC, case folding, Snowball Danish stems.

The index and the query go through the same functions, so an inflected form in either
(``kompetenceplanen``) meets its stem (``kompetenceplan``). We tokenize ourselves instead of
relying on an FTS5 tokenizer so that snippets can map matches back onto the unstemmed text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

# Letters and digits; "_" and punctuation separate words ("EMN-2025-003383" -> 3 tokens).
_WORD = re.compile(r"[^\W_]+")
_STEMMER = snowballstemmer.stemmer("danish")


@dataclass(frozen=True)
class Token:
    """A word of the original text: its character span and its stem."""

    start: int
    end: int
    stem: str


def normalize(text: str) -> str:
    """NFC, so that a decomposed "å" (a + ring) is one letter like the composed one."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Danish stem of one word, case-folded; digits pass through unchanged.

    Cached: a council vocabulary is small, and the pure-Python stemmer is the slow part of
    indexing.
    """
    folded = word.casefold()
    if folded.isdigit() or len(folded) < 3:
        return folded
    return _STEMMER.stemWord(folded)


def tokens(text: str) -> Iterator[Token]:
    """Every word of ``text`` (which should already be NFC) with its span and stem."""
    for match in _WORD.finditer(text):
        yield Token(match.start(), match.end(), stem(match.group()))


def stems(text: str) -> list[str]:
    return [stem(m.group()) for m in _WORD.finditer(normalize(text))]


def stem_text(text: str) -> str:
    """The text as the index stores it: stems separated by single spaces."""
    return " ".join(stems(text))
