"""packaging/: the desktop entry, AppStream metadata, icon, install script and frozen entry point.

The validators run where they are installed; the key fields are also checked in plain
Python, so a machine without desktop-file-utils/appstream still asserts something.
The PyInstaller build itself is too slow for the suite: packaging/build_linux.sh smoke-tests it.
"""

from __future__ import annotations

import ast
import configparser
import json
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from minutesapp import sandbox

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "minutesapp.desktop"
METAINFO = LINUX / "io.github.minutesapp.metainfo.xml"
ICON = ROOT / "resources" / "icons" / "minutesapp.svg"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text("utf-8"))
    return parser["Desktop Entry"]


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


# --- desktop entry ----------------------------------------------------------------------


def test_desktop_file_validates() -> None:
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_desktop_entry_opens_pdf_files_with_the_app() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "minutesapp"
    assert entry["Exec"].split()[1:] == ["%f"]  # one file per start: a second start hands over
    assert entry["Icon"] == "minutesapp" == ICON.stem
    assert "application/pdf" in entry["MimeType"].rstrip(";").split(";")
    assert "Office" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"
    assert entry["GenericName[da]"]


# --- AppStream --------------------------------------------------------------------------


def test_metainfo_validates() -> None:
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_project_and_the_desktop_entry() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == "io.github.minutesapp"
    assert component.findtext("project_license") == PYPROJECT["project"]["license"]
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert "application/pdf" in [m.text for m in component.iterfind("provides/mediatype")]
    assert component.findtext("provides/binary") == "minutesapp"
    releases = [r.get("version") for r in component.iterfind("releases/release")]
    assert PYPROJECT["project"]["version"] in releases


def test_icon_is_a_scalable_svg() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox")


# --- install.sh -------------------------------------------------------------------------


def fake_app_folder(tmp_path: Path) -> Path:
    app = tmp_path / "dist" / "minutesapp"
    (app / "_internal").mkdir(parents=True)
    binary = app / "minutesapp"
    binary.write_text("#!/bin/sh\necho fake minutesapp \"$@\"\n")
    binary.chmod(0o755)
    return app


def test_install_script_installs_launcher_entry_icon_and_metadata(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PREFIX": str(prefix)}
    script = str(LINUX / "install.sh")
    subprocess.run(["bash", script, str(fake_app_folder(tmp_path))], env=env, check=True, capture_output=True, timeout=60)

    launcher = prefix / "bin" / "minutesapp"
    run = subprocess.run([str(launcher), "x.pdf"], capture_output=True, text=True, check=True, timeout=30)
    assert run.stdout.strip() == "fake minutesapp x.pdf"
    installed = prefix / "share" / "applications" / "minutesapp.desktop"
    entry = desktop_entry(installed)
    assert entry["Exec"] == f"{launcher} %f"  # a full path: ~/.local/bin is not always on PATH
    assert entry["TryExec"] == str(launcher)
    assert entry["MimeType"] == desktop_entry()["MimeType"]
    assert (prefix / "share/icons/hicolor/scalable/apps/minutesapp.svg").read_bytes() == ICON.read_bytes()
    assert (prefix / "share/metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stdout
    if shutil.which("update-desktop-database"):
        cache = (prefix / "share/applications/mimeinfo.cache").read_text("utf-8")
        assert "application/pdf=minutesapp.desktop" in cache

    subprocess.run(["bash", script, "--uninstall"], env=env, check=True, capture_output=True, timeout=60)
    assert not launcher.exists() and not installed.exists()
    assert not (prefix / "lib" / "minutesapp").exists()


def test_install_script_refuses_a_missing_build(tmp_path: Path) -> None:
    env = {**os.environ, "PREFIX": str(tmp_path / "prefix")}
    result = subprocess.run(
        ["bash", str(LINUX / "install.sh"), str(tmp_path / "nothing")], env=env, capture_output=True, text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "build_linux.sh" in result.stderr
    assert not (tmp_path / "prefix" / "bin").exists()


# --- the frozen app's entry point and parse worker ----------------------------------------


def test_frozen_app_starts_its_parse_worker_through_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path("/tmp/x.pdf")
    assert sandbox.worker_command(path) == [sys.executable, "-m", "minutesapp.parse_worker", str(path)]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert sandbox.worker_command(path) == [sys.executable, sandbox.FROZEN_WORKER_FLAG, str(path)]


def test_entry_script_runs_the_parse_worker_for_the_flag() -> None:
    entry = ROOT / "packaging" / "minutesapp_main.py"
    tree = ast.parse(entry.read_text("utf-8"))
    flags = [n.value.value for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "PARSE_WORKER_FLAG"]
    assert flags == [sandbox.FROZEN_WORKER_FLAG]

    sample = ROOT / "resources" / "sample" / "sample-referat.txt"
    result = subprocess.run(
        [sys.executable, str(entry), sandbox.FROZEN_WORKER_FLAG, str(sample)],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["ok"] is True
    assert [item["number"] for item in answer["meeting"]["items"]][:2] == [41, 42]


def test_entry_script_is_the_command_otherwise() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "minutesapp_main.py"), "parse", "--help"],
        capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )
    assert result.returncode == 0
    assert "--format" in result.stdout


# --- the recipe ---------------------------------------------------------------------------


def test_pyinstaller_is_a_build_extra_not_a_dependency() -> None:
    project = PYPROJECT["project"]
    assert any(req.startswith("pyinstaller") for req in project["optional-dependencies"]["build"])
    assert not any("pyinstaller" in req.lower() for req in project["dependencies"])


def test_spec_bundles_resources_as_the_package_and_leaves_out_unused_qt() -> None:
    spec = (ROOT / "packaging" / "minutesapp.spec").read_text("utf-8")
    ast.parse(spec)
    assert '(str(RESOURCES), "minutesapp/resources")' in spec
    assert 'packaging" / "minutesapp_main.py' in spec
    for module in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtMultimedia"):
        assert f'"{module}"' in spec
    for used in ("QtPdf", "QtPdfWidgets", "QtSvg", "QtNetwork", "QtPrintSupport"):
        assert f'"{used}"' not in spec
