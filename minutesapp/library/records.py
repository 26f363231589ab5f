"""The library's answers, as frozen dataclasses the UI and the CLI render."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LibraryMeeting:
    """One indexed file that parsed into a meeting (a row of the Library view)."""

    file: str
    identity: str  # Meeting.identity: the key the annotation store uses
    kind: str
    body: str | None
    date: str | None
    item_count: int
    notes_count: int = 0  # items with indexed notes; the UI may replace it from its own store


@dataclass(frozen=True)
class LibraryFailure:
    """A file in the library that could not be read; kept so the user sees why."""

    file: str
    code: str  # minutesapp.errors.ErrorCode value
    message: str


@dataclass(frozen=True)
class SearchHit:
    """One search result: an agenda item, best-matching section, and a snippet.

    ``spans`` are (start, end) character offsets of the matched words inside ``snippet``;
    the snippet is plain text (the UI escapes it and applies the spans).
    """

    file: str
    date: str | None
    body: str | None
    item: int
    title: str
    section: str  # a SectionKind value, "title" or "notes"
    snippet: str
    spans: tuple[tuple[int, int], ...]
    score: float  # bm25: lower is better
    identity: str
    page: int | None = None


@dataclass(frozen=True)
class CaseTreatment:
    """One treatment of a case: an item in the library, or one recorded in some minutes.

    ``file`` is set for items found in the library; treatments only mentioned inside other
    minutes (Sagsforløb, "Beslutning i X den D") have ``file=None`` and ``recorded_in`` set.
    """

    date: str | None
    body: str | None
    item: int | None
    title: str | None
    decisions: tuple[str, ...]
    file: str | None = None
    recorded_in: str | None = None


@dataclass(frozen=True)
class DecisionSummary:
    """An item's outcome at a glance for the decision overview."""

    item: int
    title: str
    case_number: str | None
    outcome: str | None  # first line of the meeting's own decision, None when undecided
    against: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    closed: bool = False


@dataclass(frozen=True)
class ScanReport:
    """What an indexing run or rescan did."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    failed: tuple[LibraryFailure, ...] = ()
    cancelled: bool = False
