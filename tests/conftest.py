"""Test-wide setup: Qt runs offscreen, and tests under tests/desktop are marked ``gui``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must happen before anything imports Qt: with no display and no platform, Qt aborts the run.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

_DESKTOP_TESTS = Path(__file__).parent / "desktop"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/desktop with ``gui`` so ``-m "not gui"`` is the engine suite."""
    for item in items:
        if _DESKTOP_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
