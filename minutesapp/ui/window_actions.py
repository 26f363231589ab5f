"""The main window's actions and menus (Filer, Vis, Hjælp), with their shortcuts and texts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from minutesapp.ui.plain_text import menu_text, plain_tooltip

translate = QCoreApplication.translate


@dataclass
class WindowActions:
    open: QAction
    open_sample: QAction
    quit: QAction
    clear_recent: QAction
    toggle_page: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    next_item: QAction
    previous_item: QAction
    focus_filter: QAction
    language_da: QAction
    language_en: QAction
    about: QAction
    file_menu: QMenu
    recent_menu: QMenu
    view_menu: QMenu
    language_menu: QMenu
    help_menu: QMenu


def _action(window: QMainWindow, *shortcuts: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
    action = QAction(window)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys.extend(QKeySequence.keyBindings(shortcut))
        else:
            keys.append(QKeySequence(shortcut))
    if keys:
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return action


def create_actions(window: QMainWindow) -> WindowActions:
    menubar = window.menuBar()
    file_menu = menubar.addMenu("")
    view_menu = menubar.addMenu("")
    help_menu = menubar.addMenu("")
    recent_menu = QMenu(window)
    language_menu = QMenu(window)

    actions = WindowActions(
        open=_action(window, QKeySequence.StandardKey.Open),
        open_sample=_action(window),
        quit=_action(window, QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        clear_recent=_action(window),
        toggle_page=_action(window, "F9"),
        zoom_in=_action(window, QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
        zoom_out=_action(window, QKeySequence.StandardKey.ZoomOut),
        zoom_reset=_action(window, "Ctrl+0"),
        find=_action(window, QKeySequence.StandardKey.Find),
        find_next=_action(window, QKeySequence.StandardKey.FindNext),
        find_previous=_action(window, QKeySequence.StandardKey.FindPrevious),
        next_item=_action(window, "Alt+Down"),
        previous_item=_action(window, "Alt+Up"),
        focus_filter=_action(window, "Ctrl+L"),
        language_da=_action(window),
        language_en=_action(window),
        about=_action(window, QKeySequence.StandardKey.HelpContents),
        file_menu=file_menu,
        recent_menu=recent_menu,
        view_menu=view_menu,
        language_menu=language_menu,
        help_menu=help_menu,
    )
    actions.toggle_page.setCheckable(True)
    group = QActionGroup(window)
    for action in (actions.language_da, actions.language_en):
        action.setCheckable(True)
        group.addAction(action)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)

    file_menu.addAction(actions.open)
    file_menu.addMenu(recent_menu)
    file_menu.addAction(actions.open_sample)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    view_menu.addAction(actions.toggle_page)
    view_menu.addSeparator()
    for action in (actions.zoom_in, actions.zoom_out, actions.zoom_reset):
        view_menu.addAction(action)
    view_menu.addSeparator()
    for action in (actions.find, actions.find_next, actions.find_previous, actions.focus_filter):
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(actions.next_item)
    view_menu.addAction(actions.previous_item)
    view_menu.addSeparator()
    language_menu.addAction(actions.language_da)
    language_menu.addAction(actions.language_en)
    view_menu.addMenu(language_menu)

    help_menu.addAction(actions.about)
    retranslate_actions(actions)
    return actions


def retranslate_actions(a: WindowActions) -> None:
    a.file_menu.setTitle(translate("MainWindow", "&File"))
    a.recent_menu.setTitle(translate("MainWindow", "Open &Recent"))
    a.view_menu.setTitle(translate("MainWindow", "&View"))
    a.language_menu.setTitle(translate("MainWindow", "&Language"))
    a.help_menu.setTitle(translate("MainWindow", "&Help"))
    a.open.setText(translate("MainWindow", "&Open…"))
    a.open_sample.setText(translate("MainWindow", "Open the &sample minutes"))
    a.quit.setText(translate("MainWindow", "&Quit"))
    a.clear_recent.setText(translate("MainWindow", "&Clear list"))
    a.toggle_page.setText(translate("MainWindow", "Show original &page"))
    a.zoom_in.setText(translate("MainWindow", "&Larger text"))
    a.zoom_out.setText(translate("MainWindow", "&Smaller text"))
    a.zoom_reset.setText(translate("MainWindow", "&Normal text size"))
    a.find.setText(translate("MainWindow", "&Find…"))
    a.find_next.setText(translate("MainWindow", "Find &next"))
    a.find_previous.setText(translate("MainWindow", "Find pre&vious"))
    a.focus_filter.setText(translate("MainWindow", "Filter &items"))
    a.next_item.setText(translate("MainWindow", "Next i&tem"))
    a.previous_item.setText(translate("MainWindow", "Previous it&em"))
    a.language_da.setText("Dansk")  # language names are shown in their own language
    a.language_en.setText("English")
    a.about.setText(translate("MainWindow", "&About minutesapp"))


def fill_recent_menu(a: WindowActions, files: list[Path], open_file: Callable[[Path], None]) -> None:
    """Refill File > Open Recent just before it shows: numbered files, then "Clear list"."""
    menu = a.recent_menu
    menu.clear()
    for n, path in enumerate(files, start=1):
        action = menu.addAction(f"&{n % 10} {menu_text(path.name)}")
        action.setToolTip(plain_tooltip(str(path)))
        action.triggered.connect(lambda _checked=False, p=path: open_file(p))
    if files:
        menu.addSeparator()
        menu.addAction(a.clear_recent)
    else:
        menu.addAction(translate("MainWindow", "(no recent files)")).setEnabled(False)
