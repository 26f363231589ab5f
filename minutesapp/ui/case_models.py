"""Table models for case tracking (every treatment of a case) and a meeting's decision overview."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from minutesapp.library import CaseTreatment, DecisionSummary
from minutesapp.ui.formatting import format_date, join_names
from minutesapp.ui.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex

UR = Qt.ItemDataRole.UserRole
TreatmentRole = UR + 1  # CaseTreatment
SummaryRole = UR + 2  # DecisionSummary
OpenTargetRole = UR + 3  # (file path, item number | None) to open, or None

R = TypeVar("R")


def treatment_target(treatment: CaseTreatment, all_treatments: list[CaseTreatment]) -> tuple[str, int | None] | None:
    """Where to go for a treatment: its own item, or the item of the minutes that quote it."""
    if treatment.file is not None:
        return treatment.file, treatment.item
    if treatment.recorded_in is not None:
        quoting = next((t.item for t in all_treatments if t.file == treatment.recorded_in), None)
        return treatment.recorded_in, quoting
    return None


class FrozenRecordTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table with one row per frozen record and a fixed set of columns.

    Subclasses set ``COLUMN_COUNT``, name the columns in ``column_headers`` (asked each time, so
    they follow the UI language and keep the subclass's own ``tr()`` context) and answer
    ``record_data`` for one record; the row bounds and the reset live here once.
    """

    COLUMN_COUNT = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def _replace_rows(self, records: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def column_headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def record_data(self, record: R, column: int, role: int) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.column_headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.record_data(self._rows[index.row()], index.column(), role)


class CaseHistoryModel(FrozenRecordTableModel[CaseTreatment]):
    """Treatments of one case in date order: date, body, item, title, decision, where recorded."""

    COLUMN_COUNT = 6
    COL_DATE, COL_BODY, COL_ITEM, COL_TITLE, COL_DECISION, COL_SOURCE = range(COLUMN_COUNT)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.case_number = ""

    def set_history(self, case_number: str, treatments: list[CaseTreatment]) -> None:
        self.case_number = case_number
        self._replace_rows(treatments)

    def treatments(self) -> list[CaseTreatment]:
        return list(self._rows)

    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Body"), self.tr("Item"), self.tr("Title"), self.tr("Decision"),
                self.tr("Found in"))  # fmt: skip

    def record_data(self, t: CaseTreatment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(t, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_DECISION, self.COL_SOURCE):
            return plain_tooltip("\n\n".join(t.decisions) if column == self.COL_DECISION else (t.file or t.recorded_in))
        if role == TreatmentRole:
            return t
        if role == OpenTargetRole:
            return treatment_target(t, self._rows)
        return None

    def _display(self, t: CaseTreatment, column: int) -> Any:
        if column == self.COL_DATE:
            return format_date(t.date) or self.tr("(no date)")
        if column == self.COL_BODY:
            return t.body or ""
        if column == self.COL_ITEM:
            return str(t.item) if t.item is not None else ""
        if column == self.COL_TITLE:
            return t.title or ""
        if column == self.COL_DECISION:
            return "\n".join(t.decisions) if t.decisions else self.tr("(no decision recorded)")
        if column == self.COL_SOURCE:
            if t.file is not None:
                return Path(t.file).name
            return self.tr("quoted in %1").replace("%1", Path(t.recorded_in or "").name)
        return None


class DecisionOverviewModel(FrozenRecordTableModel[DecisionSummary]):
    """Every item of one meeting with its outcome, who voted against, who was absent, closed."""

    COLUMN_COUNT = 6
    COL_ITEM, COL_TITLE, COL_OUTCOME, COL_AGAINST, COL_ABSENT, COL_CLOSED = range(COLUMN_COUNT)

    def set_summaries(self, summaries: tuple[DecisionSummary, ...] | list[DecisionSummary]) -> None:
        self._replace_rows(summaries)

    def summaries(self) -> list[DecisionSummary]:
        return list(self._rows)

    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Item"), self.tr("Title"), self.tr("Outcome"), self.tr("Against"), self.tr("Absent"),
                self.tr("Closed"))  # fmt: skip

    def record_data(self, s: DecisionSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_ITEM:
                return str(s.item)
            if column == self.COL_TITLE:
                return s.title
            if column == self.COL_OUTCOME:
                return s.outcome or self.tr("(no decision)")
            if column == self.COL_AGAINST:
                return join_names(s.against)
            if column == self.COL_ABSENT:
                return join_names(s.absent)
            if column == self.COL_CLOSED:
                return self.tr("Closed") if s.closed else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE and s.case_number:
            return plain_tooltip(self.tr("Case no. %1").replace("%1", s.case_number))
        if role == SummaryRole:
            return s
        return None
