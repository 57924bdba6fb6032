"""PDFs as offices make them: Word files converted by LibreOffice, read back block for block."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from comparer.errors import PlanLoadError
from comparer.models import BlockKind, Document
from comparer.readers import read_document
from tests.comparer.intake_corpus import soffice_convert

pytestmark = [
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.slow,
]

BULLETS = [
    "Tiếp tục quán triệt đầy đủ, sâu sắc quan điểm coi giáo dục và đào tạo là quốc sách hàng đầu, "
    "là sự nghiệp của Đảng, Nhà nước và của toàn dân; đầu tư cho giáo dục là đầu tư cho phát triển.",
    "Tổ chức nghiên cứu học tập, quán triệt, phổ biến Kết luận số 91-KL/TW của Bộ Chính trị nhằm tạo "
    "sự đồng bộ, thống nhất trong lãnh đạo, chỉ đạo và triển khai thực hiện.",
    "Đổi mới quản lý nhà nước về giáo dục, đào tạo theo hướng tinh gọn, hiệu lực, hiệu quả, đẩy mạnh "
    "phân cấp, phân quyền; tăng cường quyền tự chủ gắn với trách nhiệm giải trình.",
]
BODY = (
    "Bảo đảm ngân sách nhà nước chi cho giáo dục, đào tạo tối thiểu 20% tổng chi ngân sách nhà nước "
    "như Nghị quyết số 29-NQ/TW đã đề ra; đồng thời, kịp thời điều chỉnh tăng mức chi ngân sách nhà "
    "nước cho giáo dục và đào tạo phù hợp với tăng trưởng của kinh tế thành phố. Rà soát, ưu tiên bố "
    "trí đủ quỹ đất để xây dựng cơ sở giáo dục mầm non, phổ thông, nghề nghiệp và đại học."
)


def build_plan(word, sections: int = 3) -> None:
    doc = word.doc
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(14)
    word.define_list(70, [("decimal", "%1.")])
    word.define_list(71, [("bullet", "-")])
    word.add_num(80, 70)
    word.add_num(81, 71)
    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    doc.sections[0].header.paragraphs[0].text = "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"
    doc.add_heading("NỘI DUNG TRIỂN KHAI THỰC HIỆN", 1)
    for n in range(sections):
        word.item(f"Nhiệm vụ trọng tâm thứ {n + 1} của kế hoạch", 80)
        for text in BULLETS:
            p = word.item(text, 81)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        body = doc.add_paragraph(BODY)
        body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        body.paragraph_format.first_line_indent = Cm(1)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    table = doc.add_table(rows=3, cols=3)
    table.style = doc.styles["Table Grid"]
    values = [
        ("Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"),
        ("Đề xuất giao, phân bổ biên chế giáo viên theo quy định", "Sở Nội vụ", "Hằng năm"),
        ("Bảo đảm chi tối thiểu 20% tổng chi ngân sách", "Sở Tài chính", "Hằng năm"),
    ]
    for row, cells in zip(table.rows, values, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory, word_builder) -> tuple[Document, Document]:
    """The same plan read from its .docx and from LibreOffice's PDF of it."""
    folder = tmp_path_factory.mktemp("lo")
    word = word_builder()
    build_plan(word)
    source = word.save(folder / "plan.docx")
    return read_document(source), read_document(soffice_convert(source, folder, "pdf"))


def test_pdf_blocks_match_the_word_blocks(converted: tuple[Document, Document]) -> None:
    from_docx, from_pdf = converted
    # Word headings have no mark in a PDF: they come back as paragraphs with the same text.
    expected = [
        (BlockKind.PARAGRAPH if b.kind is BlockKind.HEADING else b.kind, b.marker, b.text) for b in from_docx.blocks
    ]
    assert [(b.kind, b.marker, b.text) for b in from_pdf.blocks] == expected


def test_pages_and_running_lines(converted: tuple[Document, Document]) -> None:
    _, from_pdf = converted
    pages = [b.location.page for b in from_pdf.blocks]
    assert pages == sorted(pages)
    assert pages[-1] >= 3  # the table sits on its own page after the break
    assert not any("ỦY BAN NHÂN DÂN" in b.text for b in from_pdf.blocks)  # page header dropped
    assert not any(b.text.isdigit() for b in from_pdf.blocks)  # page numbers dropped


def test_pdf_table_rows(converted: tuple[Document, Document]) -> None:
    _, from_pdf = converted
    rows = [b for b in from_pdf.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [r.cells[1] for r in rows] == ["Cơ quan chủ trì", "Sở Nội vụ", "Sở Tài chính"]
    assert rows[1].header == ("Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành")


def test_password_protected_pdf(tmp_path: Path, word) -> None:
    word.doc.add_paragraph("Tài liệu mật: kế hoạch chưa công bố.")
    source = word.save(tmp_path / "secret.docx")
    options = (
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"matkhau"}}'
    )
    pdf = soffice_convert(source, tmp_path, options)
    with pytest.raises(PlanLoadError) as info:
        read_document(pdf)
    assert info.value.code == "encrypted"
