"""The Excel export read back with openpyxl: sheets, values, fills, print setup, edge cases."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from comparer.export_xlsx import write_xlsx
from comparer.glossary import plan_name
from comparer.labels import ExportLabels
from comparer.models import Comparison, Status
from comparer.xlsx_format import STATUS_FILLS

try:  # tests/comparer is a plain folder today; keep working if it becomes a package
    from tests.comparer import export_fixtures as fx
except ImportError:  # pragma: no cover
    import export_fixtures as fx  # type: ignore[no-redef]

SHEETS = ["Tổng hợp", "Khoảng trống", "Nội dung chung", "Điểm nhấn", "Chi tiết", "Nguồn"]
CREATED = datetime(2026, 11, 23, 9, 30)


def _export(comparison: Comparison, tmp_path: Path, labels: ExportLabels | None = None) -> Path:
    path = tmp_path / "so-sanh.xlsx"
    write_xlsx(comparison, path, labels, created=CREATED, app_version="9.9.9")
    return path


def _rows(ws: Worksheet) -> list[tuple[object, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def _find_row(ws: Worksheet, column: int, value: str) -> int:
    for row in range(1, ws.max_row + 1):
        if ws.cell(row=row, column=column).value == value:
            return row
    raise AssertionError(f"{value!r} not in column {column}")


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    return load_workbook(_export(fx.three_plans(), tmp_path_factory.mktemp("xlsx")))


def test_sheet_names_in_order(book: Workbook) -> None:
    assert book.sheetnames == SHEETS


def test_every_sheet_prints_a4_landscape_with_frozen_filtered_header(book: Workbook) -> None:
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows == "$1:$1"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws.freeze_panes in ("A2", "C2")
        assert ws.cell(row=1, column=1).font.b
        assert ws.cell(row=1, column=1).font.name == "Times New Roman"
        assert ws.column_dimensions["A"].width >= 6
    assert book["Khoảng trống"].page_setup.fitToWidth == 1


def test_summary_matrix_rows_columns_and_fills(book: Workbook) -> None:
    ws = book["Tổng hợp"]
    headers = [ws.cell(row=1, column=c).value for c in range(3, 6)]
    assert headers == [plan_name(p) for p in fx.three_plans().plans]  # as every face names them
    row = _find_row(ws, 1, "KL91-1")
    assert ws.cell(row=row, column=2).value == "Nâng cao nhận thức; tăng cường lãnh đạo, chỉ đạo"
    assert ws.cell(row=row, column=3).value == 86
    assert ws.cell(row=row, column=3).fill.fgColor.rgb.endswith(STATUS_FILLS[Status.COVERED].fgColor.rgb[-6:])
    assert ws.cell(row=row, column=4).fill.fgColor.rgb.endswith(STATUS_FILLS[Status.PARTIAL].fgColor.rgb[-6:])
    # Key point rows sit in the outline under their task.
    kp_row = _find_row(ws, 1, "KL91-1.2")
    assert ws.row_dimensions[kp_row].outline_level == 1
    assert ws.row_dimensions[row].outline_level == 0
    assert ws.cell(row=kp_row, column=4).fill.fgColor.rgb.endswith("FFC7CE")  # Hải Phòng lacks it
    # Bắc Kạn misses KL91-7 entirely.
    missing = _find_row(ws, 1, "KL91-7")
    assert ws.cell(row=missing, column=5).fill.fgColor.rgb.endswith("FFC7CE")
    assert ws.sheet_properties.outlinePr.summaryBelow is False


def test_summary_marks_reviewed_and_doubtful_cells(book: Workbook) -> None:
    ws = book["Tổng hợp"]
    reviewed = _find_row(ws, 1, "KL91-3")
    assert "✓" in ws.cell(row=reviewed, column=3).number_format
    doubtful = _find_row(ws, 1, "KL91-7")
    assert "?" in ws.cell(row=doubtful, column=4).number_format


def test_summary_coverage_row_legend_and_chart(book: Workbook) -> None:
    ws = book["Tổng hợp"]
    row = _find_row(ws, 2, "Tỷ lệ bao phủ (%)")
    assert [ws.cell(row=row, column=c).value for c in range(3, 6)] == [81.2, 37.5, 25.0]
    legend = _find_row(ws, 2, "Chú giải")
    assert ws.cell(row=legend + 1, column=2).value == "Đầy đủ"
    assert ws.cell(row=legend + 3, column=2).value == "Chưa có"
    assert len(ws._charts) == 1


def test_gaps_sheet(book: Workbook) -> None:
    ws = book["Khoảng trống"]
    rows = _rows(ws)
    assert rows[0] == (
        "Kế hoạch", "Mã", "Cấp", "Nội dung của văn bản đối chiếu", "Đoạn gần nhất",
        "Mức tương đồng", "Cần xem lại", "Đã xử lý", "Ghi chú",
    )  # fmt: skip
    ha_noi = [r for r in rows[1:] if r[0] == "Hà Nội · 245/KH-UBND"]
    # Task-level gaps come before key-point gaps.
    assert [r[1] for r in ha_noi] == ["KL91-6", "KL91-3.2"]
    assert ha_noi[0][2] == "Nhiệm vụ" and ha_noi[0][5] == 38 and ha_noi[0][6] == "Có"
    assert ha_noi[0][4].startswith("Tuyển dụng đủ giáo viên")
    assert all(r[8] is None for r in rows[1:])  # the notes column is left for the officer
    assert len(rows) - 1 == len(fx.three_plans().gaps)


def test_overlaps_and_emphases(book: Workbook) -> None:
    rows = _rows(book["Nội dung chung"])
    kinds = [r[0] for r in rows[1:]]
    assert kinds.count("Nhiều kế hoạch cùng đề cập") == 4
    assert kinds.count("Nhiệm vụ tương tự giữa hai kế hoạch") == 2
    emphases = _rows(book["Điểm nhấn"])
    terms = {r[2]: r for r in emphases[1:] if r[1] == "Thuật ngữ nổi bật"}
    assert set(terms) == {"trí tuệ nhân tạo", "bán dẫn"}
    assert terms["trí tuệ nhân tạo"][0] == "Hải Phòng · 112/KH-UBND" and terms["trí tuệ nhân tạo"][5] == 4
    local = [r for r in emphases[1:] if r[1] == "Nhiệm vụ riêng của địa phương"]
    assert all("›" in r[2] for r in local)  # section path, not an internal task id


def test_details_sheet_lists_every_match(book: Workbook) -> None:
    rows = _rows(book["Chi tiết"])
    comparison = fx.three_plans()
    assert len(rows) - 1 == sum(len(m) for m in comparison.matches)
    assert {r[8] for r in rows[1:]} == {"Tự động", "Đã rà soát"}
    reviewed = [r for r in rows[1:] if r[8] == "Đã rà soát"]
    assert reviewed[0][2].startswith("Bồi dưỡng thường xuyên cho 100% giáo viên")
    assert rows[1][1] == "II. NHIỆM VỤ, GIẢI PHÁP › 1. Nhiệm vụ › gạch đầu dòng 1"


def test_sources_sheet(book: Workbook) -> None:
    ws = book["Nguồn"]
    rows = _rows(ws)
    assert rows[1][1] == "ha-noi-kh-245.txt" and rows[1][2] == "UBND thành phố Hà Nội"
    assert len(rows[1][7]) == 64
    values = {r[1]: r[2] for r in rows if r[1]}
    assert values["Văn bản đối chiếu"] == "Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị"
    assert values["Nguồn gốc nội dung"].startswith("Trích từ Kết luận số 91-KL/TW")
    assert values["Ngưỡng so khớp (0–100)"] == 50
    assert values["Ngày lập"] == CREATED
    assert values["Phiên bản phần mềm"] == "9.9.9"


def test_one_plan(tmp_path: Path) -> None:
    book = load_workbook(_export(fx.one_plan(), tmp_path))
    ws = book["Tổng hợp"]
    assert ws.cell(row=1, column=3).value == plan_name(fx.one_plan().plans[0])
    assert ws.cell(row=1, column=4).value is None
    assert len(ws._charts) == 1
    assert _rows(book["Nội dung chung"]) == [_rows(book["Nội dung chung"])[0]]


def test_plan_with_nothing_matched(tmp_path: Path) -> None:
    book = load_workbook(_export(fx.nothing_matched(), tmp_path))
    ws = book["Tổng hợp"]
    for row in range(2, _find_row(ws, 2, "Tỷ lệ bao phủ (%)")):
        assert ws.cell(row=row, column=4).fill.fgColor.rgb.endswith("FFC7CE")
        assert ws.cell(row=row, column=4).value == 0
    assert ws.cell(row=_find_row(ws, 2, "Tỷ lệ bao phủ (%)"), column=4).value == 0
    label = next(plan_name(p) for p in fx.nothing_matched().plans if p.name == "cao-bang-du-thao.txt")
    gaps = [r for r in _rows(book["Khoảng trống"])[1:] if r[0] == label]
    assert len(gaps) == 8 and all(r[2] == "Nhiệm vụ" for r in gaps)


def test_thirty_plans(tmp_path: Path) -> None:
    book = load_workbook(_export(fx.many_plans(30), tmp_path))
    ws = book["Tổng hợp"]
    assert ws.max_column == 32
    assert ws.column_dimensions["AF"].width == 12
    assert len(ws._charts) == 1
    assert ws.page_setup.fitToWidth == 3  # a dozen plans per printed page


def test_english_labels(tmp_path: Path) -> None:
    book = load_workbook(_export(fx.three_plans(), tmp_path, ExportLabels.english()))
    assert book.sheetnames == ["Summary", "Gaps", "Shared content", "Emphases", "Details", "Sources"]
    assert book["Gaps"].cell(row=1, column=1).value == "Plan"


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    comparison = fx.one_plan()
    plan = comparison.plans[0]
    task = plan.tasks[0]
    odd = type(task)(**{**task.__dict__, "text": '=HYPERLINK("x")\x07 tăng cường'})
    plan = type(plan)(**{**plan.__dict__, "tasks": (odd, *plan.tasks[1:])})
    comparison = type(comparison)(**{**comparison.__dict__, "plans": (plan,)})
    rows = _rows(load_workbook(_export(comparison, tmp_path))["Chi tiết"])
    assert rows[1][2] == '=HYPERLINK("x") tăng cường'


def test_officer_decisions_are_shown(tmp_path: Path) -> None:
    comparison = fx.three_plans()
    gaps = list(comparison.gaps)
    gaps[1] = replace(gaps[1], addressed=True, note="Đã bổ sung tại Kế hoạch 245 sửa đổi")
    row = list(comparison.coverage[0])
    row[0] = replace(row[0], reviewed=True, note="Cán bộ đã đối chiếu bản giấy")
    comparison = replace(comparison, gaps=tuple(gaps), coverage=(tuple(row), *comparison.coverage[1:]))
    book = load_workbook(_export(comparison, tmp_path))
    gap_row = next(r for r in _rows(book["Khoảng trống"]) if r[1] == gaps[1].ref_id and r[0] == "Hà Nội · 245/KH-UBND")
    assert gap_row[7] == "Có" and gap_row[8] == "Đã bổ sung tại Kế hoạch 245 sửa đổi"
    ws = book["Tổng hợp"]
    cell = ws.cell(row=_find_row(ws, 1, "KL91-1"), column=3)
    assert "✓" in cell.number_format
    assert cell.comment is not None and cell.comment.text == "Cán bộ đã đối chiếu bản giấy"


def test_translated_sheet_names_are_made_valid(tmp_path: Path) -> None:
    labels = replace(ExportLabels.vietnamese(), sheet_gaps="Khoảng trống: nhiệm vụ/nội dung chưa đề cập [chi tiết]")
    book = load_workbook(_export(fx.one_plan(), tmp_path, labels))
    name = book.sheetnames[1]
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert name.startswith("Khoảng trống")


def test_no_plans_and_aware_time(tmp_path: Path) -> None:
    empty = replace(fx.one_plan(), plans=(), matches=(), coverage=(), gaps=(), emphases=())
    path = tmp_path / "rong.xlsx"
    write_xlsx(empty, path, created=datetime(2026, 11, 23, 2, 30, tzinfo=UTC))
    book = load_workbook(path)
    assert book["Tổng hợp"]._charts == []
    assert isinstance(_rows(book["Nguồn"])[-2][2], datetime)


def test_legend_and_chart_print_on_their_own_page(book: Workbook) -> None:
    ws = book["Tổng hợp"]
    coverage_row = _find_row(ws, 2, "Tỷ lệ bao phủ (%)")
    assert [b.id for b in ws.row_breaks.brk] == [coverage_row]


def test_vietnamese_text_survives_intact(book: Workbook) -> None:
    values = [v for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    text = "\n".join([*book.sheetnames, *values])
    assert unicodedata.is_normalized("NFC", text)
    for word in ("Khoảng trống", "Bắc Kạn", "Hải Phòng", "trí tuệ nhân tạo", "bán dẫn", "Nâng cao nhận thức"):
        assert word in text
    assert "\ufffd" not in text
