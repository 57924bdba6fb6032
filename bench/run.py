"""Benchmark: matching quality against a naive baseline, and the time to load and compare plans."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from rapidfuzz import fuzz, utils

from comparer.analysis import compare, match_plan, score_plan
from comparer.emphasis import find_emphases
from comparer.loading import load_plan
from comparer.matching import Matcher
from comparer.models import Location, Options, Plan, Reference, Task
from comparer.normalize import norm
from comparer.reference import load_reference
from comparer.similar import similar_pairs

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
SAMPLES = sorted(p for ext in ("txt", "docx", "pdf", "html") for p in (ROOT / "samples").glob(f"*.{ext}"))
N_PLANS, N_TASKS, TARGET_S, SEED = 34, 200, 2.0, 91
# Tone placements users type both ways (old "hoà", new "hòa"); the matcher must not care.
TONE_SWAPS = (("hòa", "hoà"), ("hóa", "hoá"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("lý", "lí"))
T = TypeVar("T")


def timed(fn: Callable[[], T], runs: int) -> tuple[float, T]:
    """Median wall time of ``runs`` calls of ``fn`` (seconds) and the last result."""
    times: list[float] = []
    result: T | None = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    assert result is not None
    return statistics.median(times), result


def micro_prf(gold: Sequence[set[str]], got: Sequence[set[str]]) -> tuple[float, float, float]:
    """Micro precision, recall and F1 over labels, scored as evaluate.py passages does."""
    tp = sum(len(g & a) for g, a in zip(gold, got, strict=True))
    fp = sum(len(a - g) for g, a in zip(gold, got, strict=True))
    fn = sum(len(g - a) for g, a in zip(gold, got, strict=True))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def quality(reference: Reference) -> None:
    """Print micro P/R/F1 of the matcher and of a title-similarity baseline on the dev passages."""
    path = EVAL_DIR / "dev-passages.jsonl"
    print("== Matching quality (dev passages, micro over labels)")
    if not path.is_file():
        print(f"gold file missing: {path}; skipped")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [" ".join(r["text"].split()) for r in rows]  # as evaluate.py sends them, one per line
    gold = [set(r["refs"]) for r in rows]
    print(f"passages={len(rows)} labels={sum(len(g) for g in gold)}")

    matcher, thr = Matcher(reference), Options().threshold
    ours = [{s.ref_id for s in matcher.classify(t, thr)} if t.strip() else set() for t in texts]
    op, orr, of = micro_prf(gold, ours)

    titles = {t.id: t.title for t in reference.tasks}
    best_ref: list[tuple[str, float]] = []
    for text in texts:
        score, rid = max((fuzz.ratio(text, title, processor=utils.default_process), rid)
                         for rid, title in titles.items())
        best_ref.append((rid, score))
    sweep = []
    for cutoff in range(30, 81, 5):
        got = [{rid} if score >= cutoff else set() for rid, score in best_ref]
        sweep.append((micro_prf(gold, got), cutoff))
    (bp, br, bf), cutoff = max(sweep, key=lambda s: (s[0][2], -s[1]))
    print(f"ours      (Matcher.classify, threshold {thr:g}): P={op:.3f} R={orr:.3f} F1={of:.3f}")
    print(f"baseline  (best fuzz.ratio vs titles, cutoff {cutoff}; its best case over 30..80): "
          f"P={bp:.3f} R={br:.3f} F1={bf:.3f}")
    print(f"ratio ours/baseline F1: {of / bf:.2f}x" if bf else "ratio ours/baseline F1: baseline F1 is 0")


def samples_timing(reference: Reference) -> list[Plan]:
    """Print load and compare times for the bundled samples; return the loaded plans."""
    print("\n== Bundled samples")
    load_s, plans = timed(lambda: [load_plan(p) for p in SAMPLES], 5)
    n_tasks = sum(len(p.tasks) for p in plans)
    print(f"files={len(SAMPLES)} ({', '.join(p.name for p in SAMPLES)}) tasks={n_tasks}")
    cmp_s, _ = timed(lambda: compare(plans, reference, Options()), 5)
    print(f"load    median of 5: {load_s:.3f} s")
    print(f"compare median of 5: {cmp_s:.3f} s")
    return plans


def clause_pool(plans: Sequence[Plan], reference: Reference) -> list[str]:
    """Real clauses: sample tasks and reference wording split at semicolons and sentence ends."""
    texts = [t.text for p in plans for t in p.tasks]
    texts += [r.text for r in reference.tasks] + [k.text for r in reference.tasks for k in r.key_points]
    pool = {c.strip(" .;,-–") for t in texts for c in re.split(r"[;\n]|\.\s", t)}
    return sorted(c for c in pool if len(c.split()) >= 4)


def mutate(text: str, rng: random.Random) -> str:
    """Drop a few words and flip tone placements, as retyped plans do."""
    words = text.split()
    if len(words) > 8 and rng.random() < 0.5:
        for _ in range(rng.randint(1, 3)):
            words.pop(rng.randrange(len(words)))
    out = " ".join(words)
    for new, old in TONE_SWAPS:
        if rng.random() < 0.5:
            out = out.replace(new, old)
    return out


def synthetic_plans(pool: Sequence[str], seed: int = SEED) -> list[Plan]:
    """``N_PLANS`` plans of ``N_TASKS`` tasks built deterministically from real clauses."""
    rng = random.Random(seed)
    plans: list[Plan] = []
    for p in range(N_PLANS):
        tasks: list[Task] = []
        for i in range(N_TASKS):
            sep = rng.choice(("; ", ", "))
            text = mutate(sep.join(rng.sample(pool, rng.randint(1, 3))), rng)
            tasks.append(Task(f"t{i + 1}", text, norm(text), ("synthetic",), Location(block=i)))
        name = f"synthetic-{p + 1:02d}.txt"
        fake_sha = hashlib.sha256(name.encode()).hexdigest()
        plans.append(Plan(name, f"/synthetic/{name}", "txt", fake_sha, tuple(tasks)))
    return plans


def synthetic_timing(samples: Sequence[Plan], reference: Reference) -> None:
    """Print the time to compare the synthetic plans, and a breakdown by stage."""
    pool = clause_pool(samples, reference)
    plans = synthetic_plans(pool)
    n = sum(len(p.tasks) for p in plans)
    print(f"\n== Synthetic: {len(plans)} plans × {N_TASKS} tasks = {n} tasks vs {reference.label}, "
          f"{len(pool)} real clauses, seed {SEED}")
    options = Options()
    total, comparison = timed(lambda: compare(plans, reference, options), 3)
    verdict = "OK" if total < TARGET_S else "over"
    print(f"compare median of 3: {total:.3f} s  ({total / len(plans) * 1000:.1f} ms/plan, "
          f"{n / total:,.0f} tasks/s)  target {TARGET_S} s: {verdict}")
    status = Counter(c.status.value for cells in comparison.coverage for c in cells)
    matched = sum(len({m.task_id for m in ms}) for ms in comparison.matches)
    print(f"result: tasks matched={matched}/{n} matches={sum(len(m) for m in comparison.matches)} "
          f"similar_pairs={len(comparison.similar_pairs)} emphases={len(comparison.emphases)} "
          f"cells={dict(sorted(status.items()))}")

    matcher = Matcher(reference)
    match_s, _ = timed(lambda: [match_plan(p, score_plan(matcher, p), options.threshold) for p in plans], 3)
    pairs_s, _ = timed(lambda: similar_pairs(plans, comparison.matches, options.similar_pair_threshold), 3)
    scores = [score_plan(matcher, p) for p in plans]  # as compare passes them: the matcher's evidence
    emph_s, _ = timed(lambda: find_emphases(plans, reference, comparison.matches, comparison.coverage, scores), 3)
    print("breakdown (each stage median of 3, timed alone; % of the compare median):")
    for label, secs in (("matching (score + select)", match_s), ("similar pairs", pairs_s), ("emphases", emph_s)):
        print(f"  {label:<32} {secs:7.3f} s  {secs / total:6.1%}")
    rest = total - match_s - pairs_s - emph_s
    if rest >= 0:
        print(f"  {'coverage, gaps, overlaps (rest)':<32} {rest:7.3f} s  {rest / total:6.1%}")
    else:  # the machine's load moved between runs: say so rather than print a negative stage
        print(f"  rest: n/a (stages alone sum to {total - rest:.3f} s, more than compare: timing noise)")


def main() -> None:
    """Run every benchmark and print its figures."""
    reference = load_reference("kl91")
    # Other work on the machine skews every figure below; print the load so a reader can tell.
    print(f"cpus={os.cpu_count()} load average (1 min)={os.getloadavg()[0]:.2f}\n")
    quality(reference)
    samples = samples_timing(reference)
    synthetic_timing(samples, reference)
    print(f"\nload average (1 min) at the end={os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
