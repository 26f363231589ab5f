"""Shared test set-up: headless Qt, a temporary MINUTESAPP_HOME, and the corpus location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything imports Qt: no display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


@pytest.fixture(autouse=True)
def minutesapp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data/cache/config folder."""
    home = tmp_path / "minutesapp-home"
    monkeypatch.setenv("MINUTESAPP_HOME", str(home))
    return home


def corpus_file(name: str) -> Path:
    """A file of the shared corpus, or skip the test where the corpus is absent."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus file {name} not available at {CORPUS}")
    return path
