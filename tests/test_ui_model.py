"""The table-of-contents model: Qt's model tester, the custom roles, the filter proxy, marks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from test_ui_support import make_meeting

from minutesapp.ui.meeting_model import (
    ClosedRole,
    HasDecisionRole,
    ItemNumberRole,
    MarksRole,
    MeetingFilterProxy,
    MeetingTreeModel,
    NodeKind,
    NodeKindRole,
    PageRole,
)


def _model() -> MeetingTreeModel:
    model = MeetingTreeModel()
    model.set_meeting(make_meeting())
    return model


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(_model(), force_py=False)


def test_empty_model_passes_qt_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(MeetingTreeModel(), force_py=False)


def test_filter_proxy_passes_qt_model_tester(qtmodeltester) -> None:
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(_model())
    proxy.set_filter_text("kompetence")
    qtmodeltester.check(proxy, force_py=False)


def test_tree_is_meeting_root_with_item_children() -> None:
    model = _model()
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert root.data(NodeKindRole) is NodeKind.MEETING
    assert "Beskæftigelse- og Borgerserviceudvalget" in root.data()
    assert model.rowCount(root) == 4
    labels = [model.index(r, 0, root).data() for r in range(4)]
    assert labels[1] == "2. Anbefaling af kompetenceplan 2026-2029"
    assert [model.index(r, 0, root).data(ItemNumberRole) for r in range(4)] == [1, 2, 3, 4]
    assert model.parent(model.index(1, 0, root)) == root
    assert model.parent(root) == QModelIndex()


def test_custom_roles_say_closed_decision_and_page() -> None:
    model = _model()
    closed = model.index_for_item(3)
    assert closed.data(ClosedRole) is True
    assert closed.data(HasDecisionRole) is False
    decided = model.index_for_item(2)
    assert decided.data(ClosedRole) is False
    assert decided.data(HasDecisionRole) is True
    assert decided.data(PageRole) == 2
    assert "Sagsnr." in decided.data(Qt.ItemDataRole.ToolTipRole) or "Case no." in decided.data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_html_like_title_is_plain_data() -> None:
    assert _model().index_for_item(4).data() == "4. <b>x</b> & <i>y</i>"


def test_set_item_marks_emits_data_changed_for_that_row(qtbot) -> None:
    model = _model()
    index = model.index_for_item(2)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_item_marks(2, frozenset({"read", "starred"}))
    top_left, bottom_right, roles = blocker.args
    assert top_left == index and bottom_right == index
    assert MarksRole in roles
    assert index.data(MarksRole) == frozenset({"read", "starred"})
    assert model.index_for_item(1).data(MarksRole) == frozenset()


def test_marks_of_unknown_item_are_ignored() -> None:
    model = _model()
    model.set_item_marks(99, frozenset({"read"}))
    assert model.index_for_item(99) == QModelIndex()


def _visible_numbers(proxy: MeetingFilterProxy) -> list[int]:
    root = proxy.index(0, 0)
    return [proxy.index(r, 0, root).data(ItemNumberRole) for r in range(proxy.rowCount(root))]


def test_filter_matches_title_case_number_and_text_keeping_the_root() -> None:
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(_model())
    proxy.set_filter_text("KOMPETENCEPLAN")  # title, case-insensitive
    assert proxy.rowCount() == 1 and _visible_numbers(proxy) == [2]
    proxy.set_filter_text("21/24526")  # case number
    assert _visible_numbers(proxy) == [1]
    proxy.set_filter_text("2027\t2.500")  # text of a section (a table row)
    assert _visible_numbers(proxy) == [2]
    proxy.set_filter_text("dagsorden")
    assert _visible_numbers(proxy) == [1]
    proxy.set_filter_text("no such words")
    assert proxy.rowCount() == 0
    proxy.set_filter_text("")
    assert _visible_numbers(proxy) == [1, 2, 3, 4]


def test_set_meeting_none_empties_the_model() -> None:
    model = _model()
    model.set_meeting(None)
    assert model.rowCount() == 0
    assert model.item_numbers() == []
