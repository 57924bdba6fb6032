"""The matrix tab: coverage tree with its legend above, the evidence of the selected cell below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTreeView, QVBoxLayout, QWidget

from comparer.models import Comparison
from desktop.coverage_model import CoverageModel, Role
from desktop.evidence import EvidencePane
from desktop.style import CoverageDelegate, Legend

PLAN_COLUMN_WIDTH = 128


class MatrixPane(QWidget):
    """Shows one comparison; the window connects ``evidence.actionRequested`` for review actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CoverageModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("coverageMatrix")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CoverageDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setUniformRowHeights(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.header().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.header().setStretchLastSection(False)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._size_columns)
        self.legend = Legend(self)
        self.evidence = EvidencePane(self)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color:#555; font-size:14pt; padding:24px")
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.empty_hint)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("matrixSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.evidence)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.set_comparison(None)

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison`` (None: the hint to add plans); the selected cell stays selected."""
        current = self.view.currentIndex()
        self.model.set_comparison(comparison)
        if current.isValid() and self.view.currentIndex() != current:
            self.view.setCurrentIndex(current)
        has = comparison is not None
        self.empty_hint.setVisible(not has)
        self.view.setVisible(has)
        self.legend.setVisible(has)
        self.evidence.setVisible(has)  # an empty evidence pane under the hint only confuses
        self.show_current_evidence()

    def retranslate(self, empty_hint: str) -> None:
        self.empty_hint.setText(empty_hint)
        self.legend.retranslate()
        self.model.retranslate()
        self.evidence.retranslate()

    def select_cell(self, ref_id: str, plan: int) -> bool:
        """Select the cell of ``ref_id`` (a task or key point id) × ``plan``; False if there is none."""
        index = self.model.index_of(ref_id.split(".")[0], plan)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def select_next_to_review(self) -> bool:
        """Move to the next cell (reading order, wrapping) whose score sits near the threshold
        and that nobody has reviewed yet; False when there is none."""
        comparison = self.model.comparison()
        if comparison is None:
            return False
        n_rows, n_plans = len(comparison.reference.tasks), len(comparison.plans)
        current = self.view.currentIndex()
        start = 0
        if current.isValid() and not current.parent().isValid() and current.column() > 0:
            start = current.row() * n_plans + current.column()  # the cell after the current one
        for step in range(n_rows * n_plans):
            pos = (start + step) % (n_rows * n_plans)
            row, plan = divmod(pos, n_plans)
            cell = comparison.coverage[plan][row]
            if cell.needs_review and not cell.reviewed:
                return self.select_cell(cell.ref_id, plan)
        return False

    def current_cell(self) -> tuple[int, str] | None:
        """(plan index, reference task id) of the selected cell."""
        index = self.view.currentIndex()
        task = self.model.ref_task(index)
        plan = index.data(Role.PLAN) if index.isValid() else None
        if task is None or plan is None or plan < 0:
            return None
        return int(plan), task.id

    def show_current_evidence(self) -> None:
        comparison = self.model.comparison()
        index = self.view.currentIndex()
        cell = self.current_cell()
        if comparison is None or cell is None:
            self.evidence.clear()
            return
        point = self.model.key_point(index)
        self.evidence.show_cell(comparison, cell[0], cell[1], point.id if point else "")

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.show_current_evidence()

    @Slot()
    def _size_columns(self) -> None:
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, PLAN_COLUMN_WIDTH)
        header.setMinimumSectionSize(60)
