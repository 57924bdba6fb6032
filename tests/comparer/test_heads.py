"""Directive heads: agency names and cited titles are context; topics map by §7; cues keep to words."""

from __future__ import annotations

import pytest

from comparer.match.matching import Matcher
from comparer.models import Options
from comparer.refs.mapping import load_mapping
from comparer.refs.reference import load_reference
from comparer.text.heads import MASK, TITLE_OPEN, mark_titles, mask_agencies

THR = Options().threshold


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_reference("kl91"))


def refs(matcher: Matcher, text: str) -> list[str]:
    return sorted(s.ref_id for s in matcher.classify(text, THR))


@pytest.mark.parametrize(
    "name",
    [
        "Bộ Khoa học và Công nghệ",
        "Sở Lao động - Thương binh và Xã hội",
        "Hội Khuyến học tỉnh",
        "Sở Thông tin và Truyền thông",
    ],
)
def test_agency_names_are_masked_by_pattern(name: str) -> None:
    masked = mask_agencies(f"Giao {name} chủ trì, phối hợp triển khai")
    assert name.split()[1] not in masked
    assert MASK in masked and masked.endswith("chủ trì, phối hợp triển khai")


def test_a_steering_committee_is_not_masked() -> None:
    assert MASK not in mask_agencies("Thành lập Ban Chỉ đạo đổi mới giáo dục của tỉnh")


def test_cited_titles_are_marked() -> None:
    text = "Sau 5 năm thực hiện Đề án “Phát triển giáo dục nghề nghiệp”, toàn tỉnh đã xóa mù chữ cho 2.000 người."
    marked = mark_titles(text)
    assert TITLE_OPEN in marked
    assert marked.index(TITLE_OPEN) < marked.index("Phát triển") < marked.index("xóa mù chữ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # echo words add no second label
        ("Bộ Khoa học và Công nghệ phối hợp bố trí kinh phí sửa chữa phòng học xuống cấp.", ["KL91-7"]),
        ("Sở Thông tin và Truyền thông phối hợp tuyển dụng, bố trí đủ giáo viên theo định mức.", ["KL91-6"]),
        ("Sau 3 năm thực hiện Đề án “Xây dựng xã hội học tập”, tỷ lệ người biết chữ đạt 99%, hoàn thành xóa mù chữ.",
         ["KL91-3"]),
    ],
)
def test_echo_words_add_no_second_label(matcher: Matcher, text: str, expected: list[str]) -> None:
    assert refs(matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức thi, kiểm tra trên máy tính đối với một số môn học ở trường trung học phổ thông.",
        "Bồi dưỡng năng lực số và kỹ năng ứng dụng trí tuệ nhân tạo trong dạy học cho học sinh.",
        "Xây dựng hệ thống dữ liệu kết nối nhu cầu đào tạo với dữ liệu thị trường lao động.",
    ],
)
def test_digital_items_go_to_task_5(matcher: Matcher, text: str) -> None:
    assert "KL91-5" in refs(matcher, text)
    assert "KL91-4" not in refs(matcher, text)


def test_ai_as_a_field_of_training_goes_to_task_4(matcher: Matcher) -> None:
    text = "Mở rộng quy mô đào tạo trí tuệ nhân tạo, thiết kế vi mạch ở các trường đại học."
    assert refs(matcher, text) == ["KL91-4"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toàn tỉnh có thêm 18 trường đạt chuẩn quốc gia trong năm học.", ["KL91-7"]),
        ("Ký kết biên bản ghi nhớ hợp tác giáo dục với tỉnh Viêng Chăn (Lào).", ["KL91-8"]),
        ("Phân định thẩm quyền của chính quyền địa phương hai cấp trong quản lý giáo dục.", ["KL91-2"]),
    ],
)
def test_topics_map_onto_kl91_as_the_mapping_says(matcher: Matcher, text: str, expected: list[str]) -> None:
    assert refs(matcher, text) == expected


def test_cues_never_fire_inside_compounds(matcher: Matcher) -> None:
    # "trường chuyên" (gifted schools, KL91-4.3) must not fire in "trường chuyên biệt" (special schools)
    scores = matcher.score("Quy hoạch hệ thống trường chuyên biệt dành cho trẻ khuyết tật của tỉnh.")
    assert "trường chuyên" not in (scores["KL91-4"].reason if "KL91-4" in scores else [])
    # a fuzzy near-miss is compared with whole words only: "hình thức trực tuyến" is not "học trực tuyến"
    assert "KL91-5" not in matcher.score("Hai bên ký kết hợp tác theo hình thức trực tuyến vào ngày 23/6.")
    # a border province is a place, not the priority for border areas (KL91-7.3)
    assert "KL91-7" not in matcher.score("Hội nghị giữa các tỉnh biên giới bàn về trao đổi học sinh.")


def test_the_mapping_is_data_with_known_tasks() -> None:
    cues = load_mapping("kl91")
    ids = {t.id for t in load_reference("kl91").tasks}
    assert len(cues) > 50
    assert {c.ref_id for c in cues if c.ref_id} <= ids
    assert any(c.ref_id == "" for c in cues)  # neutral compounds
    assert load_mapping("no-such-reference") == ()


def test_abbreviations_are_read_as_their_full_form(matcher: Matcher) -> None:
    assert refs(matcher, "Đầu tư CSVC, thiết bị dạy học cho các trường THCS vùng khó khăn.") == ["KL91-7"]
    assert refs(matcher, "Nâng cao chất lượng GDNN gắn với nhu cầu của doanh nghiệp.") == ["KL91-4"]


def test_a_leadership_directive_naming_this_plan_is_still_a_directive(matcher: Matcher) -> None:
    text = "Các cấp ủy tăng cường lãnh đạo, chỉ đạo việc thực hiện Kế hoạch này, gắn với trách nhiệm người đứng đầu."
    assert refs(matcher, text) == ["KL91-1"]


def test_a_parent_title_does_not_swallow_the_object_of_a_directive(matcher: Matcher) -> None:
    # NQ 29's title words are context, but "… toàn diện giáo dục mầm non" names preschool as the object
    text = "Tiếp tục đổi mới căn bản, toàn diện giáo dục mầm non, nâng cao chất lượng chăm sóc, nuôi dưỡng trẻ."
    assert refs(matcher, text) == ["KL91-3"]
    title_only = "Tiếp tục thực hiện Nghị quyết 29 về đổi mới căn bản, toàn diện giáo dục và đào tạo."
    assert refs(matcher, title_only) == []


def test_a_longer_phrase_never_counts_less_than_a_phrase_it_contains(matcher: Matcher) -> None:
    # "thông tin tuyên truyền" is a longer cue than the strong "tuyên truyền" and claims its words
    text = ("Đẩy mạnh thông tin tuyên truyền trên báo chí, mạng xã hội về các chủ trương mới của ngành, "
            "kết quả nâng cao chất lượng giáo dục và đào tạo của tỉnh.")
    assert refs(matcher, text) == ["KL91-1"]
