"""Fit the selection model (comparer/match/calibration.py) on the seeds and dev2 gold passages.

Writes resources/models/selection.json and prints in-sample and leave-one-plan-out figures.
Run from the project root: ``.venv/bin/python bench/fit_selection.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import available, fit, kp_rows, load_set, lopo, pairs  # noqa: E402

from comparer.match.calibration import FEATURES, KP_FEATURES, MODEL_PATH, use_model  # noqa: E402
from comparer.match.matching import Matcher  # noqa: E402
from comparer.refs.reference import load_reference  # noqa: E402


def main() -> None:
    if not available():
        print("gold files missing under ../shared/eval; nothing fitted")
        return
    reference = load_reference("kl91")
    use_model(None, rule=True)  # features do not depend on the model; only selection does
    matcher = Matcher(reference)
    sets = [load_set("seeds"), load_set("dev2")]
    data = [pairs(matcher, g)[0] for g in sets]
    x = np.vstack([d.x for d in data])
    y = np.concatenate([d.y for d in data])
    model = fit(x, y)
    scored = [pairs(matcher, g)[1] for g in sets]
    kx, ky = zip(*(kp_rows(g, sc, model) for g, sc in zip(sets, scored, strict=True)), strict=True)
    kx_all, ky_all = np.vstack(kx), np.concatenate(ky)
    kp_model = fit(kx_all, ky_all)
    use_model(None)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    tmp = MODEL_PATH.with_suffix(".tmp")
    payload = model.to_dict() | {
        "fitted_on": "../shared/eval dev-passages.jsonl + dev2-passages.jsonl (33 plans)",
        "pairs": int(len(y)),
        "positives": int(y.sum()),
        "key_points": kp_model.to_dict(KP_FEATURES) | {"pairs": int(len(ky_all)), "positives": int(ky_all.sum())},
    }
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(MODEL_PATH)
    print(f"fitted on {len(y)} passage–task pairs ({int(y.sum())} positive); wrote {MODEL_PATH}")
    for name, w, m, s in zip(FEATURES, model.weights, model.means, model.scales, strict=True):
        print(f"  {name:<11} weight {w:+.3f}  (mean {m:.3f}, scale {s:.3f})")
    print(f"  bias        {model.bias:+.3f}")
    print(f"key points: {len(ky_all)} passage–key point pairs ({int(ky_all.sum())} positive)")
    for name, w in zip(KP_FEATURES, kp_model.weights, strict=True):
        print(f"  {name:<11} weight {w:+.3f}")
    for g, f in lopo(reference, sets).items():
        print(f"LOPO {g:<6} {f.line() if g != 'all' else f'micro-F1 {f.f1:.3f} (P {f.p:.3f} R {f.r:.3f})'}")


if __name__ == "__main__":
    main()
