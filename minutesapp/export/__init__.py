"""The notes export: which items, in which order, with which quotes and notes (sheet.py),
laid out as a PDF with reportlab (pdf_render.py) and written atomically (pdf_file.py).

    view = attach(meeting, store)
    export_notes_pdf(meeting, view, Path("noter.pdf"), ExportOptions(indstilling=True))

Core code: no Qt. Printing goes through the same PDF (minutesapp/ui/export_dialog.py).
"""

from minutesapp.export.pdf_file import ExportError, export_notes_pdf, write_atomically
from minutesapp.export.sheet import ExportOptions, NotesSheet, SheetItem, build_sheet

__all__ = [
    "ExportError", "ExportOptions", "NotesSheet", "SheetItem", "build_sheet", "export_notes_pdf", "write_atomically",
]  # fmt: skip
