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
# against all. A larger group is sorted three times (by its words in alphabetical order, in reverse
# alphabetical order, and as written) and each passage compared with the NEIGHBOURS passages that
# follow it in each order: passages that say the same thing sort close together (a word dropped
# near the front of one order is near the back of another), a task keeps at most MAX_PER_TASK
# pairs anyway, and the cost grows with the number of tasks instead of its square: about as many
# comparisons per passage as all-against-all costs at EXACT_MAX (a test checks it finds the
# all-against-all pairs when every passage is within reach). On 300 synthetic plans, three orders
# of 32 find 91 % of the all-against-all pairs, two orders of 48 (the same cost) 84 %.
NEIGHBOURS = 32
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
    plan_of, task_of, texts, groups, rank, other_ranks = passages
    plan_arr = np.asarray(plan_of, dtype=np.int64)
    rank_arr = np.asarray(rank, dtype=np.int64)
    # Each group's members, by sorted words (then plan and task: no tie left to memory addresses).
    ordered = [np.asarray(sorted(set(m), key=lambda g: (texts[g], rank[g])), dtype=np.int64) for m in groups.values()]
    # Texts numbered for this run in the order of their numbers kept across runs, so that a pair of
    # texts has one int64 code (low number << 31 | high) that sorts as its kept code does.
    text_no, unique_texts, stable_of = _number_texts(texts, cache)
    # Pass 1: the pairs of texts to score, from every group, each once.
    parts = []
    for members in ordered:
        check(cancel)
        x, y = _candidates(members, plan_arr, other_ranks)
        parts.append(_text_codes(text_no[x], text_no[y]))
    codes = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    del parts
    codes.sort()
    if len(codes):
        codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]
    scores = _scores(codes, unique_texts, stable_of, threshold, cache, cancel)
    # Pass 2: each group's pairs again, keeping those that reach the threshold.
    found_x, found_y, found_s = [], [], []
    for members in ordered:
        x, y = _candidates(members, plan_arr, other_ranks)
        s = scores[np.searchsorted(codes, _text_codes(text_no[x], text_no[y]))] if len(codes) else np.zeros(0)
        keep = (s >= threshold) & (s > 0)
        found_x.append(np.minimum(x[keep], y[keep]))  # the passage of the earlier plan first
        found_y.append(np.maximum(x[keep], y[keep]))
        found_s.append(s[keep])
    del codes, scores
    if not found_x:
        return []
    a, b, s = np.concatenate(found_x), np.concatenate(found_y), np.concatenate(found_s).astype(np.float32)
    # A pair found in several groups is one pair; best first, ties by plan order and task id.
    order = np.lexsort((rank_arr[b], rank_arr[a], -s))
    a, b, s = a[order], b[order], s[order]
    pair = a * len(plan_of) + b
    first = np.unique(pair, return_index=True)[1]
    first.sort()
    a, b, s = a[first], b[first], s[first]
    del pair, first, order
    count = [0] * len(plan_of)
    out: list[SimilarPair] = []
    for begin in range(0, len(a), BLOCK):  # Python numbers for a block at a time
        chunk = slice(begin, begin + BLOCK)
        for x_, y_, score in zip(a[chunk].tolist(), b[chunk].tolist(), s[chunk].tolist(), strict=True):
            if count[x_] >= MAX_PER_TASK or count[y_] >= MAX_PER_TASK:
                continue
            count[x_] += 1
            count[y_] += 1
            out.append(SimilarPair(plan_of[x_], task_of[x_], plan_of[y_], task_of[y_], round(score, 1)))
    return out


def _text_codes(ta: np.ndarray, tb: np.ndarray) -> np.ndarray:
    codes: np.ndarray = (np.minimum(ta, tb) << _SHIFT) | np.maximum(ta, tb)
    return codes


def _passages(
    plans: Sequence[Plan], matches: Sequence[Sequence[Match]], cache: PairCache
) -> tuple[list[int], list[str], list[str], dict[str, list[int]], list[int], list[np.ndarray]] | None:
    """Each plan's strongest evidence per reference task, numbered in plan order: plan index, task
    id and sorted words per passage, the groups (reference id → passages), each passage's rank by
    (plan, task id), and its ranks in the other neighbour orders: by its words in reverse alphabetical
    order, and as written (then plan, task id)."""
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
    other_ranks: list[np.ndarray] = []
    backwards = [" ".join(reversed(t.split())) for t in texts]
    for words in (backwards, written):
        place = np.zeros(len(plan_of), dtype=np.int64)
        place[sorted(range(len(plan_of)), key=lambda g: (words[g], rank[g]))] = np.arange(len(plan_of))
        other_ranks.append(place)
    return plan_of, task_of, texts, groups, rank, other_ranks


def _candidates(
    members: np.ndarray, plan_arr: np.ndarray, other_ranks: list[np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """One group's pairs of passages to score (of different plans).

    ``members`` is sorted by sorted words. Up to EXACT_MAX members, all pairs; beyond, each member
    with the NEIGHBOURS after it in that order and in each of ``other_ranks``' orders.
    """
    k = len(members)
    if k < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if k <= EXACT_MAX:
        i, j = np.triu_indices(k, 1)
        x, y = members[i], members[j]
    else:
        firsts, seconds = [], []
        for order in (members, *(members[np.argsort(r[members], kind="stable")] for r in other_ranks)):
            for d in range(1, min(NEIGHBOURS, k - 1) + 1):
                firsts.append(order[:-d])
                seconds.append(order[d:])
        x, y = np.concatenate(firsts), np.concatenate(seconds)
    keep = plan_arr[x] != plan_arr[y]
    return x[keep], y[keep]


def _number_texts(texts: list[str], cache: PairCache) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Each passage's text number, the distinct texts in that order, and their numbers in ``cache``
    (new texts get new ones), increasing."""
    ids = cache.text_ids
    present: dict[str, int] = {}
    for t in texts:
        if t not in present:
            got = ids.get(t)
            if got is None:
                got = cache.next_id
                cache.next_id += 1
            present[t] = got
    unique_texts = sorted(present, key=present.__getitem__)
    local = {t: i for i, t in enumerate(unique_texts)}
    text_no = np.asarray([local[t] for t in texts], dtype=np.int64)
    stable_of = np.asarray([present[t] for t in unique_texts], dtype=np.int64)
    known = {**ids, **present}  # texts of passages that left the groups may come back
    cache.text_ids = known if len(known) <= 2 * len(present) else present
    return text_no, unique_texts, stable_of


def _scores(
    codes: np.ndarray,
    texts: list[str],
    stable_of: np.ndarray,
    cutoff: float,
    cache: PairCache,
    cancel: CancelToken | None,
) -> np.ndarray:
    """fuzz.ratio of each pair of texts (``codes``: sorted, numbers into ``texts``), 0 below ``cutoff``,
    scored only if ``cache`` does not hold it; ``cache`` then holds these.

    Worked through in chunks, so that memory beyond the codes and their scores stays bounded.
    """
    scores = np.zeros(len(codes), dtype=np.float32)
    stable = np.empty(len(codes), dtype=np.int64)  # sorted too: text numbers increase with kept numbers
    reuse = cache.cutoff == cutoff and len(cache.codes) > 0
    used = np.zeros(len(cache.codes) if reuse else 0, dtype=bool)  # kept pairs met again
    for begin in range(0, len(codes), 16 * BLOCK):
        chunk = slice(begin, begin + 16 * BLOCK)
        lo, hi = codes[chunk] >> _SHIFT, codes[chunk] & ((1 << _SHIFT) - 1)
        stable[chunk] = (stable_of[lo] << _SHIFT) | stable_of[hi]
        todo = np.ones(len(lo), dtype=bool)
        if reuse:
            at = np.minimum(np.searchsorted(cache.codes, stable[chunk]), len(cache.codes) - 1)
            seen = cache.codes[at] == stable[chunk]
            scores[chunk][seen] = cache.scores[at[seen]]
            used[at[seen]] = True
            todo &= ~seen
        pending = np.nonzero(todo)[0]
        for start in range(0, len(pending), BLOCK):
            check(cancel)
            idx = pending[start:start + BLOCK]
            scores[begin + idx] = process.cpdist(
                [texts[i] for i in lo[idx].tolist()], [texts[i] for i in hi[idx].tolist()],
                scorer=fuzz.ratio, score_cutoff=cutoff, workers=-1 if len(idx) > 2000 else 1)
    # Kept: this run's pairs, and the last run's not met this time (a threshold change and back
    # scores nothing again), unless that would more than double what is kept.
    kept_codes, kept_scores = stable, scores
    if reuse and 0 < len(used) - int(used.sum()) <= len(stable):
        # Both sorted: a stable sort of the two runs merges them.
        kept_codes = np.concatenate([stable, cache.codes[~used]])
        kept_scores = np.concatenate([scores, cache.scores[~used]])
        order = np.argsort(kept_codes, kind="stable")
        kept_codes, kept_scores = kept_codes[order], kept_scores[order]
    cache.cutoff, cache.codes, cache.scores = cutoff, kept_codes, kept_scores
    return scores
