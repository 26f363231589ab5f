"""One running instance: a second start hands its file to the first and exits 0."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer

from minutesapp.ui.single_instance import SingleInstance, decode_message, encode_message, server_name

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXT = ROOT / "resources" / "sample" / "sample-referat.txt"


@pytest.fixture
def first(qapp):
    instance = SingleInstance("test-key")
    assert instance.listen()
    yield instance
    instance.close()


def test_second_instance_hands_its_file_to_the_first(qtbot, first: SingleInstance, tmp_path: Path) -> None:
    second = SingleInstance("test-key")
    target = tmp_path / "referat.pdf"
    with qtbot.waitSignal(first.file_received) as received, qtbot.waitSignal(first.activation_requested):
        assert second.send(target, 44)
    assert received.args == [str(target), 44]


def test_a_start_without_file_only_asks_for_the_window(qtbot, first: SingleInstance) -> None:
    files: list[object] = []
    first.file_received.connect(lambda *args: files.append(args))
    with qtbot.waitSignal(first.activation_requested):
        assert SingleInstance("test-key").send(None)
    assert files == []


def test_relative_paths_are_sent_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert decode_message(encode_message(Path("a.pdf"), None).rstrip(b"\n")) == (str(tmp_path / "a.pdf"), None)
    assert decode_message(b"not json") is None
    assert decode_message(b'{"path": 5}') is None
    assert decode_message(b'{"path": "/x.pdf", "item": true}') == ("/x.pdf", None)


def test_nobody_listening_means_run_on_our_own(qapp) -> None:
    assert not SingleInstance("nobody-listens-here").send(Path("/tmp/x.pdf"))


def test_other_data_folders_have_their_own_instance(qapp, first: SingleInstance, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert not SingleInstance("another-key").send(None)
    mine = server_name()
    monkeypatch.setenv("MINUTESAPP_HOME", str(tmp_path / "other-home"))
    assert server_name() != mine


def test_garbage_on_the_socket_is_ignored(qtbot, first: SingleInstance) -> None:
    from PySide6.QtNetwork import QLocalSocket

    files: list[object] = []
    first.file_received.connect(lambda *args: files.append(args))
    intruder = QLocalSocket()
    intruder.connectToServer(first.name)
    assert intruder.waitForConnected(2000)
    with qtbot.waitSignal(intruder.disconnected, timeout=5000):
        intruder.write(b"\xff\xfe not a message\n")
    assert files == []
    # ...and the server still serves the next start.
    with qtbot.waitSignal(first.file_received):
        assert SingleInstance("test-key").send(Path("/tmp/after.pdf"))


@pytest.mark.skipif(sys.platform == "win32", reason="a crashed instance leaves a socket file only on Unix")
def test_a_stale_socket_of_a_crashed_instance_does_not_block_start(qtbot, qapp) -> None:
    name = server_name("crashed-key")
    path = os.path.join(QDir.tempPath(), name)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # bound, never listening, never unlinked: what a crash leaves behind
    stale.close()
    try:
        assert not SingleInstance("crashed-key").send(None)
        fresh = SingleInstance("crashed-key")
        assert fresh.listen()
        with qtbot.waitSignal(fresh.file_received):
            assert SingleInstance("crashed-key").send(Path("/tmp/y.pdf"))
        fresh.close()
    finally:
        QLocalServer.removeServer(name)


# --- two real processes -------------------------------------------------------------------


def _wait_until(condition, seconds: float) -> bool:  # noqa: ANN001 - a zero-argument predicate
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def _settings_text(home: Path) -> str:
    ini = home / "config" / "minutesapp.ini"
    return ini.read_text("utf-8") if ini.is_file() else ""


def test_second_process_hands_over_and_the_first_window_opens_the_file(
    qapp, tmp_path: Path, minutesapp_home: Path
) -> None:
    first_file = tmp_path / "first.txt"
    second_file = tmp_path / "second.txt"
    shutil.copyfile(SAMPLE_TEXT, first_file)
    shutil.copyfile(SAMPLE_TEXT, second_file)
    second_file.write_text(second_file.read_text("utf-8") + "\n", "utf-8")  # another file hash
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MINUTESAPP_HOME": str(minutesapp_home)}
    command = [sys.executable, "-m", "minutesapp"]
    first = subprocess.Popen([*command, str(first_file), "--lang", "en"], env=env, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        probe = SingleInstance()
        assert _wait_until(lambda: probe.send(None, timeout_ms=500) or first.poll() is not None, 60)
        assert first.poll() is None, first.stderr.read().decode() if first.stderr else ""
        assert _wait_until(lambda: f"last_file={first_file}" in _settings_text(minutesapp_home), 60)

        # Relative path from another folder, as a file manager or a shell would give it.
        second = subprocess.run([*command, second_file.name, "--item", "43"], env=env, cwd=tmp_path,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert _wait_until(lambda: f"last_file={second_file}" in _settings_text(minutesapp_home), 60)
        assert first.poll() is None  # the first window is still the one running
    finally:
        first.terminate()
        first.wait(timeout=30)
        QLocalServer.removeServer(server_name())
