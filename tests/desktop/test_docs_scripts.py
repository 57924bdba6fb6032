"""The helper scripts under docs/ still import: they follow the code they drive (screenshots for the README)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.parametrize("script", sorted(p.name for p in DOCS.glob("*.py")))
def test_docs_script_imports(script: str) -> None:
    spec = importlib.util.spec_from_file_location(f"docs_{script[:-3]}", DOCS / script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # imports only: the scripts run under `if __name__ == "__main__"`
    assert callable(getattr(module, "main", None))
