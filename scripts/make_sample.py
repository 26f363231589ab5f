"""Generate the bundled sample minutes: resources/sample/sample-referat.pdf and .txt.

The app opens this sample when started without a file, so it must look like a real Danish
referat and parse like one. The content is a FICTIONAL municipality (Nørre Vilstrup Kommune,
made-up people and places) laid out exactly like the FirstAgenda referater the parser is
built on (Haderslev, Aarhus): header block, Indholdsfortegnelse, "Punkt N: Title", case
number, Sagsresume / Indstilling / Sagsfremstilling / Procedure, "Beslutning i <udvalg> den
dd-mm-yyyy" blocks, Bilag and a closed item.

The content is written once below as plain data; the .txt and the PDF are both rendered from
it, so they say the same thing. The PDF is laid out with Qt (QTextDocument from generated HTML,
painted page by page onto a QPdfWriter so every page gets a "Side N af M" footer) and its
creation date and document id are fixed, so running the script twice gives the same bytes.

Run: .venv/bin/python scripts/make_sample.py
"""

from __future__ import annotations

import contextlib
import ctypes
import html
import math
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt writes the embedded fonts in QHash order; an unseeded hash keeps that order the same on every run.
os.environ["QT_HASH_SEED"] = "0"

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUuid  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "sample"
PDF_PATH = OUT_DIR / "sample-referat.pdf"
TXT_PATH = OUT_DIR / "sample-referat.txt"

# Fixed metadata, so the committed PDF only changes when its content does.
CREATION_DATE = "20261110170000"
DOCUMENT_ID = QUuid("{5a1c0f3e-7d2b-4c55-9e8a-2f6d1b0c4e71}")

FONT_FAMILY = "DejaVu Sans"
ACCENT = "#1f4e79"
RESOLUTION = 72


# --- content model -------------------------------------------------------------------


@dataclass(frozen=True)
class Bullets:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """First row is the header row."""

    rows: tuple[tuple[str, ...], ...]


Block = str | Bullets | Table


@dataclass(frozen=True)
class Decision:
    body: str
    date: str  # dd-mm-yyyy as printed
    paragraphs: tuple[str, ...]
    absent: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    number: int
    title: str
    case_number: str
    sections: tuple[tuple[str, tuple[Block, ...]], ...] = ()
    decisions: tuple[Decision, ...] = ()
    attachments: tuple[str, ...] = ()
    closed_text: tuple[str, ...] = ()  # a closed item prints only its decision

    @property
    def closed(self) -> bool:
        return bool(self.closed_text)

    @property
    def heading(self) -> str:
        prefix = "Lukket: " if self.closed else ""
        return f"Punkt {self.number}: {prefix}{self.title}"

    @property
    def toc_title(self) -> str:
        return f"Lukket: {self.title}" if self.closed else self.title


@dataclass(frozen=True)
class Minutes:
    municipality: str
    body: str
    date: str  # dd-mm-yyyy
    date_long: str  # "Tirsdag d. 10. november 2026 kl. 16:00"
    location: str
    participants: tuple[str, ...]
    absent: tuple[str, ...]
    items: tuple[Item, ...] = ()

    @property
    def title(self) -> str:
        return f"REFERAT {self.body} d. {self.date}"

    @property
    def header_rows(self) -> tuple[tuple[str, str], ...]:
        return (
            ("Mødedato", self.date_long),
            ("Mødested", self.location),
            ("Mødedeltagere", ", ".join(self.participants)),
            ("Fraværende", ", ".join(self.absent)),
        )


# --- the sample's content (fictional) ------------------------------------------------

OU = "Økonomiudvalget"
TMU = "Teknik- og Miljøudvalget"
BSU = "Børne- og Skoleudvalget"
KFU = "Kultur- og Fritidsudvalget"
KB = "Kommunalbestyrelsen"
OU_DATE = "10-11-2026"
PROCEDURE_OU_ONLY: tuple[Block, ...] = ("Økonomiudvalget 10. november 2026.",)

SAMPLE = Minutes(
    municipality="Nørre Vilstrup Kommune",
    body=OU,
    date=OU_DATE,
    date_long="Tirsdag d. 10. november 2026 kl. 16:00",
    location="Udvalgsværelse 2, Nørre Vilstrup Rådhus",
    participants=(
        "Karen Lykke",
        "Søren Krog",
        "Anna Holm",
        "Peter Lund",
        "Mette Kjær",
        "Ole Bæk",
    ),
    absent=("Mikkel Strand",),
    items=(
        Item(
            41,
            "Godkendelse af dagsorden",
            "26/00118",
            sections=(
                ("Indstilling", ("Kommunaldirektøren indstiller, at", Bullets(("dagsordenen godkendes.",)))),
                ("Procedure", PROCEDURE_OU_ONLY),
            ),
            decisions=(Decision(OU, OU_DATE, ("Godkendt.",)),),
        ),
        Item(
            42,
            "Anlægsbevilling til cykelsti langs Lindholtvej",
            "26/04512",
            sections=(
                (
                    "Sagsresume",
                    (
                        "Kommunalbestyrelsen afsatte i budget 2027 et rådighedsbeløb til en ny dobbeltrettet "
                        "cykelsti langs Lindholtvej mellem Lindholt og Nørre Vilstrup. Projekteringen er nu så "
                        "langt, at der kan søges en anlægsbevilling, så arbejdet kan udbydes i foråret 2027.",
                        "Beslutningskompetencen er i Kommunalbestyrelsen.",
                    ),
                ),
                (
                    "Indstilling",
                    (
                        "Direktøren for Teknik og Miljø indstiller, at",
                        Bullets(
                            (
                                "der gives en anlægsbevilling på 14,2 mio. kr. til cykelstien langs Lindholtvej, "
                                "finansieret af rådighedsbeløbet i budget 2027,",
                                "forvaltningen bemyndiges til at indgå aftaler om arealerhvervelse med de "
                                "berørte lodsejere,",
                                "de årlige driftsudgifter på 85.000 kr. indarbejdes i budget 2028 og frem.",
                            )
                        ),
                    ),
                ),
                (
                    "Sagsfremstilling",
                    (
                        "Lindholtvej er den direkte forbindelse mellem Lindholt og Nørre Vilstrup og bruges "
                        "hver dag af omkring 140 elever, der cykler til overbygningen på Vilstrup Centralskole. "
                        "Vejen har i dag smalle kantbaner, og trafiktællingen fra september 2026 viser cirka "
                        "4.300 køretøjer i døgnet, heraf 9 % lastbiler. Skolebestyrelsen og Lindholt Lokalråd "
                        "har flere gange peget på strækningen som den mest utrygge skolevej i kommunen.",
                        "Den nye cykelsti bliver 3,4 km lang og 3,0 m bred og adskilles fra kørebanen med en "
                        "græsrabat. Ved Skovmøllevej og ved indkørslen til Lindholt Erhvervspark etableres "
                        "hævede krydsninger, og hele strækningen får LED-belysning, der dæmpes om natten.",
                        "Anlægsoverslaget fremgår af tabellen:",
                        Table(
                            (
                                ("Post", "Beløb (mio. kr.)"),
                                ("Projektering og tilsyn", "1,3"),
                                ("Arealerhvervelse", "0,9"),
                                ("Cykelsti og krydsninger", "10,4"),
                                ("Belysning", "0,8"),
                                ("Uforudsete udgifter", "0,8"),
                                ("I alt", "14,2"),
                            )
                        ),
                        "Forvaltningen har søgt Vejdirektoratets cykelpulje om et tilskud på 4,0 mio. kr. "
                        "Svaret ventes i februar 2027. Gives tilskuddet, nedskrives kommunens andel "
                        "tilsvarende, og det frigjorte rådighedsbeløb tilbageføres til anlægsbudgettet.",
                        "Der er afholdt borgermøde i Lindholt Forsamlingshus den 14. oktober 2026 med cirka "
                        "60 deltagere. Linjeføringen er justeret ved Hvidkærgård efter ønske fra lodsejeren, "
                        "så en læhegnsbeplantning kan bevares.",
                        "Udbud forventes i marts 2027, anlægsarbejdet fra maj 2027 og ibrugtagning i "
                        "oktober 2027.",
                    ),
                ),
                (
                    "Procedure",
                    (
                        Bullets(
                            (
                                "Teknik- og Miljøudvalget 2. november 2026",
                                "Økonomiudvalget 10. november 2026",
                                "Kommunalbestyrelsen 24. november 2026",
                            )
                        ),
                    ),
                ),
            ),
            decisions=(
                Decision(TMU, "02-11-2026", ("Anbefales.",), absent=("Lise Dahl",)),
                Decision(OU, OU_DATE, ("Anbefales over for Kommunalbestyrelsen.",)),
            ),
            attachments=(
                "Oversigtskort cykelsti Lindholtvej.pdf",
                "Trafiktælling Lindholtvej september 2026",
                "Anlægsoverslag, revision 2",
            ),
        ),
        Item(
            43,
            "Ny tildelingsmodel for folkeskolerne fra 2027",
            "26/07733",
            sections=(
                (
                    "Sagsresume",
                    (
                        "Børne- og Skoleudvalget har bedt forvaltningen om en enklere og mere gennemsigtig "
                        "model for, hvordan skolernes budgetramme fordeles. Forslaget samler de nuværende "
                        "syv puljer i et grundbeløb pr. skole, et beløb pr. elev og en socioøkonomisk pulje.",
                        "Modellen ændrer ikke den samlede ramme på 130,1 mio. kr.",
                    ),
                ),
                (
                    "Indstilling",
                    (
                        "Direktøren for Børn og Skole indstiller, at",
                        Bullets(
                            (
                                "den nye tildelingsmodel godkendes med virkning fra 1. januar 2027,",
                                "den socioøkonomiske pulje fastsættes til 4 % af den samlede ramme,",
                                "modellen evalueres efter skoleåret 2027/28.",
                            )
                        ),
                    ),
                ),
                (
                    "Sagsfremstilling",
                    (
                        "I dag tildeles skolerne midler fra syv forskellige puljer med hver sine kriterier. "
                        "Skolelederne har peget på, at modellen er svær at forklare for skolebestyrelserne, "
                        "og at små ændringer i elevtallet kan give store udsving fra år til år.",
                        "Den nye model består af tre dele: et grundbeløb på 2,5 mio. kr. pr. skole, som dækker "
                        "ledelse og faste udgifter, et beløb pr. elev efter elevtallet den 5. september, og "
                        "en socioøkonomisk pulje, der fordeles efter forældrenes uddannelse og "
                        "beskæftigelse. Specialklasserne holdes uden for modellen.",
                        "Med elevtalsprognosen for 2027 giver modellen følgende rammer:",
                        Table(
                            (
                                ("Skole", "Elever 2026", "Elever 2027", "Ramme 2027 (mio. kr.)"),
                                ("Lindholt Skole", "212", "198", "18,6"),
                                ("Møllebakkeskolen", "455", "461", "36,9"),
                                ("Sønderåsskolen", "318", "302", "26,4"),
                                ("Vilstrup Centralskole", "604", "611", "48,2"),
                            )
                        ),
                        "Lindholt Skole får en mindre ramme end i 2026, fordi elevtallet falder. For at give "
                        "skolen tid til at tilpasse sig foreslås en overgangsordning, hvor faldet højst må "
                        "udgøre 3 % det første år.",
                        "Forslaget har været i høring i skolebestyrelserne og MED-udvalgene fra 22. september "
                        "til 20. oktober 2026. Der er kommet fem høringssvar. Skolebestyrelsen på Lindholt "
                        "Skole ønsker en større socioøkonomisk pulje, mens de øvrige høringssvar støtter "
                        "forslaget. Høringssvarene er vedlagt.",
                    ),
                ),
                (
                    "Procedure",
                    (
                        Bullets(
                            (
                                "Børne- og Skoleudvalget 3. november 2026",
                                "Økonomiudvalget 10. november 2026",
                                "Kommunalbestyrelsen 24. november 2026",
                            )
                        ),
                    ),
                ),
            ),
            decisions=(
                Decision(BSU, "03-11-2026", ("Anbefales.",)),
                Decision(
                    OU,
                    OU_DATE,
                    ("Anbefales over for Kommunalbestyrelsen. Anna Holm og Peter Lund stemmer imod.",),
                ),
            ),
            attachments=(
                "Tildelingsmodel for folkeskolerne 2027",
                "Elevtalsprognose 2026-2032",
                "Høringssvar fra skolebestyrelser og MED-udvalg",
            ),
        ),
        Item(
            44,
            "Ændrede åbningstider på bibliotekerne",
            "26/08190",
            sections=(
                (
                    "Sagsresume",
                    (
                        "Som en del af budgetaftalen for 2027 skal bibliotekerne spare 0,6 mio. kr. Forvaltningen "
                        "foreslår, at besparelsen findes ved at omlægge betjente timer til selvbetjening, så "
                        "bibliotekerne fortsat er åbne lige så mange timer som i dag.",
                    ),
                ),
                (
                    "Indstilling",
                    (
                        "Direktøren for Kultur og Fritid indstiller, at",
                        Bullets(
                            (
                                "de nye åbningstider godkendes med virkning fra 1. februar 2027,",
                                "Sønderås Filial får selvbetjening på lørdage fra samme dato.",
                            )
                        ),
                    ),
                ),
                (
                    "Sagsfremstilling",
                    (
                        "Nørre Vilstrup Bibliotek og de to filialer har i dag tilsammen 60 betjente timer om "
                        "ugen. Udlånstallene viser, at 71 % af besøgene allerede sker i de selvbetjente timer, "
                        "og at der er færrest besøgende tirsdag og torsdag formiddag.",
                        "Forslaget reducerer de betjente timer til 46 om ugen, mens de selvbetjente åbningstider "
                        "udvides. Ingen medarbejdere afskediges; besparelsen hentes ved naturlig afgang.",
                        Table(
                            (
                                ("Bibliotek", "Betjent i dag", "Betjent fra 1. februar 2027", "Selvbetjent"),
                                ("Nørre Vilstrup Bibliotek", "38 timer", "32 timer", "kl. 7-22 alle dage"),
                                ("Lindholt Filial", "12 timer", "8 timer", "kl. 7-22 alle dage"),
                                ("Sønderås Filial", "10 timer", "6 timer", "kl. 7-21 alle dage"),
                            )
                        ),
                        "Biblioteksrådet og Ældrerådet er hørt. Ældrerådet lægger vægt på, at der fortsat er "
                        "betjening hver dag på hovedbiblioteket, og at hjælp til digital selvbetjening kan "
                        "bookes. Det er indarbejdet i forslaget.",
                    ),
                ),
                (
                    "Procedure",
                    (
                        Bullets(
                            (
                                "Kultur- og Fritidsudvalget 4. november 2026",
                                "Økonomiudvalget 10. november 2026",
                            )
                        ),
                    ),
                ),
            ),
            decisions=(
                Decision(KFU, "04-11-2026", ("Godkendt med den bemærkning, at ordningen evalueres i 2028.",)),
                Decision(OU, OU_DATE, ("Taget til efterretning.",)),
            ),
            attachments=("Åbningstider 2027 - oversigt", "Høringssvar fra Ældrerådet"),
        ),
        Item(
            45,
            "Klimaplan 2026-2030 - høringsudkast",
            "25/19876",
            sections=(
                (
                    "Sagsresume",
                    (
                        "Forvaltningen har udarbejdet et udkast til Nørre Vilstrup Kommunes klimaplan for "
                        "2026-2030. Planen skal bringe kommunen på vej mod en reduktion af udledningen af "
                        "drivhusgasser på 70 % i 2030 i forhold til 1990 og sendes nu i offentlig høring "
                        "i otte uger.",
                    ),
                ),
                (
                    "Indstilling",
                    (
                        "Direktøren for Teknik og Miljø indstiller, at",
                        Bullets(
                            (
                                "udkastet til Klimaplan 2026-2030 sendes i offentlig høring fra 1. december 2026 "
                                "til 26. januar 2027,",
                                "der holdes et borgermøde om planen i januar 2027.",
                            )
                        ),
                    ),
                ),
                (
                    "Sagsfremstilling",
                    (
                        "Klimaplanen bygger videre på DK2020-planen fra 2021 og indeholder 34 konkrete "
                        "indsatser inden for transport, energi, landbrug og affald. Landbruget står for den "
                        "største udledning i kommunen, og planen lægger derfor vægt på udtagning af "
                        "lavbundsjorder langs Vilstrup Å og på rådgivning af landmænd i samarbejde med "
                        "Sydvestjysk Landboforening.",
                        "Udledningen i 2020 og målene for 2030 fordeler sig således:",
                        Table(
                            (
                                ("Sektor", "Udledning 2020 (ton CO2e)", "Mål 2030 (ton CO2e)", "Reduktion"),
                                ("Transport", "61.200", "38.500", "37 %"),
                                ("Energi (el og varme)", "44.800", "12.100", "73 %"),
                                ("Landbrug", "97.500", "68.300", "30 %"),
                                ("Affald og spildevand", "6.400", "4.900", "23 %"),
                            )
                        ),
                        "De største enkeltindsatser er konvertering af de sidste 1.200 oliefyr til "
                        "fjernvarme eller varmepumper, ladestandere ved alle kommunale arbejdspladser og "
                        "udtagning af 450 hektar lavbundsjord. Planens indsatser i 2027 kan holdes inden for "
                        "det eksisterende budget; indsatserne fra 2028 indgår i de kommende budgetforhandlinger.",
                        "Efter høringen forelægges planen med høringssvar til endelig vedtagelse i "
                        "Kommunalbestyrelsen i april 2027.",
                    ),
                ),
                (
                    "Procedure",
                    (
                        Bullets(
                            (
                                "Teknik- og Miljøudvalget 2. november 2026",
                                "Økonomiudvalget 10. november 2026",
                                "Kommunalbestyrelsen 24. november 2026",
                            )
                        ),
                    ),
                ),
            ),
            decisions=(
                Decision(
                    TMU,
                    "02-11-2026",
                    (
                        "Anbefales med den bemærkning, at borgermødet holdes i Lindholt.",
                    ),
                    absent=("Lise Dahl",),
                ),
                Decision(OU, OU_DATE, ("Anbefales over for Kommunalbestyrelsen.",)),
            ),
            attachments=("Klimaplan 2026-2030, høringsudkast", "Klimaregnskab 2025"),
        ),
        Item(
            46,
            "Salg af erhvervsgrund i Lindholt",
            "26/09012",
            closed_text=("Godkendt.",),
        ),
        Item(
            47,
            "Eventuelt",
            "26/00118",
            sections=(("Procedure", PROCEDURE_OU_ONLY),),
            decisions=(Decision(OU, OU_DATE, ("Intet.",)),),
        ),
    ),
)


# --- plain text (the layout of the Haderslev text dump) -------------------------------


def _text_block(block: Block) -> str:
    if isinstance(block, Bullets):
        return "\n".join(f"- {line}" for line in block.lines)
    if isinstance(block, Table):
        return "\n".join("\t".join(row) for row in block.rows)
    return block


def render_text(minutes: Minutes, toc_pages: dict[int, int]) -> str:
    """The referat as plain text, blocks separated by blank lines."""
    out: list[str] = [minutes.title]
    out += [f"{label} {value}" for label, value in minutes.header_rows]
    out.append("Indholdsfortegnelse")
    out.append("\n".join(f"{i.toc_title}.....\t{toc_pages[i.number]}" for i in minutes.items))
    for item in minutes.items:
        out += [item.heading, item.case_number]
        if item.closed:
            out += list(item.closed_text)
            continue
        for heading, blocks in item.sections:
            out.append(heading)
            out += [_text_block(b) for b in blocks]
        for decision in item.decisions:
            out.append(f"Beslutning i {decision.body} den {decision.date}")
            out += list(decision.paragraphs)
            if decision.absent:
                out += ["Fraværende:", ", ".join(decision.absent)]
        if item.attachments:
            out.append("Bilag")
            out += list(item.attachments)
    return "\n\n".join(out) + "\n"


# --- HTML for QTextDocument -----------------------------------------------------------

SECTION_HEADINGS = frozenset({"Sagsresume", "Indstilling", "Sagsfremstilling", "Procedure", "Bilag"})
LEAD_END = "indstiller, at"

# Headings are <p class="..."> rather than <h1>-<h3>: Qt scales heading sizes on top of the CSS
# size. Lengths in px are layout units; the writer runs at 72 dpi, so 1px is 1pt.
STYLE = f"""
p {{ margin-top: 0px; margin-bottom: 6px; }}
p.title {{ font-size: 16pt; font-weight: bold; color: {ACCENT}; margin-bottom: 10px }}
p.item {{ font-size: 13pt; font-weight: bold; color: {ACCENT}; margin-top: 2px; margin-bottom: 1px }}
p.section {{ font-size: 10.5pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px }}
p.case {{ color: #555555; margin-bottom: 2px; }}
p.bullet {{ margin-left: 14px; text-indent: -10px; margin-bottom: 2px; }}
p.decision-head {{ font-weight: bold; color: {ACCENT}; margin-bottom: 3px; }}
p.toc-head {{ font-size: 13pt; font-weight: bold; color: {ACCENT}; margin-top: 16px; margin-bottom: 4px; }}
p.toc {{ margin-bottom: 0px; }}
p.label {{ font-weight: bold; margin-bottom: 0px; }}
p.value {{ margin-bottom: 0px; }}
th {{ background-color: #dde6ef; font-weight: bold; text-align: left; }}
"""


def _esc(text: str) -> str:
    """Escaped for HTML, with "70 %" kept on one line as Danish typesetting does."""
    return html.escape(text, quote=False).replace(" %", "\u00a0%")


def _html_block(block: Block) -> str:
    if isinstance(block, Bullets):
        # A text bullet, not a <ul>: Qt draws list discs as shapes, which leave no trace in the text layer.
        return "".join(f'<p class="bullet">\u2022\u00a0\u00a0{_esc(line)}</p>' for line in block.lines)
    if isinstance(block, Table):
        head, *body = block.rows
        cells = "".join(f"<th>{_esc(c)}</th>" for c in head)
        rows = [f"<tr>{cells}</tr>"]
        for row in body:
            rows.append("<tr>" + "".join(_cell_html(c) for c in row) + "</tr>")
        width = "60%" if len(head) <= 2 else "100%"
        return (
            f'<table border="1" cellspacing="0" cellpadding="4" width="{width}" '
            'style="border-collapse: collapse; border-color: #8a9bb0; margin-top: 2px; margin-bottom: 8px;">'
            + "".join(rows)
            + "</table>"
        )
    return f"<p>{_esc(block)}</p>"


def _cell_html(text: str) -> str:
    numeric = re.fullmatch(r"[\d.,]+( %)?", text) is not None
    return f'<td align="right">{_esc(text)}</td>' if numeric else f"<td>{_esc(text)}</td>"


def _decision_html(decision: Decision) -> str:
    parts = [f'<p class="decision-head">{_esc(f"Beslutning i {decision.body} den {decision.date}")}</p>']
    parts += [f"<p>{_esc(p)}</p>" for p in decision.paragraphs]
    if decision.absent:
        parts.append("<p><b>Fraværende:</b></p>")
        parts.append(f"<p>{_esc(', '.join(decision.absent))}</p>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="6" '
        'style="background-color: #eef3f8; margin-top: 6px; margin-bottom: 4px;"><tr><td>'
        + "".join(parts)
        + "</td></tr></table>"
    )


def _item_html(item: Item) -> str:
    parts = ["<hr/>", f'<p class="item">{_esc(item.heading)}</p>', f'<p class="case">{_esc(item.case_number)}</p>']
    if item.closed:
        parts += [f"<p>{_esc(p)}</p>" for p in item.closed_text]
        return "".join(parts)
    for heading, blocks in item.sections:
        parts.append(f'<p class="section">{_esc(heading)}</p>')
        parts += [_html_block(b) for b in blocks]
    parts += [_decision_html(d) for d in item.decisions]
    if item.attachments:
        parts.append('<p class="section">Bilag</p>')
        parts += [f"<p>{_esc(a)}</p>" for a in item.attachments]
    return "".join(parts)


def render_html(minutes: Minutes, toc_lines: list[tuple[str, str]]) -> str:
    """toc_lines: (title with dot leaders, page number) per item."""
    header = "".join(
        f'<tr><td width="22%"><p class="label">{_esc(label)}</p></td><td><p class="value">{_esc(value)}</p></td></tr>'
        for label, value in minutes.header_rows
    )
    toc = "".join(
        f'<tr><td><p class="toc">{_esc(title)}</p></td><td align="right"><p class="toc">{_esc(page)}</p></td></tr>'
        for title, page in toc_lines
    )
    return (
        f'<html><body><p class="title">{_esc(minutes.title)}</p>'
        f'<table width="100%" cellspacing="0" cellpadding="2">{header}</table>'
        '<p class="toc-head">Indholdsfortegnelse</p>'
        f'<table width="100%" cellspacing="0" cellpadding="1">{toc}</table>'
        + "".join(_item_html(i) for i in minutes.items)
        + "</body></html>"
    )


# --- PDF layout -----------------------------------------------------------------------

HEADER_MM = 16.0  # band above the text: letterhead on page 1, a rule on the others
FOOTER_MM = 12.0  # band below the text: "Side N af M"


def _mm(writer: QPdfWriter, mm: float) -> float:
    return mm * writer.resolution() / 25.4


def _new_writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(22, 14, 20, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(SAMPLE.title)
    writer.setCreator("minutesapp scripts/make_sample.py")
    writer.setDocumentId(DOCUMENT_ID)
    return writer


def _toc_lines(minutes: Minutes, pages: dict[int, int], writer: QPdfWriter, width: float) -> list[tuple[str, str]]:
    """Titles padded with dots to the same width, like the dot leaders of a printed contents list."""
    metrics = QFontMetricsF(QFont(FONT_FAMILY, 10), writer)
    target = width * 0.86
    lines = []
    for item in minutes.items:
        text = item.toc_title + "....."
        while metrics.horizontalAdvance(text + ".") <= target:
            text += "."
        lines.append((text, str(pages.get(item.number, 0))))
    return lines


def _layout(minutes: Minutes, writer: QPdfWriter, pages: dict[int, int], breaks: frozenset[int]) -> QTextDocument:
    """Lay out the referat; ``breaks`` are numbers of blocks that start a new page."""
    paint_rect = writer.pageLayout().paintRectPixels(writer.resolution())
    # Whole units: the layout keeps positions in 1/64 steps, and a page height it cannot represent
    # exactly lets the first line of a page start a hair above the break, so both pages paint it.
    body = QSizeF(math.floor(paint_rect.width()), math.floor(paint_rect.height() - _mm(writer, HEADER_MM + FOOTER_MM)))
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(render_html(minutes, _toc_lines(minutes, pages, writer, body.width())))
    # Page breaks go in before the first layout: changing the formats of a laid-out paged
    # document leaves Qt 6.12 with a stale layout that paints blocks in the wrong places.
    for number in sorted(breaks):
        cursor = QTextCursor(doc.findBlockByNumber(number))
        table = cursor.currentTable()
        if table is not None:  # a block in a decision box: the whole box moves
            table_format = table.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(table_format)
        else:
            block_format = cursor.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(block_format)
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(QFont(FONT_FAMILY, 10))
    doc.setDocumentMargin(0)
    doc.setPageSize(body)
    return doc


def _page_of(doc: QTextDocument, block: QTextBlock, line: int = 0) -> int:
    """0-based page of one of the block's lines."""
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    if layout.lineCount():
        text_line = layout.lineAt(min(line, layout.lineCount() - 1))
        top += text_line.y() + text_line.height() / 2
    return int(top // doc.pageSize().height())


def _find_break(doc: QTextDocument, minutes: Minutes) -> int | None:
    """The first block that should start a new page, or None when the layout is fine.

    Two cases: a paragraph split over a page break (QTextLayout.draw() also paints the last line
    above its clip rect, so that line would be painted and extracted twice), and a heading, case
    number or "indstiller, at" lead left alone at the foot of a page (the whole run of such lines
    moves, an item heading with the rule just above it).
    """
    item_headings = {item.heading for item in minutes.items}
    keep = SECTION_HEADINGS | item_headings | {item.case_number for item in minutes.items}

    def keeps(block: QTextBlock) -> bool:
        text = block.text()
        return text in keep or text.endswith(LEAD_END) or (text.startswith("Beslutning i ") and " den " in text)

    run: list[QTextBlock] = []
    block = doc.begin()
    while block.isValid():
        page = _page_of(doc, block)
        if block.layout().lineCount() > 1 and _page_of(doc, block, block.layout().lineCount() - 1) != page:
            return block.blockNumber()
        if keeps(block):
            if run and _page_of(doc, run[-1]) != page:
                run = []
            run.append(block)
            following = block.next()
            if following.isValid() and _page_of(doc, following) != page:
                first = run[0]
                return first.blockNumber() - 1 if first.text() in item_headings else first.blockNumber()
        else:
            run = []
        block = block.next()
    return None


def _item_pages(doc: QTextDocument, minutes: Minutes) -> dict[int, int]:
    """Which page each item's heading landed on (1-based)."""
    headings = {item.heading: item.number for item in minutes.items}
    pages: dict[int, int] = {}
    block = doc.begin()
    while block.isValid():
        number = headings.get(block.text())
        if number is not None:
            pages[number] = _page_of(doc, block) + 1
        block = block.next()
    return pages


def _draw_emblem(painter: QPainter, x: float, y: float, size: float) -> None:
    """A plain shield with a wave: a made-up coat of arms for a made-up municipality."""
    shield = QPainterPath()
    shield.moveTo(x, y)
    shield.lineTo(x + size, y)
    shield.lineTo(x + size, y + size * 0.6)
    shield.quadTo(x + size, y + size * 1.05, x + size / 2, y + size * 1.2)
    shield.quadTo(x, y + size * 1.05, x, y + size * 0.6)
    shield.closeSubpath()
    painter.fillPath(shield, QColor(ACCENT))
    wave = QPainterPath()
    wave.moveTo(x + size * 0.15, y + size * 0.62)
    wave.cubicTo(x + size * 0.35, y + size * 0.45, x + size * 0.55, y + size * 0.8, x + size * 0.85, y + size * 0.58)
    painter.setPen(QPen(QColor("#ffffff"), size * 0.09, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(wave)
    painter.setBrush(QColor("#f2c14e"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(x + size / 2, y + size * 0.28), size * 0.13, size * 0.13)


def _draw_header(painter: QPainter, writer: QPdfWriter, width: float, page: int, municipality: str) -> None:
    rule_y = _mm(writer, HEADER_MM - 4)
    if page == 1:
        size = _mm(writer, 8)
        _draw_emblem(painter, 0, rule_y - size * 1.2 - _mm(writer, 1.5), size)
        font = QFont(FONT_FAMILY, 15)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(ACCENT))
        painter.drawText(QPointF(size + _mm(writer, 3), rule_y - _mm(writer, 3)), municipality)
    painter.setPen(QPen(QColor(ACCENT), _mm(writer, 0.5 if page == 1 else 0.25)))
    painter.drawLine(QPointF(0, rule_y), QPointF(width, rule_y))


def _draw_footer(painter: QPainter, writer: QPdfWriter, width: float, top: float, page: int, count: int) -> None:
    painter.setPen(QPen(QColor("#8a9bb0"), _mm(writer, 0.2)))
    line_y = top + _mm(writer, 3)
    painter.drawLine(QPointF(0, line_y), QPointF(width, line_y))
    painter.setFont(QFont(FONT_FAMILY, 8))
    painter.setPen(QColor("#555555"))
    box = QRectF(0, line_y + _mm(writer, 1), width, _mm(writer, 6))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), f"Side {page} af {count}")


def write_pdf(minutes: Minutes, path: Path) -> dict[int, int]:
    """Lay out, paint and write the PDF; returns each item's page for the contents list."""
    writer = _new_writer(path)
    pages: dict[int, int] = {}
    breaks: frozenset[int] = frozenset()
    # Lay out until no paragraph is split, no heading orphaned and the contents' page numbers stable.
    for _ in range(40):
        doc = _layout(minutes, writer, pages, breaks)
        needed = _find_break(doc, minutes)
        if needed is not None:
            if needed in breaks:
                raise RuntimeError(f"block {needed} does not fit on a page")
            # Breaks further down were placed for the old layout; find them again.
            breaks = frozenset(b for b in breaks if b < needed) | {needed}
            continue
        found = _item_pages(doc, minutes)
        if found == pages:
            break
        pages = found
    else:
        raise RuntimeError("the layout did not settle")

    width = doc.pageSize().width()
    body_h = doc.pageSize().height()
    header_h = _mm(writer, HEADER_MM)
    count = doc.pageCount()
    painter = QPainter(writer)
    for index in range(count):
        if index:
            writer.newPage()
        page = index + 1
        _draw_header(painter, writer, width, page, minutes.municipality)
        painter.save()
        painter.translate(0, header_h - index * body_h)
        view = QRectF(0, index * body_h, width, body_h)
        painter.setClipRect(view)
        # The layout skips lines outside this rect only when they do not even touch it, so shrink it
        # a little: a line ending (or starting) exactly on the break stays on its own page.
        doc.drawContents(painter, view.adjusted(0, 0.5, 0, -0.5))
        painter.restore()
        _draw_footer(painter, writer, width, header_h + body_h, page, count)
    painter.end()
    _fix_creation_date(path)
    return pages


def _fix_creation_date(path: Path) -> None:
    """Qt stamps the current time into the PDF; replace it in place (same length, offsets stay valid)."""
    data = path.read_bytes()

    def pdf_date(match: re.Match[bytes]) -> bytes:
        return match.group(1) + CREATION_DATE.encode()

    data = re.sub(rb"(/(?:CreationDate|ModDate) \(D:)(\d{14})", pdf_date, data)

    def xmp_date(match: re.Match[bytes]) -> bytes:
        d = CREATION_DATE
        fixed = f"{d[0:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}".encode()
        return match.group(1) + fixed

    data = re.sub(rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)', xmp_date, data)
    path.write_bytes(data)


@contextlib.contextmanager
def _none_refcount_guard() -> Iterator[None]:
    """Work around PySide6 6.12.0 dropping a reference to None on every void C++ method call.

    On Python < 3.12 (None is not immortal) a few thousand such calls abort the interpreter
    ("none_dealloc"); laying out the sample makes tens of thousands. Hold spare references while
    Qt works, then give None back the references Qt took.
    """
    if sys.version_info >= (3, 12):
        yield
        return
    spare = [None] * 1_000_000
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        for _ in range(before - sys.getrefcount(None)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
        del spare


def main() -> int:
    with _none_refcount_guard():
        app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 - fonts need an application
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        pages = write_pdf(SAMPLE, PDF_PATH)
    TXT_PATH.write_text(render_text(SAMPLE, pages), encoding="utf-8")
    print(f"wrote {PDF_PATH.relative_to(ROOT)} and {TXT_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
