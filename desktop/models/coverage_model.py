"""Coverage matrix as a tree model: reference tasks (expandable to key points) × one column per plan."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from comparer.glossary import plan_name, plan_names, short_name
from comparer.match.status import coverage_percent, status_counts
from comparer.models import Comparison, CoverageCell, KeyPoint, Plan, RefTask, Status
from desktop.i18n import ui_glossary
from desktop.qtcompat import emit

_Index = QModelIndex | QPersistentModelIndex
_TASK = 0  # internalId of task rows; key point rows carry their task row + 1


class Role(IntEnum):
    """Raw values for delegates, proxies and the window (house style §6)."""

    STATUS = Qt.ItemDataRole.UserRole + 1  # Status value ("covered"…), key point rows too
    SCORE = Qt.ItemDataRole.UserRole + 2  # float 0–100, task rows only
    CELL = Qt.ItemDataRole.UserRole + 3  # CoverageCell
    REF_ID = Qt.ItemDataRole.UserRole + 4  # "KL91-4" or "KL91-4.2"
    PLAN = Qt.ItemDataRole.UserRole + 5  # plan index, -1 in column 0
    REVIEWED = Qt.ItemDataRole.UserRole + 6  # bool
    NEEDS_REVIEW = Qt.ItemDataRole.UserRole + 7  # bool


class CoverageModel(QAbstractItemModel):
    """One row per reference task, child rows per key point; column 0 names it, then one per plan."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        # Built once per result and per language: a header view asks for every section and role on
        # each repaint, and each answer needs every plan's title.
        self._plan_titles: list[str] = []
        self._header_cache: dict[tuple[int, int], Any] = {}

    # -- feeding -------------------------------------------------------------------------
    def comparison(self) -> Comparison | None:
        return self._comparison

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison``; same shape → cells refresh in place (selection and expansion kept)."""
        old = self._comparison
        same_shape = (
            old is not None
            and comparison is not None
            and [t.id for t in old.reference.tasks] == [t.id for t in comparison.reference.tasks]
            and [len(t.key_points) for t in old.reference.tasks]
            == [len(t.key_points) for t in comparison.reference.tasks]
            and [p.sha256 for p in old.plans] == [p.sha256 for p in comparison.plans]
        )
        self._header_cache.clear()
        self._plan_titles = plan_titles(comparison.plans) if comparison is not None else []
        if same_shape:
            self._comparison = comparison
            last_col = self.columnCount() - 1
            rows = self.rowCount()
            if rows:
                emit(self.dataChanged, self.index(0, 0), self.index(rows - 1, last_col))
            for row in range(rows):  # key point rows: one range per parent, as Qt requires
                task_index = self.index(row, 0)
                kids = self.rowCount(task_index)
                if kids:
                    first, last = self.index(0, 0, task_index), self.index(kids - 1, last_col, task_index)
                    emit(self.dataChanged, first, last)
            emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, last_col)
        else:
            self.beginResetModel()
            self._comparison = comparison
            self.endResetModel()

    def retranslate(self) -> None:
        """Re-emit headers and cells after a language switch."""
        if self._comparison is not None:
            self.set_comparison(self._comparison)

    # -- helpers for the window ----------------------------------------------------------
    def ref_task(self, index: _Index) -> RefTask | None:
        """The reference task of a row (its own, or its parent's for a key point row)."""
        if self._comparison is None or not index.isValid():
            return None
        row = index.row() if index.internalId() == _TASK else index.internalId() - 1
        return self._comparison.reference.tasks[row]

    def key_point(self, index: _Index) -> KeyPoint | None:
        """The key point of a key point row, else None."""
        task = self.ref_task(index)
        if task is None or index.internalId() == _TASK:
            return None
        return task.key_points[index.row()]

    def cell(self, index: _Index) -> CoverageCell | None:
        """The coverage cell under ``index`` (key point rows give their task's cell)."""
        if self._comparison is None or not index.isValid() or index.column() == 0:
            return None
        row = index.row() if index.internalId() == _TASK else index.internalId() - 1
        return self._comparison.coverage[index.column() - 1][row]

    def index_of(self, ref_id: str, plan: int) -> QModelIndex:
        """The task-row index for ``ref_id`` in ``plan``'s column (invalid if unknown)."""
        if self._comparison is None:
            return QModelIndex()
        for row, task in enumerate(self._comparison.reference.tasks):
            if task.id == ref_id:
                return self.index(row, plan + 1)
        return QModelIndex()

    def plan_summary(self, plan: int) -> tuple[int, int, int]:
        """(covered, partial, missing) task counts of one plan."""
        assert self._comparison is not None
        return status_counts(self._comparison, plan)

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TASK)
        if parent.internalId() == _TASK:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TASK:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TASK)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if self._comparison is None:
            return 0
        if not parent.isValid():
            return len(self._comparison.reference.tasks)
        if parent.internalId() == _TASK and parent.column() == 0:
            return len(self._comparison.reference.tasks[parent.row()].key_points)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if self._comparison is None:
            return 1
        return 1 + len(self._comparison.plans)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section < 0 or section >= self.columnCount():
            return None
        key = (section, int(role))
        if key not in self._header_cache:
            self._header_cache[key] = self._header(section, role)
        return self._header_cache[key]

    def _header(self, section: int, role: int) -> Any:
        if section == 0:
            name = self._comparison.reference.name if self._comparison else ""
            if role == Qt.ItemDataRole.DisplayRole:
                # "Kết luận số 91-KL/TW ngày 12/8/2024 của …" is too long for a header: the engine's
                # short name, as the exports name it.
                short = short_name(self._comparison.reference) if self._comparison else ""
                return self.tr("Nhiệm vụ theo {name}").format(name=short) if name else self.tr("Nhiệm vụ")
            if role == Qt.ItemDataRole.ToolTipRole:
                return name or None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return None
        assert self._comparison is not None
        plan = self._comparison.plans[section - 1]
        g = ui_glossary()
        covered, partial, missing = self.plan_summary(section - 1)
        if role == Qt.ItemDataRole.DisplayRole and not plan.tasks:
            # "0 %" read as "this plan covers nothing"; nothing was found to compare (a scan, or no numbering).
            return self.tr("{label}\n⚠ 0 nhiệm vụ").format(label=self._titles()[section - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            # The engine's figure in the glossary's format, so the window, the CLI and the exports agree
            # ("94% (7+1/8)" read as seven and one eighth: the counts are in the tooltip, in words).
            percent = g.percent_text(coverage_percent(self._comparison, section - 1))
            # The word is in the legend and the tooltip: "Tỷ lệ bao phủ: 93,8%" widened every plan
            # column by a third and cut the task titles at 1366×768.
            return f"{self._titles()[section - 1]}\n{percent}"
        if role == Qt.ItemDataRole.ToolTipRole:
            percent = g.percent_text(coverage_percent(self._comparison, section - 1))
            return "\n".join((plan_name(plan), plan.title or plan.path, f"{g.coverage}: {percent}",
                              g.counts_text(covered, partial, missing), g.legend_coverage))
        if role == Role.PLAN:
            return section - 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._comparison is None or not index.isValid():
            return None
        task = self.ref_task(index)
        assert task is not None
        point = self.key_point(index)
        col = index.column()
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{point.id}  {point.text}" if point else f"{task.id}  {task.title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return point.text if point else task.text
            if role == Role.REF_ID:
                return point.id if point else task.id
            if role == Role.PLAN:
                return -1
            return None
        cell = self.cell(index)
        assert cell is not None
        g = ui_glossary()
        pt = cell.point(point.id) if point else None
        status = pt.status if pt else cell.status
        if point and pt is None:  # a cell built without key point cells (tests, hand-made data)
            status = Status.COVERED if point.id in cell.key_points_found else Status.MISSING
        score = pt.score if pt else cell.score
        # A task row is flagged when it or one of its key points waits for a look (as in the CLI and exports).
        flagged = pt.needs_review and not cell.reviewed if pt else cell.flagged
        if role == Qt.ItemDataRole.DisplayRole:
            # One number per cell, the engine's: a missing task shows its closest passage's score too.
            text = g.score_text(score)
            return f"{g.mark(status)} {text}" if point else text
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{g.status(status)} · {g.score.lower()} {g.score_text(score)}"
            if not point and task.key_points:
                text += " · " + self.tr("{found}/{total} {key_points}").format(
                    found=sum(1 for p in cell.points if p.status is Status.COVERED) if cell.points
                    else len(cell.key_points_found), total=len(task.key_points),
                    key_points=g.key_point.lower())
            if flagged:
                text += "\n" + g.needs_review
            if cell.reviewed:
                text += "\n" + g.reviewed
            if cell.note:
                text += "\n" + cell.note
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.STATUS:
            return status.value
        if role == Role.SCORE:
            return score
        if role == Role.CELL:
            return cell
        if role == Role.REF_ID:
            return point.id if point else task.id
        if role == Role.PLAN:
            return cell.plan
        if role == Role.REVIEWED:
            return cell.reviewed
        if role == Role.NEEDS_REVIEW:
            return flagged
        return None

    def _titles(self) -> list[str]:
        return self._plan_titles


def plan_titles(plans: Sequence[Plan], one_line: bool = False) -> list[str]:
    """Column titles: the engine's plan names (``comparer.glossary.plan_names``), the same in every tab."""
    return plan_names(plans, one_line)
