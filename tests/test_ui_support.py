"""Hand-made meetings for the GUI tests (no parser needed), and small helpers."""

from __future__ import annotations

import threading
from pathlib import Path

from minutesapp.model import AgendaItem, Decision, Meeting, MeetingKind, Section, SectionKind, SourceInfo


def make_meeting(kind: MeetingKind = MeetingKind.REFERAT, path: str = "hand-made.txt") -> Meeting:
    """A small Danish meeting with the shapes the window must handle."""
    items = (
        AgendaItem(
            number=1,
            title="Godkendelse af dagsorden",
            case_number="21/24526",
            page=1,
            sections=(
                Section(SectionKind.INDSTILLING, "Indstilling", "Direktøren indstiller, at\n- dagsordenen godkendes.", 1),
            ),
            decisions=(Decision("Økonomiudvalget", "2025-12-11", "Godkendt."),),
        ),
        AgendaItem(
            number=2,
            title="Anbefaling af kompetenceplan 2026-2029",
            case_number="25/25660",
            page=2,
            sections=(
                Section(SectionKind.RESUME, "Sagsresume", "Beslutning om anbefaling af ny kompetenceplan.", 2),
                Section(SectionKind.INDSTILLING, "Indstilling", "Kommunaldirektøren indstiller, at planen anbefales.", 2),
                Section(
                    SectionKind.SAGSFREMSTILLING,
                    "Sagsfremstilling",
                    "Forvaltningen har udarbejdet et udkast.\n\nOversigt:\nÅr\tBeløb\n2026\t1.000\n2027\t2.500\nSlut på tabellen.",
                    2,
                ),
                Section(SectionKind.BILAG, "Bilag", "Bilag 1: Udkast til kompetenceplan", 3),
            ),
            decisions=(
                Decision(
                    "Økonomiudvalget",
                    "2025-12-11",
                    "Indstillingen blev godkendt.",
                    against=("Peter Hansen (Ø)",),
                    absent=("Jens Friis Felber",),
                ),
            ),
        ),
        AgendaItem(number=3, title="Lukket: Samarbejdsaftale", closed=True, page=3),
        AgendaItem(
            number=4,
            title="<b>x</b> & <i>y</i>",
            case_number="EMN-2025-003383",
            page=3,
            sections=(Section(SectionKind.SAGSFREMSTILLING, "Sagsfremstilling", "Tekst med <script>alert(1)</script>.", 3),),
        ),
    )
    return Meeting(
        kind=kind,
        body="Beskæftigelse- og Borgerserviceudvalget",
        date="2025-12-11",
        start_time="15:30",
        location="Aarø Sund Badehotel",
        participants=("Jon Krongaard", "Inga Lykke", "Thomas Vedsted"),
        absent=("Jens Friis Felber",),
        items=items,
        source=SourceInfo(path=path, sha256="0" * 64, pages=3, format="pdf" if path.endswith(".pdf") else "text"),
    )


def fake_loader(meeting: Meeting):
    """A load function for MainWindow that returns ``meeting`` for any path."""

    def load(path: Path, cancel: threading.Event) -> Meeting:
        return meeting

    return load
