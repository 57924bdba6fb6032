"""The one resource accessor: where the bundled data files (references, translations, glossary) live.

Three layouts, tried in order: a PyInstaller bundle (``sys._MEIPASS/resources``), an installed
wheel (``comparer/_resources``, copied there by ``setup.py``'s build step because ``resources/``
stays at the top of the repository), and a checkout or editable install (``resources/`` beside
the packages). Entry points call it; engine functions take paths.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding ``references/`` and ``translations/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = _PACKAGE / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def references_dir() -> Path:
    """Folder of the built-in reference frameworks (``kl91.json``, ``nq71.json``)."""
    return resources_dir() / "references"


def translations_dir() -> Path:
    """Folder holding ``plancompare_<lang>.qm`` (and the .ts sources)."""
    return resources_dir() / "translations"
