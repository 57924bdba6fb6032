"""The Excel summary sheet: coverage matrix with key-point outline, legend and a coverage chart."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from comparer.export_data import gap_index, key_point_cell, summarise
from comparer.glossary import load_glossary, plan_names
from comparer.labels import ExportLabels
from comparer.models import Comparison, CoverageCell, Status
from comparer.status import points
from comparer.xlsx_format import (
    BOLD,
    CENTER,
    STATUS_FILLS,
    WRAP,
    fit_heights,
    header_row,
    print_setup,
    put,
    widths,
)

PLAN_COLUMN = 3  # first plan column (A = id, B = task / key point)
PLANS_PER_PAGE = 12
GLOSSARY = load_glossary("vi")  # the marks ✓ and ? are the same in both languages


def _score_format(cell: CoverageCell | None, needs_review: bool) -> str:
    """Number format that keeps the score numeric but marks reviewed (✓) or doubtful (?) cells.

    The marks are the glossary's; the flag is the engine's (``CoverageCell.flagged``,
    ``PointCell.needs_review``), the same the window marks and F8 visits.
    """
    if cell is not None and cell.reviewed:
        return f'0" {GLOSSARY.mark_reviewed}"'
    if needs_review:
        return f'0" {GLOSSARY.mark_needs_review}"'
    return "0"


def write_summary(ws: Worksheet, comparison: Comparison, labels: ExportLabels) -> None:
    """Fill ``ws`` with the coverage matrix, coverage % row, legend and bar chart."""
    plans = comparison.plans
    last_col = PLAN_COLUMN + len(plans) - 1
    header_row(ws, [labels.col_id, labels.col_reference_item, *plan_names(plans)])
    gaps = gap_index(comparison)
    cells = {(c.plan, c.ref_id): c for row in comparison.coverage for c in row}
    # The task row sits above its key points, so the outline's summary row is on top.
    ws.sheet_properties.outlinePr.summaryBelow = False
    row = 2
    for task in comparison.reference.tasks:
        put(ws, row, 1, task.id, font=BOLD).alignment = WRAP
        put(ws, row, 2, task.title, font=BOLD).alignment = WRAP
        for p in range(len(plans)):
            cell = cells.get((p, task.id))
            status = cell.status if cell else Status.MISSING
            target = put(ws, row, PLAN_COLUMN + p, points(cell.score) if cell else 0, font=BOLD)
            target.fill = STATUS_FILLS[status]
            target.alignment = CENTER
            target.number_format = _score_format(cell, bool(cell and cell.flagged))
            if cell is not None and cell.note:
                target.comment = Comment(cell.note, "plancompare", width=300, height=120)
        row += 1
        for kp in task.key_points:
            put(ws, row, 1, kp.id).alignment = WRAP
            put(ws, row, 2, kp.text).alignment = Alignment(wrap_text=True, vertical="top", indent=2)
            for p in range(len(plans)):
                cell = cells.get((p, task.id))
                status, score, flagged = key_point_cell(cell, kp.id, gaps) if cell else (Status.MISSING, 0.0, False)
                target = put(ws, row, PLAN_COLUMN + p, points(score))
                target.fill = STATUS_FILLS[status]
                target.alignment = CENTER
                target.number_format = _score_format(cell, flagged)
            ws.row_dimensions[row].outline_level = 1
            row += 1
    last_matrix_row = row - 1
    coverage_row = row
    put(ws, coverage_row, 2, labels.coverage_row, font=BOLD)
    put(ws, coverage_row, 1, "", font=BOLD)
    for p in range(len(comparison.coverage)):
        target = put(ws, coverage_row, PLAN_COLUMN + p, summarise(comparison, p).percent, font=BOLD)
        target.number_format = "0.0"
        target.alignment = CENTER
    # Legend and chart print together on their own page instead of splitting after the matrix.
    ws.row_breaks.append(Break(id=coverage_row))
    legend_end = _legend(ws, coverage_row + 2, labels)
    if plans:  # a chart over an empty range makes Excel "repair" the file
        _chart(ws, comparison, labels, coverage_row, legend_end + 2)

    column_widths = [10, 60, *([12] * len(plans))]
    widths(ws, column_widths)
    fit_heights(ws, 1, coverage_row, column_widths, set(range(1, last_col + 1)))
    fit_heights(ws, coverage_row + 2, legend_end, [10, 60], {2})
    ws.freeze_panes = ws.cell(row=2, column=PLAN_COLUMN)
    ws.auto_filter.ref = f"A1:{get_column_letter(last_col)}{last_matrix_row}"
    print_setup(ws, title_rows="1:1", title_cols="A:B")
    # One page wide is unreadable past a dozen plans (34 provinces shrink to 3 pt text):
    # print a dozen plan columns per page instead, with the task columns repeated.
    ws.page_setup.fitToWidth = max(1, -(-len(plans) // PLANS_PER_PAGE))


def _legend(ws: Worksheet, first: int, labels: ExportLabels) -> int:
    """Write the legend from row ``first``; return its last row."""
    put(ws, first, 2, labels.legend_title, font=BOLD)
    row = first + 1
    for status in (Status.COVERED, Status.PARTIAL, Status.MISSING):
        put(ws, row, 1, "").fill = STATUS_FILLS[status]
        put(ws, row, 2, labels.status(status))
        row += 1
    for text in (
        labels.legend_score,
        labels.legend_reviewed,
        labels.legend_needs_review,
        labels.coverage_rule,
    ):
        put(ws, row, 2, text).alignment = WRAP
        row += 1
    return row - 1


def _chart(ws: Worksheet, comparison: Comparison, labels: ExportLabels, data_row: int, anchor_row: int) -> None:
    """A native bar chart of the coverage % row, one bar per plan."""
    count = len(comparison.plans)
    chart = BarChart()
    chart.type = "col"
    chart.title = labels.chart_title
    chart.legend = None
    data = Reference(ws, min_col=2, max_col=PLAN_COLUMN + count - 1, min_row=data_row, max_row=data_row)
    chart.add_data(data, from_rows=True, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=PLAN_COLUMN, max_col=PLAN_COLUMN + count - 1, min_row=1, max_row=1))
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 25
    chart.y_axis.number_format = "0"
    # openpyxl 3.1 marks axes deleted by default; recent Excel then draws no axes at all.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if count <= 12:
        chart.dataLabels = DataLabelList()
        chart.dataLabels.showVal = True
        chart.dataLabels.showSerName = False
        chart.dataLabels.showCatName = False
        chart.dataLabels.showLegendKey = False
    chart.series[0].graphicalProperties.solidFill = "2E75B6"
    chart.gapWidth = 60
    chart.height = 9
    chart.width = max(16.0, min(40.0, 1.1 * count + 6))
    ws.add_chart(chart, f"B{anchor_row}")
