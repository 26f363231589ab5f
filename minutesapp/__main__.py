"""``python -m minutesapp``: the same as the ``minutesapp`` command."""

from __future__ import annotations

import sys

from minutesapp.cli import main

sys.exit(main())
