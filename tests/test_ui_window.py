"""The reader window driven like a user would (hand-made meetings; the real loader for bad files)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from test_ui_support import fake_loader, make_meeting

from minutesapp.errors import DocumentError, ErrorCode
from minutesapp.model import Meeting, MeetingKind
from minutesapp.ui.i18n import LanguageSwitcher
from minutesapp.ui.main_window import MainWindow
from minutesapp.ui.meeting_loader import load_with_loader
from minutesapp.ui.settings import AppSettings

# The offscreen platform cannot pass a top-level window's size limits on; that is no fault of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def languages(qapp) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    switcher.set_language("en")
    yield switcher
    switcher.set_language("en")  # remove our translators again


def _window(qtbot, languages: LanguageSwitcher, load) -> MainWindow:
    window = MainWindow(AppSettings(), languages, load=load)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, languages: LanguageSwitcher) -> MainWindow:
    return _window(qtbot, languages, fake_loader(make_meeting()))


def _open(qtbot, window: MainWindow, path: str = "hand-made.txt", item: int | None = None) -> Meeting:
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000) as blocker:
        window.open_file(Path(path), item)
    return blocker.args[0]


def test_opening_shows_the_tree_header_and_first_item(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    assert window.toc.visible_item_numbers() == [1, 2, 3, 4]
    assert window.toc.current_item_number() == 1
    assert "Godkendelse af dagsorden" in window.item_view.displayed_text()
    assert "Aarø Sund Badehotel" in window.header_label.text()
    assert window.message_bar.isHidden()


def test_selecting_an_item_shows_recommendation_and_decision(qtbot, window: MainWindow) -> None:
    _open(qtbot, window, item=2)
    text = window.item_view.displayed_text()
    assert "Kommunaldirektøren indstiller, at planen anbefales." in text
    assert "Indstillingen blev godkendt." in text
    assert "Against: Peter Hansen (Ø)" in text
    assert "Absent: Jens Friis Felber" in text
    window.toc.select_item(3)
    assert "No decision yet" in window.item_view.displayed_text()


def test_selecting_the_meeting_row_shows_the_header(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    window.toc.select_meeting()
    text = window.item_view.displayed_text()
    assert "Participants: Jon Krongaard, Inga Lykke, Thomas Vedsted" in text
    assert window.item_view.item is None


def test_html_in_a_title_shows_literally(qtbot, window: MainWindow) -> None:
    _open(qtbot, window, item=4)
    assert "<b>x</b> & <i>y</i>" in window.item_view.displayed_text()
    assert "<b>x</b>" in window.toc.tree.currentIndex().data()


def test_filter_box_narrows_the_tree_as_one_types(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    qtbot.keyClicks(window.toc.filter_edit, "kompetence")
    assert window.toc.visible_item_numbers() == [2]
    window.toc.filter_edit.clear()
    qtbot.keyClicks(window.toc.filter_edit, "EMN-2025")
    assert window.toc.visible_item_numbers() == [4]
    window.toc.filter_edit.clear()
    assert window.toc.visible_item_numbers() == [1, 2, 3, 4]


def test_next_and_previous_item_from_anywhere(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    window.actions.next_item.trigger()
    window.actions.next_item.trigger()
    assert window.toc.current_item_number() == 3
    window.actions.previous_item.trigger()
    assert window.toc.current_item_number() == 2
    assert window.actions.next_item.shortcut().toString() == "Alt+Down"
    assert window.actions.previous_item.shortcut().toString() == "Alt+Up"


def test_alt_down_works_while_the_text_has_focus(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    window.activateWindow()
    window.item_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.item_view)
    qtbot.keyClick(window.item_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.toc.current_item_number() == 2


def test_find_walks_hits_across_items(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)  # item 1 has no "kompetenceplan"
    window.actions.find.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "kompetenceplan")
    assert window.toc.current_item_number() == 2  # jumped to the first item with hits
    assert window.item_view.hit_count() == 3
    assert window.item_view.current_hit() == 0
    assert "1 of 3" in window.find_bar.status.text()
    window.actions.find_next.trigger()
    assert window.item_view.current_hit() == 1
    window.actions.find_previous.trigger()
    window.actions.find_previous.trigger()  # before the first hit: wraps round to item 2's last
    assert window.toc.current_item_number() == 2
    assert window.item_view.current_hit() == 2
    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, "godkend")
    hits_seen = {(window.toc.current_item_number(), window.item_view.current_hit())}
    for _ in range(4):
        window.actions.find_next.trigger()
        hits_seen.add((window.toc.current_item_number(), window.item_view.current_hit()))
    assert {number for number, _hit in hits_seen} == {1, 2}


def test_find_walks_only_the_items_the_tree_shows(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    window.toc.filter_edit.setText("dagsorden")  # hides item 2, which also says "godkendt"
    assert window.toc.visible_item_numbers() == [1]
    window.actions.find.trigger()
    qtbot.keyClicks(window.find_bar.edit, "godkend")
    assert window.find_bar.status.text().endswith("· 1 items")
    seen = set()
    for _ in range(6):
        window.actions.find_next.trigger()
        seen.add(window.toc.current_item_number())
    assert seen == {1}
    assert window.toc.filter_edit.text() == "dagsorden"  # finding did not undo the filter

    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, "kompetenceplan")  # only in the hidden item 2
    assert window.find_bar.status.text() == "No hits"
    assert window.toc.current_item_number() == 1
    assert window.toc.filter_edit.text() == "dagsorden"

    window.toc.filter_edit.clear()
    window.toc.set_marks_filter("starred")  # nothing is starred: no item is shown
    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, "godkend")
    assert window.find_bar.status.text() == "No hits"
    assert window.item_view.hit_count() == 0  # no hits painted in an item the filter hides
    window.toc.set_marks_filter(None)
    window.actions.find_next.trigger()
    assert window.item_view.item is not None and window.item_view.item.number in (1, 2)
    assert window.item_view.current_hit() >= 0  # shown again: found again


def test_find_with_no_hits_says_so(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    window.actions.find.trigger()
    qtbot.keyClicks(window.find_bar.edit, "zzzqqq")
    assert window.find_bar.status.text() == "No hits"
    assert window.toc.current_item_number() == 1


def test_font_zoom_is_remembered(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    size = window.item_view.font_size()
    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    assert window.item_view.font_size() == size + 2
    assert window.item_view.document().defaultFont().pointSize() == size + 2
    assert AppSettings().font_size == size + 2
    window.actions.zoom_out.trigger()
    assert AppSettings().font_size == size + 1


def test_switching_language_retranslates_the_window(qtbot, window: MainWindow, languages) -> None:
    _open(qtbot, window, item=2)
    window.set_language("da")
    assert languages.language == "da"
    qtbot.waitUntil(lambda: window.actions.file_menu.title() == "&Filer")  # LanguageChange is posted
    assert window.actions.view_menu.title() == "&Vis"
    text = window.item_view.displayed_text()
    assert "Indstilling" in text and "Beslutning" in text and "Imod: Peter Hansen (Ø)" in text
    assert "11. december 2025" in window.header_label.text()
    assert AppSettings().language == "da"
    window.toc.select_item(3)
    assert "Ingen beslutning endnu" in window.item_view.displayed_text()
    window.set_language("en")
    qtbot.waitUntil(lambda: window.actions.file_menu.title() == "&File")
    assert "No decision yet" in window.item_view.displayed_text()


def test_find_status_and_cancel_button_in_danish(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    window.set_language("da")
    qtbot.waitUntil(lambda: window.actions.file_menu.title() == "&Filer")
    assert window.cancel_button.text() == "Annullér"
    window.actions.find.trigger()
    qtbot.keyClicks(window.find_bar.edit, "zzzqqq")
    assert window.find_bar.status.text() == "Ingen fund"
    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, "kompetenceplan")
    assert window.find_bar.status.text() == "1 af 3 her · 1 punkter"


def test_agenda_items_without_decision_say_so(qtbot, languages) -> None:
    window = _window(qtbot, languages, fake_loader(make_meeting(MeetingKind.DAGSORDEN)))
    _open(qtbot, window, item=4)
    assert "No decision yet" in window.item_view.displayed_text()


@pytest.mark.parametrize(
    ("content", "danish"),
    [(b"", "Filen er tom."), (b"%PDF-1.4\nnot really a pdf", "Filen er beskadiget")],
)
def test_a_bad_file_gives_a_message_and_keeps_the_document(
    qtbot, languages, tmp_path: Path, content: bytes, danish: str
) -> None:
    good = make_meeting()

    def load(path: Path, cancel: threading.Event) -> Meeting:
        return good if path.name == "good.txt" else load_with_loader(path, cancel)

    window = _window(qtbot, languages, load)
    window.set_language("da")
    qtbot.waitUntil(lambda: window.actions.file_menu.title() == "&Filer")
    _open(qtbot, window, "good.txt", item=2)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(content)
    with qtbot.waitSignal(window.load_failed, timeout=30_000) as blocker:
        window.open_file(bad)
    assert danish in blocker.args[0]
    assert window.message_bar.isVisible()
    assert "bad.pdf" in window.message_label.text() and danish in window.message_label.text()
    assert window.toc.current_item_number() == 2  # the previous document is still there
    assert "Indstillingen blev godkendt." in window.item_view.displayed_text()
    assert window.path == Path("good.txt")


def test_loading_can_be_cancelled(qtbot, languages) -> None:
    started = threading.Event()

    def slow(path: Path, cancel: threading.Event) -> Meeting:
        if path.name == "slow.pdf":
            started.set()
            cancel.wait(10)
            raise DocumentError(ErrorCode.CANCELLED, "cancelled")
        return make_meeting()

    window = _window(qtbot, languages, slow)
    _open(qtbot, window)
    window.open_file(Path("slow.pdf"))
    assert started.wait(5)
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    with qtbot.waitSignal(window.load_failed, timeout=5000):
        window.cancel_button.click()
    assert not window.progress.isVisible()
    assert window.message_bar.isHidden()  # cancelling is not an error
    assert window.toc.visible_item_numbers() == [1, 2, 3, 4]


def test_a_superseded_load_is_ignored(qtbot, languages) -> None:
    release = threading.Event()
    other = make_meeting(MeetingKind.DAGSORDEN, path="second.txt")

    def load(path: Path, cancel: threading.Event) -> Meeting:
        if path.name == "first.txt":
            release.wait(10)
            return make_meeting()
        return other

    window = _window(qtbot, languages, load)
    window.open_file(Path("first.txt"))
    with qtbot.waitSignal(window.meeting_shown, timeout=5000) as blocker:
        window.open_file(Path("second.txt"))
    assert blocker.args[0] is other
    release.set()
    with qtbot.assertNotEmitted(window.meeting_shown, wait=200):
        pass
    assert window.meeting is other


def test_dropping_a_file_opens_it(qtbot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/dropped.txt")])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.meeting_shown, timeout=5000):
        window.dropEvent(event)
    assert window.path == Path("/tmp/dropped.txt")


def test_state_is_saved_and_restored(qtbot, languages, window: MainWindow) -> None:
    _open(qtbot, window, "/tmp/some-minutes.txt", item=3)
    window.splitter.setSizes([200, 700, 500])
    window.save_state()
    settings = AppSettings()
    assert settings.last_item == 3
    assert settings.last_file == Path("/tmp/some-minutes.txt").resolve()
    assert Path("/tmp/some-minutes.txt").resolve() in settings.recent_files
    again = _window(qtbot, languages, fake_loader(make_meeting()))
    again.restore_state()
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]


def test_recent_files_menu_lists_opened_files(qtbot, window: MainWindow) -> None:
    _open(qtbot, window, "/tmp/a-minutes.txt")
    _open(qtbot, window, "/tmp/b-minutes.txt")
    window.actions.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.actions.recent_menu.actions() if a.text()]
    assert texts[:2] == ["&1 b-minutes.txt", "&2 a-minutes.txt"]


def test_accessible_names_are_set(qtbot, window: MainWindow) -> None:
    assert window.toc.tree.accessibleName() == "Table of contents"
    assert window.item_view.accessibleName() == "Item text"
    assert window.toc.filter_edit.accessibleName() == "Filter items"


def test_text_input_has_no_page_view(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    assert not window.page_view.isVisible()
    assert not window.actions.toggle_page.isEnabled()
