"""Emphases: what the kept per-plan terms give is what counting every phrase of every plan gives."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import pytest

from comparer.match.analysis import compare
from comparer.match.emphasis import _STOP, MAX_TERMS, MIN_RATIO, find_emphases
from comparer.match.matching import GENERIC
from comparer.models import Comparison, Emphasis, Options, Plan
from comparer.pipeline import Pipeline
from comparer.plans.loading import load_plan
from comparer.refs.reference import load_reference
from comparer.text.agencies import agency_spans
from tests.comparer.paths import BACKAN_TXT, HAIPHONG_TXT, HANOI_TXT


def every_phrase(plan: Plan) -> Counter[str]:
    """The definition, passage by passage: 3-word phrases that start and end on a content word
    and hold no number or agency name."""
    c: Counter[str] = Counter()
    for task in plan.tasks:
        words = task.norm.split()
        bad = [w.isdigit() for w in words]
        for s, e in agency_spans(words):
            bad[s:e] = [True] * (e - s)
        for i in range(len(words) - 2):
            if any(bad[i:i + 3]) or words[i] in _STOP | GENERIC or words[i + 2] in _STOP | GENERIC:
                continue
            c[" ".join(words[i:i + 3])] += 1
    return c


def salient_by_counting(comparison: Comparison) -> list[Emphasis]:
    """Salient terms from full counts of every plan: reference terms found by the matcher (three
    times the others' rate), other phrases three times in the plan and in no other plan."""
    reference = comparison.reference
    weights: dict[str, float] = {}
    term_kp: dict[str, str] = {}
    for t in reference.tasks:
        for c, kp_id in [(c, "") for c in t.cues] + [(c, kp.id) for kp in t.key_points for c in kp.cues]:
            if "," not in c.text and len(c.text.split()) >= 2:
                weights[c.text] = max(weights.get(c.text, 0.0), c.weight)
                if kp_id:
                    term_kp[c.text] = kp_id
    scores = Pipeline().scores(comparison.plans, reference)
    cues = [Counter(r for ev in plan_scores for ts in ev.values() for r in ts.reason if r in weights)
            for plan_scores in scores]
    phrases = [every_phrase(plan) for plan in comparison.plans]
    out: list[Emphasis] = []
    n_others = len(comparison.plans) - 1
    for p in range(len(comparison.plans)):
        unique = {e.subject for e in comparison.emphases if e.plan == p and e.kind == "unique_key_point"}
        ranked = []
        candidates = [(t, n, sum(c[t] for c in cues) - n, True) for t, n in cues[p].items()]
        candidates += [(t, n, sum(c[t] for c in phrases) - n, False) for t, n in phrases[p].items()]
        for term, n, others, is_cue in candidates:
            avg = others / n_others
            if (is_cue and n / (avg + 0.25) < MIN_RATIO) or (not is_cue and (n < 3 or others)):
                continue
            w = weights[term] * (2.0 if term_kp.get(term) in unique else 1.0) if term in weights else 0.3
            score = w * (1 + math.log(n)) * (1 + 0.25 * (min(4, len(term.split())) - 2)) / (avg + 0.25)
            ranked.append((score, n, others, term))
        ranked.sort(key=lambda r: (-r[0], -len(r[3])))
        chosen: list[tuple[float, int, int, str]] = []
        for item in ranked:
            if len(chosen) < MAX_TERMS and not any(item[3] in c[3] or c[3] in item[3] for c in chosen):
                chosen.append(item)
        out += [Emphasis(p, "salient_term", t, t, round(s, 1), n, o) for s, n, o, t in chosen]
    return out


def salient(emphases: Sequence[Emphasis]) -> list[Emphasis]:
    return [e for e in emphases if e.kind == "salient_term"]


@pytest.fixture(scope="module")
def retyped() -> list[Plan]:
    """Twelve plans retyped from the samples' passages, sharing many phrases; each with a few
    phrases of its own standing three times."""
    rng = random.Random(7)
    sources = [load_plan(p) for p in (HANOI_TXT, HAIPHONG_TXT, BACKAN_TXT)]
    texts = [t for p in sources for t in p.tasks]
    plans = list(sources)
    for n in range(9):
        tasks = []
        for i, task in enumerate(rng.sample(texts, 50)):
            own = ("sen", "mai", "đào", "cúc", "lan", "huệ", "trúc", "tùng", "liễu")[n]
            text = task.text + (f"; nhân rộng mô hình trường học {own} xanh" if i % 15 == 0 else "")
            tasks.append(replace(task, id=f"t{i}", text=text, norm=" ".join(text.lower().split())))
        plans.append(replace(sources[n % 3], name=f"p{n}.txt", path=f"/p{n}.txt", sha256=f"{n:064d}",
                             tasks=tuple(tasks)))
    return plans


def test_salient_terms_are_those_full_counts_give(retyped: list[Plan]) -> None:
    comparison = compare(retyped, load_reference("kl91"))
    expected = salient_by_counting(comparison)
    assert any("xanh" in e.subject for e in expected)  # phrases of one plan only
    assert any(e.others_count for e in expected)  # and reference terms others have less often
    assert salient(comparison.emphases) == expected


def test_kept_terms_after_threshold_changes_give_what_a_fresh_run_gives(retyped: list[Plan]) -> None:
    reference = load_reference("kl91")
    pipeline = Pipeline()
    for thr in (55.0, 70.0, 40.0, 55.0):
        kept = pipeline.compare(retyped, reference, Options(threshold=thr))
        fresh = compare(retyped, reference, Options(threshold=thr))
        assert kept.emphases == fresh.emphases
    # A plan dropped and one added: the phrases of the plans still compared decide what is unique.
    fewer = retyped[1:]
    assert pipeline.compare(fewer, reference).emphases == compare(fewer, reference).emphases


def test_without_evidence_the_reference_terms_are_counted_in_the_text(retyped: list[Plan]) -> None:
    comparison = compare(retyped[:4], load_reference("kl91"))
    got = find_emphases(comparison.plans, comparison.reference, comparison.matches, comparison.coverage)
    assert [e for e in got if e.kind != "salient_term"] == [
        e for e in comparison.emphases if e.kind != "salient_term"]
    assert salient(got)
