"""Every user setting of the window in one typed place (an INI file under ``paths.config_dir()``).

A thin wrapper over QSettings, like Picard's ``config.py``: the rest of the UI reads and writes
typed properties here and never calls ``QSettings.value`` itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from minutesapp import paths
from minutesapp.export.sheet import ExportOptions

LANGUAGES = ("da", "en")
DEFAULT_FONT_SIZE = 11
MIN_FONT_SIZE = 7
MAX_FONT_SIZE = 32
MAX_RECENT_FILES = 10


def settings_file() -> Path:
    return paths.config_dir() / "minutesapp.ini"


class AppSettings:
    """Typed access to the persisted settings; values are written through immediately."""

    def __init__(self, path: Path | None = None) -> None:
        self._qs = QSettings(str(path or settings_file()), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # --- plain values -------------------------------------------------------------------

    def _str(self, key: str) -> str | None:
        value = self._qs.value(key)
        return str(value) if value not in (None, "") else None

    def _int(self, key: str) -> int | None:
        value = self._qs.value(key)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def _bool(self, key: str, default: bool) -> bool:
        value = self._qs.value(key)
        if value is None:
            return default
        return str(value).lower() in ("1", "true", "yes")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: object) -> None:
        if value is None:
            self._qs.remove(key)
        else:
            self._qs.setValue(key, value)

    # --- language -----------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """"da", "en", or None when the user never chose (then the system locale decides)."""
        value = self._str("ui/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        self._set("ui/language", value if value in LANGUAGES else None)

    # --- reading ------------------------------------------------------------------------

    @property
    def font_size(self) -> int:
        size = self._int("reader/font_size") or DEFAULT_FONT_SIZE
        return max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._set("reader/font_size", max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(value))))

    @property
    def page_view_visible(self) -> bool:
        return self._bool("reader/page_view_visible", True)

    @page_view_visible.setter
    def page_view_visible(self, value: bool) -> None:
        self._set("reader/page_view_visible", bool(value))

    # --- files --------------------------------------------------------------------------

    @property
    def recent_files(self) -> list[Path]:
        value = self._qs.value("files/recent")
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in (value or []) if v]

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        files = [path] + [p for p in self.recent_files if p != path]
        self._qs.setValue("files/recent", [str(p) for p in files[:MAX_RECENT_FILES]])

    def clear_recent_files(self) -> None:
        self._qs.remove("files/recent")

    @property
    def last_file(self) -> Path | None:
        value = self._str("files/last_file")
        return Path(value) if value else None

    @last_file.setter
    def last_file(self, value: Path | None) -> None:
        self._set("files/last_file", str(value) if value else None)

    @property
    def last_item(self) -> int | None:
        """The item number selected when the window closed (for ``last_file``)."""
        return self._int("files/last_item")

    @last_item.setter
    def last_item(self, value: int | None) -> None:
        self._set("files/last_item", value)

    # --- export -------------------------------------------------------------------------

    @property
    def export_options(self) -> ExportOptions:
        """The options last accepted in the export/print dialog, offered again next time."""
        default = ExportOptions()
        return ExportOptions(
            indstilling=self._bool("export/indstilling", default.indstilling),
            beslutning=self._bool("export/beslutning", default.beslutning),
            all_items=self._bool("export/all_items", default.all_items),
        )

    @export_options.setter
    def export_options(self, value: ExportOptions) -> None:
        self._set("export/indstilling", bool(value.indstilling))
        self._set("export/beslutning", bool(value.beslutning))
        self._set("export/all_items", bool(value.all_items))

    # --- window state (opaque Qt blobs) -------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._set("window/splitter", value)

    @property
    def notes_splitter_state(self) -> QByteArray | None:
        """How the item text and the notes pane below it share the middle column."""
        return self._bytes("window/notes_splitter")

    @notes_splitter_state.setter
    def notes_splitter_state(self, value: QByteArray) -> None:
        self._set("window/notes_splitter", value)
