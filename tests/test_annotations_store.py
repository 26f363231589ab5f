"""The annotation store: records in and out verbatim, durability, and clear errors."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from test_annotations_meetings import meeting_v1

from minutesapp import paths
from minutesapp.annotations import AnnotationStore, Highlight, MarkKind, StorageError, StorageErrorCode
from minutesapp.annotations import migrations
from minutesapp.annotations.database import DB_NAME, InstanceLock
from minutesapp.annotations.errors import storage_error_from


def raw(db: Path | None = None) -> sqlite3.Connection:
    """A second, independent connection: what it sees is on disk, not in the store's memory."""
    return sqlite3.connect(db or paths.data_dir() / DB_NAME)


def test_a_new_store_has_the_current_schema_in_wal_mode_with_full_sync() -> None:
    with AnnotationStore.open() as store:
        assert store.path == paths.data_dir() / "annotations.sqlite3"
        assert not store.read_only and store.open_report.message is None
        # synchronous is per connection, so this looks at the store's own one
        assert store._conn.execute("PRAGMA synchronous").fetchone() == (2,)  # 2 = FULL
    conn = raw()
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA user_version").fetchone() == (migrations.latest_version(),)


def test_every_write_is_on_disk_when_the_call_returns() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        note = store.set_note(meeting, 2, "Første tanke")
        h = store.add_highlight(meeting, 2, 0, 6, colour="green", comment="titel")
        store.set_mark(meeting, 4, MarkKind.STAR)
        other = raw()  # while the store is still open
        assert other.execute("SELECT text FROM notes WHERE id = ?", (note.id,)).fetchall() == [("Første tanke",)]  # type: ignore[union-attr]
        assert other.execute("SELECT exact, colour FROM highlights WHERE id = ?", (h.id,)).fetchall() == [("Budget", "green")]
        assert other.execute("SELECT kind, item_number FROM marks").fetchall() == [("star", 4)]


def test_set_replaces_append_adds_a_paragraph_and_empty_set_deletes() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        first = store.append_note(meeting, 3, "Spørg om trafik")
        second = store.append_note(meeting, 3, "Og om støj")
        assert second.id == first.id and second.text == "Spørg om trafik\n\nOg om støj"
        assert second.created == first.created and second.modified >= first.modified
        replaced = store.set_note(meeting, 3, "Kun dette")
        assert replaced is not None and replaced.id == first.id and replaced.text == "Kun dette"
        assert [n.text for n in store.notes(meeting.identity)] == ["Kun dette"]
        assert store.set_note(meeting, 3, "") is None
        assert store.notes(meeting.identity) == []
        with pytest.raises(ValueError, match="no item 9"):
            store.set_note(meeting, 9, "x")


@pytest.mark.parametrize(
    "text",
    [
        "<b>vigtigt</b> & <i>haster</i>",
        '<img src="x" onerror="alert(1)">',
        "javascript:alert(document.cookie)",
        "'; DROP TABLE notes; --\n\ttabs, \u00e6\u00f8\u00e5 og emoji \U0001f4dd\x00null",
    ],
)
def test_notes_and_comments_are_stored_and_returned_verbatim(text: str) -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        store.set_note(meeting, 1, text)
        store.add_highlight(meeting, 1, 0, 4, colour="red", comment=text)
    with AnnotationStore.open() as store:
        assert [n.text for n in store.notes(meeting.identity)] == [text]
        assert [h.comment for h in store.highlights(meeting.identity)] == [text]


def test_highlights_update_and_delete_by_id() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        h = store.add_highlight(meeting, 4, 0, 13)
        assert (h.anchor.exact, h.colour, h.comment) == ("Skolestruktur", "yellow", "")
        changed = store.update_highlight(h.id, comment="Se også punkt 2")
        assert (changed.colour, changed.comment, changed.anchor) == ("yellow", "Se også punkt 2", h.anchor)
        assert store.get(h.id) == changed
        store.delete_highlight(h.id)
        assert store.get(h.id) is None
        with pytest.raises(StorageError) as err:
            store.update_highlight(h.id, colour="blue")
        assert err.value.code is StorageErrorCode.NOT_FOUND
        with pytest.raises(ValueError):
            store.add_highlight(meeting, 4, 5, 5)


def test_marks_are_idempotent_and_clearable() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        star = store.set_mark(meeting, 2, MarkKind.STAR)
        assert store.set_mark(meeting, 2, MarkKind.STAR) == star
        store.set_mark(meeting, 2, MarkKind.READ)
        assert sorted(m.kind for m in store.marks(meeting.identity)) == [MarkKind.READ, MarkKind.STAR]
        assert store.set_mark(meeting, 2, MarkKind.STAR, on=False) is None
        assert [m.kind for m in store.marks(meeting.identity)] == [MarkKind.READ]


def test_a_second_instance_is_refused_but_may_read() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as first:
        first.set_note(meeting, 1, "fra den første")
        with pytest.raises(StorageError) as err:
            AnnotationStore.open()
        assert err.value.code is StorageErrorCode.LOCKED and "Another minutesapp" in str(err.value)
        with AnnotationStore.open(read_only=True) as reader:
            assert [n.text for n in reader.notes(meeting.identity)] == ["fra den første"]
            with pytest.raises(StorageError) as err:
                reader.set_note(meeting, 1, "nej")
            assert err.value.code is StorageErrorCode.READ_ONLY
    with AnnotationStore.open() as again:  # the lock went with the first store
        assert len(again.notes(meeting.identity)) == 1


def test_a_full_disk_is_a_clear_error_and_keeps_what_was_saved() -> None:
    """SQLite's SQLITE_FULL, provoked by capping the page count (a real full disk gives the same code)."""
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        store.set_note(meeting, 1, "gemt før disken blev fuld")
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StorageError) as err:
            store.set_note(meeting, 2, "x" * 200_000)
        assert err.value.code is StorageErrorCode.DISK_FULL and "disk is full" in str(err.value)
        assert [n.text for n in store.notes(meeting.identity)] == ["gemt før disken blev fuld"]
        store._conn.execute("PRAGMA max_page_count = 1073741823")
        store.set_note(meeting, 2, "efter oprydning")  # the store still works once space is back
    assert raw().execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_sqlite_and_os_errors_are_classified() -> None:
    """Tests run as root, where chmod cannot make a folder read-only: provoke the errors directly."""
    db = paths.data_dir() / "probe.sqlite3"
    sqlite3.connect(db).execute("CREATE TABLE t (x)")
    ro = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as caught:
        ro.execute("INSERT INTO t VALUES (1)")
    assert storage_error_from(caught.value).code is StorageErrorCode.READ_ONLY
    assert storage_error_from(OSError(errno.EROFS, "Read-only file system")).code is StorageErrorCode.READ_ONLY
    assert storage_error_from(OSError(errno.ENOSPC, "No space left")).code is StorageErrorCode.DISK_FULL
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(sqlite3.Error) as caught:
        sqlite3.connect(db).execute("SELECT * FROM sqlite_master").fetchall()
    assert storage_error_from(caught.value).code is StorageErrorCode.CORRUPT


def test_a_read_only_folder_opens_the_existing_notes_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock file cannot be created (as in a read-only folder): existing notes stay readable."""
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        store.set_note(meeting, 1, "læsbar")

    def refuse(self: InstanceLock) -> None:
        raise storage_error_from(PermissionError(errno.EACCES, "Permission denied", str(self.path)))

    monkeypatch.setattr(InstanceLock, "acquire", refuse)
    with AnnotationStore.open() as store:
        assert store.read_only and store.read_only_reason
        assert [n.text for n in store.notes(meeting.identity)] == ["læsbar"]
        with pytest.raises(StorageError) as err:
            store.append_note(meeting, 1, "mere")
        assert err.value.code is StorageErrorCode.READ_ONLY
    (paths.data_dir() / DB_NAME).unlink()
    for side in ("-wal", "-shm"):
        (paths.data_dir() / (DB_NAME + side)).unlink(missing_ok=True)
    with pytest.raises(StorageError) as err:  # nothing to read and nowhere to write
        AnnotationStore.open()
    assert err.value.code is StorageErrorCode.READ_ONLY


def test_highlight_records_are_frozen() -> None:
    with AnnotationStore.open() as store:
        h = store.add_highlight(meeting_v1(), 1, 0, 4)
    assert isinstance(h, Highlight)
    with pytest.raises(AttributeError):
        h.colour = "blue"  # type: ignore[misc]


def test_set_note_text_changes_exactly_that_note_and_add_note_makes_a_separate_one() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open() as store:
        mine = store.add_note(meeting, 3, "min egen")
        other = store.add_note(meeting, 3, "importeret")
        assert mine.id != other.id
        changed = store.set_note_text(mine.id, "min egen, rettet")
        assert changed is not None and changed.id == mine.id and changed.created == mine.created
        assert {n.id: n.text for n in store.notes(meeting.identity)} == {mine.id: "min egen, rettet", other.id: "importeret"}
        assert store.set_note_text(other.id, "") is None
        assert [n.id for n in store.notes(meeting.identity)] == [mine.id]
        with pytest.raises(StorageError) as caught:
            store.set_note_text(other.id, "findes ikke mere")
        assert caught.value.code is StorageErrorCode.NOT_FOUND
        with pytest.raises(ValueError):
            store.add_note(meeting, 3, "")
