"""The ``minutesapp`` command.

    minutesapp [FILE] [--screenshot PNG] [--item N] [--lang da|en]   open the reader window
    minutesapp parse FILE [--format json|markdown]                   print the parsed meeting
    minutesapp notes ... / library ... / search ... / case ...        (cli_notes.py, cli_library.py)

A file that cannot be read gives exit status 2 and one line on stderr, never a traceback.
Heavy modules (Qt, the PDF libraries) are imported only by the command that needs them,
so ``parse`` of a cached file starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

PROG = "minutesapp"
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `parse` skips the other commands' modules: a cached parse should cost little more
    # than starting Python.
    parser, commands = build_parser(with_hooks=args_list[:1] != ["parse"])
    if args_list and (args_list[0] in commands or args_list[0] in ("-h", "--help")):
        args = parser.parse_args(args_list)
        return int(args.func(args))
    return run_window(build_window_parser().parse_args(args_list))


def build_parser(*, with_hooks: bool = True) -> tuple[argparse.ArgumentParser, set[str]]:
    """The sub-command parser, and the names of its sub-commands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A reader for council meeting minutes. Without a sub-command: "
        f"{PROG} [FILE] [--screenshot PNG] [--item N] [--lang da|en] opens the window.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse = subparsers.add_parser("parse", help="print the parsed meeting of FILE")
    parse.add_argument("file", type=Path, metavar="FILE")
    parse.add_argument("--format", choices=("json", "markdown"), default="json")
    parse.add_argument("--no-cache", action="store_true", help="parse again even if the file was parsed before")
    parse.add_argument("--timeout", type=float, default=60.0, help="seconds before parsing is stopped (default 60)")
    parse.set_defaults(func=cmd_parse)
    if with_hooks:
        _add_optional_commands(subparsers)
    return parser, set(subparsers.choices)


def _add_optional_commands(subparsers: argparse._SubParsersAction) -> None:
    """Hooks for the sub-commands other modules provide; each sub-parser sets ``func``.

    NOTES HOOK: ``minutesapp.cli_notes.add_notes_subparsers(subparsers)`` adds ``notes ...``.
    LIBRARY HOOK: ``minutesapp.cli_library.add_library_subparsers(subparsers)``.
    Either module may be absent in a partial checkout; the command then simply does not exist.
    """
    hooks: list[Callable[[argparse._SubParsersAction], None]] = []
    try:
        from minutesapp.cli_notes import add_notes_subparsers

        hooks.append(add_notes_subparsers)
    except ImportError:
        pass
    try:
        from minutesapp.cli_library import add_library_subparsers

        hooks.append(add_library_subparsers)
    except ImportError:
        pass
    for add in hooks:
        add(subparsers)


def build_window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Open the minutes reader window.")
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE", help="minutes to open (PDF or text)")
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="save a screenshot of the window and quit")
    parser.add_argument("--item", type=int, metavar="N", help="select agenda item N")
    parser.add_argument("--lang", choices=("da", "en"), help="interface language (default: Danish)")
    return parser


def cmd_parse(args: argparse.Namespace) -> int:
    from minutesapp.errors import DocumentError
    from minutesapp.loader import load_meeting

    try:
        meeting = load_meeting(args.file, use_cache=not args.no_cache, timeout=args.timeout)
    except DocumentError as exc:
        return fail(str(exc), EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_INTERNAL)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        return fail(f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)
    if args.format == "json":
        from minutesapp.serialize import meeting_to_dict

        text = json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=2) + "\n"
    else:
        from minutesapp.outline import meeting_to_markdown

        text = meeting_to_markdown(meeting)
    return write_stdout(text)


def run_window(args: argparse.Namespace) -> int:
    """Start the Qt app; before the UI exists, print the outline of FILE instead."""
    try:
        from minutesapp.ui.app import run_gui
    except ImportError:
        if args.file is None:
            return EXIT_OK
        return cmd_parse(argparse.Namespace(file=args.file, format="markdown", no_cache=False, timeout=60.0))
    return int(run_gui(args) or 0)


def write_stdout(text: str) -> int:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `minutesapp parse x | head`
        sys.stderr.close()
    return EXIT_OK


def fail(message: str, status: int) -> int:
    first_line = (message.strip().splitlines() or ["failed"])[0]
    sys.stderr.write(f"{PROG}: {first_line}\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
