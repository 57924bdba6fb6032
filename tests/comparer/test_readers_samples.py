"""The committed sample plans load and keep their structure in every format."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from comparer.models import BlockKind, Document
from comparer.readers import read_document
from comparer.text.normalize import one_line

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def load(name: str) -> Document:
    return read_document(SAMPLES / name)


def test_text_samples_are_the_raw_seeds() -> None:
    doc = load("haiphong-kh298.txt")
    assert doc.encoding == "utf-8"
    assert doc.sha256 == hashlib.sha256((SAMPLES / "haiphong-kh298.txt").read_bytes()).hexdigest()
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "TRANG THÔNG TIN PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"  # portal noise kept as it came
    assert "NỘI DUNG TRIỂN KHAI THỰC HIỆN" in texts
    assert ("1.", "Tăng cường công tác tuyên truyền, quán triệt, phổ biến") in [(b.marker, b.text) for b in doc.blocks]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("hanoi-kh285.txt", "Ngày 9/12, Thành ủy Hà Nội ban hành Kế hoạch số 285-KH/TU"),
        ("backan-kl51.txt", "Theo đó, Kế hoạch đề ra 6 nhiệm vụ, giải pháp chủ yếu"),
    ],
)
def test_other_text_samples(name: str, expected: str) -> None:
    doc = load(name)
    assert any(b.text.startswith(expected) for b in doc.blocks)
    assert all(b.location.line for b in doc.blocks)


def test_docx_sample_has_word_numbering_bullets_and_annex() -> None:
    doc = load("haiphong-kh298.docx")
    headings = [b.text for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["KẾ HOẠCH", "NỘI DUNG TRIỂN KHAI THỰC HIỆN", "TỔ CHỨC THỰC HIỆN", "PHỤ LỤC: NHIỆM VỤ CỤ THỂ"]
    numbered = [(b.marker, b.text) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM and b.marker != "-"]
    assert numbered[:3] == [
        ("1.", "Tăng cường công tác tuyên truyền, quán triệt, phổ biến"),
        (
            "2.",
            "Tổ chức thực hiện nghiêm túc, hiệu quả các nhiệm vụ, giải pháp về đổi mới căn bản, "
            "toàn diện giáo dục và đào tạo",
        ),
        ("1.", "Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội"),  # the second section restarts
    ]
    assert [m for m, _ in numbered[2:]] == [f"{n}." for n in range(1, 9)]
    assert ("7.", "Trường Đại học Hải Phòng") in numbered  # the article's typo "5." is renumbered by Word
    bullets = [b for b in doc.blocks if b.marker == "-"]
    assert len(bullets) == 11
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert len(rows) == 6
    assert "Cơ quan chủ trì" in rows[0].header
    assert (rows[2].cells[1], rows[2].cells[3]) == ("Sở Nội vụ", "Hằng năm")
    assert not any("Lượt truy cập" in b.text for b in doc.blocks)  # portal chrome dropped


def test_pdf_sample_matches_the_docx() -> None:
    from_docx, from_pdf = load("haiphong-kh298.docx"), load("haiphong-kh298.pdf")
    assert [(b.marker, b.text) for b in from_pdf.blocks] == [(b.marker, b.text) for b in from_docx.blocks]
    assert {b.location.page for b in from_pdf.blocks} == set(range(1, 7))


def test_html_sample_keeps_only_the_article() -> None:
    doc = load("hanoi-kh285.html")
    texts = [b.text for b in doc.blocks]
    assert (doc.blocks[1].kind, texts[1]) == (
        BlockKind.HEADING,
        "Hà Nội ban hành kế hoạch tiếp tục thực hiện hiệu quả Nghị quyết số 29-NQ/TW",
    )
    seed = {one_line(x) for x in (SAMPLES / "hanoi-kh285.txt").read_text(encoding="utf-8").splitlines()}
    starts = ("Ngày 9/12", "Mục đích", "Để tiếp tục", "Bên cạnh", "Các nhiệm vụ")
    plan_paragraphs = [t for t in texts if t.startswith(starts)]
    assert len(plan_paragraphs) == 5
    assert all(p in seed for p in plan_paragraphs)  # verbatim once entities are decoded
    for chrome in ("Bài đăng mới nhất", "Samsung", "Trang chủ", "Để lại bình luận", "truonglehongphong.edu.vn là"):
        assert not any(chrome in t for t in texts)


def test_every_sample_reads_without_warnings() -> None:
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in (".txt", ".docx", ".pdf", ".html"):
            doc = read_document(path)
            assert doc.blocks and doc.warnings == (), json.dumps([path.name, doc.warnings])
