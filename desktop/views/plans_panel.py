"""Side panel: the plans list (add, remove, reorder, per-file status), reference picker, threshold slider."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from comparer.glossary import plan_name
from comparer.models import DEFAULT_REFERENCE, Reference
from comparer.readers.formats import supported_extensions
from desktop.i18n import plan_error_message, reference_warning_message
from desktop.models.session import PlanEntry
from desktop.qtcompat import emit

THRESHOLD_DEBOUNCE_MS = 300  # re-run the comparison once the slider rests, not on every step
OTHER_FILE = "__file__"
ERROR_COLOUR = QColor("#b71c1c")
PENDING_COLOUR = QColor("#555555")
WARNING_COLOUR = QColor("#8a5a00")

# Built-in references the picker offers, in this order, when the engine has them.
BUILTIN_NAMES = {"kl91": "Kết luận 91-KL/TW", "nq71": "Nghị quyết 71-NQ/TW"}


class PlansPanel(QWidget):
    """Emits what the user asks for; the window decides and calls back the ``set_*`` methods."""

    addRequested = Signal()
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)  # row, delta (the ↑/↓ buttons)
    reorderRequested = Signal(int, int)  # row, new row (dragged in the list)
    referenceChosen = Signal(str)  # built-in id, or OTHER_FILE to ask for a file
    thresholdCommitted = Signal(float)

    def __init__(self, builtin_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[PlanEntry] = []
        self._builtin = [i for i in BUILTIN_NAMES if i in builtin_ids] + \
            [i for i in builtin_ids if i not in BUILTIN_NAMES]

        self.plans_box = QGroupBox(self)
        self.plans_list = QListWidget(self.plans_box)
        self.plans_list.setObjectName("plansList")
        self.plans_list.setWordWrap(True)
        self.plans_list.setAlternatingRowColors(True)
        self.plans_list.setSpacing(2)
        self.plans_list.currentRowChanged.connect(self._update_buttons)
        self.plans_list.itemActivated.connect(self._open_file)  # double-click / Enter: see the source
        # Drag a plan to reorder: the list moves the item, the window reorders the session and
        # rebuilds the list. Files dragged in from outside still reach the window's drop handler.
        self.plans_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.plans_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.plans_list.model().rowsMoved.connect(self._rows_moved)
        self._reading = True
        self.add_button = QPushButton(self.plans_box)
        self.remove_button = QPushButton(self.plans_box)
        self.up_button = QPushButton("↑", self.plans_box)
        self.down_button = QPushButton("↓", self.plans_box)
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(36)
        self.add_button.clicked.connect(lambda: emit(self.addRequested))
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.drop_hint = QLabel(self.plans_box)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setStyleSheet("color:#555")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        plans_layout = QVBoxLayout(self.plans_box)
        plans_layout.addWidget(self.plans_list, 1)
        plans_layout.addWidget(self.drop_hint)
        plans_layout.addLayout(buttons)

        self.reference_box = QGroupBox(self)
        self.reference_combo = QComboBox(self.reference_box)
        self.reference_combo.setObjectName("referenceCombo")
        self.reference_combo.activated.connect(self._reference_activated)
        self.provenance = QLabel(self.reference_box)
        self.provenance.setObjectName("provenance")
        self.provenance.setWordWrap(True)
        self.provenance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provenance.setStyleSheet("color:#444")
        ref_layout = QVBoxLayout(self.reference_box)
        ref_layout.addWidget(self.reference_combo)
        ref_layout.addWidget(self.provenance)

        self.threshold_box = QGroupBox(self)
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal, self.threshold_box)
        self.threshold_slider.setObjectName("thresholdSlider")
        self.threshold_slider.setRange(0, 100)
        self.threshold_slider.setPageStep(5)
        self.threshold_value = QLabel(self.threshold_box)
        self.threshold_value.setMinimumWidth(28)
        self.threshold_help = QLabel(self.threshold_box)
        self.threshold_help.setWordWrap(True)
        self.threshold_help.setStyleSheet("color:#555")
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.threshold_slider, 1)
        slider_row.addWidget(self.threshold_value)
        t_layout = QVBoxLayout(self.threshold_box)
        t_layout.addLayout(slider_row)
        t_layout.addWidget(self.threshold_help)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(THRESHOLD_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._commit_threshold)
        self.threshold_slider.valueChanged.connect(self._slider_moved)

        layout = QVBoxLayout(self)
        layout.addWidget(self.plans_box, 1)
        layout.addWidget(self.reference_box)
        layout.addWidget(self.threshold_box)
        self.ui_language = "vi"  # the window sets it; provenance has a Vietnamese and an English text
        self._reference_spec = DEFAULT_REFERENCE
        self._reference: Reference | None = None
        self._reference_error = ""
        self.retranslate()

    # -- fed by the window -----------------------------------------------------------------
    def set_entries(self, entries: list[PlanEntry], current: int | None = None) -> None:
        """Show the plans; a file that failed shows why, in red, beside its name."""
        self._entries = list(entries)
        row = self.plans_list.currentRow() if current is None else current
        self.plans_list.clear()
        for entry in entries:
            item = QListWidgetItem(self._entry_text(entry))
            tip = entry.path if entry.error is None else f"{entry.path}\n{entry.error.detail}"
            item.setToolTip(tip + "\n" + self.tr("Nhấp đúp để mở tệp"))
            if entry.error is not None:
                item.setForeground(QBrush(ERROR_COLOUR))
            elif entry.pending:
                item.setForeground(QBrush(PENDING_COLOUR))
            elif entry.plan is not None and not entry.plan.tasks:
                item.setForeground(QBrush(WARNING_COLOUR))
            self.plans_list.addItem(item)
        if entries:
            self.plans_list.setCurrentRow(min(max(row, 0), len(entries) - 1))
        self._update_buttons()

    def set_reading(self, reading: bool) -> None:
        """Whether plans not read yet are being read now (else the reading was cancelled)."""
        if reading != self._reading:
            self._reading = reading
            if any(e.pending for e in self._entries):
                self.set_entries(self._entries)

    def set_reference(self, spec: str, reference: Reference | None = None, error: str = "") -> None:
        """Select ``spec`` in the picker and show where the reference's wording comes from."""
        self._reference_spec = spec
        self._reference = reference
        self._reference_error = error
        self._fill_reference_combo()
        self._show_provenance()

    def set_threshold(self, value: float) -> None:
        """Move the slider without re-running anything."""
        self.threshold_slider.blockSignals(True)
        self.threshold_slider.setValue(round(value))
        self.threshold_slider.blockSignals(False)
        self.threshold_value.setText(str(round(value)))

    def threshold(self) -> float:
        return float(self.threshold_slider.value())

    def retranslate(self) -> None:
        self.plans_box.setTitle(self.tr("Kế hoạch so sánh"))
        self.add_button.setText(self.tr("Thêm kế hoạch…"))
        # "Bỏ khỏi danh sách" widened the panel at 1366×768 until KL91-4's title was cut in the matrix.
        self.remove_button.setText(self.tr("Bỏ kế hoạch"))
        self.up_button.setToolTip(self.tr("Đưa lên (Alt+↑)"))
        self.down_button.setToolTip(self.tr("Đưa xuống (Alt+↓)"))
        self.drop_hint.setText(self.tr("Kéo thả tệp ({extensions}) vào cửa sổ; "
                                       "kéo kế hoạch trong danh sách để đổi thứ tự.").format(
            extensions=supported_extensions()))
        self.reference_box.setTitle(self.tr("Văn bản tham chiếu"))
        self.threshold_box.setTitle(self.tr("Ngưỡng khớp"))
        self.threshold_help.setText(self.tr("Cao hơn: chỉ nhận đoạn rất sát; thấp hơn: nhận cả đoạn gần."))
        self.set_entries(self._entries)
        self._fill_reference_combo()
        self._show_provenance()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- internals ------------------------------------------------------------------------
    def _entry_text(self, entry: PlanEntry) -> str:
        name = Path(entry.path).name
        if entry.error is not None:
            return f"{name}\n⚠ {plan_error_message(entry.error)}"
        if entry.plan is None:
            reading = self.tr("Đang đọc…") if self._reading else self.tr("Chưa đọc")  # cancelled, or the job failed
            return f"{name}\n{reading}"
        plan = entry.plan
        count = self.tr("{n} nhiệm vụ").format(n=plan.task_count)
        if not plan.tasks:
            count = "⚠ " + self.tr("không tìm thấy nhiệm vụ nào (mở tệp để kiểm tra)")
        # The plan's name as every tab, the CLI and the exports give it ("Bắc Kạn", "Hà Nội · 285-KH/TU").
        return f"{name}\n{plan_name(plan)} · {count}"

    def _fill_reference_combo(self) -> None:
        combo = self.reference_combo
        combo.blockSignals(True)
        combo.clear()
        for ref_id in self._builtin:
            combo.addItem(BUILTIN_NAMES.get(ref_id, ref_id.upper()), ref_id)
        spec = self._reference_spec
        if spec not in self._builtin:
            combo.addItem(Path(spec).name, spec)
        combo.addItem(self.tr("Mở tệp văn bản khác…"), OTHER_FILE)
        combo.setCurrentIndex(max(0, combo.findData(spec)))
        combo.blockSignals(False)

    def _show_provenance(self) -> None:
        ref = self._reference
        if self._reference_error:
            error = html.escape(self._reference_error)
            self.provenance.setText(f"<span style='color:{ERROR_COLOUR.name()}'>⚠ {error}</span>")
            self.provenance.setToolTip("")
            return
        if ref is None:
            self.provenance.setText("")
            return
        source = self.tr("Có sẵn trong chương trình") if ref.builtin else Path(ref.path).name
        n_points = sum(len(t.key_points) for t in ref.tasks)
        summary = self.tr("{n} nhiệm vụ, {k} ý chính · {source}").format(n=len(ref.tasks), k=n_points, source=source)
        english = self.ui_language == "en"
        provenance = (ref.provenance_en if english else "") or ref.provenance or self.tr("(không ghi nguồn)")
        label = self.tr("Nguồn")
        # A loaded text that does not read as a task list says so before anything else is trusted.
        warnings = "".join(
            f"<br><span style='color:{WARNING_COLOUR.name()}'>⚠ {html.escape(reference_warning_message(code))}</span>"
            for code in ref.warnings
        )
        self.provenance.setText(f"{html.escape(summary)}{warnings}<br><i>{label}: {_short(provenance)}</i>")
        completeness = (ref.completeness_en if english else "") or ref.completeness
        self.provenance.setToolTip("\n\n".join(x for x in (ref.name, provenance, completeness) if x))

    @Slot(int)
    def _update_buttons(self, *_: object) -> None:
        row = self.plans_list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.plans_list.count() - 1)

    @Slot(QListWidgetItem)
    def _open_file(self, item: QListWidgetItem) -> None:
        row = self.plans_list.row(item)
        if 0 <= row < len(self._entries):
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._entries[row].path))

    def _remove(self) -> None:
        row = self.plans_list.currentRow()
        if row >= 0:
            emit(self.removeRequested, row)

    @Slot(QModelIndex, int, int, QModelIndex, int)
    def _rows_moved(self, parent: QModelIndex, start: int, end: int, destination: QModelIndex, row: int) -> None:
        # The view is mid-drop here; rebuilding the list now would pull items from under it.
        target = row if row < start else row - (end - start + 1)
        if target != start:
            QTimer.singleShot(0, partial(emit, self.reorderRequested, start, target))

    def _move(self, delta: int) -> None:
        row = self.plans_list.currentRow()
        if row >= 0:
            emit(self.moveRequested, row, delta)

    @Slot(int)
    def _reference_activated(self, index: int) -> None:
        spec = self.reference_combo.itemData(index)
        if spec and spec != self._reference_spec:
            emit(self.referenceChosen, str(spec))

    @Slot(int)
    def _slider_moved(self, value: int) -> None:
        self.threshold_value.setText(str(value))
        self._debounce.start()

    @Slot()
    def _commit_threshold(self) -> None:
        emit(self.thresholdCommitted, float(self.threshold_slider.value()))


def _short(text: str, limit: int = 160) -> str:
    """The panel shows the start of a long provenance; the tooltip has all of it."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return html.escape(text)
