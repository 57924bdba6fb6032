"""The window's view of the one resource accessor (``comparer.resources``), for its entry points."""

from __future__ import annotations

from comparer.resources import resources_dir, translations_dir

__all__ = ["resources_dir", "translations_dir"]
