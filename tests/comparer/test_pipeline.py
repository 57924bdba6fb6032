"""The one pipeline: scores kept per plan, a threshold change only re-selects, failures per file."""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.errors import PlanLoadError
from comparer.match.analysis import compare
from comparer.match.matching import Matcher, TaskScore
from comparer.models import DEFAULT_REFERENCE, DEFAULT_THRESHOLD, Options, Plan
from comparer.pipeline import Pipeline, run
from comparer.plans.loading import load_plan
from comparer.refs.reference import load_reference
from tests.comparer.paths import BACKAN_TXT, HAIPHONG_TXT, HANOI_TXT


@pytest.fixture(scope="module")
def plans() -> list[Plan]:
    return [load_plan(p) for p in (HANOI_TXT, HAIPHONG_TXT, BACKAN_TXT)]


@pytest.fixture
def scored_texts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the matcher scores, through its public scoring call."""
    seen: list[str] = []
    original = Matcher.score

    def counting(self: Matcher, text: str) -> dict[str, TaskScore]:
        seen.append(text)
        return original(self, text)

    monkeypatch.setattr(Matcher, "score", counting)
    return seen


def test_a_threshold_change_does_not_score_again(plans: list[Plan], scored_texts: list[str]) -> None:
    reference = load_reference("kl91")
    pipeline = Pipeline()
    first = pipeline.compare(plans, reference, Options(threshold=DEFAULT_THRESHOLD))
    assert len(scored_texts) == sum(len(p.tasks) for p in plans)
    strict = pipeline.compare(plans, reference, Options(threshold=85))
    assert len(scored_texts) == sum(len(p.tasks) for p in plans)  # no task scored twice
    assert strict.options.threshold == 85
    # Selected at the new threshold: fewer matches, as a fresh comparison at 85 gives.
    assert sum(len(m) for m in strict.matches) < sum(len(m) for m in first.matches)
    assert strict == compare(plans, reference, Options(threshold=85))


def test_kept_scores_give_the_comparison_a_fresh_one_gives(plans: list[Plan]) -> None:
    reference = load_reference("kl91")
    pipeline = Pipeline()
    for thr in (40.0, DEFAULT_THRESHOLD, 70.0, DEFAULT_THRESHOLD):
        assert pipeline.compare(plans, reference, Options(threshold=thr)) == compare(
            plans, reference, Options(threshold=thr))


def test_only_new_plans_are_scored_and_a_new_reference_scores_again(
    plans: list[Plan], scored_texts: list[str]
) -> None:
    kl91 = load_reference("kl91")
    pipeline = Pipeline()
    pipeline.compare(plans[:2], kl91)
    before = len(scored_texts)
    pipeline.compare(plans, kl91)  # a third plan added
    assert len(scored_texts) - before == len(plans[2].tasks)
    assert pipeline.scored == 3
    pipeline.compare(plans, load_reference("nq71"))  # another reference: every plan again
    assert pipeline.scored == 6


def test_run_reads_every_file_and_reports_the_bad_one(tmp_path: Path) -> None:
    bad = tmp_path / "hỏng.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    entries = [(str(HAIPHONG_TXT), None), (str(bad), None), (str(BACKAN_TXT), None)]
    out = run(Pipeline(), entries, DEFAULT_REFERENCE, None, Options())
    assert isinstance(out.loaded[str(bad)], PlanLoadError)
    assert out.comparison is not None
    assert [p.name for p in out.comparison.plans] == [HAIPHONG_TXT.name, BACKAN_TXT.name]
    assert out.reference is not None and out.reference.id == "kl91"


def test_run_keeps_the_plans_when_the_reference_is_unknown() -> None:
    out = run(Pipeline(), [(str(BACKAN_TXT), None)], "no-such-reference", None, Options())
    assert out.comparison is None and out.reference_error is not None
    assert isinstance(out.loaded[str(BACKAN_TXT)], Plan)


def test_closest_passages_are_looked_up_once_and_equal_fresh_ones(
    plans: list[Plan], monkeypatch: pytest.MonkeyPatch
) -> None:
    from comparer.match import analysis

    looked_up: list[tuple[str, str]] = []
    original = analysis._candidates

    def counting(ranked: list[tuple[float, str]], texts: dict[str, str], plan: Plan, ref_text: str,
                 limit: int, lowered: list[str] | None = None) -> tuple[analysis.Candidate, ...]:
        looked_up.append((plan.name, ref_text))
        return original(ranked, texts, plan, ref_text, limit, lowered)

    monkeypatch.setattr(analysis, "_candidates", counting)
    reference = load_reference("kl91")
    pipeline = Pipeline()
    seen: set[tuple[str, str]] = set()
    for thr in (DEFAULT_THRESHOLD, 85.0, 40.0, DEFAULT_THRESHOLD, 85.0):
        kept = pipeline.compare(plans, reference, Options(threshold=thr))
        assert len(looked_up) == len(set(looked_up))  # never the same passage search twice
        seen.update(looked_up)
        fresh = compare(plans, reference, Options(threshold=thr))
        assert kept == fresh
        assert [g.candidates for g in kept.gaps] == [g.candidates for g in fresh.gaps]
        looked_up.clear()
        looked_up.extend(seen)  # a later run must not search these again
    assert any(g.candidates for g in kept.gaps)  # the cached passages are really shown
    # Another number of passages per cell: looked up anew, still as a fresh comparison gives.
    assert pipeline.compare(plans, reference, Options(max_candidates=1)) == compare(
        plans, reference, Options(max_candidates=1))


def test_a_threshold_change_reuses_the_matches_it_made(plans: list[Plan]) -> None:
    """The threshold only decides which matches are shown: going back shows the same match objects,
    and each is the one a fresh comparison makes."""
    reference = load_reference("kl91")
    pipeline = Pipeline()
    first = pipeline.compare(plans, reference, Options(threshold=50))
    pipeline.compare(plans, reference, Options(threshold=80))
    again = pipeline.compare(plans, reference, Options(threshold=50))
    assert again == compare(plans, reference, Options(threshold=50))
    pairs = [(a, b) for x, y in zip(first.matches, again.matches, strict=True) for a, b in zip(x, y, strict=True)]
    assert pairs and all(a is b for a, b in pairs)
