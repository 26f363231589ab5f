"""Around the annotation controller: opening the store for a window, the unsaved-note question,
and buttons that mirror menu actions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from minutesapp.annotations import AnnotationStore, StorageError, StorageErrorCode
from minutesapp.ui.annotation_messages import open_report_text, read_only_text, unavailable_text
from minutesapp.ui.notes_autosave import UnsavedNote
from minutesapp.ui.plain_text import plain_message_box

translate = QCoreApplication.translate
OpenStore = Callable[..., AnnotationStore]


class UnsavedChoice(Enum):
    RETRY = auto()
    COPY = auto()  # copy the text to the clipboard, then close
    STAY = auto()


@dataclass(frozen=True)
class StoreOpening:
    store: AnnotationStore | None
    locked: bool = False  # another minutesapp has the store: ours is read-only
    error: StorageError | None = None  # why there is no store at all

    def notice(self) -> str | None:
        """What to say in the message bar once a document is open (None: nothing)."""
        if self.store is not None and (restored := open_report_text(self.store.open_report)):
            return restored
        return self.read_only_reason()

    def read_only_reason(self) -> str | None:
        """Why notes cannot be edited (shown above the note editor), None when they can."""
        if self.store is None:
            return unavailable_text(self.error) if self.error else None
        if self.locked or self.store.read_only:
            return read_only_text(self.store.open_report, self.locked)
        return None


def open_store_for_window(open_store: OpenStore = AnnotationStore.open) -> StoreOpening:
    """Open the store; a second instance (locked) gets it read-only, other failures none."""
    try:
        return StoreOpening(open_store())
    except StorageError as exc:
        if exc.code is not StorageErrorCode.LOCKED:
            return StoreOpening(None, error=exc)
    try:
        return StoreOpening(open_store(read_only=True), locked=True)
    except StorageError as exc:
        return StoreOpening(None, error=exc)


def unsaved_notes_text(unsaved: Iterable[UnsavedNote]) -> str:
    """Unsaved notes as plain text for the clipboard: each under its item's number and title."""
    parts = []
    for note in unsaved:
        item = note.meeting.item(note.item_number)
        title = f"{note.item_number}. {item.title}" if item else str(note.item_number)
        parts.append(f"{title}\n{note.text}")
    return "\n\n".join(parts)


def ask_unsaved_choice(parent: QWidget, detail: str) -> UnsavedChoice:
    """Closing while a note cannot be saved: try again, copy the text and close, or stay."""
    box = plain_message_box(
        QMessageBox.Icon.Warning,
        translate("AnnotationController", "Note not saved"),
        translate("AnnotationController", "Your note could not be saved."),
        parent,
    )
    box.setInformativeText(detail)
    retry = box.addButton(translate("AnnotationController", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(translate("AnnotationController", "Copy the text and close"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("AnnotationController", "Don't close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return UnsavedChoice.RETRY
    return UnsavedChoice.COPY if clicked is copy else UnsavedChoice.STAY


def mirror_action(button: QToolButton, action: QAction) -> QToolButton:
    """A button with its own (short) text that triggers ``action`` and follows its state."""
    button.setAutoRaise(True)
    button.setCheckable(action.isCheckable())

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setChecked(action.isChecked())
        button.setIcon(action.icon())

    button.clicked.connect(lambda: action.trigger())
    action.changed.connect(follow)
    follow()
    return button


__all__ = [
    "OpenStore",
    "StoreOpening",
    "UnsavedChoice",
    "ask_unsaved_choice",
    "mirror_action",
    "open_store_for_window",
    "unsaved_notes_text",
]
