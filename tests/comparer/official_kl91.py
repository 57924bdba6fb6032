"""Builds KL 91 in the official layout of a Party document, as a user would hold it (.docx; .pdf by LibreOffice).

Title block, preamble, "I. ĐÁNH GIÁ…" (with its own numbered items), "II. NHIỆM VỤ, GIẢI PHÁP" with
eight numbered tasks (wording from ../shared/reference/KL91-OUTLINE.md) each followed by a), b), c)
key points, "III. TỔ CHỨC THỰC HIỆN" with its own numbered items, the signature and "Nơi nhận".

A key point item that joins several directives with ";" is written as one paragraph, as the
official text does: ``TASKS`` keeps each item as the list of its directives, so tests know how
many key points the document holds without re-implementing the reader.

Layouts: ``typed`` (markers typed in the text, title block in a borderless table, as most
offices type them), ``auto`` (Word heading styles and automatic numbering, key points as Word
"-" bullets), ``ordinal`` ("Một là, …/Hai là, …" task heads, key points as typed "- " bullets).
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from tests.comparer.conftest import WordBuilder

TASKS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    (
        'Tiếp tục nâng cao nhận thức, tăng cường trách nhiệm lãnh đạo, chỉ đạo quán triệt và thực hiện '
        'đầy đủ, sâu sắc quan điểm coi giáo dục và đào tạo là "quốc sách hàng đầu", là sự nghiệp của '
        'Đảng, Nhà nước và của toàn dân.',
        (
            ("Bảo đảm vai trò chủ đạo của Nhà nước, thu hút sự tham gia tích cực của xã hội trong phát "
             "triển giáo dục và đào tạo.",),
            ("Tăng cường sự lãnh đạo của Đảng, công tác xây dựng Đảng trong các cơ sở giáo dục",
             "tuyên truyền, quán triệt mục tiêu, nội dung đổi mới, trước hết cho cán bộ lãnh đạo, quản lý "
             "và nhà giáo",
             "tạo sự đồng thuận, ủng hộ của Nhân dân."),
        ),
    ),
    (
        "Tiếp tục nghiên cứu, rà soát, sửa đổi, bổ sung, hoàn thiện cơ chế, chính sách, pháp luật về giáo "
        "dục và đào tạo; nâng cao hiệu lực, hiệu quả quản lý nhà nước; đẩy mạnh phân cấp, phân quyền.",
        (
            ("Xây dựng hành lang pháp lý đồng bộ cho đổi mới giáo dục",
             "rà soát, sửa đổi các văn bản quy phạm pháp luật về giáo dục và đào tạo."),
            ("Đổi mới quản lý nhà nước theo hướng tinh gọn, hiệu lực, hiệu quả",
             "đẩy mạnh phân cấp, phân quyền cho địa phương và cơ sở giáo dục."),
            ("Thực hiện tự chủ gắn với trách nhiệm giải trình, phát huy dân chủ trong cơ sở giáo dục.",),
        ),
    ),
    (
        "Triển khai các giải pháp nâng cao chất lượng giáo dục toàn diện ở các cấp mầm non, phổ thông và "
        "giáo dục thường xuyên.",
        (
            ("Từng bước phổ cập giáo dục mầm non cho trẻ em từ 3 đến 4 tuổi",
             "triển khai chương trình giáo dục mầm non mới."),
            ("Thực hiện giáo dục bắt buộc 9 năm",
             "xây dựng một chương trình giáo dục phổ thông thống nhất, mỗi môn học có một hoặc một số sách "
             "giáo khoa, thực hiện xã hội hóa biên soạn sách giáo khoa."),
            ("Coi trọng giáo dục đạo đức, lối sống, kỹ năng sống, giáo dục thể chất, thẩm mỹ cho học sinh.",),
            ("Thực hiện hiệu quả phân luồng học sinh sau trung học cơ sở và trung học phổ thông.",),
            ("Tăng cường quản lý cơ sở giáo dục mầm non ngoài công lập, nhóm trẻ độc lập",
             "đẩy mạnh xóa mù chữ, phát triển giáo dục thường xuyên."),
        ),
    ),
    (
        "Tập trung đầu tư hiện đại hóa giáo dục nghề nghiệp, giáo dục đại học và nâng cao tiềm lực nghiên "
        "cứu khoa học trong các cơ sở giáo dục, đào tạo.",
        (
            ("Phát triển nguồn nhân lực chất lượng cao đáp ứng yêu cầu phát triển đất nước.",),
            ("Phát triển giáo dục nghề nghiệp mở, linh hoạt, gắn với thị trường lao động và doanh nghiệp",
             "chú trọng đào tạo lại người lao động."),
            ("Đầu tư chiều sâu cho một số cơ sở giáo dục đại học, giáo dục nghề nghiệp công lập đạt tầm khu "
             "vực và quốc tế.",),
            ("Ưu tiên đào tạo khoa học cơ bản, kỹ thuật, công nghệ và các ngành mới như trí tuệ nhân tạo, "
             "khoa học dữ liệu, bán dẫn, phục vụ kinh tế số, kinh tế xanh, kinh tế tuần hoàn",
             "đẩy mạnh nghiên cứu khoa học, đổi mới sáng tạo, khởi nghiệp trong cơ sở giáo dục."),
        ),
    ),
    (
        "Tiếp tục hoàn thiện hệ thống giáo dục quốc dân theo hướng mở, linh hoạt, liên thông, thúc đẩy xã "
        "hội học tập và học tập suốt đời; đẩy mạnh chuyển đổi số trong giáo dục và đào tạo.",
        (
            ("Thúc đẩy xây dựng xã hội học tập, học tập suốt đời cho mọi người dân.",),
            ("Quy hoạch mạng lưới cơ sở giáo dục, bảo đảm đủ trường, lớp học ở khu công nghiệp, nơi đông "
             "dân cư",
             "bố trí quỹ đất cho trường học."),
            ("Bảo đảm công bằng trong tiếp cận giáo dục",
             "khuyến khích phát triển giáo dục ngoài công lập."),
            ("Đẩy mạnh chuyển đổi số trong quản trị, quản lý, giảng dạy",
             "xây dựng cơ sở dữ liệu ngành liên thông với cơ sở dữ liệu quốc gia",
             "phát triển giáo dục số, giáo dục thông minh."),
        ),
    ),
    (
        "Phát triển, nâng cao chất lượng và chuẩn hóa đội ngũ nhà giáo và cán bộ quản lý giáo dục; bảo đảm "
        "đủ số lượng theo quy định.",
        (
            ("Bảo đảm đủ số lượng giáo viên theo định mức, khắc phục tình trạng thừa, thiếu giáo viên cục bộ",
             "thực hiện luân chuyển, điều động giáo viên giữa các địa phương, vùng khó khăn."),
            ("Đổi mới tuyển dụng, sử dụng, đãi ngộ, trọng dụng nhân tài trong ngành giáo dục.",),
            ("Lương nhà giáo được ưu tiên xếp cao nhất trong hệ thống thang bậc lương hành chính sự nghiệp, "
             "có thêm phụ cấp theo tính chất công việc, theo vùng.",),
            ("Đào tạo, bồi dưỡng, chuẩn hóa trình độ đội ngũ nhà giáo",
             "phát huy dân chủ, tự do sáng tạo học thuật."),
        ),
    ),
    (
        "Tiếp tục đổi mới cơ chế quản lý, bảo đảm đủ điều kiện cơ sở vật chất và nguồn lực tài chính cho "
        "phát triển giáo dục và đào tạo.",
        (
            ("Bảo đảm ngân sách nhà nước chi cho giáo dục, đào tạo tối thiểu 20% tổng chi ngân sách nhà nước "
             "như Nghị quyết số 29-NQ/TW đã đề ra",
             "kịp thời điều chỉnh tăng chi phù hợp với tăng trưởng kinh tế."),
            ("Bảo đảm kinh phí cho giáo dục bắt buộc, phổ cập, miễn học phí cho trẻ em mẫu giáo 5 tuổi",
             "ưu tiên đầu tư vùng đồng bào dân tộc thiểu số, miền núi, biên giới, hải đảo."),
            ("Kiên cố hóa trường học, xóa phòng học tạm, xây dựng trường chuẩn quốc gia, bảo đảm thiết bị "
             "dạy học tối thiểu.",),
            ("Thực hiện chương trình đầu tư công hiện đại hóa giáo dục đại học, giáo dục nghề nghiệp theo "
             "quy hoạch mạng lưới giai đoạn 2021 - 2030.",),
            ("Đẩy mạnh xã hội hóa, huy động nguồn lực, bình đẳng giữa cơ sở công lập và ngoài công lập",
             "tăng cường kiểm tra, thanh tra, xử lý tiêu cực trong giáo dục."),
        ),
    ),
    (
        "Chủ động hội nhập và nâng cao hiệu quả hợp tác quốc tế trong giáo dục và đào tạo.",
        (
            ("Nâng cao năng lực ngoại ngữ, từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường "
             "học.",),
            ("Mở rộng liên kết, hợp tác với các cơ sở giáo dục tiên tiến",
             "thu hút chuyên gia, nhà khoa học nước ngoài và người Việt Nam ở nước ngoài",
             "thu hút sinh viên nước ngoài đến học tập."),
            ("Thu hút các trường đại học uy tín nước ngoài mở phân hiệu tại Việt Nam.",),
        ),
    ),
)

TITLE_LEFT = ("BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 91-KL/TW")
TITLE_RIGHT = ("ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hà Nội, ngày 12 tháng 8 năm 2024")
TITLE = (
    "KẾT LUẬN",
    "CỦA BỘ CHÍNH TRỊ",
    "về tiếp tục thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Hội nghị Trung ương 8 khóa XI về "
    "đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa trong "
    "điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế",
    "-----",
)
PREAMBLE = (
    "Trên cơ sở xem xét Báo cáo tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của "
    "Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo, Bộ Chính trị kết "
    "luận như sau:"
)
ASSESSMENT_HEAD = "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT"
ASSESSMENT = (
    ("Kết quả đạt được", (
        "Sau 10 năm thực hiện Nghị quyết, nhận thức của các cấp ủy, chính quyền và toàn xã hội về đổi mới "
        "giáo dục và đào tạo có chuyển biến tích cực; hệ thống giáo dục quốc dân từng bước được hoàn thiện.",
        "Quy mô giáo dục được mở rộng; chất lượng giáo dục mũi nhọn được nâng lên; cơ sở vật chất, thiết bị "
        "dạy học được cải thiện.",
    )),
    ("Hạn chế, yếu kém", (
        "Việc đổi mới giáo dục và đào tạo chưa đồng bộ; chất lượng giáo dục giữa các vùng còn chênh lệch; "
        "tình trạng thừa, thiếu giáo viên cục bộ chưa được khắc phục.",
    )),
)
TASKS_HEAD = "NHIỆM VỤ, GIẢI PHÁP"
TASKS_INTRO = (
    "Để tiếp tục thực hiện có hiệu quả Nghị quyết số 29-NQ/TW, Bộ Chính trị yêu cầu các cấp ủy, tổ chức "
    "đảng, chính quyền tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ, giải pháp sau:"
)
IMPLEMENTATION_HEAD = "TỔ CHỨC THỰC HIỆN"
IMPLEMENTATION = (
    "Các tỉnh ủy, thành ủy, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương tổ chức quán triệt "
    "và xây dựng kế hoạch thực hiện Kết luận này.",
    "Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan tuyên truyền, hướng dẫn thực hiện "
    "Kết luận.",
    "Đảng đoàn Quốc hội, Ban cán sự đảng Chính phủ lãnh đạo thể chế hóa các nội dung của Kết luận.",
    "Ban Tuyên giáo Trung ương chủ trì theo dõi, kiểm tra, giám sát, định kỳ báo cáo Bộ Chính trị.",
)
SIGNATURE = ("T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Lương Cường")
RECIPIENTS = (
    "Nơi nhận:", "Các tỉnh ủy, thành ủy,", "Các ban đảng, ban cán sự đảng, đảng đoàn,",
    "Lưu Văn phòng Trung ương Đảng.",
)

# Not a task list: a news report on education, as users sometimes pick by mistake.
NEWS = (
    "Giáo dục\n\n"
    "Hôm qua, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học với sự tham dự của đại diện "
    "các sở giáo dục trên cả nước.\n\n"
    "Phát biểu tại hội nghị, Bộ trưởng nhấn mạnh năm học vừa qua toàn ngành đã đạt nhiều kết quả quan trọng trong "
    "đổi mới chương trình, sách giáo khoa.\n\n"
    "Theo báo cáo, nhiều địa phương đã chủ động bố trí kinh phí xây dựng trường lớp, song vẫn còn thiếu giáo viên "
    "ở vùng khó khăn, nhất là giáo viên tiếng Anh và tin học.\n"
)

ORDINALS = ("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám")
LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h")
LAYOUTS = ("typed", "auto", "ordinal")


def key_point_counts() -> list[int]:
    """Directives per task as written (each ";"-joined directive counts on its own)."""
    return [sum(len(item) for item in items) for _, items in TASKS]


def _centered(word: WordBuilder, text: str, bold: bool = True, size: int = 14) -> None:
    p = word.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def _body(word: WordBuilder, text: str) -> None:
    p = word.doc.add_paragraph(text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(1)


def _bold(word: WordBuilder, text: str) -> None:
    p = word.doc.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(1)
    p.add_run(text).bold = True


def build(path: Path, layout: str = "typed", order: tuple[int, ...] = tuple(range(8)),
          tasks_head: str = TASKS_HEAD) -> Path:
    """Write KL 91 in the official layout to ``path`` (.docx) and return it.

    ``order`` puts the tasks in another order (a text that is not the outline's version);
    ``tasks_head`` names the tasks part otherwise.
    """
    if layout not in LAYOUTS:
        raise ValueError(layout)
    word = WordBuilder()
    doc = word.doc
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(14)
    if layout == "auto":
        word.define_list(90, [("upperRoman", "%1.")])
        word.define_list(91, [("bullet", "-")])
        word.define_list(92, [("decimal", "%1.")])
        word.add_num(100, 90)
        for n in range(101, 104):  # each part's own numbered list restarts at 1
            word.add_num(n, 92, start_override=1)
        word.add_num(110, 91)
    # Title block: a borderless two-column table (typed, ordinal) or centred lines (auto).
    if layout == "auto":
        for left, right in zip(TITLE_LEFT, TITLE_RIGHT, strict=True):
            for text in (left, right):
                if text:
                    _centered(word, text)
    else:
        table = doc.add_table(rows=3, cols=2)
        for row, left, right in zip(table.rows, TITLE_LEFT, TITLE_RIGHT, strict=True):
            row.cells[0].text, row.cells[1].text = left, right
    for n, line in enumerate(TITLE):
        _centered(word, line, bold=n < 2)
    _body(word, PREAMBLE)

    def part(index: int, head: str) -> None:
        if layout == "auto":
            word.item(head, 100, 0, style="Heading 1")
        else:
            _bold(word, f"{('I', 'II', 'III')[index]}. {head}")

    def numbered(index: int, n: int, text: str, bold: bool = True) -> None:
        if layout == "auto":
            word.item(text, 101 + index, 0)
        elif layout == "ordinal" and index == 1:
            _body(word, f"{ORDINALS[n]} là, {text[0].lower()}{text[1:]}")
        elif bold:
            _bold(word, f"{n + 1}. {text}")
        else:
            _body(word, f"{n + 1}. {text}")

    part(0, ASSESSMENT_HEAD)
    for n, (head, paragraphs) in enumerate(ASSESSMENT):
        numbered(0, n, head)
        for text in paragraphs:
            _body(word, text)
    part(1, tasks_head)
    _body(word, TASKS_INTRO)
    for n, (head, items) in enumerate(TASKS[i] for i in order):
        numbered(1, n, head)
        for k, directives in enumerate(items):
            text = "; ".join(directives)
            if layout == "auto":
                word.item(text, 110, 0)
            elif layout == "ordinal":
                _body(word, f"- {text}")
            else:
                _body(word, f"{LETTERS[k]}) {text}")
    part(2, IMPLEMENTATION_HEAD)
    for n, text in enumerate(IMPLEMENTATION):
        numbered(2, n, text, bold=False)
    for line in SIGNATURE:
        _centered(word, line)
    p = doc.add_paragraph()
    p.add_run(RECIPIENTS[0]).bold = True
    for line in RECIPIENTS[1:]:
        doc.add_paragraph(f"- {line}")
    return word.save(path)
