"""The one resource accessor: where translations and other data files live (entry points only)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: next to the packages in a checkout, or in a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder/one-file builds
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    """Folder holding ``plancompare_<lang>.qm`` (and the .ts sources)."""
    return resources_dir() / "translations"
