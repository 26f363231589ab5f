"""Split an item's body into headed blocks: sections, decisions, Sagsforløb.

A heading is a whole line from a known list (Sagsresume, Indstilling, Bilag, ...), an
upper-case block heading (FirstAgenda's "BESLUTNINGSFORSLAG FRA DD"), a Swedish
"... förslag:", or a decision heading. A block runs until the next heading, across page
breaks; its page is the heading's page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Sequence

from minutesapp.model import SectionKind
from minutesapp.parsing.decisions import (
    DecisionHead,
    context_of,
    decision_heading,
    earlier_treatment,
    is_context_line,
    is_history_heading,
    same_body,
    strip_context,
)
from minutesapp.parsing.lines import Line

_HEADINGS: dict[str, SectionKind] = {}
for _kind, _names in (
    (SectionKind.RESUME, ("sagsresume", "resume", "resumé", "sammendrag", "sammenfatning", "kort resume",
                          "kort sagsresume", "kort beskrivelse", "sammandrag")),
    (SectionKind.INDSTILLING, ("indstilling", "indstillinger", "beslutningspunkter", "forvaltningens indstilling",
                               "administrationens indstilling", "indstillingen", "förslag", "beslutningsforslag til")),
    (SectionKind.SAGSFREMSTILLING, ("sagsfremstilling", "sagsbeskrivelse", "beskrivelse", "sagens indhold",
                                    "redegørelse", "sagsfremstilling og vurdering")),
    (SectionKind.PROCEDURE, ("procedure", "beslutningen træffes af", "beslutningskompetence", "kompetence",
                             "videre proces", "videre forløb", "sagsgang", "proces", "behandling")),
    (SectionKind.BILAG, ("bilag", "bilagsliste", "bilagsfortegnelse", "bilaga", "bilagor", "vedlagte bilag")),
    (SectionKind.OTHER, ("baggrund", "økonomi", "økonomiske konsekvenser", "økonomiske konsekvenser og finansiering",
                         "økonomi og finansiering", "lovgrundlag", "retsgrundlag", "høring", "kommunikation",
                         "vurdering", "tidsplan", "tidligere beslutninger", "tidligere behandling", "bakgrund",
                         "tidigare behandling", "beslutningsgrundlag", "personaleforhold", "miljøvurdering")),
):
    for _name in _names:
        _HEADINGS[_name] = _kind

# "Kommunaldirektørens indstilling", "Borgmesterens Afdelings påtegning", "Ordförande X:s förslag:"
_NAMED_INDSTILLING = re.compile(r".{3,80}s\s+indstilling", re.IGNORECASE)
_ENDORSEMENT = re.compile(r".{3,80}\s+påtegning", re.IGNORECASE)
_SWEDISH_PROPOSAL = re.compile(r"(?:.{0,100}\s)?[FfLl]örs\w?ag\s*:\s*\S?")
# Nykarleby's attachment pages: "Bilaga Stadsstyrelsen, 26.09.2022 § 191".
_ATTACHMENT_PAGE = re.compile(r"bilaga\s+.{2,80}§\s*\d+", re.IGNORECASE)
# "BESLUTNINGSFORSLAG FRA DD", "INDSTILLING FRA BORGMESTERENS AFDELING": no lower case, no digits.
_UPPER_HEADING = re.compile(r"[A-ZÆØÅÄÖ][A-ZÆØÅÄÖ\-,.&/ ]{6,}\s[A-ZÆØÅÄÖ\-,.&/ ]+")
# Ballerup item 1's lettered sub-items ("c. Konference ...") end its per-sub-item Bilag lists.
_SUB_ITEM = re.compile(r"[a-zæøå]\.\s+\S.*")


class BlockKind(Enum):
    PREAMBLE = "preamble"  # lines before the first heading
    SECTION = "section"
    DECISION = "decision"
    HISTORY = "history"  # Aarhus' Sagsforløb
    TREATMENT = "treatment"  # Ballerup's "<Udvalg> den <date> Punkt N" line: an earlier treatment, no text


@dataclass
class Block:
    kind: BlockKind
    heading: str = ""
    section_kind: SectionKind = SectionKind.OTHER
    decision: DecisionHead | None = None
    page: int | None = None
    lines: list[Line] = field(default_factory=list)
    # Where a paragraph set off by a gap starts inside the meeting's own decision: (line index, page).
    spaced_paragraph: tuple[int, int] | None = None


def section_heading(text: str) -> SectionKind | None:
    """The section kind when ``text`` is a section heading, else None."""
    key = " ".join(text.casefold().rstrip(":").split())
    if key in _HEADINGS:
        return _HEADINGS[key]
    if len(text) > 120:
        return None
    if _SWEDISH_PROPOSAL.fullmatch(text) or _NAMED_INDSTILLING.fullmatch(text):
        return SectionKind.INDSTILLING
    if _ATTACHMENT_PAGE.fullmatch(text) or _ENDORSEMENT.fullmatch(text) or (_UPPER_HEADING.fullmatch(text) and sum(c.isalpha() for c in text) >= 8):
        return SectionKind.OTHER
    return None


def split_blocks(body: Sequence[Line]) -> list[Block]:
    """The body's blocks in order; lines before any heading form a PREAMBLE block."""
    blocks: list[Block] = []
    current: Block | None = None
    context: DecisionHead | None = None  # Nykarleby's "<Organ> <date>, N §" line before a decision
    absorbed = _context_lines_before_headings(body)
    for index, line in enumerate(body):
        context = context_of(line.text) or context
        if index in absorbed:
            continue  # it only says where the heading after it was decided
        text = strip_context(line.text)
        if current is None or current.kind is BlockKind.PREAMBLE:
            treatment = earlier_treatment(text)
            if treatment is not None:
                blocks.append(Block(BlockKind.TREATMENT, text, SectionKind.OTHER, treatment, line.page))
                continue
        head = decision_heading(text)
        kind = None if head else section_heading(text)
        if kind is not None and current is not None and not _ends_block(current, text, kind):
            kind = None
        if head is not None:
            if head.date is None and context is not None and same_body(head.body, context.body):
                head = DecisionHead(head.heading, head.body, context.date, context.item_number)
            current = Block(BlockKind.DECISION, text, SectionKind.BESLUTNING, head, line.page)
        elif is_history_heading(text):
            current = Block(BlockKind.HISTORY, text, SectionKind.OTHER, None, line.page)
        elif kind is not None:
            current = Block(BlockKind.SECTION, text.rstrip(": "), kind, None, line.page)
        elif current is not None and current.section_kind is SectionKind.BILAG and _SUB_ITEM.fullmatch(text):
            current = Block(BlockKind.SECTION, "", SectionKind.OTHER, None, line.page, [line._replace(text=text)])
        else:
            if current is None:
                current = Block(BlockKind.PREAMBLE, page=line.page)
                blocks.append(current)
            if line.spaced and current.lines and _is_own_decision(current):
                current.spaced_paragraph = (len(current.lines), line.page)
            current.lines.append(line)
            continue
        blocks.append(current)
    return _split_abstracts(blocks)


def _is_own_decision(block: Block) -> bool:
    return block.kind is BlockKind.DECISION and block.decision is not None and block.decision.body is None


def _split_abstracts(blocks: list[Block]) -> list[Block]:
    """FirstAgenda (Aarhus) prints an item's one-line abstract, without a heading, between the
    meeting's decision ("Beslutninger") and the Resume; only a paragraph gap sets it off.
    Such a last paragraph of the decision, right before a Resume, becomes a "Resumé" section."""
    out: list[Block] = []
    for position, block in enumerate(blocks):
        out.append(block)
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if block.spaced_paragraph is None or following is None or following.section_kind is not SectionKind.RESUME:
            continue
        start, page = block.spaced_paragraph
        tail = block.lines[start:]
        if not any(line.text.strip(" .") for line in tail):
            continue  # FirstAgenda's lone "." where an item has no abstract
        del block.lines[start:]
        out.append(Block(BlockKind.SECTION, "Resumé", SectionKind.RESUME, None, page, tail))
    return out


def _context_lines_before_headings(body: Sequence[Line]) -> set[int]:
    """Indexes of context-only lines ("Stadsstyrelsen 19.12.2022, 284 §") right before a heading.

    Such a line belongs to the heading (its body, date and number), as when the text layer
    joins it onto the heading's line. Context lines before it or before ordinary text are
    a list of earlier treatments ("Tidigare behandling") and stay text.
    """
    absorbed: set[int] = set()
    for index in range(1, len(body)):
        if not is_context_line(body[index - 1].text) or is_context_line(body[index].text):
            continue
        text = strip_context(body[index].text)
        if decision_heading(text) or section_heading(text) or is_history_heading(text):
            absorbed.add(index - 1)
    return absorbed


def _ends_block(current: Block, text: str, kind: SectionKind) -> bool:
    """Whether section heading ``text`` really starts a new block after ``current``.

    A Bilag list's first line is always an attachment (Aarhus lists "Indstilling" first),
    and inside an upper-case part ("BESLUTNINGSFORSLAG FRA DD") the proposal's own
    sub-headings ("Baggrund:") stay text.
    """
    if current.kind is BlockKind.SECTION and current.section_kind is SectionKind.BILAG and not current.lines:
        return False
    if kind is SectionKind.OTHER and _is_part_heading(current.heading) and not _is_part_heading(text):
        return False
    return True


def _is_part_heading(text: str) -> bool:
    return _UPPER_HEADING.fullmatch(text) is not None
