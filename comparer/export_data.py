"""Figures and look-ups both export writers share: coverage %, key point status, ordered gaps."""

from __future__ import annotations

from dataclasses import dataclass

from comparer.models import Candidate, Comparison, CoverageCell, Gap, Plan, Reference, Status, Task
from comparer.serialize import coverage_percent


@dataclass(frozen=True)
class PlanSummary:
    """Counts of covered/partial/missing reference tasks for one plan and its coverage %."""

    covered: int
    partial: int
    missing: int
    percent: float


def summarise(comparison: Comparison, plan: int) -> PlanSummary:
    """Count one plan's statuses; the % is the CLI's (covered 1, partial 0.5), so all outputs agree."""
    cells = comparison.coverage[plan]
    covered = sum(1 for c in cells if c.status is Status.COVERED)
    partial = sum(1 for c in cells if c.status is Status.PARTIAL)
    missing = len(cells) - covered - partial
    return PlanSummary(covered, partial, missing, coverage_percent(comparison, plan))


def key_point_status(cell: CoverageCell, kp_id: str, gaps: dict[tuple[int, str], Gap]) -> tuple[Status, float]:
    """Status and score of one key point of ``cell``'s task in ``cell``'s plan.

    Found key points score the best match that carries them; missing ones the nearest
    candidate of their gap (0 if none), so the officer sees how close the plan came.
    """
    if kp_id in cell.key_points_found:
        scores = [m.score for m in cell.evidence if kp_id in m.key_points]
        return Status.COVERED, max(scores, default=cell.score)
    if kp_id not in cell.key_points_missing and cell.status is Status.COVERED:
        # Analysis listed neither way: follow the task (a covered task carries its points).
        return Status.COVERED, cell.score
    gap = gaps.get((cell.plan, kp_id))
    best = nearest(gap) if gap else None
    return Status.MISSING, best.score if best else 0.0


def key_point_cell(cell: CoverageCell, kp_id: str, gaps: dict[tuple[int, str], Gap]) -> tuple[Status, float, bool]:
    """Status, score and review flag of one key point as the engine decided them (``CoverageCell.points``).

    A cell built without key point cells (by hand, in tests) falls back to ``key_point_status``.
    """
    point = cell.point(kp_id)
    if point is None:
        status, score = key_point_status(cell, kp_id, gaps)
        gap = gaps.get((cell.plan, kp_id))
        return status, score, bool(gap and gap.needs_review and not cell.reviewed)
    return point.status, point.score, point.needs_review and not cell.reviewed


def gap_index(comparison: Comparison) -> dict[tuple[int, str], Gap]:
    """Gaps keyed by (plan index, ref id)."""
    return {(g.plan, g.ref_id): g for g in comparison.gaps}


def nearest(gap: Gap) -> Candidate | None:
    """The gap's closest candidate passage (the engine lists it first), or None."""
    return gap.candidates[0] if gap.candidates else None


def task_lookup(plan: Plan) -> dict[str, Task]:
    """A plan's tasks by id."""
    return {t.id: t for t in plan.tasks}


def reference_order(reference: Reference) -> dict[str, int]:
    """Position of every task and key point id in the reference, for sorting."""
    order: dict[str, int] = {}
    for task in reference.tasks:
        order[task.id] = len(order)
        for kp in task.key_points:
            order[kp.id] = len(order)
    return order


def reference_text(reference: Reference, ref_id: str) -> str:
    """The title of a reference task or the text of a key point; the id itself if unknown."""
    for task in reference.tasks:
        if task.id == ref_id:
            return task.title
        for kp in task.key_points:
            if kp.id == ref_id:
                return kp.text
    return ref_id


def parent_task_id(reference: Reference, ref_id: str) -> str:
    """The id of the task a key point belongs to (a task id maps to itself)."""
    for task in reference.tasks:
        if task.id == ref_id or any(kp.id == ref_id for kp in task.key_points):
            return task.id
    return ref_id


def ordered_gaps(comparison: Comparison, plan: int) -> list[Gap]:
    """One plan's gaps, most important first: task-level gaps, then key points, reference order."""
    order = reference_order(comparison.reference)
    gaps = [g for g in comparison.gaps if g.plan == plan]
    return sorted(gaps, key=lambda g: (g.level != "task", order.get(g.ref_id, len(order)), g.ref_id))


def quoted(text: str) -> str:
    """Text to put between quotation marks in a sentence: no closing full stop or semicolon.

    A passage ending in "." inside “…”. printed “…2045.”. in the real Hải Phòng report.
    """
    return text.strip().rstrip(" .;:,").rstrip() or text.strip()


def short_name(reference: Reference) -> str:
    """The reference's short name (``Kết luận 91``) for use inside sentences.

    Without one, the name is cut before its date and subject: ``Kết luận số 91-KL/TW ngày
    12/8/2024 của Bộ Chính trị về …`` → ``Kết luận số 91-KL/TW``; repeated in every
    recommendation, the full name made each one three lines long.
    """
    if reference.short_name:
        return reference.short_name
    name = reference.name
    for cut in (" ngày ", " của ", " về ", " of ", " on "):
        head = name.split(cut, 1)[0]
        if len(head) >= 8:
            name = head
    return name


def key_point_count(reference: Reference) -> int:
    """Number of key points over all reference tasks."""
    return sum(len(t.key_points) for t in reference.tasks)
