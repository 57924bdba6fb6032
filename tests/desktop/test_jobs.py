"""The job runner: results through signals, cancel, supersede, and no widget work in the worker.

Every signal about a job carries the result type the job declared when it was submitted."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

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
        runner.submit(work, str)
    assert blocker.args == ["xong", str]
    assert seen["worker"] is not threading.main_thread()
    assert not runner.is_busy()
    runner.shutdown()


def test_error_is_reported(qtbot: QtBot) -> None:
    runner = JobRunner()

    def work(progress: ProgressFn, cancel: CancelToken) -> None:
        raise ValueError("hỏng")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.submit(work, type(None))
    assert isinstance(blocker.args[0], ValueError) and blocker.args[1] is type(None)
    runner.shutdown()


T = TypeVar("T")


def _slow(result: T) -> Callable[[ProgressFn, CancelToken], T]:
    def work(progress: ProgressFn, cancel: CancelToken) -> T:
        for i in range(200):
            cancel.check()
            progress(i / 200)
            time.sleep(0.005)
        return result

    return work


def test_new_job_supersedes_running_one(qtbot: QtBot) -> None:
    runner = JobRunner()
    results: list[tuple[object, type]] = []
    cancelled: list[type] = []
    runner.finished.connect(lambda r, returns: results.append((r, returns)))
    runner.cancelled.connect(cancelled.append)
    runner.submit(_slow("a"), str)
    runner.submit(_slow(b"b"), bytes)
    runner.submit(_slow(3), int)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10000)
    assert results == [(3, int)]
    assert sorted(cancelled, key=lambda t: t.__name__) == [bytes, str]
    assert runner._pending is None and runner._current is None  # nothing kept for jobs that never ran
    runner.shutdown()


def test_a_quick_job_never_shows_a_dialog(qtbot: QtBot) -> None:
    runner = JobRunner()

    def work(progress: ProgressFn, cancel: CancelToken) -> str:
        progress(0.5)
        return "xong"

    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.submit(work, str, "Đang so sánh…")
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

    runner.submit(work, type(None), "Đang so sánh…")
    qtbot.waitUntil(lambda: runner._dialog is not None, timeout=5000)
    assert runner._dialog is not None and runner._dialog.labelText() == "Đang so sánh…"
    with qtbot.waitSignal(runner.cancelled, timeout=5000) as blocker:
        emit(runner._dialog.canceled)  # what the Cancel button does
    assert blocker.args == [type(None)]
    assert runner._dialog is None
    # Throttled: one signal per PROGRESS_INTERVAL_S at most, not one per call.
    assert 0 < len(progress) < calls[0] / 2
    runner.shutdown()


def test_cancelled_raised_directly_counts_as_cancel(qtbot: QtBot) -> None:
    runner = JobRunner()

    def work(progress: ProgressFn, cancel: CancelToken) -> None:
        raise Cancelled()

    with qtbot.waitSignal(runner.cancelled, timeout=5000) as blocker:
        runner.submit(work, type(None))
    assert blocker.args == [type(None)]
    runner.shutdown()


class _Report:
    """A job's declared result type, for the tests below."""


def test_a_result_of_another_type_than_declared_fails(qtbot: QtBot) -> None:
    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.submit(lambda progress, cancel: "không phải báo cáo", _Report)  # type: ignore[arg-type,return-value]
    assert isinstance(blocker.args[0], TypeError) and blocker.args[1] is _Report
    runner.shutdown()


def test_a_dropped_waiting_job_reports_its_own_type(qtbot: QtBot) -> None:
    # The user cancels while an analysis runs and an export waits: both say what they were.
    runner = JobRunner()
    cancelled: list[type] = []
    runner.cancelled.connect(cancelled.append)
    runner.submit(_slow("a"), str)
    runner.submit(_slow(_Report()), _Report)
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10000)
    assert cancelled == [_Report, str]
    runner.shutdown()
