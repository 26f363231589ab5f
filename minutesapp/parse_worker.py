"""The child process that parses one untrusted file: ``python -m minutesapp.parse_worker FILE``.

It caps its own address space first, so a hostile PDF that makes pdfium or the parser
allocate without bound fails here (MemoryError, or the child dies) instead of taking the
app down. The parent (sandbox.py) enforces the time limit, but the child does not rely on
it alone: a parent that crashes or is killed mid-parse cannot kill its child any more, so
the child also caps its own CPU time (RLIMIT_CPU) and dies with its parent (Linux
PR_SET_PDEATHSIG, plus a thread that watches the parent's pid everywhere). The one result
is a JSON object on stdout: ``{"ok": true, "meeting": {...}}`` or ``{"ok": false, ...}``.

Environment:
  MINUTESAPP_PARSE_MEMORY_MB   address-space cap in MiB (default 2048; 0 = no cap)
  MINUTESAPP_PARSE_TIMEOUT     the parent's time limit in seconds; the CPU cap is this plus a
                               margin (default 60; 0 = no cap)
  MINUTESAPP_PARSE_PARENT_PID  the parent's pid, so a child whose parent died before it got
                               going notices at once (without it: the pid found at start)
  MINUTESAPP_TEST_WORKER_SLEEP for tests only: seconds to sleep before parsing, to exercise
                               the sandbox's timeout and cancel paths with a real child
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import json
import math
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

from minutesapp.errors import DocumentError, ErrorCode

MEMORY_ENV = "MINUTESAPP_PARSE_MEMORY_MB"
DEFAULT_MEMORY_MB = 2048
TEST_SLEEP_ENV = "MINUTESAPP_TEST_WORKER_SLEEP"
TIMEOUT_ENV = "MINUTESAPP_PARSE_TIMEOUT"
DEFAULT_TIMEOUT_SECONDS = 60.0
PARENT_PID_ENV = "MINUTESAPP_PARSE_PARENT_PID"
# CPU seconds on top of the parent's wall-clock limit: the parent normally stops the child
# first; the CPU cap only catches a child the parent can no longer stop.
CPU_MARGIN_SECONDS = 10
# Between SIGXCPU at the soft limit and SIGKILL at the hard one.
CPU_HARD_EXTRA_SECONDS = 5
# How often the watchdog thread looks whether the parent is still there.
PARENT_POLL_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space (POSIX); a no-op where ``resource`` is missing."""
    if megabytes <= 0:
        return
    try:
        import resource
    except ImportError:  # Windows: only the parent's time limit applies
        return
    limit = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def limit_cpu(timeout: float) -> None:
    """Cap this process's CPU time a little above the parent's limit (POSIX; else a no-op).

    A child stuck in a loop is then stopped by the kernel (SIGXCPU, SIGKILL at the hard
    limit) even when no parent is left to kill it.
    """
    if not 0 < timeout < math.inf:
        return
    try:
        import resource
    except ImportError:
        return
    soft = math.ceil(timeout) + CPU_MARGIN_SECONDS
    hard = soft + CPU_HARD_EXTRA_SECONDS
    _old_soft, old_hard = resource.getrlimit(resource.RLIMIT_CPU)
    if old_hard != resource.RLIM_INFINITY:
        hard = min(hard, old_hard)
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def die_with_parent(parent_pid: int) -> None:
    """End this process when ``parent_pid`` (the app) is gone, however the app ended.

    On Linux the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG). The parent
    may have died before that was set up, so the pid is checked right after; and a daemon
    thread keeps checking, for systems without prctl.
    """
    if sys.platform.startswith("linux"):
        _set_parent_death_signal()
    if os.getppid() != parent_pid:
        os._exit(1)
    watchdog = threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watchdog", daemon=True)
    watchdog.start()


def _set_parent_death_signal() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog thread still covers it


def _watch_parent(parent_pid: int) -> None:
    while True:
        time.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != parent_pid:
            os._exit(1)  # orphaned: nobody waits for the result


def _parent_pid() -> int:
    try:
        return int(os.environ[PARENT_PID_ENV])
    except (KeyError, ValueError):
        return os.getppid()


def _timeout_seconds() -> float:
    try:
        return float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_SECONDS))
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS


def _memory_megabytes() -> int:
    try:
        return int(os.environ.get(MEMORY_ENV, DEFAULT_MEMORY_MB))
    except ValueError:
        return DEFAULT_MEMORY_MB


def parse_to_result(path: Path) -> dict[str, Any]:
    """Parse and wrap the outcome; no exception escapes, none reaches the user as a traceback."""
    try:
        from minutesapp.parsing import parse_file
        from minutesapp.serialize import meeting_to_dict

        return {"ok": True, "meeting": meeting_to_dict(parse_file(path))}
    except DocumentError as exc:
        return {"ok": False, "code": exc.code.value, "message": exc.message}
    except MemoryError:
        return _too_large(path)
    except OSError as exc:
        if exc.errno == errno.ENOMEM or "failed to map segment" in str(exc):
            return _too_large(path)  # the memory cap hit while loading the PDF library
        return _internal(path, exc)
    except RecursionError:
        return {"ok": False, "code": ErrorCode.CORRUPT.value, "message": f"{path.name} is nested too deeply to read."}
    except Exception as exc:  # noqa: BLE001 - the worker's job is to turn anything into one line
        return _internal(path, exc)


def _too_large(path: Path) -> dict[str, Any]:
    message = f"{path.name} needs more memory than the parser may use; it is too large or malformed."
    return {"ok": False, "code": ErrorCode.TOO_LARGE.value, "message": message}


def _internal(path: Path, exc: BaseException) -> dict[str, Any]:
    detail = (str(exc).strip().splitlines() or [""])[0][:200]
    message = f"Internal error while reading {path.name}: {type(exc).__name__}: {detail}".rstrip(": ")
    return {"ok": False, "code": ErrorCode.INTERNAL.value, "message": message}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m minutesapp.parse_worker FILE\n")
        return 2
    die_with_parent(_parent_pid())
    limit_memory(_memory_megabytes())
    limit_cpu(_timeout_seconds())
    sleep = os.environ.get(TEST_SLEEP_ENV)
    if sleep:
        time.sleep(float(sleep))
    # Anything the parser prints must not corrupt the one JSON result on stdout.
    result_stream: TextIO = sys.stdout
    sys.stdout = sys.stderr
    try:
        result = parse_to_result(Path(args[0]))
        payload = json.dumps(result, ensure_ascii=False)
    finally:
        sys.stdout = result_stream
    result_stream.buffer.write(payload.encode("utf-8"))
    result_stream.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
