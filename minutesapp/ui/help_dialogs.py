"""The Help menu's dialogs: About (version, licence, data folder) and the keyboard shortcuts.

``install_help_menu(window)`` adds them to the window's existing Help menu from outside, so
the window itself only makes one call. The shortcut list is read from the window's actions
(walking the menus), never written by hand, so it cannot drift from the real key bindings.
"""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutesapp import paths

DISTRIBUTION = "minutesapp"
FALLBACK_LICENCE = "GPL-3.0-or-later"  # as in pyproject.toml, for a build without metadata


def app_version() -> str:
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def app_licence() -> str:
    """The SPDX licence expression of the installed package (PEP 639 metadata, else ``License``)."""
    try:
        metadata = importlib.metadata.metadata(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return FALLBACK_LICENCE
    return metadata.get("License-Expression") or metadata.get("License") or FALLBACK_LICENCE


def plain_text(action_text: str) -> str:
    """A menu text without its mnemonic marker ("&Open…" → "Open…", "&&" → "&")."""
    return action_text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# --- About --------------------------------------------------------------------------------


class AboutDialog(QDialog):
    """Which minutesapp this is, under which licence, and where it keeps the user's notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = paths.data_dir()
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title_label.setFont(font)
        self.version_label = QLabel(self)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.licence_label = QLabel(self)
        self.licence_label.setWordWrap(True)
        self.data_dir_caption = QLabel(self)
        self.data_dir_label = QLabel(str(self.data_dir), self)
        self.data_dir_label.setTextFormat(Qt.TextFormat.PlainText)
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data_button = QPushButton(self)
        self.open_data_button.clicked.connect(self.open_data_dir)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir_label, 1)
        folder_row.addWidget(self.open_data_button)
        layout = QVBoxLayout(self)
        for widget in (self.title_label, self.version_label, self.description_label, self.licence_label,
                       self.data_dir_caption):
            layout.addWidget(widget)
        layout.addLayout(folder_row)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About minutesapp"))
        self.title_label.setText("minutesapp")
        self.version_label.setText(self.tr("Version {version}").format(version=app_version()))
        self.description_label.setText(
            self.tr("minutesapp reads council meeting minutes and agendas: find the item, its "
                    "recommendation and its decision in seconds, offline.")
        )
        self.licence_label.setText(
            self.tr("Licence: {licence}. This is free software: you may share and change it under "
                    "the GNU General Public License, version 3 or later. It comes with no warranty.")
            .format(licence=app_licence())
        )
        self.data_dir_caption.setText(self.tr("Your notes are kept in this folder:"))
        self.open_data_button.setText(self.tr("Open data folder"))

    def open_data_dir(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


# --- keyboard shortcuts -------------------------------------------------------------------


@dataclass(frozen=True)
class ShortcutEntry:
    menu: str  # "View › Language", or "" for a window action that is in no menu
    command: str
    keys: tuple[str, ...]  # in the platform's notation, e.g. ("Ctrl+O",)


# Qt's standard bindings add dedicated keys (Open, Zoom In, Back...) from Key_Back onwards; they
# are real but on no ordinary keyboard, so the list leaves them out.
_FIRST_MEDIA_KEY = Qt.Key.Key_Back.value


def _typed_keys(sequence: QKeySequence) -> bool:
    return not sequence.isEmpty() and sequence[0].key().value < _FIRST_MEDIA_KEY


def _entry(action: QAction, menu: str) -> ShortcutEntry | None:
    if action.isSeparator() or action.menu() is not None:
        return None
    keys = tuple(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if _typed_keys(k))
    return ShortcutEntry(menu, plain_text(action.text()), keys) if keys else None


def collect_shortcuts(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action with a shortcut: those in the menus (in menu order), then the window's others."""
    entries: list[ShortcutEntry] = []
    seen: set[QAction] = set()

    def walk(menu: QMenu, trail: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{trail} › {plain_text(submenu.title())}" if trail else plain_text(submenu.title()))
                continue
            entry = _entry(action, trail)
            if entry is not None and action not in seen:
                seen.add(action)
                entries.append(entry)

    for top in window.menuBar().actions():
        if isinstance(top.menu(), QMenu):
            walk(top.menu(), plain_text(top.menu().title()))
    # QWidget.actions: MainWindow has an attribute of its own called `actions`.
    for action in QWidget.actions(window):
        entry = _entry(action, "")
        if entry is not None and action not in seen:
            seen.add(action)
            entries.append(entry)
    return entries


class ShortcutsDialog(QDialog):
    """A table of the window's keyboard shortcuts, read from its actions when it opens."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.entries = collect_shortcuts(window)
        self.table = QTableWidget(len(self.entries), 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, entry in enumerate(self.entries):
            menu = entry.menu or self.tr("Window")
            for column, text in enumerate((menu, entry.command, ", ".join(entry.keys))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")])

    def shortcut_texts(self) -> dict[str, str]:
        """Command → shortcut(s) as shown in the table (for tests and accessibility checks)."""
        return {self.table.item(r, 1).text(): self.table.item(r, 2).text() for r in range(self.table.rowCount())}


# --- the menu -----------------------------------------------------------------------------


def show_about_dialog(window: QWidget) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_shortcuts_dialog(window: QMainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def find_help_menu(window: QMainWindow) -> QMenu:
    """The window's Help menu: the one holding the About action, else the menu bar's last."""
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    for menu in menus:
        if any(a.menuRole() == QAction.MenuRole.AboutRole for a in menu.actions()):
            return menu
    if not menus:
        raise LookupError("the window has no menus")
    return menus[-1]


class HelpMenu(QObject):
    """The Help menu's own actions; keeps their texts in the current language.

    Re-points the window's About action at the fuller About dialog and adds
    "Keyboard shortcuts" above it.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.menu = find_help_menu(window)
        self.about = next((a for a in self.menu.actions() if a.menuRole() == QAction.MenuRole.AboutRole), None)
        if self.about is not None:
            self.about.triggered.disconnect()  # the window's plain message box
            self.about.triggered.connect(lambda: show_about_dialog(self._window))
        self.shortcuts = QAction(window)
        self.shortcuts.setObjectName("help_keyboard_shortcuts")
        self.shortcuts.triggered.connect(lambda: show_shortcuts_dialog(self._window))
        if self.about is not None:
            self.menu.insertAction(self.about, self.shortcuts)
        else:
            self.menu.addAction(self.shortcuts)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.shortcuts.setText(QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_help_menu(window: QMainWindow) -> HelpMenu:
    """Add About (version, licence, data folder) and Keyboard shortcuts to ``window``'s Help menu."""
    return HelpMenu(window)
