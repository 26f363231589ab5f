"""The Library tab: meetings by body and date, files that could not be read, indexing progress."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from minutesapp.ui.library_models import COL_ITEMS, COL_NAME, COL_NOTES, FailureTableModel, FilePathRole, LibraryTreeModel
from minutesapp.ui.library_service import LibraryService
from minutesapp.ui.plain_text import plain_label


class IndexingProgress(QWidget):
    """"Indexing <file> (n of m)", a bar and Cancel; shown only while a job runs.

    Used in the Library tab and in the main window's status bar.
    """

    def __init__(self, service: LibraryService, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.service = service
        self.label = plain_label(self)  # shows a file name
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(not compact)
        if compact:
            self.bar.setMaximumWidth(160)
        self.cancel_button = QToolButton(self)
        self.cancel_button.clicked.connect(service.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 0 if compact else 1)
        layout.addWidget(self.bar, 0 if compact else 2)
        layout.addWidget(self.cancel_button)
        service.progress.connect(self._on_progress)
        service.busy_changed.connect(self._on_busy)
        self._on_busy(service.is_busy)
        self.retranslate()

    def _on_busy(self, busy: bool) -> None:
        self.setVisible(busy)
        if busy:
            self.bar.setRange(0, 0)
            self.label.setText(self.tr("Updating the library…"))

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("Indexed %1 (%2 of %3)").replace("%1", name)
                           .replace("%2", str(done)).replace("%3", str(total)))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop indexing; what is indexed so far is kept"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


class LibraryPanel(QWidget):
    """Body → meetings tree with counts, the failures below it, add/update buttons above.

    Signals:
        open_requested(str, object): open this file (at this item number, or None).
    """

    open_requested = Signal(str, object)

    def __init__(self, service: LibraryService, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.model = LibraryTreeModel(self)
        self.failure_model = FailureTableModel(self)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary_label = plain_label(self)  # may show a storage error
        buttons.addWidget(self.summary_label)

        self.progress = IndexingProgress(service, self)

        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)  # the file name takes what is left
        for column in (COL_NAME, COL_ITEMS, COL_NOTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._on_activated)
        self.model.modelReset.connect(self.tree.expandAll)

        self.failures_label = plain_label(self)
        self.failures_view = QTableView(self)
        self.failures_view.setModel(self.failure_model)
        self.failures_view.verticalHeader().hide()
        self.failures_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.failures_view.setWordWrap(True)
        self.failures_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.failures_view.horizontalHeader().setStretchLastSection(True)
        self.failure_model.modelReset.connect(self.failures_view.resizeRowsToContents)
        failures = QWidget(self)
        failures_layout = QVBoxLayout(failures)
        failures_layout.setContentsMargins(0, 0, 0, 0)
        failures_layout.addWidget(self.failures_label)
        failures_layout.addWidget(self.failures_view, 1)
        self.failures_box = failures

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(failures)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)

        service.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Re-read meetings and failures from the library (after a job, or notes changed)."""
        library = self.service.library
        self.model.set_meetings(library.meetings() if library else [])
        self.failure_model.set_failures(library.failures() if library else [])
        self.failures_box.setVisible(self.failure_model.rowCount() > 0)
        self._update_texts()

    def _on_activated(self, index: QModelIndex) -> None:
        path = index.siblingAtColumn(COL_NAME).data(FilePathRole)
        if path:
            self.open_requested.emit(path, None)

    def _update_texts(self) -> None:
        meetings, bodies = self.model.meeting_count(), self.model.rowCount()
        if not self.service.available:
            self.summary_label.setText(self.tr("The library cannot be opened: %1").replace("%1", self.service.open_error or ""))
        elif meetings == 0:
            self.summary_label.setText(self.tr("The library is empty. Add files or a folder of minutes."))
        else:
            self.summary_label.setText(self.tr("%1 meetings from %2 bodies").replace("%1", str(meetings)).replace("%2", str(bodies)))
        count = self.failure_model.rowCount()
        self.failures_label.setText(self.tr("Files that could not be read (%1)").replace("%1", str(count)))

    def retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("Meetings in the library"))
        self.failures_view.setAccessibleName(self.tr("Files that could not be read"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.failure_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
