"""Highlighting the words that carried a match in the plan's own spelling."""

from __future__ import annotations

from desktop.views.evidence import highlight

MARK = '<span style="background-color:#fff176;">'


def test_reason_in_matching_form_marks_original_text() -> None:
    text = "Rà soát, sửa đổi, bổ sung, hoàn thiện các cơ chế, chính sách nhằm tạo hành lang pháp lý"
    out = highlight(text, ("sửa đổi , bổ sung", "hoàn thiện các cơ chế , chính sách", "hành lang pháp lý"))
    assert f"{MARK}sửa đổi, bổ sung</span>" in out
    assert f"{MARK}hoàn thiện các cơ chế, chính sách</span>" in out
    assert f"{MARK}hành lang pháp lý</span>" in out


def test_case_tone_placement_and_whole_words() -> None:
    out = highlight("Hiện đại hoá giáo dục; giáo dục nghề nghiệp", ("hiện đại hóa", "dục nghề"))
    assert f"{MARK}Hiện đại hoá</span>" in out  # written hoá, matched as hóa
    assert f"{MARK}dục nghề</span>" in out
    assert highlight("giáo dục", ("dục nghề",)) == "giáo dục"
    assert highlight("thuế", ("thu",)) == "thuế"  # never half a word


def test_html_is_escaped() -> None:
    assert highlight("a < b & c", ()) == "a &lt; b &amp; c"
    assert highlight("<b>giáo dục</b>", ("giáo dục",)) == f"&lt;b&gt;{MARK}giáo dục</span>&lt;/b&gt;"
