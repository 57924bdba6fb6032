"""Coverage matrix as a tree model: reference tasks (expandable to key points) × one column per plan."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from comparer.models import Comparison, CoverageCell, KeyPoint, Plan, RefTask, Status
from comparer.serialize import coverage_percent
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
        cells = self._comparison.coverage[plan]
        return (
            sum(c.status is Status.COVERED for c in cells),
            sum(c.status is Status.PARTIAL for c in cells),
            sum(c.status is Status.MISSING for c in cells),
        )

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
                # "Kết luận số 91-KL/TW ngày 12/8/2024 của …" is too long for a header.
                short = self._comparison.reference.short_name if self._comparison else ""
                short = short or name.split(" ngày ")[0]
                return self.tr("Nhiệm vụ theo {name}").format(name=short) if name else self.tr("Nhiệm vụ")
            if role == Qt.ItemDataRole.ToolTipRole:
                return name or None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return None
        assert self._comparison is not None
        plan = self._comparison.plans[section - 1]
        covered, partial, missing = self.plan_summary(section - 1)
        total = covered + partial + missing
        if role == Qt.ItemDataRole.DisplayRole and not plan.tasks:
            # "0 %" read as "this plan covers nothing"; nothing was found to compare (a scan, or no numbering).
            return self.tr("{label}\n⚠ 0 nhiệm vụ").format(label=self._titles()[section - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            # The engine's figure (covered 1, partial ½), so the window, the CLI and the exports agree.
            percent = coverage_percent(self._comparison, section - 1)
            return self.tr("{label}\n{percent:.0f}% ({covered}+{partial}/{total})").format(
                label=self._titles()[section - 1], percent=percent, covered=covered, partial=partial,
                total=total)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}\n{title}\nĐầy đủ: {c} · Một phần: {p} · Chưa có: {m}").format(
                name=plan.label, title=plan.title or plan.path, c=covered, p=partial, m=missing)
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
        status = _point_status(cell, point.id) if point else cell.status
        if role == Qt.ItemDataRole.DisplayRole:
            if point:
                return "✓" if status is Status.COVERED else "✗"
            return "—" if cell.status is Status.MISSING else f"{cell.score:.0f}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._status_text(status)
            if not point and cell.status is not Status.MISSING:
                text += self.tr(" · điểm {score:.0f}").format(score=cell.score)
            if not point and task.key_points:
                text += self.tr(" · {found}/{total} ý chính").format(
                    found=len(cell.key_points_found), total=len(task.key_points))
            if cell.needs_review and not cell.reviewed:
                text += "\n" + self.tr("Gần ngưỡng — nên xem lại")
            if cell.reviewed:
                text += "\n" + self.tr("Đã được cán bộ xem xét")
            if cell.note:
                text += "\n" + cell.note
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.STATUS:
            return status.value
        if role == Role.SCORE:
            return None if point else cell.score
        if role == Role.CELL:
            return cell
        if role == Role.REF_ID:
            return point.id if point else task.id
        if role == Role.PLAN:
            return cell.plan
        if role == Role.REVIEWED:
            return cell.reviewed
        if role == Role.NEEDS_REVIEW:
            return cell.needs_review and not cell.reviewed
        return None

    def _titles(self) -> list[str]:
        return self._plan_titles

    def _status_text(self, status: Status) -> str:
        if status is Status.COVERED:
            return self.tr("Đầy đủ")
        if status is Status.PARTIAL:
            return self.tr("Một phần")
        return self.tr("Chưa có")


def _point_status(cell: CoverageCell, point_id: str) -> Status:
    return Status.COVERED if point_id in cell.key_points_found else Status.MISSING


_ISSUER_PREFIXES = ("Ủy ban nhân dân thành phố ", "Ủy ban nhân dân tỉnh ", "UBND thành phố ", "UBND tỉnh ",
                    "Sở Giáo dục và Đào tạo ", "Sở GD&ĐT ", "Thành ủy ", "Tỉnh ủy ")


def plan_title(plan: Plan) -> str:
    """A short column title: the place from the issuer ("UBND thành phố Hà Nội" → "Hà Nội") and the
    plan's number; the file name when the issuer is missing or generic ("UBND tỉnh", as read from
    backan-kl51.txt whose place name sits on another line)."""
    place = ""
    for prefix in _ISSUER_PREFIXES:
        if plan.issuer.startswith(prefix):
            place = plan.issuer[len(prefix):].strip()
            break
    if not place or not place[:1].isupper():
        return plan.label
    return f"{place}\n{plan.number}" if plan.number else place


def plan_titles(plans: Sequence[Plan], one_line: bool = False) -> list[str]:
    """Titles for several plans; the same plan in two formats (298.txt, 298.docx) gets its file type."""
    # Every view asks for the titles of the same comparison's plans on each refresh: answer once.
    last = _LAST_TITLES.get(one_line)
    if last is not None and last[0] is plans:
        return list(last[1])
    titles = _plan_titles(plans, one_line)
    _LAST_TITLES[one_line] = (plans, titles)
    return list(titles)


_LAST_TITLES: dict[bool, tuple[Sequence[Plan], list[str]]] = {}


def _plan_titles(plans: Sequence[Plan], one_line: bool) -> list[str]:
    titles = [plan_title(p) for p in plans]
    counts = Counter(titles)
    titles = [
        f"{t} ({Path(p.path).suffix.lstrip('.') or p.format})" if counts[t] > 1 else t
        for t, p in zip(titles, plans, strict=True)
    ]
    return [t.replace("\n", " · ") for t in titles] if one_line else titles
