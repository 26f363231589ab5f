"""Hand-made meetings for the annotation tests (a first and a revised version), and identity tests.

The revised version fixes a typo, adds a paragraph, rewrites a recommendation, drops an item
and reorders/renumbers the rest: everything a re-published set of minutes does.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutesapp.annotations import AnnotationStore
from minutesapp.model import AgendaItem, Meeting, MeetingKind, Section, SectionKind, SourceInfo

BUDGET_RESUME = (
    "Budgetforslaget for 2026 fremlægges til første behandling. Forvaltningen har udarbejdet et "
    "bugdetforslag med balance mellem indtægter og udgifter."
)
BUDGET_INDSTILLING = "Direktionen indstiller, at budgetforslaget oversendes til anden behandling. Udvalget anbefaler forslaget."
BUDGET_SAGS = (
    "Der er indarbejdet besparelser på administrationen. Udvalget anbefaler forslaget, idet der tages "
    "forbehold for den økonomiske situation."
)


def _item(number: int, title: str, case: str | None, *texts: tuple[SectionKind, str]) -> AgendaItem:
    return AgendaItem(number, title, case, sections=tuple(Section(kind, kind.value.title(), t) for kind, t in texts))


def meeting_v1(path: str = "/minutes/okonomi-2025-03-04.pdf") -> Meeting:
    items = (
        _item(1, "Godkendelse af dagsorden", None, (SectionKind.BESLUTNING, "Godkendt.")),
        _item(
            2,
            "Budget 2026 - første behandling",
            "25/1001",
            (SectionKind.RESUME, BUDGET_RESUME),
            (SectionKind.INDSTILLING, BUDGET_INDSTILLING),
            (SectionKind.SAGSFREMSTILLING, BUDGET_SAGS),
        ),
        _item(
            3,
            "Lokalplan 1234 for boliger ved Søvej",
            "25/2002",
            (SectionKind.SAGSFREMSTILLING, "Lokalplanen muliggør 40 rækkehuse ved Søvej. Naboer har gjort indsigelse."),
        ),
        _item(4, "Skolestruktur på landet", "25/3003", (SectionKind.SAGSFREMSTILLING, "Forvaltningen foreslår at samle de tre små skoler i én ny skole i Vestby.")),
        _item(5, "Eventuelt", None, (SectionKind.BESLUTNING, "Intet.")),
    )
    source = SourceInfo(path, "a" * 64, 7, "pdf")
    return Meeting(MeetingKind.REFERAT, "Økonomiudvalget", "2025-03-04", items=items, source=source)


def meeting_v2(path: str = "/downloads/okonomi-2025-03-04-rettet.pdf") -> Meeting:
    """The re-published version: typo fixed, paragraph added, recommendation rewritten, item 3 gone, reordered."""
    v1 = meeting_v1()
    budget = replace(
        v1.items[1],
        number=3,
        sections=(
            Section(SectionKind.RESUME, "Resume", "Tillæg: KL har udsendt nye skøn, som er indarbejdet.\n\n"
                    + BUDGET_RESUME.replace("bugdetforslag", "budgetforslag")),  # fmt: skip
            Section(SectionKind.INDSTILLING, "Indstilling", "Borgmesteren foreslår en helt anden procedure for sagen."),
            Section(SectionKind.SAGSFREMSTILLING, "Sagsfremstilling", BUDGET_SAGS),
        ),
    )
    items = (v1.items[0], replace(v1.items[3], number=2), budget, replace(v1.items[4], number=4))
    source = SourceInfo(path, "b" * 64, 6, "pdf")
    return Meeting(MeetingKind.REFERAT, "Økonomiudvalget", "2025-03-04", items=items, source=source)


def test_the_same_meeting_from_two_paths_has_one_identity() -> None:
    assert meeting_v1("/a/x.pdf").identity == meeting_v1("/b/copy of x.pdf").identity
    assert meeting_v1().identity == meeting_v2().identity  # the corrected re-publication too
    other = replace(meeting_v1(), date="2025-04-01")
    assert other.identity != meeting_v1().identity


def test_notes_follow_the_meeting_not_the_file(tmp_path: Path) -> None:
    with AnnotationStore.open() as store:
        store.set_note(meeting_v1("/home/me/Downloads/referat.pdf"), 4, "Spørg til skolevejen")
    with AnnotationStore.open() as store:
        moved = meeting_v1("/media/usb/Økonomi/referat (1).pdf")
        assert [n.text for n in store.notes_on(moved, 4)] == ["Spørg til skolevejen"]
        # in the revised version the same item is number 2 and still has the note
        assert [n.text for n in store.notes_on(meeting_v2(), 2)] == ["Spørg til skolevejen"]
        info = store.meeting_info(moved.identity)
        assert info is not None and (info.body, info.date, info.title) == (
            "Økonomiudvalget", "2025-03-04", "Økonomiudvalget 2025-03-04"
        )  # fmt: skip
        assert [m.identity for m in store.meetings()] == [moved.identity]
