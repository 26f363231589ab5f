"""The Search tab: a query box, filters, ranked results with highlighted snippets.

The search runs as the user types, debounced; it runs on the GUI thread because a library
query takes milliseconds (p95 ~10 ms on 1,000 meetings, see bench/bench_search.py).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QModelIndex, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from minutesapp.library import QueryError, SearchFilters
from minutesapp.ui.library_service import LibraryService
from minutesapp.ui.plain_text import plain_label
from minutesapp.ui.search_models import HitDelegate, HitRole, SearchResultsModel

DEBOUNCE_MS = 250
RESULT_LIMIT = 200
NO_DATE = QDate(1900, 1, 1)  # the date edits' minimum: shown as "any date", means no limit

# The "Look in" choices: a SearchFilters section, or None for all text (labels in retranslate()).
SECTION_KEYS: tuple[str | None, ...] = (None, "beslutning", "indstilling", "title", "notes")


class SearchPanel(QWidget):
    """Type to search the library; activate a result to open the meeting at that item.

    Signals:
        open_requested(str, object): open this file at this item number.
        searched(int): a search ran and found this many hits (also 0 for an empty query).
    """

    open_requested = Signal(str, object)
    searched = Signal(int)

    def __init__(self, service: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.model = SearchResultsModel(self)

        self.query_edit = QLineEdit(self)
        self.query_edit.setClearButtonEnabled(True)
        self.body_combo = QComboBox(self)
        self.body_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.section_combo = QComboBox(self)
        self.section_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in SECTION_KEYS:
            self.section_combo.addItem("", key)
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.body_label, self.section_label = QLabel(self), QLabel(self)
        self.count_label = plain_label(self)
        for label, buddy in ((self.body_label, self.body_combo), (self.section_label, self.section_combo),
                             (self.from_label, self.from_edit), (self.to_label, self.to_edit)):
            label.setBuddy(buddy)

        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._on_activated)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in (self.body_label, self.body_combo, self.section_label, self.section_combo,
                       self.from_label, self.from_edit, self.to_label, self.to_edit):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.query_edit)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._timer.start)
        self.query_edit.returnPressed.connect(self._run_now)
        self.body_combo.currentIndexChanged.connect(self._run_now)
        self.section_combo.currentIndexChanged.connect(self._run_now)
        self.from_edit.dateChanged.connect(self._run_now)
        self.to_edit.dateChanged.connect(self._run_now)
        service.changed.connect(self._on_library_changed)

        self._apply_palette()
        self.retranslate()
        self.refresh_bodies()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # --- searching ----------------------------------------------------------------------

    def filters(self) -> SearchFilters:
        def iso(edit: QDateEdit) -> str | None:
            return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")
        return SearchFilters(body=self.body_combo.currentData(), date_from=iso(self.from_edit),
                             date_to=iso(self.to_edit), section=self.section_combo.currentData(),
                             limit=RESULT_LIMIT)

    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search at once (no debounce)."""
        self.query_edit.setText(text)
        self._run_now()

    def _run_now(self) -> None:
        self._timer.stop()
        self.run_search()

    def run_search(self) -> None:
        library = self.service.library
        text = self.query_edit.text()
        hits = []
        if library is None:
            message = self.tr("The library cannot be opened.")
        elif not text.strip():
            message = ""
        else:
            try:
                hits = library.search(text, self.filters())
                message = self._count_text(len(hits))
            except QueryError:
                message = self.tr("Nothing to search for")
        self.model.set_hits(hits)
        self.count_label.setText(message)
        if hits:
            self.results.scrollToTop()
        self.searched.emit(len(hits))

    def _count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No results")
        if count == 1:
            return self.tr("1 result")
        if count >= RESULT_LIMIT:
            return self.tr("The first %1 results").replace("%1", str(count))
        return self.tr("%1 results").replace("%1", str(count))

    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.open_requested.emit(hit.file, hit.item)

    def _on_library_changed(self) -> None:
        self.refresh_bodies()
        if self.query_edit.text().strip():
            self.run_search()

    def refresh_bodies(self) -> None:
        """The body filter offers the bodies in the library (keeps the choice when it still exists)."""
        library = self.service.library
        bodies = sorted({m.body for m in library.meetings() if m.body} if library else set(), key=str.casefold)
        current = self.body_combo.currentData()
        self.body_combo.blockSignals(True)
        self.body_combo.clear()
        self.body_combo.addItem(self.tr("All bodies"), None)
        for body in bodies:
            self.body_combo.addItem(body, body)
        position = self.body_combo.findData(current) if current else 0
        self.body_combo.setCurrentIndex(max(position, 0))
        self.body_combo.blockSignals(False)
        if current and position < 0:
            self._run_now()

    # --- looks and texts ----------------------------------------------------------------

    def _apply_palette(self) -> None:
        self.model.muted_color = self.palette().color(QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText).name()

    def retranslate(self) -> None:
        self.query_edit.setPlaceholderText(self.tr('Search all meetings: words, "a phrase", word*, a OR b, -word'))
        self.query_edit.setAccessibleName(self.tr("Search the library"))
        self.body_label.setText(self.tr("&Body:"))
        self.section_label.setText(self.tr("&Look in:"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        for edit in (self.from_edit, self.to_edit):
            edit.setSpecialValueText(self.tr("any date"))
        labels = {
            None: self.tr("All text"),
            "beslutning": self.tr("Only decisions"),
            "indstilling": self.tr("Only recommendations"),
            "title": self.tr("Titles"),
            "notes": self.tr("My notes"),
        }
        for row in range(self.section_combo.count()):
            self.section_combo.setItemText(row, labels[self.section_combo.itemData(row)])
        if self.body_combo.count():
            self.body_combo.setItemText(0, self.tr("All bodies"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.model.set_hits(self.model.hits())  # section names in the new language

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self.model.set_hits(self.model.hits())
