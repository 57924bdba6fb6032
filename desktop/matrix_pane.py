"""The matrix tab: coverage tree with its legend above, the evidence of the selected cell below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTreeView, QVBoxLayout, QWidget

from comparer.models import Comparison
from desktop.coverage_model import CoverageModel, Role
from desktop.evidence import EvidencePane
from desktop.style import CoverageDelegate, Legend

PLAN_COLUMN_WIDTH = 112  # at least; wider when a plan's title needs it


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
        self.model.headerDataChanged.connect(self._size_columns)
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
        """Move to the next cell or key point (reading order, wrapping) the engine flags as needing
        review and that nobody has reviewed yet; False when there is none.

        Stops are the task cells (``CoverageCell.needs_review``) and the key point rows under them
        (``PointCell.needs_review``): Hà Nội KL91-4.1 was flagged in Excel while F8 found nothing.
        """
        comparison = self.model.comparison()
        if comparison is None:
            return False
        stops: list[tuple[int, int, int]] = []  # (task row, key point row or -1, plan)
        for row, task in enumerate(comparison.reference.tasks):
            for kp_row in range(-1, len(task.key_points)):
                for plan in range(len(comparison.plans)):
                    cell = comparison.coverage[plan][row]
                    if cell.reviewed:
                        continue
                    if kp_row < 0:
                        if cell.needs_review:
                            stops.append((row, kp_row, plan))
                    else:
                        pt = cell.point(task.key_points[kp_row].id)
                        if pt is not None and pt.needs_review:
                            stops.append((row, kp_row, plan))
        if not stops:
            return False
        current = self.view.currentIndex()
        here = (-1, -1, -1)
        if current.isValid() and current.column() > 0:
            if current.parent().isValid():
                here = (current.parent().row(), current.row(), current.column() - 1)
            else:
                here = (current.row(), -1, current.column() - 1)
        target = next((s for s in stops if s > here), stops[0])
        row, kp_row, plan = target
        parent = self.model.index(row, 0)
        index = self.model.index(row, plan + 1) if kp_row < 0 else self.model.index(kp_row, plan + 1, parent)
        if kp_row >= 0:
            self.view.expand(parent)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

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
        """Plan columns as wide as their title's longest line (never clipped: "298/KH-UBND (docx)"
        lost its last letters at a fixed 128 px), the task column takes the rest."""
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for col in range(1, self.model.columnCount()):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, max(PLAN_COLUMN_WIDTH, widest + 24))
        header.setMinimumSectionSize(60)
