"""Pairs of similar tasks across plans, found with rapidfuzz."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from comparer.models import Match, Plan, SimilarPair
from comparer.progress import CancelToken, check

MIN_WORDS = 8
MAX_PER_TASK = 3
EVIDENCE_PER_CELL = 6  # per plan and reference task, only the strongest matches are paired


def similar_pairs(
    plans: Sequence[Plan],
    matches: Sequence[Sequence[Match]],
    threshold: float,
    *,
    cancel: CancelToken | None = None,
) -> list[SimilarPair]:
    """Tasks of different plans that say much the same thing (token_sort_ratio ≥ threshold).

    Only tasks matched to the same reference task are compared, and of those only each plan's
    strongest evidence for it: that keeps the work near-linear for 34 plans of 200 tasks, and a
    pair that shares no reference task is not an overlap an officer asks about.
    """
    if len(plans) < 2:
        return []
    groups: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for p, (plan, plan_matches) in enumerate(zip(plans, matches, strict=True)):
        by_id = {t.id: t for t in plan.tasks}
        per_ref: dict[str, int] = defaultdict(int)
        for m in sorted(plan_matches, key=lambda m: -m.score):
            task = by_id[m.task_id]
            if per_ref[m.ref_id] >= EVIDENCE_PER_CELL or len(task.norm.split()) < MIN_WORDS:
                continue
            per_ref[m.ref_id] += 1
            # token_sort_ratio is ratio on sorted tokens: sort once here, not once per pair
            groups[m.ref_id].append((p, task.id, " ".join(sorted(task.norm.split()))))
    best: dict[tuple[int, str, int, str], float] = {}
    for members in groups.values():
        check(cancel)
        if len(members) < 2:
            continue
        texts = [m[2] for m in members]
        # Threads only pay off on big groups; small ones are faster on this thread.
        workers = -1 if len(texts) > 400 else 1
        scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=threshold, workers=workers)
        for i, row in enumerate(scores):
            for j in row.nonzero()[0]:
                if j <= i:
                    continue
                a, b = members[i], members[int(j)]
                if a[0] == b[0]:
                    continue
                key = (a[0], a[1], b[0], b[1]) if a[0] < b[0] else (b[0], b[1], a[0], a[1])
                best[key] = max(best.get(key, 0.0), float(row[j]))
    count: dict[tuple[int, str], int] = defaultdict(int)
    out: list[SimilarPair] = []
    for (pa, ta, pb, tb), score in sorted(best.items(), key=lambda kv: -kv[1]):
        if count[(pa, ta)] >= MAX_PER_TASK or count[(pb, tb)] >= MAX_PER_TASK:
            continue
        count[(pa, ta)] += 1
        count[(pb, tb)] += 1
        out.append(SimilarPair(pa, ta, pb, tb, round(score, 1)))
    return out
