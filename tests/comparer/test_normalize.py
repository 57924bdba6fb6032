"""Vietnamese normalisation: NFC, tone placement, look-alike letters, commas kept for matching."""

from __future__ import annotations

import unicodedata

import pytest
from rapidfuzz import fuzz

from comparer.text.normalize import clean, match_tokens, norm, one_line, unify_tones


@pytest.mark.parametrize(
    ("old", "new"),
    [("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("qúy", "quý"), ("Hoà nhập", "Hòa nhập"), ("xoá", "xóa")],
)
def test_old_and_new_tone_placement_compare_equal(old: str, new: str) -> None:
    assert norm(old) == norm(new)


@pytest.mark.parametrize("word", ["người", "quốc", "giữ", "gìn", "hoàn", "huỳnh", "ngoài", "khuya", "thuở", "chuyển"])
def test_tone_placement_leaves_correct_words_alone(word: str) -> None:
    assert unify_tones(word) == word


def test_nfd_input_becomes_nfc_and_matches() -> None:
    nfd = unicodedata.normalize("NFD", "Hòa nhập cộng đồng, giáo dục")
    assert fuzz.ratio(nfd, "Hòa nhập cộng đồng, giáo dục") < 90  # the trap the notes describe
    assert one_line(nfd) == "Hòa nhập cộng đồng, giáo dục"
    assert norm(nfd) == "hòa nhập cộng đồng giáo dục"


def test_lookalike_eth_and_cyrillic_map_to_vietnamese_letters() -> None:
    assert norm("\u00d0ảng") == "đảng"
    assert norm("Ð\u0430ng") == "đang"


def test_clean_folds_odd_spaces_and_drops_zero_width() -> None:
    assert clean("Sở\u00a0Giáo\u200b dục\t\tvà  Đào tạo") == "Sở Giáo dục và Đào tạo"


def test_match_tokens_keep_commas_as_tokens() -> None:
    assert match_tokens("đổi mới, sáng tạo; khởi nghiệp") == ["đổi", "mới", ",", "sáng", "tạo", ",", "khởi", "nghiệp"]
