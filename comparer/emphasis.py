"""What one plan stresses that the others lack: unique key points, salient terms, local initiatives."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from comparer.agencies import agency_spans
from comparer.matching import GENERIC, TaskScore
from comparer.models import CoverageCell, Emphasis, Match, Plan, Reference

MAX_TERMS = 10
MAX_INITIATIVES = 5
MIN_RATIO = 3.0
_PROJECT = re.compile(r"(?:Đề án|Chương trình|Dự án|Kế hoạch)\s*[“\"]")
# Issuance lines, list intros and reporting duties: unmatched, but not initiatives.
_ADMIN = re.compile(r"ban hành|Quyết định số|Nghị quyết số|Kế hoạch số|:\s*$|báo cáo|định kỳ|chức năng, nhiệm vụ")
_STOP = frozenset("và của các những cho trong với theo về là có được một số để từ tại ở trên đến như này đó".split())


class TermCounts:
    """Each plan's term counts from the last run (they depend on the plan and its evidence, not on
    the threshold); the pipeline keeps one per reference."""

    def __init__(self) -> None:
        self.kept: dict[int, tuple[Plan, object, Counter[str]]] = {}


def find_emphases(
    plans: Sequence[Plan],
    reference: Reference,
    matches: Sequence[Sequence[Match]],
    coverage: Sequence[Sequence[CoverageCell]],
    evidence: Sequence[Sequence[Mapping[str, TaskScore]]] | None = None,
    *,
    kept: TermCounts | None = None,
) -> list[Emphasis]:
    """Each plan's distinctive emphases, strongest first within each kind.

    ``evidence`` (per plan, per task: the matcher's scores) saves counting the reference's terms
    again: the phrases the matcher found are those terms. ``kept`` reuses the counts of plans
    whose evidence is the same objects as last time (same reference only).
    """
    out: list[Emphasis] = []
    cue_terms = {c.text for t in reference.tasks for kp in t.key_points for c in kp.cues} | {
        c.text for t in reference.tasks for c in t.cues
    }
    weights: dict[str, float] = {}
    term_kp: dict[str, str] = {}
    for t in reference.tasks:
        pairs = [(c, "") for c in t.cues] + [(c, kp.id) for kp in t.key_points for c in kp.cues]
        for c, kp_id in pairs:
            if "," not in c.text and len(c.text.split()) >= 2:
                weights[c.text] = max(weights.get(c.text, 0.0), c.weight)
                if kp_id:
                    term_kp[c.text] = kp_id
    cue_terms = set(weights)
    counts: list[Counter[str]] = []
    fresh: dict[int, tuple[Plan, object, Counter[str]]] = {}
    for p, plan in enumerate(plans):
        ev = evidence[p] if evidence is not None else None
        got = kept.kept.get(id(plan)) if kept is not None and ev is not None else None
        if got is None or got[0] is not plan or got[1] is not ev:
            got = (plan, ev, _term_counts(plan, cue_terms, ev))
        fresh[id(plan)] = got
        counts.append(got[2])
    if kept is not None:
        kept.kept = fresh
    plans_with = _plans_per_key_point(coverage)
    total: Counter[str] = Counter()
    for plan_counts in counts:
        total.update(plan_counts)
    for p, plan in enumerate(plans):
        if len(plans) > 1:
            unique = _unique_key_points(p, reference, coverage, plans_with)
            out.extend(unique)
            # A term of a key point only this plan covers is what sets the plan apart.
            unique_ids = {u.subject for u in unique}
            boosted = {t: w * (2.0 if term_kp.get(t) in unique_ids else 1.0) for t, w in weights.items()}
            out.extend(_salient_terms(p, counts, total, boosted))
        out.extend(_initiatives(p, plan, matches[p]))
    return out


def _unique_key_points(
    p: int, reference: Reference, coverage: Sequence[Sequence[CoverageCell]], plans_with: Counter[str]
) -> list[Emphasis]:
    out = []
    for i, ref in enumerate(reference.tasks):
        mine = set(coverage[p][i].key_points_found)
        for kp in ref.key_points:
            if kp.id in mine and plans_with[kp.id] == 1:
                out.append(Emphasis(p, "unique_key_point", kp.id, kp.text, score=100.0))
    return out


def _plans_per_key_point(coverage: Sequence[Sequence[CoverageCell]]) -> Counter[str]:
    """How many plans find each key point (counted once, not once per plan: linear in plans)."""
    n: Counter[str] = Counter()
    for cells in coverage:
        n.update({k for c in cells for k in c.key_points_found})
    return n


def _term_counts(
    plan: Plan, cue_terms: set[str], evidence: Sequence[Mapping[str, TaskScore]] | None
) -> Counter[str]:
    """Counts of the reference's domain terms, and of other recurring 3–4-word phrases, in a plan."""
    c: Counter[str] = Counter()
    if evidence is not None:
        for scores in evidence:
            for ts in scores.values():
                c.update(r for r in ts.reason if r in cue_terms)
    else:
        text = " " + " | ".join(t.norm for t in plan.tasks) + " "
        for term in cue_terms:
            n = text.count(" " + term + " ")
            if n:
                c[term] = n
    for task in plan.tasks:
        words = task.norm.split()
        bad = [w.isdigit() for w in words]
        for s, e in agency_spans(words):
            bad[s:e] = [True] * (e - s)
        edge_ok = [w not in _STOP and w not in GENERIC and not b for w, b in zip(words, bad, strict=True)]
        for n in (3,):
            for i in range(len(words) - n + 1):
                if not (edge_ok[i] and edge_ok[i + n - 1]) or any(bad[i : i + n]):
                    continue
                c["~" + " ".join(words[i : i + n])] += 1
    return c


def _salient_terms(
    p: int, counts: Sequence[Counter[str]], total: Counter[str], weights: dict[str, float]
) -> list[Emphasis]:
    """Terms far more frequent in plan ``p`` than in the others.

    A reference domain term ("trí tuệ nhân tạo", "bán dẫn") is salient from one occurrence when
    no other plan has it, or when its rate is three times the others'; another phrase (marked
    "~" while counting) needs three occurrences and none elsewhere. Ranking favours distinctive
    terms (the cue's weight), longer terms, and counts sublinearly, so that a plan's many
    mentions of "giáo dục mầm non" do not hide its one "bán dẫn".
    """
    mine = counts[p]
    n_others = max(1, len(counts) - 1)
    ranked = []
    for key, n in mine.items():
        is_cue = not key.startswith("~")
        term = key.lstrip("~")
        others = total[key] - n
        others_avg = others / n_others
        if is_cue:
            if n / (others_avg + 0.25) < MIN_RATIO:
                continue
        elif n < 3 or others:
            continue
        weight = weights.get(term, 0.3)
        score = weight * (1 + math.log(n)) * (1 + 0.25 * (min(4, len(term.split())) - 2)) / (others_avg + 0.25)
        ranked.append((score, n, others, term))
    ranked.sort(key=lambda r: (-r[0], -len(r[3])))
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
        elif task.id not in matched and words >= 12 and task.kind != "heading" and not _ADMIN.search(task.text):
            out.append(Emphasis(p, "local_initiative", task.id, task.text, score=50.0))
    out.sort(key=lambda e: -e.score)
    return out[:MAX_INITIATIVES]
