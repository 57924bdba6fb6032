"""Task extraction on the real seeds and on generated documents: structure, splitting, noise, tables."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest

from comparer.errors import Cancelled
from comparer.plans.extract import extract_tasks
from comparer.plans.loading import load_plan, plan_from_document
from comparer.progress import CancelToken
from comparer.readers import read_document
from comparer.text.noise import is_tail_marker
from tests.comparer.paths import BACKAN_TXT, HAIPHONG_DOCX, HAIPHONG_TXT, HANOI_HTML, HANOI_TXT, SEEDS

CHROME = [
    "Categories",
    "Published by",
    "Lượt truy cập",
    "Thời gian: 09/01/2025",
    "Địa chỉ: Số 7 Lạch Tray",
    "Điện thoại",
    "Samsung",
    "bệnh tiểu đường",
    "Tăng cỡ chữ",
    "PublishingPortal",
    "hanoimoi.vn",
    "giây ago",
    "Hà Chi",
    "Hồng Nhung",
    "Email: sotp",
    "Các tin cũ hơn",
]


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_web_chrome_in_the_seeds_never_becomes_a_task(seed: Path) -> None:
    tasks = extract_tasks(read_document(seed))
    assert tasks, "every seed carries plan text"
    for task in tasks:
        for chrome in CHROME:
            assert chrome not in task.text, (chrome, task.text)


def test_sidebar_headlines_after_the_article_are_dropped() -> None:
    texts = " ".join(t.text for t in extract_tasks(read_document(HANOI_TXT)))
    assert "Học sinh TP Hồ Chí Minh được nghỉ Tết" not in texts
    assert "Bàn giải pháp nâng chất lượng giáo viên giáo dục quốc phòng" not in texts
    assert "Tập trung đầu tư hiện đại hóa giáo dục nghề nghiệp" in texts


def test_semicolon_lists_become_one_task_per_directive() -> None:
    tasks = extract_tasks(read_document(BACKAN_TXT))
    texts = [t.text for t in tasks]
    assert "tiếp tục phân luồng học sinh sau trung học cơ sở" in texts
    assert any(t.startswith("củng cố và nâng cao chất lượng phổ cập giáo dục, xoá mù chữ") for t in texts)
    parts = [t for t in tasks if t.section and t.section[-1].startswith("ý ")]
    assert len(parts) >= 8
    # parts of one paragraph share its position and number their place in it
    assert [t.section[-1] for t in parts[:2]] == ["ý 1", "ý 2"]
    assert parts[0].section[:-1] == parts[1].section[:-1]


def test_section_paths_follow_numbered_headings_and_bullets() -> None:
    tasks = extract_tasks(read_document(HAIPHONG_TXT))
    legal = next(t for t in tasks if "văn bản quy phạm pháp luật" in t.text)
    assert legal.section[0] == "NỘI DUNG TRIỂN KHAI THỰC HIỆN"
    assert legal.section[1].startswith("2. Tổ chức thực hiện nghiêm túc")
    assert legal.section[2].startswith("mục ") or legal.section[2].startswith("gạch đầu dòng")
    assert legal.location.line is not None and legal.location.line > 10


def test_numbered_heading_that_states_a_directive_is_also_a_task() -> None:
    tasks = extract_tasks(read_document(HAIPHONG_TXT))
    heading = "Tăng cường công tác tuyên truyền, quán triệt, phổ biến"
    assert any(t.text == heading and t.kind == "heading" for t in tasks)


def test_agency_headings_assign_the_tasks_below_them() -> None:
    tasks = extract_tasks(read_document(HAIPHONG_TXT))
    staff = next(t for t in tasks if "biên chế giáo viên" in t.text)
    assert staff.agency == "Sở Nội vụ"
    budget = next(t for t in tasks if "tối thiểu 20% tổng chi ngân sách." in t.text)
    assert budget.agency == "Sở Tài chính"
    # the agency heading itself is not a task
    assert not any(t.text in {"Sở Nội vụ", "Sở Tài chính"} for t in tasks)
    # tasks before TỔ CHỨC THỰC HIỆN have no agency
    assert next(t for t in tasks if "quốc sách hàng đầu" in t.text).agency is None


def test_inline_assignment_names_the_lead_agency() -> None:
    tasks = extract_tasks(read_document(BACKAN_TXT))
    assigned = next(t for t in tasks if t.text.startswith("Tại Kế hoạch, UBND tỉnh giao"))
    assert assigned.agency is None or "Sở Giáo dục và Đào tạo" in assigned.agency


def _annex_docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 91-KL/TW", level=1)
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("Quán triệt đầy đủ, sâu sắc quan điểm coi giáo dục và đào tạo là quốc sách hàng đầu.")
    d.add_paragraph("PHỤ LỤC: NHIỆM VỤ CỤ THỂ")
    table = d.add_table(rows=1, cols=6)
    for cell, label in zip(
        table.rows[0].cells,
        ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
        strict=True,
    ):
        cell.text = label
    rows = [
        [
            "1",
            "Rà soát, đề xuất giao biên chế giáo viên còn thiếu theo định mức",
            "Sở Nội vụ",
            "Sở Giáo dục và Đào tạo",
            "Quý II/2025",
            "Tờ trình",
        ],
        [
            "2",
            "Bảo đảm chi cho giáo dục, đào tạo tối thiểu 20% tổng chi ngân sách",
            "Sở Tài chính",
            "Sở Kế hoạch và Đầu tư",
            "Hằng năm",
            "Dự toán ngân sách",
        ],
    ]
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    d.save(str(path))


def test_annex_table_rows_become_tasks_with_their_attributes(tmp_path: Path) -> None:
    path = tmp_path / "kế hoạch có phụ lục.docx"
    _annex_docx(path)
    tasks = extract_tasks(read_document(path))
    row = next(t for t in tasks if t.text.startswith("Rà soát, đề xuất giao biên chế"))
    assert (row.agency, row.partners, row.deadline, row.output) == (
        "Sở Nội vụ",
        "Sở Giáo dục và Đào tạo",
        "Quý II/2025",
        "Tờ trình",
    )
    assert row.kind == "table" and row.location.table == 1 and row.location.row == 2
    assert "bảng 1, dòng 2" in row.section_path
    assert not any(t.text in {"Nội dung nhiệm vụ", "Cơ quan chủ trì"} for t in tasks)


def test_text_laid_out_as_a_table_is_read_into_tasks(tmp_path: Path) -> None:
    path = tmp_path / "phu-luc.txt"
    path.write_text(
        "PHỤ LỤC NHIỆM VỤ\n\n"
        "| Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |\n"
        "|---|---|---|---|---|\n"
        "| Xây dựng cơ sở dữ liệu ngành giáo dục liên thông với cơ sở dữ liệu quốc gia | Sở Giáo dục và Đào tạo"
        " | Sở Thông tin và Truyền thông | 2026 | Hệ thống cơ sở dữ liệu |\n",
        encoding="utf-8",
    )
    tasks = extract_tasks(read_document(path))
    row = next(t for t in tasks if t.text.startswith("Xây dựng cơ sở dữ liệu"))
    assert row.agency == "Sở Giáo dục và Đào tạo" and row.deadline == "2026" and row.output == "Hệ thống cơ sở dữ liệu"


def test_docx_pdf_html_samples_yield_the_same_plan_content_as_text() -> None:
    from_txt = {t.norm for t in load_plan(HAIPHONG_TXT).tasks}
    from_docx = {t.norm for t in load_plan(HAIPHONG_DOCX).tasks}
    shared = from_txt & from_docx
    assert len(shared) >= 0.8 * len([t for t in from_txt if len(t.split()) > 8])
    html = load_plan(HANOI_HTML)
    assert html.number == "285-KH/TU"
    assert any("quốc sách hàng đầu" in t.text for t in html.tasks)
    assert not any("Bài đăng mới nhất" in t.text for t in html.tasks)


def test_plan_identity_is_found() -> None:
    plan = load_plan(HAIPHONG_TXT)
    assert plan.number == "298/KH-UBND"
    assert plan.issuer == "Ủy ban nhân dân thành phố Hải Phòng"
    assert load_plan(HANOI_TXT).issuer == "Thành ủy Hà Nội"


def test_plan_with_no_tasks_loads_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "trang-trong.txt"
    path.write_text("Trang chủ\n\nĐăng nhập\n\nLiên hệ: 0225.3846314\n", encoding="utf-8")
    plan = load_plan(path)
    assert plan.tasks == () and "no_tasks" in plan.warnings


def test_issuer_names_the_province_given_later_in_the_text() -> None:
    assert load_plan(BACKAN_TXT).issuer == "UBND tỉnh Bắc Kạn"


OFFICIAL_LAYOUT = """ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH

KẾ HOẠCH
Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Quán triệt đầy đủ, sâu sắc quan điểm giáo dục và đào tạo là quốc sách hàng đầu.

II. NHIỆM VỤ, GIẢI PHÁP

1. Nâng cao nhận thức, tăng cường lãnh đạo, chỉ đạo

a) Đổi mới công tác tuyên truyền

- Tổ chức tuyên truyền sâu rộng nội dung Kết luận số 91-KL/TW trên báo chí của tỉnh.

- Đưa nội dung Kết luận vào chương trình bồi dưỡng lý luận chính trị cho cán bộ, đảng viên.

2. Phát triển đội ngũ nhà giáo

Rà soát, sắp xếp đội ngũ giáo viên; khắc phục tình trạng thừa, thiếu giáo viên cục bộ ở các cấp học.

III. TỔ CHỨC THỰC HIỆN

1. Sở Giáo dục và Đào tạo

- Chủ trì, phối hợp với các sở, ngành tham mưu Ủy ban nhân dân tỉnh triển khai Kế hoạch này.

2. Sở Tài chính

- Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của tỉnh.
"""


def test_official_layout_roman_numbered_lettered_and_bulleted(tmp_path: Path) -> None:
    path = tmp_path / "kế hoạch nam định.txt"
    path.write_text(OFFICIAL_LAYOUT, encoding="utf-8")
    tasks = extract_tasks(read_document(path))
    press = next(t for t in tasks if t.text.startswith("Tổ chức tuyên truyền sâu rộng"))
    assert press.section[:3] == ("II. NHIỆM VỤ, GIẢI PHÁP", "1. Nâng cao nhận thức, tăng cường lãnh đạo, chỉ đạo",
                                 "a) Đổi mới công tác tuyên truyền")
    assert press.section[3] == "gạch đầu dòng 1"
    second = next(t for t in tasks if t.text.startswith("Đưa nội dung Kết luận"))
    assert second.section[3] == "gạch đầu dòng 2"
    teachers = [t for t in tasks if "giáo viên" in t.text]
    assert len(teachers) == 2 and teachers[0].section[1] == "2. Phát triển đội ngũ nhà giáo"
    budget = next(t for t in tasks if t.text.startswith("Bố trí kinh phí"))
    assert budget.agency == "Sở Tài chính" and budget.section[0] == "III. TỔ CHỨC THỰC HIỆN"
    lead = next(t for t in tasks if t.text.startswith("Chủ trì, phối hợp"))
    assert lead.agency == "Sở Giáo dục và Đào tạo"
    # a numbered heading that states a directive is a task; a bare part title is not
    assert any(t.text == "Nâng cao nhận thức, tăng cường lãnh đạo, chỉ đạo" for t in tasks)
    assert not any(t.text in {"MỤC ĐÍCH, YÊU CẦU", "Mục đích", "Sở Tài chính"} for t in tasks)


def test_plan_sentences_that_use_menu_words_are_kept() -> None:
    from comparer.text.noise import is_chrome

    assert not is_chrome("Tổ chức hội thảo chia sẻ kinh nghiệm đổi mới phương pháp dạy học giữa các trường.")
    assert not is_chrome("Ngày 30/12/2024, Ủy ban nhân dân thành phố ban hành Kế hoạch thực hiện Kết luận số 91-KL/TW "
                         "của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW.")
    assert is_chrome("Chia sẻ")
    assert is_chrome("Ngày đăng 16/05/2023 | 15:20 | View count: 75")


class _CancelAfter(CancelToken):
    """A cancel that comes while extraction is under way: set on the n-th poll."""

    def __init__(self, polls: int) -> None:
        super().__init__()
        self.polls = polls

    def check(self) -> None:
        self.polls -= 1
        if self.polls <= 0:
            self.cancel()
        super().check()


def test_extraction_stops_on_cancel_and_gives_the_same_tasks_otherwise() -> None:
    doc = read_document(HAIPHONG_TXT)
    body = tuple(b for b in doc.blocks if not is_tail_marker(b.text.strip()))  # no "Tin khác" end
    long_doc = dataclasses.replace(doc, blocks=body * 20)  # long enough to be polled mid-way
    tasks = extract_tasks(long_doc)
    assert len(tasks) > 10 * len(extract_tasks(doc))
    assert extract_tasks(long_doc, cancel=CancelToken()) == tasks
    with pytest.raises(Cancelled):
        extract_tasks(long_doc, cancel=_CancelAfter(2))
    with pytest.raises(Cancelled):
        plan_from_document(long_doc, cancel=_CancelAfter(1))  # what load_plan and load_plans call


def test_sentence_split_shortcut_splits_as_the_pattern_does() -> None:
    """Texts without "[.!?…] " skip the split; any text splits as the lookbehind pattern says."""
    import random

    from comparer.plans import extract

    def reference(text: str) -> list[str]:
        out: list[str] = []
        for x in (x.strip() for x in extract._SENTENCE.split(text)):
            if not x:
                continue
            short = extract.MIN_SENTENCE_WORDS
            if out and (len(x.split()) < short or len(out[-1].split()) < short):
                out[-1] += " " + x
            else:
                out.append(x)
        return out or [text]

    rnd = random.Random(11)
    pieces = ["Tăng cường công tác", " ", ".", "!", "…", "?", ";", "\u2003", "Đổi mới", "2025", "“Về", "a", "  "]
    texts = ["", " ", ".", "  x  "]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 40))) for _ in range(3000)]
    results = [extract._split_sentences(t) for t in texts]
    assert results == [reference(t) for t in texts]
    assert any(len(r) > 1 for r in results)
