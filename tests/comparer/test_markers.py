"""Leading list and section markers."""

from __future__ import annotations

import pytest

from comparer.text.markers import roman_value, split_marker


@pytest.mark.parametrize(
    ("line", "marker", "family", "rest"),
    [
        ("1. Tăng cường công tác tuyên truyền", "1.", "number", "Tăng cường công tác tuyên truyền"),
        ("II. NHIỆM VỤ, GIẢI PHÁP", "II.", "roman", "NHIỆM VỤ, GIẢI PHÁP"),
        ("a) Sở Giáo dục và Đào tạo", "a)", "letter", "Sở Giáo dục và Đào tạo"),
        ("đ) Các sở, ngành", "đ)", "letter", "Các sở, ngành"),
        ("- Tiếp tục rà soát", "-", "bullet", "Tiếp tục rà soát"),
        ("• Phát triển đội ngũ", "•", "bullet", "Phát triển đội ngũ"),
        ("+ Bảo đảm ngân sách", "+", "bullet", "Bảo đảm ngân sách"),
        ("1.2. Mục tiêu cụ thể", "1.2.", "number", "Mục tiêu cụ thể"),
        ("(3) nâng cao nhận thức", "(3)", "paren", "nâng cao nhận thức"),
    ],
)
def test_markers_are_split(line: str, marker: str, family: str, rest: str) -> None:
    m, text = split_marker(line)
    assert m is not None
    assert (m.text, m.family, text) == (marker, family, rest)


@pytest.mark.parametrize("line", ["20% tổng chi ngân sách", "2025 là năm bản lề", "Ivan Nguyễn", "Mục 7 Phần III"])
def test_sentences_that_start_with_numbers_or_letters_have_no_marker(line: str) -> None:
    assert split_marker(line)[0] is None


def test_number_depth_and_roman_values() -> None:
    m, _ = split_marker("1.2.3. Nội dung")
    assert m is not None and m.depth == 2
    assert roman_value("IV.") == 4 and roman_value("IX.") == 9
