"""Both exports convert to PDF with LibreOffice (what an officer does before sending them on)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from comparer.export.export_docx import write_docx
from comparer.export.export_xlsx import write_xlsx
from tests import comparisons as fx

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


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")


def _body_pages(pages: list[str]) -> int:
    """Pages before Phụ lục I: the body, the signature included."""
    return next(i for i, page in enumerate(pages) if "Phụ lục I\n" in page or "Appendix I\n" in page)


NOTE_FIELDS: dict[str, object] = {
    "issuer": "Sở Giáo dục và Đào tạo", "parent_body": "UBND thành phố Hà Nội", "place": "Hà Nội",
    "signer": "Nguyễn Văn An", "signer_title": "KT. GIÁM ĐỐC", "doc_number": "125/BC-SGDĐT",
    "recipients": ["Thành ủy Hà Nội", "Lưu: VT, KHTC."],
}  # fmt: skip
TOOL_WORDING = ("--reference", "--", "Tự động", "độ tin cậy", "điểm 1", "điểm 2", "(điểm", "TỆP")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_sample_note_is_short_and_free_of_tool_wording(tmp_path: Path) -> None:
    from comparer.match.analysis import compare
    from comparer.plans.loading import load_plan
    from comparer.refs.reference import load_reference

    samples = Path(__file__).resolve().parents[2] / "samples"
    plans = [load_plan(samples / n) for n in ("hanoi-kh285.txt", "haiphong-kh298.docx", "backan-kl51.txt")]
    source = tmp_path / "mau.docx"
    write_docx(compare(plans, load_reference("kl91")), source, created=date(2026, 12, 6), **NOTE_FIELDS)  # type: ignore[arg-type]
    pages = _pages(_to_pdf(source, tmp_path))
    body = _body_pages(pages)
    assert 2 <= body <= 6, body  # issue 9: about six pages of body for three plans
    assert len(pages) <= 16
    text = "\n".join(pages)
    for word in TOOL_WORDING:
        assert word not in text, word
    assert "Ảnh:" not in text and "kh285.pdf" not in text
    assert "Nơi nhận:" in pages[body - 1]  # the signature closes the body


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_twenty_plan_note_body_stays_under_twelve_pages(tmp_path: Path) -> None:
    source = tmp_path / "hai-muoi.docx"
    write_docx(fx.many_plans(20), source, created=date(2026, 12, 6), **NOTE_FIELDS)  # type: ignore[arg-type]
    pages = _pages(_to_pdf(source, tmp_path))
    body = _body_pages(pages)
    assert body < 12, body
    text = "\n".join(pages)
    for word in TOOL_WORDING:
        assert word not in text, word
    # Phụ lục I splits the twenty plan columns over three landscape tables; Phụ lục II has each plan.
    assert text.count("Phụ lục I (tiếp theo)") == 2
    assert "II.20. Kế hoạch số 119/KH-UBND" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_workbook_coverage_formula_is_computed_by_a_spreadsheet(tmp_path: Path) -> None:
    # The coverage row is a formula over the status words, so that it follows an officer's edits;
    # LibreOffice must compute the same numbers the note and the CLI give (Hà Nội 81.25 %).
    source = tmp_path / "so-sanh.xlsx"
    write_xlsx(fx.three_plans(), source, created=datetime(2026, 11, 23, 9, 0))
    text = "\n".join(_pages(_to_pdf(source, tmp_path)))
    assert re.search(r"81[.,]3%", text) and re.search(r"37[.,]5%", text) and re.search(r"25[.,]0%", text)
    assert "Kết quả rà soát các kế hoạch thực hiện Kết luận 91" in text  # the print header
