"""Work-arounds for bugs of the PySide6 build we depend on; each says how to tell when it can go.

PySide6 6.12.0 (the abi3 wheels) drops one reference to ``None`` on every call of a C++ method
that returns ``void`` (``QLabel.setText``, ``QTextCharFormat.setFontItalic``, ...). On Python 3.12+
``None`` is immortal (PEP 683) and nothing happens; on Python 3.11 its reference count reaches
zero after a few thousand such calls and CPython aborts with "Fatal Python error: none_dealloc".
Until the project runs on Python >= 3.12 or a fixed PySide6, we make ``None`` effectively
immortal here, as 3.12 does: a reference count so large no session can use it up.
Check: ``tests/test_ui_pyside_workarounds.py`` shows the drop (and passes once it is fixed).
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def immortalize_none() -> None:
    """Raise None's reference count far out of reach of the leak (Python < 3.12 only)."""
    if sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
