"""Put a meeting's stored annotations onto the version of it that is open.

The UI calls ``attach(meeting, store)`` once per opened document and renders the result:
notes and marks per current item number, every highlight with its re-anchoring status, and
the ones "not found in this version" listed with their quote and note instead of vanishing.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutesapp.annotations.anchoring import AnchorStatus, Reattached, find_item, reattach
from minutesapp.annotations.records import Highlight, ItemMark, MarkKind, Note
from minutesapp.annotations.store import AnnotationStore
from minutesapp.model import Meeting


@dataclass(frozen=True)
class MeetingAnnotations:
    """All annotations of one meeting, placed on one version of its document."""

    meeting_id: str
    notes: dict[int, tuple[Note, ...]]  # current item number -> notes (oldest first)
    highlights: tuple[Reattached, ...]  # every stored highlight, placed or orphaned
    marks: dict[int, frozenset[MarkKind]]  # current item number -> star / read
    orphaned_notes: tuple[Note, ...] = ()  # their item is not in this version
    orphaned_marks: tuple[ItemMark, ...] = ()

    def highlights_on(self, item_number: int) -> tuple[Reattached, ...]:
        """The placed highlights of one item, in text order (what the detail view paints)."""
        placed = [h for h in self.highlights if h.item_number == item_number]
        return tuple(sorted(placed, key=lambda h: (h.start or 0, h.end or 0)))

    @property
    def orphaned_highlights(self) -> tuple[Reattached, ...]:
        """Highlights "not found in this version": show ``quote`` and ``highlight.comment``."""
        return tuple(h for h in self.highlights if h.status is AnchorStatus.ORPHANED)

    def is_starred(self, item_number: int) -> bool:
        return MarkKind.STAR in self.marks.get(item_number, frozenset())

    def is_read(self, item_number: int) -> bool:
        return MarkKind.READ in self.marks.get(item_number, frozenset())


def attach_records(
    meeting: Meeting, notes: list[Note], highlights: list[Highlight], marks: list[ItemMark]
) -> MeetingAnnotations:
    """The pure part of ``attach``: place given records on ``meeting`` (testable without a store)."""
    by_item: dict[int, list[Note]] = {}
    lost_notes: list[Note] = []
    for note in sorted(notes, key=lambda n: n.created):
        item = find_item(meeting, note.item)
        if item is None:
            lost_notes.append(note)
        else:
            by_item.setdefault(item.number, []).append(note)
    marked: dict[int, set[MarkKind]] = {}
    lost_marks: list[ItemMark] = []
    for mark in marks:
        item = find_item(meeting, mark.item)
        if item is None:
            lost_marks.append(mark)
        else:
            marked.setdefault(item.number, set()).add(mark.kind)
    return MeetingAnnotations(
        meeting.identity,
        {number: tuple(found) for number, found in by_item.items()},
        tuple(reattach(meeting, h) for h in highlights),
        {number: frozenset(kinds) for number, kinds in marked.items()},
        tuple(lost_notes),
        tuple(lost_marks),
    )


def attach(meeting: Meeting, store: AnnotationStore) -> MeetingAnnotations:
    """Read the meeting's annotations from the store and place them on ``meeting``."""
    identity = meeting.identity
    return attach_records(meeting, store.notes(identity), store.highlights(identity), store.marks(identity))
