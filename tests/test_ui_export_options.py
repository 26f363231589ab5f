"""The export/print dialog offers again the options last accepted (kept in AppSettings)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from test_ui_annotation_support import languages, open_meeting, open_window  # noqa: F401

from minutesapp.export import ExportOptions
from minutesapp.ui.export_dialog import ExportOptionsDialog
from minutesapp.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_export_options_round_trip_through_the_settings_file(tmp_path) -> None:
    path = tmp_path / "settings.ini"
    settings = AppSettings(path)
    assert settings.export_options == ExportOptions()
    settings.export_options = ExportOptions(indstilling=True, beslutning=False, all_items=True)
    settings.sync()
    assert AppSettings(path).export_options == ExportOptions(indstilling=True, beslutning=False, all_items=True)


def test_the_dialog_reopens_with_the_options_last_accepted(qtbot, languages, monkeypatch) -> None:  # noqa: F811
    seen: list[ExportOptions] = []
    answers: list[tuple[ExportOptions | None, QDialog.DialogCode]] = [
        (ExportOptions(beslutning=True, all_items=True), QDialog.DialogCode.Accepted),  # export: tick two, accept
        (ExportOptions(indstilling=True), QDialog.DialogCode.Rejected),  # print: tick another, but cancel
        (None, QDialog.DialogCode.Rejected),  # export again: only look
    ]

    def exec_(self: ExportOptionsDialog) -> QDialog.DialogCode:
        seen.append(self.options())
        choice, answer = answers.pop(0)
        if choice is not None:
            self.indstilling.setChecked(choice.indstilling)
            self.beslutning.setChecked(choice.beslutning)
            self.all_items.setChecked(choice.all_items)
        return answer

    monkeypatch.setattr(ExportOptionsDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))  # no file chosen
    window = open_window(qtbot, languages)
    open_meeting(qtbot, window, item=2)
    actions = window.annotations.actions

    actions.export_notes.trigger()
    actions.print_notes.trigger()
    actions.export_notes.trigger()

    remembered = ExportOptions(beslutning=True, all_items=True)
    assert seen == [ExportOptions(), remembered, remembered]  # the cancelled print changed nothing
    assert window.settings.export_options == remembered
    assert AppSettings().export_options == remembered  # in the INI file, for the next start
