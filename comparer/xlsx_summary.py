"""The Excel summary sheet: coverage matrix with key-point outline, legend and a coverage chart."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from comparer.export_data import gap_index, key_point_cell
from comparer.glossary import load_glossary, plan_names
from comparer.labels import ExportLabels
from comparer.models import Comparison, CoverageCell, Status
from comparer.status import points
from comparer.xlsx_format import (
    BOLD,
    CENTER,
    CENTER_WRAP,
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


def _status_text(cell: CoverageCell | None, labels: ExportLabels) -> str:
    """A task cell: the status word and the cell's one score (as every face prints it), then ✓ (an
    officer confirmed it) or ? (the engine's needs-review flag)."""
    if cell is None:
        return labels.status_missing
    mark = f" {GLOSSARY.mark_reviewed}" if cell.reviewed else f" {GLOSSARY.mark_needs_review}" if cell.flagged else ""
    return f"{labels.status(cell.status)} ({points(cell.score)}){mark}"


def write_summary(ws: Worksheet, comparison: Comparison, labels: ExportLabels) -> None:
    """Fill ``ws`` with the coverage matrix, coverage % row, legend and bar chart.

    Task rows hold the status word, key point rows the similarity score; both are coloured by
    conditional formatting, and the coverage row is a formula over the status words, so an
    officer who corrects a cell sees its colour and the plan's coverage follow.
    """
    plans = comparison.plans
    last_col = PLAN_COLUMN + len(plans) - 1
    header_row(ws, [labels.col_id, labels.col_reference_item, *plan_names(plans)])
    gaps = gap_index(comparison)
    cells = {(c.plan, c.ref_id): c for row in comparison.coverage for c in row}
    # The task row sits above its key points, so the outline's summary row is on top.
    ws.sheet_properties.outlinePr.summaryBelow = False
    row = 2
    task_rows: list[int] = []
    kp_rows: list[int] = []
    for task in comparison.reference.tasks:
        put(ws, row, 1, task.id, font=BOLD).alignment = WRAP
        put(ws, row, 2, task.title, font=BOLD).alignment = WRAP
        for p in range(len(plans)):
            cell = cells.get((p, task.id))
            target = put(ws, row, PLAN_COLUMN + p, _status_text(cell, labels), font=BOLD)
            target.alignment = CENTER_WRAP
            if cell is not None and cell.note:
                target.comment = Comment(cell.note, "plancompare", width=300, height=120)
        task_rows.append(row)
        row += 1
        for kp in task.key_points:
            put(ws, row, 1, kp.id).alignment = WRAP
            put(ws, row, 2, kp.text).alignment = Alignment(wrap_text=True, vertical="top", indent=2)
            for p in range(len(plans)):
                cell = cells.get((p, task.id))
                status, score, flagged = key_point_cell(cell, kp.id, gaps) if cell else (Status.MISSING, 0.0, False)
                reviewed = cell is not None and cell.reviewed
                mark = f" {GLOSSARY.mark_reviewed}" if reviewed else f" {GLOSSARY.mark_needs_review}" if flagged else ""
                target = put(ws, row, PLAN_COLUMN + p, f"{labels.status(status)} ({points(score)}){mark}")
                target.alignment = CENTER_WRAP
            ws.row_dimensions[row].outline_level = 1
            kp_rows.append(row)
            row += 1
    last_matrix_row = row - 1
    coverage_row = row
    put(ws, coverage_row, 2, labels.coverage_row, font=BOLD)
    put(ws, coverage_row, 1, "", font=BOLD)
    tasks = len(comparison.reference.tasks)
    for p in range(len(comparison.coverage)):
        col = get_column_letter(PLAN_COLUMN + p)
        # The formula is set apart: put() would store it as text.
        target = put(ws, coverage_row, PLAN_COLUMN + p, None, font=BOLD)
        target.value = _coverage_formula([f"{col}{r}" for r in task_rows], labels, tasks)
        target.number_format = "0.0%"
        target.alignment = CENTER
    if plans:
        _colour_rules(ws, comparison, labels, task_rows, kp_rows, last_col)
    # Legend and chart print together on their own page instead of splitting after the matrix.
    ws.row_breaks.append(Break(id=coverage_row))
    legend_end = _legend(ws, coverage_row + 2, labels)
    if plans:  # a chart over an empty range makes Excel "repair" the file
        _chart(ws, comparison, labels, coverage_row, legend_end + 2)

    column_widths = [10, 60, *([16] * len(plans))]
    widths(ws, column_widths)
    fit_heights(ws, 1, coverage_row, column_widths, set(range(1, last_col + 1)))
    fit_heights(ws, coverage_row + 2, legend_end, [10, 60], {2})
    ws.freeze_panes = ws.cell(row=2, column=PLAN_COLUMN)
    ws.auto_filter.ref = f"A1:{get_column_letter(last_col)}{last_matrix_row}"
    print_setup(ws, title_rows="1:1", title_cols="A:B")
    # One page wide is unreadable past a dozen plans (34 provinces shrink to 3 pt text):
    # print a dozen plan columns per page instead, with the task columns repeated.
    ws.page_setup.fitToWidth = max(1, -(-len(plans) // PLANS_PER_PAGE))


def _text_literal(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _coverage_formula(cells: list[str], labels: ExportLabels, tasks: int) -> str:
    """Covered counts 1, partial 0.5 (as in the CLI and the note), over the task rows' status words.

    One COUNTIF per task cell: the key point rows below each task hold status words too, and
    must not count.
    """
    if not tasks or not cells:
        return "=0"
    covered = _text_literal(labels.status_covered + "*")
    partial = _text_literal(labels.status_partial + "*")
    full = "+".join(f"COUNTIF({c},{covered})" for c in cells)
    half = "+".join(f"COUNTIF({c},{partial})" for c in cells)
    return f"=(({full})+0.5*({half}))/{tasks}"


def _colour_rules(
    ws: Worksheet, comparison: Comparison, labels: ExportLabels, task_rows: list[int], kp_rows: list[int], last_col: int
) -> None:
    """Status colours as conditional formats over the status words of task and key point rows."""
    first, last = get_column_letter(PLAN_COLUMN), get_column_letter(last_col)
    rows = sorted(task_rows + kp_rows)
    if rows:
        ranges = " ".join(f"{first}{r}:{last}{r}" for r in rows)
        top_left = f"{first}{rows[0]}"
        # Longest word first: a status word that starts another must not take its colour.
        words = sorted(((labels.status(s), s) for s in Status), key=lambda w: -len(w[0]))
        for word, status in words:
            literal = _text_literal(word)
            formula = f"LEFT({top_left},LEN({literal}))={literal}"
            ws.conditional_formatting.add(
                ranges, FormulaRule(formula=[formula], fill=STATUS_FILLS[status], stopIfTrue=True)
            )


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
    chart.y_axis.scaling.max = 1  # the coverage row holds fractions shown as %
    chart.y_axis.majorUnit = 0.25
    chart.y_axis.number_format = "0%"
    # openpyxl 3.1 marks axes deleted by default; recent Excel then draws no axes at all.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if count <= 12:
        chart.dataLabels = DataLabelList()
        chart.dataLabels.showVal = True
        chart.dataLabels.showSerName = False
        chart.dataLabels.showCatName = False
        chart.dataLabels.showLegendKey = False
        chart.dataLabels.numFmt = "0.0%"
    chart.series[0].graphicalProperties.solidFill = "2E75B6"
    chart.gapWidth = 60
    chart.height = 9
    chart.width = max(16.0, min(40.0, 1.1 * count + 6))
    ws.add_chart(chart, f"B{anchor_row}")
