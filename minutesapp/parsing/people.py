"""Lists of people or parties as minutes print them: "A, B og C", "Socialistisk Folkepartis
og Enhedslisten de Rød-Grønnes byrådsgrupper og Viggo Jonasen".
"""

from __future__ import annotations

import re

# "," or "og"/"och"/"samt"/"&", but not the "og" of a suspended compound ("Sundheds- og ...").
_SEPARATORS = re.compile(r"\s*,\s*(?:og\s+|och\s+)?|(?<!-)\s+(?:og|och|samt|&)\s+", re.IGNORECASE)
# A party's group named through its members: "Radikale Venstres og Alternativets byrådsgrupper".
_GROUP_WORD = re.compile(r"\s+(?:byrådsgrupper?|grupper?|byrådsmedlemmer)\b.*$", re.IGNORECASE)
_LEADING_WORDS = re.compile(r"^(?:medlemmerne|medlemmet|medlem|rådmand|borgmester|udvalgsmedlem)\s+", re.IGNORECASE)


def split_people(text: str) -> list[str]:
    """Names in a printed list, without the joining words and final full stop."""
    names = []
    for part in _SEPARATORS.split(text.strip().rstrip(".;")):
        name = part.strip(" .;:")
        if name:
            names.append(name)
    return names


def split_dissenters(text: str) -> list[str]:
    """People and parties in a "... kunne ikke tiltræde" subject, genitive groups made plain.

    "Radikale Venstres og Alternativets byrådsgrupper" is two parties, Radikale Venstre and
    Alternativet: every name up to the one carrying the group word loses its genitive s.
    """
    parts = split_people(text)
    out: list[str] = []
    pending: list[str] = []  # names before a group word, still in the genitive
    for part in parts:
        part = _LEADING_WORDS.sub("", part)
        grouped = _GROUP_WORD.search(part)
        if grouped:
            pending.append(part[: grouped.start()])
            out.extend(_drop_genitive(name) for name in pending)
            pending = []
        elif part.endswith("s") and not part.endswith("ss"):
            pending.append(part)
        else:
            out.extend(pending)
            pending = []
            out.append(part)
    out.extend(pending)
    return [name for name in out if name]


def _drop_genitive(name: str) -> str:
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name
