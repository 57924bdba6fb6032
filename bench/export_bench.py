"""Benchmark: time to export a 3-plan and a 34-plan comparison to Excel and Word (prints figures)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]  # the hand-built comparisons live with the tests (tests/comparisons.py)

from comparer.export.export_docx import write_docx  # noqa: E402
from comparer.export.export_xlsx import write_xlsx  # noqa: E402
from comparer.models import Comparison  # noqa: E402
from tests import comparisons as export_fixtures  # noqa: E402

RUNS = 5


def _median_seconds(action: Callable[[], None], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _bench(name: str, comparison: Comparison, folder: Path) -> None:
    xlsx, docx_path = folder / f"{name}.xlsx", folder / f"{name}.docx"
    t_xlsx = _median_seconds(lambda: write_xlsx(comparison, xlsx, created=datetime(2026, 11, 23)))
    t_docx = _median_seconds(lambda: write_docx(comparison, docx_path, created=date(2026, 11, 23)))
    matches = sum(len(m) for m in comparison.matches)
    print(
        f"{name:>10}: {len(comparison.plans):>2} plans, {matches:>4} matches, {len(comparison.gaps):>4} gaps | "
        f"xlsx {t_xlsx * 1000:7.0f} ms ({xlsx.stat().st_size // 1024} KiB) | "
        f"docx {t_docx * 1000:7.0f} ms ({docx_path.stat().st_size // 1024} KiB)"
    )


def main() -> None:
    """Print median export times (of 5 runs) for the realistic and the synthetic comparison."""
    print(f"load average: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _bench("3 plans", export_fixtures.three_plans(), folder)
        _bench("34 plans", export_fixtures.many_plans(34, tasks=200, per_point=4), folder)
    print(f"load average: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
