"""The ``minutesapp notes`` commands: add, list, export and import a meeting's annotations.

    minutesapp notes add FILE --item N --text TEXT     append TEXT to item N's note (silent)
    minutesapp notes list FILE [--format text|json]    the meeting's notes, highlights, marks
    minutesapp notes export-json FILE OUT              W3C Web Annotation JSON-LD ("-" = stdout)
    minutesapp notes import-json FILE IN               merge IN's annotations of FILE's meeting
    minutesapp notes export FILE --pdf OUT [--indstilling] [--beslutning] [--all-items]
                                                       the notes as a PDF sheet to take to the meeting

``add`` appends TEXT as a new paragraph to the item's note (creating it), so a command line
never overwrites what was typed in the app; it exits 0 only once the note is durably stored.
``list``, ``export-json`` and ``export`` open the store read-only and work while the app is running;
``add`` and ``import-json`` need the app closed (the store allows one writer).
Annotations belong to the meeting (``Meeting.identity``), so FILE may be any copy or a
corrected version of the minutes. Errors: exit 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minutesapp.annotations import AnnotationStore, StorageError, attach
from minutesapp.annotations.meeting_view import MeetingAnnotations
from minutesapp.annotations.records import Highlight, ItemRef, MeetingInfo, Note
from minutesapp.annotations.rows import time_to_text
from minutesapp.model import Meeting

PROG = "minutesapp"
EXIT_OK = 0
EXIT_ERROR = 2


class _CommandError(Exception):
    """A usage or input problem: one line for stderr."""


def add_notes_subparsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``notes add|list|export-json|import-json``; each sets ``func(args) -> int``."""
    notes = subparsers.add_parser("notes", help="your notes, highlights and marks on a meeting")
    actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="append a note to an item (never overwrites)")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--item", type=int, required=True, metavar="N", help="the agenda item number")
    add.add_argument("--text", required=True, help="the note text (stored verbatim)")
    add.set_defaults(func=_guarded(_cmd_add))
    listing = actions.add_parser("list", help="the meeting's annotations")
    listing.add_argument("file", type=Path, metavar="FILE")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(func=_guarded(_cmd_list))
    export = actions.add_parser("export-json", help="write the meeting's annotations as Web Annotation JSON-LD")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("out", metavar="OUT", help='the JSON file to write, or "-" for stdout')
    export.set_defaults(func=_guarded(_cmd_export))
    imp = actions.add_parser("import-json", help="merge annotations from another laptop (by id, no duplicates)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("input", type=Path, metavar="IN")
    imp.set_defaults(func=_guarded(_cmd_import))
    pdf = actions.add_parser("export", help="write the notes as a PDF to print or take to the meeting")
    pdf.add_argument("file", type=Path, metavar="FILE")
    pdf.add_argument("--pdf", type=Path, required=True, metavar="OUT", help="the PDF file to write (replaced whole)")
    pdf.add_argument("--indstilling", action="store_true", help="include each item's indstilling (recommendation)")
    pdf.add_argument("--beslutning", action="store_true", help="include each item's beslutning (decision)")
    pdf.add_argument("--all-items", action="store_true", help="every item with room to write, not only annotated ones")
    pdf.set_defaults(func=_guarded(_cmd_export_pdf))


def _guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn every expected failure into exit 2 and one line on stderr (never a traceback)."""

    def run(args: argparse.Namespace) -> int:
        from minutesapp.errors import DocumentError

        try:
            return command(args)
        except (_CommandError, DocumentError, StorageError, ValueError, OSError) as exc:
            lines = str(exc).strip().splitlines() or [type(exc).__name__]
            sys.stderr.write(f"{PROG}: {lines[0]}\n")
            return EXIT_ERROR

    return run


def _load(path: Path) -> Meeting:
    from minutesapp.loader import load_meeting

    return load_meeting(path)


def _cmd_add(args: argparse.Namespace) -> int:
    meeting = _load(args.file)
    if meeting.item(args.item) is None:
        numbers = ", ".join(str(i.number) for i in meeting.items) or "none"
        raise _CommandError(f"{args.file} has no item {args.item} (items: {numbers})")
    if not args.text.strip():
        raise _CommandError("the note text is empty")
    store = AnnotationStore.open()
    try:
        store.append_note(meeting, args.item, args.text)  # durable once this returns
        try:
            store.maybe_backup()
        except StorageError as exc:  # the note is saved; say so, but do not fail the command
            sys.stderr.write(f"{PROG}: note saved, but the backup failed: {exc}\n")
    finally:
        store.close(backup=False)
    return EXIT_OK


def _item_ref(ref: ItemRef) -> dict[str, Any]:
    return {"number": ref.number, "case_number": ref.case_number, "title": ref.title}


def _note_json(note: Note) -> dict[str, Any]:
    return {"id": note.id, "text": note.text, "created": time_to_text(note.created), "modified": time_to_text(note.modified)}


def _highlight_json(h: Highlight) -> dict[str, Any]:
    return {"id": h.id, "quote": h.anchor.exact, "colour": h.colour, "comment": h.comment,
            "created": time_to_text(h.created), "modified": time_to_text(h.modified)}  # fmt: skip


def listing_json(meeting: Meeting, view: MeetingAnnotations) -> dict[str, Any]:
    """The ``notes list --format json`` document: annotations per current item, then the orphans."""
    info = MeetingInfo.of(meeting)
    items = []
    for item in meeting.items:
        notes, highlights = view.notes.get(item.number, ()), view.highlights_on(item.number)
        starred, read = view.is_starred(item.number), view.is_read(item.number)
        if not (notes or highlights or starred or read):
            continue
        items.append({
            "number": item.number, "title": item.title, "case_number": item.case_number,
            "starred": starred, "read": read, "notes": [_note_json(n) for n in notes],
            "highlights": [_highlight_json(r.highlight) | {"status": str(r.status), "start": r.start, "end": r.end}
                           for r in highlights],
        })  # fmt: skip
    return {
        "meeting": {"identity": info.identity, "kind": info.kind, "body": info.body, "date": info.date, "title": info.title},
        "items": items,
        "not_found": {  # annotations whose item or passage is not in this version of the document
            "notes": [_note_json(n) | {"item": _item_ref(n.item)} for n in view.orphaned_notes],
            "highlights": [_highlight_json(r.highlight) | {"item": _item_ref(r.highlight.item)}
                           for r in view.orphaned_highlights],
            "marks": [{"id": m.id, "kind": str(m.kind), "item": _item_ref(m.item)} for m in view.orphaned_marks],
        },
    }  # fmt: skip


def listing_text(doc: dict[str, Any]) -> str:
    m = doc["meeting"]
    lines = [m["title"]]
    for item in doc["items"]:
        marks = "".join(("*" if item["starred"] else "", " (read)" if item["read"] else ""))
        lines.append(f"\n{item['number']}. {item['title']} {marks}".rstrip())
        lines += [f"  note: {n['text']}" for n in item["notes"]]
        lines += [f"  [{h['status']}] \"{h['quote']}\" {h['comment']}".rstrip() for h in item["highlights"]]
    lost = doc["not_found"]
    if any(lost.values()):
        lines.append("\nNot found in this version:")
        lines += [f"  note on item {n['item']['number']} ({n['item']['title']}): {n['text']}" for n in lost["notes"]]
        lines += [f"  \"{h['quote']}\" (item {h['item']['number']}) {h['comment']}".rstrip() for h in lost["highlights"]]
        lines += [f"  {k['kind']} on item {k['item']['number']} ({k['item']['title']})" for k in lost["marks"]]
    return "\n".join(lines) + "\n"


def _cmd_list(args: argparse.Namespace) -> int:
    meeting = _load(args.file)
    with AnnotationStore.open(read_only=True) as store:
        doc = listing_json(meeting, attach(meeting, store))
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n" if args.format == "json" else listing_text(doc)
    sys.stdout.write(text)
    return EXIT_OK


def _write_atomically(out: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _cmd_export(args: argparse.Namespace) -> int:
    from minutesapp.annotations.webannotation import export_collection

    meeting = _load(args.file)
    with AnnotationStore.open(read_only=True) as store:
        text = json.dumps(export_collection(store, meeting.identity), ensure_ascii=False, indent=2) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        _write_atomically(Path(args.out), text)
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from minutesapp.annotations.webannotation import import_document

    meeting = _load(args.file)
    try:
        doc = json.loads(args.input.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise _CommandError(f"{args.input} is not UTF-8 JSON") from exc
    except json.JSONDecodeError as exc:
        raise _CommandError(f"{args.input} is not JSON: {exc}") from exc
    with AnnotationStore.open() as store:
        summary = import_document(store, doc, meeting_id=meeting.identity)
    if summary.skipped and not (summary.added or summary.updated or summary.unchanged):
        raise _CommandError(f"{args.input} has no annotations for this meeting ({summary.skipped} for others)")
    sys.stdout.write(
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} already present"
        + (f", {summary.skipped} skipped (other meetings or unknown kinds)" if summary.skipped else "")
        + (
            f"; {summary.conflicts} edited on both laptops: both versions kept as separate notes"
            if summary.conflicts
            else ""
        )
        + "\n"
    )
    return EXIT_OK


def _cmd_export_pdf(args: argparse.Namespace) -> int:
    from minutesapp.export import ExportError, ExportOptions, build_sheet
    from minutesapp.export.pdf_file import write_atomically
    from minutesapp.export.pdf_render import render_pdf

    options = ExportOptions(indstilling=args.indstilling, beslutning=args.beslutning, all_items=args.all_items)
    meeting = _load(args.file)
    with AnnotationStore.open(read_only=True) as store:
        sheet = build_sheet(meeting, attach(meeting, store), options)
    if sheet.is_empty:
        raise _CommandError(f"{args.file} has no notes, highlights or stars to export (--all-items gives every item)")
    try:
        write_atomically(args.pdf, render_pdf(sheet))
    except ExportError as exc:
        raise _CommandError(str(exc)) from None
    return EXIT_OK
