"""Wrapped text, Markdown and stray bytes: the same plan reads to the same tasks whatever carries it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from comparer.models import BlockKind
from comparer.readers import read_document
from tests.comparer.intake_corpus import task_texts
from tests.comparer.paths import BACKAN_TXT, HAIPHONG_DOCX, HAIPHONG_TXT, HANOI_TXT, SEEDS

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower()).split())


@pytest.fixture(scope="module")
def word_tasks() -> list[str]:
    return [_key(t) for t in task_texts(HAIPHONG_DOCX)]


@needs_pandoc
@pytest.mark.parametrize(
    ("writer", "suffix", "columns"),
    [("markdown", ".md", 72), ("plain", ".txt", 72), ("markdown", ".md", 60), ("plain", ".txt", 100)],
)
def test_pandoc_forms_read_to_the_word_tasks(
    tmp_path: Path, word_tasks: list[str], writer: str, suffix: str, columns: int
) -> None:
    # Issue 11: Markdown wrapped at 72 columns gave 79 tasks (80 % the same), plain text 73.
    out = tmp_path / f"plan{suffix}"
    subprocess.run(["pandoc", str(HAIPHONG_DOCX), "-t", writer, f"--columns={columns}", "-o", str(out)], check=True)
    assert max(len(x) for x in out.read_text(encoding="utf-8").splitlines()) <= columns + 10  # really wrapped
    assert [_key(t) for t in task_texts(out)] == word_tasks


@needs_pandoc
def test_markdown_named_txt_still_reads_as_markdown(tmp_path: Path, word_tasks: list[str]) -> None:
    out = tmp_path / "plan.txt"
    subprocess.run(["pandoc", str(HAIPHONG_DOCX), "-t", "markdown", "-o", str(out)], check=True)
    texts = task_texts(out)
    assert not any("**" in t for t in texts)
    assert [_key(t) for t in texts] == word_tasks


@pytest.mark.parametrize("path", [HANOI_TXT, BACKAN_TXT, HAIPHONG_TXT, *sorted(SEEDS.glob("*.txt"))])
def test_one_paragraph_per_line_pages_are_not_merged(path: Path) -> None:
    # The seed web pages hold one paragraph per line: every non-blank line stays a block.
    raw = path.read_text(encoding="utf-8").splitlines()
    lines = [x for x in raw if x.strip()]
    doc = read_document(path)
    # Only a line that starts in lower case right under an unfinished one carries it on.
    carried = sum(
        1 for a, b in zip(raw, raw[1:], strict=False) if a.strip() and b.strip()[:1].islower() and a[-1] not in ".;:!?"
    )
    assert len(doc.blocks) == len(lines) - carried


LETTER = """\
**KẾ HOẠCH**
**Triển khai thực hiện Kết luận số 91-KL/TW của Bộ Chính trị**
Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị về tiếp tục
thực hiện Nghị quyết số 29-NQ/TW, Ủy ban nhân dân huyện ban hành Kế hoạch
triển khai thực hiện như sau.
**I. MỤC ĐÍCH, YÊU CẦU**
Quán
triệt sâu sắc các quan điểm, mục tiêu, nhiệm vụ và giải pháp đổi mới căn bản,
toàn diện giáo dục và đào tạo đến cán bộ, đảng viên. Tạo sự đồng thuận trong
toàn xã hội về đổi mới giáo dục.
**II. NHIỆM VỤ, GIẢI PHÁP**
1. Nâng cao chất lượng giáo dục nghề nghiệp trên địa bàn huyện, gắn đào tạo
với nhu cầu của thị trường lao động và doanh nghiệp.
2. Bảo đảm chi cho giáo dục, đào tạo tối thiểu 20% tổng chi ngân sách nhà
nước hằng năm.
"""


def test_hard_wrapped_letter_with_bold_headings(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    doc = read_document(path)
    assert [(b.kind, b.marker, b.text[:40]) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "", "KẾ HOẠCH"),
        (BlockKind.PARAGRAPH, "", "Triển khai thực hiện Kết luận số 91-KL/T"),
        (BlockKind.PARAGRAPH, "", "Thực hiện Kết luận số 91-KL/TW ngày 12/8"),
        (BlockKind.LIST_ITEM, "I.", "MỤC ĐÍCH, YÊU CẦU"),
        (BlockKind.PARAGRAPH, "", "Quán triệt sâu sắc các quan điểm, mục ti"),
        (BlockKind.LIST_ITEM, "II.", "NHIỆM VỤ, GIẢI PHÁP"),
        (BlockKind.LIST_ITEM, "1.", "Nâng cao chất lượng giáo dục nghề nghiệp"),
        (BlockKind.LIST_ITEM, "2.", "Bảo đảm chi cho giáo dục, đào tạo tối th"),
    ]
    assert doc.blocks[4].text.endswith("đảng viên. Tạo sự đồng thuận trong toàn xã hội về đổi mới giáo dục.")
    assert doc.blocks[7].text.endswith("tối thiểu 20% tổng chi ngân sách nhà nước hằng năm.")


def test_pandoc_multiline_table(tmp_path: Path) -> None:
    text = (
        "Phụ lục\n\n"
        "  -----------------------------------------\n"
        "  **Nội dung nhiệm     **Cơ quan chủ\n"
        "  vụ**                 trì**\n"
        "  -------------------- --------------------\n"
        "  Tổ chức hội nghị     Sở Giáo dục và Đào\n"
        "  quán triệt           tạo\n"
        "\n"
        "  Đề xuất giao biên    Sở Nội vụ\n"
        "  chế giáo viên\n"
        "  -----------------------------------------\n"
        "\nHết.\n"
    )
    path = tmp_path / "annex.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [r.cells for r in rows] == [
        ("Tổ chức hội nghị quán triệt", "Sở Giáo dục và Đào tạo"),
        ("Đề xuất giao biên chế giáo viên", "Sở Nội vụ"),
    ]
    assert rows[0].header == ("Nội dung nhiệm vụ", "Cơ quan chủ trì")
    assert [b.text for b in doc.blocks if b.kind is not BlockKind.TABLE_ROW] == ["Phụ lục", "Hết."]


def test_one_stray_byte_keeps_utf8(tmp_path: Path) -> None:
    # Issue 11: one 0xFF made the whole Hải Phòng page Windows-1258 mojibake (coverage 100 % → 12.5 %).
    clean = HAIPHONG_TXT.read_bytes()
    lines = clean.count(b"\n")
    path = tmp_path / "x.txt"
    path.write_bytes(clean + b"\n\xff\n")
    doc = read_document(path)
    assert doc.encoding == "utf-8"
    assert [b.text for b in doc.blocks] == [b.text for b in read_document(HAIPHONG_TXT).blocks] + ["\ufffd"]
    assert any(f"line {lines + 2}" in w for w in doc.warnings), doc.warnings


def test_stray_bytes_are_named_by_line(tmp_path: Path) -> None:
    body = "\n".join(f"Dòng {i}: tăng cường giáo dục và đào tạo." for i in range(1, 41)).encode()
    broken = body.replace("Dòng 7:".encode(), b"D\xf2ng 7:").replace("Dòng 30:".encode(), b"D\xc3ng 30:")
    path = tmp_path / "x.txt"
    path.write_bytes(broken)
    doc = read_document(path)
    assert doc.encoding == "utf-8"
    assert doc.blocks[0].text == "Dòng 1: tăng cường giáo dục và đào tạo."
    assert doc.blocks[6].text.startswith("D\ufffdng 7")
    assert any("lines 7, 30" in w for w in doc.warnings), doc.warnings


def test_many_bad_bytes_are_not_utf8(tmp_path: Path) -> None:
    # A real Windows-1258 file is mostly invalid UTF-8: it is not read as UTF-8 with holes.
    from tests.comparer.test_readers_txt import windows_1258

    path = tmp_path / "x.txt"
    path.write_bytes(windows_1258("Tăng cường giáo dục và đào tạo; đổi mới căn bản, toàn diện.\n" * 30))
    doc = read_document(path)
    assert doc.encoding == "cp1258"
    assert doc.blocks[0].text == "Tăng cường giáo dục và đào tạo; đổi mới căn bản, toàn diện."
