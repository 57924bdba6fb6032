"""Both exports of the real comparison of samples/*.txt with KL 91 ."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from comparer.analysis import compare
from comparer.export_docx import write_docx
from comparer.export_xlsx import write_xlsx
from comparer.glossary import plan_names
from comparer.loading import load_plan
from comparer.models import Comparison
from comparer.reference import load_reference

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def real() -> Comparison:
    paths = sorted(SAMPLES.glob("*.txt"))
    assert paths, "samples/*.txt are part of the repository"
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
    assert "III. KIẾN NGHỊ, ĐỀ XUẤT" in text
    assert real.reference.name in text
    # Photo captions and link lines of the web-page samples are never quoted as the plan's words.
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert not any("Ảnh:" in c or "kh285.pdf" in c for c in cells)
    gap_tables = [t for t in doc.tables if len(t.columns) == 5 and t.cell(0, 2).text == "Vị trí đề xuất bổ sung"]
    assert len(gap_tables) == len(real.plans)


def test_real_sources_sheet_speaks_one_language(real: Comparison, tmp_path: Path) -> None:
    import re

    from comparer.labels import ExportLabels

    path = tmp_path / "vi.xlsx"
    write_xlsx(real, path, created=datetime(2026, 11, 23, 9, 0))
    values = [v for row in load_workbook(path)["Nguồn"].iter_rows(values_only=True) for v in row if isinstance(v, str)]
    english = {"the", "and", "of", "as", "reported", "summary", "task", "load", "official", "text"}
    for value in values:
        if not value.startswith("http"):
            assert not set(re.findall(r"[A-Za-z]+", value.lower())) & english, value
    assert not any("--reference" in v for v in values)  # command-line advice is not for officers
    path = tmp_path / "en.xlsx"
    write_xlsx(real, path, ExportLabels.english(), created=datetime(2026, 11, 23, 9, 0))
    facts = {r[1]: r[2] for r in load_workbook(path)["Sources"].iter_rows(values_only=True) if r[1]}
    assert facts["Provenance"].startswith("Outline compiled from restatements")
