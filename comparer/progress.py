"""Progress reporting and cooperative cancellation for long engine work (house style §4)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from comparer.errors import Cancelled

ProgressFn = Callable[[float], None]


class CancelToken:
    """A flag the GUI sets and the engine polls between units of work (thread-safe)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled if cancel() was called."""
        if self._event.is_set():
            raise Cancelled()


def check(cancel: CancelToken | None) -> None:
    """Raise Cancelled if ``cancel`` is set; no-op for None."""
    if cancel is not None:
        cancel.check()


def sub_progress(progress: ProgressFn | None, start: float, end: float) -> ProgressFn | None:
    """Map a stage's own 0–1 progress onto [start, end] of the caller's range.

    Stages of one job share one 0–1 range (Orange's ``wrap_callback``).
    """
    if progress is None:
        return None
    span = end - start

    def report(fraction: float) -> None:
        progress(start + span * min(1.0, max(0.0, fraction)))

    return report
