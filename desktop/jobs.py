"""The one job runner: engine work in a worker thread, results back through queued signals."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from comparer.errors import Cancelled
from comparer.progress import CancelToken, ProgressFn
from desktop.qtcompat import emit

R = TypeVar("R")
JobFn = Callable[[ProgressFn, CancelToken], R]

DIALOG_DELAY_MS = 500  # Quick jobs (a threshold re-run) should not flash a dialog.
PROGRESS_INTERVAL_S = 0.05  # At most ~20 progress signals a second, whatever the engine reports.


class _Signals(QObject):
    """Lives in the GUI thread; the worker emits, so connections are queued."""

    done = Signal(int, object)
    error = Signal(int, object)
    cancelled = Signal(int)
    progress = Signal(int, float)


class _Worker(QRunnable):
    """Runs one engine function; touches no widget, only emits signals."""

    def __init__(self, job_id: int, fn: JobFn[object], token: CancelToken, signals: _Signals) -> None:
        super().__init__()
        self._id = job_id
        self._fn = fn
        self._token = token
        self._signals = signals
        self._last = 0.0

    def _progress(self, fraction: float) -> None:
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            emit(self._signals.progress, self._id, float(fraction))

    def run(self) -> None:
        try:
            self._token.check()
            result = self._fn(self._progress, self._token)
        except Cancelled:
            emit(self._signals.cancelled, self._id)
        except Exception as exc:  # noqa: BLE001 — every failure must reach the GUI, never kill the thread
            emit(self._signals.error, self._id, exc)
        else:
            emit(self._signals.done, self._id, result)


@dataclass
class _Job:
    id: int
    fn: JobFn[object]
    returns: type
    label: str
    token: CancelToken


class JobRunner(QObject):
    """Runs one job at a time; a new submission cancels the running one and waits its turn.

    Each job declares the type of its result (``AnalysisOutput``, ``ExportDone``) when it is
    submitted, and every signal about the job carries that type: the window routes results,
    failures and cancellations by it, never by a name. A job whose result is not of its
    declared type fails with ``TypeError``. Results of a cancelled or superseded job are dropped
    (Orange's ``ConcurrentMixin`` does the same).
    """

    finished = Signal(object, object)  # result, its declared type
    failed = Signal(object, object)  # exception, the declared result type of the job that failed
    cancelled = Signal(object)  # the declared result type of the job that was cancelled
    progressChanged = Signal(float)
    busyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, dialog_parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.error.connect(self._on_error)
        self._signals.cancelled.connect(self._on_cancelled)
        self._signals.progress.connect(self._on_progress)
        self._next_id = 0
        self._current: _Job | None = None
        self._pending: _Job | None = None
        self._dialog_parent = dialog_parent
        self._dialog: QProgressDialog | None = None
        self._dialog_timer = QTimer(self)
        self._dialog_timer.setSingleShot(True)
        self._dialog_timer.setInterval(DIALOG_DELAY_MS)
        self._dialog_timer.timeout.connect(self._show_dialog)
        self._progress = 0.0

    def is_busy(self) -> bool:
        """Whether a job is running or waiting."""
        return self._current is not None or self._pending is not None

    def submit(self, fn: JobFn[R], returns: type[R], label: str = "") -> int:
        """Run ``fn(progress, cancel)`` in the worker; a running job is cancelled first.

        ``returns`` is the type of ``fn``'s result: the signals about this job carry it.
        Returns the job id. Only the latest submission's result is delivered.
        """
        self._next_id += 1
        job = _Job(self._next_id, fn, returns, label, CancelToken())
        if self._current is not None:
            self._current.token.cancel()
            if self._pending is not None:
                emit(self.cancelled, self._pending.returns)
            self._pending = job
        else:
            self._start(job)
        return job.id

    def set_label(self, label: str) -> None:
        """Change what the running job's progress dialog says (e.g. which file is being read)."""
        if self._current is not None:
            self._current.label = label
        if self._dialog is not None and self._dialog.labelText() != label:
            self._dialog.setLabelText(label)

    def cancel(self) -> None:
        """Ask the running job to stop and drop the waiting one."""
        if self._pending is not None:
            dropped, self._pending = self._pending, None
            emit(self.cancelled, dropped.returns)
        if self._current is not None:
            self._current.token.cancel()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Cancel everything and wait for the worker thread (on close; never ``terminate()``)."""
        self._pending = None
        if self._current is not None:
            self._current.token.cancel()
        self._dialog_timer.stop()
        self._close_dialog()
        return self._pool.waitForDone(timeout_ms)

    # -- internals -------------------------------------------------------------------------
    def _start(self, job: _Job) -> None:
        self._current = job
        self._progress = 0.0
        emit(self.busyChanged, True)
        self._dialog_timer.start()
        self._pool.start(_Worker(job.id, job.fn, job.token, self._signals))

    def _finish(self, job_id: int) -> _Job | None:
        """Bookkeeping after the running job ends; returns it (None for any other job: only
        the running job ever reports, a waiting one is dropped without starting)."""
        current = self._current
        if current is None or current.id != job_id:
            return None
        self._current = None
        self._dialog_timer.stop()
        self._close_dialog()
        if self._pending is not None:
            job, self._pending = self._pending, None
            self._start(job)
        else:
            emit(self.busyChanged, False)
        return current

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        job = self._finish(job_id)
        if job is None:
            return
        if job.token.cancelled:
            emit(self.cancelled, job.returns)
        elif isinstance(result, job.returns):
            emit(self.finished, result, job.returns)
        else:
            error = TypeError(f"the job returned {type(result).__name__}, not {job.returns.__name__}")
            emit(self.failed, error, job.returns)

    @Slot(int, object)
    def _on_error(self, job_id: int, exc: object) -> None:
        job = self._finish(job_id)
        if job is None:
            return
        if job.token.cancelled:
            emit(self.cancelled, job.returns)
        else:
            emit(self.failed, exc, job.returns)

    @Slot(int)
    def _on_cancelled(self, job_id: int) -> None:
        job = self._finish(job_id)
        if job is not None:
            emit(self.cancelled, job.returns)

    @Slot(int, float)
    def _on_progress(self, job_id: int, fraction: float) -> None:
        if self._current is None or self._current.id != job_id:
            return
        self._progress = fraction
        emit(self.progressChanged, fraction)
        if self._dialog is not None:
            self._dialog.setValue(int(fraction * 1000))

    @Slot()
    def _show_dialog(self) -> None:
        if self._current is None:
            return
        dialog = QProgressDialog(self._current.label or self.tr("Đang xử lý…"), self.tr("Hủy"), 0, 1000,
                                 self._dialog_parent)
        dialog.setWindowTitle(self.tr("Đang xử lý"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(int(self._progress * 1000))
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._dialog = dialog

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            dialog, self._dialog = self._dialog, None
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
