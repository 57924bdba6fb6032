"""Fail when the engine imports Qt or the GUI: imports point one way, desktop → comparer."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "desktop")


def violations(root: Path) -> list[str]:
    """``file:line module`` for every forbidden import under ``root``."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN:
                    found.append(f"{path}:{node.lineno} imports {name}")
    return found


if __name__ == "__main__":
    bad = violations(Path(__file__).resolve().parents[1] / "comparer")
    for line in bad:
        print(line)
    print("comparer imports no Qt and no desktop code" if not bad else f"{len(bad)} forbidden import(s)")
    sys.exit(1 if bad else 0)
