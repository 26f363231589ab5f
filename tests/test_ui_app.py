"""Start-up pieces: language choice, translations built from the .ts, settings, what opens first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from minutesapp.ui.app import initial_file
from minutesapp.ui.i18n import LanguageSwitcher, find_lrelease, qm_for, resolve_language
from minutesapp.ui.main_window import sample_path
from minutesapp.ui.settings import MAX_FONT_SIZE, AppSettings


def test_language_is_danish_unless_chosen_or_the_system_is_english() -> None:
    danish, english = QLocale(QLocale.Language.Danish), QLocale(QLocale.Language.English)
    assert resolve_language(None, None, danish) == "da"
    assert resolve_language(None, None, QLocale(QLocale.Language.German)) == "da"
    assert resolve_language(None, None, english) == "en"
    assert resolve_language(None, "da", english) == "da"
    assert resolve_language("en", "da", danish) == "en"


def test_danish_translation_is_compiled_into_the_cache_and_loaded(qapp, minutesapp_home: Path) -> None:
    assert find_lrelease() is not None
    qm = qm_for("da")
    assert qm is not None and qm.is_file()
    switcher = LanguageSwitcher(qapp)
    try:
        assert switcher.set_language("da")
        assert QCoreApplication.translate("ItemDocument", "No decision yet") == "Ingen beslutning endnu"
        assert QCoreApplication.translate("ErrorMessages", "The file is empty.") == "Filen er tom."
    finally:
        switcher.set_language("en")
    assert QCoreApplication.translate("ItemDocument", "No decision yet") == "No decision yet"


def test_every_danish_message_is_translated() -> None:
    ts = (Path(__file__).resolve().parent.parent / "resources" / "i18n" / "minutesapp_da.ts").read_text("utf-8")
    assert ts.count("<message>") > 80
    assert 'type="unfinished"' not in ts


def test_settings_are_typed_and_persist(qapp) -> None:
    settings = AppSettings()
    assert settings.language is None and settings.page_view_visible is True
    settings.language = "en"
    settings.font_size = 99
    settings.last_item = 7
    for name in ("a.pdf", "b.pdf", "a.pdf"):
        settings.add_recent_file(Path("/tmp") / name)
    settings.sync()
    again = AppSettings()
    assert again.language == "en"
    assert again.font_size == MAX_FONT_SIZE
    assert again.last_item == 7
    assert again.recent_files == [Path("/tmp/a.pdf").resolve(), Path("/tmp/b.pdf").resolve()]


def test_start_opens_the_command_line_file_else_the_last_else_the_sample(qapp, tmp_path: Path) -> None:
    settings = AppSettings()
    assert initial_file("given.pdf", settings) == (Path("given.pdf"), None)
    last = tmp_path / "last.pdf"
    last.write_bytes(b"%PDF")
    settings.last_file = last
    settings.last_item = 4
    assert initial_file(None, settings) == (last, 4)
    last.unlink()
    expected = (sample_path(), None) if sample_path().is_file() else (None, None)
    assert initial_file(None, settings) == expected
