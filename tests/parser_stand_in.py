"""A stand-in for ``minutesapp.parsing.parse_file`` while the structure parser is not there yet.

The sandbox runs the parser in a child process, where monkeypatching cannot reach; a
``sitecustomize`` on PYTHONPATH installs the stand-in in the child. It does nothing once the
real ``parse_file`` exists, so the same tests then run against the real parser.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

_SITECUSTOMIZE = '''
import minutesapp.parsing as _parsing

if not hasattr(_parsing, "parse_file"):
    from minutesapp.model import Meeting, MeetingKind, SourceInfo
    from minutesapp.parsing.dates import find_date
    from minutesapp.parsing.extract import extract_pages, sniff_format

    def parse_file(path):
        pages = extract_pages(path)
        first = [line for page in pages[:1] for line in page.lines]
        return Meeting(
            kind=MeetingKind.UNKNOWN,
            body=first[0] if first else None,
            date=find_date("\\n".join(first)),
            source=SourceInfo(str(path), "", len(pages), sniff_format(path)),
        )

    _parsing.parse_file = parse_file
'''


def install_stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make child processes started from this test see a parse_file."""
    folder = tmp_path / "stand-in"
    folder.mkdir(exist_ok=True)
    (folder / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    existing = os.environ.get("PYTHONPATH")
    monkeypatch.setenv("PYTHONPATH", str(folder) + (os.pathsep + existing if existing else ""))
