"""What the window says about the notes database, in the UI language (translated by error code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime

from minutesapp.annotations import OpenReport, StorageError, StorageErrorCode

translate = QCoreApplication.translate


def storage_error_text(error: StorageError) -> str:
    """One sentence for a failed save: what happened, and that nothing saved before is lost."""
    texts = {
        StorageErrorCode.DISK_FULL: translate(
            "AnnotationMessages",
            "The disk is full, so your last change is not saved yet. It stays in the window and is saved "
            "as soon as there is room again; your earlier notes are safe.",
        ),
        StorageErrorCode.READ_ONLY: translate(
            "AnnotationMessages",
            "The notes folder cannot be written to, so your last change is not saved yet. It stays in the "
            "window and is tried again; your earlier notes are safe.",
        ),
        StorageErrorCode.NEWER_SCHEMA: translate(
            "AnnotationMessages", "Your notes were saved by a newer minutesapp; this version can only show them."
        ),
        StorageErrorCode.LOCKED: translate(
            "AnnotationMessages", "Another minutesapp is using your notes, so this change was not saved."
        ),
        StorageErrorCode.CORRUPT: translate(
            "AnnotationMessages", "The notes database is damaged, so this change was not saved."
        ),
        StorageErrorCode.NOT_FOUND: translate("AnnotationMessages", "That note or highlight no longer exists."),
    }
    default = translate("AnnotationMessages", "Your change could not be saved (%1). It stays in the window.")
    return texts.get(error.code, default.replace("%1", error.message))


def read_only_text(report: OpenReport | None, locked: bool) -> str:
    """Why notes cannot be edited in this window."""
    if locked:
        return translate(
            "AnnotationMessages",
            "minutesapp is already open in another window, which owns your notes. They are shown here "
            "read-only; close the other window to write notes here.",
        )
    if report is not None and report.newer_schema is not None:
        return translate(
            "AnnotationMessages",
            "Your notes were saved by a newer version of minutesapp. They are shown read-only; "
            "update minutesapp to edit them.",
        )
    return translate(
        "AnnotationMessages", "The notes folder cannot be written to, so your notes are shown read-only."
    )


def open_report_text(report: OpenReport) -> str | None:
    """What opening the database did that the user should know (a restore), or None."""
    if report.restored_from is not None:
        when = QDateTime.fromSecsSinceEpoch(int(report.restored_from.timestamp()))
        return (
            translate(
                "AnnotationMessages",
                "The notes database was damaged. Your notes were restored from the backup of %1; changes made "
                "after that are lost. The damaged file was kept as %2.",
            )
            .replace("%1", when.toString("yyyy-MM-dd HH:mm"))
            .replace("%2", str(report.damaged_copy))
        )
    if report.started_empty:
        return translate(
            "AnnotationMessages",
            "The notes database was damaged and no good backup was found, so it starts empty. "
            "The damaged file was kept as %1.",
        ).replace("%1", str(report.damaged_copy))
    return None


def unavailable_text(error: StorageError) -> str:
    return translate(
        "AnnotationMessages", "Your notes could not be opened (%1). Notes and highlights are switched off."
    ).replace("%1", error.message)
