"""Item models of the Library view: meetings grouped by body (a tree), and files that failed.

The tree is body → meetings, in the library's order (body, then date). Body rows sum their
meetings' item and notes counts, so a collapsed body still says how much is in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from minutesapp.errors import ErrorCode
from minutesapp.library import LibraryFailure, LibraryMeeting
from minutesapp.model import MeetingKind
from minutesapp.ui.error_messages import error_message
from minutesapp.ui.formatting import format_date, meeting_kind_label
from minutesapp.ui.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex

UR = Qt.ItemDataRole.UserRole
LibraryMeetingRole = UR + 1  # LibraryMeeting, on meeting rows
FilePathRole = UR + 2  # str: the file to open, on meeting and failure rows
BodyRole = UR + 3  # str | None: the body, on body and meeting rows

COL_NAME, COL_ITEMS, COL_NOTES, COL_FILE = range(4)


@dataclass(eq=False)
class _BodyNode:
    body: str | None
    meetings: list[_MeetingNode] = field(default_factory=list)


@dataclass(eq=False)
class _MeetingNode:
    meeting: LibraryMeeting
    parent: _BodyNode


def _kind_label(kind: str) -> str:
    try:
        return meeting_kind_label(MeetingKind(kind))
    except ValueError:
        return meeting_kind_label(MeetingKind.UNKNOWN)


class LibraryTreeModel(QAbstractItemModel):
    """Body rows, each with its meetings as child rows; four columns (name, items, notes, file)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._bodies: list[_BodyNode] = []

    def set_meetings(self, meetings: list[LibraryMeeting]) -> None:
        self.beginResetModel()
        bodies: dict[str, _BodyNode] = {}
        self._bodies = []
        for meeting in meetings:
            key = (meeting.body or "").casefold()
            node = bodies.get(key)
            if node is None:
                node = bodies[key] = _BodyNode(meeting.body)
                self._bodies.append(node)
            node.meetings.append(_MeetingNode(meeting, node))
        self.endResetModel()

    def meeting_count(self) -> int:
        return sum(len(b.meetings) for b in self._bodies)

    def bodies(self) -> list[str]:
        return [b.body for b in self._bodies if b.body]

    def index_for_file(self, path: str | Path) -> QModelIndex:
        wanted = str(path)
        for body_row, body in enumerate(self._bodies):
            for row, node in enumerate(body.meetings):
                if node.meeting.file == wanted:
                    return self.index(row, 0, self.index(body_row, 0))
        return QModelIndex()

    # --- structure ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._bodies[row])
        body = parent.internalPointer()
        if isinstance(body, _BodyNode) and parent.column() == 0:
            return self.createIndex(row, column, body.meetings[row])
        return QModelIndex()

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        if isinstance(node, _MeetingNode):
            return self.createIndex(self._bodies.index(node.parent), 0, node.parent)
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._bodies)
        node = parent.internalPointer()
        if isinstance(node, _BodyNode) and parent.column() == 0:
            return len(node.meetings)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 4

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_NAME: self.tr("Body / meeting"), COL_ITEMS: self.tr("Items"),
                COL_NOTES: self.tr("Notes"), COL_FILE: self.tr("File")}.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = index.internalPointer()
        column = index.column()
        if isinstance(node, _BodyNode):
            return self._body_data(node, column, role)
        meeting = node.meeting
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                when = format_date(meeting.date) or self.tr("(no date)")
                return f"{when} · {_kind_label(meeting.kind)}"
            if column == COL_ITEMS:
                return str(meeting.item_count)
            if column == COL_NOTES:
                return str(meeting.notes_count or "")
            if column == COL_FILE:
                return Path(meeting.file).name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(meeting.file)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ITEMS, COL_NOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LibraryMeetingRole:
            return meeting
        if role == FilePathRole:
            return meeting.file
        if role == BodyRole:
            return meeting.body
        return None

    def _body_data(self, node: _BodyNode, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return f"{node.body or self.tr('(unknown body)')} ({len(node.meetings)})"
            if column == COL_ITEMS:
                return str(sum(n.meeting.item_count for n in node.meetings))
            if column == COL_NOTES:
                return str(sum(n.meeting.notes_count for n in node.meetings) or "")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ITEMS, COL_NOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == BodyRole:
            return node.body
        return None


class FailureTableModel(QAbstractTableModel):
    """Files of the library that could not be read: file name and the reason, in the UI language."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._failures: list[LibraryFailure] = []

    def set_failures(self, failures: list[LibraryFailure]) -> None:
        self.beginResetModel()
        self._failures = list(failures)
        self.endResetModel()

    def failures(self) -> list[LibraryFailure]:
        return list(self._failures)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._failures)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {0: self.tr("File"), 1: self.tr("Problem")}.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._failures):
            return None
        failure = self._failures[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return Path(failure.file).name if index.column() == 0 else self.reason(failure)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{failure.file}\n{failure.message}")
        if role == FilePathRole:
            return failure.file
        return None

    @staticmethod
    def reason(failure: LibraryFailure) -> str:
        try:
            return error_message(ErrorCode(failure.code))
        except ValueError:
            return failure.message
