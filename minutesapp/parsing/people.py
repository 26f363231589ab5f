"""Lists of people or parties as minutes print them: "A, B og C", "Socialistisk Folkepartis
og Enhedslisten de Rød-Grønnes byrådsgrupper og Viggo Jonasen".
"""

from __future__ import annotations

import re

# "," or "og"/"och"/"samt"/"&", but not the "og" of a suspended compound ("Sundheds- og ...").
_SEPARATORS = re.compile(r"\s*,\s*(?:og\s+|och\s+)?|(?<!-)\s+(?:og|och|samt|&)\s+", re.IGNORECASE)
# A party's group named through its members: "Radikale Venstres og Alternativets byrådsgrupper".
_GROUP_WORD = re.compile(r"\s+(?P<word>byrådsgrupper?|grupper?|byrådsmedlemmer)\b.*$", re.IGNORECASE)
# The group word one of several coordinated groups gets: each party has one group.
_SINGULAR_GROUP = {"byrådsgrupper": "byrådsgruppe", "grupper": "gruppe"}
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
    """People and groups in a "... kunne ikke tiltræde" subject, each as the minutes name it.

    The printed subject is kept (a group is not its party: "Danmarksdemokraternes
    byrådsgruppe" stays so); only a group word shared by coordinated genitives goes to each:
    "Radikale Venstres og Alternativets byrådsgrupper" is "Radikale Venstres byrådsgruppe"
    and "Alternativets byrådsgruppe".
    """
    parts = split_people(text)
    out: list[str] = []
    pending: list[str] = []  # names before a group word, still waiting for it
    for part in parts:
        part = _LEADING_WORDS.sub("", part)
        grouped = _GROUP_WORD.search(part)
        if grouped:
            pending.append(part[: grouped.start()])
            word = grouped["word"]
            if len(pending) > 1:
                word = _SINGULAR_GROUP.get(word.casefold(), word)
            out.extend(f"{name} {word}" for name in pending if name)
            pending = []
        elif part.endswith("s") and not part.endswith("ss"):
            pending.append(part)
        else:
            out.extend(pending)
            pending = []
            out.append(part)
    out.extend(pending)
    return [name for name in out if name]
