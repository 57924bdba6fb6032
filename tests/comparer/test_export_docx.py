"""The Word briefing note read back with python-docx: ND 30 layout, fonts, sections, tables."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt

from comparer.export.export_docx import write_docx
from comparer.export.labels import ExportLabels
from comparer.glossary import plan_names
from comparer.models import Comparison
from tests import comparisons as fx

DAY = date(2026, 11, 23)
FIELDS: dict[str, object] = {
    "parent_body": "UBND thành phố Hà Nội",
    "issuer": "Sở Giáo dục và Đào tạo",
    "doc_number": "125/BC-SGDĐT",
    "place": "Hà Nội",
    "signer": "Nguyễn Văn An",
    "signer_title": "KT. Giám đốc",
    "recipients": ["Thành ủy Hà Nội", "Lưu: VT, KHTC."],
}


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
        **FIELDS,
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


def test_english_labels_cover_every_field() -> None:
    english, vietnamese = ExportLabels.english(), ExportLabels.vietnamese()
    assert english.sheet_summary == "Summary" and vietnamese.sheet_summary == "Tổng hợp"
    assert vietnamese == ExportLabels()


def test_date_line_pads_small_days_and_first_months() -> None:
    labels = ExportLabels.vietnamese()
    assert labels.date_text("Bắc Kạn", date(2026, 2, 5)) == "Bắc Kạn, ngày 05 tháng 02 năm 2026"
    assert labels.date_text("Hải Phòng", date(2026, 3, 9)) == "Hải Phòng, ngày 09 tháng 3 năm 2026"


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


def test_vietnamese_text_survives_intact(report: DocxDocument) -> None:
    text = _text(report)
    assert unicodedata.is_normalized("NFC", text)
    for word in ("Độc lập", "Hạnh phúc", "Bắc Kạn", "Hải Phòng", "trí tuệ nhân tạo", "bán dẫn", "Nơi nhận"):
        assert word in text
    assert "\ufffd" not in text




def _header_cells(doc: DocxDocument) -> tuple[str, str]:
    left, right = (cell.text for cell in doc.tables[0].rows[0].cells)
    return left, right


def _closing(doc: DocxDocument) -> tuple[str, str]:
    table = next(t for t in doc.tables if t.cell(0, 0).text.startswith(("Nơi nhận:", "Recipients:")))
    return table.cell(0, 0).text, table.cell(0, 1).text


def test_national_header_block_places_every_field(report: DocxDocument) -> None:
    left, right = _header_cells(report)
    assert left.split("\n")[:2] == ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    assert "Số: 125/BC-SGDĐT" in left
    runs = [r for p in report.tables[0].cell(0, 0).paragraphs for r in p.runs]
    issuer_run = next(r for r in runs if r.text == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    assert issuer_run.bold
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
    date_para = next(p for p in report.tables[0].cell(0, 1).paragraphs if "ngày" in p.text)
    assert date_para.text == "Hà Nội, ngày 23 tháng 11 năm 2026"
    assert all(r.italic for r in date_para.runs)
    borders = report.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    assert len(report.tables[0]._tbl.findall(".//" + qn("w:pBdr"))) == 2  # short rules, not shapes
    assert "DỰ THẢO" not in report.sections[0].first_page_header._element.xml


def test_signature_and_recipients_follow_nd30(report: DocxDocument) -> None:
    recipients, signature = _closing(report)
    assert recipients.split("\n") == ["Nơi nhận:", "- Thành ủy Hà Nội;", "- Lưu: VT, KHTC."]
    assert signature.split("\n")[:2] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert signature.rstrip().endswith("Nguyễn Văn An")
    # The signature block stays on the page of the last paragraph.
    closing_table = next(t for t in report.tables if t.cell(0, 0).text.startswith("Nơi nhận:"))
    before = closing_table._tbl.getprevious()
    while before is not None and before.tag == qn("w:p") and not "".join(before.itertext()).strip():
        assert before.pPr.keepNext is not None
        before = before.getprevious()
    assert before is not None and before.pPr.keepNext is not None
    assert closing_table.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None


def test_missing_fields_make_a_draft_without_placeholders(tmp_path: Path) -> None:
    doc = _export(fx.three_plans(), tmp_path, issuer="Sở Giáo dục và Đào tạo")
    header = doc.sections[0].first_page_header
    assert "DỰ THẢO" in "\n".join(p.text for p in header.paragraphs)
    left, right = _header_cells(doc)
    assert "Số" not in left and "/BC" not in _text(doc)
    assert "Ngày 23 tháng 11 năm 2026" in right and "Hà Nội," not in right  # no city is assumed
    _, signature = _closing(doc)
    assert "THỦ TRƯỞNG" not in signature and not signature.strip()
    assert "(Kèm theo Báo cáo ngày 23/11/2026)" in _text(doc)


def test_signer_title_forms() -> None:
    from comparer.export.export_docx import signer_lines

    assert signer_lines("kt. giám đốc") == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert signer_lines("Q. GIÁM ĐỐC") == ["Q. GIÁM ĐỐC"]
    assert signer_lines("TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH") == [
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
    ]  # fmt: skip
    assert signer_lines("TM. BAN THƯỜNG VỤ\nBÍ THƯ") == ["TM. BAN THƯỜNG VỤ", "BÍ THƯ"]


def test_report_structure(report: DocxDocument) -> None:
    texts = [p.text for p in report.paragraphs]
    assert "BÁO CÁO" in texts
    assert "Kết quả rà soát các kế hoạch thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị" in texts
    assert [p.text for p in report.paragraphs if p.style.name == "Heading 1"] == [
        "I. TÌNH HÌNH BAN HÀNH KẾ HOẠCH", "II. KẾT QUẢ RÀ SOÁT, ĐÁNH GIÁ", "III. KIẾN NGHỊ, ĐỀ XUẤT",
    ]  # fmt: skip
    assert [p.text for p in report.paragraphs if p.style.name == "Heading 2"] == [
        "1. Đánh giá chung", "2. Đánh giá từng kế hoạch",
    ]  # fmt: skip
    for name in ("Phụ lục I", "Phụ lục II", "II.1. Kế hoạch số 245/KH-UBND của UBND thành phố Hà Nội"):
        assert name in texts
    assert len(report.inline_shapes) == 0  # the coverage table says what the old bitmap chart did


def test_one_paragraph_per_plan_with_its_own_findings(report: DocxDocument) -> None:
    plans = [p.text for p in report.paragraphs if p.text.startswith("2.") and ". Kế hoạch số" in p.text[:20]]
    assert len(plans) == 3
    assert len(set(plans)) == 3
    bac_kan = plans[2]
    assert bac_kan.startswith("2.3. Kế hoạch số 58/KH-UBND của UBND tỉnh Bắc Kạn: đã cụ thể hóa")
    assert "; chưa đề cập “" in bac_kan
    # The fixture's tasks name a lead agency and a deadline but no output.
    assert "có cơ quan chủ trì" in bac_kan and "0/" in bac_kan
    assert "rõ người, rõ việc, rõ thời gian, rõ sản phẩm" in bac_kan


def test_recommendations_are_per_plan_cite_sections_and_never_repeat(report: DocxDocument) -> None:
    paras = [p.text for p in report.paragraphs]
    start = paras.index("III. KIẾN NGHỊ, ĐỀ XUẤT")
    recs = paras[start + 1 : paras.index("Phụ lục I")]
    leads = [t for t in recs if t[:2] in ("1.", "2.", "3.") and "Đối với" in t]
    assert len(leads) == 3
    # A Sở writing to a city People's Committee asks, it does not order.
    assert "kính đề nghị UBND thành phố Hà Nội xem xét, chỉ đạo:" in leads[0]
    items = [t for t in recs if t.startswith("- ")]
    groups: list[list[str]] = []
    for t in recs:
        if t in leads:
            groups.append([])
        elif t.startswith("- ") and groups:
            groups[-1].append(t)
    assert all(len(g) == len(set(g)) for g in groups) and len(groups) == 3
    assert any("Mục II." in t and "gạch đầu dòng thứ" in t for t in items)


def test_rank_decides_the_wording(tmp_path: Path) -> None:
    school = fx.three_plans()
    plans = tuple(replace(p, issuer="Trường THPT Chu Văn An") if i == 0 else p for i, p in enumerate(school.plans))
    doc = _export(replace(school, plans=plans), tmp_path, **FIELDS)
    text = _text(doc)
    assert "yêu cầu Trường THPT Chu Văn An:" in text
    peer = _export(school, tmp_path, **{**FIELDS, "issuer": "UBND tỉnh Bắc Kạn"})
    assert "đề nghị UBND thành phố Hà Nội:" in _text(peer)


def test_gap_tables_cite_sections_and_skip_unrelated_passages(report: DocxDocument) -> None:
    gap_tables = [t for t in report.tables if len(t.columns) > 2 and t.cell(0, 2).text == "Vị trí đề xuất bổ sung"]
    assert len(gap_tables) == 3
    rows = [[c.text for c in r.cells] for t in gap_tables for r in t.rows[1:]]
    assert any(r[2].startswith("Mục II.") for r in rows)
    # Near misses at 44–46 (threshold 50) are quoted; one at 18 or 22 is not.
    quoted_near = [r[3] for r in rows if r[3].startswith("“")]
    assert quoted_near and all("(Mục II." in q for q in quoted_near)
    assert "Chưa tìm thấy nội dung tương ứng" in [r[3] for r in rows]
    assert not any("(điểm" in r[3] for r in rows)


def test_framing_lines_are_never_quoted() -> None:
    from comparer.export.export_data import nearest_shown
    from comparer.models import Candidate, Gap

    gap = Gap(0, "KL91-1", "task", "x", (
        Candidate("T2", "Hà Nội thực hiện đầy đủ quan điểm coi giáo dục là quốc sách. Ảnh: Thống Nhất", 60.0),
        Candidate("T18", "Nội dung cụ thể Kế hoạch số 285-KH/TU tại đây: kh285.pdf", 58.0),
        Candidate("T5", "Tăng cường lãnh đạo, chỉ đạo của cấp ủy đối với giáo dục", 40.0),
        Candidate("T6", "Một câu không liên quan", 20.0),
    ))  # fmt: skip
    best = nearest_shown(gap, 55.0)
    assert best is not None and best.task_id == "T5"
    assert nearest_shown(replace(gap, candidates=gap.candidates[3:]), 55.0) is None


def test_section_references_read_as_officers_cite_them() -> None:
    from comparer.export.export_data import section_ref

    vi, en = ExportLabels.vietnamese(), ExportLabels.english()
    path = ("II. NHIỆM VỤ, GIẢI PHÁP", "2. Đội ngũ nhà giáo", "gạch đầu dòng 5")
    assert section_ref(path, vi) == "Mục II.2, gạch đầu dòng thứ 5"
    assert section_ref(path, en) == "section II.2, dash 5"
    hai_phong = ("NỘI DUNG TRIỂN KHAI THỰC HIỆN", "1. Tăng cường công tác tuyên truyền", "gạch đầu dòng 2", "ý 1")
    assert section_ref(hai_phong, vi) == "phần “Nội dung triển khai thực hiện”, Mục 1, gạch đầu dòng thứ 2, ý thứ 1"
    assert section_ref(("KẾ HOẠCH", "đoạn 3"), vi) == "đoạn thứ 3"


def test_twenty_plans_split_the_matrix_and_keep_one_gap_table_each(tmp_path: Path) -> None:
    doc = _export(fx.many_plans(20), tmp_path, **FIELDS)
    matrices = [t for t in doc.tables if len(t.columns) > 2 and t.cell(0, 1).text == "Nhiệm vụ"]
    assert [len(t.columns) - 2 for t in matrices] == [8, 8, 4]
    assert matrices[0].cell(0, 2).text == "1. 100/KH-UBND" and matrices[2].cell(0, 5).text == "20. 119/KH-UBND"
    assert len([t for t in doc.tables if len(t.columns) > 2 and t.cell(0, 2).text == "Vị trí đề xuất bổ sung"]) <= 20
    coverage = next(t for t in doc.tables if len(t.columns) == 6 and t.cell(0, 5).text == "Tỷ lệ bao phủ")
    assert len(coverage.rows) == 21
    paras = [p.text for p in doc.paragraphs]
    recs = [t for t in paras[paras.index("III. KIẾN NGHỊ, ĐỀ XUẤT") + 1 : paras.index("Phụ lục I")] if t]
    assert len(recs) == len(set(recs))
    assert sum("phân công rõ cơ quan chủ trì" in t for t in recs) == 1  # said once, for all plans that need it


def test_matrix_colours_follow_status(report: DocxDocument) -> None:
    matrix = next(t for t in report.tables if len(t.columns) > 2 and t.cell(0, 1).text == "Nhiệm vụ")
    first = matrix.rows[1].cells[2]
    fill = first._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
    labels = ExportLabels.vietnamese()
    shades = {labels.status_covered: "C6EFCE", labels.status_partial: "FFEB9C", labels.status_missing: "FFC7CE"}
    assert shades[first.text.split(" (")[0]] == fill
    assert matrix.rows[-1].cells[1].text == "Tỷ lệ bao phủ"


def test_tables_are_12_pt_and_quotes_curly(report: DocxDocument) -> None:
    assert report.styles["Table Text"].font.size == Pt(12)
    assert report.styles["Table Text Small"].font.size == Pt(12)
    assert '"' not in _text(report)


def test_document_properties_name_the_app(tmp_path: Path) -> None:
    path = tmp_path / "p.docx"
    write_docx(fx.three_plans(), path, created=DAY, **FIELDS)  # type: ignore[arg-type]
    import zipfile

    with zipfile.ZipFile(path) as z:
        app = z.read("docProps/app.xml").decode()
        core = z.read("docProps/core.xml").decode()
        assert "docProps/thumbnail.jpeg" not in z.read("_rels/.rels").decode()
        footnotes = z.read("word/footnotes.xml").decode()
    assert "<Application>plancompare</Application>" in app and "Microsoft" not in app
    assert "python-docx" not in core and "plancompare" in core
    assert "mức độ tương đồng" in footnotes


TOOL_WORDING = ("--", "Tự động", "tự động", "độ tin cậy", "điểm 2", "(điểm", "Automatic", "confidence", "score")


def _without_quotes(text: str) -> str:
    import re

    while True:
        stripped = re.sub(r"“[^“”]*”", "", text)
        if stripped == text:
            return text
        text = stripped


def test_no_tool_wording(report: DocxDocument) -> None:
    text = _text(report)
    for word in TOOL_WORDING:
        assert word not in text, word


def test_english_note_is_english(tmp_path: Path) -> None:
    comparison = fx.three_plans()
    fields = {**FIELDS, "place": "Hanoi", "signer_title": "DIRECTOR", "recipients": ["Archive"], "parent_body": "",
              "issuer": "Department of Education"}  # fmt: skip
    doc = _export(comparison, tmp_path, labels=ExportLabels.english(), **fields)
    text = _without_quotes(_text(doc))
    names = [comparison.reference.name, comparison.reference.short_name, "Nguyễn Văn An", "125/BC-SGDĐT"]
    for plan in comparison.plans:
        names += [plan.issuer, plan.number]
    names += plan_names(comparison.plans)  # "Hà Nội · 245/KH-UBND": a place and a number, in every language
    names += [n.replace(" · ", "\n") for n in plan_names(comparison.plans)]  # Phụ lục I headers, two lines
    names += [t.title for t in comparison.reference.tasks]  # the reference's own words in table cells
    names += [n.upper() for n in names]
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    vietnamese = sorted({ch for ch in text if ch in "ăâđêôơưĂÂĐÊÔƠƯ" or (ch.isalpha() and not ch.isascii())})
    assert not vietnamese, (vietnamese, [line for line in text.split("\n") if any(c in line for c in vietnamese)])
    assert "Hanoi, November 23, 2026" in text and "III. RECOMMENDATIONS" in text


ENGLISH_WORDS = ("the", "and", "of", "plan", "task", "score", "reference", "covered", "missing", "section", "appendix")


def test_vietnamese_note_is_vietnamese(report: DocxDocument) -> None:
    import re

    words = set(re.findall(r"[A-Za-z]+", _without_quotes(_text(report)).lower()))
    assert not words & set(ENGLISH_WORDS)


def test_percentages_round_as_excel_does() -> None:
    # One plan covering 1 of 16 half-points: the workbook's "0.0%" shows 6.3%, so must the note.
    assert ExportLabels.vietnamese().number(6.25) == "6,3"
    assert ExportLabels.english().number(81.25) == "81.3"
    assert ExportLabels.vietnamese().number(100.0) == "100"


def _matrix_table(doc: DocxDocument):  # type: ignore[no-untyped-def]
    return next(t for t in doc.tables if t.rows[0].cells[1].text == ExportLabels().col_task_no)


def test_matrix_headers_keep_place_and_number_whole(report: DocxDocument) -> None:
    # Seen in LibreOffice: "1. Hà Nội · 285-" / "KH/TU" broke a plan number across lines.
    comparison = fx.three_plans()
    headers = [c.text for c in _matrix_table(report).rows[0].cells[2:]]
    for n, (header, name) in enumerate(zip(headers, plan_names(comparison.plans), strict=True), 1):
        assert header == f"{n}. {name}".replace(" · ", "\n")
        assert " · " not in header


def test_matrix_flags_needs_review_with_the_glossarys_mark(report: DocxDocument) -> None:
    # The window, the CLI and Excel mark "cần xem lại" with "?"; Word said "(*)".
    from comparer.glossary import load_glossary

    mark = load_glossary("vi").mark_needs_review
    cells = [c.text for row in _matrix_table(report).rows[1:] for c in row.cells[2:]]
    assert ExportLabels().review_mark == mark
    assert not any("(*)" in c for c in cells)
    paras = [p.text for p in report.paragraphs]
    if any(c.endswith(f" {mark}") for c in cells):
        assert any(p.startswith(f"{mark} {ExportLabels().needs_review}") for p in paras)


def test_overall_says_no_plan_is_complete_in_words(report: DocxDocument) -> None:
    # "Có 0/3 kế hoạch đề cập đủ 8 nhiệm vụ" read as a count no one would write; and the best plan
    # was "298/KH-UBND" beside the worst "UBND tỉnh Bắc Kạn".
    comparison = fx.three_plans()
    overall = next(p.text for p in report.paragraphs if p.text.startswith("Các kế hoạch đã cụ thể hóa bình quân"))
    assert not re.search(r"Có 0/\d", overall)
    assert sum(1 for p in comparison.plans if ExportLabels().plan_phrase(p) in overall) == 2


def test_plan_task_count_leaves_out_headings_as_the_note_does() -> None:
    # Hải Phòng's KH 298: the window said "83 nhiệm vụ" and the note "41/81 nhiệm vụ có cơ quan chủ trì".
    from comparer.export.note_facts import assignment
    from comparer.plans.loading import load_plan

    plan = load_plan(Path(__file__).resolve().parents[2] / "samples" / "haiphong-kh298.docx")
    headings = sum(1 for t in plan.tasks if t.kind == "heading")
    assert headings > 0
    assert plan.task_count == len(plan.tasks) - headings == assignment(plan).tasks


def test_english_names_a_plan_in_lower_case_inside_a_sentence(tmp_path: Path) -> None:
    # "the lowest The plan of UBND tỉnh Bắc Kạn", "3. On The plan of …": a capital mid-sentence.
    comparison = fx.three_plans()
    comparison = replace(comparison, plans=tuple(replace(p, number="") if i == 2 else p
                                                 for i, p in enumerate(comparison.plans)))  # fmt: skip
    doc = _export(comparison, tmp_path, labels=ExportLabels.english(), **FIELDS)
    text = _text(doc)
    assert "The plan of" in text  # where a sentence or a line opens with it
    assert not re.search(r"[a-z,] The plan of", text)


def test_each_appendix_numbers_its_own_pages(report: DocxDocument) -> None:
    # ND 30 numbers an appendix's pages apart; Phụ lục II opened on page "2" after Phụ lục I.
    assert len(report.sections) == 3
    for section in report.sections[1:]:
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
        assert section.different_first_page_header_footer  # no number on an appendix's first page
    starts = [p.text for p in report.paragraphs if p.text in ("Phụ lục I", "Phụ lục II")]
    assert starts == ["Phụ lục I", "Phụ lục II"]
