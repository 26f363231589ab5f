"""Turning model values into display strings in the current UI language (dates, kinds, lists)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from minutesapp.model import MeetingKind


translate = QCoreApplication.translate


def format_date(iso_date: str | None) -> str:
    """"2025-08-27" → "27. august 2025" (Danish) or "27 August 2025"; unparseable text unchanged."""
    if not iso_date:
        return ""
    date = QDate.fromString(iso_date, "yyyy-MM-dd")
    if not date.isValid():
        return iso_date
    locale = QLocale()
    pattern = "d. MMMM yyyy" if locale.language() == QLocale.Language.Danish else "d MMMM yyyy"
    return locale.toString(date, pattern)


def meeting_kind_label(kind: MeetingKind) -> str:
    labels = {
        MeetingKind.REFERAT: translate("Formatting", "Minutes"),
        MeetingKind.DAGSORDEN: translate("Formatting", "Agenda"),
        MeetingKind.PROTOKOL: translate("Formatting", "Minutes"),
        MeetingKind.UNKNOWN: translate("Formatting", "Meeting"),
    }
    return labels[kind]


def join_names(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(n for n in names if n)
