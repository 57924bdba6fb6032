"""Passage roles: framing, furniture and visions are read for what they are and never matched."""

from __future__ import annotations

import pytest

from comparer.match.matching import Matcher
from comparer.models import Block, BlockKind, Document, Location, Options
from comparer.plans.extract import extract_tasks
from comparer.refs.reference import load_reference
from comparer.text.roles import Role, passage_role

THR = Options().threshold


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_reference("kl91"))


# Written in the style of plans and decisions; each carries words of a KL 91 task.
FRAMING = [
    "Căn cứ Luật Giáo dục đại học ngày 18 tháng 6 năm 2012 và Luật sửa đổi, bổ sung năm 2018",
    "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/7/2023 của HĐND tỉnh về chính sách thu hút giáo viên",
    "Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 845/TTr-SGDĐT.",
    "Theo đề nghị của Sở Nội vụ về việc phê duyệt Đề án tuyển dụng giáo viên mầm non",
    "Thực hiện Chỉ thị số 05-CT/TU ngày 3/2/2022 của Ban Thường vụ Tỉnh ủy về tăng cường chuyển đổi số trong giáo dục",
    "QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN “PHÁT TRIỂN GIÁO DỤC MẦM NON TỈNH ĐẾN NĂM 2030”",
    "Kế hoạch số 112/KH-UBND ngày 5/4/2024 về dạy và học ngoại ngữ trong trường phổ thông",
    "Quyết định 2210/QĐ-UBND năm 2023 phê duyệt Đề án xây dựng trường đạt chuẩn quốc gia",
    "Điều 1. Phê duyệt Đề án “Nâng cao chất lượng đội ngũ nhà giáo giai đoạn 2024 - 2030” với các nội dung sau:",
    "Ngày 15/3, UBND tỉnh Nam Định ban hành Kế hoạch số 56/KH-UBND về đào tạo nhân lực ngành bán dẫn.",
    "HĐND tỉnh vừa thông qua Nghị quyết về chính sách hỗ trợ học phí cho trẻ mầm non.",
    "Về đổi mới cơ chế tài chính",
    "Được sự quan tâm lãnh đạo, chỉ đạo của cấp ủy, chính quyền, ngành giáo dục đã có nhiều chuyển biến.",
    "Sau hai ngày làm việc, Hội nghị cán bộ, giáo viên đã thảo luận và thống nhất:",
    "Đồng chí Lê Văn Nam, Phó Chủ tịch UBND tỉnh, Trưởng ban Ban Chỉ đạo đổi mới giáo dục và đào tạo tỉnh",
    "Ngày 5/9, Sở Giáo dục và Đào tạo đã tổ chức hội nghị triển khai Kế hoạch số 45/KH-UBND về phổ cập giáo dục.",
    "Nhiều tập thể, cá nhân có thành tích trong phong trào xây dựng xã hội học tập được khen thưởng.",
]
FURNITURE = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 315/QĐ-UBND",
    "Nam Định, ngày 12 tháng 9 năm 2024",
    "Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố",
    "Số hiệu: 315/QĐ-UBND Loại văn bản: Quyết định Nơi ban hành: Tỉnh Nam Định",
]


@pytest.mark.parametrize("text", FRAMING)
def test_framing_lines_of_many_kinds_are_framing_and_match_nothing(matcher: Matcher, text: str) -> None:
    assert passage_role(text) is Role.FRAMING
    assert matcher.classify(text, THR) == []


@pytest.mark.parametrize("text", FURNITURE)
def test_document_furniture_matches_nothing(matcher: Matcher, text: str) -> None:
    assert passage_role(text) is Role.FURNITURE
    assert matcher.classify(text, THR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered heading that names a directive carries its task (LABELLING §5, case 12)
        ("1. Tăng cường công tác tuyên truyền, quán triệt về đổi mới giáo dục", "KL91-1"),
        # a result reported after citing the Đề án it implements is a result, not a legal basis
        ("Thực hiện Đề án kiên cố hóa trường học, đến nay toàn tỉnh đã xây dựng 640 phòng học kiên cố.", "KL91-7"),
        # "Về việc …" opening a long reported result is not a topic heading
        ("Về việc bồi dưỡng giáo viên, đến năm 2024 có 85% giáo viên đạt chuẩn trình độ đào tạo.", "KL91-6"),
        ("Kế hoạch nhằm nâng cao hiệu lực, hiệu quả quản lý nhà nước về giáo dục trên địa bàn.", "KL91-2"),
    ],
)
def test_directives_shaped_like_framing_still_match(matcher: Matcher, text: str, expected: str) -> None:
    assert passage_role(text) is Role.DIRECTIVE
    assert [s.ref_id for s in matcher.classify(text, THR)][:1] == [expected]


def test_framing_never_becomes_a_task() -> None:
    lines = [
        *FRAMING[:4],
        *FURNITURE[:3],
        "Rà soát, sắp xếp mạng lưới trường lớp học phù hợp với quy hoạch của tỉnh.",
        "Bố trí đủ biên chế giáo viên theo định mức, khắc phục tình trạng thiếu giáo viên cục bộ.",
    ]
    blocks = tuple(Block(t, BlockKind.PARAGRAPH, Location(block=i)) for i, t in enumerate(lines))
    tasks = extract_tasks(Document(path="plan.txt", format="txt", blocks=blocks, sha256="0" * 64))
    assert [t.text for t in tasks] == lines[-2:]


def _tasks_of(*lines: str) -> list[str]:
    blocks = tuple(Block(t, BlockKind.PARAGRAPH, Location(block=i)) for i, t in enumerate(lines))
    return [t.text for t in extract_tasks(Document(path="p.txt", format="txt", blocks=blocks, sha256="0" * 64))]


def test_a_list_after_its_lead_in_stays_one_task() -> None:
    enumeration = (
        "Các nhiệm vụ được giao cho Ủy ban nhân dân cấp xã gồm: cho phép thành lập nhóm trẻ độc lập tư thục; "
        "quyết định sáp nhập, chia tách trường tiểu học công lập; cấp học bổng chính sách cho học sinh nội trú"
    )
    objects = ("Phân cấp quản lý nhà nước đối với các lĩnh vực giáo dục mầm non; giáo dục phổ thông; "
               "giáo dục thường xuyên; giáo dục nghề nghiệp")
    directives = ("Rà soát, sắp xếp mạng lưới trường lớp học phù hợp với quy hoạch; tuyển dụng đủ giáo viên "
                  "theo định mức được giao; bố trí kinh phí sửa chữa các phòng học xuống cấp")
    assert _tasks_of(enumeration) == [enumeration]
    assert _tasks_of(objects) == [objects]
    assert len(_tasks_of(directives)) == 3


def test_a_report_paragraph_is_split_into_its_sentences() -> None:
    paragraph = (
        "Đến nay, tỷ lệ người từ 15 đến 60 tuổi biết chữ của tỉnh đạt 99,2%. "
        "Toàn tỉnh đã xây dựng mới 320 phòng học kiên cố, xóa hết phòng học tạm. "
        "Giáo viên được bổ sung đủ."
    )
    tasks = _tasks_of(paragraph)
    assert len(tasks) == 2
    assert tasks[1].endswith("Giáo viên được bổ sung đủ.")  # a short sentence stays with its neighbour


def test_role_words_are_the_words_left_when_everything_else_becomes_a_space() -> None:
    """``_light_words`` (one findall) against the form it replaced: non-words to spaces, then split."""
    import re
    import unicodedata

    from comparer.text.roles import _light_words
    from tests.comparer.paths import SEEDS

    def reference(text: str) -> list[str]:
        return " ".join(re.sub(r"[^\w%]+", " ", unicodedata.normalize("NFC", text).lower()).split()).split()

    texts = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    texts += ["", "  ", "20% kế_hoạch\u2003số\u00a0298/KH-UBND;", "Ho\u0300a\u2028nhập\x1c–ΣΑΣ; İ", "a_b __ %"]
    assert len(texts) > 100
    for text in texts:
        assert _light_words(text) == reference(text), text
