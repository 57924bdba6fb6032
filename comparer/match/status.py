"""What a coverage cell says: its status from the evidence and key points, its one score, its flag.

The rules live here once, used by the analysis and by the review overlay, so that a cell an
officer touched reads by the same rules as a computed one:

- a task is covered ("Đầy đủ") when a passage matches it and at least half of its key points
  are present (a task without key points: the match alone);
- partial ("Một phần") when a passage matches it with fewer key points, or when, with no
  matching passage, the distinctive phrase of at least one key point stands in the plan;
- missing ("Chưa có") otherwise.

Hà Nội KL91-2 matched at 92 with 1 of 5 key points was shown "Đầy đủ": the plan names the task
but not what it asks for, which is what "Một phần" says.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from comparer.models import Candidate, Comparison, CoverageCell, Match, Options, PointCell, RefTask, Status

# A key point counts in a matched passage from this weight (see analysis.KEY_POINT_MIN); an
# echo this close below it (in points of 0–100, minus the review margin) asks for a look.
KEY_POINT_MIN = 0.27


def points(score: float) -> int:
    """The one integer a score is shown as (half up: 92.5 → 93), in every face."""
    return int(math.floor(score + 0.5))


def first_score(candidates: Sequence[Candidate]) -> float:
    """The score of the closest passage (candidates come closest first), 0 without any."""
    return candidates[0].score if candidates else 0.0


def task_status(has_evidence: bool, found: int, total: int) -> Status:
    """Status of a task from whether a passage matches it and how many key points are present."""
    if has_evidence:
        return Status.COVERED if total == 0 or 2 * found >= total else Status.PARTIAL
    return Status.PARTIAL if found else Status.MISSING


def point_cells(
    ref: RefTask,
    found: Iterable[str],
    evidence: Iterable[Match],
    near: Mapping[str, tuple[float, float]],
    review_floor: float,
) -> tuple[PointCell, ...]:
    """One PointCell per key point of ``ref``.

    Args:
        ref: the reference task.
        found: ids of key points present.
        evidence: the task's matches (a found key point scores the best one carrying it).
        near: per key point id, (score of the closest passage, strongest echo of its cues 0–100).
        review_floor: a key point not found whose echo scores at least this needs review.
    """
    found = set(found)
    evidence = tuple(evidence)
    out: list[PointCell] = []
    for kp in ref.key_points:
        close, echo = near.get(kp.id, (0.0, 0.0))
        if kp.id in found:
            carried = [m.score for m in evidence if kp.id in m.key_points]
            best = max(carried, default=max((m.score for m in evidence), default=close))
            out.append(PointCell(kp.id, Status.COVERED, float(points(best)), False, close, echo))
        else:
            status = Status.PARTIAL if echo > 0 else Status.MISSING
            flag = echo >= review_floor
            out.append(PointCell(kp.id, status, float(points(close)), flag, close, echo))
    return tuple(out)


def without_point_flags_if_missing(pts: tuple[PointCell, ...], status: Status) -> tuple[PointCell, ...]:
    """A missing task is one gap with one flag: its key points do not ask for a look of their own
    (the gaps list has no key point rows for it, so F8 must not stop there either)."""
    if status is not Status.MISSING:
        return pts
    return tuple(replace(p, needs_review=False) if p.needs_review else p for p in pts)


def review_floor(options: Options) -> float:
    """A key point not found whose echo scores at least this (0–100) needs review."""
    return KEY_POINT_MIN * 100.0 - options.review_margin


def settle(cell: CoverageCell, ref: RefTask, found: Iterable[str], evidence: tuple[Match, ...],
           options: Options) -> CoverageCell:
    """``cell`` with status, score and key points recomputed from ``evidence`` and ``found``.

    Used by the review overlay after a confirm, assign or reject: the key points keep their
    computed closeness (``PointCell.near``), so a rejected passage brings back the same figures.
    A cell an officer reviewed has no key point left to review: its evidence pane shows them all.
    """
    found = set(found)
    order = [kp.id for kp in ref.key_points]
    near = {p.id: (p.near, p.echo) for p in cell.points}
    floor = math.inf if cell.reviewed else review_floor(options)
    pts = point_cells(ref, found, evidence, near, floor)
    present = sum(1 for p in pts if p.status is Status.COVERED)
    status = task_status(bool(evidence), present, len(order))
    pts = without_point_flags_if_missing(pts, status)
    best = max(m.score for m in evidence) if evidence else first_score(cell.candidates)
    score = float(points(best))
    return CoverageCell(
        plan=cell.plan, ref_id=cell.ref_id, status=status, score=score, evidence=evidence,
        key_points_found=tuple(k for k in order if k in found),
        key_points_missing=tuple(k for k in order if k not in found),
        candidates=cell.candidates, needs_review=cell.needs_review, reviewed=cell.reviewed,
        note=cell.note, points=pts,
    )


def coverage_percent(comparison: Comparison, plan: int) -> float:
    """Share of reference tasks a plan covers (partial counts half), in percent, one decimal.

    The one coverage figure: the window, the CLI and both exports print this number.
    """
    cells = comparison.coverage[plan]
    if not cells:
        return 0.0
    score = sum(1.0 if c.status is Status.COVERED else 0.5 if c.status is Status.PARTIAL else 0.0 for c in cells)
    # Half up, as points() and as Excel/LibreOffice show the workbook's live formula in "0.0%":
    # round() gave 56.2 for Hà Nội's 4.5/8 = 56.25 while the printed workbook said 56.3%.
    return math.floor(1000.0 * score / len(cells) + 0.5) / 10


def status_counts(comparison: Comparison, plan: int) -> tuple[int, int, int]:
    """(covered, partial, missing) task counts of one plan."""
    cells = comparison.coverage[plan]
    covered = sum(1 for c in cells if c.status is Status.COVERED)
    partial = sum(1 for c in cells if c.status is Status.PARTIAL)
    return covered, partial, len(cells) - covered - partial
