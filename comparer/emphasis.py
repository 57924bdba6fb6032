"""What one plan stresses that the others lack: unique key points, salient terms, local initiatives."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from comparer.matching import GENERIC
from comparer.models import CoverageCell, Emphasis, Match, Plan, Reference, Status

MAX_TERMS = 6
MAX_INITIATIVES = 5
MIN_RATIO = 3.0
_PROJECT = re.compile(r"(?:Đề án|Chương trình|Dự án|Kế hoạch)\s*[“\"]")
_STOP = frozenset("và của các những cho trong với theo về là có được một số để từ tại ở trên đến như này đó".split())


def find_emphases(
    plans: Sequence[Plan],
    reference: Reference,
    matches: Sequence[Sequence[Match]],
    coverage: Sequence[Sequence[CoverageCell]],
) -> list[Emphasis]:
    """Each plan's distinctive emphases, strongest first within each kind."""
    out: list[Emphasis] = []
    cue_terms = {c.text for t in reference.tasks for kp in t.key_points for c in kp.cues} | {
        c.text for t in reference.tasks for c in t.cues
    }
    counts = [_term_counts(plan) for plan in plans]
    for p, plan in enumerate(plans):
        if len(plans) > 1:
            out.extend(_unique_key_points(p, reference, coverage))
            out.extend(_salient_terms(p, counts, cue_terms))
        out.extend(_initiatives(p, plan, matches[p]))
    return out


def _unique_key_points(p: int, reference: Reference, coverage: Sequence[Sequence[CoverageCell]]) -> list[Emphasis]:
    out = []
    for i, ref in enumerate(reference.tasks):
        mine = set(coverage[p][i].key_points_found)
        others = set().union(*(set(c[i].key_points_found) for q, c in enumerate(coverage) if q != p))
        for kp in ref.key_points:
            if kp.id in mine and kp.id not in others:
                out.append(Emphasis(p, "unique_key_point", kp.id, kp.text, score=100.0))
    return out


def _term_counts(plan: Plan) -> Counter[str]:
    """Counts of content bigrams and trigrams in a plan's tasks (matching form)."""
    c: Counter[str] = Counter()
    for task in plan.tasks:
        words = task.norm.split()
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                if gram[0] in _STOP or gram[-1] in _STOP or all(w in GENERIC or w in _STOP for w in gram):
                    continue
                if any(w.isdigit() for w in gram):
                    continue
                c[" ".join(gram)] += 1
    return c


def _salient_terms(p: int, counts: Sequence[Counter[str]], cue_terms: set[str]) -> list[Emphasis]:
    """Terms far more frequent in plan ``p`` than in the others (rates per 1,000 terms).

    A term that names a reference key point ("trí tuệ nhân tạo", "bán dẫn") is salient from one
    occurrence when no other plan has it; any other term needs two.
    """
    mine = counts[p]
    total = sum(mine.values()) or 1
    others_total = sum(sum(c.values()) for q, c in enumerate(counts) if q != p) or 1
    ranked = []
    for term, n in mine.items():
        others = sum(c.get(term, 0) for q, c in enumerate(counts) if q != p)
        is_cue = term in cue_terms
        if n < (1 if is_cue else 2):
            continue
        rate, other_rate = n / total, (others + 0.5) / others_total
        ratio = rate / other_rate
        if ratio < MIN_RATIO or (others and not is_cue):
            continue
        ranked.append((ratio * (2.0 if is_cue else 1.0), n, others, term))
    ranked.sort(reverse=True)
    chosen: list[tuple[float, int, int, str]] = []
    for item in ranked:
        if any(item[3] in c[3] or c[3] in item[3] for c in chosen):
            continue
        chosen.append(item)
        if len(chosen) == MAX_TERMS:
            break
    return [Emphasis(p, "salient_term", term, term, round(score, 1), n, others) for score, n, others, term in chosen]


def _initiatives(p: int, plan: Plan, matches: Sequence[Match]) -> list[Emphasis]:
    """Local initiatives: named local projects, and substantive tasks matching no reference task."""
    matched = {m.task_id for m in matches}
    out = []
    for task in plan.tasks:
        words = len(task.text.split())
        if _PROJECT.search(task.text):
            out.append(Emphasis(p, "local_initiative", task.id, task.text, score=90.0))
        elif task.id not in matched and words >= 12 and task.kind != "heading":
            out.append(Emphasis(p, "local_initiative", task.id, task.text, score=50.0))
    out.sort(key=lambda e: -e.score)
    return out[:MAX_INITIATIVES]
