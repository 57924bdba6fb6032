"""The emit() work-around is used everywhere and keeps True's reference count intact."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from desktop.qtcompat import _Probe, emit

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_emit_keeps_true_alive() -> None:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(1000):
        emit(probe.ping)
    assert sys.getrefcount(True) >= before


def test_no_bare_emit_in_desktop() -> None:
    offenders = [
        f"{path.name}:{n}"
        for path in DESKTOP.rglob("*.py")
        if path.name != "qtcompat.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.emit\(", line)
    ]
    assert offenders == []
