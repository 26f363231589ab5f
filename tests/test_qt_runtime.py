"""Guards against a broken Qt binding: the app makes millions of Qt calls in a session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_refcount() -> None:
    """PySide6 6.12.0 loses a reference to None per void call; on Python 3.11 that aborts the
    process after a few thousand calls. pyproject pins a binding without the bug there."""
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    lost = before - sys.getrefcount(None)
    # On 3.12+ None is immortal (its count never moves), so this holds there by construction.
    assert lost < 50, f"{lost} references to None lost in 2000 Qt calls"


def test_qtpdf_is_available() -> None:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    assert QPdfDocument is not None and QPdfView is not None
