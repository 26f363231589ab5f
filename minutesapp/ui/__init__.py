"""The Qt layer: the reader window and everything on screen (the core knows nothing of it)."""

from minutesapp.ui.pyside_workarounds import immortalize_none

immortalize_none()  # before any widget code runs; see pyside_workarounds.py
