"""The reader window: table of contents | item detail | original page, over one meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from minutesapp.annotations import AnnotationStore
from minutesapp.model import Meeting
from minutesapp.ui.annotation_controller import AnnotationController
from minutesapp.ui.annotation_session import OpenStore
from minutesapp.ui.error_messages import MessageBar
from minutesapp.ui.file_opening import FileOpening, dropped_local_file, sample_path
from minutesapp.ui.find_bar import CrossItemFinder, FindBar
from minutesapp.ui.help_dialogs import install_help_menu
from minutesapp.ui.i18n import LanguageSwitcher
from minutesapp.ui.icons import blank_icon, themed_icon
from minutesapp.ui.item_document import build_item_document
from minutesapp.ui.item_view import ItemView
from minutesapp.ui.library_ui import install_library_ui
from minutesapp.ui.meeting_loader import LoadFunction, MeetingLoader, load_with_loader
from minutesapp.ui.meeting_model import MeetingTreeModel, meeting_title
from minutesapp.ui.notes_pane import NotesPane
from minutesapp.ui.page_view import PageView
from minutesapp.ui.settings import DEFAULT_FONT_SIZE, AppSettings
from minutesapp.ui.toc_pane import TocPane
from minutesapp.ui.window_actions import create_actions, fill_recent_menu, retranslate_actions
from minutesapp.ui.worker import wait_for_background_work


class MainWindow(QMainWindow):
    """Opens minutes files and shows them; the app's only window.

    Signals:
        meeting_shown(object): a Meeting is in the table of contents and an item is shown.
        load_failed(str): a file could not be opened; the message shown to the user.
    """

    meeting_shown = Signal(object)
    load_failed = Signal(str)

    def __init__(
        self,
        settings: AppSettings | None = None,
        languages: LanguageSwitcher | None = None,
        load: LoadFunction = load_with_loader,
        open_store: OpenStore = AnnotationStore.open,
    ) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.languages = languages or LanguageSwitcher(QApplication.instance())
        self.setAcceptDrops(True)
        self.meeting: Meeting | None = None
        self.path: Path | None = None
        self._item_texts: dict[int, str] = {}

        self.model = MeetingTreeModel(self)
        self.toc = TocPane(self.model, self)
        self.item_view = ItemView(self)
        self.item_view.setAcceptDrops(False)
        self.item_view.set_font_size(self.settings.font_size)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.page_view = PageView(self)
        self.notes_pane = NotesPane(self)
        self.finder = CrossItemFinder(self.item_view, self._item_text, self.toc.select_item, self.toc.visible_item_numbers)
        self.loader = MeetingLoader(load, self)
        self.opening = FileOpening(self, self.loader)  # the Open dialog, progress and Cancel in the status bar
        self.progress = self.opening.progress
        self.cancel_button = self.opening.cancel_button
        self.progress_label = self.opening.progress_label
        self._build_layout()
        self.actions = create_actions(self)
        self._connect()
        self.annotations = AnnotationController(self, open_store)  # notes, highlights, marks; owns the store
        self._apply_icons()
        self.retranslate()
        self.show_hint()
        install_library_ui(self)
        install_help_menu(self)  # About (version, licence, data folder), Keyboard shortcuts

    # --- building -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.message_bar = MessageBar(self)
        self.message_label = self.message_bar.label

        self.header_label = QLabel(self)
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        self.header_label.setWordWrap(True)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.header_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.header_label.setFont(font)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        middle_layout.addWidget(self.item_view, 1)
        middle_layout.addWidget(self.find_bar)
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical, self)  # item text above my notes
        self.detail_splitter.addWidget(middle)
        self.detail_splitter.addWidget(self.notes_pane)
        self.detail_splitter.setChildrenCollapsible(False)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 1)
        self.detail_splitter.setSizes([600, 240])

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.toc)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.addWidget(self.page_view)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([340, 620, 460])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.header_label)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.resize(1400, 900)

    def _connect(self) -> None:
        a = self.actions
        a.open.triggered.connect(self.choose_file)
        a.open_sample.triggered.connect(lambda: self.open_file(sample_path()))
        a.quit.triggered.connect(self.close)
        a.clear_recent.triggered.connect(self._clear_recent)
        a.toggle_page.toggled.connect(self.set_page_view_visible)
        a.zoom_in.triggered.connect(lambda: self.set_font_size(self.item_view.font_size() + 1))
        a.zoom_out.triggered.connect(lambda: self.set_font_size(self.item_view.font_size() - 1))
        a.zoom_reset.triggered.connect(lambda: self.set_font_size(DEFAULT_FONT_SIZE))
        a.find.triggered.connect(self.find_bar.open_bar)
        a.find_next.triggered.connect(lambda: self._find_step(1))
        a.find_previous.triggered.connect(lambda: self._find_step(-1))
        a.next_item.triggered.connect(lambda: self.toc.step_item(1))
        a.previous_item.triggered.connect(lambda: self.toc.step_item(-1))
        a.focus_filter.triggered.connect(lambda: (self.toc.filter_edit.setFocus(), self.toc.filter_edit.selectAll()))
        a.language_da.triggered.connect(lambda: self.set_language("da"))
        a.language_en.triggered.connect(lambda: self.set_language("en"))
        a.about.triggered.connect(self.show_about)
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.toc.item_selected.connect(self._show_item)
        self.toc.meeting_selected.connect(self._show_meeting_header)
        self.find_bar.search_changed.connect(self._find_changed)
        self.find_bar.step.connect(self._find_step)
        self.find_bar.closed.connect(self._find_closed)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        a.toggle_page.setChecked(self.settings.page_view_visible)
        self.page_view.setVisible(self.settings.page_view_visible)

    def _apply_icons(self) -> None:
        palette = self.palette()
        self.model.set_icons(
            {
                "closed": themed_icon("lock", palette.color(QPalette.ColorRole.Text)),
                "decision": themed_icon("decision", palette.color(QPalette.ColorRole.Link)),
                "blank": blank_icon(),
            }
        )
        self.message_bar.update_icon()

    # --- opening files ------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen = self.opening.choose(self.path.parent if self.path else None)
        if chosen is not None:
            self.open_file(chosen)

    def open_file(self, path: Path, item: int | None = None) -> None:
        """Start loading ``path`` in the background; the current document stays until it is ready."""
        self.opening.open(path, item)

    def _on_loaded(self, path: Path, meeting: Meeting) -> None:
        self.clear_message()
        self.path, self.meeting = path, meeting
        self._item_texts = {}
        self.model.set_meeting(meeting)
        self.annotations.meeting_opened(path, meeting)
        self.finder.meeting = meeting
        self.settings.last_file = path.resolve()
        if path.resolve() != sample_path().resolve():
            self.settings.add_recent_file(path)
        self._update_header()
        self._load_page_view()
        item = self.opening.take_pending_item()
        if item is None or not self.toc.select_item(item):
            if meeting.items:
                self.toc.select_item(meeting.items[0].number)
            else:
                self.toc.select_meeting()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", path.name), 5000)
        self.meeting_shown.emit(meeting)

    def _on_failed(self, path: Path, error: BaseException) -> None:
        message, is_error = self.opening.failure_message(path, error)
        if is_error:
            self.show_message(message)
        else:
            self.statusBar().showMessage(message, 5000)
        self.load_failed.emit(message)

    def show_hint(self) -> None:
        self.item_view.show_hint(
            self.tr("No minutes are open. Open a file with File > Open (Ctrl+O) or drop a PDF or text file here.")
        )

    def _is_pdf(self) -> bool:
        if self.meeting is not None and self.meeting.source is not None:
            return self.meeting.source.format == "pdf"
        return self.path is not None and self.path.suffix.lower() == ".pdf"

    def _load_page_view(self) -> None:
        self.actions.toggle_page.setEnabled(self._is_pdf())
        self.page_view.show_pages_of(self.path if self._is_pdf() else None, self.actions.toggle_page.isChecked())

    def set_page_view_visible(self, visible: bool) -> None:
        self.settings.page_view_visible = visible
        self.page_view.show_pages_of(self.path if self._is_pdf() else None, visible)
        self._follow_page()

    # --- showing ------------------------------------------------------------------------

    def _show_item(self, number: int) -> None:
        item = self.meeting.item(number) if self.meeting else None
        if item is None:
            return
        self.item_view.show_item(item, self.meeting)
        self.finder.refresh()
        self._follow_page()

    def _show_meeting_header(self) -> None:
        if self.meeting is not None:
            self.item_view.show_meeting(self.meeting)
            self.finder.refresh()
            if self.page_view.isVisible():
                self.page_view.go_to_page(1)

    def _follow_page(self) -> None:
        item = self.item_view.item
        if self.page_view.isVisible() and item is not None and item.page:
            self.page_view.go_to_page(item.page)

    def _update_header(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self.header_label.clear()
            self.setWindowTitle("minutesapp")
            return
        parts = [meeting_title(meeting)]
        if meeting.start_time:
            parts.append(self.tr("at %1").replace("%1", meeting.start_time))
        if meeting.location:
            parts.append(meeting.location)
        self.header_label.setText(" · ".join(parts))
        self.header_label.setAccessibleName(self.tr("Meeting"))
        title = self.path.name if self.path else "minutesapp"
        self.setWindowTitle(f"{title} — minutesapp")

    def show_message(self, text: str) -> None:
        self.message_bar.show_text(text)

    def clear_message(self) -> None:
        self.message_bar.clear()

    # --- find, zoom, language -----------------------------------------------------------

    def _item_text(self, number: int) -> str:
        if number not in self._item_texts and self.meeting is not None:
            item = self.meeting.item(number)
            doc = build_item_document(item, self.palette(), self.item_view.font(), self.meeting) if item else None
            self._item_texts[number] = doc.plain_text() if doc else ""
        return self._item_texts.get(number, "")

    def _find_changed(self, text: str) -> None:
        self.finder.set_query(text)
        self._update_find_status()

    def _find_step(self, direction: int) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
            if not self.finder.query:
                return
        self.finder.step(direction)
        self._update_find_status()

    def _find_closed(self) -> None:
        self.finder.set_query("")
        self.item_view.setFocus()

    def _update_find_status(self) -> None:
        self.find_bar.show_status(bool(self.finder.query), *self.finder.status())

    def set_font_size(self, points: int) -> None:
        self.settings.font_size = points
        self.item_view.set_font_size(self.settings.font_size)

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.languages.set_language(language)

    def retranslate(self) -> None:
        retranslate_actions(self.actions)
        self.actions.language_da.setChecked(self.languages.language == "da")
        self.actions.language_en.setChecked(self.languages.language != "da")
        self.opening.retranslate()
        self.message_bar.retranslate()
        self.annotations.retranslate()
        self.item_view.setAccessibleName(self.tr("Item text"))
        self._item_texts = {}
        self._update_header()
        if self.meeting is None:
            self.show_hint()
        else:
            self.item_view.rebuild()
            self.finder.refresh()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About minutesapp"),
            self.tr("minutesapp reads council meeting minutes and agendas: find the item, "
                    "its recommendation and its decision in seconds, offline."),
        )

    # --- recent files -------------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self.actions, self.settings.recent_files, self.open_file)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()

    # --- state --------------------------------------------------------------------------

    def restore_state(self) -> None:
        if (geometry := self.settings.window_geometry) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.window_state) is not None:
            self.restoreState(state)
        if (splitter := self.settings.splitter_state) is not None:
            self.splitter.restoreState(splitter)
        if (notes := self.settings.notes_splitter_state) is not None:
            self.detail_splitter.restoreState(notes)

    def save_state(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.notes_splitter_state = self.detail_splitter.saveState()
        self.settings.last_item = self.toc.current_item_number()
        self.settings.sync()

    # --- Qt events ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.annotations.confirm_close():  # a note that could not be saved: the user chose to stay
            event.ignore()
            return
        self.save_state()
        self.loader.cancel()
        wait_for_background_work()
        self.annotations.shutdown()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_icons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_local_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if (path := dropped_local_file(event.mimeData())) is not None:
            event.acceptProposedAction()
            self.open_file(path)

