"""Colours of coverage statuses, the matrix cell delegate and its legend (one place for all three)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from comparer.models import Status
from desktop.coverage_model import Role
from desktop.i18n import ui_glossary

# Light fills with dark text: readable on projectors and when printed in grey (contrast > 7:1).
STATUS_COLOURS = {
    Status.COVERED: QColor("#b9e4c0"),
    Status.PARTIAL: QColor("#ffe08a"),
    Status.MISSING: QColor("#f6c1c1"),
}
TEXT_COLOUR = QColor("#1a1a1a")
PARTIAL_HATCH = QColor("#e9c55a")
REVIEW_COLOUR = QColor("#8a5a00")
REVIEWED_COLOUR = QColor("#1b5e20")
HIGHLIGHT = "#fff176"  # matched words in the evidence pane


class CoverageDelegate(QStyledItemDelegate):
    """Paints a plan cell as a status-coloured box with its score; marks review state in a corner."""

    _cell_hint: tuple[str, QSize] | None = None  # (font, size) of a plan cell

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        status = index.data(Role.STATUS)
        if index.column() == 0 or status is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect = QRect(option.rect).adjusted(1, 1, -1, -1)
        colour = QColor(STATUS_COLOURS[Status(status)])
        if index.parent().isValid():  # key point rows: a lighter shade of the same colour
            colour = colour.lighter(108)
        painter.fillRect(rect, colour)
        if Status(status) is Status.PARTIAL:
            # Hatched as well as yellow: partial and covered stay apart without colour vision.
            painter.fillRect(rect, QBrush(PARTIAL_HATCH, Qt.BrushStyle.BDiagPattern))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(TEXT_COLOUR)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        corner = QRect(rect.right() - 14, rect.top() + 1, 14, 14)
        g = ui_glossary()
        if index.data(Role.REVIEWED):
            painter.setPen(REVIEWED_COLOUR)
            painter.drawText(corner, int(Qt.AlignmentFlag.AlignCenter), g.mark_reviewed)
        elif index.data(Role.NEEDS_REVIEW):
            painter.setPen(REVIEW_COLOUR)
            bold = painter.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(corner, int(Qt.AlignmentFlag.AlignCenter), g.mark_needs_review)
        painter.restore()


    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # Plan cells hold one short line each: measured once per font, not once per cell (the
        # view asks every column of a row, a hundred plans a hundred times, at each refresh).
        key = option.font.key()
        if index.column() > 0 and self._cell_hint is not None and self._cell_hint[0] == key:
            return QSize(self._cell_hint[1])
        # A little air around each row: Vietnamese stacks marks above and below (ệ, ặ, Ỹ).
        hint = super().sizeHint(option, index)
        hint = QSize(hint.width(), hint.height() + 4)
        if index.column() > 0 and index.data(Role.STATUS) is not None:
            self._cell_hint = (key, QSize(hint))
        return hint


def status_swatch(status: Status, width: int = 22, height: int = 14) -> QPixmap:
    """A small sample of how the matrix paints ``status`` (the legend's key)."""
    pixmap = QPixmap(width, height)
    pixmap.fill(STATUS_COLOURS[status])
    if status is Status.PARTIAL:
        painter = QPainter(pixmap)
        painter.fillRect(pixmap.rect(), QBrush(PARTIAL_HATCH, Qt.BrushStyle.BDiagPattern))
        painter.end()
    return pixmap


class Legend(QWidget):
    """Colour key under the matrix; texts are set by ``retranslate``."""

    _STATUSES = {"covered": Status.COVERED, "partial": Status.PARTIAL, "missing": Status.MISSING}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        # What the statuses mean, in one line under the key ("Đầy đủ" promised more than a strong
        # passage; it now needs half the key points, and the legend says so).
        self.rule = QLabel(self)
        self.rule.setObjectName("legend_rule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color:#444")
        outer.addWidget(self.rule)
        self._labels: dict[str, QLabel] = {}
        for key in ("covered", "partial", "missing", "review", "reviewed", "score"):
            if key in self._STATUSES:
                sample = QLabel(self)
                sample.setPixmap(status_swatch(self._STATUSES[key]))
                layout.addWidget(sample)
            label = QLabel(self)
            label.setObjectName(f"legend_{key}")
            layout.addWidget(label)
            layout.addSpacing(8)
            self._labels[key] = label
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        g = ui_glossary()
        self._labels["covered"].setText(g.status_covered)
        self._labels["partial"].setText(g.status_partial)
        self._labels["missing"].setText(g.status_missing)
        self._labels["review"].setText(
            f"<b style='color:{REVIEW_COLOUR.name()}'>{g.mark_needs_review}</b> " + g.needs_review.lower())
        self._labels["reviewed"].setText(
            f"<b style='color:{REVIEWED_COLOUR.name()}'>{g.mark_reviewed}</b> " + g.reviewed.lower())
        # A partial cell reading "98" looked like 98 % covered to users; say what the number is.
        self._labels["score"].setText(f"<b>98</b> = {g.score.lower()} 0–100")
        for key in ("covered", "partial", "missing", "review", "reviewed", "score"):
            self._labels[key].setToolTip("\n".join(g.legend()))
        self.setToolTip("\n".join(g.legend()))
        self.rule.setText(g.legend_brief)
