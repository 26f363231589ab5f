"""The library commands of ``minutesapp``: ``library add|list|rescan|remove``, ``search``, ``case``.

cli.py calls ``add_library_subparsers(subparsers)``; every sub-command sets ``func(args) -> int``.
Usage errors exit 2 with one line on stderr, like argparse's own.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path

from minutesapp.library import (
    SECTION_NAMES,
    Library,
    LibraryVersionError,
    QueryError,
    ScanReport,
    SearchFilters,
    SearchHit,
)

USAGE_ERROR = 2


class _UsageError(Exception):
    pass


def _iso_date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def add_library_subparsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``library``, ``search`` and ``case`` on the main parser's sub-parsers."""
    library = subparsers.add_parser("library", help="the collection of meetings the search covers")
    actions = library.add_subparsers(dest="library_command", required=True)
    add = actions.add_parser("add", help="add files or folders and index them")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.set_defaults(func=_guarded(_cmd_add))
    listing = actions.add_parser("list", help="meetings by body and date, and files that could not be read")
    _format_option(listing)
    listing.set_defaults(func=_guarded(_cmd_list))
    rescan = actions.add_parser("rescan", help="pick up new and changed files, drop removed ones")
    rescan.set_defaults(func=_guarded(_cmd_rescan))
    remove = actions.add_parser("remove", help="forget a file or folder that was added")
    remove.add_argument("path", type=Path, metavar="PATH")
    remove.set_defaults(func=_guarded(_cmd_remove))

    search = subparsers.add_parser("search", help="full-text search across the library")
    search.add_argument("query", metavar="QUERY", help='words, "a phrase", word*, a OR b, -word')
    _format_option(search)
    search.add_argument("--body", help="only meetings of bodies whose name contains this")
    search.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE")
    search.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE")
    search.add_argument("--section", choices=SECTION_NAMES, metavar="KIND",
                        help="only this section kind: " + ", ".join(SECTION_NAMES))
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.set_defaults(func=_guarded(_cmd_search))

    case = subparsers.add_parser("case", help="every treatment of a case number, in date order")
    case.add_argument("case_number", metavar="CASE_NUMBER")
    _format_option(case)
    case.set_defaults(func=_guarded(_cmd_case))


def _guarded(command: Callable[[argparse.Namespace, Library], int]) -> Callable[[argparse.Namespace], int]:
    """Open the library, run the command, turn expected errors into exit 2 + one line."""
    def run(args: argparse.Namespace) -> int:
        try:
            with Library() as library:
                return command(args, library)
        except (_UsageError, QueryError, LibraryVersionError, ValueError, sqlite3.Error, OSError) as error:
            print(f"minutesapp: error: {error}", file=sys.stderr)
            return USAGE_ERROR
    return run


def _print_report(report: ScanReport) -> None:
    print(f"added {len(report.added)}, updated {len(report.updated)}, removed {len(report.removed)}, "
          f"unchanged {report.unchanged}, failed {len(report.failed)}"
          + (" (cancelled)" if report.cancelled else ""))
    for failure in report.failed:
        print(f"failed: {failure.file}: {failure.message}")


def _cmd_add(args: argparse.Namespace, library: Library) -> int:
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise _UsageError(f"no such file or folder: {missing[0]}")
    _print_report(library.add(list(args.paths)))
    return 0


def _cmd_rescan(args: argparse.Namespace, library: Library) -> int:
    _print_report(library.rescan())
    return 0


def _cmd_remove(args: argparse.Namespace, library: Library) -> int:
    if not library.remove(args.path):
        raise _UsageError(f"not in the library: {args.path}")
    return 0


def _cmd_list(args: argparse.Namespace, library: Library) -> int:
    meetings, failures = library.meetings(), library.failures()
    if args.format == "json":
        print(json.dumps({"meetings": [asdict(m) for m in meetings], "failures": [asdict(f) for f in failures]},
                         ensure_ascii=False, indent=2))
        return 0
    for m in meetings:
        notes = f", {m.notes_count} with notes" if m.notes_count else ""
        print(f"{m.date or '----------'}  {m.body or '(unknown body)'}  ({m.item_count} items{notes})  {m.file}")
    for f in failures:
        print(f"unreadable ({f.code}): {f.file}: {f.message}")
    return 0


def hit_to_dict(hit: SearchHit) -> dict[str, object]:
    """The JSON shape of a result: file, date, body, item, title, section, snippet (+ spans, page)."""
    return {"file": hit.file, "date": hit.date, "body": hit.body, "item": hit.item, "title": hit.title,
            "section": hit.section, "snippet": hit.snippet, "spans": [list(s) for s in hit.spans],
            "page": hit.page}


def _marked(hit: SearchHit) -> str:
    text, out, cursor = hit.snippet, [], 0
    for start, end in hit.spans:
        out.extend((text[cursor:start], "[", text[start:end], "]"))
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def _cmd_search(args: argparse.Namespace, library: Library) -> int:
    if args.limit < 1:
        raise _UsageError("--limit must be at least 1")
    filters = SearchFilters(body=args.body, date_from=args.date_from, date_to=args.date_to,
                            section=args.section, limit=args.limit)
    hits = library.search(args.query, filters)
    if args.format == "json":
        print(json.dumps([hit_to_dict(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        print(f"{hit.date or '----------'}  {hit.body or ''}  punkt {hit.item}: {hit.title}  [{hit.section}]")
        print(f"    {_marked(hit)}")
        print(f"    {hit.file}")
    if not hits:
        print("no results")
    return 0


def _cmd_case(args: argparse.Namespace, library: Library) -> int:
    history = library.case_history(args.case_number)
    if args.format == "json":
        print(json.dumps({"case_number": args.case_number, "treatments": [asdict(t) for t in history]},
                         ensure_ascii=False, indent=2))
        return 0
    for t in history:
        where = t.file or f"(recorded in {t.recorded_in})"
        item = f"punkt {t.item}" if t.item is not None else ""
        print(f"{t.date or '----------'}  {t.body or ''}  {item}  {t.title or ''}  {where}".rstrip())
        for decision in t.decisions:
            print(f"    {decision.strip().splitlines()[0] if decision.strip() else ''}")
    if not history:
        print(f"no items with case number {args.case_number}")
    return 0
