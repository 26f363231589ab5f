"""The parse child limits itself: it must not outlive the app, nor spin forever, when the
parent that would kill it is gone (crashed, killed mid-parse)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutesapp import parse_worker, sandbox
from minutesapp.errors import ErrorCode

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# An app stand-in: starts the real sandboxed parse, tells us the child's pid, then waits.
_INTERMEDIATE = """
import subprocess, sys
from pathlib import Path
from minutesapp import sandbox

class Spy(subprocess.Popen):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        print(self.pid, flush=True)

sandbox.subprocess.Popen = Spy
sandbox.parse_in_subprocess(Path(sys.argv[1]), timeout=float(sys.argv[2]))
"""


def small_text_file(tmp_path: Path) -> Path:
    path = tmp_path / "referat.txt"
    path.write_text("REFERAT Økonomiudvalget d. 11-12-2025\nPunkt 1: Godkendelse\n", encoding="utf-8")
    return path


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's new parent may be slow to reap it, or never)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _cpu_limit(pid: int) -> str | None:
    """The "Max cpu time" soft and hard limits /proc gives for ``pid``."""
    try:
        limits = Path(f"/proc/{pid}/limits").read_text()
    except OSError:
        return None
    line = next(line for line in limits.splitlines() if line.startswith("Max cpu time"))
    return " ".join(line.split()[3:5])


def _wait_until(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@linux_only
def test_child_caps_its_cpu_and_dies_with_its_parent(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{parse_worker.TEST_SLEEP_ENV: "120"})
    app = subprocess.Popen(
        [sys.executable, "-c", _INTERMEDIATE, str(small_text_file(tmp_path)), "7"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True,
    )
    child = 0
    try:
        assert app.stdout is not None
        child = int(app.stdout.readline())
        # The worker sets its limits before it sleeps: 7 s + margin, SIGKILL a little later.
        soft = 7 + parse_worker.CPU_MARGIN_SECONDS
        expected = f"{soft} {soft + parse_worker.CPU_HARD_EXTRA_SECONDS}"
        assert _wait_until(lambda: _cpu_limit(child) == expected, 30), _cpu_limit(child)
        app.kill()  # the app dies mid-parse; nobody is left to enforce the 7 s
        app.wait()
        assert _wait_until(lambda: not _running(child), 10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        if child and _running(child):
            os.kill(child, signal.SIGKILL)


def test_child_whose_parent_is_already_gone_stops_at_once(tmp_path: Path) -> None:
    """The parent died before the child could ask to die with it: the child notices."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env[parse_worker.TEST_SLEEP_ENV] = "120"
    env[parse_worker.PARENT_PID_ENV] = gone.stdout.strip()
    result = subprocess.run(
        sandbox.worker_command(small_text_file(tmp_path)), capture_output=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 1
    assert result.stdout == b""


def test_parent_passes_its_limit_and_pid() -> None:
    env = sandbox._child_environment(7.5)
    assert env[parse_worker.TIMEOUT_ENV] == "7.5"
    assert env[parse_worker.PARENT_PID_ENV] == str(os.getpid())


@pytest.mark.skipif(not hasattr(signal, "SIGXCPU"), reason="POSIX signal")
def test_child_stopped_by_its_cpu_cap_is_a_timeout() -> None:
    error = sandbox._crash_error(Path("x.pdf"), -signal.SIGXCPU, b"")
    assert error.code is ErrorCode.TIMEOUT
    assert "x.pdf" in str(error)
