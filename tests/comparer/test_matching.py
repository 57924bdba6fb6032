"""The matcher on Vietnamese passages, including the traps of naive fuzzy matching."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from comparer.match.matching import Matcher, derive_cues, split_clauses
from comparer.models import Options, Reference, RefTask
from comparer.refs.reference import load_reference

THR = Options().threshold


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_reference("kl91"))


def refs(matcher: Matcher, text: str) -> list[str]:
    return [s.ref_id for s in matcher.classify(text, THR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiếp tục quán triệt quan điểm coi giáo dục và đào tạo là “quốc sách hàng đầu”.", ["KL91-1"]),
        ("Đẩy mạnh phân cấp, phân quyền; tăng cường quyền tự chủ gắn với trách nhiệm giải trình.", ["KL91-2"]),
        ("Thực hiện phổ cập giáo dục mầm non cho trẻ em 3, 4 tuổi.", ["KL91-3"]),
        ("Phát triển các ngành mới như trí tuệ nhân tạo, khoa học dữ liệu, bán dẫn.", ["KL91-4"]),
        ("Đẩy mạnh chuyển đổi số, xây dựng cơ sở dữ liệu ngành liên thông với cơ sở dữ liệu quốc gia.", ["KL91-5"]),
        ("Khắc phục tình trạng thừa, thiếu giáo viên cục bộ; tuyển dụng đủ giáo viên.", ["KL91-6"]),
        ("Bảo đảm chi ngân sách nhà nước cho giáo dục tối thiểu 20% tổng chi ngân sách nhà nước.", ["KL91-7"]),
        ("Từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học.", ["KL91-8"]),
    ],
)
def test_each_task_is_recognised_in_plain_plan_wording(matcher: Matcher, text: str, expected: list[str]) -> None:
    assert refs(matcher, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NQ 71's wording, which the cue lists were not written from
        ("Giáo dục nghề nghiệp giữ vai trò then chốt trong phát triển lực lượng lao động kỹ năng cao.", ["KL91-4"]),
        ("Khẩn trương xây dựng khung chiến lược phát triển giáo dục đại học.", ["KL91-4"]),
        ("Phát triển giáo dục trên nền tảng văn hóa, tiếp thu tinh hoa nhân loại, chuẩn mực quốc tế.", []),
        ("Chuyển mạnh sang phương pháp giáo dục hiện đại, tích cực, tăng cường tự học, trải nghiệm sáng tạo.",
         ["KL91-3"]),
        ("Tăng cường việc dạy và học ngoại ngữ, từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học.",
         ["KL91-8"]),
        # typical wording of other provinces' plans
        ("Đưa mục tiêu, chỉ tiêu phát triển giáo dục vào nghị quyết của cấp ủy hằng năm.", ["KL91-1"]),
        ("Rà soát, tham mưu ban hành các cơ chế, chính sách đặc thù của tỉnh về phát triển giáo dục.", ["KL91-2"]),
        ("Ứng dụng trí tuệ nhân tạo trong dạy học và quản lý giáo dục.", ["KL91-5"]),
        ("Xây dựng trường học an toàn, thân thiện, phòng chống bạo lực học đường.", ["KL91-3"]),
        ("Định kỳ hằng năm báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh để tổng hợp.", []),
        # running the plan itself is administration, not a task of the reference
        ("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách hằng năm của các cơ quan, đơn vị.", []),
        ("Giao Sở Giáo dục và Đào tạo chủ trì theo dõi, kiểm tra, đôn đốc, giám sát việc thực hiện Kế hoạch này.",
         []),
        ("Tổ chức quán triệt Kết luận số 91-KL/TW và Kế hoạch này đến cán bộ, giáo viên.", ["KL91-1"]),
    ],
)
def test_wording_from_another_document_is_recognised(matcher: Matcher, text: str, expected: list[str]) -> None:
    assert refs(matcher, text) == expected


def test_generic_verbs_alone_match_nothing(matcher: Matcher) -> None:
    text = "Tiếp tục tăng cường, nâng cao, đẩy mạnh triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp."
    assert refs(matcher, text) == []


def test_token_set_trap_subset_of_words_is_not_a_match(matcher: Matcher) -> None:
    title = "Hội nhập và hợp tác quốc tế"
    passage = "Hội nghị tổng kết công tác năm và hợp tác"
    # rapidfuzz's token_set_ratio scores a subset as a perfect match; our matcher must not
    assert fuzz.token_set_ratio("hợp tác", title) == 100
    assert refs(matcher, passage) == []


def test_words_of_the_parent_resolution_title_are_not_evidence(matcher: Matcher) -> None:
    text = (
        "Ngày 30/12/2024, UBND thành phố ban hành Kế hoạch thực hiện Nghị quyết số 29-NQ/TW “Về đổi mới căn bản, "
        "toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế "
        "thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế”."
    )
    assert refs(matcher, text) == []


def test_purpose_clause_does_not_add_a_task(matcher: Matcher) -> None:
    text = (
        "Nâng cao chất lượng đào tạo nguồn nhân lực đáp ứng yêu cầu phát triển kinh tế - xã hội của đất nước "
        "và xu hướng hội nhập quốc tế"
    )
    assert refs(matcher, text) == ["KL91-4"]


def test_audience_of_dissemination_is_not_a_teacher_task(matcher: Matcher) -> None:
    text = (
        "Tổ chức hội nghị nghiên cứu, phổ biến, quán triệt Kết luận số 91-KL/TW tới cán bộ lãnh đạo, quản lý "
        "các cấp và đội ngũ nhà giáo"
    )
    assert refs(matcher, text) == ["KL91-1"]


def test_agency_names_are_not_evidence(matcher: Matcher) -> None:
    assert refs(matcher, "5. Sở Khoa học và Công nghệ") == []
    assert refs(matcher, "4. Sở Thông tin và Truyền thông") == []


def test_commas_separate_a_list_from_a_compound(matcher: Matcher) -> None:
    praise = "Các đơn vị có nhiều cách làm hay, đổi mới, sáng tạo, hiệu quả, thiết thực."
    assert "KL91-4" not in refs(matcher, praise)
    assert refs(matcher, "Hỗ trợ hoạt động khởi nghiệp, đổi mới sáng tạo trong học sinh, sinh viên.") == ["KL91-4"]


def test_two_tasks_in_one_passage_are_both_reported(matcher: Matcher) -> None:
    text = "Củng cố và nâng cao chất lượng phổ cập giáo dục, xoá mù chữ và xây dựng xã hội học tập"
    assert sorted(refs(matcher, text)) == ["KL91-3", "KL91-5"]


def test_one_echoing_word_does_not_add_a_second_task(matcher: Matcher) -> None:
    text = (
        "Tập trung đầu tư chiều sâu về cơ sở vật chất, nguồn nhân lực chất lượng cao đối với các cơ sở giáo dục "
        "nghề nghiệp, giáo dục đại học công lập, gắn với nghiên cứu khoa học và đổi mới sáng tạo"
    )
    assert refs(matcher, text) == ["KL91-4"]


def test_old_tone_placement_and_nfd_match_like_the_new(matcher: Matcher) -> None:
    import unicodedata

    new = "Đẩy mạnh xã hội hóa, huy động các nguồn lực đầu tư cho giáo dục"
    old = new.replace("hóa", "hoá")
    nfd = unicodedata.normalize("NFD", new)
    assert refs(matcher, new) == refs(matcher, old) == refs(matcher, nfd) == ["KL91-7"]


def test_a_typo_in_a_long_cue_is_still_found_with_rapidfuzz(matcher: Matcher) -> None:
    scores = matcher.score("Thực hiện tốt việc bảo đảm công bằng trong tiếp cận giáo dụcc cho mọi người")
    assert "KL91-5" in scores


def test_match_reason_names_the_phrases_that_carried_it(matcher: Matcher) -> None:
    [best] = matcher.classify("Kiên cố hóa trường học, xóa phòng học tạm, xây dựng trường chuẩn quốc gia.", THR)
    assert best.ref_id == "KL91-7"
    assert "kiên cố hóa" in best.reason and "phòng học tạm" in best.reason
    assert "KL91-7.4" in best.key_points


def test_noise_lines_match_nothing(matcher: Matcher) -> None:
    for line in [
        "Categories: Giáo Dục",
        "TRANG THÔNG TIN PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
        "Đảng - đoàn thể",
        "Lan tỏa tri thức y khoa bằng công nghệ số",
        "Học sinh TP Hồ Chí Minh được nghỉ Tết thêm 2 ngày",
    ]:
        assert refs(matcher, line) == [], line


def test_clauses_split_at_semicolons_but_not_inside_quotes() -> None:
    assert split_clauses("A b c; d e f. G h") == ["A b c", "d e f.", "G h"]
    assert len(split_clauses("Đề án “Đổi mới. Phát triển” được triển khai")) == 1


def test_an_official_text_without_cues_gets_cues_from_its_own_words() -> None:
    task = RefTask("X-1", "Phát triển giáo dục mầm non", "Thực hiện phổ cập giáo dục mầm non cho trẻ em 3 tuổi.")
    cues = {c.text for c in derive_cues(task.title + ". " + task.text)}
    assert any("phổ cập" in c for c in cues) and "mầm non" in cues
    assert not any(c.startswith("cho ") for c in cues)
    m = Matcher(Reference("x", "X", (task,)))
    assert [s.ref_id for s in m.classify("Huy động trẻ 3 tuổi, phổ cập giáo dục mầm non đúng lộ trình", THR)] == ["X-1"]
