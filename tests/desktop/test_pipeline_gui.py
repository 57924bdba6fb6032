"""The window goes through the engine pipeline: a threshold change re-selects, it does not re-score."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from comparer.match.analysis import compare
from comparer.match.matching import Matcher, TaskScore
from comparer.models import Options
from desktop.settings import Settings
from desktop.window.main_window import MainWindow
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


def test_views_are_refreshed_one_per_turn_and_all_show_the_result_at_analysis_done(
    qtbot: QtBot, loaded: MainWindow
) -> None:
    from PySide6.QtCore import QTimer

    tabs = (loaded.gaps_tab, loaded.overlaps_tab, loaded.similar_tab, loaded.emphases_tab)
    seen: list[int] = []  # how many views showed the new result at each turn of the event loop
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: seen.append(sum(t.comparison() is loaded.session.comparison for t in tabs)))
    with qtbot.waitSignal(loaded.analysisDone, timeout=10000):
        loaded.set_threshold(65.0)
        timer.start()
    timer.stop()
    comparison = loaded.session.comparison
    assert comparison is not None and comparison.options.threshold == 65.0
    assert loaded.coverage_model.comparison() is comparison
    assert all(t.comparison() is comparison for t in tabs)
    assert any(0 < n < len(tabs) for n in seen)  # the event loop ran between two views


def test_many_plans_are_read_in_worker_processes_with_the_same_result(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from comparer import workers
    from comparer.match.analysis import compare as compare_here
    from comparer.plans.loading import load_plan

    monkeypatch.setenv(workers.ENV_WORKERS, "2")
    pooled: list[int] = []
    original = workers.read_and_score

    def spy(paths: list[str], *args: object, **kwargs: object) -> object:
        pooled.append(len(paths))
        return original(paths, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workers, "read_and_score", spy)
    broken = tmp_path / "hỏng.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    files = [SAMPLES / n for n in ("hanoi-kh285.txt", "haiphong-kh298.docx", "backan-kl51.txt",
                                   "hanoi-kh285.html")]
    window = make_window(qtbot, settings)  # the real engine
    with qtbot.waitSignal(window.analysisDone, timeout=60000):
        window.add_plans([*map(str, files), str(broken)])
    assert pooled == [5]
    errors = {Path(e.path).name: e.error.code for e in window.session.entries if e.error is not None}
    assert errors == {"hỏng.docx": "corrupt"}
    shown = window.session.computed
    assert shown is not None and [p.path for p in shown.plans] == [str(f) for f in files]
    here = compare_here([load_plan(f) for f in files], shown.reference, shown.options)
    assert shown.coverage == here.coverage and shown.matches == here.matches and shown.gaps == here.gaps
    window.runner.shutdown()
