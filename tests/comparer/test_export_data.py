"""Figures the two writers share: short reference name, plan summary, key point status, gap order."""

from __future__ import annotations

import math
from dataclasses import replace

from comparer.export.export_data import gap_index, key_point_status, ordered_gaps, quoted, short_name, summarise
from comparer.models import Status
from comparer.store.serialize import comparison_json
from tests import comparisons as fx


def test_short_name_prefers_the_references_own() -> None:
    ref = fx.reference()
    assert short_name(ref) == "Kết luận 91"
    long = "Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW"
    assert short_name(replace(ref, short_name="", name=long)) == "Kết luận số 91-KL/TW"
    assert short_name(replace(ref, short_name="", name="KL 91")) == "KL 91"


def test_summary_agrees_with_the_cli() -> None:
    # The writers' summary and the CLI's JSON must give the same figures for every plan, and those
    # figures must be the cells' own counts (covered counts 1, partial a half).
    comparison = fx.three_plans()
    plans_json = comparison_json(comparison)["plans"]
    for p, cells in enumerate(comparison.coverage):
        s = summarise(comparison, p)
        statuses = [c.status for c in cells]
        assert (s.covered, s.partial, s.missing) == (
            statuses.count(Status.COVERED),
            statuses.count(Status.PARTIAL),
            statuses.count(Status.MISSING),
        )
        assert s.percent == math.floor(1000.0 * (s.covered + 0.5 * s.partial) / len(cells) + 0.5) / 10  # half up
        assert plans_json[p]["coverage_percent"] == s.percent
    assert len({summarise(comparison, p).percent for p in range(len(comparison.plans))}) > 1


def test_key_point_status() -> None:
    comparison = fx.three_plans()
    gaps = gap_index(comparison)
    hai_phong = {c.ref_id: c for c in comparison.coverage[1]}
    assert key_point_status(hai_phong["KL91-6"], "KL91-6.1", gaps) == (Status.COVERED, 90.0)
    assert key_point_status(hai_phong["KL91-1"], "KL91-1.2", gaps) == (Status.MISSING, 0.0)
    ha_noi = {c.ref_id: c for c in comparison.coverage[0]}
    assert key_point_status(ha_noi["KL91-3"], "KL91-3.2", gaps) == (Status.MISSING, 45.0)  # nearest passage
    # A covered task whose analysis listed a key point neither way carries it.
    bare = replace(ha_noi["KL91-4"], key_points_found=(), key_points_missing=())
    assert key_point_status(bare, "KL91-4.1", gaps) == (Status.COVERED, 88.0)


def test_gaps_are_ordered_tasks_first_then_reference_order() -> None:
    gaps = ordered_gaps(fx.three_plans(), 1)
    levels = [g.level for g in gaps]
    assert levels == sorted(levels, key=lambda level: level != "task")
    assert [g.ref_id for g in gaps if g.level == "task"] == ["KL91-2", "KL91-4", "KL91-8"]


def test_quoted_drops_closing_punctuation() -> None:
    assert quoted("Thành lập trung tâm đào tạo vi mạch bán dẫn. ") == "Thành lập trung tâm đào tạo vi mạch bán dẫn"
    assert quoted("bán dẫn...") == "bán dẫn"
    assert quoted("Đẩy mạnh giáo dục STEM;") == "Đẩy mạnh giáo dục STEM"
    assert quoted("...") == "..."


def test_cli_gap_lines_quote_only_what_the_exports_quote() -> None:
    # The CLI printed "đoạn gần nhất: “Nâng cao chất lượng đào tạo …” (12)" for Bắc Kạn KL91-8, where
    # Word, Excel and the Gaps tab say "Chưa tìm thấy nội dung tương ứng".
    from comparer.export.export_data import nearest_shown
    from comparer.export.report import text_summary

    comparison = fx.three_plans()
    task_gaps = [g for g in comparison.gaps if g.level == "task"]
    assert task_gaps
    for lang, none in (("vi", "chưa tìm thấy nội dung tương ứng"), ("en", "no corresponding passage found")):
        text = text_summary(comparison, lang)
        for gap in task_gaps:
            line = next(x for x in text.splitlines() if x.startswith(f"  [{gap.plan + 1}] {gap.ref_id} "))
            shown = nearest_shown(gap, comparison.options.threshold)
            if shown is None:
                assert line.endswith(none)
            else:
                assert shown.text[:40] in line
