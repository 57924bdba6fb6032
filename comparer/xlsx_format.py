"""Shared look of the Excel export: fonts, fills, header rows, column widths and A4 print setup."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from comparer.models import Status

FONT_NAME = "Times New Roman"  # what officials print in; LibreOffice substitutes Liberation Serif
FONT = Font(name=FONT_NAME, size=11)
BOLD = Font(name=FONT_NAME, size=11, bold=True)
LINK = Font(name=FONT_NAME, size=11, color="0563C1", underline="single")
HEADER_FONT = Font(name=FONT_NAME, size=11, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
# Light fills: scores printed on them stay readable in colour and on a grey-scale printer.
STATUS_FILLS = {
    Status.COVERED: PatternFill("solid", fgColor="C6EFCE"),
    Status.PARTIAL: PatternFill("solid", fgColor="FFEB9C"),
    Status.MISSING: PatternFill("solid", fgColor="FFC7CE"),
}
THIN = Side(style="thin", color="A6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
CENTER = Alignment(horizontal="center", vertical="top")
CENTER_WRAP = Alignment(horizontal="center", vertical="top", wrap_text=True)
ROW_HEIGHT = 15.0  # points per line of 11 pt text
MAX_CELL = 32_000  # Excel refuses cells over 32 767 characters
CellValue = str | int | float | datetime | None


def put(ws: Worksheet, row: int, col: int, value: CellValue, *, font: Font = FONT) -> Cell:
    """Write one value; text is cleaned of control characters and never becomes a formula."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]
        cell.value = text
        cell.data_type = "s"  # a passage starting with "=" must not run as a formula
    else:
        cell.value = value
    cell.font = font
    cell.border = GRID
    return cell


def header_row(ws: Worksheet, headers: Sequence[str], row: int = 1) -> None:
    """Bold white-on-blue header cells, wrapped and centred."""
    for col, text in enumerate(headers, 1):
        cell = put(ws, row, col, text, font=HEADER_FONT)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def line_count(text: str, width: float) -> int:
    """Lines a wrapped text needs in a column ``width`` characters wide (a generous estimate)."""
    # A width unit is one Calibri digit (7 px in Excel). Times New Roman 11 pt text fits about
    # 1.3 characters per unit in Excel and 1.5 in LibreOffice (measured on the sample report):
    # size for Excel, where officers open the file; LibreOffice then shows some spare room.
    per_line = max(1, int(width * 1.3))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def fit_heights(
    ws: Worksheet, first: int, last: int, column_widths: Sequence[float], wrapped: set[int]
) -> None:
    """Set row heights from the wrapped text, as neither openpyxl nor LibreOffice does it on load."""
    for row in range(first, last + 1):
        lines = 1
        for col in wrapped:
            cell = ws.cell(row=row, column=col)
            value = cell.value
            if cell.data_type == "f":  # a formula's text is not what the cell shows
                continue
            if isinstance(value, str) and value and col <= len(column_widths):
                lines = max(lines, line_count(value, column_widths[col - 1]))
        if lines > 1:
            ws.row_dimensions[row].height = ROW_HEIGHT * lines + 2


def widths(ws: Worksheet, columns: Sequence[float]) -> None:
    """Set column widths (in Excel character units), first column first."""
    for col, width in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(col)].width = width


def table(
    ws: Worksheet,
    headers: Sequence[str],
    rows: Iterable[Sequence[CellValue]],
    column_widths: Sequence[float],
    *,
    wrap: Iterable[int] = (),
    number_formats: dict[int, str] | None = None,
) -> int:
    """Write a header and rows, freeze the header, add an autofilter; return the last row.

    Args:
        ws: the sheet, written from A1.
        headers: column headings.
        rows: the values, one sequence per row.
        column_widths: width per column.
        wrap: 1-based columns holding long text (wrapped); the others are aligned to the top.
        number_formats: 1-based column → Excel number format.
    """
    wrapped = set(wrap)
    formats = number_formats or {}
    header_row(ws, headers)
    last = 1
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            cell = put(ws, r, c, value)
            cell.alignment = WRAP if c in wrapped else TOP
            if c in formats and isinstance(value, int | float):
                cell.number_format = formats[c]
        last = r
    widths(ws, column_widths)
    fit_heights(ws, 1, last, column_widths, set(range(1, len(headers) + 1)))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last}"
    print_setup(ws)
    return last


def print_setup(ws: Worksheet, title_rows: str = "1:1", title_cols: str | None = None) -> None:
    """A4 landscape, one page wide, header rows repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3  # the title/date header clears the table
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "&P / &N"


def naive(moment: datetime) -> datetime:
    """Excel cannot store time zones: convert an aware time to local wall-clock time."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
