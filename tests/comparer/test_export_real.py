"""Both exports of the real comparison of samples/*.txt with KL 91 (skipped until the engine exists)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from comparer.export_docx import write_docx
from comparer.export_xlsx import write_xlsx
from comparer.glossary import plan_names
from comparer.models import Comparison

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def real() -> Comparison:
    try:
        from comparer.analysis import compare
        from comparer.loading import load_plan
        from comparer.reference import load_reference
    except ImportError as exc:  # the engine modules are written in parallel
        pytest.skip(f"engine not ready: {exc}")
    paths = sorted(SAMPLES.glob("*.txt"))
    if not paths:
        pytest.skip("no samples/*.txt")
    plans = [load_plan(p) for p in paths]
    return compare(plans, load_reference("kl91"))


def test_real_comparison_exports_to_excel(real: Comparison, tmp_path: Path) -> None:
    path = tmp_path / "mau.xlsx"
    write_xlsx(real, path, created=datetime(2026, 11, 23, 9, 0))
    book = load_workbook(path)
    summary = book["Tổng hợp"]
    assert [summary.cell(row=1, column=3 + i).value for i in range(len(real.plans))] == plan_names(real.plans)
    task_ids = [summary.cell(row=r, column=1).value for r in range(2, summary.max_row + 1)]
    assert all(t.id in task_ids for t in real.reference.tasks)
    assert book["Khoảng trống"].max_row == len(real.gaps) + 1
    assert book["Chi tiết"].max_row == sum(len(m) for m in real.matches) + 1
    assert len(summary._charts) == 1


def test_real_comparison_exports_to_word(real: Comparison, tmp_path: Path) -> None:
    path = tmp_path / "mau.docx"
    write_docx(real, path, created=date(2026, 11, 23))
    doc = docx.Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "6. Kiến nghị" in text
    assert real.reference.name in text
    appendix = doc.tables[-1]
    assert len(appendix.rows) - 1 == sum(len(m) for m in real.matches)
