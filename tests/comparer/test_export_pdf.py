"""Both exports convert to PDF with LibreOffice (what an officer does before sending them on)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from comparer.export_docx import write_docx
from comparer.export_xlsx import write_xlsx
from tests.comparer import export_fixtures as fx

SOFFICE = shutil.which("soffice")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]


def _to_pdf(source: Path, tmp_path: Path) -> Path:
    assert SOFFICE is not None
    profile = (tmp_path / "lo-profile").as_uri()  # concurrent soffice runs need their own profile
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return tmp_path / f"{source.stem}.pdf"


def test_xlsx_converts_to_pdf(tmp_path: Path) -> None:
    source = tmp_path / "so-sanh.xlsx"
    write_xlsx(fx.three_plans(), source, created=datetime(2026, 11, 23, 9, 0))
    pdf = _to_pdf(source, tmp_path)
    assert pdf.exists() and pdf.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")


def test_docx_converts_to_pdf(tmp_path: Path) -> None:
    source = tmp_path / "bao-cao.docx"
    write_docx(fx.three_plans(), source, created=date(2026, 11, 23))
    pdf = _to_pdf(source, tmp_path)
    assert pdf.exists() and pdf.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")
