"""Similar pairs: vectorised rapidfuzz calls give the pairs a plain pair-by-pair loop gives."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

import pytest
from rapidfuzz import fuzz

from comparer.match import similar
from comparer.match.analysis import compare
from comparer.match.similar import EVIDENCE_PER_CELL, MAX_PER_TASK, MIN_WORDS, PairCache, similar_pairs
from comparer.models import Comparison, Match, Options, Plan, SimilarPair
from comparer.plans.loading import load_plan
from comparer.refs.reference import load_reference
from tests.comparer.paths import BACKAN_TXT, HAIPHONG_DOCX, HAIPHONG_TXT, HANOI_HTML, HANOI_TXT


def pair_by_pair(plans: Sequence[Plan], matches: Sequence[Sequence[Match]], threshold: float) -> list[SimilarPair]:
    """The definition, one fuzz call per pair: every two tasks of different plans among each plan's
    strongest evidence for the same reference task, each task keeping its best pairs."""
    groups: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for p, (plan, plan_matches) in enumerate(zip(plans, matches, strict=True)):
        by_id = {t.id: t for t in plan.tasks}
        per_ref: dict[str, int] = defaultdict(int)
        for m in sorted(plan_matches, key=lambda m: -m.score):
            words = by_id[m.task_id].norm.split()
            if per_ref[m.ref_id] >= EVIDENCE_PER_CELL or len(words) < MIN_WORDS:
                continue
            per_ref[m.ref_id] += 1
            groups[m.ref_id].append((p, m.task_id, by_id[m.task_id].norm))
    best: dict[tuple[int, str, int, str], float] = {}
    for members in groups.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a[0] == b[0]:
                    continue
                score = fuzz.token_sort_ratio(a[2], b[2], processor=None)
                if score >= threshold:
                    key = (a[0], a[1], b[0], b[1]) if a[0] < b[0] else (b[0], b[1], a[0], a[1])
                    best[key] = max(best.get(key, 0.0), score)
    count: dict[tuple[int, str], int] = defaultdict(int)
    out = []
    for (pa, ta, pb, tb), score in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
        if count[(pa, ta)] < MAX_PER_TASK and count[(pb, tb)] < MAX_PER_TASK:
            count[(pa, ta)] += 1
            count[(pb, tb)] += 1
            out.append((pa, ta, pb, tb, round(score, 1)))
    return [SimilarPair(*row) for row in out]


def pair_keys(pairs: Sequence[SimilarPair]) -> list[tuple[int, str, int, str, float]]:
    return [(s.plan_a, s.task_a, s.plan_b, s.task_b, round(s.score)) for s in pairs]


@pytest.fixture(scope="module")
def samples() -> Comparison:
    plans = [load_plan(p) for p in (HANOI_TXT, HAIPHONG_TXT, BACKAN_TXT, HAIPHONG_DOCX, HANOI_HTML)]
    return compare(plans, load_reference("kl91"))


@pytest.fixture(scope="module")
def many() -> Comparison:
    """30 plans retyped from the samples' tasks: words dropped and clauses recombined, so groups
    hold some 150 passages with real near-duplicates among them."""
    rng = random.Random(13)
    sources = [load_plan(p) for p in (HANOI_TXT, HAIPHONG_TXT, BACKAN_TXT)]
    texts = [t for p in sources for t in p.tasks]
    plans = []
    for n in range(30):
        tasks = []
        for i, task in enumerate(rng.sample(texts, 60)):
            words = task.text.split()
            for _ in range(rng.randint(0, 3)):
                if len(words) > 10:
                    words.pop(rng.randrange(len(words)))
            text = " ".join(words)
            tasks.append(replace(task, id=f"t{i}", text=text, norm=" ".join(text.lower().split())))
        plans.append(replace(sources[n % 3], name=f"p{n}.txt", path=f"/p{n}.txt", sha256=f"{n:064d}",
                             tasks=tuple(tasks)))
    return compare(plans, load_reference("kl91"))


def test_samples_give_the_pairs_of_the_pair_by_pair_loop(samples: Comparison) -> None:
    thr = samples.options.similar_pair_threshold
    expected = pair_by_pair(samples.plans, samples.matches, thr)
    assert expected  # the .txt and .docx of Hải Phòng say the same things
    assert pair_keys(similar_pairs(samples.plans, samples.matches, thr)) == pair_keys(expected)
    assert pair_keys(samples.similar_pairs) == pair_keys(expected)


def test_thirty_plans_give_the_pairs_of_the_pair_by_pair_loop(many: Comparison) -> None:
    thr = many.options.similar_pair_threshold
    expected = pair_by_pair(many.plans, many.matches, thr)
    assert len(expected) > 100
    assert pair_keys(similar_pairs(many.plans, many.matches, thr)) == pair_keys(expected)


def test_large_groups_compare_neighbours_and_find_the_same_when_all_are_near(
    many: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    thr = many.options.similar_pair_threshold
    expected = pair_keys(pair_by_pair(many.plans, many.matches, thr))
    monkeypatch.setattr(similar, "EXACT_MAX", 10)  # every group counts as large…
    monkeypatch.setattr(similar, "NEIGHBOURS", 1000)  # …and every passage is within reach
    assert pair_keys(similar_pairs(many.plans, many.matches, thr)) == expected
    monkeypatch.setattr(similar, "NEIGHBOURS", 16)  # a short reach finds fewer, never false ones
    found = pair_keys(similar_pairs(many.plans, many.matches, thr))
    assert found and all(score >= thr for *_, score in found)
    assert len({(a, b) for a, b, *_ in found}) > 0.8 * len({(a, b) for a, b, *_ in expected})


def test_kept_pairs_after_a_threshold_change_are_those_a_fresh_run_finds(many: Comparison) -> None:
    thr = many.options.similar_pair_threshold
    cache = PairCache()
    similar_pairs(many.plans, many.matches, thr, cache=cache)
    strict = compare(many.plans, many.reference, Options(threshold=75))  # fewer matches, other groups
    assert strict.matches != many.matches
    kept = similar_pairs(strict.plans, strict.matches, thr, cache=cache)
    assert pair_keys(kept) == pair_keys(similar_pairs(strict.plans, strict.matches, thr))
    # Back again: the cache now holds the strict groups; still the fresh answer.
    again = similar_pairs(many.plans, many.matches, thr, cache=cache)
    assert pair_keys(again) == pair_keys(pair_by_pair(many.plans, many.matches, thr))


def test_closest_passages_are_those_a_call_per_passage_gives(samples: Comparison) -> None:
    from comparer.match.analysis import _candidates

    for plan in samples.plans:
        texts = {t.id: t.text for t in plan.tasks}
        for ref in samples.reference.tasks:
            ref_text = ref.title + ". " + ref.text
            by_loop = sorted(((fuzz.token_sort_ratio(ref_text, t.text, processor=str.lower), t.id)
                              for t in plan.tasks), reverse=True)
            expected = [(tid, round(s * 0.5, 1)) for s, tid in by_loop[:3]]
            got = _candidates([], texts, plan, ref_text, 3)
            assert [(c.task_id, c.score) for c in got] == expected


def test_large_groups_after_a_threshold_change_give_what_a_fresh_run_gives(
    many: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(similar, "EXACT_MAX", 10)
    monkeypatch.setattr(similar, "NEIGHBOURS", 16)
    thr = many.options.similar_pair_threshold
    strict = compare(many.plans, many.reference, Options(threshold=75))
    cache = PairCache()
    first = similar_pairs(many.plans, many.matches, thr, cache=cache)
    assert pair_keys(similar_pairs(strict.plans, strict.matches, thr, cache=cache)) == pair_keys(
        similar_pairs(strict.plans, strict.matches, thr))
    assert pair_keys(similar_pairs(many.plans, many.matches, thr, cache=cache)) == pair_keys(first)


def test_ties_in_large_groups_do_not_depend_on_where_plans_sit_in_memory(
    many: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many passages with the same words (a plan copied): the neighbours a passage meets, and which
    of equal pairs a task keeps, follow plan order and task ids, never object addresses."""
    monkeypatch.setattr(similar, "EXACT_MAX", 10)
    monkeypatch.setattr(similar, "NEIGHBOURS", 4)
    plans = list(many.plans[:6]) * 3  # each text in three plans: ties everywhere
    matches = list(many.matches[:6]) * 3
    thr = many.options.similar_pair_threshold
    first = pair_keys(similar_pairs(plans, matches, thr))
    assert first
    for backwards in (True, False, True):
        # The same plans as new objects, made in another order so that their addresses sort otherwise.
        made = [replace(plan) for plan in (reversed(plans) if backwards else plans)]
        made = made[::-1] if backwards else made
        assert pair_keys(similar_pairs(made, matches, thr)) == first
        assert pair_keys(similar_pairs(made, matches, thr, cache=PairCache())) == first


def test_a_changed_pair_threshold_does_not_reuse_scores_cut_at_the_old_one(many: Comparison) -> None:
    thr = many.options.similar_pair_threshold
    cache = PairCache()
    similar_pairs(many.plans, many.matches, thr, cache=cache)
    for other in (thr - 15, thr + 10, thr):
        assert pair_keys(similar_pairs(many.plans, many.matches, other, cache=cache)) == pair_keys(
            pair_by_pair(many.plans, many.matches, other))


def test_pairs_are_scored_once_per_pair_of_texts(many: Comparison, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pair standing in several groups, or two passages with the same words, is scored once; a
    threshold change scores only pairs it has not seen."""
    scored: list[int] = []
    real = similar.process.cpdist

    def counting(a: Sequence[str], b: Sequence[str], **kw: object) -> object:
        scored.append(len(a))
        pairs = {(x, y) if x <= y else (y, x) for x, y in zip(a, b, strict=True)}
        assert len(pairs) == len(a)
        return real(a, b, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(similar.process, "cpdist", counting)
    thr = many.options.similar_pair_threshold
    cache = PairCache()
    similar_pairs(many.plans, many.matches, thr, cache=cache)
    first = sum(scored)
    assert first > 0
    scored.clear()
    similar_pairs(many.plans, many.matches, thr, cache=cache)
    assert sum(scored) == 0  # nothing new to score
    strict = compare(many.plans, many.reference, Options(threshold=75))
    similar_pairs(strict.plans, strict.matches, thr, cache=cache)
    scored.clear()
    similar_pairs(many.plans, many.matches, thr, cache=cache)  # back: the earlier scores were kept
    assert sum(scored) == 0
