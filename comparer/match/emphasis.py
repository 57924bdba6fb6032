"""What one plan stresses that the others lack: unique key points, salient terms, local initiatives."""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from comparer.match.matching import GENERIC, TaskScore
from comparer.models import CoverageCell, Emphasis, Match, Plan, Reference
from comparer.text.agencies import agency_spans
from comparer.text.roles import is_matchable

MAX_TERMS = 10
MAX_INITIATIVES = 5
MIN_RATIO = 3.0
_PROJECT = re.compile(r"(?:Đề án|Chương trình|Dự án|Kế hoạch)\s*[“\"]")
# Issuance lines, list intros and reporting duties: unmatched, but not initiatives.
_ADMIN = re.compile(r"ban hành|Quyết định số|Nghị quyết số|Kế hoạch số|:\s*$|báo cáo|định kỳ|chức năng, nhiệm vụ")
_SEP = "\x00"  # between passages while counting phrases (never in a passage's text)
_STOP = frozenset("và của các những cho trong với theo về là có được một số để từ tại ở trên đến như này đó".split())


class _PlanTerms:
    """What one plan's emphases take from its text and evidence, whatever the threshold."""

    __slots__ = ("cues", "initiatives", "phrase_hashes", "phrases")

    def __init__(
        self,
        cues: Counter[str],
        phrases: dict[str, int],
        phrase_hashes: np.ndarray,
        initiatives: tuple[tuple[str, str, bool], ...],
    ) -> None:
        self.cues = cues  # the reference's domain terms in the plan, with their counts
        self.phrases = phrases  # other 3-word phrases standing ≥ 3 times ("~" + phrase → count)
        self.phrase_hashes = phrase_hashes  # sorted hashes of every phrase of the plan, once each
        self.initiatives = initiatives  # (task id, text, names a project) of passages that may be initiatives


class TermCounts:
    """Each plan's terms from the last run (they depend on the plan and its evidence, not on the
    threshold), and in how many plans each phrase stands; the pipeline keeps one per reference."""

    def __init__(self) -> None:
        self.kept: dict[int, tuple[Plan, object, _PlanTerms]] = {}
        self.spread: tuple[list[_PlanTerms], np.ndarray, np.ndarray] | None = None

    def add(self, plan: Plan, evidence: object, terms: _PlanTerms) -> None:
        """Terms counted elsewhere (``plan_terms`` in a worker process) for ``plan`` and its evidence."""
        self.kept[id(plan)] = (plan, evidence, terms)


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
    weights, term_kp = _cue_weights(reference)
    cue_terms = set(weights)
    terms: list[_PlanTerms] = []
    fresh: dict[int, tuple[Plan, object, _PlanTerms]] = {}
    for p, plan in enumerate(plans):
        ev = evidence[p] if evidence is not None else None
        got = kept.kept.get(id(plan)) if kept is not None and ev is not None else None
        if got is None or got[0] is not plan or got[1] is not ev:
            got = (plan, ev, _plan_terms(plan, cue_terms, ev))
        fresh[id(plan)] = got
        terms.append(got[2])
    spread = kept.spread if kept is not None else None
    if spread is None or len(spread[0]) != len(terms) or any(a is not b for a, b in zip(spread[0], terms, strict=True)):
        spread = (terms, *_phrase_spread(terms))
    if kept is not None:
        kept.kept = fresh
        kept.spread = spread
    plans_with = _plans_per_key_point(coverage)
    total: Counter[str] = Counter()
    for plan_terms in terms:
        total.update(plan_terms.cues)
    for p in range(len(plans)):
        if len(plans) > 1:
            unique = _unique_key_points(p, reference, coverage, plans_with)
            out.extend(unique)
            # A term of a key point only this plan covers is what sets the plan apart.
            unique_ids = {u.subject for u in unique}
            out.extend(_salient_terms(p, terms[p], len(terms), total, spread[1], spread[2], weights, term_kp,
                                      unique_ids))
        out.extend(_initiatives(p, terms[p], matches[p]))
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


def _plan_terms(
    plan: Plan, cue_terms: set[str], evidence: Sequence[Mapping[str, TaskScore]] | None
) -> _PlanTerms:
    """The reference's domain terms and the recurring 3-word phrases of a plan, and its passages that
    may be local initiatives.

    Only phrases standing three times can be salient; of the others only a hash is kept, to learn
    whether another plan has the phrase (a plan's phrase strings were most of the memory kept).
    """
    cues: Counter[str] = Counter()
    if evidence is not None:  # one count over the plan (a Counter.update per passage cost a third more)
        cues.update([r for scores in evidence for ts in scores.values() for r in ts.reason if r in cue_terms])
    else:
        text = " " + " | ".join(t.norm for t in plan.tasks) + " "
        for term in cue_terms:
            n = text.count(" " + term + " ")
            if n:
                cues[term] = n
    # All passages as one word list, a separator between them that no phrase crosses: one pass per
    # plan, and each distinct word judged once.
    words = f" {_SEP} ".join(t.norm for t in plan.tasks).split()
    vocab = set(words)
    edge_of = {w: w not in _STOP and w not in GENERIC and not w.isdigit() for w in vocab}  # may start or end one
    inner_of = {w: not w.isdigit() for w in vocab}  # numbers and agency names stand in no phrase
    edge_of[_SEP] = inner_of[_SEP] = False
    edge = list(map(edge_of.__getitem__, words))
    inner = list(map(inner_of.__getitem__, words))
    for s, e in agency_spans(words):
        edge[s:e] = inner[s:e] = [False] * (e - s)
    phrases = Counter([
        f"~{a} {b} {c}"
        for a, b, c, x, y, z in zip(words, words[1:], words[2:], edge, inner[1:], edge[2:], strict=False)
        if x and y and z
    ])
    hashes = np.fromiter(map(_phrase_hash, phrases), dtype=np.uint64, count=len(phrases))
    hashes.sort()
    return _PlanTerms(cues, {k: n for k, n in phrases.items() if n >= 3}, hashes, _initiative_passages(plan))


def _phrase_hash(phrase: str) -> int:
    """64 bits of a phrase that are the same in every process (``hash()`` is salted per process, and
    worker processes count their plans' phrases; comparer.workers)."""
    data = phrase.encode()
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def plan_terms(plan: Plan, reference: Reference, evidence: Sequence[Mapping[str, TaskScore]]) -> _PlanTerms:
    """What ``find_emphases`` takes from one plan, whatever the threshold and the other plans
    (computed where the plan is scored: a worker process; hand it over with ``TermCounts.add``)."""
    return _plan_terms(plan, set(_cue_weights(reference)[0]), evidence)


def _cue_weights(reference: Reference) -> tuple[dict[str, float], dict[str, str]]:
    """The reference's multi-word cue phrases: their strongest weight, and the key point they belong to."""
    weights: dict[str, float] = {}
    term_kp: dict[str, str] = {}
    for t in reference.tasks:
        pairs = [(c, "") for c in t.cues] + [(c, kp.id) for kp in t.key_points for c in kp.cues]
        for c, kp_id in pairs:
            if "," not in c.text and len(c.text.split()) >= 2:
                weights[c.text] = max(weights.get(c.text, 0.0), c.weight)
                if kp_id:
                    term_kp[c.text] = kp_id
    return weights, term_kp


def _phrase_spread(terms: Sequence[_PlanTerms]) -> tuple[np.ndarray, np.ndarray]:
    """Every phrase hash of the plans, sorted, and in how many plans each stands."""
    if not terms:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    every = np.concatenate([t.phrase_hashes for t in terms])
    every.sort()
    if not len(every):
        return every, np.zeros(0, dtype=np.int64)
    head = np.ones(len(every), dtype=bool)
    head[1:] = every[1:] != every[:-1]
    starts = np.nonzero(head)[0]
    return every[head], np.diff(np.append(starts, len(every)))


def _salient_terms(
    p: int,
    mine: _PlanTerms,
    n_plans: int,
    total: Counter[str],
    hashes: np.ndarray,
    plans_with: np.ndarray,
    weights: dict[str, float],
    term_kp: dict[str, str],
    unique_ids: set[str],
) -> list[Emphasis]:
    """Terms far more frequent in plan ``p`` than in the others.

    A reference domain term ("trí tuệ nhân tạo", "bán dẫn") is salient from one occurrence when
    no other plan has it, or when its rate is three times the others'; another phrase (marked
    "~" while counting) needs three occurrences and none elsewhere. Ranking favours distinctive
    terms (the cue's weight, doubled for a key point only this plan covers), longer terms, and
    counts sublinearly, so that a plan's many mentions of "giáo dục mầm non" do not hide its one
    "bán dẫn".
    """
    n_others = max(1, n_plans - 1)
    ranked = []
    for key, n in mine.cues.items():
        others = total[key] - n
        others_avg = others / n_others
        if n / (others_avg + 0.25) < MIN_RATIO:
            continue
        ranked.append((_rank(key, n, others_avg, weights, term_kp, unique_ids), n, others, key))
    if mine.phrases:
        keys = list(mine.phrases)
        wanted = np.fromiter(map(_phrase_hash, keys), dtype=np.uint64, count=len(keys))
        at = np.minimum(np.searchsorted(hashes, wanted), max(0, len(hashes) - 1))
        alone = (hashes[at] == wanted) & (plans_with[at] == 1) if len(hashes) else np.zeros(len(keys), dtype=bool)
        for key, only_here in zip(keys, alone.tolist(), strict=True):
            if only_here:  # none elsewhere
                n = mine.phrases[key]
                ranked.append((_rank(key[1:], n, 0.0, weights, term_kp, unique_ids), n, 0, key[1:]))
    ranked.sort(key=lambda r: (-r[0], -len(r[3])))
    chosen: list[tuple[float, int, int, str]] = []
    for item in ranked:
        if any(item[3] in c[3] or c[3] in item[3] for c in chosen):
            continue
        chosen.append(item)
        if len(chosen) == MAX_TERMS:
            break
    return [Emphasis(p, "salient_term", term, term, round(score, 1), n, others) for score, n, others, term in chosen]


def _rank(
    term: str, n: int, others_avg: float, weights: dict[str, float], term_kp: dict[str, str], unique_ids: set[str]
) -> float:
    w = weights.get(term)
    weight = 0.3 if w is None else w * (2.0 if term_kp.get(term) in unique_ids else 1.0)
    return weight * (1 + math.log(n)) * (1 + 0.25 * (min(4, len(term.split())) - 2)) / (others_avg + 0.25)


def _initiative_passages(plan: Plan) -> tuple[tuple[str, str, bool], ...]:
    """Passages that name a local project, and substantive ones that are local initiatives if they
    match no reference task (task id, text, names a project), in plan order."""
    out = []
    for task in plan.tasks:
        if _PROJECT.search(task.text):
            out.append((task.id, task.text, True))
        elif (
            len(task.text.split()) >= 12
            and task.kind != "heading"
            and not _ADMIN.search(task.text)
            and is_matchable(task.text)
        ):
            out.append((task.id, task.text, False))
    return tuple(out)


def _initiatives(p: int, terms: _PlanTerms, matches: Sequence[Match]) -> list[Emphasis]:
    """Local initiatives: named local projects, and substantive tasks matching no reference task."""
    matched = {m.task_id for m in matches}
    out = [
        Emphasis(p, "local_initiative", task_id, text, score=90.0 if project else 50.0)
        for task_id, text, project in terms.initiatives
        if project or task_id not in matched
    ]
    out.sort(key=lambda e: -e.score)
    return out[:MAX_INITIATIVES]
