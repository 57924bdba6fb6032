"""The engine hands the faces where a match's reason words stand in the passage (reason_spans)."""

from __future__ import annotations

import re

from comparer.match.spans import reason_spans
from comparer.models import Options
from comparer.pipeline import Pipeline
from comparer.text.normalize import unify_tones
from tests.comparer.paths import HANOI_TXT


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unify_tones(text).lower())


def test_spans_of_real_matches_are_reason_phrases_in_the_plans_own_spelling() -> None:
    pipeline = Pipeline()
    plan = pipeline.load_plan(HANOI_TXT)
    comparison = pipeline.compare([plan], pipeline.load_reference("kl91"), Options())
    texts = {t.id: t.text for t in plan.tasks}
    matches = [m for m in comparison.matches[0] if m.reason]
    assert len(matches) >= 10
    marked = 0
    for m in matches:
        text = texts[m.task_id]
        spans = reason_spans(text, m.reason)
        assert spans == sorted(spans) and all(a < b for a, b in spans)
        assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False))  # no overlap
        phrases = [_words(r) for r in m.reason]
        for start, end in spans:
            assert _words(text[start:end]) in phrases
            assert start == 0 or not text[start - 1].isalnum()  # whole words only
            assert end == len(text) or not text[end].isalnum()
        marked += bool(spans)
    assert marked >= len(matches) * 0.8  # the words that carried a match are found in its passage


def test_case_punctuation_and_tone_placement() -> None:
    text = "Rà soát, Sửa đổi, bổ sung; hiện đại hoá giáo dục"
    spans = reason_spans(text, ("sửa đổi , bổ sung", "hiện đại hóa", "thu"))
    assert [text[a:b] for a, b in spans] == ["Sửa đổi, bổ sung", "hiện đại hoá"]
    assert reason_spans(text, ()) == [] and reason_spans(text, (" ", ",")) == []
