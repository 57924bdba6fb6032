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


def _clean_line_by_line(text: str) -> str:
    """clean() as it was written first: NFC, look-alikes, then spaces folded line by line."""
    from comparer.text.normalize import _SPACE, _map_lookalikes

    text = unicodedata.normalize("NFC", _map_lookalikes(text))
    return "\n".join(_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def test_clean_and_one_line_fold_spaces_as_line_by_line_folding_does() -> None:
    from tests.comparer.paths import SAMPLES, SEEDS

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))]
    assert texts
    texts += [
        "  Tăng\tcường \r\n\f công tác  \v tuyên truyền \u00a0\n\n\t",
        "a\r\rb\n \n\u2003c\u200b d\u3000",
        "Ho\u0300a  \t nhâ\u0323p\r\n- thư\u0309 \x0b\x0c",
        "",
    ]
    for text in texts:
        assert clean(text) == _clean_line_by_line(text)
        assert one_line(text) == " ".join(_clean_line_by_line(text).split())


def test_norm_finds_the_words_the_substitution_left() -> None:
    """norm's word finding (one findall, "_" the longer way) against the form it replaced."""
    import re

    from comparer.text.normalize import _map_lookalikes, _place_tone
    from tests.comparer.paths import SAMPLES, SEEDS

    def reference(text: str) -> str:
        text = unicodedata.normalize("NFC", _map_lookalikes(text)).lower()
        return " ".join(map(_place_tone, re.sub(r"[^\w%]+", " ", text).replace("_", " ").split()))

    files = sorted(SAMPLES.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    texts = [line for p in files for line in p.read_text(encoding="utf-8").split("\n")]
    texts += ["", " _ ", "20% kế_hoạch\u2003số\u00a0298/KH-UBND;", "Ho\u0300a\u2028nhập\x1c–ΣΑΣ; İ", "a_b __%_ %"]
    assert len(texts) > 100
    for text in texts:
        assert norm(text) == reference(text), text


def test_word_runs_are_the_regex_runs() -> None:
    import re

    from comparer.text.normalize import word_runs
    from tests.comparer.paths import SEEDS

    texts = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    texts += ["", "a_b", "(2025)", "20%,", "x\u2003y\x1cz\u2028", "Ⅻ ½ ²³ ٣ —–-", "đ̀ầu", "a.b.c", "%_%"]
    for text in texts:
        assert word_runs(text) == re.findall(r"[\w%]+", text), text
