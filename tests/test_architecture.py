"""The core must never import Qt: it is tested without a display and reused by the CLI."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "minutesapp"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]


def test_core_modules_exist() -> None:
    assert any(p.name == "model.py" for p in core_modules())


def test_core_never_imports_qt() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(m for m in _imported_modules(path) if m.startswith(QT_MODULES))
        for path in core_modules()
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}, f"core modules import Qt (move that code to minutesapp/ui/): {offenders}"


# The command line starts the window; it imports the Qt layer lazily, inside a function.
MAY_IMPORT_UI = {"cli.py"}


def test_core_never_imports_the_qt_layer() -> None:
    """An import of minutesapp.ui would pull Qt in through the back door."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(m for m in _imported_modules(path) if m.startswith("minutesapp.ui"))
        for path in core_modules()
        if str(path.relative_to(PACKAGE)) not in MAY_IMPORT_UI
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}, f"core modules import the Qt layer: {offenders}"


def test_the_check_sees_a_qt_import(tmp_path: Path) -> None:
    leaky = tmp_path / "leaky.py"
    leaky.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imported_modules(leaky)
