"""The Word briefing note read back with python-docx: ND 30 layout, fonts, sections, tables."""

from __future__ import annotations

import struct
import unicodedata
import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt
from hypothesis import given, settings
from hypothesis import strategies as st

from comparer.export_docx import write_docx
from comparer.labels import ExportLabels
from comparer.models import Comparison
from comparer.png_chart import bar_chart_png

try:  # tests/comparer is a plain folder today; keep working if it becomes a package
    from tests.comparer import export_fixtures as fx
except ImportError:  # pragma: no cover
    import export_fixtures as fx  # type: ignore[no-redef]

DAY = date(2026, 11, 23)


def _export(comparison: Comparison, tmp_path: Path, **kwargs: object) -> DocxDocument:
    path = tmp_path / "bao-cao.docx"
    write_docx(comparison, path, created=DAY, **kwargs)  # type: ignore[arg-type]
    return docx.Document(str(path))


def _text(doc: DocxDocument) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> DocxDocument:
    return _export(
        fx.three_plans(),
        tmp_path_factory.mktemp("docx"),
        parent_body="UBND thành phố Hà Nội",
        signer="Nguyễn Văn An",
        signer_title="Giám đốc",
    )


def test_page_is_a4_with_nd30_margins(report: DocxDocument) -> None:
    body = report.sections[0]
    assert body.orientation == WD_ORIENT.PORTRAIT
    assert (round(body.page_width.mm), round(body.page_height.mm)) == (210, 297)
    # Word stores margins in twips, so compare whole millimetres.
    assert 20 <= round(body.top_margin.mm) <= 25 and 20 <= round(body.bottom_margin.mm) <= 25
    assert 30 <= round(body.left_margin.mm) <= 35 and 15 <= round(body.right_margin.mm) <= 20
    appendix = report.sections[-1]
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert round(appendix.page_width.mm) == 297


def test_times_new_roman_everywhere(report: DocxDocument) -> None:
    normal = report.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert Pt(13) <= normal.font.size <= Pt(14)
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Times New Roman"
    for name in ("Heading 1", "Heading 2"):
        style_fonts = report.styles[name].element.rPr.find(qn("w:rFonts"))
        assert style_fonts.get(qn("w:ascii")) == "Times New Roman"
        assert style_fonts.get(qn("w:asciiTheme")) is None  # a theme font would win in Word
    defaults = report.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
    for para in report.paragraphs:
        for run in para.runs:
            assert run.font.name in (None, "Times New Roman")


def test_national_header_block(report: DocxDocument) -> None:
    header = report.tables[0]
    left, right = (cell.text for cell in header.rows[0].cells)
    assert "UBND THÀNH PHỐ HÀ NỘI" in left
    assert "SỞ GIÁO DỤC VÀ ĐÀO TẠO" in left
    issuer_run = next(r for p in header.cell(0, 0).paragraphs for r in p.runs if r.text == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    assert issuer_run.bold
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right
    assert "Độc lập - Tự do - Hạnh phúc" in right
    date_para = next(p for p in header.cell(0, 1).paragraphs if "ngày" in p.text)
    assert date_para.text == "Hà Nội, ngày 23 tháng 11 năm 2026"
    assert all(r.italic for r in date_para.runs)
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    # Short rules under the issuer and the motto are paragraph borders, not drawn shapes.
    assert len(header._tbl.findall(".//" + qn("w:pBdr"))) == 2


def test_title_headings_and_sections(report: DocxDocument) -> None:
    texts = [p.text for p in report.paragraphs]
    assert "BÁO CÁO" in texts
    assert "Kết quả đối chiếu các kế hoạch thực hiện với Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị" in texts
    headings = [p.text for p in report.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "1. Mục đích, phạm vi", "2. Kết quả chung", "3. Khoảng trống của từng kế hoạch",
        "4. Nội dung trùng lặp", "5. Điểm nhấn riêng của từng kế hoạch", "6. Kiến nghị",
    ]  # fmt: skip
    subheadings = [p.text for p in report.paragraphs if p.style.name == "Heading 2"]
    assert "3.2. Kế hoạch số 112/KH-UBND của UBND thành phố Hải Phòng" in subheadings
    assert "PHỤ LỤC" in texts


def test_scope_names_provenance_and_threshold(report: DocxDocument) -> None:
    text = _text(report)
    assert "Nguồn nội dung văn bản đối chiếu: Trích từ Kết luận số 91-KL/TW ngày 12/8/2024" in text
    assert "gồm 8 nhiệm vụ và 17 nội dung trọng tâm" in text
    assert "điểm đạt từ 50 trở lên" in text
    assert "Kế hoạch số 58/KH-UBND của UBND tỉnh Bắc Kạn" in text


def test_coverage_table_and_chart(report: DocxDocument) -> None:
    coverage = next(t for t in report.tables if len(t.columns) == 6 and t.cell(0, 5).text == "Tỷ lệ bao phủ")
    assert [c.text for c in coverage.rows[1].cells] == [
        "1", "245/KH-UBND (UBND thành phố Hà Nội)", "6", "1", "1", "81,2%",
    ]  # fmt: skip
    assert coverage.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(report.inline_shapes) == 1
    assert "Biểu đồ: tỷ lệ bao phủ (%)" in _text(report)


def test_gaps_most_important_first(report: DocxDocument) -> None:
    gap_tables = [t for t in report.tables if t.cell(0, 1).text == "Nội dung còn thiếu"]
    assert len(gap_tables) == 3
    ha_noi = gap_tables[0]
    assert ha_noi.cell(1, 1).text.startswith("Nhiệm vụ “Phát triển nguồn nhân lực")
    assert ha_noi.cell(1, 3).text == "Cần xem lại"
    assert ha_noi.cell(2, 1).text.startswith("Ý chính “Có chính sách thu hút")


def test_overlaps_emphases_and_recommendations(report: DocxDocument) -> None:
    text = _text(report)
    assert "“Nâng cao nhận thức; tăng cường lãnh đạo, chỉ đạo” (KL91-1): 3 kế hoạch" in text
    assert "Thuật ngữ được nhấn mạnh: “trí tuệ nhân tạo” (4 lần), “bán dẫn” (3 lần)." in text
    assert "Nội dung trọng tâm chỉ kế hoạch này đề cập: “Từng bước đưa tiếng Anh" in text
    assert (
        "Kế hoạch số 58/KH-UBND của UBND tỉnh Bắc Kạn chưa đề cập nhiệm vụ “Đẩy mạnh chuyển đổi số, ứng dụng "
        "công nghệ thông tin trong giáo dục” của Kết luận 91; đề nghị bổ sung"
    ) in text
    assert "đề nghị rà soát lại trước khi kết luận" in text


def test_closing_and_page_numbers(report: DocxDocument) -> None:
    closing = next(t for t in report.tables if t.cell(0, 0).text.startswith("Nơi nhận:"))
    assert "- UBND thành phố Hà Nội (để báo cáo);" in closing.cell(0, 0).text
    assert "- Lưu: VT." in closing.cell(0, 0).text
    assert "GIÁM ĐỐC" in closing.cell(0, 1).text and "Nguyễn Văn An" in closing.cell(0, 1).text
    header_xml = report.sections[0].header._element.xml
    assert "PAGE" in header_xml and "fldChar" in header_xml
    assert report.sections[0].different_first_page_header_footer


def test_appendix_lists_every_match(report: DocxDocument) -> None:
    appendix = report.tables[-1]
    assert appendix.cell(0, 3).text == "Nội dung trong kế hoạch"
    assert len(appendix.rows) - 1 == sum(len(m) for m in fx.three_plans().matches)
    assert {appendix.cell(r, 6).text for r in range(1, len(appendix.rows))} == {"Tự động", "Đã rà soát"}
    assert "(Kèm theo Báo cáo số         /BC- ngày 23/11/2026)" in _text(report)


def test_one_plan_and_nothing_matched(tmp_path: Path) -> None:
    one = _export(fx.one_plan(), tmp_path)
    assert "Không có nội dung trùng lặp giữa các kế hoạch." in _text(one)
    none = _export(fx.nothing_matched(), tmp_path)
    text = _text(none)
    assert "Không có nội dung nào được so khớp." not in text  # Hà Nội matched one task
    assert "Kế hoạch của UBND tỉnh Cao Bằng chưa đề cập nhiệm vụ" in text
    assert "0%" in [c.text for t in none.tables for r in t.rows for c in r.cells]


def test_thirty_plans_skip_the_matrix_but_keep_chart(tmp_path: Path) -> None:
    doc = _export(fx.many_plans(30), tmp_path)
    assert len(doc.inline_shapes) == 1
    assert not any(t.cell(0, 1).text == "Nhiệm vụ, ý chính" for t in doc.tables)
    coverage = next(t for t in doc.tables if len(t.columns) == 6 and t.cell(0, 5).text == "Tỷ lệ bao phủ")
    assert len(coverage.rows) == 31


def test_english_labels(tmp_path: Path) -> None:
    doc = _export(fx.three_plans(), tmp_path, labels=ExportLabels.english(), place="Hanoi")
    text = _text(doc)
    assert "SOCIALIST REPUBLIC OF VIET NAM" in text and "Hanoi, November 23, 2026" in text
    assert "6. Recommendations" in text


def test_english_labels_cover_every_field() -> None:
    english, vietnamese = ExportLabels.english(), ExportLabels.vietnamese()
    assert english.sheet_summary == "Summary" and vietnamese.sheet_summary == "Tổng hợp"
    assert vietnamese == ExportLabels()


def test_date_line_pads_small_days_and_first_months() -> None:
    labels = ExportLabels.vietnamese()
    assert labels.date_text("Bắc Kạn", date(2026, 2, 5)) == "Bắc Kạn, ngày 05 tháng 02 năm 2026"
    assert labels.date_text("Hải Phòng", date(2026, 3, 9)) == "Hải Phòng, ngày 09 tháng 3 năm 2026"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_chart_is_a_valid_png() -> None:
    data = bar_chart_png([81.2, 37.5, 25.0, 0.0, 100.0, 140.0], width=300, height=120)
    assert _png_size(data) == (300, 120)
    pos, kinds, idat = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
        kinds.append(kind)
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    assert kinds == [b"IHDR", b"IDAT", b"IEND"]
    raw = zlib.decompress(idat)
    assert len(raw) == 120 * (1 + 300 * 3)
    assert bytes((46, 117, 182)) in raw  # the bars are drawn


def test_png_chart_with_no_values() -> None:
    assert _png_size(bar_chart_png([], width=50, height=40)) == (50, 40)


def test_addressed_gap_is_noted_and_not_recommended(tmp_path: Path) -> None:
    comparison = fx.three_plans()
    gaps = [
        replace(g, addressed=True, note="Đã bổ sung") if (g.plan, g.ref_id) == (2, "KL91-7") else g
        for g in comparison.gaps
    ]
    doc = _export(replace(comparison, gaps=tuple(gaps)), tmp_path)
    text = _text(doc)
    assert "Đã xử lý; Đã bổ sung" in text
    assert "Kế hoạch số 58/KH-UBND của UBND tỉnh Bắc Kạn chưa đề cập nhiệm vụ “Đẩy mạnh chuyển đổi số" not in text


def test_appendix_restarts_page_numbers(report: DocxDocument) -> None:
    appendix = report.sections[-1]._sectPr
    assert appendix.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert report.sections[0]._sectPr.find(qn("w:pgNumType")) is None


def _assert_before(parent: object, first: str, later: tuple[str, ...]) -> None:
    tags = [child.tag for child in parent]  # type: ignore[attr-defined]
    if qn(first) not in tags:
        return
    position = tags.index(qn(first))
    for tag in later:
        if qn(tag) in tags:
            assert position < tags.index(qn(tag)), f"{first} must come before {tag}"


def test_inserted_properties_follow_schema_order(report: DocxDocument) -> None:
    # Word calls a file with out-of-order property elements unreadable; LibreOffice does not.
    body = report.element.body
    for ppr in body.iter(qn("w:pPr")):
        _assert_before(ppr, "w:pBdr", ("w:spacing", "w:ind", "w:jc", "w:rPr"))
    for tbl_pr in body.iter(qn("w:tblPr")):
        _assert_before(tbl_pr, "w:tblBorders", ("w:tblLayout", "w:tblLook"))
        _assert_before(tbl_pr, "w:jc", ("w:tblBorders", "w:tblLayout", "w:tblLook"))
    for tc_pr in body.iter(qn("w:tcPr")):
        _assert_before(tc_pr, "w:tcW", ("w:shd",))
        _assert_before(tc_pr, "w:shd", ("w:vAlign",))
    for sect_pr in body.iter(qn("w:sectPr")):
        _assert_before(sect_pr, "w:pgNumType", ("w:cols", "w:titlePg", "w:docGrid"))
        _assert_before(sect_pr, "w:pgMar", ("w:pgNumType", "w:titlePg"))


def test_tables_use_named_text_styles(report: DocxDocument) -> None:
    coverage = next(t for t in report.tables if len(t.columns) == 6 and t.cell(0, 5).text == "Tỷ lệ bao phủ")
    para = coverage.cell(1, 1).paragraphs[0]
    assert para.style.name == "Table Text"
    assert para.style.font.size == Pt(12)
    assert report.tables[-1].cell(1, 3).paragraphs[0].style.name == "Table Text Small"
    assert report.styles["Table Text Small"].font.size == Pt(11)


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(st.floats(allow_nan=True, allow_infinity=True, width=32), max_size=40),
    width=st.integers(min_value=8, max_value=400),
    height=st.integers(min_value=8, max_value=200),
)
def test_png_chart_never_fails(values: list[float], width: int, height: int) -> None:
    data = bar_chart_png(values, width=width, height=height)
    assert _png_size(data) == (width, height)
    idat = data[data.index(b"IDAT") + 4 : data.rindex(b"IEND") - 8]
    assert len(zlib.decompress(idat)) == height * (1 + width * 3)


def test_vietnamese_text_survives_intact(report: DocxDocument) -> None:
    text = _text(report)
    assert unicodedata.is_normalized("NFC", text)
    for word in ("Độc lập", "Hạnh phúc", "Bắc Kạn", "Hải Phòng", "trí tuệ nhân tạo", "bán dẫn", "Nơi nhận"):
        assert word in text
    assert "\ufffd" not in text


def test_matrix_marks_reviewed_cells_in_words(report: DocxDocument) -> None:
    matrix = next(t for t in report.tables if t.cell(0, 1).text == "Nhiệm vụ, ý chính")
    assert matrix.cell(3, 2).text == "Một phần (81), đã rà soát"  # KL91-3 in Hà Nội
    assert "✓" not in _text(report)
