"""Pairs of similar tasks across plans, found with rapidfuzz."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from comparer.models import Match, Plan, SimilarPair
from comparer.progress import CancelToken, check

MIN_WORDS = 8
MAX_PER_TASK = 3
EVIDENCE_PER_CELL = 6  # per plan and reference task, only the strongest matches are paired
# A reference task's group up to EXACT_MAX passages (6 per plan: about 40 plans) is compared all
# against all. A larger group is sorted twice (by its words in alphabetical order, and as written)
# and each passage compared with the NEIGHBOURS passages that follow it in each order: passages
# that say the same thing sort close together, a task keeps at most MAX_PER_TASK pairs anyway, and
# the cost grows with the number of tasks instead of its square: about as many comparisons per
# passage as all-against-all costs at EXACT_MAX (a test checks it finds the all-against-all pairs
# when every passage is within reach).
NEIGHBOURS = 48
EXACT_MAX = 256
BLOCK = 128  # rows per rapidfuzz call: memory stays BLOCK × group size scores, and cancel is polled

Key = tuple[int, str, str]  # one passage: id of its plan object, task id, its words sorted


@dataclass
class _Group:
    members: frozenset[Key]
    cutoff: float
    exact: bool
    pairs: dict[tuple[Key, Key], float]  # pairs of passages of different plans scoring ≥ cutoff
    # Large groups: every pair scored (sorted codes, see _neighbour_pairs), so the next run
    # scores only the neighbour pairs it has not seen.
    codes: np.ndarray | None = None
    scores: np.ndarray | None = None


@dataclass
class PairCache:
    """Pair scores of the last run, per reference task; the pipeline keeps one between runs.

    A threshold change moves few passages in or out of a group: only those are compared again.
    """

    groups: dict[str, _Group] = field(default_factory=dict)
    ids: dict[Key, int] = field(default_factory=dict)  # a stable number per passage, for pair codes
    sorted_words: dict[tuple[int, str], tuple[str, str]] = field(default_factory=dict)  # task → (norm, sorted)


def similar_pairs(
    plans: Sequence[Plan],
    matches: Sequence[Sequence[Match]],
    threshold: float,
    *,
    cancel: CancelToken | None = None,
    cache: PairCache | None = None,
) -> list[SimilarPair]:
    """Tasks of different plans that say much the same thing (token_sort_ratio ≥ threshold).

    Only tasks matched to the same reference task are compared, and of those only each plan's
    strongest evidence for it: a pair that shares no reference task is not an overlap an officer
    asks about. Each task keeps its MAX_PER_TASK best pairs.
    """
    if len(plans) < 2:
        return []
    plan_of = {id(plan): p for p, plan in enumerate(plans)}
    groups: dict[str, list[Key]] = defaultdict(list)
    # token_sort_ratio is ratio on sorted tokens: sort once per task (and run), not once per pair
    known = cache.sorted_words if cache is not None else {}
    sorted_words: dict[tuple[int, str], tuple[str, str]] = {}
    for plan, plan_matches in zip(plans, matches, strict=True):
        by_id = {t.id: t for t in plan.tasks}
        per_ref: dict[str, int] = defaultdict(int)
        for m in sorted(plan_matches, key=lambda m: -m.score):
            if per_ref[m.ref_id] >= EVIDENCE_PER_CELL:
                continue
            task = by_id[m.task_id]
            got = sorted_words.get((id(plan), task.id)) or known.get((id(plan), task.id))
            if got is None or got[0] is not task.norm:
                words = task.norm.split()
                got = (task.norm, " ".join(sorted(words)) if len(words) >= MIN_WORDS else "")
            sorted_words[(id(plan), task.id)] = got
            if not got[1]:
                continue
            per_ref[m.ref_id] += 1
            groups[m.ref_id].append((id(plan), task.id, got[1]))
    written = {(id(plan), t.id): t.norm for plan in plans for t in plan.tasks}
    kept: dict[str, _Group] = {}
    best: dict[tuple[int, str, int, str], float] = {}
    for ref_id, members in groups.items():
        check(cancel)
        previous = cache.groups.get(ref_id) if cache is not None else None
        ids = cache.ids if cache is not None else {}
        group = _group_pairs(members, threshold, previous, written, ids, cancel)
        kept[ref_id] = group
        for (a, b), score in group.pairs.items():
            pa, pb = plan_of[a[0]], plan_of[b[0]]
            key = (pa, a[1], pb, b[1]) if pa < pb else (pb, b[1], pa, a[1])
            if score > best.get(key, 0.0):
                best[key] = score
    if cache is not None:
        cache.groups = kept
        cache.sorted_words = sorted_words
    count: dict[tuple[int, str], int] = defaultdict(int)
    out: list[SimilarPair] = []
    for (pa, ta, pb, tb), score in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
        if count[(pa, ta)] >= MAX_PER_TASK or count[(pb, tb)] >= MAX_PER_TASK:
            continue
        count[(pa, ta)] += 1
        count[(pb, tb)] += 1
        out.append(SimilarPair(pa, ta, pb, tb, round(score, 1)))
    return out


def _group_pairs(
    members: list[Key],
    cutoff: float,
    previous: _Group | None,
    written: dict[tuple[int, str], str],
    ids: dict[Key, int],
    cancel: CancelToken | None,
) -> _Group:
    """The pairs of one reference task's group, reusing what the previous run compared."""
    members = sorted(set(members), key=lambda k: (k[2], k[0], k[1]))
    member_set = frozenset(members)
    exact = len(members) <= EXACT_MAX
    if previous is not None and previous.cutoff == cutoff and previous.exact == exact:
        if previous.members == member_set:
            return previous
        if exact:
            # Pairs among passages compared last time stand; compare only the newcomers.
            pairs = {k: s for k, s in previous.pairs.items() if k[0] in member_set and k[1] in member_set}
            new = [i for i, k in enumerate(members) if k not in previous.members]
            _compare(members, new, cutoff, pairs, cancel)
            return _Group(member_set, cutoff, exact, pairs)
    if not exact:
        usable = previous if previous is not None and previous.cutoff == cutoff and not previous.exact else None
        return _neighbour_pairs(members, member_set, cutoff, usable, written, ids, cancel)
    found: dict[tuple[Key, Key], float] = {}
    _compare(members, list(range(len(members))), cutoff, found, cancel)
    return _Group(member_set, cutoff, exact, found)


def _neighbour_pairs(
    members: list[Key],
    member_set: frozenset[Key],
    cutoff: float,
    previous: _Group | None,
    written: dict[tuple[int, str], str],
    ids: dict[Key, int],
    cancel: CancelToken | None,
) -> _Group:
    """A large group: each passage against the NEIGHBOURS after it in two orders (``members`` is
    sorted by its words in alphabetical order; the other order is the words as written).

    The pairs are listed as numbers (``code = id_a * 2**31 + id_b``), those scored last run are
    looked up, and the others scored in one vectorised rapidfuzz call.
    """
    n = len(members)
    for k in members:
        ids.setdefault(k, len(ids))
    stable = np.array([ids[k] for k in members], dtype=np.int64)
    plan_ids = np.array([k[0] for k in members], dtype=np.int64)
    second = sorted(range(n), key=lambda i: (written[members[i][0], members[i][1]], members[i][0], members[i][1]))
    firsts, seconds = [], []
    for order in (np.arange(n), np.array(second, dtype=np.int64)):
        for d in range(1, min(NEIGHBOURS, n - 1) + 1):
            firsts.append(order[:-d])
            seconds.append(order[d:])
    i, j = np.concatenate(firsts), np.concatenate(seconds)
    keep = plan_ids[i] != plan_ids[j]
    i, j = i[keep], j[keep]
    lo, hi = np.minimum(stable[i], stable[j]), np.maximum(stable[i], stable[j])
    codes, first = np.unique(lo * 2**31 + hi, return_index=True)
    i, j = i[first], j[first]
    scores = np.zeros(len(codes), dtype=np.float32)
    todo = np.ones(len(codes), dtype=bool)
    if previous is not None and previous.codes is not None and previous.scores is not None and len(previous.codes):
        at = np.minimum(np.searchsorted(previous.codes, codes), len(previous.codes) - 1)
        seen = previous.codes[at] == codes
        scores[seen] = previous.scores[at[seen]]
        todo &= ~seen
    texts = [k[2] for k in members]
    for start in range(0, int(todo.sum()), 20_000):  # poll cancel now and then
        check(cancel)
        idx = np.nonzero(todo)[0][start:start + 20_000]
        scores[idx] = process.cpdist([texts[a] for a in i[idx]], [texts[b] for b in j[idx]], scorer=fuzz.ratio,
                                     score_cutoff=cutoff, workers=-1 if len(idx) > 2000 else 1)
    pairs: dict[tuple[Key, Key], float] = {}
    for a, b, s in zip(i[scores > 0], j[scores > 0], scores[scores > 0], strict=True):
        ka, kb = members[a], members[b]
        pairs[(ka, kb) if ka < kb else (kb, ka)] = float(s)
    return _Group(member_set, cutoff, False, pairs, codes, scores)


def _compare(
    members: Sequence[Key],
    rows: Sequence[int],
    cutoff: float,
    pairs: dict[tuple[Key, Key], float],
    cancel: CancelToken | None,
) -> None:
    """Score each row passage against every member.

    A pair is scored once: a row meets the members after it, and the members before it that are
    not rows themselves. One vectorised rapidfuzz call for all rows when every member is one
    (rapidfuzz then scores each pair once), else one per block of rows.
    """
    if not rows:
        return
    texts = [m[2] for m in members]
    plan_ids = np.array([m[0] for m in members], dtype=np.int64)
    is_row = np.zeros(len(members), dtype=bool)
    is_row[list(rows)] = True
    step = BLOCK
    if len(rows) == len(members) <= EXACT_MAX:
        step = len(rows)  # one call with the same list twice: rapidfuzz scores each pair once
    for start in range(0, len(rows), step):
        check(cancel)
        block = np.asarray(rows[start:start + step])
        # Every member a row: the members before the block have met it already.
        lo = 0 if len(rows) < len(members) else int(block[0])
        hi = len(members)
        if hi - lo < 2:
            continue
        workers = -1 if len(block) * (hi - lo) > 20_000 else 1
        queries = texts if len(block) == len(texts) else [texts[i] for i in block]
        scores = process.cdist(queries, texts[lo:hi] if lo or hi < len(texts) else texts, scorer=fuzz.ratio,
                               score_cutoff=cutoff, workers=workers)
        r, c = np.nonzero(scores)
        if not len(r):
            continue
        i, j = block[r], c + lo
        keep = (plan_ids[i] != plan_ids[j]) & ((j > i) | ~is_row[j])
        for a, b, s in zip(i[keep], j[keep], scores[r[keep], c[keep]], strict=True):
            ka, kb = members[a], members[b]
            key = (ka, kb) if ka < kb else (kb, ka)
            if s > pairs.get(key, 0.0):
                pairs[key] = float(s)
