"""Word plans: rendered auto-numbering, headings, tables, and text Word shows (or hides)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from comparer.models import BlockKind, Document
from comparer.readers import read_document
from comparer.readers.docx_numbering import format_number


def read(word, tmp_path: Path) -> Document:
    return read_document(word.save(tmp_path / "plan.docx"))


def items(doc: Document) -> list[tuple[str, int, str]]:
    return [(b.marker, b.level, b.text) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (4, "upperRoman", "IV"),
        (9, "lowerRoman", "ix"),
        (2, "lowerLetter", "b"),
        (28, "lowerLetter", "bb"),
        (1, "upperLetter", "A"),
        (7, "decimalZero", "07"),
    ],
)
def test_format_number(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def test_multilevel_numbering_is_rendered(word, tmp_path: Path) -> None:
    word.define_list(50, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    word.add_num(60, 50)
    word.item("MỤC ĐÍCH, YÊU CẦU", 60, 0)
    word.item("Quán triệt sâu sắc Kết luận 91", 60, 1)
    word.item("Tổ chức hội nghị", 60, 2)
    word.item("Biên soạn tài liệu", 60, 2)
    word.item("Đổi mới quản lý", 60, 1)
    word.item("Tổ chức tọa đàm", 60, 2)  # deeper level restarts under a new parent
    word.item("NHIỆM VỤ, GIẢI PHÁP", 60, 0)
    word.item("Nâng cao chất lượng", 60, 1)
    assert items(read(word, tmp_path)) == [
        ("I.", 0, "MỤC ĐÍCH, YÊU CẦU"),
        ("1.", 1, "Quán triệt sâu sắc Kết luận 91"),
        ("a)", 2, "Tổ chức hội nghị"),
        ("b)", 2, "Biên soạn tài liệu"),
        ("2.", 1, "Đổi mới quản lý"),
        ("a)", 2, "Tổ chức tọa đàm"),
        ("II.", 0, "NHIỆM VỤ, GIẢI PHÁP"),
        ("1.", 1, "Nâng cao chất lượng"),
    ]


def test_compound_level_text_and_start_override(word, tmp_path: Path) -> None:
    word.define_list(51, [("decimal", "%1."), ("decimal", "%1.%2.")], start=1)
    word.add_num(61, 51)
    word.add_num(62, 51, start_override=5)
    word.item("Nhiệm vụ chung", 61, 0)
    word.item("Nhiệm vụ cụ thể", 61, 1)
    word.item("Nhiệm vụ cụ thể khác", 61, 1)
    word.item("Tiếp tục từ năm", 62, 0)
    assert [m for m, _, _ in items(read(word, tmp_path))] == ["1.", "1.1.", "1.2.", "5."]


def test_bullets_use_their_character(word, tmp_path: Path) -> None:
    word.define_list(52, [("bullet", "\uf0b7"), ("bullet", "-"), ("bullet", "o")])
    word.add_num(63, 52)
    word.item("Symbol-font bullet", 63, 0)
    word.item("Gạch đầu dòng", 63, 1)
    assert items(read(word, tmp_path)) == [("•", 0, "Symbol-font bullet"), ("-", 1, "Gạch đầu dòng")]


def test_numbering_through_list_styles(word, tmp_path: Path) -> None:
    # The default template's "List Number"/"List Bullet" styles carry numPr in the style.
    word.doc.add_paragraph("Điều kiện thứ nhất", style="List Number")
    word.doc.add_paragraph("Điều kiện thứ hai", style="List Number")
    word.doc.add_paragraph("Một ý phụ", style="List Bullet")
    markers = [m for m, _, _ in items(read(word, tmp_path))]
    assert markers[:2] == ["1.", "2."]
    assert markers[2] == "•"  # Symbol-font U+F0B7 in the template, shown as a bullet


def test_numid_zero_and_unknown_lists_are_plain_text(word, tmp_path: Path) -> None:
    word.item("Không đánh số", 0)
    word.item("Danh sách không tồn tại", 999)
    doc = read(word, tmp_path)
    assert [(b.kind, b.marker) for b in doc.blocks] == [(BlockKind.PARAGRAPH, ""), (BlockKind.PARAGRAPH, "")]


def test_typed_markers_and_headings(word, tmp_path: Path) -> None:
    word.doc.add_paragraph("KẾ HOẠCH", style="Title")
    word.doc.add_heading("I. MỤC ĐÍCH, YÊU CẦU", 1)
    word.doc.add_heading("Nhiệm vụ trọng tâm", 2)
    word.doc.add_paragraph("1. Tăng cường sự lãnh đạo của Đảng")
    word.doc.add_paragraph("a) Tổ chức quán triệt")
    word.doc.add_paragraph("Nội dung thường.")
    doc = read(word, tmp_path)
    assert [(b.kind, b.level, b.marker, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, 1, "", "KẾ HOẠCH"),
        (BlockKind.HEADING, 1, "I.", "MỤC ĐÍCH, YÊU CẦU"),
        (BlockKind.HEADING, 2, "", "Nhiệm vụ trọng tâm"),
        (BlockKind.LIST_ITEM, 0, "1.", "Tăng cường sự lãnh đạo của Đảng"),
        (BlockKind.LIST_ITEM, 0, "a)", "Tổ chức quán triệt"),
        (BlockKind.PARAGRAPH, 0, "", "Nội dung thường."),
    ]
    assert [b.location.block for b in doc.blocks] == list(range(6))


def test_nfd_text_is_normalised(word, tmp_path: Path) -> None:
    word.doc.add_paragraph(unicodedata.normalize("NFD", "Đổi mới giáo dục và đào tạo"))
    assert read(word, tmp_path).blocks[0].text == "Đổi mới giáo dục và đào tạo"


def test_paragraphs_and_tables_stay_in_document_order(word, tmp_path: Path) -> None:
    word.doc.add_paragraph("Trước bảng")
    table = word.doc.add_table(rows=3, cols=3)
    rows = [
        ("Nội dung", "Cơ quan chủ trì", "Thời gian"),
        ("Biên chế giáo viên", "Sở Nội vụ", "Hằng năm"),
        ("Chi ngân sách 20%", "Sở Tài chính", "2025"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(1, 0).add_paragraph("theo quy định")  # two paragraphs in one cell
    word.doc.add_paragraph("Sau bảng")
    doc = read(word, tmp_path)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == [BlockKind.PARAGRAPH] + [BlockKind.TABLE_ROW] * 3 + [BlockKind.PARAGRAPH]
    row = doc.blocks[2]
    assert row.cells == ("Biên chế giáo viên theo quy định", "Sở Nội vụ", "Hằng năm")
    assert row.header == ("Nội dung", "Cơ quan chủ trì", "Thời gian")
    assert (row.location.table, row.location.row) == (1, 2)
    assert row.text == "Biên chế giáo viên theo quy định | Sở Nội vụ | Hằng năm"


def test_merged_cells_are_not_repeated_sideways(word, tmp_path: Path) -> None:
    table = word.doc.add_table(rows=3, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "STT", "Nhiệm vụ", "Chủ trì"
    table.cell(1, 0).text = "1"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "Tuyên truyền Kết luận 91 (gộp hai ô)"
    table.cell(2, 0).text = "2"
    table.cell(2, 1).text = "Bảo đảm chi ngân sách"
    table.cell(2, 2).text = "Sở Tài chính"
    merged_down = table.cell(1, 0).merge(table.cell(2, 0))
    merged_down.text = "1"
    doc = read(word, tmp_path)
    rows = [b.cells for b in doc.blocks]
    assert rows[1] == ("1", "Tuyên truyền Kết luận 91 (gộp hai ô)")
    assert rows[2] == ("1", "Bảo đảm chi ngân sách", "Sở Tài chính")  # vertical merge repeats, like python-docx


def test_numeric_first_row_is_not_a_header(word, tmp_path: Path) -> None:
    table = word.doc.add_table(rows=2, cols=3)
    for i, cell in enumerate(table.rows[0].cells, start=1):
        cell.text = f"({i})"
    for cell, value in zip(table.rows[1].cells, ("Tuyên truyền", "Sở Văn hóa", "2025"), strict=True):
        cell.text = value
    doc = read(word, tmp_path)
    assert all(b.header == () for b in doc.blocks)


def test_hidden_and_boxed_text(word, tmp_path: Path) -> None:
    p = word.doc.add_paragraph("Giữ lại ")
    deleted = parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>bị xóa </w:delText></w:r></w:del>'
    )
    inserted = parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t>được thêm</w:t></w:r></w:ins>')
    p._p.append(deleted)
    p._p.append(inserted)
    body = word.doc.element.body
    sdt = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Trong khối nội dung</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(len(body) - 1, sdt)  # before sectPr
    doc = read(word, tmp_path)
    assert [b.text for b in doc.blocks] == ["Giữ lại được thêm", "Trong khối nội dung"]


def test_soft_break_before_a_marker_splits(word, tmp_path: Path) -> None:
    p = word.doc.add_paragraph()
    run = p.add_run("Các nhiệm vụ:")
    run.add_break()
    p.add_run("- Nhiệm vụ một")
    run2 = p.add_run()
    run2.add_break()
    p.add_run("tiếp tục dòng")
    doc = read(word, tmp_path)
    assert [(b.marker, b.text) for b in doc.blocks] == [("", "Các nhiệm vụ:"), ("-", "Nhiệm vụ một tiếp tục dòng")]


def test_tab_after_typed_number(word, tmp_path: Path) -> None:
    p = word.doc.add_paragraph("2.")
    p.add_run().add_tab()
    p.add_run("Sở Nội vụ")
    assert items(read(word, tmp_path)) == [("2.", 0, "Sở Nội vụ")]


def test_empty_numbered_paragraph_still_counts(word, tmp_path: Path) -> None:
    # Word shows "2." on an empty numbered paragraph, so the next item is "3.".
    word.define_list(53, [("decimal", "%1.")])
    word.add_num(64, 53)
    word.item("Một", 64)
    word.item("", 64)
    word.item("Ba", 64)
    assert [m for m, _, _ in items(read(word, tmp_path))] == ["1.", "3."]
