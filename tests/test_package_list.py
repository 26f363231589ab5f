"""pyproject lists the packages by hand (resources/ is mapped in): a new subpackage must be listed,
or a plain `pip install .` ships an app that fails to import it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "minutesapp").rglob("__init__.py")
    }
    assert on_disk - listed == set()
    assert "minutesapp.resources" in listed
