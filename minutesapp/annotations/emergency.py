"""The last place for note text the store would not take: plain files in ``unsaved-notes/``.

When minutesapp must end while a typed note cannot be saved (a full disk, a read-only folder,
the user chose "copy and close", logout, ``kill``), the text goes into a new file
``data_dir()/unsaved-notes/<UTC timestamp>.txt`` instead of only the clipboard, which dies
with the process on X11/Wayland. Files are never read back automatically; the next start
only says that they are there, naming every folder that holds some. When the notes folder
itself cannot be written, the file goes to the user's state folder (``$XDG_STATE_HOME``),
then ``~/minutesapp-unsaved-notes``, and only then the temporary folder (which may be wiped
at reboot). Under ``$MINUTESAPP_HOME`` (tests) all these folders are inside it.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from minutesapp import paths
from minutesapp.annotations.backups import fsync_folder
from minutesapp.annotations.errors import storage_error_from
from minutesapp.annotations.records import utc_now

UNSAVED_FOLDER = "unsaved-notes"


def unsaved_notes_folder() -> Path | None:
    """Where unsaved note texts go first: ``unsaved-notes`` beside the notes database."""
    try:
        return paths.data_dir() / UNSAVED_FOLDER
    except OSError:  # the notes folder cannot even be created
        return None


def _fallback_folders() -> list[Path]:
    """Every folder unsaved notes may be written to, most lasting first (the notes folder's first)."""
    first = unsaved_notes_folder()
    home = os.environ.get(paths.HOME_ENV)
    if home:  # everything under $MINUTESAPP_HOME, as in ``paths``
        root = Path(home).expanduser()
        rest = [root / "state" / UNSAVED_FOLDER, root / "minutesapp-unsaved-notes", root / "tmp" / "minutesapp-unsaved-notes"]
    else:
        rest = [
            Path(platformdirs.user_state_dir(paths.APP_NAME, appauthor=False)) / UNSAVED_FOLDER,
            Path.home() / "minutesapp-unsaved-notes",
            Path(tempfile.gettempdir()) / "minutesapp-unsaved-notes",
        ]
    return [*([first] if first is not None else []), *rest]


def write_unsaved_notes(
    content: str, now: datetime | None = None, folders: list[Path] | None = None, replace: Path | None = None
) -> Path:
    """Write ``content`` to a new ``<UTC timestamp>.txt`` and fsync it; returns its path.

    Tries ``folders`` in order (default: the notes folder's ``unsaved-notes``, then the state,
    home and temporary folders). Never replaces a file, except ``replace``: this session's
    earlier rescue, which is atomically overwritten (a logout that asks again writes no second
    copy). Raises ``StorageError`` when nothing works.
    """
    data = content.encode("utf-8")
    if replace is not None:
        try:
            return _overwrite(replace, data)
        except OSError:
            pass  # a new file elsewhere, below
    stamp = (now or utc_now()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    error: OSError | None = None
    for folder in folders if folders is not None else _fallback_folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = _new_file(folder, stamp, data)
            fsync_folder(folder)
            return path
        except OSError as exc:
            error = exc
    error = error or OSError("no folder to write the unsaved notes to")
    raise storage_error_from(error, "writing the unsaved notes to a file") from error


def _overwrite(path: Path, data: bytes) -> Path:
    temporary = path.with_name(f".{path.name}.new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
    fsync_folder(path.parent)
    return path


def _new_file(folder: Path, stamp: str, data: bytes) -> Path:
    for n in range(1000):
        path = folder / (f"{stamp}.txt" if n == 0 else f"{stamp}-{n}.txt")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            path.unlink(missing_ok=True)
            raise
        os.close(fd)
        return path
    raise FileExistsError(f"too many unsaved-note files for {stamp} in {folder}")


def unsaved_note_files(folder: Path | None = None) -> list[Path]:
    """The files of unsaved notes waiting in ``folder`` (default: every folder they may be written
    to), grouped by folder in fallback order, oldest first within each."""
    found: list[Path] = []
    for each in [folder] if folder is not None else _fallback_folders():
        try:
            found.extend(sorted(p for p in each.glob("*.txt") if p.is_file()))
        except OSError:
            continue
    return list(dict.fromkeys(found))


__all__ = ["UNSAVED_FOLDER", "unsaved_note_files", "unsaved_notes_folder", "write_unsaved_notes"]
