"""Thin table models for gaps, overlaps and emphases, and the proxy that filters them by text and plan."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from comparer.export.export_data import nearest_shown
from comparer.glossary import Glossary
from comparer.match.review import Decision, DecisionKind, Unattached
from comparer.models import Comparison, Emphasis, Gap, Overlap, Plan, SimilarPair
from comparer.text.normalize import fold
from desktop.i18n import ui_glossary
from desktop.models.coverage_model import plan_titles

_Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    SORT = Qt.ItemDataRole.UserRole + 1  # raw value to sort by
    PLANS = Qt.ItemDataRole.UserRole + 2  # tuple of plan indices the row belongs to
    ITEM = Qt.ItemDataRole.UserRole + 3  # the Gap / Overlap / Emphasis
    REF_ID = Qt.ItemDataRole.UserRole + 4


class _Table(QAbstractTableModel):
    """A flat table of ``_rows`` under column headers built once per result and per language.

    Qt asks ``columnCount`` and ``headerData`` tens of thousands of times per refresh: they read
    the tuple ``_headers()`` built, never call ``tr()``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()
        self._header_texts: tuple[str, ...] = self._headers()

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header_texts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._header_texts)):
            return self._header_texts[section]
        return None


class _ResultModel(_Table):
    """Rows are one tuple of the Comparison; subclasses say which and how to show a column.

    Headers are built once per result and per language (``set_comparison``, ``retranslate``):
    Qt asks ``columnCount`` tens of thousands of times per refresh.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._titles: list[str] = []

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._rows = self._items(comparison) if comparison is not None else ()
        self._titles = plan_titles(comparison.plans, one_line=True) if comparison is not None else []
        self._header_texts = self._headers()
        self.endResetModel()

    def retranslate(self) -> None:
        self.set_comparison(self._comparison)

    def item(self, row: int) -> Any:
        return self._rows[row]

    def _items(self, comparison: Comparison) -> tuple[Any, ...]:
        raise NotImplementedError

    def _cell(self, item: Any, column: int) -> tuple[str, Any]:
        """(display text, sort value) of one cell."""
        raise NotImplementedError

    def _plans_of(self, item: Any) -> tuple[int, ...]:
        return (item.plan,)

    def _plan_label(self, plan: int) -> str:
        return self._titles[plan]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(item, index.column())[0]
        if role == Role.SORT:
            return self._cell(item, index.column())[1]
        if role == Role.PLANS:
            return self._plans_of(item)
        if role == Role.ITEM:
            return item
        if role == Role.REF_ID:
            return getattr(item, "ref_id", None) or getattr(item, "subject", None)
        return None

    def _level(self, level: str) -> str:
        return ui_glossary().level(level)


class GapsModel(_ResultModel):
    """What each plan leaves out, with the closest passage found and whether it was addressed."""

    def _items(self, comparison: Comparison) -> tuple[Gap, ...]:
        return comparison.gaps

    def _headers(self) -> tuple[str, ...]:
        g = ui_glossary()
        return (g.plan, self.tr("Mã"), self.tr("Cấp"), self.tr("Nội dung còn thiếu"), g.closest,
                g.needs_review, g.addressed)

    def _cell(self, item: Gap, column: int) -> tuple[str, Any]:
        if column == 0:
            return self._plan_label(item.plan), item.plan
        if column == 1:
            return item.ref_id, item.ref_id
        if column == 2:
            return self._level(item.level), item.level
        if column == 3:
            return item.text, item.text
        if column == 4:
            # The floor the exports use: an unrelated sentence at 18 is not "the closest passage"
            # (Word and Excel said "Chưa tìm thấy…" where this tab quoted one); the evidence pane
            # still lists every candidate.
            threshold = self._comparison.options.threshold if self._comparison else 0.0
            best = nearest_shown(item, threshold)
            if best is None:
                return self.tr("Chưa tìm thấy nội dung tương ứng"), -1.0
            return f"{best.text} ({Glossary.score_text(best.score)})", best.score
        if column == 5:
            # The engine's flag, as in the matrix (F8) and both exports.
            flag = item.needs_review and not item.addressed
            return (f"{ui_glossary().mark_needs_review} {ui_glossary().needs_review}" if flag else ""), int(flag)
        mark = ui_glossary().addressed if item.addressed else ""
        text = f"{mark}: {item.note}" if item.addressed and item.note else mark
        return text, int(item.addressed)


class OverlapsModel(_ResultModel):
    """Reference tasks and key points that several plans take up."""

    def _items(self, comparison: Comparison) -> tuple[Overlap, ...]:
        return comparison.overlaps

    def _plans_of(self, item: Overlap) -> tuple[int, ...]:
        return item.plans

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Mã"), self.tr("Cấp"), self.tr("Nội dung"), self.tr("Số kế hoạch"),
                self.tr("Các kế hoạch"))

    def _cell(self, item: Overlap, column: int) -> tuple[str, Any]:
        if column == 0:
            return item.ref_id, item.ref_id
        if column == 1:
            return self._level(item.level), item.level
        if column == 2:
            return item.text, item.text
        if column == 3:
            return str(len(item.plans)), len(item.plans)
        labels = ", ".join(self._plan_label(p) for p in item.plans)
        return labels, labels


class EmphasesModel(_ResultModel):
    """What one plan stresses that the others lack."""

    def _items(self, comparison: Comparison) -> tuple[Emphasis, ...]:
        return comparison.emphases

    def _headers(self) -> tuple[str, ...]:
        return (ui_glossary().plan, self.tr("Loại"), self.tr("Nội dung"), self.tr("Mức nhấn mạnh"))

    def _kind(self, kind: str) -> str:
        if kind == "unique_key_point":
            return self.tr("{key_point} chỉ kế hoạch này có").format(key_point=ui_glossary().key_point)
        if kind == "salient_term":
            return self.tr("Cụm từ nổi bật")
        if kind == "local_initiative":
            return self.tr("Sáng kiến địa phương")
        return kind

    def _cell(self, item: Emphasis, column: int) -> tuple[str, Any]:
        if column == 0:
            return self._plan_label(item.plan), item.plan
        if column == 1:
            return self._kind(item.kind), item.kind
        if column == 2:
            return item.text, item.text
        if item.kind == "salient_term":
            return self.tr("{count} lần (các kế hoạch khác: {others})").format(
                count=item.count, others=item.others_count), item.score
        if item.kind == "unique_key_point":
            return item.subject, item.score  # the key point's code, to find it in the matrix
        # The engine's score of other kinds only ranks them (e.g. 90 or 50); as a figure it meant nothing
        # to users, so it sorts the column without being shown.
        return "", item.score


class SimilarPairsModel(_ResultModel):
    """Tasks of two different plans that say much the same thing (shared work, maybe duplicated)."""

    def _items(self, comparison: Comparison) -> tuple[SimilarPair, ...]:
        self._tasks: dict[int, dict[str, str]] = {}  # plan → task id → text, built when first shown
        return comparison.similar_pairs

    def _task_text(self, plan: int, task_id: str) -> str:
        texts = self._tasks.get(plan)
        if texts is None:
            assert self._comparison is not None
            texts = self._tasks[plan] = {t.id: t.text for t in self._comparison.plans[plan].tasks}
        return texts.get(task_id, task_id)

    def _plans_of(self, item: SimilarPair) -> tuple[int, ...]:
        return (item.plan_a, item.plan_b)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Kế hoạch"), self.tr("Nhiệm vụ"), self.tr("Kế hoạch"), self.tr("Nhiệm vụ tương tự"),
                ui_glossary().score)

    def _cell(self, item: SimilarPair, column: int) -> tuple[str, Any]:
        if column == 0:
            return self._plan_label(item.plan_a), item.plan_a
        if column == 1:
            text = self._task_text(item.plan_a, item.task_a)
            return text, text
        if column == 2:
            return self._plan_label(item.plan_b), item.plan_b
        if column == 3:
            text = self._task_text(item.plan_b, item.task_b)
            return text, text
        return Glossary.score_text(item.score), item.score


class ResultFilterProxy(QSortFilterProxyModel):
    """Filters rows by free text and by one plan.

    Text is compared in the engine's search form (``comparer.text.normalize.fold``): case, NFC/NFD,
    tone placement (hoà/hòa), punctuation and diacritics do not matter ("tri tue" finds "trí tuệ").
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = -1
        self._query = ""
        self._row_text: dict[int, str] = {}
        self.setSortRole(Role.SORT)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._row_text.clear)
        model.dataChanged.connect(self._row_text.clear)

    def plan(self) -> int:
        return self._plan

    def set_plan(self, plan: int) -> None:
        """Show only rows of ``plan`` (-1: all plans)."""
        if plan != self._plan:
            self.beginFilterChange()
            self._plan = plan
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        """Show only rows containing ``text`` in any column."""
        query = fold(text)
        if query != self._query:
            self.beginFilterChange()
            self._query = query
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _text(self, source_row: int) -> str:
        text = self._row_text.get(source_row)
        if text is None:
            model = self.sourceModel()
            cells = (model.index(source_row, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount()))
            text = fold(" | ".join(str(c) for c in cells if c))
            self._row_text[source_row] = text
        return text

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._plan >= 0:
            plans = self.sourceModel().index(source_row, 0, source_parent).data(Role.PLANS) or ()
            if self._plan not in plans:
                return False
        return not self._query or self._query in self._text(source_row)


class DecisionsModel(_Table):
    """The officer's review decisions in the order made, and whether each still fits the plans."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Decision, ...] = ()
        self._lost: dict[int, str] = {}  # row → reason it could not be re-attached
        self._names: dict[str, str] = {}  # plan hash or file name → the plan's name as every tab gives it

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Quyết định"), self.tr("Kế hoạch"), self.tr("Mã"), self.tr("Đoạn văn"),
                self.tr("Ghi chú"), self.tr("Tình trạng"))

    def set_decisions(self, decisions: tuple[Decision, ...], unattached: tuple[Unattached, ...] = (),
                      plans: tuple[Plan, ...] = ()) -> None:
        self.beginResetModel()
        self._rows = decisions
        names = plan_titles(plans, one_line=True)
        self._names = {**{p.name: n for p, n in zip(plans, names, strict=True)},
                       **{p.sha256: n for p, n in zip(plans, names, strict=True)}}
        lost_ids = {id(u.decision): u.reason for u in unattached}
        self._lost = {i: lost_ids[id(d)] for i, d in enumerate(decisions) if id(d) in lost_ids}
        self.endResetModel()

    def retranslate(self) -> None:
        self.beginResetModel()
        self._header_texts = self._headers()
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        if role == Role.ITEM:
            return d
        if role == Role.SORT:
            return index.row() if index.column() == 0 else self.data(index)
        if role == Role.PLANS:
            return ()
        if role == Role.REF_ID:
            return d.ref_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return {DecisionKind.CONFIRM: self.tr("Xác nhận"), DecisionKind.REJECT: self.tr("Bác bỏ"),
                    DecisionKind.ASSIGN: self.tr("Gán đoạn"),
                    DecisionKind.ADDRESSED: self.tr("Đã xử lý khoảng trống")}[d.kind]
        if column == 1:  # a plan no longer loaded keeps its file name
            return self._names.get(d.plan_sha256) or self._names.get(d.plan_name) or d.plan_name
        if column == 2:
            return d.ref_id
        if column == 3:
            return d.task_text
        if column == 4:
            return d.note
        reason = self._lost.get(index.row())
        if reason is None:
            return self.tr("Đang áp dụng")
        return {
            "plan_not_found": self.tr("Không còn kế hoạch này"),
            "task_not_found": self.tr("Đoạn văn đã bị sửa hoặc xóa"),
            "ref_not_found": self.tr("Không có mã này trong văn bản tham chiếu"),
            "gap_not_found": self.tr("Khoảng trống không còn (đã được bao phủ)"),
        }.get(reason, reason)
