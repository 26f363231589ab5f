"""Text extraction: a file's pages as clean lines, ready for the structure parser.

PDFs are read through pdfium's text layer (pypdfium2, ~1.5 ms a page, where pdfplumber
needs 50-70 ms); plain text files are one page, or pages split at form feeds.
Lines come back stripped, non-empty, with words hyphenated across a line end joined
and running page headers/footers removed (see ``running_heads``).
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from minutesapp.errors import DocumentError, ErrorCode, document_error_from_os
from minutesapp.parsing.line_layout import LineBox, measure_lines
from minutesapp.parsing.paragraph_gaps import (
    MARKS,
    document_pitch,
    line_marks,
    mark_lines,
    spaced_line_indexes,
    split_marks,
    strip_marks,
    text_margins,
    wrap_pitch,
    wrapped_line_indexes,
)
from minutesapp.parsing.running_heads import is_page_number_line, running_head_lines

PDF_MAGIC = b"%PDF-"
# pdfium finds the header anywhere in the first KiB, as the PDF spec allows.
_MAGIC_WINDOW = 1024

FileFormat = Literal["pdf", "text"]


@dataclass(frozen=True)
class PageText:
    """One page's lines; ``number`` is 1-based.

    ``spaced`` holds the indexes of lines set a paragraph gap below the line before, and
    ``wrapped`` those that only continue the line before because the layout wrapped it
    (PDFs only; see ``paragraph_gaps``): layout signals where the text has no marker.
    """

    number: int
    lines: tuple[str, ...]
    spaced: frozenset[int] = frozenset()
    wrapped: frozenset[int] = frozenset()


def extract_pages(path: Path) -> list[PageText]:
    """The file's pages as cleaned lines; raises DocumentError for anything unreadable."""
    fmt = sniff_format(path)
    raw = _pdf_page_texts(path) if fmt == "pdf" else [strip_marks(text) for text in _text_page_texts(path)]
    cleaned = [clean_page(text) for text in raw]
    drops = running_head_lines([lines for lines, _, _ in cleaned])
    pages = []
    for number, ((lines, spaced, wrapped), drop) in enumerate(zip(cleaned, drops), start=1):
        kept = [index for index in range(len(lines)) if index not in drop]
        pages.append(
            PageText(
                number,
                tuple(lines[index] for index in kept),
                frozenset(new for new, old in enumerate(kept) if old in spaced),
                # A line continues only the line right above it, never one across a dropped line.
                frozenset(new for new, old in enumerate(kept) if old in wrapped and old - 1 not in drop),
            )
        )
    return pages


def sniff_format(path: Path) -> FileFormat:
    """The cheap checks (exists, readable, not empty, magic bytes), so common errors are instant."""
    path = Path(path)
    try:
        require_regular_file(path)
        with path.open("rb") as handle:
            head = handle.read(_MAGIC_WINDOW)
            if not head:
                raise DocumentError(ErrorCode.EMPTY, f"{path.name} is empty (0 bytes).")
            if PDF_MAGIC in head:
                return "pdf"
            rest = handle.read()
    except OSError as exc:
        raise document_error_from_os(path, exc) from None
    decode_text(head + rest, path.name)  # raises EMPTY / NOT_MINUTES
    return "text"


def require_regular_file(path: Path) -> None:
    """Refuse devices and pipes before opening: reading /dev/zero or a FIFO never ends."""
    if not stat.S_ISREG(path.stat().st_mode):
        if path.is_dir():
            raise IsADirectoryError(path)
        raise DocumentError(ErrorCode.UNREADABLE, f"{path} is not a regular file.")


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is fine); NUL bytes or invalid UTF-8 mean this is not a text file we read."""
    if b"\x00" in data:
        raise DocumentError(ErrorCode.NOT_MINUTES, f"{name} is neither a PDF nor a text file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError(
            ErrorCode.NOT_MINUTES, f"{name} is neither a PDF nor UTF-8 text (convert it to UTF-8 or PDF)."
        ) from None
    if not text.strip():
        raise DocumentError(ErrorCode.EMPTY, f"{name} contains only whitespace.")
    return text


def _text_page_texts(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise document_error_from_os(path, exc) from None
    return decode_text(data, path.name).split("\f")


def _pdf_page_texts(path: Path) -> list[str]:
    """Every page's text layer; pypdfium2 is imported here so the CLI starts without it."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        raise _pdf_open_error(path, str(exc)) from None
    try:
        count = len(document)
        if count == 0:
            raise DocumentError(ErrorCode.CORRUPT, f"{path.name} is damaged: the PDF has no readable pages.")
        measured = [_measured_page(document, index) for index in range(count)]
    except pdfium.PdfiumError as exc:
        raise DocumentError(ErrorCode.CORRUPT, f"{path.name} is damaged: {exc}") from None
    finally:
        document.close()
    texts = _marked_texts(measured)
    if not any(text.strip() for text in texts):
        raise DocumentError(
            ErrorCode.NO_TEXT,
            f"{path.name} has no text layer: it is probably a scanned document and needs OCR first.",
        )
    return texts


def _measured_page(document: object, index: int) -> tuple[str, float, list[LineBox | None]]:
    """(text, page width, line boxes) of one page."""
    page = document[index]  # type: ignore[index]
    try:
        textpage = page.get_textpage()
        try:
            text = strip_marks(str(textpage.get_text_range()))
            return text, float(page.get_width()), measure_lines(textpage, text)
        finally:
            textpage.close()
    finally:
        page.close()


def _marked_texts(measured: list[tuple[str, float, list[LineBox | None]]]) -> list[str]:
    """Each page's text with its spaced and wrapped lines marked (see ``paragraph_gaps``).

    The right margin comes from the whole document (a page of short lines has none of its
    own); the pitch from the page, or the document's where a page has too few lines.
    """
    margins = text_margins([(width, boxes) for _, width, boxes in measured])
    pitches = [wrap_pitch(boxes) for _, _, boxes in measured]
    fallback = document_pitch(pitches)
    texts = []
    for (text, width, boxes), pitch in zip(measured, pitches):
        spaced = spaced_line_indexes([box.first_y if box else None for box in boxes])
        wrapped = wrapped_line_indexes(boxes, margins.get(round(width), 0.0), pitch or fallback)
        texts.append(mark_lines(text, line_marks(spaced, wrapped)))
    return texts


def _pdf_open_error(path: Path, detail: str) -> DocumentError:
    if "password" in detail.casefold():
        return DocumentError(ErrorCode.ENCRYPTED, f"{path.name} is password-protected; save a copy without the password and open that.")
    if "security" in detail.casefold():
        return DocumentError(ErrorCode.ENCRYPTED, f"{path.name} uses an unsupported encryption.")
    return DocumentError(ErrorCode.CORRUPT, f"{path.name} is damaged or truncated and cannot be read as a PDF.")


# --- line clean-up -------------------------------------------------------------------------

# pdfium marks a hyphen it removed at a line end with U+FFFE (older builds: U+0002) and
# joins the two lines; a soft hyphen (U+00AD) means the same in text files.
_LINE_END_HYPHEN = re.compile(r"[\ufffe\x02\u00ad][ \t]*\n?[ \t\ue000\ue001]*")  # paragraph_gaps.MARKS
_INLINE_SOFT_HYPHEN = re.compile(r"\u00ad(?![ \t]*\n)")  # invisible inside a line
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Words after which a hyphen is a suspended compound ("Sundheds- og Forebyggelsesudvalget").
_CONJUNCTIONS = frozenset({"og", "eller", "samt", "och", "and", "or", "ja", "tai", "und", "oder"})
# Prefixes that keep their hyphen in a compound ("ikke-planlagte", "icke-vinstdrivande").
_HYPHEN_PREFIXES = frozenset({"ikke", "icke", "ej", "non", "ex"})
_LEFT_WORD = re.compile(r"(\S*)$")
_RIGHT_WORD = re.compile(r"(\S*)")


def clean_lines(text: str) -> list[str]:
    """One page's raw text → stripped, non-empty lines with line-end hyphenation resolved."""
    return clean_page(text)[0]


def clean_page(text: str) -> tuple[list[str], set[int], set[int]]:
    """``clean_lines``, plus the indexes of the lines ``paragraph_gaps`` marked as spaced and as wrapped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _INLINE_SOFT_HYPHEN.sub("", text)
    text = _LINE_END_HYPHEN.sub(_MarkedHyphen(text), text)
    text = _CONTROL.sub("", text)
    lines = [_strip_line(line) for line in text.split("\n")]
    return split_marks(_join_hyphenated_lines([line for line in lines if line.strip(MARKS)]))


def _strip_line(line: str) -> str:
    """Stripped, keeping the paragraph marks in front."""
    stripped = line.strip()
    body = stripped.lstrip(MARKS)
    return stripped[: len(stripped) - len(body)] + body.strip()


class _MarkedHyphen:
    """re.sub callback for pdfium's removed-hyphen marker: decide between '', '-' and '- '."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __call__(self, match: re.Match[str]) -> str:
        left = _LEFT_WORD.search(self.text[max(0, match.start() - 80) : match.start()])
        right = _RIGHT_WORD.match(self.text, match.end())
        left_word = left.group(1).lstrip(MARKS) if left else ""
        right_word = right.group(1) if right else ""
        if not left_word or not left_word[-1].isalnum():
            return "\n"  # "39 §", "kl. 16.15 –": no word was split here, the line just ended
        line_end = self.text.find("\n", match.end())
        if is_page_furniture(self.text[match.end() : None if line_end < 0 else line_end]):
            return "-\n"  # pdfium ran the page's last word into its footer ("reparations-193 §")
        if not right_word:
            return "-"
        return hyphen_joint(left_word, right_word)


# Nykarleby's page footer "193 §" (the item on that page).
_ITEM_FOOTER = re.compile(r"\d{1,4}\s*§")


def is_page_furniture(line: str) -> bool:
    """A footer or page-number line, which a hyphenated word never continues onto."""
    line = line.strip()
    return _ITEM_FOOTER.fullmatch(line) is not None or is_page_number_line(line)


def hyphen_joint(left: str, right: str) -> str:
    """What goes between the halves of a word hyphenated at a line end.

    '' joins a word split by hyphenation ("bygnings-|vedligeholdelse"); '-' keeps a real
    compound hyphen ("2030-|fremskrivning", "p-|huse", "ikke-|planlagte"); '- ' restores a
    suspended compound before a conjunction ("Sundheds-|og").
    """
    right_core = right.rstrip(".,;:!?)")
    if right_core.casefold() in _CONJUNCTIONS:
        return "- "
    if not left or not right:
        return "-"
    last, first = left[-1], right[0]
    if not last.isalpha() or not first.isalpha():
        return "-"  # digits or punctuation: "2030-fremskrivning", "TS-22-paikalliset"
    if first.isupper():
        return "-"  # "Nord-Jylland", "EU-Kommissionen"
    letters = left.lstrip("(\"'«»“”„‘’-")
    if len(letters) <= 1 or any(ch.isupper() for ch in letters[1:]) or "-" in letters:
        return "-"  # "p-huse", "UngiAarhus-tilbud", "TyHy-verksamhet", "co-|working"
    if letters.casefold() in _HYPHEN_PREFIXES:
        return "-"
    return ""


_TRAILING_HYPHEN = re.compile(r"(?P<space> ?)-$")


def _join_hyphenated_lines(lines: list[str]) -> list[str]:
    """Join a line ending in a hyphen with the next when the hyphen splits a word."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        while index + 1 < len(lines):
            joined = _try_join(line, lines[index + 1])
            if joined is None:
                break
            line = joined
            index += 1
        out.append(line)
        index += 1
    return out


def _try_join(line: str, following: str) -> str | None:
    match = _TRAILING_HYPHEN.search(line)
    if match is None or len(line) < 2:
        return None
    following = following.lstrip(MARKS)  # a joined line's second half starts no paragraph
    stem = line[: match.start()]
    left_match = _LEFT_WORD.search(stem[-80:])
    left = left_match.group(1).lstrip(MARKS) if left_match else ""
    right_match = _RIGHT_WORD.match(following)
    right = right_match.group(1) if right_match else ""
    if not left or not right or not (left[-1].isalnum() and right[0].isalnum()):
        return None  # a bullet, a dash on its own, "f4ft Yn.fl/,-"
    if is_page_furniture(following):
        return None
    if match.group("space"):
        # "på -|verkar": a justified line's detached hyphen; only a lowercase word split there.
        if not (left.isalpha() and left.islower() and right[0].islower()):
            return None
    joint = hyphen_joint(left, right)
    return stem + joint + following
