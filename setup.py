"""Build hook: ship the top-level ``resources/`` folder inside the wheel as ``comparer/_resources``.

``resources/`` stays at the top of the repository (the project's layout), but an installed
package must carry its reference data and translations; ``comparer.resources`` looks there first.
All other metadata lives in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
KEEP = ("*.json", "*.qm", "*.tsv")


class BuildWithResources(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "comparer" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        for pattern in KEEP:
            for src in (HERE / "resources").rglob(pattern):
                dst = target / src.relative_to(HERE / "resources")
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)


setup(cmdclass={"build_py": BuildWithResources})
