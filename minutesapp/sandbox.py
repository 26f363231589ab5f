"""Parse an untrusted file in a child process with a time limit, a memory cap and a cancel switch.

A thread cannot be stopped, and pdfium/pdfminer can loop or exhaust memory on a hostile
PDF; a process can be killed. The cheap checks (missing, unreadable, empty, not a PDF or
text) run here in the parent first, so the common errors are instant.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from minutesapp import parse_worker
from minutesapp.errors import DocumentError, ErrorCode
from minutesapp.model import Meeting
from minutesapp.parsing.extract import sniff_format

DEFAULT_TIMEOUT = 60.0
# How often the parent looks at the cancel switch while the child works.
POLL_SECONDS = 0.05
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_MEMORY_HINTS = ("MemoryError", "out of memory", "Cannot allocate", "bad_alloc", "std::bad_alloc")
# The child's own CPU cap (parse_worker.limit_cpu) ends it with SIGXCPU (POSIX only).
_CPU_LIMIT_SIGNAL: int | None = getattr(signal, "SIGXCPU", None)
# In a frozen build (PyInstaller) sys.executable is the app itself, which has no ``-m``: the
# app's entry script (packaging/minutesapp_main.py) runs the worker when given this flag first.
FROZEN_WORKER_FLAG = "--parse-worker"


def parse_in_subprocess(
    path: Path, *, timeout: float = DEFAULT_TIMEOUT, cancel: threading.Event | None = None
) -> Meeting:
    """The parsed meeting, or DocumentError (TIMEOUT, CANCELLED, TOO_LARGE, CORRUPT, ...)."""
    path = Path(path)
    sniff_format(path)
    if cancel is not None and cancel.is_set():
        raise DocumentError(ErrorCode.CANCELLED, f"Opening {path.name} was cancelled.")
    process = subprocess.Popen(
        worker_command(path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_environment(timeout),
    )
    stdout, stderr = _wait(process, path, timeout, cancel)
    return _interpret(path, process.returncode, stdout, stderr)


def worker_command(path: Path) -> list[str]:
    """The command line of the child that parses ``path``, from source or in a frozen build."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_FLAG, str(path)]
    return [sys.executable, "-m", "minutesapp.parse_worker", str(path)]


def _child_environment(timeout: float) -> dict[str, str]:
    """Our own environment, with this package importable even when it is not installed, and
    what the child needs to limit itself should we die: our time limit and our pid."""
    env = dict(os.environ)
    env[parse_worker.TIMEOUT_ENV] = f"{timeout:g}"
    env[parse_worker.PARENT_PID_ENV] = str(os.getpid())
    existing = env.get("PYTHONPATH")
    env["PYTHONPATH"] = str(_PACKAGE_ROOT) + (os.pathsep + existing if existing else "")
    return env


def _wait(
    process: subprocess.Popen[bytes], path: Path, timeout: float, cancel: threading.Event | None
) -> tuple[bytes, bytes]:
    """Collect the child's output, killing it on timeout or cancel.

    ``communicate`` with a short timeout keeps draining both pipes between looks at the
    clock and the cancel switch, so a large result can never fill a pipe and stall.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            return process.communicate(timeout=POLL_SECONDS)
        except subprocess.TimeoutExpired:
            pass
        if cancel is not None and cancel.is_set():
            _kill(process)
            raise DocumentError(ErrorCode.CANCELLED, f"Opening {path.name} was cancelled.")
        if time.monotonic() >= deadline:
            _kill(process)
            raise DocumentError(
                ErrorCode.TIMEOUT, f"Reading {path.name} took longer than {timeout:g} seconds and was stopped."
            )


def _kill(process: subprocess.Popen[bytes]) -> None:
    process.kill()
    process.communicate()


def _interpret(path: Path, returncode: int, stdout: bytes, stderr: bytes) -> Meeting:
    try:
        result = json.loads(stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        result = None
    if not isinstance(result, dict) or "ok" not in result:
        raise _crash_error(path, returncode, stderr)
    if result["ok"]:
        from minutesapp.serialize import meeting_from_dict

        return meeting_from_dict(result["meeting"])
    try:
        code = ErrorCode(result.get("code"))
    except ValueError:
        code = ErrorCode.INTERNAL
    raise DocumentError(code, str(result.get("message") or f"{path.name} could not be read."))


def _crash_error(path: Path, returncode: int, stderr: bytes) -> DocumentError:
    """The child died without an answer: out of memory, or the file crashed the PDF library."""
    text = stderr.decode("utf-8", "replace")
    if _CPU_LIMIT_SIGNAL is not None and returncode == -_CPU_LIMIT_SIGNAL:  # the child's own CPU cap
        return DocumentError(
            ErrorCode.TIMEOUT, f"Reading {path.name} used more processor time than allowed and was stopped."
        )
    if any(hint in text for hint in _MEMORY_HINTS) or returncode == -signal.SIGKILL:
        return DocumentError(
            ErrorCode.TOO_LARGE, f"{path.name} needs more memory than the parser may use; it is too large or malformed."
        )
    how = _signal_name(-returncode) if returncode < 0 else f"exit status {returncode}"
    return DocumentError(
        ErrorCode.CORRUPT, f"{path.name} is probably damaged: the PDF reader stopped without a result ({how})."
    )


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
