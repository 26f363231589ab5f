#!/usr/bin/env python3
"""Smoke-test a built app folder (dist/minutesapp): does the frozen app really work on its own?

    python packaging/smoke_test.py dist/minutesapp

Checks the package metadata (for Help > About) is in the folder, then runs the app binary headless (QT_QPA_PLATFORM=offscreen), from a temporary folder, with a
fresh MINUTESAPP_HOME and no PYTHONPATH, so nothing of the checkout can help it:

1. ``minutesapp --screenshot OUT.png`` with no file opens the bundled sample (found through
   importlib.resources inside the app) and writes a PNG of at least 1200x800;
2. the same in Danish uses the bundled .qm (no lrelease in the app, no cache compile);
3. ``minutesapp parse SAMPLE --format json`` parses in the sandbox child, which in a frozen
   app is the app itself started with ``--parse-worker``;
4. ``notes add`` + ``notes export --pdf`` (reportlab with the bundled DejaVu font);
5. ``packaging/linux/install.sh`` into a temporary PREFIX gives a launcher that runs.

Prints one line per check; exit status 1 on the first failure.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_SIZE = (1200, 800)
TIMEOUT = 180


class SmokeFailure(Exception):
    pass


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG's IHDR chunk (no imaging library needed)."""
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{path} is not a PNG")
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def run(command: list[str], home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", MINUTESAPP_HOME=str(home))
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if result.returncode != 0:
        raise SmokeFailure(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()[-2000:]}")
    return result


def bundled_sample(app_dir: Path) -> Path:
    matches = sorted(app_dir.rglob("minutesapp/resources/sample/sample-referat.pdf"))
    if not matches:
        raise SmokeFailure("the sample minutes are not in the app folder")
    return matches[0]


def check_metadata(app_dir: Path) -> str:
    """Help > About reads version and licence with importlib.metadata: the dist-info must be there."""
    found = sorted(app_dir.rglob("minutesapp*.dist-info/METADATA")) + sorted(app_dir.rglob("minutesapp*.egg-info/PKG-INFO"))
    if not found:
        raise SmokeFailure("no minutesapp metadata in the app folder (About would show no version)")
    fields = dict(line.split(": ", 1) for line in found[0].read_text("utf-8").splitlines() if ": " in line)
    licence = fields.get("License-Expression") or fields.get("License")
    return f"metadata: version {fields.get('Version')}, licence {licence}"


def check_screenshot(app: Path, work: Path, language: str) -> str:
    home = work / f"home-{language}"
    out = work / f"shot-{language}.png"
    result = run([str(app), "--screenshot", str(out), "--lang", language], home, work)
    width, height = png_size(out)
    if width < MIN_SIZE[0] or height < MIN_SIZE[1]:
        raise SmokeFailure(f"screenshot is {width}x{height}, expected at least {MIN_SIZE[0]}x{MIN_SIZE[1]}")
    if "translation" in result.stderr or (home / "cache" / "i18n").exists():
        raise SmokeFailure(f"the bundled .qm was not used: {result.stderr.strip()}")
    return f"screenshot ({language}) {width}x{height}: {out}"


def check_parse(app: Path, sample: Path, work: Path) -> str:
    result = run([str(app), "parse", str(sample), "--format", "json", "--no-cache"], work / "home-parse", work)
    meeting = json.loads(result.stdout)
    items = meeting.get("items") or []
    if not items or meeting["source"]["format"] != "pdf":
        raise SmokeFailure(f"parse gave no items: {result.stdout[:300]}")
    return f"parse --format json: {len(items)} items, body {meeting.get('body')!r}, date {meeting.get('date')}"


def check_notes_export(app: Path, sample: Path, work: Path) -> str:
    out = work / "notes.pdf"
    home = work / "home-notes"
    run([str(app), "notes", "add", str(sample), "--item", "41", "--text", "Spørg om tidsplanen"], home, work)
    run([str(app), "notes", "export", str(sample), "--pdf", str(out), "--all-items"], home, work)
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or b"DejaVu" not in data:
        raise SmokeFailure("notes export wrote no PDF with the bundled DejaVu font")
    return f"notes export --pdf: {len(data) // 1024} KiB with the bundled font"


def check_install(app_dir: Path, sample: Path, work: Path) -> str:
    prefix = work / "prefix"
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "linux" / "install.sh"), str(app_dir)],
        env={**os.environ, "PREFIX": str(prefix)}, check=True, capture_output=True, text=True, timeout=TIMEOUT,
    )
    launcher = prefix / "bin" / "minutesapp"
    result = run([str(launcher), "parse", str(sample), "--format", "markdown"], work / "home-installed", work)
    if not result.stdout.strip():
        raise SmokeFailure("the installed launcher printed nothing")
    desktop = (prefix / "share" / "applications" / "minutesapp.desktop").read_text("utf-8")
    if f"Exec={launcher} %f" not in desktop:
        raise SmokeFailure("the installed .desktop file does not start the installed launcher")
    return f"install.sh PREFIX={prefix}: launcher runs, desktop entry points at it"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    app_dir = Path(argv[0]).resolve()
    app = app_dir / ("minutesapp.exe" if sys.platform == "win32" else "minutesapp")
    if not app.is_file():
        print(f"smoke test: no app binary at {app}", file=sys.stderr)
        return 1
    checks = [
        lambda work: check_metadata(app_dir),
        lambda work: check_screenshot(app, work, "en"),
        lambda work: check_screenshot(app, work, "da"),
        lambda work: check_parse(app, bundled_sample(app_dir), work),
        lambda work: check_notes_export(app, bundled_sample(app_dir), work),
    ]
    if sys.platform.startswith("linux"):
        checks.append(lambda work: check_install(app_dir, bundled_sample(app_dir), work))
    with tempfile.TemporaryDirectory(prefix="minutesapp-smoke-") as tmp:
        work = Path(tmp)
        for check in checks:
            try:
                print("ok   " + check(work), flush=True)
            except (SmokeFailure, subprocess.SubprocessError, OSError, ValueError) as exc:
                print(f"FAIL {exc}", flush=True)
                return 1
        # Keep the English screenshot beside the build for a look.
        (app_dir.parent / "smoke-screenshot.png").write_bytes((work / "shot-en.png").read_bytes())
    print(f"smoke test passed: {app_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
