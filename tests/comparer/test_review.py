"""Review decisions laid over a comparison: confirm, reject, assign, addressed, re-attachment."""

from __future__ import annotations

from dataclasses import replace

from comparer.models import Comparison, Status
from comparer.review import Decision, DecisionKind, apply_decisions, find_task, review
from comparer.status import points
from tests.desktop.fixtures import build_comparison


def _decision(c: Comparison, kind: DecisionKind, plan: int, ref_id: str, text: str = "", note: str = "") -> Decision:
    p = c.plans[plan]
    return Decision(kind, p.sha256, p.name, ref_id, text, note)


def _cell(c: Comparison, plan: int, ref_id: str):  # type: ignore[no-untyped-def]
    return next(cell for cell in c.coverage[plan] if cell.ref_id == ref_id)


def _task_text(c: Comparison, plan: int, ref_id: str) -> str:
    cell = _cell(c, plan, ref_id)
    tid = cell.evidence[0].task_id
    return next(t.text for t in c.plans[plan].tasks if t.id == tid)


def test_no_decisions_is_identity() -> None:
    c = build_comparison()
    assert apply_decisions(c, []) == c


def test_confirm_marks_match_and_cell_reviewed() -> None:
    c = build_comparison()
    text = _task_text(c, 0, "KL91-4")
    out = apply_decisions(c, [_decision(c, DecisionKind.CONFIRM, 0, "KL91-4", text)])
    cell = _cell(out, 0, "KL91-4")
    assert cell.reviewed and not cell.needs_review
    assert cell.status is Status.PARTIAL  # confirming evidence does not invent key points
    assert all(m.reviewed for m in cell.evidence)
    assert any(m.reviewed and m.ref_id == "KL91-4" for m in out.matches[0])
    assert c.coverage[0][3].reviewed is False  # the input is untouched


def test_reject_last_evidence_makes_a_gap() -> None:
    c = build_comparison()
    text = _task_text(c, 0, "KL91-8")
    out = apply_decisions(c, [_decision(c, DecisionKind.REJECT, 0, "KL91-8", text)])
    cell = _cell(out, 0, "KL91-8")
    assert cell.status is Status.MISSING and cell.evidence == () and cell.reviewed
    assert not any(m.ref_id == "KL91-8" for m in out.matches[0])
    assert any(g.plan == 0 and g.ref_id == "KL91-8" and g.level == "task" for g in out.gaps)
    assert not any(g.plan == 0 and g.ref_id.startswith("KL91-8.") for g in out.gaps)
    # KL91-8 was taken up by Hà Nội and Hải Phòng; now only Hải Phòng: no longer an overlap.
    assert not any(o.ref_id == "KL91-8" for o in out.overlaps)
    assert any(o.ref_id == "KL91-8" for o in c.overlaps)


def test_reject_one_of_two_passages_keeps_the_other() -> None:
    c = build_comparison()
    cell = _cell(c, 1, "KL91-4")
    assert len(cell.evidence) == 2
    first = next(t.text for t in c.plans[1].tasks if t.id == cell.evidence[0].task_id)
    out = _cell(apply_decisions(c, [_decision(c, DecisionKind.REJECT, 1, "KL91-4", first)]), 1, "KL91-4")
    # One of three key points left: the task is taken up, but only in part (comparer.status).
    assert len(out.evidence) == 1 and out.status is Status.PARTIAL
    assert out.key_points_found == ("KL91-4.1",)
    assert set(out.key_points_missing) == {"KL91-4.2", "KL91-4.3"}


def test_assign_fills_a_missing_cell_and_removes_its_gap() -> None:
    c = build_comparison()
    local = c.plans[2].tasks[-1].text  # "Duy trì trường phổ thông dân tộc bán trú"
    assert _cell(c, 2, "KL91-6").status is Status.MISSING
    out = apply_decisions(c, [_decision(c, DecisionKind.ASSIGN, 2, "KL91-6", local, "giao tay")])
    cell = _cell(out, 2, "KL91-6")
    # The passage carries the task but none of its key points: "Một phần", no longer a gap.
    assert cell.status is Status.PARTIAL and cell.reviewed and cell.note == "giao tay"
    assert [m.task_id for m in cell.evidence] == [c.plans[2].tasks[-1].id]
    assert not any(g.plan == 2 and g.ref_id == "KL91-6" for g in out.gaps)
    assert any(o.ref_id == "KL91-6" and 2 in o.plans for o in out.overlaps)


def test_addressed_gap_keeps_note() -> None:
    c = build_comparison()
    d = _decision(c, DecisionKind.ADDRESSED, 2, "KL91-8", note="Đã có trong KH ngoại ngữ riêng")
    out = apply_decisions(c, [d])
    gap = next(g for g in out.gaps if g.plan == 2 and g.ref_id == "KL91-8")
    assert gap.addressed and gap.note == "Đã có trong KH ngoại ngữ riêng"
    assert _cell(out, 2, "KL91-8").reviewed
    # Key point gaps work too.
    kp = next(g for g in c.gaps if g.level == "key_point")
    out2 = apply_decisions(c, [_decision(c, DecisionKind.ADDRESSED, kp.plan, kp.ref_id, note="x")])
    assert next(g for g in out2.gaps if g.ref_id == kp.ref_id and g.plan == kp.plan).addressed


def test_later_decision_wins() -> None:
    c = build_comparison()
    text = _task_text(c, 0, "KL91-3")
    confirm = _decision(c, DecisionKind.CONFIRM, 0, "KL91-3", text)
    reject = _decision(c, DecisionKind.REJECT, 0, "KL91-3", text)
    assert _cell(apply_decisions(c, [confirm, reject]), 0, "KL91-3").status is Status.MISSING
    back = _cell(apply_decisions(c, [reject, confirm]), 0, "KL91-3")
    assert back.status is Status.COVERED
    assert back.score == points(_cell(c, 0, "KL91-3").score)  # the computed match comes back


def test_reattach_after_small_edit_and_changed_hash() -> None:
    c = build_comparison()
    text = _task_text(c, 0, "KL91-4")
    # The plan file was edited: new hash, one passage reworded slightly.
    edited_tasks = tuple(
        replace(t, text=t.text.replace("giáo viên mầm non", "giáo viên mầm non.")) for t in c.plans[0].tasks
    )
    plans = (replace(c.plans[0], sha256="0" * 64, tasks=edited_tasks), *c.plans[1:])
    edited = replace(c, plans=plans)
    result = review(edited, [_decision(c, DecisionKind.CONFIRM, 0, "KL91-4", text)])
    assert result.unattached == ()
    assert _cell(result.comparison, 0, "KL91-4").reviewed


def test_unattached_are_reported() -> None:
    c = build_comparison()
    gone_plan = Decision(DecisionKind.CONFIRM, "f" * 64, "quang-ninh.txt", "KL91-1", "x")
    gone_text = _decision(c, DecisionKind.CONFIRM, 0, "KL91-1", "Một đoạn hoàn toàn khác, không có trong KH")
    bad_ref = _decision(c, DecisionKind.CONFIRM, 0, "KL91-99", _task_text(c, 0, "KL91-1"))
    no_gap = _decision(c, DecisionKind.ADDRESSED, 0, "KL91-1", note="đã có")
    result = review(c, [gone_plan, gone_text, bad_ref, no_gap])
    assert [u.reason for u in result.unattached] == [
        "plan_not_found",
        "task_not_found",
        "ref_not_found",
        "gap_not_found",
    ]
    assert result.comparison == c


def test_find_task_tone_placement_variant() -> None:
    c = build_comparison()
    plan = c.plans[1]
    original = next(t for t in plan.tasks if "chuẩn hóa" in t.text)
    assert find_task(plan, original.text.replace("hóa", "hoá")) == original


def test_decision_dict_round_trip() -> None:
    d = Decision(DecisionKind.ADDRESSED, "a" * 64, "bac-kan.pdf", "KL91-8.1", "", "Ghi chú có dấu")
    assert Decision.from_dict(d.to_dict()) == d
