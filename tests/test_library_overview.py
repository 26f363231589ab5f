"""The decision overview: the meeting's own decision, not the earlier treatments it quotes."""

from __future__ import annotations

from minutesapp.library import decision_overview
from minutesapp.library.overview import own_decisions, same_body
from minutesapp.model import AgendaItem, Decision, Meeting, MeetingKind


def test_body_names_match_loosely() -> None:
    assert same_body("Beskæftigelse- og Borgerserviceudvalget (2022-2025)", "Beskæftigelse- og Borgerserviceudvalget")
    assert same_body("Sundheds- og Forebyggelsesudvalgets", "Sundheds- og Forebyggelsesudvalget")
    assert not same_body("Økonomiudvalget", "Børne- og Familieudvalget")
    assert not same_body(None, "Byrådet")


def test_own_decision_is_this_body_on_this_date() -> None:
    quoted = Decision("Økonomiudvalget", "2025-12-09", "Anbefales.")
    other_same_day = Decision("Senior- og Sundhedsudvalget", "2025-12-11", "Anbefales med bemærkninger.")
    own = Decision("Beskæftigelse- og Borgerserviceudvalget", "2025-12-11", "Anbefales.\nFinn Lykkeskov imod.")
    decisions = (quoted, other_same_day, own)
    assert own_decisions("Beskæftigelse- og Borgerserviceudvalget (2022-2025)", "2025-12-11", decisions) == (own,)


def test_an_undated_decision_counts_as_the_meetings_own() -> None:
    plain = Decision(None, None, "Godkendt.")
    assert own_decisions("Byrådet", "2025-01-01", (plain,)) == (plain,)
    assert own_decisions("Byrådet", "2025-01-01", (Decision("Økonomiudvalget", "2024-12-01", "Anbefales."),)) == ()


def test_overview_gives_outcome_first_line_and_dissent() -> None:
    meeting = Meeting(MeetingKind.REFERAT, "Byrådet", "2025-08-27", items=(
        AgendaItem(1, "Godkendelse af dagsorden", decisions=(Decision("Byrådet", "2025-08-27", "Godkendt."),)),
        AgendaItem(2, "Havnens Perle", "EMN-2025-003383", decisions=(
            Decision("Magistraten", "2025-08-18", "Indstillingen anbefales."),
            Decision("Byrådet", "2025-08-27", "\nVedtaget.\nLøsningen blev drøftet.", against=("Ø", "Å"), absent=("K",)),
        )),
        AgendaItem(3, "Orientering", closed=True),
    ))
    rows = decision_overview(meeting)
    assert [(r.item, r.outcome, r.against, r.absent, r.closed) for r in rows] == [
        (1, "Godkendt.", (), (), False),
        (2, "Vedtaget.", ("Ø", "Å"), ("K",), False),
        (3, None, (), (), True),
    ]
    assert rows[1].case_number == "EMN-2025-003383"
