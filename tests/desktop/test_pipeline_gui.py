"""The window goes through the engine pipeline: a threshold change re-selects, it does not re-score."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from comparer.analysis import compare
from comparer.matching import Matcher, TaskScore
from comparer.models import Options
from desktop.settings import Settings
from tests.desktop.conftest import SAMPLES, make_window


def test_threshold_change_in_the_window_does_not_score_again(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    scored: list[str] = []
    original = Matcher.score

    def counting(self: Matcher, text: str) -> dict[str, TaskScore]:
        scored.append(text)
        return original(self, text)

    monkeypatch.setattr(Matcher, "score", counting)
    window = make_window(qtbot, settings)  # the real engine
    with qtbot.waitSignal(window.analysisDone, timeout=30000):
        window.add_plans(sorted(str(p) for p in SAMPLES.glob("*.txt")))
    comparison = window.session.computed
    assert comparison is not None
    n_tasks = sum(len(p.tasks) for p in comparison.plans)
    assert len(scored) == n_tasks
    with qtbot.waitSignal(window.analysisDone, timeout=30000):
        window.set_threshold(80.0)
    assert len(scored) == n_tasks  # selected again at 80, not scored again
    shown = window.session.computed
    assert shown is not None and shown.options.threshold == 80.0
    monkeypatch.setattr(Matcher, "score", original)
    assert shown == compare(shown.plans, shown.reference, Options(threshold=80.0))  # what a fresh run gives
    window.runner.shutdown()
