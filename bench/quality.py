"""Matching quality on the gold sets (seeds and dev2), scored as ../shared/eval/evaluate.py scores them.

Shared by ``bench/fit_selection.py`` (fits the selection model) and ``bench/run.py`` (prints the
figures): passage micro-F1, plan coverage accuracy and plan-level key-point F1, in-sample and
leave-one-plan-out (LOPO: for each of the 33 plans, the model is fitted on the other 32).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from comparer.match.analysis import compare
from comparer.match.calibration import FEATURES, KP_FEATURES, Model, features, kp_features, use_kp_model, use_model
from comparer.match.matching import Matcher, TaskScore
from comparer.models import Options, Plan, Reference, Status
from comparer.plans.loading import load_plan

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
SETS = {
    "seeds": ("dev-passages.jsonl", "dev-keypoints.jsonl", "dev-coverage.json", ROOT.parent / "shared" / "seeds"),
    "dev2": ("dev2-passages.jsonl", "dev2-keypoints.jsonl", "dev2-coverage.json", EVAL_DIR / "dev2-plans"),
}
L2 = 1.0


@dataclass
class GoldSet:
    """One gold set: passages with labels and key points, plan coverage, the plan files."""

    name: str
    ids: list[str]
    plans: list[str]  # plan file name of each passage
    texts: list[str]
    refs: list[set[str]]
    kps: list[set[str]]
    covered: dict[str, set[str]]  # plan file → covered task ids
    plan_dir: Path
    loaded: dict[str, Plan] = field(default_factory=dict)

    def plan(self, name: str) -> Plan:
        if name not in self.loaded:
            self.loaded[name] = load_plan(self.plan_dir / name)
        return self.loaded[name]


def available() -> bool:
    return all((EVAL_DIR / f).is_file() for spec in SETS.values() for f in spec[:3])


def load_set(name: str) -> GoldSet:
    passages, keypoints, coverage, plan_dir = SETS[name]
    rows = [json.loads(x) for x in (EVAL_DIR / passages).read_text(encoding="utf-8").splitlines() if x.strip()]
    kp_rows = [json.loads(x) for x in (EVAL_DIR / keypoints).read_text(encoding="utf-8").splitlines() if x.strip()]
    kp_by_id = {r["id"]: set(r["key_points"]) for r in kp_rows}
    cov = json.loads((EVAL_DIR / coverage).read_text(encoding="utf-8"))
    return GoldSet(
        name,
        [r["id"] for r in rows],
        [r["plan"] for r in rows],
        [" ".join(r["text"].split()) for r in rows],
        [set(r["refs"]) for r in rows],
        [kp_by_id.get(r["id"], set()) for r in rows],
        {Path(c["file"]).name: set(c["covered"]) for c in cov},
        plan_dir,
    )


def micro_prf(gold: Sequence[set[str]], got: Sequence[set[str]]) -> tuple[float, float, float]:
    """Micro precision, recall and F1 over labels."""
    tp = sum(len(g & a) for g, a in zip(gold, got, strict=True))
    fp = sum(len(a - g) for g, a in zip(gold, got, strict=True))
    fn = sum(len(g - a) for g, a in zip(gold, got, strict=True))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Pairs:
    """Feature rows of every passage–task pair with evidence."""

    x: np.ndarray
    y: np.ndarray
    plan: list[str]
    passage: list[int]
    ref: list[str]


def pairs(matcher: Matcher, gold: GoldSet) -> tuple[Pairs, list[dict[str, TaskScore]]]:
    rows: list[list[float]] = []
    ys: list[float] = []
    plans: list[str] = []
    idx: list[int] = []
    refs: list[str] = []
    all_scores = []
    for i, text in enumerate(gold.texts):
        scores = matcher.score(text)
        all_scores.append(scores)
        values = list(scores.values())
        for ts in values:
            rows.append(features(ts, values))
            ys.append(1.0 if ts.ref_id in gold.refs[i] else 0.0)
            plans.append(gold.plans[i])
            idx.append(i)
            refs.append(ts.ref_id)
    x = np.array(rows, dtype=float).reshape(-1, len(FEATURES))
    return Pairs(x, np.array(ys), plans, idx, refs), all_scores


def kp_rows(
    gold: GoldSet, all_scores: list[dict[str, TaskScore]], task_model: Model, skip_plan: str | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of every passage–key point pair with evidence (task probabilities
    from ``task_model``), leaving out the passages of ``skip_plan``."""
    rows: list[list[float]] = []
    ys: list[float] = []
    for i, scores in enumerate(all_scores):
        if gold.plans[i] == skip_plan:
            continue
        values = list(scores.values())
        for ts in values:
            ts.prob = task_model.prob(features(ts, values))
        for ts in values:
            if not ts.key_points:
                continue
            top = max(ts.key_points.values())
            for k in ts.key_points:
                rows.append(kp_features(ts, k, top))
                ys.append(1.0 if k in gold.kps[i] else 0.0)
    return np.array(rows, dtype=float).reshape(-1, len(KP_FEATURES)), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> Model:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = (x - means) / scales
    a = np.hstack([z, np.ones((len(z), 1))])
    w = np.zeros(a.shape[1])
    reg = np.full(a.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ w, -30, 30)))
        grad = a.T @ (p - y) + reg * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model(w[:-1].tolist(), float(w[-1]), means.tolist(), scales.tolist())


@dataclass
class Figures:
    f1: float
    p: float
    r: float
    coverage: float
    kp_p: float
    kp_r: float
    kp_f1: float

    def line(self) -> str:
        return (f"micro-F1 {self.f1:.3f} (P {self.p:.3f} R {self.r:.3f})  coverage {self.coverage:.3f}  "
                f"key-point F1 {self.kp_f1:.3f} (P {self.kp_p:.3f} R {self.kp_r:.3f})")


def plan_figures(reference: Reference, gold: GoldSet, plan_names: Sequence[str]) -> tuple[int, int, int, int, int]:
    """(cells right, cells, kp tp, kp fp, kp fn) of compare on ``plan_names`` with the current model."""
    right = cells = tp = fp = fn = 0
    for name in plan_names:
        comparison = compare([gold.plan(name)], reference, Options())
        found_tasks = {c.ref_id for c in comparison.coverage[0] if c.status is not Status.MISSING}
        want = gold.covered.get(name, set())
        for t in reference.tasks:
            cells += 1
            right += (t.id in found_tasks) == (t.id in want)
        found_kps = {k for c in comparison.coverage[0] for k in c.key_points_found}
        gold_kps = set().union(*(gold.kps[i] for i, p in enumerate(gold.plans) if p == name))
        tp += len(found_kps & gold_kps)
        fp += len(found_kps - gold_kps)
        fn += len(gold_kps - found_kps)
    return right, cells, tp, fp, fn


def figures(
    reference: Reference, gold: GoldSet, predict: Callable[[list[str]], list[set[str]]], plan_counts: tuple[int, ...]
) -> Figures:
    got = predict(gold.texts)
    p, r, f = micro_prf(gold.refs, got)
    right, cells, tp, fp, fn = plan_counts
    kp_p = tp / (tp + fp) if tp + fp else 1.0
    kp_r = tp / (tp + fn) if tp + fn else 1.0
    kp_f = 2 * kp_p * kp_r / (kp_p + kp_r) if kp_p + kp_r else 0.0
    return Figures(f, p, r, right / cells if cells else 0.0, kp_p, kp_r, kp_f)


def evaluate_model(
    reference: Reference, sets: Sequence[GoldSet], model: Model | None, kp_model: Model | None = None
) -> dict[str, Figures]:
    """In-sample figures of ``model`` (None: the hand-set rule) on each set."""
    use_model(model, rule=model is None)
    use_kp_model(kp_model, none=kp_model is None)
    try:
        matcher = Matcher(reference)
        thr = Options().threshold
        out = {}
        for g in sets:
            counts = plan_figures(reference, g, sorted(set(g.plans)))
            out[g.name] = figures(
                reference, g, lambda texts: [{s.ref_id for s in matcher.classify(t, thr)} for t in texts], counts
            )
        return out
    finally:
        use_model(None)
        use_kp_model(None)


def lopo(reference: Reference, sets: Sequence[GoldSet]) -> dict[str, Figures]:
    """Leave-one-plan-out figures: each plan is scored by a model fitted on all other plans."""
    matcher = Matcher(reference)
    thr = Options().threshold
    data = [(g, *pairs(matcher, g)) for g in sets]
    x_all = np.vstack([d[1].x for d in data])
    y_all = np.concatenate([d[1].y for d in data])
    keys = [(g.name, pl) for g, pr, _ in data for pl in pr.plan]
    plans = sorted({(g.name, pl) for g in sets for pl in g.plans})
    preds = {g.name: [set[str]() for _ in g.texts] for g in sets}
    counts = {g.name: [0, 0, 0, 0, 0] for g in sets}
    try:
        for key in plans:
            mask = np.array([k != key for k in keys])
            model = fit(x_all[mask], y_all[mask])
            use_model(model)
            kx, ky = zip(
                *(kp_rows(g, sc, model, key[1] if g.name == key[0] else None) for g, _pr, sc in data), strict=True
            )
            use_kp_model(fit(np.vstack(kx), np.concatenate(ky)))
            for g, _pr, _scores in data:
                if g.name != key[0]:
                    continue
                for i, text in enumerate(g.texts):
                    if g.plans[i] == key[1]:
                        preds[g.name][i] = {s.ref_id for s in matcher.classify(text, thr)}
                got = plan_figures(reference, g, [key[1]])
                counts[g.name] = [a + b for a, b in zip(counts[g.name], got, strict=True)]
    finally:
        use_model(None)
        use_kp_model(None)
    out = {}
    for g in sets:
        out[g.name] = figures(reference, g, lambda texts, g=g: preds[g.name], tuple(counts[g.name]))
    p, r, f = micro_prf([r for g in sets for r in g.refs], [x for g in sets for x in preds[g.name]])
    out["all"] = Figures(f, p, r, 0.0, 0.0, 0.0, 0.0)
    return out
