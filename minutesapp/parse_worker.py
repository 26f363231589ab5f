"""The child process that parses one untrusted file: ``python -m minutesapp.parse_worker FILE``.

It caps its own address space first, so a hostile PDF that makes pdfium or the parser
allocate without bound fails here (MemoryError, or the child dies) instead of taking the
app down; the parent (sandbox.py) adds the time limit. The one result is a JSON object on
stdout: ``{"ok": true, "meeting": {...}}`` or ``{"ok": false, "code": ..., "message": ...}``.

Environment:
  MINUTESAPP_PARSE_MEMORY_MB   address-space cap in MiB (default 2048; 0 = no cap)
  MINUTESAPP_TEST_WORKER_SLEEP for tests only: seconds to sleep before parsing, to exercise
                               the sandbox's timeout and cancel paths with a real child
"""

from __future__ import annotations

import errno
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from minutesapp.errors import DocumentError, ErrorCode

MEMORY_ENV = "MINUTESAPP_PARSE_MEMORY_MB"
DEFAULT_MEMORY_MB = 2048
TEST_SLEEP_ENV = "MINUTESAPP_TEST_WORKER_SLEEP"


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
    limit_memory(_memory_megabytes())
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
