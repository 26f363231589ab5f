"""Dates and times as Danish and Swedish minutes print them, turned into ISO strings.

"11-12-2025", "04.12.2012", "30.1.2023", "11. december 2025", "Torsdag den 20. juni 2013",
"d. 11. dec. 2025", "15 september 2022" → "YYYY-MM-DD"; "kl. 16.15", "kl. 16:15 – 18:35" → "16:15".
Impossible dates (31-02) are not dates.
"""

from __future__ import annotations

import datetime
import re

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januar", "januari", "january", "jan"),
        ("februar", "februari", "february", "feb"),
        ("marts", "mars", "march", "mar"),
        ("april", "apr"),
        ("maj", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("august", "augusti", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC = r"(?<![\d.,/-])(?P<d>\d{1,2})(?P<sep>[.\-/])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"
_ISO = r"(?<![\d.,/-])(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?!\d)"
_WORDED = rf"(?<!\d)(?P<wd>\d{{1,2}})\.?\s*(?P<wm>{_MONTH_NAMES})\b\.?,?\s*(?P<wy>\d{{4}})(?!\d)"
_DATE = re.compile(f"{_NUMERIC}|{_ISO}|{_WORDED}", re.IGNORECASE)
# What may stand before a date that is the whole of a field: "Torsdag den", "d.", "tirsdag d."
_PREFIX = re.compile(
    r"^\s*(?:(?:man|tirs|ons|tors|fre|lør|søn|sön|mån|tis|tors|fre|lör)dag(?:en)?\s*,?\s*)?"
    r"(?:(?:den|d\.)\s*)?",
    re.IGNORECASE,
)
_TIME = re.compile(r"\bkl(?:\.|[a-zæøåäö]*\.?)\s*(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?![\d.:]\d)", re.IGNORECASE)
_BARE_TIME = re.compile(r"(?<![\d.:])(?P<h>\d{1,2}):(?P<m>\d{2})(?![\d:])")


def find_date(text: str) -> str | None:
    """The first valid date anywhere in ``text``, as YYYY-MM-DD."""
    for match in _DATE.finditer(text):
        iso = _to_iso(match)
        if iso:
            return iso
    return None


def parse_date(text: str) -> str | None:
    """``text`` that starts with a date (after a weekday, "den" or "d."), as YYYY-MM-DD."""
    start = _PREFIX.match(text)
    match = _DATE.match(text, start.end() if start else 0)
    return _to_iso(match) if match else None


def find_time(text: str) -> str | None:
    """The first clock time, preferring one after "kl."/"klockan"; "HH:MM" (a range gives its start)."""
    for pattern in (_TIME, _BARE_TIME):
        for match in pattern.finditer(text):
            hour, minute = int(match["h"]), int(match["m"] or 0)
            if hour < 24 and minute < 60:
                return f"{hour:02d}:{minute:02d}"
    return None


def _to_iso(match: re.Match[str]) -> str | None:
    if match["d"]:
        day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    elif match["iy"]:
        day, month, year = int(match["id"]), int(match["im"]), int(match["iy"])
    else:
        day, month, year = int(match["wd"]), _MONTHS[match["wm"].casefold()], int(match["wy"])
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None
