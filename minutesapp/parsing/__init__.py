"""Parsing: a minutes file (PDF or UTF-8 text) into the document model.

``parse_file(path)`` runs in-process and may raise ``DocumentError``; the app calls it in a
sandboxed child process (see sandbox.py). ``parse_pages`` is the pure structure step.
"""

from __future__ import annotations

from pathlib import Path

from minutesapp.file_hash import file_sha256
from minutesapp.model import Meeting, SourceInfo
from minutesapp.parsing.extract import PageText, extract_pages, sniff_format
from minutesapp.parsing.structure import parse_pages

__all__ = ["PageText", "parse_file", "parse_pages", "file_sha256"]


def parse_file(path: Path) -> Meeting:
    """The meeting in the file at ``path``; raises DocumentError when it cannot be read."""
    path = Path(path)
    pages = extract_pages(path)
    source = SourceInfo(path=str(path), sha256=file_sha256(path), pages=len(pages), format=sniff_format(path))
    return parse_pages(pages, source=source)

