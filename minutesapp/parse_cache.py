"""The parse cache: a parsed meeting per file content, so reopening a file skips parsing.

``cache_dir()/parsed/<sha256 of the file>.json`` holds ``{"parser": <fingerprint>,
"meeting": meeting_to_dict(...)}``. The fingerprint changes whenever the parsing code or the
JSON schema changes, so an old entry is simply a miss. Writes are atomic (temp file +
os.replace); an unreadable or corrupt entry is a miss and is overwritten on the next store.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path

from minutesapp.model import Meeting
from minutesapp.paths import cache_dir
from minutesapp.serialize import SCHEMA_VERSION, meeting_from_dict, meeting_to_dict

# Bump by hand for a change the source fingerprint cannot see (e.g. a new pypdfium2 build).
PARSER_VERSION = 1
_PACKAGE = Path(__file__).resolve().parent
# The code whose output is cached: any edit to these invalidates every entry.
_PARSER_SOURCES = ("parsing/*.py", "model.py", "serialize.py")


@functools.cache
def parser_fingerprint() -> str:
    """A short hash of the parser's own source files, the schema and PARSER_VERSION."""
    digest = hashlib.sha256(f"{PARSER_VERSION}|{SCHEMA_VERSION}".encode())
    for pattern in _PARSER_SOURCES:
        for source in sorted(_PACKAGE.glob(pattern)):
            digest.update(source.name.encode())
            with contextlib.suppress(OSError):
                digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def cache_path(sha256: str) -> Path:
    return cache_dir() / "parsed" / f"{sha256}.json"


def load_cached(sha256: str) -> Meeting | None:
    """The cached meeting for this content, or None (absent, stale, or corrupt)."""
    try:
        data = json.loads(cache_path(sha256).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("parser") != parser_fingerprint():
            return None
        return meeting_from_dict(data["meeting"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store(sha256: str, meeting: Meeting) -> None:
    """Write the entry atomically; a cache that cannot be written is not an error."""
    payload = json.dumps({"parser": parser_fingerprint(), "meeting": meeting_to_dict(meeting)}, ensure_ascii=False)
    temporary: str | None = None
    try:
        target = cache_path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=target.parent, prefix=f".{sha256[:12]}-", suffix=".tmp", delete=False
        ) as handle:
            temporary = handle.name
            handle.write(payload)
        os.replace(temporary, target)
    except OSError:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
