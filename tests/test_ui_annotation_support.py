"""Helpers for the annotation GUI tests: a window on the hand-made meeting, selecting view text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from test_ui_support import fake_loader, make_meeting

from minutesapp.annotations import AnnotationStore
from minutesapp.model import Meeting
from minutesapp.ui.highlight_style import HIGHLIGHT_PROPERTY
from minutesapp.ui.i18n import LanguageSwitcher
from minutesapp.ui.main_window import MainWindow
from minutesapp.ui.meeting_loader import load_with_loader
from minutesapp.ui.settings import AppSettings


@pytest.fixture
def languages(qapp) -> Iterator[LanguageSwitcher]:
    """English UI (the source strings), reset afterwards."""
    switcher = LanguageSwitcher(qapp)
    switcher.set_language("en")
    yield switcher
    switcher.set_language("en")


def open_window(qtbot, languages: LanguageSwitcher, meeting: Meeting | None = None, real_loader: bool = False) -> MainWindow:
    load = load_with_loader if real_loader else fake_loader(meeting or make_meeting())
    window = MainWindow(AppSettings(), languages, load=load)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def open_meeting(qtbot, window: MainWindow, path: str | Path = "hand-made.txt", item: int | None = None) -> Meeting:
    with qtbot.waitSignal(window.meeting_shown, timeout=60_000) as blocker:
        window.open_file(Path(path), item)
    return blocker.args[0]


def store_of(window: MainWindow) -> AnnotationStore:
    store = window.annotations.store
    assert store is not None
    return store


def select_in_view(window: MainWindow, text: str, occurrence: int = 0) -> tuple[int, int]:
    """Select ``text`` in the detail view as a user would; returns its view offsets."""
    shown = window.item_view.displayed_text()
    start = -1
    for _ in range(occurrence + 1):
        start = shown.index(text, start + 1)
    cursor = QTextCursor(window.item_view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    window.item_view.setTextCursor(cursor)
    return start, start + len(text)


def highlighted_positions(window: MainWindow) -> dict[int, str]:
    """View position → highlight id, for every character painted as a highlight."""
    document = window.item_view.document()
    found: dict[int, str] = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            value = fragment.charFormat().property(HIGHLIGHT_PROPERTY)
            if value:
                for position in range(fragment.position(), fragment.position() + fragment.length()):
                    found[position] = str(value)
            it += 1
        block = block.next()
    return found


def highlighted_text(window: MainWindow) -> str:
    shown = window.item_view.displayed_text()
    return "".join(shown[p] for p in sorted(highlighted_positions(window)))
