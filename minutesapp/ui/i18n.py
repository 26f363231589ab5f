"""UI language: which one to use, and loading its Qt Linguist translation.

Source strings in the code are English; ``resources/i18n/minutesapp_da.ts`` holds the Danish
translation. QTranslator only reads compiled ``.qm`` files and those are not committed, so the
``.qm`` is taken from the resources folder when a build step put it there
(``scripts/build_translations.py``), else compiled once with the ``lrelease`` that ships with
PySide6 into the cache folder (keyed by the ``.ts`` content, so an edited ``.ts`` is recompiled).
"""

from __future__ import annotations

import hashlib
import importlib.resources
import logging
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from minutesapp import paths

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "da"
SOURCE_LANGUAGE = "en"  # the language of the strings in the code: needs no translator
TS_PREFIX = "minutesapp_"


def resolve_language(cli_choice: str | None, saved_choice: str | None, system_locale: QLocale) -> str:
    """Command line over the saved choice over the system: Danish unless the system is English."""
    for choice in (cli_choice, saved_choice):
        if choice in ("da", "en"):
            return choice
    if system_locale.language() == QLocale.Language.English:
        return "en"
    return DEFAULT_LANGUAGE


def i18n_dir() -> Path:
    return Path(str(importlib.resources.files("minutesapp.resources") / "i18n"))


def find_lrelease() -> Path | None:
    """The ``lrelease`` binary of the installed PySide6, else one on PATH."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / "lrelease"
    if bundled.is_file():
        return bundled
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def compile_ts(ts_file: Path, qm_file: Path, lrelease: Path | None = None) -> bool:
    """Compile one ``.ts`` into ``.qm``; False (and a log line) when that is not possible."""
    lrelease = lrelease or find_lrelease()
    if lrelease is None:
        log.warning("no lrelease found; cannot compile %s", ts_file)
        return False
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm_file.with_suffix(".qm.tmp")
    result = subprocess.run(
        [str(lrelease), "-silent", str(ts_file), "-qm", str(tmp)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0 or not tmp.is_file():
        log.warning("lrelease failed for %s: %s", ts_file, result.stderr.strip())
        tmp.unlink(missing_ok=True)
        return False
    tmp.replace(qm_file)
    return True


def qm_for(language: str) -> Path | None:
    """The compiled translation for ``language``: prebuilt beside the .ts, or built into the cache."""
    ts_file = i18n_dir() / f"{TS_PREFIX}{language}.ts"
    if not ts_file.is_file():
        return None
    prebuilt = ts_file.with_suffix(".qm")
    if prebuilt.is_file() and prebuilt.stat().st_mtime >= ts_file.stat().st_mtime:
        return prebuilt
    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    cached = paths.cache_dir() / "i18n" / f"{TS_PREFIX}{language}-{digest}.qm"
    if cached.is_file() or compile_ts(ts_file, cached):
        return cached
    return None


class LanguageSwitcher:
    """Owns the installed translators, so the language can change while the app runs.

    Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every
    widget; our widgets re-set their texts in ``changeEvent``.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def set_language(self, language: str) -> bool:
        """Switch to ``language``; False when its translation could not be loaded (then English)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        self.language = SOURCE_LANGUAGE
        if language == SOURCE_LANGUAGE:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
            return True
        qm = qm_for(language)
        ours = QTranslator(self._app)
        if qm is None or not ours.load(str(qm)):
            log.warning("no usable translation for %r; the UI stays English", language)
            return False
        # Qt's own strings (standard buttons, file dialog) where Qt ships them.
        qt_own = QTranslator(self._app)
        if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt_own)
            self._translators.append(qt_own)
        self._app.installTranslator(ours)
        self._translators.append(ours)
        QLocale.setDefault(QLocale(language))
        self.language = language
        return True
