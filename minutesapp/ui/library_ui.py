"""The library in the reader window, built from outside through MainWindow's public API.

``install_library_ui(window)`` adds the "Library" menu, a dock with the Library / Search /
Case tabs, the indexing progress in the status bar, a "Follow the case" entry on the table of
contents, and starts a background rescan. Results open through ``window.open_file(path, item)``.
It also makes the user's notes searchable ("My notes"): every note from the annotation store once
at start (in the background), then each note again when the notes controller has saved it. The
library itself never sees the annotation store; this is where the two meet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu, QTabWidget

from minutesapp.library import ScanReport
from minutesapp.library.scanner import Loader
from minutesapp.model import AgendaItem, Meeting
from minutesapp.ui.case_panel import CasePanel, DecisionOverviewDialog
from minutesapp.ui.library_panel import IndexingProgress, LibraryPanel
from minutesapp.ui.library_service import LibraryService
from minutesapp.ui.search_panel import SearchPanel
from minutesapp.ui.plain_text import menu_text

if TYPE_CHECKING:
    from minutesapp.ui.main_window import MainWindow

# Ctrl+L already focuses the table-of-contents filter; the library takes Ctrl+Shift+L.
SHOW_LIBRARY_KEYS = "Ctrl+Shift+L"
SEARCH_KEYS = "Ctrl+Shift+F"
FILE_FILTER = "*.pdf *.txt"


class LibraryUi(QObject):
    """Everything the library adds to one window; a child of it (find it with ``library_ui_of``)."""

    def __init__(self, window: MainWindow, *, loader: Loader | None = None, db_path: Path | None = None,
                 rescan_at_start: bool = True) -> None:
        super().__init__(window)
        self.setObjectName("library_ui")
        self.window = window
        self.service = LibraryService(db_path, loader=loader, parent=self)
        self._create_actions()
        self._build_dock()
        self._build_menu()
        self._status_progress = IndexingProgress(self.service, window, compact=True)
        window.statusBar().addPermanentWidget(self._status_progress)
        self._install_toc_context_menu()
        self.service.job_finished.connect(self._on_job_finished)
        self.service.job_failed.connect(self._on_job_failed)
        window.meeting_shown.connect(lambda _meeting: self._update_item_actions())
        window.toc.item_selected.connect(lambda _number: self._update_item_actions())
        window.toc.meeting_selected.connect(self._update_item_actions)
        window.installEventFilter(self)
        self.retranslate()
        self._update_item_actions()
        self._follow_notes()
        if rescan_at_start and self.service.available:
            self.service.rescan()  # in the background; the pool has a second thread for opening files

    # --- building -----------------------------------------------------------------------

    def _action(self, keys: str | None = None) -> QAction:
        action = QAction(self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.window.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.show_library_action = self._action(SHOW_LIBRARY_KEYS)
        self.search_action = self._action(SEARCH_KEYS)
        self.follow_case_action = self._action()
        self.overview_action = self._action()
        self.add_files_action = self._action()
        self.add_folder_action = self._action()
        self.rescan_action = self._action()
        self.show_library_action.triggered.connect(self.show_library)
        self.search_action.triggered.connect(self.show_search)
        self.follow_case_action.triggered.connect(self.follow_current_case)
        self.overview_action.triggered.connect(self.show_decision_overview)
        self.add_files_action.triggered.connect(self.choose_files)
        self.add_folder_action.triggered.connect(self.choose_folder)
        self.rescan_action.triggered.connect(self.service.rescan)
        self.service.busy_changed.connect(lambda busy: self.rescan_action.setEnabled(not busy))
        for action in (self.add_files_action, self.add_folder_action, self.rescan_action):
            action.setEnabled(self.service.available)

    def _build_dock(self) -> None:
        window = self.window
        self.library_panel = LibraryPanel(
            self.service, [self.add_files_action, self.add_folder_action, self.rescan_action])
        self.search_panel = SearchPanel(self.service)
        self.case_panel = CasePanel(self.service)
        for panel in (self.library_panel, self.search_panel, self.case_panel):
            panel.open_requested.connect(self.open_result)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.library_panel, "")
        self.tabs.addTab(self.search_panel, "")
        self.tabs.addTab(self.case_panel, "")
        self.dock = QDockWidget(window)
        self.dock.setObjectName("library_dock")  # for saveState/restoreState
        self.dock.setWidget(self.tabs)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()

    def _build_menu(self) -> None:
        self.menu = QMenu(self.window)
        for action in (self.show_library_action, self.search_action, self.follow_case_action,
                       self.overview_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.add_files_action, self.add_folder_action, self.rescan_action):
            self.menu.addAction(action)
        menubar = self.window.menuBar()
        help_menu = getattr(getattr(self.window, "actions", None), "help_menu", None)
        if isinstance(help_menu, QMenu):
            menubar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menubar.addMenu(self.menu)

    def _install_toc_context_menu(self) -> None:
        """"Follow the case" and the overview on the tree's context menu, unless it has its own."""
        tree = self.window.toc.tree
        if tree.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            tree.addAction(self.follow_case_action)
            tree.addAction(self.overview_action)

    def _follow_notes(self) -> None:
        """All notes into the library's index now (a background job), then each one as it is saved."""
        notes = self.window.annotations.notes
        notes.note_saved.connect(self._on_note_saved)
        self.service.sync_all_notes(notes.all_notes())

    def _on_note_saved(self, meeting_identity: str, item_number: int, text: str) -> None:
        self.service.sync_notes(meeting_identity, {item_number: text})

    # --- showing ------------------------------------------------------------------------

    def _show_tab(self, panel: object) -> None:
        self.dock.show()
        self.dock.raise_()
        self.tabs.setCurrentWidget(panel)

    def show_library(self) -> None:
        self._show_tab(self.library_panel)
        self.library_panel.tree.setFocus()

    def show_search(self) -> None:
        self._show_tab(self.search_panel)
        self.search_panel.query_edit.setFocus()
        self.search_panel.query_edit.selectAll()

    def show_case(self, case_number: str) -> None:
        self._show_tab(self.case_panel)
        self.case_panel.show_case(case_number)

    def current_item(self) -> AgendaItem | None:
        meeting: Meeting | None = self.window.meeting
        number = self.window.toc.current_item_number()
        return meeting.item(number) if meeting is not None and number is not None else None

    def follow_current_case(self) -> None:
        item = self.current_item()
        if item is not None and item.case_number:
            self.show_case(item.case_number)

    def show_decision_overview(self) -> DecisionOverviewDialog | None:
        if self.window.meeting is None:
            return None
        dialog = DecisionOverviewDialog(self.window.meeting, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.item_activated.connect(self.window.toc.select_item)
        dialog.show()
        return dialog

    def open_result(self, path: str, item: int | None) -> None:
        self.window.open_file(Path(path), item)

    def _update_item_actions(self) -> None:
        item = self.current_item()
        self.follow_case_action.setEnabled(item is not None and bool(item.case_number))
        self.overview_action.setEnabled(self.window.meeting is not None)
        if item is not None and item.case_number:
            self.follow_case_action.setText(self.tr("Follow the &case %1").replace("%1", menu_text(item.case_number)))
        else:
            self.follow_case_action.setText(self.tr("Follow the &case"))

    # --- adding files -------------------------------------------------------------------

    def _start_folder(self) -> str:
        path = getattr(self.window, "path", None)
        return str(path.parent) if isinstance(path, Path) else str(Path.home())

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Add minutes to the library"), self._start_folder(),
            self.tr("Minutes (%1);;All files (*)").replace("%1", FILE_FILTER))
        if names:
            self.add([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self.window, self.tr("Add a folder of minutes"), self._start_folder())
        if name:
            self.add([Path(name)])

    def add(self, paths: list[Path]) -> None:
        self.show_library()
        self.service.add(paths)

    def _on_job_finished(self, report: ScanReport) -> None:
        changed = len(report.added) + len(report.updated)
        if changed or report.removed:
            parts = [self.tr("Library updated: %1 new or changed, %2 removed").replace("%1", str(changed))
                     .replace("%2", str(len(report.removed)))]
        else:
            parts = [self.tr("The library is up to date")]
        if report.failed:
            parts.append(self.tr("%1 could not be read").replace("%1", str(len(report.failed))))
        if report.cancelled:
            parts.append(self.tr("stopped"))
        self.window.statusBar().showMessage(", ".join(parts), 8000)

    def _on_job_failed(self, message: str) -> None:
        self.window.show_message(self.tr("The library could not be updated: %1").replace("%1", message))

    # --- texts and events ---------------------------------------------------------------

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Library"))
        self.show_library_action.setText(self.tr("Show &library"))
        self.search_action.setText(self.tr("&Search the library…"))
        self.overview_action.setText(self.tr("&Decision overview…"))
        self.add_files_action.setText(self.tr("Add &files…"))
        self.add_folder_action.setText(self.tr("Add f&older…"))
        self.rescan_action.setText(self.tr("&Update library"))
        self.rescan_action.setToolTip(self.tr("Pick up new and changed files, drop removed ones"))
        self.dock.setWindowTitle(self.tr("Library"))
        self.tabs.setTabText(0, self.tr("Meetings"))
        self.tabs.setTabText(1, self.tr("Search"))
        self.tabs.setTabText(2, self.tr("Case"))
        self._update_item_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.service.cancel()  # before the window waits for background work
        return False


def install_library_ui(window: MainWindow) -> LibraryUi:
    """Add the library's menu, dock and status-bar progress to ``window``; rescan in the background."""
    return LibraryUi(window)


def library_ui_of(window: MainWindow) -> LibraryUi | None:
    return window.findChild(LibraryUi, "library_ui")
