#!/usr/bin/env python3
"""Build the UI translations: ``resources/i18n/*.ts`` → ``.qm`` beside them (not committed).

    .venv/bin/python scripts/build_translations.py            # compile every .ts with lrelease
    .venv/bin/python scripts/build_translations.py --update   # first refresh the .ts from the code (lupdate)

The app compiles a missing ``.qm`` itself on first start (into the cache folder), so running
this is only needed for packaging, or to see lupdate's report after changing UI strings.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
UI_SOURCES = ROOT / "minutesapp" / "ui"


def find_tool(name: str) -> Path:
    """``lrelease`` / ``lupdate`` from the installed PySide6 (or PATH)."""
    try:
        import PySide6

        bundled = Path(PySide6.__file__).resolve().parent / name
        if bundled.is_file():
            return bundled
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        sys.exit(f"build_translations: {name} not found (install PySide6-Essentials)")
    return Path(found)


def update_sources(ts_files: list[Path]) -> None:
    sources = sorted(str(p) for p in UI_SOURCES.rglob("*.py"))
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[-1]
        subprocess.run(
            [str(find_tool("lupdate")), *sources, "-no-obsolete", "-source-language", "en",
             "-target-language", language, "-ts", str(ts)],
            check=True,
        )


def release(ts_files: list[Path]) -> list[Path]:
    built = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        subprocess.run([str(find_tool("lrelease")), str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the UI code first")
    args = parser.parse_args(argv)
    ts_files = sorted(I18N.glob("*.ts"))
    if not ts_files:
        sys.exit(f"build_translations: no .ts files in {I18N}")
    if args.update:
        update_sources(ts_files)
    for qm in release(ts_files):
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
