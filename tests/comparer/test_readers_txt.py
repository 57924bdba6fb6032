"""Text plans: decoding (BOMs, UTF-16, Windows-1258, NFD) and paragraph/list/table rebuilding."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from comparer.errors import PlanLoadError
from comparer.models import BlockKind, Document
from comparer.readers import read_document
from comparer.readers.txt import decode

PLAN = (
    "KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 91-KL/TW\n"
    "\n"
    "1. Tăng cường công tác tuyên truyền, quán triệt, phổ biến\n"
    "- Tiếp tục quán triệt đầy đủ, sâu sắc quan điểm coi giáo dục và đào tạo là quốc sách hàng đầu.\n"
    "- Đổi mới quản lý nhà nước về giáo dục, đào tạo theo hướng tinh gọn, hiệu lực, hiệu quả.\n"
    "Bảo đảm ngân sách nhà nước chi cho giáo dục, đào tạo tối thiểu 20% tổng chi ngân sách.\n"
)
EXPECTED = [
    (BlockKind.PARAGRAPH, "", "KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 91-KL/TW"),
    (BlockKind.LIST_ITEM, "1.", "Tăng cường công tác tuyên truyền, quán triệt, phổ biến"),
    (
        BlockKind.LIST_ITEM,
        "-",
        "Tiếp tục quán triệt đầy đủ, sâu sắc quan điểm coi giáo dục và đào tạo là quốc sách hàng đầu.",
    ),
    (
        BlockKind.LIST_ITEM,
        "-",
        "Đổi mới quản lý nhà nước về giáo dục, đào tạo theo hướng tinh gọn, hiệu lực, hiệu quả.",
    ),
    (BlockKind.PARAGRAPH, "", "Bảo đảm ngân sách nhà nước chi cho giáo dục, đào tạo tối thiểu 20% tổng chi ngân sách."),
]


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def windows_1258(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed â/ê/ô/ă/ơ/ư, tones as separate combining marks.

    Plain NFD fails (cp1258 has no combining circumflex/breve/horn) and NFC fails (no ế, ệ...).
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out:
            out[-1] += ch
        else:
            out.append(ch)
    encoded = []
    for cluster in out:
        tones = "".join(c for c in cluster if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in cluster if c not in _TONES))
        encoded.append(base + tones)
    return "".join(encoded).encode("cp1258")


def read_bytes(tmp_path: Path, data: bytes, name: str = "plan.txt") -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


def summary(doc: Document) -> list[tuple[BlockKind, str, str]]:
    return [(b.kind, b.marker, b.text) for b in doc.blocks]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PLAN.encode("utf-8"), "utf-8"),
        (PLAN.encode("utf-8-sig"), "utf-8-sig"),
        (PLAN.encode("utf-16"), "utf-16-le"),  # Python writes a little-endian BOM here
        (b"\xfe\xff" + PLAN.encode("utf-16-be"), "utf-16-be"),
        (PLAN.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by NULs in odd positions
        (PLAN.encode("utf-16-be"), "utf-16-be"),
        # Windows-1258 cannot encode NFC Vietnamese: letters with separate tone marks.
        (windows_1258(PLAN), "cp1258"),
        (unicodedata.normalize("NFD", PLAN).encode("utf-8"), "utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1258", "nfd"],
)
def test_encodings_give_the_same_nfc_blocks(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = read_bytes(tmp_path, data)
    assert doc.encoding == encoding
    assert summary(doc) == EXPECTED
    assert all(unicodedata.is_normalized("NFC", b.text) for b in doc.blocks)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_ascii_only_utf16_without_bom(tmp_path: Path, codec: str) -> None:
    doc = read_bytes(tmp_path, "Ke hoach so 298/KH-UBND\n- Nhiem vu mot\n".encode(codec))
    assert (doc.encoding, summary(doc)) == (
        codec,
        [(BlockKind.PARAGRAPH, "", "Ke hoach so 298/KH-UBND"), (BlockKind.LIST_ITEM, "-", "Nhiem vu mot")],
    )


def test_cp1258_is_flagged_as_a_guess() -> None:
    _, encoding, warnings = decode(windows_1258("Giáo dục và đào tạo"))
    assert encoding == "cp1258"
    assert warnings == ["The encoding was guessed as Windows-1258 (Vietnamese)."]


def test_line_numbers_and_levels(tmp_path: Path) -> None:
    doc = read_bytes(tmp_path, PLAN.encode())
    assert [b.location.line for b in doc.blocks] == [1, 3, 4, 5, 6]
    assert [b.location.block for b in doc.blocks] == [0, 1, 2, 3, 4]
    nested = read_bytes(tmp_path, "1.2. Rà soát, sắp xếp mạng lưới trường lớp\n".encode())
    assert (nested.blocks[0].marker, nested.blocks[0].level) == ("1.2.", 1)


def test_lookalike_letters_are_mapped(tmp_path: Path) -> None:
    doc = read_bytes(tmp_path, "\u00d0ổi mới căn bản\u00a0giáo dục\n".encode())
    assert doc.blocks[0].text == "Đổi mới căn bản giáo dục"


def test_one_paragraph_per_line_is_not_joined(tmp_path: Path) -> None:
    # The seed articles: long paragraphs on one line each, blank lines between, short titles.
    text = "Published by\n\n" + "Ngày 9/12, Thành ủy Hà Nội ban hành Kế hoạch số 285-KH/TU " * 5 + "\n\nHà Chi\n"
    doc = read_bytes(tmp_path, text.encode())
    assert [b.text[:12] for b in doc.blocks] == ["Published by", "Ngày 9/12, T", "Hà Chi"]


WRAPPED = """\
Kế hoạch nhằm nâng cao năng lực, hiệu quả quản lý nhà nước đối với giáo dục
và đào tạo; tạo chuyển biến mạnh mẽ trong đổi mới căn bản, toàn diện giáo dục
và đào tạo theo chủ trương, đường lối của Đảng.
NỘI DUNG TRIỂN KHAI
1. Tăng cường công tác tuyên truyền, quán triệt, phổ biến các nội dung của
Kết luận số 91-KL/TW đến toàn thể cán bộ, đảng viên và các tầng lớp nhân dân
trên địa bàn thành phố, tạo sự đồng thuận trong xã hội
2. Tiếp tục rà soát, đề xuất cấp có thẩm quyền sửa đổi, bổ sung văn bản quy
phạm pháp luật trong quản lý nhà nước về giáo dục và đào tạo phù hợp thực tế.
"""


def test_hard_wrapped_lines_are_joined(tmp_path: Path) -> None:
    doc = read_bytes(tmp_path, WRAPPED.encode())
    assert summary(doc) == [
        (
            BlockKind.PARAGRAPH,
            "",
            "Kế hoạch nhằm nâng cao năng lực, hiệu quả quản lý nhà nước đối với giáo dục và đào tạo; "
            "tạo chuyển biến mạnh mẽ trong đổi mới căn bản, toàn diện giáo dục và đào tạo theo chủ "
            "trương, đường lối của Đảng.",
        ),
        (BlockKind.PARAGRAPH, "", "NỘI DUNG TRIỂN KHAI"),
        (
            BlockKind.LIST_ITEM,
            "1.",
            "Tăng cường công tác tuyên truyền, quán triệt, phổ biến các nội dung của Kết luận số "
            "91-KL/TW đến toàn thể cán bộ, đảng viên và các tầng lớp nhân dân trên địa bàn thành "
            "phố, tạo sự đồng thuận trong xã hội",
        ),
        (
            BlockKind.LIST_ITEM,
            "2.",
            "Tiếp tục rà soát, đề xuất cấp có thẩm quyền sửa đổi, bổ sung văn bản quy phạm pháp "
            "luật trong quản lý nhà nước về giáo dục và đào tạo phù hợp thực tế.",
        ),
    ]
    assert [b.location.line for b in doc.blocks] == [1, 4, 5, 8]


def test_tab_separated_table(tmp_path: Path) -> None:
    text = (
        "Phụ lục\n"
        "Nhiệm vụ\tCơ quan chủ trì\tThời gian\n"
        "Tuyên truyền Kết luận 91\tSở Thông tin và Truyền thông\tThường xuyên\n"
        "Bảo đảm chi 20% ngân sách\tSở Tài chính\tHằng năm\n"
        "Hết.\n"
    )
    doc = read_bytes(tmp_path, text.encode())
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [r.cells for r in rows] == [
        ("Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
        ("Tuyên truyền Kết luận 91", "Sở Thông tin và Truyền thông", "Thường xuyên"),
        ("Bảo đảm chi 20% ngân sách", "Sở Tài chính", "Hằng năm"),
    ]
    assert all(r.header == ("Nhiệm vụ", "Cơ quan chủ trì", "Thời gian") for r in rows)
    assert [(r.location.table, r.location.row, r.location.line) for r in rows] == [(1, 1, 2), (1, 2, 3), (1, 3, 4)]
    assert rows[2].text == "Bảo đảm chi 20% ngân sách | Sở Tài chính | Hằng năm"
    assert doc.blocks[-1].text == "Hết."


def test_markdown_table_and_heading(tmp_path: Path) -> None:
    text = "# Kế hoạch 298\n\n| Nội dung | Chủ trì |\n|---|:---:|\n| Biên chế giáo viên | Sở Nội vụ |\n"
    doc = read_bytes(tmp_path, text.encode(), "plan.md")
    assert (doc.blocks[0].kind, doc.blocks[0].level, doc.blocks[0].text) == (BlockKind.HEADING, 1, "Kế hoạch 298")
    rows = doc.blocks[1:]
    assert [r.cells for r in rows] == [("Nội dung", "Chủ trì"), ("Biên chế giáo viên", "Sở Nội vụ")]
    assert rows[1].header == ("Nội dung", "Chủ trì")
    assert rows[1].location.row == 2  # the |---| separator is not a row


def test_a_lone_tabbed_line_is_text(tmp_path: Path) -> None:
    doc = read_bytes(tmp_path, "Hà Nội,\tngày 9 tháng 12 năm 2024\n".encode())
    assert summary(doc) == [(BlockKind.PARAGRAPH, "", "Hà Nội, ngày 9 tháng 12 năm 2024")]


def test_binary_text_is_unsupported(tmp_path: Path) -> None:
    data = "Kế hoạch".encode() + bytes(range(1, 9)) * 20
    with pytest.raises(PlanLoadError) as info:
        read_bytes(tmp_path, data)
    assert info.value.code == "unsupported"
