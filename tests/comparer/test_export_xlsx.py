"""The Excel export read back with openpyxl: sheets, values, fills, print setup, edge cases."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from comparer.export.export_data import section_words
from comparer.export.export_xlsx import write_xlsx
from comparer.export.labels import ExportLabels
from comparer.glossary import plan_name, plan_names
from comparer.models import Comparison
from tests import comparisons as fx

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
    # Task rows: the status word and the cell's one score, as the window and the note print them.
    assert re.fullmatch(r"(Đầy đủ|Một phần) \(\d+\)( \?)?", ws.cell(row=row, column=3).value)
    assert re.fullmatch(r"(Đầy đủ|Một phần) \(\d+\)( \?)?", ws.cell(row=row, column=4).value)
    # Key point rows sit in the outline under their task and read like task cells.
    kp_row = _find_row(ws, 1, "KL91-1.2")
    assert ws.row_dimensions[kp_row].outline_level == 1
    assert ws.row_dimensions[row].outline_level == 0
    assert re.fullmatch(r"(Đầy đủ|Một phần|Chưa có) \(\d+\)( \?)?", ws.cell(row=kp_row, column=4).value)
    # Bắc Kạn misses KL91-7 entirely.
    assert ws.cell(row=_find_row(ws, 1, "KL91-7"), column=5).value.startswith("Chưa có")
    assert ws.sheet_properties.outlinePr.summaryBelow is False


def test_summary_marks_reviewed_and_doubtful_cells(book: Workbook) -> None:
    ws = book["Tổng hợp"]
    reviewed = _find_row(ws, 1, "KL91-3")
    assert ws.cell(row=reviewed, column=3).value.endswith(" ✓")
    doubtful = _find_row(ws, 1, "KL91-7")
    assert ws.cell(row=doubtful, column=4).value.endswith(" ?")
    key_points = [str(ws.cell(row=r, column=c).value) for r in range(2, ws.max_row) for c in range(3, 6)
                  if "." in str(ws.cell(row=r, column=1).value)]  # fmt: skip
    assert any(v.endswith(" ?") for v in key_points) and any(v.endswith(" ✓") for v in key_points)


def test_summary_coverage_row_legend_and_chart(book: Workbook) -> None:
    ws = book["Tổng hợp"]
    row = _find_row(ws, 2, "Tỷ lệ bao phủ")
    formulas = [ws.cell(row=row, column=c).value for c in range(3, 6)]
    task_rows = [r for r in range(2, row) if re.fullmatch(r"KL91-\d", str(ws.cell(row=r, column=1).value))]
    full = "+".join(f'COUNTIF(C{r},"Đầy đủ*")' for r in task_rows)
    half = "+".join(f'COUNTIF(C{r},"Một phần*")' for r in task_rows)
    assert len(task_rows) == 8 and formulas[0] == f"=(({full})+0.5*({half}))/8"
    assert all(ws.cell(row=row, column=c).number_format == "0.0%" for c in range(3, 6))
    legend = _find_row(ws, 2, "Chú giải")
    assert ws.cell(row=legend + 1, column=2).value == "Đầy đủ"
    assert ws.cell(row=legend + 3, column=2).value == "Chưa có"
    assert len(ws._charts) == 1


def test_gaps_sheet(book: Workbook) -> None:
    ws = book["Khoảng trống"]
    rows = _rows(ws)
    assert rows[0] == (
        "Kế hoạch", "Mã", "Cấp", "Nội dung của văn bản đối chiếu", "Mục", "Đoạn gần nhất",
        "Mức tương đồng", "Cần xem lại", "Đã xử lý", "Ghi chú", "Dòng tại “Chi tiết”",
    )  # fmt: skip
    ha_noi = [r for r in rows[1:] if r[0] == "Hà Nội · 245/KH-UBND"]
    # Task-level gaps come before key-point gaps.
    assert [r[1] for r in ha_noi] == ["KL91-6", "KL91-3.2"]
    assert ha_noi[0][2] == "Nhiệm vụ" and ha_noi[0][6] == 38 and ha_noi[0][7] == "Có"
    assert ha_noi[0][5].startswith("Tuyển dụng đủ giáo viên") and ha_noi[0][4].startswith("Mục II.")
    assert all(r[9] is None for r in rows[1:])  # the notes column is left for the officer
    # Below the floor (0.6 × threshold) the nearest passage is not quoted.
    assert any(r[5] == "Chưa tìm thấy nội dung tương ứng" and r[6] is None for r in rows[1:])
    # A key point's gap links to its task's rows in "Chi tiết".
    link = next(ws.cell(row=i, column=11) for i, r in enumerate(rows[1:], 2) if r[1] == "KL91-3.2")
    assert link.hyperlink is not None and link.hyperlink.location.startswith("'Chi tiết'!A")
    target = int(link.hyperlink.location.rsplit("A", 1)[1])
    details = book["Chi tiết"]
    assert details.cell(row=target, column=1).value == "Hà Nội · 245/KH-UBND"
    assert details.cell(row=target, column=4).value == "KL91-3"
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
    assert rows[1][1] == "II. NHIỆM VỤ, GIẢI PHÁP › 1. Nhiệm vụ › gạch đầu dòng thứ 1"  # cited as in the Gaps sheet


def test_sources_sheet(book: Workbook) -> None:
    ws = book["Nguồn"]
    rows = _rows(ws)
    assert rows[1][1] == "ha-noi.txt" and rows[1][2] == "UBND thành phố Hà Nội"
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
    for row in range(2, _find_row(ws, 2, "Tỷ lệ bao phủ")):
        value = ws.cell(row=row, column=4).value
        assert value == 0 or str(value).startswith("Chưa có")
    assert ws.cell(row=_find_row(ws, 2, "Tỷ lệ bao phủ"), column=4).value.startswith('=((COUNTIF(D2,"')
    label = next(plan_name(p) for p in fx.nothing_matched().plans if p.name == "cao-bang-du-thao.txt")
    gaps = [r for r in _rows(book["Khoảng trống"])[1:] if r[0] == label]
    assert len(gaps) == 8 and all(r[2] == "Nhiệm vụ" for r in gaps)


def test_thirty_plans(tmp_path: Path) -> None:
    book = load_workbook(_export(fx.many_plans(30), tmp_path))
    ws = book["Tổng hợp"]
    assert ws.max_column == 32
    assert ws.column_dimensions["AF"].width == 16
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
    assert gap_row[8] == "Có" and gap_row[9] == "Đã bổ sung tại Kế hoạch 245 sửa đổi"
    ws = book["Tổng hợp"]
    cell = ws.cell(row=_find_row(ws, 1, "KL91-1"), column=3)
    assert cell.value.endswith("✓")
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
    assert book["Tổng hợp"].conditional_formatting is not None
    assert isinstance(_rows(book["Nguồn"])[-2][2], datetime)


def test_legend_and_chart_print_on_their_own_page(book: Workbook) -> None:
    ws = book["Tổng hợp"]
    coverage_row = _find_row(ws, 2, "Tỷ lệ bao phủ")
    assert [b.id for b in ws.row_breaks.brk] == [coverage_row]


def test_vietnamese_text_survives_intact(book: Workbook) -> None:
    values = [v for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    text = "\n".join([*book.sheetnames, *values])
    assert unicodedata.is_normalized("NFC", text)
    for word in ("Khoảng trống", "Bắc Kạn", "Hải Phòng", "trí tuệ nhân tạo", "bán dẫn", "Nâng cao nhận thức"):
        assert word in text
    assert "\ufffd" not in text


def test_matrix_colours_are_conditional_so_they_follow_edits(book: Workbook) -> None:
    ws = book["Tổng hợp"]
    rules = [(str(cf.sqref), rule) for cf in ws.conditional_formatting for rule in cf.rules]
    fills = {rule.dxf.fill.fgColor.rgb[-6:] if rule.dxf.fill.fgColor.rgb else rule.dxf.fill.bgColor.rgb[-6:]
             for _, rule in rules}  # fmt: skip
    assert {"C6EFCE", "FFEB9C", "FFC7CE"} <= fills
    words = [rule.formula[0] for _, rule in rules if rule.type == "expression"]
    assert any('"Chưa có"' in w for w in words) and any('"Một phần"' in w for w in words)
    task_row = _find_row(ws, 1, "KL91-1")
    assert any(f"C{task_row}:E{task_row}" in ref.split() for ref, rule in rules if rule.type == "expression")
    kp_row = _find_row(ws, 1, "KL91-1.1")  # key points: the same rules on their status words
    assert any(f"C{kp_row}:E{kp_row}" in ref.split() for ref, rule in rules if rule.type == "expression")
    # No fixed fills left on the plan columns: an edited cell would keep a stale colour.
    assert ws.cell(row=task_row, column=3).fill.fgColor.rgb in ("00000000", None)


def test_print_header_names_the_report_and_date(book: Workbook) -> None:
    for ws in book.worksheets:
        assert ws.oddHeader.left.text == "Kết quả rà soát các kế hoạch thực hiện Kết luận 91"
        assert ws.oddHeader.right.text == "Ngày lập: 23/11/2026"


def _english_only(text: str) -> bool:
    return not any(ch.isalpha() and not ch.isascii() for ch in text)


def test_english_workbook_has_no_vietnamese_labels(tmp_path: Path) -> None:
    comparison = fx.three_plans()
    book = load_workbook(_export(comparison, tmp_path, ExportLabels.english()))
    content = {comparison.reference.name, comparison.reference.provenance, comparison.reference.completeness}
    for plan in comparison.plans:
        content |= {plan.label, plan.issuer, plan.number, plan.title, plan.name}
        content |= {t.text for t in plan.tasks} | {t.section_path for t in plan.tasks}
        # The plan's own headings with positions worded in English ("… › dash 1").
        content |= {section_words(t.section, ExportLabels.english()) for t in plan.tasks}
    for task in comparison.reference.tasks:
        content |= {task.title} | {kp.text for kp in task.key_points}
    content |= {e.subject for e in comparison.emphases} | {e.text for e in comparison.emphases}
    content |= {", ".join(m.reason) for row in comparison.matches for m in row}
    names = [comparison.reference.name, comparison.reference.short_name, *(p.issuer for p in comparison.plans)]
    names = [*plan_names(comparison.plans), *names]  # "Hà Nội · 245/KH-UBND": a place and a number
    labels = [*book.sheetnames]
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value not in content and not value.startswith("="):
                    labels.append(value)
        labels += [ws.oddHeader.left.text or "", ws.oddHeader.right.text or ""]
    # Section references are built from the plans' own headings: only the words around them count.
    for name in names:
        labels = [v.replace(name, "") for v in labels]
    leftovers = [v for v in labels if not _english_only(v) and "section" not in v and "“" not in v]
    assert leftovers == [], leftovers


def test_vietnamese_workbook_has_no_english_labels(book: Workbook) -> None:
    import re

    english = {"the", "and", "of", "plan", "task", "score", "reference", "covered", "missing", "reported", "summary"}
    for ws in book.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str) and not value.startswith(("=", "http")):
                    assert not set(re.findall(r"[A-Za-z]+", value.lower())) & english, value


def test_english_workbook_words_positions_in_section_paths(tmp_path: Path) -> None:
    # Details and Emphases showed the plan's path as stored, "đoạn 4 › ý 3", in the English workbook.
    comparison = fx.three_plans()
    book = load_workbook(_export(comparison, tmp_path, ExportLabels.english()))
    details = book[ExportLabels.english().sheet_details]
    header = [c.value for c in details[1]]
    column = header.index(ExportLabels.english().col_section)
    paths = [row[column] for row in details.iter_rows(min_row=2, values_only=True) if row[column]]
    assert paths
    assert not [p for p in paths if re.search(r"\b(gạch đầu dòng|đoạn|mục|ý|bảng) \d", str(p))]
    assert any(re.search(r"\bdash \d", str(p)) for p in paths)


def test_gaps_sheet_prints_at_a_readable_size(book: Workbook) -> None:
    # One page wide in landscape: 218 characters of columns shrank the printed text to about 6 pt.
    ws = book[ExportLabels().sheet_gaps]
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.orientation == "landscape"
    total = sum(ws.column_dimensions[get_column_letter(c)].width for c in range(1, ws.max_column + 1))
    assert total <= 180, total
    header = ws[1]
    assert all(cell.alignment.wrap_text for cell in header)  # narrow columns wrap their headings
