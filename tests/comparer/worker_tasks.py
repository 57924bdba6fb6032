"""Work for comparer.workers' tests: module-level functions, which a worker process imports by name."""

from __future__ import annotations

import os
import time
from pathlib import Path

from comparer import workers
from comparer.errors import Cancelled


def die_on_crash_files(path: str, context: workers.Context, generation: int) -> workers.Result:
    """Read as the engine does, but a file named ``*crash*`` ends its worker process at once."""
    if "crash" in Path(path).name:
        os._exit(3)
    return workers._read_and_score(path, context, generation)


def slow_until_cancelled(path: str, context: workers.Context, generation: int) -> workers.Result:
    """Poll the cancel token as a reader does, up to 60 s; next to ``path``, say it started and how it ended."""
    token = workers._Generation(generation)
    Path(path + ".started").write_text("", encoding="utf-8")
    marker = Path(path + ".ended")
    for _ in range(1200):
        try:
            token.check()
        except Cancelled:
            marker.write_text("cancelled", encoding="utf-8")
            raise
        time.sleep(0.05)
    marker.write_text("finished", encoding="utf-8")
    return workers._read_and_score(path, context, generation)
