"""The table of contents as a real Qt item model over the ``Meeting`` dataclasses.

Tree shape: one root row for the meeting (its header), with one child row per agenda item.
Nodes are plain Python objects kept in a tree so that ``internalPointer`` stays valid; a later
issue can hang section rows under item rows by giving ``_Node`` children of kind SECTION.
Annotation marks (read, starred, has notes) are fed in with ``set_item_marks`` and read back
through ``MarksRole``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QIcon

from minutesapp.model import AgendaItem, Meeting, MeetingKind
from minutesapp.ui.formatting import format_date, meeting_kind_label
from minutesapp.ui.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

UR = Qt.ItemDataRole.UserRole
NodeKindRole = UR + 1  # NodeKind
ItemNumberRole = UR + 2  # int, on item rows
ItemRole = UR + 3  # the AgendaItem, on item rows
MeetingRole = UR + 4  # the Meeting, on the root row
ClosedRole = UR + 5  # bool
HasDecisionRole = UR + 6  # bool
SearchTextRole = UR + 7  # str: what the filter box matches (number, title, case number, text)
MarksRole = UR + 8  # frozenset[str]: annotation marks, e.g. {"read", "starred", "notes"}
MARK_READ, MARK_STARRED, MARK_NOTES = "read", "starred", "notes"
PageRole = UR + 9  # int | None: 1-based page where the row starts


class NodeKind(Enum):
    MEETING = auto()
    ITEM = auto()
    SECTION = auto()  # reserved for a later issue


@dataclass(eq=False)
class _Node:
    kind: NodeKind
    payload: Any
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0
    search_text: str = ""


def item_has_decision(item: AgendaItem) -> bool:
    return bool(item.decisions)


def item_search_text(item: AgendaItem) -> str:
    return "\n".join(p for p in (str(item.number), item.title, item.case_number or "", item.full_text) if p)


def item_label(item: AgendaItem) -> str:
    return f"{item.number}. {item.title}"


class MeetingTreeModel(QAbstractItemModel):
    """Meeting → items, one column; see the role constants above for the custom data."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._meeting: Meeting | None = None
        self._roots: list[_Node] = []
        self._item_nodes: dict[int, _Node] = {}
        self._marks: dict[int, frozenset[str]] = {}
        self._marks_known = False  # unread rows are bold only once the store has said what was read
        self._icons: dict[str, QIcon] = {}

    # --- feeding ------------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting | None:
        return self._meeting

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.beginResetModel()
        self._meeting = meeting
        self._marks = {}
        self._marks_known = False
        self._roots = []
        self._item_nodes = {}
        if meeting is not None:
            root = _Node(NodeKind.MEETING, meeting, search_text="")
            for row, item in enumerate(meeting.items):
                node = _Node(NodeKind.ITEM, item, parent=root, row=row, search_text=item_search_text(item))
                root.children.append(node)
                self._item_nodes.setdefault(item.number, node)
            self._roots = [root]
        self.endResetModel()

    def set_icons(self, icons: dict[str, QIcon]) -> None:
        """Icons for the marks, keyed "closed" and "decision" (themed by the window)."""
        self._icons = dict(icons)
        if self._roots and self._roots[0].children:
            first = self.index(0, 0, self.index(0, 0))
            last = self.index(len(self._roots[0].children) - 1, 0, self.index(0, 0))
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DecorationRole])

    def set_item_marks(self, number: int, marks: frozenset[str]) -> None:
        """Annotation marks for one item (read/starred/notes); views update via dataChanged."""
        node = self._item_nodes.get(number)
        if node is None:
            return
        self._marks[number] = frozenset(marks)
        index = self.createIndex(node.row, 0, node)
        self.dataChanged.emit(index, index, [MarksRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole])

    def set_all_marks(self, marks: dict[int, frozenset[str]]) -> None:
        """The marks of every item at once (missing numbers: none); unread rows turn bold."""
        self._marks = {number: frozenset(m) for number, m in marks.items() if number in self._item_nodes}
        self._marks_known = True
        if self._roots and self._roots[0].children:
            parent = self.index(0, 0)
            last = len(self._roots[0].children) - 1
            roles = [MarksRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole]
            self.dataChanged.emit(self.index(0, 0, parent), self.index(last, 0, parent), roles)

    def item_marks(self, number: int) -> frozenset[str]:
        return self._marks.get(number, frozenset())

    def retranslate(self) -> None:
        """The root row's label is translated: repaint it after a language switch."""
        if self._roots:
            index = self.index(0, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    # --- lookups ------------------------------------------------------------------------

    def meeting_index(self) -> QModelIndex:
        return self.index(0, 0) if self._roots else QModelIndex()

    def index_for_item(self, number: int) -> QModelIndex:
        node = self._item_nodes.get(number)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def item_numbers(self) -> list[int]:
        return [n.payload.number for n in self._roots[0].children] if self._roots else []

    # --- QAbstractItemModel -------------------------------------------------------------

    def _node(self, index: ModelIndex) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        siblings = self._children_of(parent)
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children_of(parent))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return translate("MeetingTreeModel", "Items")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        if node.kind is NodeKind.MEETING:
            return self._meeting_data(node.payload, role)
        if node.kind is NodeKind.ITEM:
            return self._item_data(node, node.payload, role)
        return None

    def _children_of(self, parent: ModelIndex) -> list[_Node]:
        node = self._node(parent)
        return self._roots if node is None else node.children

    def _meeting_data(self, meeting: Meeting, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return meeting_title(meeting)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(meeting_title(meeting))
        if role == NodeKindRole:
            return NodeKind.MEETING
        if role == MeetingRole:
            return meeting
        if role == SearchTextRole:
            return ""
        if role == PageRole:
            return 1
        if role in (ClosedRole, HasDecisionRole):
            return False
        if role == MarksRole:
            return frozenset()
        return None

    def _item_data(self, node: _Node, item: AgendaItem, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return item_label(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._item_tooltip(item))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._item_tooltip(item).replace("\n", ". ")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(item)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(item)
        if role == NodeKindRole:
            return NodeKind.ITEM
        if role == ItemNumberRole:
            return item.number
        if role == ItemRole:
            return item
        if role == ClosedRole:
            return item.closed
        if role == HasDecisionRole:
            return item_has_decision(item)
        if role == SearchTextRole:
            return node.search_text
        if role == MarksRole:
            return self._marks.get(item.number, frozenset())
        if role == PageRole:
            return item.page
        return None

    def _decoration(self, item: AgendaItem) -> QIcon | None:
        if item.closed:
            return self._icons.get("closed")
        if item_has_decision(item):
            return self._icons.get("decision")
        return self._icons.get("blank")

    def _font(self, item: AgendaItem) -> QFont | None:
        if not self._marks_known or MARK_READ in self._marks.get(item.number, frozenset()):
            return None
        font = QFont()
        font.setBold(True)
        return font

    def _item_tooltip(self, item: AgendaItem) -> str:
        lines = [item_label(item)]
        if item.case_number:
            lines.append(translate("MeetingTreeModel", "Case no. %1").replace("%1", item.case_number))
        if item.closed:
            lines.append(translate("MeetingTreeModel", "Closed item"))
        if item_has_decision(item):
            lines.append(translate("MeetingTreeModel", "Has a decision"))
        marks = self._marks.get(item.number, frozenset())
        if MARK_STARRED in marks:
            lines.append(translate("MeetingTreeModel", "Starred"))
        if MARK_NOTES in marks:
            lines.append(translate("MeetingTreeModel", "Has my notes"))
        if self._marks_known and MARK_READ not in marks:
            lines.append(translate("MeetingTreeModel", "Not read yet"))
        return "\n".join(lines)


def meeting_title(meeting: Meeting) -> str:
    """The root row's text: body and date, e.g. "Aarhus Byråd, 27. august 2025"."""
    parts = [meeting.body or meeting_kind_label(meeting.kind)]
    if meeting.date:
        parts.append(format_date(meeting.date))
    return ", ".join(parts)


class MeetingFilterProxy(QSortFilterProxyModel):
    """Narrows the tree to items whose number, title, case number or text contain the filter,
    and optionally to items carrying one annotation mark ("notes", "starred").

    Recursive filtering keeps the meeting row whenever one of its items matches.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SearchTextRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._required_mark: str | None = None

    def set_filter_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())

    @property
    def required_mark(self) -> str | None:
        return self._required_mark

    def set_required_mark(self, mark: str | None) -> None:
        """Show only items with this mark (None: all items)."""
        self._refilter(lambda: setattr(self, "_required_mark", mark))

    def marks_changed(self) -> None:
        """Re-filter after marks changed (dataChanged of MarksRole alone may not re-filter)."""
        if self._required_mark is not None:
            self._refilter(lambda: None)

    def _refilter(self, change: Any) -> None:
        """Apply ``change`` to the filter inputs and re-filter the rows (Qt >= 6.9 API)."""
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._required_mark is not None:
            index = self.sourceModel().index(source_row, 0, source_parent)
            if index.data(NodeKindRole) is not NodeKind.ITEM:
                return False  # the meeting row stays through recursive filtering
            if self._required_mark not in (index.data(MarksRole) or frozenset()):
                return False
        return super().filterAcceptsRow(source_row, source_parent)


def is_agenda(meeting: Meeting) -> bool:
    return meeting.kind is MeetingKind.DAGSORDEN
