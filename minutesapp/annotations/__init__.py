"""The annotation store: notes, highlights, stars and read marks that must never be lost.

Pure Python (no Qt). The UI typically does::

    store = AnnotationStore.open()            # StorageError(code=locked/read_only/...) on failure
    if store.open_report.message: show it      # e.g. "restored from the backup of ..."
    view = attach(meeting, store)              # notes/marks per item, highlights with status
    store.set_note(meeting, 3, text)           # durable when it returns (the window: set_note_text by id)
    store.maybe_backup()                       # on a timer
    store.close()                              # takes a final backup

Modules: records (dataclasses), store (AnnotationStore), database (open/lock/recover),
migrations (schema), anchoring (item_text, re-attaching), meeting_view (attach: per-meeting view),
backups (verified backups, thinning), webannotation (W3C JSON-LD), errors (StorageError),
emergency (unsaved note text written to ``unsaved-notes/`` when the store will not take it).
"""

from minutesapp.annotations.anchoring import AnchorStatus, Reattached, item_text
from minutesapp.annotations.meeting_view import MeetingAnnotations, attach
from minutesapp.annotations.database import OpenReport
from minutesapp.annotations.errors import StorageError, StorageErrorCode
from minutesapp.annotations.records import Highlight, ItemMark, ItemRef, MarkKind, MeetingInfo, Note, TextAnchor
from minutesapp.annotations.store import AnnotationStore, MergeResult

__all__ = [
    "AnchorStatus",
    "AnnotationStore",
    "Highlight",
    "ItemMark",
    "ItemRef",
    "MarkKind",
    "MeetingAnnotations",
    "MeetingInfo",
    "MergeResult",
    "Note",
    "OpenReport",
    "Reattached",
    "StorageError",
    "StorageErrorCode",
    "TextAnchor",
    "attach",
    "item_text",
]
