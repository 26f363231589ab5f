"""The database schema as an ordered list of migrations, versioned by ``PRAGMA user_version``.

Migration N brings a database from version N-1 to N; each runs in one transaction together
with the ``user_version`` bump, so a crash leaves either the old or the new schema, never a mix.
The store takes a verified backup before running any (see store.py). Never edit a released
migration: append a new one. A database whose version is above ``SCHEMA_VERSION`` was written
by a newer minutesapp and is opened read-only (qutebrowser's misc/sql.py does the same).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "meetings, notes, highlights and item marks",
        (
            """CREATE TABLE meetings (
                identity TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                body TEXT,
                date TEXT,
                title TEXT NOT NULL,
                last_path TEXT,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL
            )""",
            """CREATE TABLE notes (
                id TEXT PRIMARY KEY,
                meeting_id TEXT NOT NULL REFERENCES meetings(identity),
                item_number INTEGER NOT NULL,
                case_number TEXT,
                item_title TEXT NOT NULL,
                text TEXT NOT NULL,
                created TEXT NOT NULL,
                modified TEXT NOT NULL
            )""",
            "CREATE INDEX notes_meeting ON notes(meeting_id)",
            """CREATE TABLE highlights (
                id TEXT PRIMARY KEY,
                meeting_id TEXT NOT NULL REFERENCES meetings(identity),
                item_number INTEGER NOT NULL,
                case_number TEXT,
                item_title TEXT NOT NULL,
                exact TEXT NOT NULL,
                prefix TEXT NOT NULL,
                suffix TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                colour TEXT NOT NULL,
                comment TEXT NOT NULL,
                created TEXT NOT NULL,
                modified TEXT NOT NULL
            )""",
            "CREATE INDEX highlights_meeting ON highlights(meeting_id)",
            """CREATE TABLE marks (
                id TEXT PRIMARY KEY,
                meeting_id TEXT NOT NULL REFERENCES meetings(identity),
                item_number INTEGER NOT NULL,
                case_number TEXT,
                item_title TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('star', 'read')),
                created TEXT NOT NULL,
                modified TEXT NOT NULL
            )""",
            "CREATE INDEX marks_meeting ON marks(meeting_id)",
        ),
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def latest_version() -> int:
    """The schema version this code writes (read at call time, so tests can extend MIGRATIONS)."""
    return len(MIGRATIONS)


def pending(current: int) -> tuple[Migration, ...]:
    """The migrations still to run on a database at version ``current``, in order."""
    return tuple(m for m in MIGRATIONS if m.version > current)


def apply_migration(conn: sqlite3.Connection, migration: Migration) -> None:
    """Run one migration and its version bump in a single transaction (autocommit connection).

    On any error the transaction is rolled back and the error re-raised: the database stays
    at the previous version with its data intact.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in migration.statements:
            conn.execute(statement)
        # PRAGMA cannot take parameters; the version is an int from our own table.
        conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
