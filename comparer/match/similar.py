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
BLOCK = 20_000  # pairs per rapidfuzz call: memory stays bounded, and cancel is polled between calls
_SHIFT = 31  # a pair of text numbers as one int64: low * 2**31 + high


@dataclass
class PairCache:
    """What the last runs scored; the pipeline keeps one between runs.

    A pair's score depends on its two texts alone, so scores are kept per pair of texts: a
    threshold change moves few passages in or out of a group, and only the pairs not scored yet
    are scored. Arrays, not Python objects: a few bytes a pair.
    """

    sorted_words: dict[tuple[int, str], tuple[str, str]] = field(default_factory=dict)  # task → (norm, sorted)
    text_ids: dict[str, int] = field(default_factory=dict)  # a stable number per sorted text
    next_id: int = 0
    cutoff: float = -1.0  # the cutoff ``scores`` were computed with (0 = below it)
    codes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # sorted text-pair codes
    scores: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))


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
    asks about. Each task keeps its MAX_PER_TASK best pairs (best first; ties by plan order and
    task id, so the answer does not depend on where objects sit in memory).

    Every step after listing the passages works on numpy arrays of pair numbers: the candidate
    pairs of all groups, each pair scored once in blocks of BLOCK pairs (a pair in several
    groups, or two passages with the same words, is scored once), and no Python object per pair
    except those kept.
    """
    if len(plans) < 2:
        return []
    cache = cache if cache is not None else PairCache()
    passages = _passages(plans, matches, cache)
    if passages is None:
        return []
    plan_of, task_of, texts, groups, rank, second_rank = passages
    n = len(plan_of)
    plan_arr = np.asarray(plan_of, dtype=np.int64)
    # Candidate pairs of passages (a < b, so plan_of[a] < plan_of[b]), as codes a * n + b.
    codes: list[np.ndarray] = []
    for members in groups.values():
        check(cancel)
        codes.append(_candidates(np.asarray(sorted(set(members), key=lambda g: (texts[g], rank[g])), dtype=np.int64),
                                 plan_arr, second_rank, n))
    pair_codes = np.concatenate(codes) if codes else np.zeros(0, dtype=np.int64)
    del codes
    pair_codes.sort()
    if len(pair_codes):
        pair_codes = pair_codes[np.concatenate(([True], pair_codes[1:] != pair_codes[:-1]))]
    a, b = pair_codes // n, pair_codes % n
    del pair_codes
    scores = _scores(a, b, texts, threshold, cache, cancel)
    found = scores >= threshold
    if threshold <= 0:
        found &= scores > 0
    a, b, s = a[found], b[found], scores[found]
    rank_arr = np.asarray(rank, dtype=np.int64)
    order = np.lexsort((rank_arr[b], rank_arr[a], -s))
    count = [0] * n
    out: list[SimilarPair] = []
    for x, y, score in zip(a[order].tolist(), b[order].tolist(), s[order].tolist(), strict=True):
        if count[x] >= MAX_PER_TASK or count[y] >= MAX_PER_TASK:
            continue
        count[x] += 1
        count[y] += 1
        out.append(SimilarPair(plan_of[x], task_of[x], plan_of[y], task_of[y], round(score, 1)))
    return out


def _passages(
    plans: Sequence[Plan], matches: Sequence[Sequence[Match]], cache: PairCache
) -> tuple[list[int], list[str], list[str], dict[str, list[int]], list[int], np.ndarray] | None:
    """Each plan's strongest evidence per reference task, numbered in plan order: plan index, task
    id and sorted words per passage, the groups (reference id → passages), each passage's rank by
    (plan, task id) and its rank by (words as written, plan, task id) for the second neighbour order."""
    # token_sort_ratio is ratio on sorted tokens: sort once per task (and run), not once per pair
    known = cache.sorted_words
    sorted_words: dict[tuple[int, str], tuple[str, str]] = {}
    plan_of: list[int] = []
    task_of: list[str] = []
    texts: list[str] = []
    written: list[str] = []
    index: dict[tuple[int, str], int] = {}
    groups: dict[str, list[int]] = defaultdict(list)
    for p, (plan, plan_matches) in enumerate(zip(plans, matches, strict=True)):
        by_id = {t.id: t for t in plan.tasks}
        per_ref: dict[str, int] = defaultdict(int)
        for m in sorted(plan_matches, key=lambda m: -m.score):
            if per_ref[m.ref_id] >= EVIDENCE_PER_CELL:
                continue
            task = by_id[m.task_id]
            key = (id(plan), task.id)
            got = sorted_words.get(key) or known.get(key)
            if got is None or got[0] is not task.norm:
                words = task.norm.split()
                got = (task.norm, " ".join(sorted(words)) if len(words) >= MIN_WORDS else "")
            sorted_words[key] = got
            if not got[1]:
                continue
            per_ref[m.ref_id] += 1
            g = index.get((p, task.id))
            if g is None:
                g = index[(p, task.id)] = len(plan_of)
                plan_of.append(p)
                task_of.append(task.id)
                texts.append(got[1])
                written.append(task.norm)
            groups[m.ref_id].append(g)
    cache.sorted_words = sorted_words
    if not plan_of:
        return None
    rank = [0] * len(plan_of)
    for r, g in enumerate(sorted(range(len(plan_of)), key=lambda g: (plan_of[g], task_of[g]))):
        rank[g] = r
    second_rank = np.zeros(len(plan_of), dtype=np.int64)
    second_rank[sorted(range(len(plan_of)), key=lambda g: (written[g], rank[g]))] = np.arange(len(plan_of))
    return plan_of, task_of, texts, groups, rank, second_rank


def _candidates(members: np.ndarray, plan_arr: np.ndarray, second_rank: np.ndarray, n: int) -> np.ndarray:
    """One group's pairs to score, as codes ``a * n + b`` (a < b, different plans).

    ``members`` is sorted by sorted words. Up to EXACT_MAX members, all pairs; beyond, each member
    with the NEIGHBOURS after it in that order and in written order.
    """
    k = len(members)
    if k < 2:
        return np.zeros(0, dtype=np.int64)
    if k <= EXACT_MAX:
        i, j = np.triu_indices(k, 1)
        x, y = members[i], members[j]
    else:
        firsts, seconds = [], []
        for order in (members, members[np.argsort(second_rank[members], kind="stable")]):
            for d in range(1, min(NEIGHBOURS, k - 1) + 1):
                firsts.append(order[:-d])
                seconds.append(order[d:])
        x, y = np.concatenate(firsts), np.concatenate(seconds)
    keep = plan_arr[x] != plan_arr[y]
    x, y = x[keep], y[keep]
    codes: np.ndarray = np.minimum(x, y) * n + np.maximum(x, y)
    return codes


def _scores(
    a: np.ndarray, b: np.ndarray, texts: list[str], cutoff: float, cache: PairCache, cancel: CancelToken | None
) -> np.ndarray:
    """fuzz.ratio of the sorted words of each passage pair (0 below ``cutoff``), each pair of texts
    scored once, and only if ``cache`` does not hold it already; ``cache`` then holds this run's."""
    ids = cache.text_ids
    present: dict[str, int] = {}
    for t in texts:
        if t not in present:
            got = ids.get(t)
            if got is None:
                got = cache.next_id
                cache.next_id += 1
            present[t] = got
    tid = np.asarray([present[t] for t in texts], dtype=np.int64)
    ta, tb = tid[a], tid[b]
    text_codes = (np.minimum(ta, tb) << _SHIFT) | np.maximum(ta, tb)
    del ta, tb
    # np.unique, by sorting (its hash table is several times slower on a million codes)
    order = np.argsort(text_codes, kind="stable")
    ordered = text_codes[order]
    del text_codes
    head = np.ones(len(ordered), dtype=bool)
    head[1:] = ordered[1:] != ordered[:-1]
    ucodes, first = ordered[head], order[head]
    inverse = np.empty(len(order), dtype=np.int64)
    inverse[order] = np.cumsum(head) - 1
    del order, ordered, head
    uscores = np.zeros(len(ucodes), dtype=np.float32)
    todo = np.ones(len(ucodes), dtype=bool)
    if cache.cutoff == cutoff and len(cache.codes):
        at = np.minimum(np.searchsorted(cache.codes, ucodes), len(cache.codes) - 1)
        seen = cache.codes[at] == ucodes
        uscores[seen] = cache.scores[at[seen]]
        todo &= ~seen
        del at, seen
    pending = np.nonzero(todo)[0]
    del todo
    for start in range(0, len(pending), BLOCK):
        check(cancel)
        idx = pending[start:start + BLOCK]
        rows = first[idx]
        uscores[idx] = process.cpdist([texts[g] for g in a[rows].tolist()], [texts[g] for g in b[rows].tolist()],
                                      scorer=fuzz.ratio, score_cutoff=cutoff,
                                      workers=-1 if len(idx) > 2000 else 1)
    # Kept: this run's pairs, and the last run's among texts still compared or compared last time
    # (a threshold change and back scores nothing again), unless that would more than double what
    # is kept.
    codes, scores = ucodes, uscores
    known = {**ids, **present}  # texts of passages that left the groups may come back
    if len(known) > 2 * len(present):
        known = present
    if cache.cutoff == cutoff and len(cache.codes):
        live = np.fromiter(known.values(), dtype=np.int64, count=len(known))
        old = np.isin(cache.codes >> _SHIFT, live) & np.isin(cache.codes & ((1 << _SHIFT) - 1), live)
        old &= ~np.isin(cache.codes, ucodes, assume_unique=True)
        if 0 < int(old.sum()) <= len(ucodes):
            codes = np.concatenate([ucodes, cache.codes[old]])
            scores = np.concatenate([uscores, cache.scores[old]])
            order = np.argsort(codes, kind="stable")
            codes, scores = codes[order], scores[order]
    cache.text_ids, cache.cutoff, cache.codes, cache.scores = known, cutoff, codes, scores
    return uscores[inverse]
