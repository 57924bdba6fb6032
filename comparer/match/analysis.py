"""Compare plans with a reference: matches, coverage, gaps, overlaps and emphases."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from comparer.match.emphasis import TermCounts, find_emphases
from comparer.match.matching import Matcher, TaskScore, select
from comparer.match.similar import PairCache, similar_pairs
from comparer.match.status import (
    KEY_POINT_MIN,
    first_score,
    point_cells,
    points,
    review_floor,
    task_status,
    without_point_flags_if_missing,
)
from comparer.models import (
    Candidate,
    Comparison,
    CoverageCell,
    Gap,
    Match,
    Options,
    Overlap,
    Plan,
    Reference,
    Status,
)
from comparer.progress import CancelToken, ProgressFn, check, sub_progress

# In a passage that matches the task, a key point counts even when its phrase stands in a purpose
# clause ("… nhằm tạo hành lang pháp lý": the plan does name it); a weak echo (0.25) does not.
# KEY_POINT_MIN lives in comparer.match.status with the other rules a cell is read by.
__all__ = ["KEY_POINT_MIN", "compare", "match_plan", "score_plan"]


@dataclass
class Kept:
    """What ``analyse`` reuses between runs on the same plans and reference (``comparer.pipeline``
    keeps one): similar-pair scores and term counts do not depend on the threshold."""

    pairs: PairCache = field(default_factory=PairCache)
    term_counts: TermCounts = field(default_factory=TermCounts)
    closest: dict[int, _Closest] = field(default_factory=dict)  # id(plan) → what its scores alone decide


@dataclass
class _Closest:
    """What a plan's coverage takes from its scores alone, whatever the threshold.

    Per reference task and key point, the best passages by evidence (as many as a cell lists),
    the key points a passage carries strongly anywhere, and the closest passages once looked up
    (their similarity search is most of a threshold change's coverage work when gaps are many).
    Valid for one plan object, its scores object and one candidate limit.
    """

    plan: Plan
    scores: list[dict[str, TaskScore]]
    limit: int
    ranked: dict[str, list[tuple[float, str]]] = field(default_factory=dict)  # ref id → best first
    kp_ranked: dict[str, list[tuple[float, str]]] = field(default_factory=dict)  # kp id → best first
    strong: dict[str, frozenset[str]] = field(default_factory=dict)  # ref id → kp ids ≥ 0.8 somewhere
    candidates: dict[tuple[str, str], tuple[Candidate, ...]] = field(default_factory=dict)
    matches: dict[int, tuple[TaskScore, object, Match]] = field(default_factory=dict)  # see match_plan


def _closest(plan: Plan, reference: Reference, scores: list[dict[str, TaskScore]], limit: int) -> _Closest:
    out = _Closest(plan, scores, limit)
    # Only the first ``limit`` of a ranking are ever shown; nlargest gives sorted(reverse)[:limit].
    for ref in reference.tasks:
        pairs = [(ev[ref.id], task.id) for task, ev in zip(plan.tasks, scores, strict=True) if ref.id in ev]
        out.ranked[ref.id] = heapq.nlargest(limit, ((ts.shown, tid) for ts, tid in pairs))
        strong: set[str] = set()
        for ts, _ in pairs:  # a strong key-point phrase counts wherever it stands
            strong.update(k for k, w in ts.key_points.items() if w >= 0.8)
        out.strong[ref.id] = frozenset(strong)
        for kp in ref.key_points:
            out.kp_ranked[kp.id] = heapq.nlargest(
                max(limit, 1),
                ((ts.key_points[kp.id] * 100, tid) for ts, tid in pairs if kp.id in ts.key_points),
            )
    return out


def score_plan(matcher: Matcher, plan: Plan) -> list[dict[str, TaskScore]]:
    """Evidence of every task of ``plan`` for every reference task (same order as plan.tasks)."""
    # (Each cue's phrase is one string object the evidence of every plan shares: kept scores once
    # held 430 k copies of them at 300 plans, 31 MiB.)
    return matcher.score_plan(plan)


def match_plan(
    plan: Plan,
    scores: list[dict[str, TaskScore]],
    threshold: float,
    made: dict[int, tuple[TaskScore, object, Match]] | None = None,
) -> tuple[Match, ...]:
    """The matches a user is shown for ``plan``, task by task.

    ``made`` (kept per plan between runs) holds the match made from each piece of evidence: the
    threshold only decides which are shown, so a threshold change builds none again.
    """
    out: list[Match] = []
    for task, evidence in zip(plan.tasks, scores, strict=True):
        for ts in select(evidence, threshold):
            got = made.get(id(ts)) if made is not None else None
            # (valid while it is the same evidence, judged by the same selection model)
            if got is None or got[0] is not ts or got[1] is not ts.judged_by:
                kps = tuple(k for k, w in sorted(ts.key_points.items()) if w >= KEY_POINT_MIN)
                got = (ts, ts.judged_by, Match(task.id, ts.ref_id, round(ts.shown, 1), tuple(ts.reason), kps))
                if made is not None:
                    made[id(ts)] = got
            out.append(got[2])
    return tuple(out)


def compare(
    plans: Sequence[Plan],
    reference: Reference,
    options: Options | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Comparison:
    """Compare ``plans`` with ``reference``: score every task, then ``analyse``.

    Args:
        plans: the loaded plans, in the order the user gave them.
        reference: the reference framework (e.g. KL 91).
        options: threshold and other knobs.
        progress: called with 0–1 as the work advances.
        cancel: polled between plans; raises Cancelled when set.

    Returns:
        The full comparison.
    """
    matcher = Matcher(reference)
    scoring = sub_progress(progress, 0.0, 0.8)
    all_scores: list[list[dict[str, TaskScore]]] = []
    for p, plan in enumerate(plans):
        check(cancel)
        all_scores.append(score_plan(matcher, plan))
        if scoring:
            scoring((p + 1) / max(1, len(plans)))
    return analyse(plans, reference, all_scores, options, progress=sub_progress(progress, 0.8, 1.0), cancel=cancel)


def analyse(
    plans: Sequence[Plan],
    reference: Reference,
    scores: Sequence[list[dict[str, TaskScore]]],
    options: Options | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    kept: Kept | None = None,
) -> Comparison:
    """Select matches at the threshold and analyse them, from scores already computed.

    ``scores`` is ``score_plan``'s result for each plan: it does not depend on the threshold, so a
    threshold change runs only this step (see ``comparer.pipeline``), reusing ``kept``.
    """
    options = options or Options()
    thr = options.threshold
    all_matches: list[tuple[Match, ...]] = []
    coverage: list[tuple[CoverageCell, ...]] = []
    gaps: list[Gap] = []
    known = kept.closest if kept is not None else {}
    closest: dict[int, _Closest] = {}
    for p, plan in enumerate(plans):
        check(cancel)
        before = known.get(id(plan))
        # (selecting judges fresh evidence, which the closest passages read: select first)
        made = before.matches if before is not None and before.plan is plan and before.scores is scores[p] else {}
        matches = match_plan(plan, scores[p], thr, made)
        all_matches.append(matches)
        cells, plan_gaps, closest[id(plan)] = _coverage(p, plan, reference, scores[p], matches, options, before)
        closest[id(plan)].matches = made
        coverage.append(cells)
        gaps.extend(plan_gaps)
        if progress and p % 16 == 15:
            progress(0.5 * (p + 1) / len(plans))
    if kept is not None:
        kept.closest = closest  # plans no longer compared are forgotten
    check(cancel)
    overlaps = _overlaps(reference, coverage) if len(plans) > 1 else ()
    pairs = similar_pairs(plans, all_matches, options.similar_pair_threshold, cancel=cancel,
                          cache=kept.pairs if kept is not None else None)
    if progress:
        progress(0.75)
    emphases = find_emphases(plans, reference, all_matches, coverage, scores,
                             kept=kept.term_counts if kept is not None else None)
    if progress:
        progress(1.0)
    return Comparison(
        reference=reference,
        plans=tuple(plans),
        matches=tuple(all_matches),
        coverage=tuple(coverage),
        gaps=tuple(gaps),
        overlaps=tuple(overlaps),
        similar_pairs=tuple(pairs),
        emphases=tuple(emphases),
        options=options,
    )


def _coverage(
    p: int,
    plan: Plan,
    reference: Reference,
    scores: list[dict[str, TaskScore]],
    matches: tuple[Match, ...],
    options: Options,
    closest: _Closest | None = None,
) -> tuple[tuple[CoverageCell, ...], list[Gap], _Closest]:
    thr = options.threshold
    cells: list[CoverageCell] = []
    gaps: list[Gap] = []
    texts = {t.id: t.text for t in plan.tasks}
    limit = options.max_candidates
    if closest is None or closest.plan is not plan or closest.scores is not scores or closest.limit != limit:
        closest = _closest(plan, reference, scores, limit)
    known = closest.candidates
    lowered: list[str] = []  # the plan's passages in lower case, for the closest-passage search

    def nearest(kind: str, item_id: str, ranked: list[tuple[float, str]], text: str) -> tuple[Candidate, ...]:
        # The closest passages depend on the scores alone: looked up once per plan and item.
        got = known.get((kind, item_id))
        if got is None:
            if not lowered:  # made once per plan and run, not kept (a fifth of the texts' memory again)
                lowered.extend(t.text.lower() for t in plan.tasks)
            got = known[(kind, item_id)] = _candidates(ranked, texts, plan, text, limit, lowered)
        return got

    for ref in reference.tasks:
        evidence = tuple(sorted((m for m in matches if m.ref_id == ref.id), key=lambda m: -m.score))
        ranked = closest.ranked[ref.id]
        found: set[str] = set()
        for m in evidence:
            found.update(m.key_points)
        found.update(closest.strong[ref.id])
        kp_ids = [kp.id for kp in ref.key_points]
        missing_kps = tuple(k for k in kp_ids if k not in found)
        # Every key point's closest passage: cue echoes first (its words stand in a passage that does
        # not carry it), else plain similarity; a key point gap lists the same passages.
        near: dict[str, tuple[float, float]] = {}
        kp_candidates: dict[str, tuple[Candidate, ...]] = {}
        for kp in ref.key_points:
            kp_ranked = closest.kp_ranked[kp.id]
            echo = kp_ranked[0][0] if kp_ranked else 0.0
            if kp.id in missing_kps and (evidence or found):
                kp_candidates[kp.id] = nearest("key_point", kp.id, kp_ranked, kp.text)
                close = first_score(kp_candidates[kp.id])
            else:
                close = kp_ranked[0][0] if kp_ranked else 0.0
            near[kp.id] = (close, echo)
        pts = point_cells(ref, found, evidence, near, review_floor(options))
        present = sum(1 for pt in pts if pt.status is Status.COVERED)
        status = task_status(bool(evidence), present, len(kp_ids))
        pts = without_point_flags_if_missing(pts, status)
        if evidence:
            best = evidence[0].score
            candidates: tuple[Candidate, ...] = ()
            needs_review = status is Status.PARTIAL and best < thr + options.review_margin
        else:
            candidates = nearest("task", ref.id, ranked, ref.title + ". " + ref.text)
            # The number a missing cell shows is its closest passage's, the one the evidence pane and
            # the gaps list show (Bắc Kạn KL91-2 printed 0 beside closest passages at 26).
            best = first_score(candidates)
            needs_review = best >= thr - options.review_margin
        cells.append(
            CoverageCell(
                plan=p,
                ref_id=ref.id,
                status=status,
                score=float(points(best)),
                evidence=evidence,
                key_points_found=tuple(k for k in kp_ids if k in found),
                key_points_missing=missing_kps,
                candidates=candidates,
                needs_review=needs_review,
                points=pts,
            )
        )
        if status is Status.MISSING:
            gaps.append(Gap(p, ref.id, "task", ref.title, candidates, needs_review))
        else:
            for kp, pt in zip(ref.key_points, pts, strict=True):
                if pt.status is not Status.COVERED:
                    cands = kp_candidates.get(kp.id, ())
                    gaps.append(Gap(p, kp.id, "key_point", kp.text, cands, pt.needs_review))
    return tuple(cells), gaps, closest


def _candidates(
    ranked: list[tuple[float, str]],
    texts: dict[str, str],
    plan: Plan,
    ref_text: str,
    limit: int,
    lowered: list[str] | None = None,
) -> tuple[Candidate, ...]:
    """The closest passages to a reference text: by evidence score, else by rapidfuzz similarity.

    Similarity-only candidates (no cue of the task at all) get half their token_sort_ratio as
    score, so that a loosely similar passage never shows a score that looks like a match.
    The first candidate is the closest: its score is the one the cell and the gap show.
    ``lowered``: the plan's passages in lower case (made once per plan, not at every search).
    """
    out = [Candidate(tid, texts[tid], round(score, 1)) for score, tid in ranked[:limit] if score > 0]
    if len(out) < limit and plan.tasks:
        taken = {c.task_id for c in out}
        # One vectorised call for all the plan's passages, no Python callback per passage.
        choices = lowered if lowered is not None else [t.text.lower() for t in plan.tasks]
        row = process.cdist([ref_text.lower()], choices, scorer=fuzz.token_sort_ratio, dtype=np.float64)[0]
        sims = sorted(((float(s), t.id) for s, t in zip(row, plan.tasks, strict=True) if t.id not in taken),
                      reverse=True)
        out.extend(Candidate(tid, texts[tid], round(s * 0.5, 1)) for s, tid in sims[: limit - len(out)])
    return tuple(out)


def _overlaps(reference: Reference, coverage: list[tuple[CoverageCell, ...]]) -> list[Overlap]:
    out: list[Overlap] = []
    for i, ref in enumerate(reference.tasks):
        plans = tuple(p for p, cells in enumerate(coverage) if cells[i].status is not Status.MISSING)
        if len(plans) >= 2:
            out.append(Overlap(ref.id, "task", ref.title, plans))
        for kp in ref.key_points:
            kp_plans = tuple(p for p, cells in enumerate(coverage) if kp.id in cells[i].key_points_found)
            if len(kp_plans) >= 2:
                out.append(Overlap(kp.id, "key_point", kp.text, kp_plans))
    return out
