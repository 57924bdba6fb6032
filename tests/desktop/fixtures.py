"""The window tests' comparison, from the one shared builder (tests/comparisons.py)."""

from __future__ import annotations

from tests.comparisons import window_comparison as build_comparison
from tests.comparisons import window_reference as build_reference

__all__ = ["build_comparison", "build_reference"]
