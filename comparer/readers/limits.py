"""Bounds on reading one file: the user's cancel and a time budget, checked by every reader.

Readers take a ``CancelToken`` and poll it between units of work (lines, paragraphs, pages).
``read_document`` hands them a ``ReadGuard``: a token that is also set when the user cancels
and that, past the time budget, raises ``PlanLoadError("too_large")`` naming the file, so a
crafted or absurd file costs at most the budget, never the session.
"""

from __future__ import annotations

import time
from pathlib import Path

from comparer.errors import PlanLoadError
from comparer.progress import CancelToken

# Reading a real plan takes well under a second a page; a file that is still being read
# after this long is too large or crafted. OCR and converters have their own budgets.
DEFAULT_READ_SECONDS = 90.0


class ReadGuard(CancelToken):
    """A cancel token for one read: the caller's cancel, plus a deadline."""

    def __init__(self, path: Path, token: CancelToken | None, seconds: float = DEFAULT_READ_SECONDS) -> None:
        super().__init__()
        self.path = path
        self.token = token
        self.seconds = seconds
        self._deadline = time.monotonic() + seconds

    def cancel(self) -> None:
        """Stop this read (and nothing else)."""
        super().cancel()

    @property
    def cancelled(self) -> bool:
        """Whether the caller cancelled (the deadline is reported by ``check``)."""
        return super().cancelled or (self.token is not None and self.token.cancelled)

    def check(self) -> None:
        """Raise Cancelled when cancelled, PlanLoadError when the time budget is spent."""
        if self.token is not None:
            self.token.check()
        super().check()
        if time.monotonic() > self._deadline:
            raise PlanLoadError(
                self.path,
                "too_large",
                f"Reading the file took over {self.seconds:.0f} seconds, so it was stopped: "
                "it is too large or too complex to read.",
            )


def user_token(cancel: CancelToken | None) -> CancelToken | None:
    """The caller's own token behind a ReadGuard: for work with its own time budget (OCR)."""
    return cancel.token if isinstance(cancel, ReadGuard) else cancel
