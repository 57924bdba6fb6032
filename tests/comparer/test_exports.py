"""export_all and the CLI's --xlsx/--docx options."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from comparer.cli import main
from comparer.exports import export_all, labels_for
from tests.comparer import export_fixtures as fx

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_export_all_writes_both_in_english(tmp_path: Path) -> None:
    xlsx, word = tmp_path / "a.xlsx", tmp_path / "a.docx"
    written = export_all(fx.three_plans(), xlsx=xlsx, docx=word, lang="en", place="Hanoi", signer="Nguyen Van An",
                         created=datetime(2026, 11, 23, 8, 0))  # fmt: skip
    assert written == [xlsx, word]
    assert load_workbook(xlsx).sheetnames[0] == "Summary"
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Hanoi, November 23, 2026" in "\n".join(
        c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells
    )
    assert "6. Recommendations" in text


def test_export_all_only_what_is_asked(tmp_path: Path) -> None:
    assert export_all(fx.one_plan(), docx=tmp_path / "b.docx") == [tmp_path / "b.docx"]
    assert [p.name for p in tmp_path.iterdir()] == ["b.docx"]


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="fr"):
        labels_for("fr")


def test_cli_compare_writes_exports(tmp_path: Path) -> None:
    plans = sorted(SAMPLES.glob("*.txt"))
    assert plans, "samples/*.txt are part of the repository"
    xlsx, word = tmp_path / "kq.xlsx", tmp_path / "bc.docx"
    code = main(["compare", *map(str, plans), "--xlsx", str(xlsx), "--docx", str(word), "--signer", "Nguyễn Văn An"])
    assert code == 0
    assert load_workbook(xlsx).sheetnames[0] == "Tổng hợp"
    assert "Nguyễn Văn An" in "\n".join(
        c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells
    )
