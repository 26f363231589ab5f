"""Rescued note text in a fallback folder is found again: the next start lists every folder
that may hold such files, and the persistent ones are tried before the temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

from minutesapp.annotations import emergency


def _home() -> Path:
    return Path(os.environ["MINUTESAPP_HOME"])  # the autouse fixture's temporary folder


def _block(folder: Path) -> None:
    """A file where the folder should be: nothing can be written below it."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file, not a folder")


def test_under_minutesapp_home_every_fallback_is_inside_it() -> None:
    home = _home().resolve()
    for folder in emergency._fallback_folders():
        assert folder.resolve().is_relative_to(home), folder


def test_a_blocked_notes_folder_falls_back_to_the_state_folder_and_is_reported() -> None:
    _block(_home() / "data")
    path = emergency.write_unsaved_notes("Vigtig tekst")
    assert path.parent == _home() / "state" / emergency.UNSAVED_FOLDER
    assert emergency.unsaved_note_files() == [path]


def test_every_fallback_folder_is_reported_in_order_and_the_temporary_folder_comes_last() -> None:
    home = _home()
    folders = emergency._fallback_folders()
    assert folders == [
        home / "data" / emergency.UNSAVED_FOLDER,
        home / "state" / emergency.UNSAVED_FOLDER,
        home / "minutesapp-unsaved-notes",
        home / "tmp" / "minutesapp-unsaved-notes",
    ]
    written = [emergency.write_unsaved_notes(f"tekst {n}", folders=[folder]) for n, folder in enumerate(folders)]
    assert emergency.unsaved_note_files() == written


def test_the_temporary_folder_is_the_last_resort_and_still_reported() -> None:
    home = _home()
    for folder in (home / "data", home / "state", home / "minutesapp-unsaved-notes"):
        _block(folder)
    path = emergency.write_unsaved_notes("sidste udvej")
    assert path.parent == home / "tmp" / "minutesapp-unsaved-notes"
    assert emergency.unsaved_note_files() == [path]
    assert path.read_text("utf-8") == "sidste udvej"
