"""Calibrated selection: which of a passage's candidate tasks a user is shown.

The matcher gathers evidence per task (cue weights, where they stand, whether they were
discounted as purpose, title or audience). Whether that evidence makes the task *the passage's*
is decided by a logistic model over a dozen features of the passage–task pair, instead of
hand-set constants. The weights are fitted offline by ``bench/fit_selection.py`` on the seeds and
dev2 gold passages (leave-one-plan-out figures printed beside in-sample ones) and shipped as
``resources/models/selection.json``; nothing is trained at run time.

The user's threshold (0–100, default 55) moves the probability needed: at the default a task is
shown when the model gives it at least 0.5; each point above or below moves that by 0.01.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import operator
from collections.abc import Mapping, Sequence
from typing import Protocol

from comparer.resources import resources_dir

MODEL_PATH = resources_dir() / "models" / "selection.json"
DEFAULT_THRESHOLD = 55.0
# Shown scores are the model's probability on 0–100, moved so the default threshold sits at 0.5.
SHOWN_OFFSET = DEFAULT_THRESHOLD - 50.0

FEATURES: tuple[str, ...] = (
    "score",  # noisy-OR of the effective cue weights, 0–1
    "mass",  # sum of effective weights, capped at 3, scaled to 0–1
    "head",  # strongest effective weight
    "raw_head",  # strongest cue's own weight before discounts
    "discounted",  # 1 when the strongest cue was discounted (purpose, title, audience)
    "is_best",  # 1 for the task with the most evidence in the passage
    "mass_share",  # this task's mass over the best task's
    "early",  # 1 − position of the first cue (evidence at the head of the passage)
    "key_point",  # strongest key-point cue
    "rivals",  # number of other tasks with evidence, scaled
    "length",  # log of the passage's words, scaled
    "cues",  # distinct cue phrases, scaled
)


KP_FEATURES: tuple[str, ...] = (
    "weight",  # the key point's strongest effective cue weight
    "raw",  # its cue's own weight before discounts
    "discounted",  # 1 when that cue stood in a purpose clause, a cited title or an audience
    "task_prob",  # the selection model's probability for the key point's task
    "share",  # weight over the strongest key point of the same task in the passage
    "siblings",  # key points of the same task in the passage, scaled
    "length",  # log of the passage's words, scaled
)
KP_CUT = 0.5


class Evidence(Protocol):
    """What the model reads of one task's evidence (comparer.match.matching.TaskScore)."""

    score: float
    mass: float
    head: float
    raw_head: float
    first_pos: float
    passage_words: int
    reason: list[str]
    key_points: dict[str, float]
    key_points_raw: dict[str, float]
    prob: float


def features(
    ts: Evidence, all_scores: Sequence[Evidence], top_mass: float | None = None, best: Evidence | None = None
) -> list[float]:
    """The feature vector of one passage–task pair (order of FEATURES).

    ``top_mass`` and ``best`` (the passage's largest mass and its best task) are computed when
    not given; callers scoring every task of a passage pass them once.
    """
    if top_mass is None:
        top_mass = max((s.mass for s in all_scores), default=0.0) or 1.0
    if best is None and all_scores:
        best = max(all_scores, key=lambda s: (s.score, s.mass))
    return [
        ts.score / 100.0,
        min(ts.mass, 3.0) / 3.0,
        ts.head,
        ts.raw_head,
        1.0 if ts.raw_head - ts.head > 1e-6 else 0.0,
        1.0 if best is ts else 0.0,
        ts.mass / top_mass,
        1.0 - min(1.0, ts.first_pos),
        max(ts.key_points.values(), default=0.0),
        (len(all_scores) - 1) / 7.0,
        math.log1p(ts.passage_words) / 5.0,
        min(len(ts.reason), 5) / 5.0,
    ]


def kp_features(ts: Evidence, kp_id: str, top: float) -> list[float]:
    """The feature vector of one passage–key point pair (order of KP_FEATURES)."""
    w = ts.key_points.get(kp_id, 0.0)
    raw = ts.key_points_raw.get(kp_id, w)
    return [
        w,
        raw,
        1.0 if raw - w > 1e-6 else 0.0,
        ts.prob,
        w / top if top else 0.0,
        (len(ts.key_points) - 1) / 4.0,
        math.log1p(ts.passage_words) / 5.0,
    ]


class Model:
    """Logistic model: weights per feature and a bias."""

    def __init__(self, weights: Sequence[float], bias: float, means: Sequence[float], scales: Sequence[float]) -> None:
        self.weights = list(weights)
        self.bias = bias
        self.means = list(means)
        self.scales = [s or 1.0 for s in scales]
        # folded: z = b + Σ w (x − m) / s = (b − Σ w m / s) + Σ (w / s) x
        self._coef = [w / s for w, s in zip(self.weights, self.scales, strict=True)]
        self._offset = self.bias - sum(c * m for c, m in zip(self._coef, self.means, strict=True))
        # Names the weights: evidence judged by this model in another process (comparer.workers)
        # carries the key, and is not judged again here.
        self.key = hashlib.blake2b(repr((self.weights, self.bias, self.means, self.scales)).encode(),
                                   digest_size=8).hexdigest()

    def prob(self, x: Sequence[float]) -> float:
        """Probability that the task belongs to the passage."""
        z = self._offset + sum(map(operator.mul, self._coef, x))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self, names: Sequence[str] = FEATURES) -> dict[str, object]:
        return {
            "features": list(names),
            "weights": self.weights,
            "bias": self.bias,
            "means": self.means,
            "scales": self.scales,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object], names_expected: Sequence[str] = FEATURES) -> Model:
        names = list(data["features"])  # type: ignore[call-overload]
        if names != list(names_expected):
            raise ValueError("model features differ from this version's")
        return cls(
            [float(v) for v in data["weights"]],  # type: ignore[attr-defined]
            float(data["bias"]),  # type: ignore[arg-type]
            [float(v) for v in data["means"]],  # type: ignore[attr-defined]
            [float(v) for v in data["scales"]],  # type: ignore[attr-defined]
        )


_override: list[Model | None] = []  # [None]: the hand-set rule is forced
_kp_override: list[Model | None] = []


@functools.lru_cache(maxsize=1)
def _shipped_all() -> tuple[Model | None, Model | None]:
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, None
    try:
        tasks: Model | None = Model.from_dict(data)
    except (ValueError, KeyError, TypeError):
        tasks = None
    try:
        kps: Model | None = Model.from_dict(data["key_points"], KP_FEATURES)
    except (ValueError, KeyError, TypeError):
        kps = None
    return tasks, kps


def _shipped() -> Model | None:
    return _shipped_all()[0]


def current_kp_model() -> Model | None:
    """The key-point model in use (None: every key point with evidence in a selected task counts)."""
    if _kp_override:
        return _kp_override[-1]
    return None if _override and _override[-1] is None else _shipped_all()[1]


def use_kp_model(model: Model | None, *, none: bool = False) -> None:
    """Replace the key-point model for this process (bench, cross-validation)."""
    _kp_override.clear()
    if model is not None or none:
        _kp_override.append(model)


def current_model() -> Model | None:
    """The model in use: one set by ``use_model`` (bench, cross-validation), else the shipped one."""
    return _override[-1] if _override else _shipped()


def use_model(model: Model | None, *, rule: bool = False) -> None:
    """Replace the model for this process (bench, cross-validation).

    ``None``: back to the shipped model; ``rule=True``: no model, the hand-set rule decides.
    """
    _override.clear()
    if model is not None or rule:
        _override.append(model)


def cut(threshold: float) -> float:
    """The probability a task needs at a user threshold (its shown score reaches the threshold)."""
    return (threshold - SHOWN_OFFSET) / 100.0
