"""Verified rolling backups: when they are taken, what they contain, and how they are thinned."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from test_annotations_meetings import meeting_v1

from minutesapp import paths
from minutesapp.annotations import AnnotationStore
from minutesapp.annotations.backups import backup_name, backups_to_keep, is_good_database, list_backups, thin_backups

NOW = datetime(2025, 6, 18, 12, 0, tzinfo=UTC)  # a Wednesday


def test_thinning_keeps_48_hours_then_daily_for_two_weeks_then_weekly() -> None:
    recent = [NOW - timedelta(minutes=30 * i) for i in range(96)]  # every half hour for 48 hours
    daily = [NOW - timedelta(days=d, hours=h) for d in range(3, 14) for h in (1, 5, 9)]
    old = [NOW - timedelta(days=d) for d in range(15, 60)]
    keep = backups_to_keep(recent + daily + old, NOW)
    assert set(recent) <= keep
    kept_daily = sorted(t for t in keep if timedelta(hours=48) < NOW - t <= timedelta(days=14))
    assert len({t.date() for t in kept_daily}) == len(kept_daily) == 11
    assert all(t == max(d for d in daily if d.date() == t.date()) for t in kept_daily)  # newest of its day
    kept_old = [t for t in keep if NOW - t > timedelta(days=14)]
    weeks = {t.isocalendar()[:2] for t in old}
    assert len(kept_old) == len(weeks) and {t.isocalendar()[:2] for t in kept_old} == weeks


def test_thinning_edge_cases() -> None:
    assert backups_to_keep([], NOW) == set()
    lonely = NOW - timedelta(days=400)
    assert backups_to_keep([lonely], NOW) == {lonely}  # the newest is always kept
    future = NOW + timedelta(days=2)  # the clock went backwards
    assert backups_to_keep([future], NOW) == {future}
    same_week = [NOW - timedelta(days=30, hours=h) for h in range(5)]
    assert backups_to_keep(same_week, NOW) == {max(same_week)}


def test_thin_backups_deletes_only_dropped_files() -> None:
    folder = paths.data_dir() / "backups"
    folder.mkdir()
    times = [NOW - timedelta(hours=1), NOW - timedelta(days=5, hours=1), NOW - timedelta(days=5, hours=2)]
    for t in times:
        (folder / backup_name(t)).write_bytes(b"")
    (folder / "notes.txt").write_text("not a backup")
    removed = thin_backups(folder, NOW)
    assert [p.name for p in removed] == [backup_name(times[2])]
    assert [b.taken for b in list_backups(folder)] == times[:2]
    assert (folder / "notes.txt").exists()


def test_backup_now_writes_a_verified_copy_with_the_notes() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open(clock=lambda: NOW) as store:
        store.set_note(meeting, 2, "i backuppen")
        info = store.backup_now()
        assert info.taken == NOW and info.path.parent == paths.data_dir() / "backups"
        assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]  # no temp file left
    assert is_good_database(info.path)
    copy = sqlite3.connect(info.path)
    assert copy.execute("SELECT text FROM notes").fetchall() == [("i backuppen",)]
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # self-contained, no -wal needed


def test_maybe_backup_every_30_minutes_while_something_changed() -> None:
    meeting = meeting_v1()
    with AnnotationStore.open(clock=lambda: NOW) as store:
        assert store.maybe_backup(NOW) is None  # nothing changed yet
        store.set_note(meeting, 1, "a")
        assert store.maybe_backup(NOW) is not None  # first change, no backup yet
        store.set_note(meeting, 1, "b")
        assert store.maybe_backup(NOW + timedelta(minutes=29)) is None
        assert store.maybe_backup(NOW + timedelta(minutes=30)) is not None
        assert store.maybe_backup(NOW + timedelta(hours=5)) is None  # nothing changed since
        assert len(store.backups()) == 2


def test_closing_backs_up_only_after_changes() -> None:
    meeting = meeting_v1()
    times = iter([NOW, NOW + timedelta(minutes=1), NOW + timedelta(minutes=2), NOW + timedelta(minutes=3)])
    with AnnotationStore.open(clock=lambda: next(times)) as store:
        pass
    assert list_backups(paths.data_dir() / "backups") == []
    with AnnotationStore.open(clock=lambda: next(times)) as store:
        store.set_note(meeting, 1, "ved lukning")
    assert len(list_backups(paths.data_dir() / "backups")) == 1
