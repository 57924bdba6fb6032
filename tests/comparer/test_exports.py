"""export_all and the CLI's --xlsx/--docx options."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from comparer.cli import main
from comparer.export.exports import export_all, labels_for
from comparer.export.registry import EXPORTERS, Exporter
from comparer.models import Comparison
from tests import comparisons as fx

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
    assert "III. RECOMMENDATIONS" in text


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
    note = docx.Document(str(word))
    assert "Nguyễn Văn An" in "\n".join(c.text for t in note.tables for r in t.rows for c in r.cells)
    # No --number, --issuer, --place: a draft, with no city assumed.
    assert "DỰ THẢO" in "\n".join(p.text for p in note.sections[0].first_page_header.paragraphs)
    assert "Hà Nội, ngày" not in note.tables[0].cell(0, 1).text


def test_cli_puts_every_nd30_field_in_its_place(tmp_path: Path) -> None:
    from comparer.cli import main

    word = tmp_path / "note.docx"
    code = main(["compare", str(SAMPLES / "hanoi-kh285.txt"), str(SAMPLES / "haiphong-kh298.txt"), "--docx", str(word),
                 "--parent-body", "UBND thành phố Hà Nội", "--issuer", "Sở Giáo dục và Đào tạo",
                 "--number", "125/BC-SGDĐT", "--place", "Hà Nội", "--date", "05/01/2027",
                 "--signer-title", "KT. GIÁM ĐỐC", "--signer", "Nguyễn Văn An",
                 "--recipient", "Thành ủy Hà Nội", "--recipient", "Lưu: VT, KHTC."])  # fmt: skip
    assert code == 0
    note = docx.Document(str(word))
    left, right = (c.text for c in note.tables[0].rows[0].cells)
    assert left.split("\n")[:2] == ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    assert "Số: 125/BC-SGDĐT" in left
    assert right.endswith("Hà Nội, ngày 05 tháng 01 năm 2027")
    closing = next(t for t in note.tables if t.cell(0, 0).text.startswith("Nơi nhận:"))
    assert closing.cell(0, 0).text.split("\n") == ["Nơi nhận:", "- Thành ủy Hà Nội;", "- Lưu: VT, KHTC."]
    assert closing.cell(0, 1).text.split("\n")[:2] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert "DỰ THẢO" not in "\n".join(p.text for p in note.sections[0].first_page_header.paragraphs)
    body = "\n".join(p.text for p in note.paragraphs)
    assert "(Kèm theo Báo cáo số 125/BC-SGDĐT ngày 05/01/2027 của Sở Giáo dục và Đào tạo)" in body


def test_cli_rejects_a_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from comparer.cli import main

    plan = str(SAMPLES / "hanoi-kh285.txt")
    code = main(["compare", plan, "--docx", str(tmp_path / "n.docx"), "--date", "32/13/2026"])
    assert code == 2
    assert "--date" in capsys.readouterr().err
    assert not (tmp_path / "n.docx").exists()


def write_plain(comparison: Comparison, path: str | Path, labels: object, **options: object) -> None:
    """A stand-in writer for an export added to the registry (the test below)."""
    Path(path).write_text("\n".join(p.name for p in comparison.plans), encoding="utf-8")


def test_an_export_added_to_the_registry_is_offered_by_the_cli_and_export_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    plain = Exporter("plain", ".txt", "Văn bản thuần", "Plain text", "Xuất văn bản &thuần", "Export &plain text",
                     "write the plan names", __name__, "write_plain", "Ctrl+Alt+P")
    monkeypatch.setitem(EXPORTERS, "plain", plain)
    out, xlsx = tmp_path / "tên.txt", tmp_path / "kq.xlsx"
    assert main(["compare", str(SAMPLES / "hanoi-kh285.txt"), "--plain", str(out), "--xlsx", str(xlsx)]) == 0
    assert out.read_text(encoding="utf-8").strip() and xlsx.stat().st_size > 1000
    assert export_all(fx.one_plan(), plain=tmp_path / "b.txt") == [tmp_path / "b.txt"]
    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    helped = capsys.readouterr().out
    assert all(f"--{kind}" in helped for kind in EXPORTERS)
    # The same file for two exports is refused, whichever they are.
    assert main(["compare", str(SAMPLES / "hanoi-kh285.txt"), "--plain", str(xlsx), "--xlsx", str(xlsx)]) == 2


def test_an_unknown_export_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pptx"):
        export_all(fx.one_plan(), {"pptx": tmp_path / "a.pptx"})
