"""Help menu: About shows version, licence and the data folder; the shortcut list is read from the actions."""

from __future__ import annotations

import importlib.metadata
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from minutesapp import paths
from minutesapp.ui import help_dialogs
from minutesapp.ui.help_dialogs import (
    AboutDialog,
    ShortcutsDialog,
    collect_shortcuts,
    find_help_menu,
    install_help_menu,
    plain_text,
)
from minutesapp.ui.i18n import LanguageSwitcher
from minutesapp.ui.main_window import MainWindow
from minutesapp.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, qapp) -> Iterator[MainWindow]:
    languages = LanguageSwitcher(qapp)
    languages.set_language("en")
    window = MainWindow(AppSettings(), languages)
    qtbot.addWidget(window)
    yield window
    languages.set_language("en")


def _help_action(window: QMainWindow, name: str) -> QAction:
    return next(a for a in find_help_menu(window).actions() if a.objectName() == name)


def _about_action(window: QMainWindow) -> QAction:
    return next(a for a in find_help_menu(window).actions() if a.menuRole() == QAction.MenuRole.AboutRole)


def test_about_shows_version_licence_and_data_folder(qtbot, window: MainWindow, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(help_dialogs.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    _about_action(window).trigger()  # the window's own Help > About item
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    version = importlib.metadata.version("minutesapp")
    assert version in dialog.version_label.text()
    assert "GPL-3.0-or-later" in dialog.licence_label.text()
    assert dialog.data_dir_label.text() == str(paths.data_dir())
    assert str(paths.data_dir()).startswith(str(Path(os.environ["MINUTESAPP_HOME"])))

    dialog.open_data_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [paths.data_dir()]
    dialog.close()


def test_about_replaces_the_plain_message_box(qtbot, window: MainWindow, monkeypatch) -> None:
    boxes: list[object] = []
    monkeypatch.setattr(window, "show_about", lambda: boxes.append(1))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.about", lambda *args: boxes.append(args))
    _about_action(window).trigger()
    assert boxes == []
    assert window.findChild(AboutDialog) is not None


def test_shortcuts_dialog_lists_the_real_key_bindings(qtbot, window: MainWindow) -> None:
    action = _help_action(window, "help_keyboard_shortcuts")
    menu_texts = [a.text() for a in find_help_menu(window).actions()]
    assert menu_texts.index(action.text()) < menu_texts.index(_about_action(window).text())

    action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    shown = dialog.shortcut_texts()
    open_keys = QKeySequence(QKeySequence.StandardKey.Open).toString(QKeySequence.SequenceFormat.NativeText)
    assert open_keys == "Ctrl+O"
    assert shown["Open…"] == "Ctrl+O"  # without the dedicated Open key of Qt's standard binding
    assert "F9" in shown["Show original page"]
    assert "Alt+Down" in shown["Next item"]
    # Every action of the window that has a shortcut is listed, nothing more.
    with_keys = {plain_text(a.text()) for a in window.findChildren(QAction) if a.shortcuts() and a.text()}
    assert set(shown) == with_keys
    dialog.close()


def test_a_shortcut_changed_in_code_shows_up(qtbot, window: MainWindow) -> None:
    window.actions.zoom_reset.setShortcut(QKeySequence("Ctrl+Shift+9"))
    entries = {e.command: e for e in collect_shortcuts(window)}
    assert entries["Normal text size"].keys == ("Ctrl+Shift+9",)
    assert entries["Normal text size"].menu == "View"


def test_collect_walks_submenus_and_window_only_actions(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    top = window.menuBar().addMenu("&Tools")
    sub = QMenu("&Deep", window)
    top.addMenu(sub)
    inner = sub.addAction("&Inner")
    inner.setShortcut(QKeySequence("Ctrl+I"))
    top.addAction("No keys")
    hidden = QAction("&Secret", window)
    hidden.setShortcut(QKeySequence("Ctrl+Shift+S"))
    window.addAction(hidden)
    entries = collect_shortcuts(window)
    assert [(e.menu, e.command, e.keys) for e in entries] == [
        ("Tools › Deep", "Inner", ("Ctrl+I",)),
        ("", "Secret", ("Ctrl+Shift+S",)),
    ]


def test_menu_without_about_gets_the_item_at_the_end(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&File")
    help_menu = window.menuBar().addMenu("&Help")
    install_help_menu(window)
    assert [a.objectName() for a in help_menu.actions()] == ["help_keyboard_shortcuts"]
    assert plain_text("&Save && quit") == "Save & quit"
