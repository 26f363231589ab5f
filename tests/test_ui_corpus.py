"""The window on the real Danish corpus, through the real (sandboxed, cached) loader."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import corpus_file
from PySide6.QtGui import QImage

from minutesapp.model import Meeting
from minutesapp.ui.app import run_gui
from minutesapp.ui.i18n import LanguageSwitcher
from minutesapp.ui.main_window import MainWindow
from minutesapp.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AARHUS = "aarhus_byraad_2025-08-27.pdf"
BALLERUP = "ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"
HADERSLEV = "haderslev_beskaeftigelse-borgerservice_2025-12-11.txt"


@pytest.fixture
def window(qtbot, qapp) -> Iterator[MainWindow]:
    languages = LanguageSwitcher(qapp)
    languages.set_language("da")
    window = MainWindow(AppSettings(), languages)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window
    languages.set_language("en")


def _open(qtbot, window: MainWindow, name: str, item: int | None = None) -> Meeting:
    with qtbot.waitSignal(window.meeting_shown, timeout=60_000) as blocker:
        window.open_file(corpus_file(name), item)
    return blocker.args[0]


def test_aarhus_item_shows_recommendation_decision_and_dissent(qtbot, window: MainWindow) -> None:
    meeting = _open(qtbot, window, AARHUS, item=3)
    assert window.toc.visible_item_numbers() == [i.number for i in meeting.items]
    assert len(meeting.items) == 21
    text = window.item_view.displayed_text()
    assert "Svar på forslag fra KF og M om at halvere prisen på parkering i kommunale P-huse" in text
    assert "Sagsnr. EMN-2025-003928" in text
    assert "At 1) forslaget om halvering af prisen på parkering i kommunale p-huse" in text
    assert "Tilbagesendes Magistratsafdelingen for Teknik og Miljø" in text
    assert "Imod: Socialistisk Folkeparti" in text
    # the byråd's decision of this meeting comes before the earlier treatments
    assert text.index("Aarhus Byråd, 27. august 2025") < text.index("Tidligere behandling")
    assert text.index("Indstilling") < text.index("Beslutning") < text.index("Resume")


def test_aarhus_closed_item_and_page_view_follow_selection(qtbot, window: MainWindow) -> None:
    meeting = _open(qtbot, window, AARHUS)
    assert window.page_view.isVisible()
    assert window.page_view.page_count() == 28
    window.toc.select_item(3)
    qtbot.waitUntil(lambda: window.page_view.current_page() == meeting.item(3).page)
    window.toc.select_item(21)
    assert "Lukket punkt" in window.item_view.displayed_text()
    qtbot.waitUntil(lambda: window.page_view.current_page() == meeting.item(21).page)
    window.actions.toggle_page.trigger()
    assert not window.page_view.isVisible()
    assert AppSettings().page_view_visible is False


def test_page_view_holds_the_jumped_to_page_through_resizes_until_the_user_scrolls(qtbot, window: MainWindow) -> None:
    meeting = _open(qtbot, window, AARHUS, item=3)
    page = meeting.item(3).page
    view = window.page_view
    qtbot.waitUntil(lambda: view.current_page() == page)
    wide = view.width()
    window.resize(1000, 700)  # fit-to-width: every page gets shorter, however late the layout comes
    qtbot.waitUntil(lambda: view.width() < wide)
    qtbot.waitUntil(lambda: view.current_page() == page)
    bar = view.view.verticalScrollBar()
    for _ in range(4):  # the user pages down by hand
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
    qtbot.waitUntil(lambda: view.current_page() > page and view.held_page == view.current_page())
    scrolled_to = view.current_page()
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: view.width() == wide)
    qtbot.waitUntil(lambda: view.current_page() == scrolled_to)  # not back to the item's page

def test_ballerup_item_shows_recommendation_and_decision(qtbot, window: MainWindow) -> None:
    _open(qtbot, window, BALLERUP, item=2)
    text = window.item_view.displayed_text()
    assert "Bygningsvedligeholdelse 2013 - anlægsbevilling" in text
    assert "Center for Ejendomme indstiller, at" in text
    assert "Indstillingen godkendt" in text
    assert "Sundheds- og Forebyggelsesudvalget, 4. december 2012" in text


def test_haderslev_text_file_filter_and_find(qtbot, window: MainWindow) -> None:
    _open(qtbot, window, HADERSLEV, item=107)
    assert not window.page_view.isVisible()  # text input: no page to show
    text = window.item_view.displayed_text()
    assert "Kommunaldirektøren indstiller, at" in text
    assert "Imod: Benny Bonde, Kim Kabelka" in text
    assert "Fraværende: Marie Skødt" in text
    assert text.index("Beskæftigelse- og Borgerserviceudvalget, 11. december 2025") < text.index("Børne- og Familieudvalget")
    qtbot.keyClicks(window.toc.filter_edit, "voicebot")
    assert window.toc.visible_item_numbers() == [109]
    window.toc.filter_edit.clear()
    window.toc.select_item(114)
    assert "Ingen beslutning endnu" in window.item_view.displayed_text()
    window.actions.find.trigger()
    qtbot.keyClicks(window.find_bar.edit, "kompetenceplan")
    assert window.toc.current_item_number() == 107  # wrapped round to the first item that has it
    assert window.item_view.hit_count() > 0


@pytest.mark.parametrize("name", [AARHUS, HADERSLEV])
def test_screenshot_command_writes_a_large_png(qapp, tmp_path: Path, name: str) -> None:
    target = tmp_path / "shot.png"
    args = argparse.Namespace(file=str(corpus_file(name)), screenshot=str(target), item=None, lang="da")
    assert run_gui(args) == 0
    image = QImage(str(target))
    assert image.width() >= 1200 and image.height() >= 800
