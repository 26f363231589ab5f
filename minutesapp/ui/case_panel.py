"""Case tracking (the Case tab) and the decision overview of one meeting (a dialog)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutesapp.library import decision_overview
from minutesapp.model import Meeting
from minutesapp.ui.case_models import CaseHistoryModel, DecisionOverviewModel, OpenTargetRole, SummaryRole
from minutesapp.ui.library_service import LibraryService
from minutesapp.ui.meeting_model import meeting_title
from minutesapp.ui.plain_text import plain_label


def _wrapping_table(parent: QWidget, model: QAbstractItemModel, stretch_column: int,
                    fixed: tuple[int, ...] = ()) -> QTableView:
    """A read-only table whose long cells wrap (rows grow) instead of being cut off.

    The header's resize modes are set after ``setModel``, which creates the sections.
    """
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for column in fixed:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


class CasePanel(QWidget):
    """A case number box and every treatment of that case, in date order.

    Signals:
        open_requested(str, object): open this file at this item number (or None).
    """

    open_requested = Signal(str, object)

    def __init__(self, service: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.model = CaseHistoryModel(self)
        self.case_edit = QLineEdit(self)
        self.case_edit.setClearButtonEnabled(True)
        self.case_edit.returnPressed.connect(lambda: self.show_case(self.case_edit.text()))
        self.show_button = QPushButton(self)
        self.show_button.clicked.connect(lambda: self.show_case(self.case_edit.text()))
        self.status_label = plain_label(self)  # shows the typed case number
        self.status_label.setWordWrap(True)

        m = CaseHistoryModel
        self.table = _wrapping_table(self, self.model, m.COL_DECISION, fixed=(m.COL_DATE, m.COL_ITEM))
        header = self.table.horizontalHeader()
        header.resizeSection(m.COL_BODY, 260)
        header.resizeSection(m.COL_TITLE, 300)
        header.resizeSection(m.COL_SOURCE, 300)
        self.table.activated.connect(self._on_activated)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.case_edit, 1)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        service.changed.connect(self._on_library_changed)
        self.retranslate()

    def show_case(self, case_number: str) -> None:
        """List every treatment of ``case_number`` in the library."""
        case_number = case_number.strip()
        if self.case_edit.text() != case_number:
            self.case_edit.setText(case_number)
        library = self.service.library
        history = library.case_history(case_number) if library is not None and case_number else []
        self.model.set_history(case_number, history)
        self.table.resizeRowsToContents()
        self._update_status()

    def _on_library_changed(self) -> None:
        if self.model.case_number:
            self.show_case(self.model.case_number)

    def _on_activated(self, index: QModelIndex) -> None:
        target = index.data(OpenTargetRole)
        if target is not None:
            self.open_requested.emit(target[0], target[1])

    def _update_status(self) -> None:
        case_number, count = self.model.case_number, self.model.rowCount()
        if not case_number:
            self.status_label.setText(self.tr("Type a case number, or choose Follow the case on an item."))
        elif count == 0:
            self.status_label.setText(self.tr("Case %1 is not in the library.").replace("%1", case_number))
        else:
            self.status_label.setText(self.tr("Case %1: %2 treatments, oldest first. Double-click one to open it.")
                                      .replace("%1", case_number).replace("%2", str(count)))

    def retranslate(self) -> None:
        self.case_edit.setPlaceholderText(self.tr("Case number, e.g. 21/24526 or EMN-2025-003928"))
        self.case_edit.setAccessibleName(self.tr("Case number"))
        self.show_button.setText(self.tr("Show treatments"))
        self.table.setAccessibleName(self.tr("Treatments of the case"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


class DecisionOverviewDialog(QDialog):
    """Every item of the meeting: outcome, votes against, absent, closed. Needs no library.

    Signals:
        item_activated(int): the user double-clicked an item (its number).
    """

    item_activated = Signal(int)

    def __init__(self, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.model = DecisionOverviewModel(self)
        self.model.set_summaries(decision_overview(meeting))
        m = DecisionOverviewModel
        self.table = _wrapping_table(self, self.model, m.COL_OUTCOME, fixed=(m.COL_ITEM, m.COL_CLOSED))
        header = self.table.horizontalHeader()
        header.resizeSection(m.COL_TITLE, 320)
        header.resizeSection(m.COL_AGAINST, 240)
        header.resizeSection(m.COL_ABSENT, 180)
        self.table.activated.connect(self._on_activated)
        self.heading = plain_label(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1200, 640)
        self.retranslate()
        self.table.resizeRowsToContents()

    def _on_activated(self, index: QModelIndex) -> None:
        summary = index.data(SummaryRole)
        if summary is not None:
            self.item_activated.emit(summary.item)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Decision overview"))
        self.heading.setText(self.tr("Decisions: %1").replace("%1", meeting_title(self.meeting)))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
