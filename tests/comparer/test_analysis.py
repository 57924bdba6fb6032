"""Coverage, gaps, overlaps and emphases on the real sample plans."""

from __future__ import annotations

import pytest

from comparer.analysis import compare
from comparer.errors import Cancelled
from comparer.loading import load_plan
from comparer.models import Comparison, Options, Status
from comparer.progress import CancelToken
from comparer.reference import load_reference
from tests.comparer.paths import BACKAN_TXT, HAIPHONG_TXT, HANOI_TXT


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    plans = [load_plan(p) for p in (HANOI_TXT, HAIPHONG_TXT, BACKAN_TXT)]
    return compare(plans, load_reference("kl91"))


def status(c: Comparison, plan: int, ref: str) -> Status:
    return next(cell.status for cell in c.coverage[plan] if cell.ref_id == ref)


def test_hai_phong_covers_all_eight_tasks(comparison: Comparison) -> None:
    assert all(cell.status is not Status.MISSING for cell in comparison.coverage[1])
    # "Đầy đủ" only with at least half the key points: KL91-3 names 2 of 7 (comparer.status).
    for cell in comparison.coverage[1]:
        found, total = len(cell.key_points_found), len(cell.key_points_found) + len(cell.key_points_missing)
        assert (cell.status is Status.COVERED) == (2 * found >= total), cell.ref_id


def test_bac_kan_kl51_plan_leaves_out_institutions_and_international_cooperation(comparison: Comparison) -> None:
    assert status(comparison, 2, "KL91-2") is Status.MISSING
    assert status(comparison, 2, "KL91-8") is Status.MISSING
    for ref in ("KL91-1", "KL91-3", "KL91-4", "KL91-5", "KL91-7"):
        assert status(comparison, 2, ref) is not Status.MISSING, ref


def test_gaps_carry_up_to_three_closest_passages(comparison: Comparison) -> None:
    gaps = [g for g in comparison.gaps if g.plan == 2 and g.level == "task"]
    assert {g.ref_id for g in gaps} == {"KL91-2", "KL91-8"}
    for gap in gaps:
        assert 1 <= len(gap.candidates) <= 3
        assert all(c.score < Options().threshold for c in gap.candidates)
    intl = next(g for g in gaps if g.ref_id == "KL91-8")
    # the closest Bắc Kạn passage mentions international integration only as a goal
    assert "hội nhập quốc tế" in intl.candidates[0].text


def test_key_point_gaps_are_listed_for_covered_tasks(comparison: Comparison) -> None:
    hanoi_kp = {g.ref_id for g in comparison.gaps if g.plan == 0 and g.level == "key_point"}
    assert "KL91-8.1" in hanoi_kp  # Hà Nội's plan says nothing on foreign languages
    hp_kp = {g.ref_id for g in comparison.gaps if g.plan == 1 and g.level == "key_point"}
    assert "KL91-4.4" not in hp_kp  # Hải Phòng names AI, data science and semiconductors


def test_evidence_and_key_points_in_covered_cells(comparison: Comparison) -> None:
    cell = next(c for c in comparison.coverage[1] if c.ref_id == "KL91-7")
    assert cell.evidence and cell.evidence[0].score >= cell.evidence[-1].score
    assert "KL91-7.1" in cell.key_points_found  # the 20 % budget
    tasks = {t.id: t.text for t in comparison.plans[1].tasks}
    assert any("20%" in tasks[m.task_id] for m in cell.evidence)


def test_overlaps_list_tasks_shared_by_several_plans(comparison: Comparison) -> None:
    shared = {o.ref_id: o.plans for o in comparison.overlaps if o.level == "task"}
    assert shared["KL91-1"] == (0, 1, 2)
    assert shared["KL91-8"] == (0, 1)
    assert "KL91-2" in shared and 2 not in shared["KL91-2"]


def test_similar_task_pairs_across_plans(comparison: Comparison) -> None:
    pairs = {(p.plan_a, p.plan_b) for p in comparison.similar_pairs}
    # Hà Nội restates KL 91's headings, Hải Phòng follows them nearly word for word
    assert (0, 1) in pairs
    for p in comparison.similar_pairs:
        assert p.plan_a != p.plan_b and p.score >= Options().similar_pair_threshold


def test_hai_phong_emphasis_on_ai_and_semiconductors(comparison: Comparison) -> None:
    terms = {e.subject for e in comparison.emphases if e.plan == 1 and e.kind == "salient_term"}
    assert "trí tuệ nhân tạo" in terms
    unique = {e.subject for e in comparison.emphases if e.plan == 1 and e.kind == "unique_key_point"}
    assert "KL91-4.4" in unique
    initiatives = [e.text for e in comparison.emphases if e.plan == 1 and e.kind == "local_initiative"]
    assert any("Trường Đại học Hải Phòng" in t for t in initiatives)


def test_higher_threshold_never_covers_more(comparison: Comparison) -> None:
    strict = compare(comparison.plans, comparison.reference, Options(threshold=85))
    for loose_cells, strict_cells in zip(comparison.coverage, strict.coverage, strict=True):
        for a, b in zip(loose_cells, strict_cells, strict=True):
            if a.status is Status.MISSING:
                assert b.status is Status.MISSING
    assert sum(len(m) for m in strict.matches) < sum(len(m) for m in comparison.matches)


def test_progress_reaches_one_and_cancel_stops_the_work(comparison: Comparison) -> None:
    seen: list[float] = []
    compare(comparison.plans, comparison.reference, progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        compare(comparison.plans, comparison.reference, cancel=token)


def test_one_plan_has_no_overlaps_and_still_gaps() -> None:
    c = compare([load_plan(BACKAN_TXT)], load_reference("kl91"))
    assert c.overlaps == () and c.similar_pairs == ()
    assert {g.ref_id for g in c.gaps if g.level == "task"} == {"KL91-2", "KL91-8"}


def test_nq71_reference_loads_and_compares() -> None:
    ref = load_reference("nq71")
    assert len(ref.tasks) == 8 and ref.completeness and "Mục IV" in ref.completeness
    c = compare([load_plan(HAIPHONG_TXT), load_plan(BACKAN_TXT)], ref)
    assert len(c.coverage[0]) == 8
    # Hải Phòng's KL 91 plan pushes digital transformation and AI (NQ 71 task 4); Bắc Kạn's 2020 plan does not
    assert status(c, 0, "NQ71-4") is Status.COVERED and status(c, 1, "NQ71-4") is Status.MISSING
    assert status(c, 0, "NQ71-8") is Status.COVERED and status(c, 1, "NQ71-8") is Status.MISSING
    # NQ 71's key points have no curated phrases: they are found through their own wording
    found = {k for cell in c.coverage[0] for k in cell.key_points_found}
    assert any(k.startswith("NQ71-5.") for k in found)
