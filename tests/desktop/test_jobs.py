"""The job runner: results through signals, cancel, supersede, and no widget work in the worker."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from comparer.errors import Cancelled
from comparer.progress import CancelToken, ProgressFn
from desktop.jobs import DIALOG_DELAY_MS, JobRunner
from desktop.qtcompat import emit


def test_result_arrives_in_gui_thread(qtbot: QtBot) -> None:
    runner = JobRunner()
    seen: dict[str, object] = {}

    def work(progress: ProgressFn, cancel: CancelToken) -> str:
        seen["worker"] = threading.current_thread()
        progress(0.5)
        return "xong"

    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.submit(work, "t")
    assert blocker.args == ["xong", "t"]
    assert seen["worker"] is not threading.main_thread()
    assert not runner.is_busy()
    runner.shutdown()


def test_error_is_reported(qtbot: QtBot) -> None:
    runner = JobRunner()

    def work(progress: ProgressFn, cancel: CancelToken) -> None:
        raise ValueError("hỏng")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.submit(work, "t")
    assert isinstance(blocker.args[0], ValueError)
    runner.shutdown()


def _slow(result: str) -> object:
    def work(progress: ProgressFn, cancel: CancelToken) -> str:
        for i in range(200):
            cancel.check()
            progress(i / 200)
            time.sleep(0.005)
        return result

    return work


def test_new_job_supersedes_running_one(qtbot: QtBot) -> None:
    runner = JobRunner()
    results: list[str] = []
    cancelled: list[str] = []
    runner.finished.connect(lambda r, tag: results.append(tag))
    runner.cancelled.connect(cancelled.append)
    runner.submit(_slow("a"), "first")  # type: ignore[arg-type]
    runner.submit(_slow("b"), "second")  # type: ignore[arg-type]
    runner.submit(_slow("c"), "third")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10000)
    assert results == ["third"]
    assert sorted(cancelled) == ["first", "second"]
    assert runner._tags == {}  # nothing kept for jobs that never ran
    runner.shutdown()


def test_a_quick_job_never_shows_a_dialog(qtbot: QtBot) -> None:
    runner = JobRunner()

    def work(progress: ProgressFn, cancel: CancelToken) -> str:
        progress(0.5)
        return "xong"

    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.submit(work, "quick", "Đang so sánh…")
    qtbot.wait(DIALOG_DELAY_MS + 100)  # past the moment the dialog would have appeared
    assert runner._dialog is None
    runner.shutdown()


def test_cancel_and_progress_dialog(qtbot: QtBot) -> None:
    runner = JobRunner()
    progress: list[float] = []
    calls = [0]
    runner.progressChanged.connect(progress.append)

    def work(progress_fn: ProgressFn, cancel: CancelToken) -> None:
        while True:
            cancel.check()
            calls[0] += 1
            progress_fn(0.3)
            time.sleep(0.005)

    runner.submit(work, "long", "Đang so sánh…")
    qtbot.waitUntil(lambda: runner._dialog is not None, timeout=5000)
    assert runner._dialog is not None and runner._dialog.labelText() == "Đang so sánh…"
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        emit(runner._dialog.canceled)  # what the Cancel button does
    assert runner._dialog is None
    # Throttled: one signal per PROGRESS_INTERVAL_S at most, not one per call.
    assert 0 < len(progress) < calls[0] / 2
    runner.shutdown()


def test_cancelled_raised_directly_counts_as_cancel(qtbot: QtBot) -> None:
    runner = JobRunner()

    def work(progress: ProgressFn, cancel: CancelToken) -> None:
        raise Cancelled()

    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.submit(work, "x")
    runner.shutdown()
