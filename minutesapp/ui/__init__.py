"""The Qt layer: the reader window and everything on screen (the core knows nothing of it)."""
