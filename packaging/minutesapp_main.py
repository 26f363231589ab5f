"""Entry script of the frozen app (PyInstaller): the ``minutesapp`` command, plus the parse worker.

A frozen app has no ``python -m``, so the sandbox starts its parse worker as
``<app> --parse-worker FILE`` (``minutesapp.sandbox.worker_command``). That flag is handled
here, before the command-line parser and before Qt is imported, so the child stays small.
"""

from __future__ import annotations

import sys

# Must equal minutesapp.sandbox.FROZEN_WORKER_FLAG (tests/test_packaging.py checks); not
# imported from there, because that module pulls in the PDF libraries.
PARSE_WORKER_FLAG = "--parse-worker"


def main(argv: list[str]) -> int:
    if argv[:1] == [PARSE_WORKER_FLAG]:
        from minutesapp.parse_worker import main as worker_main

        return worker_main(argv[1:])
    from minutesapp.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
