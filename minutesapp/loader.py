"""Open a minutes file as a Meeting: hash it, answer from the parse cache, else parse sandboxed.

This is what the app and the CLI call; it may raise DocumentError (see errors.py).
The sandbox (and with it the PDF libraries) is imported only on a cache miss, so a cached
reopen costs one file read, one hash and one small JSON load.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

from minutesapp import parse_cache
from minutesapp.file_hash import file_sha256
from minutesapp.model import Meeting, SourceInfo

__all__ = ["file_sha256", "load_meeting"]


def load_meeting(
    path: Path,
    *,
    cancel: threading.Event | None = None,
    use_cache: bool = True,
    timeout: float | None = None,
) -> Meeting:
    """The meeting in ``path``; ``source`` always names ``path`` and the hash of its bytes."""
    path = Path(path)
    sha256 = file_sha256(path)
    if use_cache:
        cached = parse_cache.load_cached(sha256)
        if cached is not None:
            return _with_source(cached, path, sha256)
    from minutesapp.sandbox import DEFAULT_TIMEOUT, parse_in_subprocess

    meeting = parse_in_subprocess(path, timeout=timeout or DEFAULT_TIMEOUT, cancel=cancel)
    meeting = _with_source(meeting, path, sha256)
    if use_cache:
        parse_cache.store(sha256, meeting)
    return meeting


def _with_source(meeting: Meeting, path: Path, sha256: str) -> Meeting:
    """The same meeting, its source pointing at the path the user gave (a cache hit may be a copy)."""
    old = meeting.source
    fmt = old.format if old else ("pdf" if path.suffix.casefold() == ".pdf" else "text")
    source = SourceInfo(path=str(path), sha256=sha256, pages=old.pages if old else 0, format=fmt)
    return dataclasses.replace(meeting, source=source)
