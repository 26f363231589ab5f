"""The library database: schema, migrations and the writes that keep the FTS index in step.

One SQLite file (``data_dir()/library.sqlite3``, apart from the annotations) in WAL mode,
versioned by ``PRAGMA user_version``. It is derived data: every row but ``notes`` can be
rebuilt from the files, so ``synchronous=NORMAL`` (safe in WAL, no corruption on power loss,
at worst the last commits are lost) keeps indexing 1,000 files fast. A database newer than
this code is refused rather than guessed at.

The FTS table ``item_fts`` has one row per agenda item (rowid = ``items.id``) and one column
per section kind, holding *stems* (see stemming.py); the unstemmed text for snippets lives
in ``item_texts``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from minutesapp.library.stemming import normalize, stem_text, stem_with_checkpoints
from minutesapp.model import AgendaItem, Meeting, SectionKind

# FTS columns, in order; the section kinds plus the title and the user's notes.
FTS_COLUMNS: tuple[str, ...] = ("title", *(k.value for k in SectionKind), "notes")
# bm25 weights per column: a word in the title says more about the item than one in a bilag list.
FTS_WEIGHTS: tuple[float, ...] = tuple(4.0 if c == "title" else 1.0 for c in FTS_COLUMNS)


class LibraryVersionError(RuntimeError):
    """The library database was written by a newer minutesapp; we do not touch it."""


_SCHEMA_V1 = f"""
CREATE TABLE sources (path TEXT PRIMARY KEY, is_folder INTEGER NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, sha256 TEXT, error_code TEXT, error_message TEXT);
CREATE TABLE meetings (
    file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
    identity TEXT NOT NULL, kind TEXT NOT NULL, body TEXT, body_fold TEXT, date TEXT,
    item_count INTEGER NOT NULL);
CREATE INDEX meetings_identity ON meetings(identity);
CREATE INDEX meetings_body_date ON meetings(body_fold, date);
CREATE TABLE items (
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    number INTEGER NOT NULL, title TEXT NOT NULL, case_number TEXT, case_key TEXT,
    closed INTEGER NOT NULL, page INTEGER);
CREATE INDEX items_file ON items(file_id);
CREATE INDEX items_case ON items(case_key);
CREATE TABLE item_texts (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (item_id, kind)) WITHOUT ROWID;
CREATE TABLE decisions (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    body TEXT, date TEXT, text TEXT NOT NULL, against TEXT NOT NULL, absent TEXT NOT NULL,
    item_number INTEGER, PRIMARY KEY (item_id, seq)) WITHOUT ROWID;
CREATE TABLE notes (
    identity TEXT NOT NULL, item_number INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (identity, item_number)) WITHOUT ROWID;
CREATE VIRTUAL TABLE item_fts USING fts5({", ".join(FTS_COLUMNS)}, tokenize='ascii');
"""

# Word offsets every CHECKPOINT_EVERY words (stemming.stem_with_checkpoints): fast snippets.
_V2_CHECKPOINTS = "ALTER TABLE item_texts ADD COLUMN checkpoints BLOB"

# Ordered migrations: index i takes user_version i to i + 1.
MIGRATIONS: tuple[str, ...] = (_SCHEMA_V1, _V2_CHECKPOINTS)
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating or migrating) the library database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        conn.close()
        raise LibraryVersionError(
            f"{path} has schema version {version}; this minutesapp knows up to {SCHEMA_VERSION}"
        )
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    for number in range(version, SCHEMA_VERSION):
        with transaction(conn):
            # One statement at a time: executescript() would commit outside our transaction.
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version={number + 1}")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def case_key(case_number: str | None) -> str | None:
    """Case numbers compare without case or spaces ("21/24526", "EMN-2025-003383")."""
    if not case_number:
        return None
    return "".join(case_number.split()).casefold() or None


def _item_texts(item: AgendaItem) -> dict[str, str]:
    """The unstemmed text per FTS column (without title and notes), duplicates dropped."""
    by_kind: dict[str, list[str]] = {}
    for section in item.sections:
        by_kind.setdefault(section.kind.value, []).append(section.text)
    decided = by_kind.setdefault(SectionKind.BESLUTNING.value, [])
    decided.extend(d.text for d in item.decisions)
    texts: dict[str, str] = {}
    for kind, parts in by_kind.items():
        unique = [p for i, p in enumerate(parts) if p and p not in parts[:i]]
        if unique:
            texts[kind] = normalize("\n\n".join(unique))
    return texts


def title_text(title: str, case_number: str | None) -> str:
    """The "title" column: the title and the case number, so "21/24526" finds the item."""
    return f"{title}\n{case_number}" if case_number else title


def write_fts_row(conn: sqlite3.Connection, item_id: int, title: str, stemmed: dict[str, str], notes: str) -> None:
    """(Re)write the FTS row of one item from its stemmed section texts."""
    conn.execute("DELETE FROM item_fts WHERE rowid = ?", (item_id,))
    values = [stem_text(title)]
    values.extend(stemmed.get(c, "") for c in FTS_COLUMNS[1:-1])
    values.append(stem_text(notes))
    placeholders = ", ".join("?" for _ in FTS_COLUMNS)
    conn.execute(f"INSERT INTO item_fts (rowid, {', '.join(FTS_COLUMNS)}) VALUES (?, {placeholders})",
                 (item_id, *values))


def store_meeting(conn: sqlite3.Connection, file_id: int, meeting: Meeting) -> None:
    """Replace what the index holds for ``file_id`` with ``meeting`` (inside a transaction)."""
    forget_meeting(conn, file_id)
    identity = meeting.identity
    conn.execute(
        "INSERT INTO meetings (file_id, identity, kind, body, body_fold, date, item_count)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (file_id, identity, meeting.kind.value, meeting.body,
         meeting.body.casefold() if meeting.body else None, meeting.date, len(meeting.items)),
    )
    notes = dict(conn.execute("SELECT item_number, text FROM notes WHERE identity = ?", (identity,)).fetchall())
    for item in meeting.items:
        title = normalize(item.title)
        item_id = conn.execute(
            "INSERT INTO items (file_id, number, title, case_number, case_key, closed, page)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (file_id, item.number, title, item.case_number, case_key(item.case_number),
             int(item.closed), item.page),
        ).lastrowid
        assert item_id is not None
        texts = _item_texts(item)
        stemmed: dict[str, str] = {}
        rows = []
        for kind, text in texts.items():
            stemmed[kind], checkpoints = stem_with_checkpoints(text)
            rows.append((item_id, kind, text, checkpoints))
        conn.executemany("INSERT INTO item_texts (item_id, kind, text, checkpoints) VALUES (?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO decisions (item_id, seq, body, date, text, against, absent, item_number)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(item_id, seq, d.body, d.date, d.text, json.dumps(list(d.against), ensure_ascii=False),
              json.dumps(list(d.absent), ensure_ascii=False), d.item_number)
             for seq, d in enumerate(item.decisions)],
        )
        write_fts_row(conn, item_id, title_text(title, item.case_number), stemmed, notes.get(item.number, ""))


def forget_meeting(conn: sqlite3.Connection, file_id: int) -> None:
    """Drop a file's meeting, items and FTS rows (FTS5 tables do not cascade)."""
    conn.execute("DELETE FROM item_fts WHERE rowid IN (SELECT id FROM items WHERE file_id = ?)", (file_id,))
    conn.execute("DELETE FROM items WHERE file_id = ?", (file_id,))
    conn.execute("DELETE FROM meetings WHERE file_id = ?", (file_id,))


def forget_file(conn: sqlite3.Connection, file_id: int) -> None:
    forget_meeting(conn, file_id)
    conn.execute("DELETE FROM files WHERE id = ?", (file_id,))


def store_notes(conn: sqlite3.Connection, identity: str, item_number: int, text: str) -> None:
    """Set (or with empty text, clear) the notes of one item and reindex matching items."""
    text = normalize(text.strip())
    if text:
        conn.execute("INSERT OR REPLACE INTO notes (identity, item_number, text) VALUES (?, ?, ?)",
                     (identity, item_number, text))
    else:
        conn.execute("DELETE FROM notes WHERE identity = ? AND item_number = ?", (identity, item_number))
    rows = conn.execute(
        "SELECT items.id, items.title, items.case_number FROM items JOIN meetings USING (file_id)"
        " WHERE meetings.identity = ? AND items.number = ?", (identity, item_number)).fetchall()
    for item_id, title, case_number in rows:
        stemmed = {c: v for c, v in zip(FTS_COLUMNS, conn.execute(
            f"SELECT {', '.join(FTS_COLUMNS)} FROM item_fts WHERE rowid = ?", (item_id,)).fetchone() or ())}
        write_fts_row(conn, item_id, title_text(title, case_number), stemmed, text)
