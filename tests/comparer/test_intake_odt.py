"""OpenDocument text read without LibreOffice: the blocks LibreOffice's conversion would give."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from comparer.models import BlockKind
from comparer.readers import convert, odt, read_document
from tests.comparer.intake_corpus import soffice_convert
from tests.comparer.paths import HAIPHONG_DOCX

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
STYLES = """<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
<text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-bullet text:level="2" text:bullet-char="\uf0b7"/>
</text:list-style>
<text:list-style style:name="L2">
  <text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix=")"/>
</text:list-style>
</office:automatic-styles>"""
BODY = """<text:p text:style-name="P1">KẾ HOẠCH</text:p>
<text:h text:outline-level="1">I. MỤC ĐÍCH, YÊU CẦU</text:h>
<text:list xml:id="a" text:style-name="L1">
  <text:list-item><text:p>Tăng cường<text:s text:c="2"/>tuyên truyền<text:note><text:note-body>
    <text:p>chú thích</text:p></text:note-body></text:note></text:p>
    <text:list><text:list-item><text:p>Quán triệt Kết luận 91</text:p></text:list-item></text:list>
  </text:list-item>
</text:list>
<text:p>Đoạn văn giữa hai danh sách.<text:line-break/>- Gạch đầu dòng gõ tay</text:p>
<text:list text:continue-list="a" text:style-name="L1">
  <text:list-item><text:p>Đổi mới quản lý nhà nước</text:p></text:list-item>
</text:list>
<text:list text:style-name="L2">
  <text:list-item><text:p>Sở Nội vụ</text:p></text:list-item>
  <text:list-item text:start-value="5"><text:p>Sở Tài chính</text:p></text:list-item>
</text:list>
<table:table>
  <table:table-header-rows><table:table-row>
    <table:table-cell><text:p>Nội dung</text:p></table:table-cell>
    <table:table-cell table:number-columns-spanned="2"><text:p>Cơ quan</text:p></table:table-cell>
    <table:covered-table-cell/>
  </table:table-row></table:table-header-rows>
  <table:table-row>
    <table:table-cell table:number-rows-spanned="2"><text:p>Tuyên truyền</text:p></table:table-cell>
    <table:table-cell><text:p>Sở Văn hóa</text:p></table:table-cell>
    <table:table-cell><text:p>2025</text:p></table:table-cell>
  </table:table-row>
  <table:table-row>
    <table:covered-table-cell/>
    <table:table-cell><text:p>Sở Nội vụ</text:p></table:table-cell>
    <table:table-cell><text:p>2026</text:p></table:table-cell>
  </table:table-row>
</table:table>"""


def _odt(body: str = BODY, styles: str = STYLES) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        content = f"<office:document-content {NS}>{styles}<office:body><office:text>{body}</office:text>"
        zf.writestr("content.xml", content + "</office:body></office:document-content>")
    return buffer.getvalue()


def test_hand_made_odt_without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "find_tool", lambda name: None)
    path = tmp_path / "Kế hoạch.odt"
    path.write_bytes(_odt())
    doc = read_document(path)
    assert doc.format == "odt"
    assert any("without LibreOffice" in w for w in doc.warnings)
    got = [(b.kind, b.marker, b.text) for b in doc.blocks if b.kind is not BlockKind.TABLE_ROW]
    assert got == [
        (BlockKind.HEADING, "", "KẾ HOẠCH"),
        (BlockKind.HEADING, "I.", "MỤC ĐÍCH, YÊU CẦU"),
        (BlockKind.LIST_ITEM, "1.", "Tăng cường tuyên truyền"),
        (BlockKind.LIST_ITEM, "•", "Quán triệt Kết luận 91"),
        (BlockKind.PARAGRAPH, "", "Đoạn văn giữa hai danh sách."),
        (BlockKind.LIST_ITEM, "-", "Gạch đầu dòng gõ tay"),
        (BlockKind.LIST_ITEM, "2.", "Đổi mới quản lý nhà nước"),
        (BlockKind.LIST_ITEM, "a)", "Sở Nội vụ"),
        (BlockKind.LIST_ITEM, "e)", "Sở Tài chính"),
    ]
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [r.cells for r in rows] == [
        ("Nội dung", "Cơ quan"),
        ("Tuyên truyền", "Sở Văn hóa", "2025"),
        ("Tuyên truyền", "Sở Nội vụ", "2026"),  # a cell spanning rows repeats, as in Word files
    ]
    assert rows[1].header == ("Nội dung", "Cơ quan")


def test_odt_without_a_body_is_corrupt(tmp_path: Path) -> None:
    from comparer.errors import PlanLoadError

    with pytest.raises(PlanLoadError) as info:
        odt.read(tmp_path / "x.odt", _odt().replace(b"office:text>", b"office:texts>"))
    assert info.value.code == "corrupt"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_odt_read_directly_matches_the_word_file(tmp_path: Path) -> None:
    source = tmp_path / "plan.docx"
    shutil.copy(HAIPHONG_DOCX, source)
    path = soffice_convert(source, tmp_path, "odt")
    direct = odt.read(path, path.read_bytes())
    word = read_document(HAIPHONG_DOCX)

    def shape(doc: object) -> list[tuple[object, ...]]:
        return [(b.kind, b.marker, b.text, b.level, b.cells, b.header) for b in doc.blocks]  # type: ignore[attr-defined]

    assert shape(direct) == shape(word)
