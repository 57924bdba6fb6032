"""Reordering plans with a real mouse drag (Xvfb + xdotool; skipped where they are missing)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("xdotool")), reason="needs xvfb-run and xdotool")
def test_drag_first_plan_below_the_last() -> None:
    # Offscreen Qt cannot run a drag; under X the real QListWidget drop path runs (QDrag, dropEvent, moveRow).
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    out = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "tests.desktop.real_drag"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    order = "haiphong-kh298.docx backan-kl51.txt hanoi-kh285.html"
    assert lines.get("entries") == order, out.stdout + out.stderr
    assert lines.get("list") == order
    assert lines.get("compared") == order
