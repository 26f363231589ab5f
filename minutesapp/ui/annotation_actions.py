"""The annotation actions and where they appear: the Edit menu, File > export/print, shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from minutesapp.ui.highlight_style import COLOURS, DEFAULT_COLOUR, colour_label, swatch_icon

translate = QCoreApplication.translate


@dataclass
class AnnotationActions:
    undo: QAction
    redo: QAction
    highlight: QAction  # in the colour chosen last
    highlight_comment: QAction
    colours: dict[str, QAction]  # checkable, one group: the colour of new highlights
    remove_highlight: QAction
    edit_comment: QAction
    star: QAction  # checkable: the current item is starred
    mark_unread: QAction
    export_notes: QAction
    print_notes: QAction
    edit_menu: QMenu
    colour_menu: QMenu

    @property
    def colour(self) -> str:
        return next((name for name, a in self.colours.items() if a.isChecked()), DEFAULT_COLOUR)


def _action(window: QMainWindow, *shortcuts: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
    action = QAction(window)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys.extend(k for k in QKeySequence.keyBindings(shortcut) if k not in keys)
        else:
            key = QKeySequence(shortcut)
            if key not in keys:
                keys.append(key)
    if keys:
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)
    return action


def create_annotation_actions(window: QMainWindow, file_menu: QMenu, before: QAction) -> AnnotationActions:
    """Build the actions; the Edit menu goes after File, export/print into File before ``before``."""
    edit_menu = QMenu(window)
    colour_menu = QMenu(window)
    group = QActionGroup(window)
    colours: dict[str, QAction] = {}
    for colour in COLOURS:
        action = QAction(swatch_icon(colour.name), "", window)
        action.setCheckable(True)
        action.setData(colour.name)
        group.addAction(action)
        colour_menu.addAction(action)
        colours[colour.name] = action
    colours[DEFAULT_COLOUR].setChecked(True)

    actions = AnnotationActions(
        undo=_action(window, QKeySequence.StandardKey.Undo, "Ctrl+Z"),
        redo=_action(window, QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"),
        highlight=_action(window, "Ctrl+H"),
        highlight_comment=_action(window, "Ctrl+Shift+H"),
        colours=colours,
        remove_highlight=_action(window),
        edit_comment=_action(window),
        star=_action(window, "Ctrl+D"),
        mark_unread=_action(window, "Ctrl+U"),
        export_notes=_action(window, "Ctrl+E"),
        print_notes=_action(window, QKeySequence.StandardKey.Print, "Ctrl+P"),
        edit_menu=edit_menu,
        colour_menu=colour_menu,
    )
    actions.star.setCheckable(True)
    actions.highlight.setIcon(swatch_icon(DEFAULT_COLOUR))

    for action in (actions.undo, actions.redo):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    for action in (actions.highlight, actions.highlight_comment):
        edit_menu.addAction(action)
    edit_menu.addMenu(colour_menu)
    for action in (actions.edit_comment, actions.remove_highlight):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.star)
    edit_menu.addAction(actions.mark_unread)

    menubar = window.menuBar()
    menus = [a for a in menubar.actions() if a.menu() is not None]
    after_file = next((menus[i + 1] for i, a in enumerate(menus[:-1]) if a.menu() is file_menu), None)
    if after_file is not None:
        menubar.insertMenu(after_file, edit_menu)
    else:
        menubar.addMenu(edit_menu)
    file_menu.insertAction(before, actions.export_notes)
    file_menu.insertAction(before, actions.print_notes)
    file_menu.insertSeparator(before)
    retranslate_annotation_actions(actions)
    return actions


def retranslate_annotation_actions(a: AnnotationActions) -> None:
    a.edit_menu.setTitle(translate("AnnotationActions", "&Edit"))
    a.colour_menu.setTitle(translate("AnnotationActions", "Highlight &colour"))
    a.undo.setText(translate("AnnotationActions", "&Undo"))
    a.redo.setText(translate("AnnotationActions", "&Redo"))
    a.highlight.setText(translate("AnnotationActions", "&Highlight selection"))
    a.highlight.setToolTip(translate("AnnotationActions", "Highlight the selected text (Ctrl+H)"))
    a.highlight_comment.setText(translate("AnnotationActions", "Highlight with &comment…"))
    for name, action in a.colours.items():
        action.setText(colour_label(name))
    a.remove_highlight.setText(translate("AnnotationActions", "Re&move highlight"))
    a.edit_comment.setText(translate("AnnotationActions", "Edit highlight co&mment…"))
    a.star.setText(translate("AnnotationActions", "&Star item"))
    a.star.setToolTip(translate("AnnotationActions", "Star this item (Ctrl+D)"))
    a.mark_unread.setText(translate("AnnotationActions", "Mark item as u&nread"))
    a.export_notes.setText(translate("AnnotationActions", "&Export notes to PDF…"))
    a.print_notes.setText(translate("AnnotationActions", "&Print notes…"))
