"""The one job runner: engine work in a worker thread, results back through queued signals."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from comparer.errors import Cancelled
from comparer.progress import CancelToken, ProgressFn
from desktop.qtcompat import emit

JobFn = Callable[[ProgressFn, CancelToken], object]

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

    def __init__(self, job_id: int, fn: JobFn, token: CancelToken, signals: _Signals) -> None:
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
    fn: JobFn
    label: str
    token: CancelToken


class JobRunner(QObject):
    """Runs one job at a time; a new submission cancels the running one and waits its turn.

    Each job returns a result of its own type (``AnalysisOutput``, ``ExportDone``), and the
    window routes results by that type; the tag only says which job a cancellation stopped.
    Results of a cancelled or superseded job are dropped (Orange's ``ConcurrentMixin`` does the same).
    """

    finished = Signal(object, str)  # result, tag
    failed = Signal(object, str)  # exception, tag
    cancelled = Signal(str)  # tag
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
        self._tags: dict[int, str] = {}
        self._pending: tuple[_Job, str] | None = None
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

    def submit(self, fn: JobFn, tag: str, label: str = "") -> int:
        """Run ``fn(progress, cancel)`` in the worker; a running job is cancelled first.

        Returns the job id. Only the latest submission's result is delivered.
        """
        self._next_id += 1
        job = _Job(self._next_id, fn, label, CancelToken())
        self._tags[job.id] = tag
        if self._current is not None:
            self._current.token.cancel()
            if self._pending is not None:
                dropped, dropped_tag = self._pending
                self._tags.pop(dropped.id, None)
                emit(self.cancelled, dropped_tag)
            self._pending = (job, tag)
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
            dropped, tag = self._pending
            self._pending = None
            self._tags.pop(dropped.id, None)
            emit(self.cancelled, tag)
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

    def _finish(self, job_id: int) -> tuple[bool, str]:
        """Bookkeeping after a job ends; returns (deliver result?, tag)."""
        tag = self._tags.pop(job_id, "")
        current = self._current
        deliver = current is not None and current.id == job_id and not current.token.cancelled
        if current is not None and current.id == job_id:
            self._current = None
            self._dialog_timer.stop()
            self._close_dialog()
            if self._pending is not None:
                job, _ = self._pending
                self._pending = None
                self._start(job)
            else:
                emit(self.busyChanged, False)
        return deliver, tag

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        deliver, tag = self._finish(job_id)
        if deliver:
            emit(self.finished, result, tag)
        else:
            emit(self.cancelled, tag)

    @Slot(int, object)
    def _on_error(self, job_id: int, exc: object) -> None:
        deliver, tag = self._finish(job_id)
        if deliver:
            emit(self.failed, exc, tag)
        else:
            emit(self.cancelled, tag)

    @Slot(int)
    def _on_cancelled(self, job_id: int) -> None:
        _, tag = self._finish(job_id)
        emit(self.cancelled, tag)

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
