"""The case tables share one base (FrozenRecordTableModel) but keep their own translations and cells."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_annotation_support import languages  # noqa: F401

from minutesapp.library import CaseTreatment, DecisionSummary
from minutesapp.ui.case_models import CaseHistoryModel, DecisionOverviewModel, OpenTargetRole, SummaryRole

H = Qt.Orientation.Horizontal


def _headers(model) -> list[str]:
    return [model.headerData(c, H) for c in range(model.columnCount())]


def test_headers_follow_the_language_in_each_models_own_context(qapp, languages) -> None:  # noqa: F811
    history, overview = CaseHistoryModel(), DecisionOverviewModel()
    assert _headers(history) == ["Date", "Body", "Item", "Title", "Decision", "Found in"]
    assert _headers(overview) == ["Item", "Title", "Outcome", "Against", "Absent", "Closed"]
    assert languages.set_language("da")
    assert _headers(history)[:2] == ["Dato", "Udvalg"]
    assert _headers(overview)[0] == "Punkt"
    assert history.headerData(6, H) is None and history.headerData(0, Qt.Orientation.Vertical) is None


def test_rows_cells_and_bounds(qapp, languages) -> None:  # noqa: F811
    quoted = CaseTreatment("2025-12-01", "Økonomiudvalget", None, None, ("Anbefalet.",), recorded_in="/m/b.pdf")
    own = CaseTreatment("2025-12-11", "Byrådet", 7, "Plan", ("Godkendt.",), file="/m/b.pdf")
    history = CaseHistoryModel()
    history.set_history("25/25660", [quoted, own])
    assert (history.rowCount(), history.columnCount(), history.case_number) == (2, 6, "25/25660")
    assert history.index(0, CaseHistoryModel.COL_SOURCE).data() == "quoted in b.pdf"
    assert history.index(0, 0).data(OpenTargetRole) == ("/m/b.pdf", 7)
    assert history.index(2, 0).data() is None
    assert history.rowCount(history.index(0, 0)) == 0

    summary = DecisionSummary(3, "Budget", "25/1", None, against=("A",), closed=True)
    overview = DecisionOverviewModel()
    overview.set_summaries((summary,))
    cells = [overview.index(0, c).data() for c in range(overview.columnCount())]
    assert cells == ["3", "Budget", "(no decision)", "A", "", "Closed"]
    assert overview.index(0, 0).data(SummaryRole) is summary
    assert overview.summaries() == [summary] and history.treatments() == [quoted, own]
