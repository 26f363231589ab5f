"""Stars and read marks: stored, shown in the tree's model roles, and filtered by."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_ui_annotation_support import languages, open_meeting, open_window, select_in_view, store_of  # noqa: F401

from minutesapp.annotations import MarkKind
from minutesapp.ui.meeting_model import MarksRole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _marks(window, number: int) -> frozenset[str]:
    return window.model.index_for_item(number).data(MarksRole)


def _bold(window, number: int) -> bool:
    font = window.model.index_for_item(number).data(Qt.ItemDataRole.FontRole)
    return font is not None and font.bold()


def test_starring_marks_the_row_and_the_store(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.annotations.actions.star.trigger()
    assert "starred" in _marks(window, 2)
    assert window.annotations.actions.star.isChecked()
    assert [(m.item.number, m.kind) for m in store_of(window).marks(window.meeting.identity)] == [(2, MarkKind.STAR)]
    assert "Starred" in window.model.index_for_item(2).data(Qt.ItemDataRole.ToolTipRole)
    window.toc.select_item(3)
    assert not window.annotations.actions.star.isChecked()
    window.toc.select_item(2)
    window.annotations.actions.star.trigger()  # again: off
    assert "starred" not in _marks(window, 2)
    assert store_of(window).marks(window.meeting.identity) == []


def test_an_item_shown_for_a_while_becomes_read_and_loses_its_bold(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    window.annotations.read_delay_ms = 50
    open_meeting(qtbot, window, item=2)
    assert all(_bold(window, n) for n in (1, 2, 3, 4))  # nothing read yet
    qtbot.waitUntil(lambda: "read" in _marks(window, 2))
    assert not _bold(window, 2)
    assert _bold(window, 1)
    window.annotations.actions.mark_unread.trigger()
    assert "read" not in _marks(window, 2) and _bold(window, 2)


def test_switching_away_before_the_delay_leaves_an_item_unread(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    window.annotations.read_delay_ms = 60_000
    open_meeting(qtbot, window, item=2)
    window.toc.select_item(3)
    window.annotations.read_delay_ms = 50
    window.toc.select_item(4)
    qtbot.waitUntil(lambda: "read" in _marks(window, 4))
    assert "read" not in _marks(window, 2) and "read" not in _marks(window, 3)


def test_marks_come_back_when_the_meeting_is_opened_again(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=3)
    window.annotations.actions.star.trigger()
    assert window.close()
    again = open_window(qtbot, languages)
    open_meeting(qtbot, again, item=1)
    assert "starred" in _marks(again, 3)
    assert "starred" not in _marks(again, 1)


def test_filter_by_notes_and_by_star(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.notes_pane.editor.setPlainText("Husk at spørge")
    window.toc.select_item(4)
    select_in_view(window, "alert(1)")
    window.annotations.highlight_selection()
    window.toc.select_item(3)
    window.annotations.actions.star.trigger()
    assert _marks(window, 2) >= {"notes"} and _marks(window, 4) >= {"notes"}

    window.toc.set_marks_filter("notes")
    assert window.toc.visible_item_numbers() == [2, 4]
    window.toc.set_marks_filter("starred")
    assert window.toc.visible_item_numbers() == [3]
    window.toc.filter_edit.setText("Samarbejds")
    assert window.toc.visible_item_numbers() == [3]
    window.toc.filter_edit.setText("kompetenceplan")
    assert window.toc.visible_item_numbers() == []
    window.toc.filter_edit.clear()
    window.toc.select_item(3)
    window.annotations.actions.star.trigger()  # unstar item 3: it leaves the starred list
    assert window.toc.visible_item_numbers() == []
    window.toc.set_marks_filter(None)
    assert window.toc.visible_item_numbers() == [1, 2, 3, 4]
    assert window.toc.marks_filter.currentText() == "All items"


def test_selecting_an_item_hidden_by_the_marks_filter_shows_all_again(qtbot, languages) -> None:
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    window.toc.set_marks_filter("starred")
    assert window.toc.visible_item_numbers() == []
    assert window.toc.select_item(1)
    assert window.toc.visible_item_numbers() == [1, 2, 3, 4]


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_marks_filter_entry_fits_in_the_combo(qtbot, languages, language: str) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    window = open_window(qtbot, languages)
    assert languages.set_language(language)
    open_meeting(qtbot, window, item=2)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.toc.marks_filter.width() == window.toc.marks_filter.sizeHint().width())
    combo = window.toc.marks_filter
    texts = [combo.itemText(row) for row in range(combo.count())]
    assert language != "da" or "Alle punkter" in texts
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    for text in texts:
        assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), text
    assert window.toc.filter_edit.width() > combo.width()
