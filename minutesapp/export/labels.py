"""Danish wording for the exported sheet: dates, the kind of document, highlight colours.

The sheet is a Danish document whatever the UI language, and the core has no QLocale,
so dates and colour names are spelled out here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from minutesapp.model import MeetingKind

_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni",
           "juli", "august", "september", "oktober", "november", "december")  # fmt: skip
_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def danish_date(iso_date: str | None) -> str:
    """"2025-08-27" → "27. august 2025"; text that is not an ISO date is returned as it is."""
    if not iso_date:
        return ""
    try:
        day = date.fromisoformat(iso_date)
    except ValueError:
        return iso_date
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def danish_weekday(iso_date: str | None) -> str:
    """"2025-08-27" → "onsdag"; "" when the date is missing or not ISO."""
    try:
        return _WEEKDAYS[date.fromisoformat(iso_date or "").weekday()]
    except ValueError:
        return ""


def danish_time(time: str | None) -> str:
    """"16:00" → "kl. 16.00" (Danish writes the time with a dot)."""
    return f"kl. {time.replace(':', '.')}" if time else ""


def kind_label(kind: MeetingKind) -> str:
    return {
        MeetingKind.REFERAT: "Referat",
        MeetingKind.DAGSORDEN: "Dagsorden",
        MeetingKind.PROTOKOL: "Protokol",
        MeetingKind.UNKNOWN: "Møde",
    }[kind]


@dataclass(frozen=True)
class HighlightColour:
    """How a stored colour name is shown on paper: a light fill, a strong bar, a Danish name."""

    fill: str  # "#rrggbb"
    bar: str
    name: str


_COLOURS = {
    "yellow": HighlightColour("#fff3b0", "#e0b400", "gul"),
    "green": HighlightColour("#d8f0d0", "#4a9a3a", "grøn"),
    "blue": HighlightColour("#d6e6fa", "#3a72c0", "blå"),
    "red": HighlightColour("#f8d6d4", "#c8423a", "rød"),
    "pink": HighlightColour("#f9d9ea", "#c8508a", "lyserød"),
    "orange": HighlightColour("#fde2c4", "#e07a1a", "orange"),
    "purple": HighlightColour("#e6dcf4", "#7a55b0", "lilla"),
}
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def highlight_colour(stored: str) -> HighlightColour:
    """The paper colours of a highlight; "#rrggbb" is used as the bar, unknown names are grey."""
    key = stored.strip().casefold()
    if key in _COLOURS:
        return _COLOURS[key]
    if _HEX.fullmatch(key):
        return HighlightColour(_lighten(key), key, "")
    return HighlightColour("#eeeeee", "#888888", stored.strip())


def _lighten(hex_colour: str, amount: float = 0.75) -> str:
    """The colour mixed with white, so text stays readable on it in print."""
    channels = [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in channels)
