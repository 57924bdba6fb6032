"""One results tab: a filter line, a plan filter and a sortable table over a result model."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from comparer.models import Comparison
from desktop.coverage_model import plan_titles
from desktop.result_models import DecisionsModel, ResultFilterProxy, _ResultModel
from desktop.result_models import Role as ResultRole

RESIZE_ROWS = 50


class ResultTab(QWidget):
    """Gaps, overlaps or emphases; the long-text ``stretch_columns`` share the spare width.

    Long texts are elided on one line (the tooltip has them whole) so a table of 100 gaps
    stays scannable.
    """

    def __init__(self, model: _ResultModel | DecisionsModel, stretch_columns: tuple[int, ...],
                 parent: QWidget | None = None, *, plan_filter: bool = True) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ResultFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_query)
        self.plan_label = QLabel(self)
        self.plan_combo = QComboBox(self)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # engine order until the user sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Columns sized to their contents measure these rows only (Qt's default is 1000 rows, each
        # asked for several roles: thousands of model calls on the GUI thread at every refresh).
        header.setResizeContentsPrecision(RESIZE_ROWS)
        self._stretch = stretch_columns
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.plan_label)
        top.addWidget(self.plan_combo)
        top.addWidget(self.count_label)
        self._top = top
        self.plan_label.setVisible(plan_filter)
        self.plan_combo.setVisible(plan_filter)
        self.empty_hint = QLabel(self)  # says what would fill an empty table, and how
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color:#555; padding:8px")
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._plan_labels: list[str] = []
        self._comparison: Comparison | None = None
        self.retranslate()

    def set_empty_hint(self, text: str) -> None:
        """Text shown above the table while it has no rows at all ("" for none)."""
        self.empty_hint.setText(text)
        self._update_count()

    def add_tool(self, widget: QWidget) -> None:
        """Put an action (e.g. "mark as addressed") at the end of the filter row."""
        self._top.addWidget(widget)

    def current_item(self) -> object | None:
        """The engine object (Gap, Overlap, Emphasis) of the selected row."""
        index = self.table.currentIndex()
        return index.data(ResultRole.ITEM) if index.isValid() else None

    def comparison(self) -> Comparison | None:
        """The comparison shown (None for the review tab, which shows decisions)."""
        return self._comparison

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        if isinstance(self.model, _ResultModel):
            self.model.set_comparison(comparison)
        labels = plan_titles(comparison.plans, one_line=True) if comparison else []
        if labels != self._plan_labels:
            self._plan_labels = labels
            self._fill_plans()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            if col in self._stretch:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._update_count()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Lọc theo nội dung, mã… (Ctrl+F)"))
        self.plan_label.setText(self.tr("Kế hoạch:"))
        self._fill_plans()
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_plans(self) -> None:
        current = self.proxy.plan()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        self.plan_combo.addItem(self.tr("Tất cả"), -1)
        for i, label in enumerate(self._plan_labels):
            self.plan_combo.addItem(label, i)
        index = self.plan_combo.findData(current)
        self.plan_combo.setCurrentIndex(max(0, index))
        self.plan_combo.blockSignals(False)
        if index < 0:
            self.proxy.set_plan(-1)

    @Slot(int)
    def _plan_changed(self, index: int) -> None:
        data = self.plan_combo.itemData(index)
        self.proxy.set_plan(int(data) if data is not None else -1)
        self._update_count()

    @Slot()
    def _update_count(self, *_: object) -> None:
        self.count_label.setText(self.tr("{shown}/{total} dòng").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))
        self.empty_hint.setVisible(bool(self.empty_hint.text()) and self.model.rowCount() == 0)
