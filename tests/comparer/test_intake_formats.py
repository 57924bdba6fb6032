"""Office formats and scans: the Hải Phòng plan as .doc, .odt, .rtf, text PDF and scanned PDF.

The files are made here from the sample .docx with LibreOffice (docx → odt → doc keeps the
tables; docx → doc directly loses them, PLATFORM-NOTES) and by rendering the sample PDF's
pages to 300-dpi images, so no binary fixture is kept.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from comparer.errors import Cancelled, PlanLoadError
from comparer.plans.extract import extract_tasks
from comparer.progress import CancelToken
from comparer.readers import convert, read_document
from tests.comparer.intake_corpus import page_text, scanned_pdf, soffice_convert, task_texts, word_accuracy
from tests.comparer.paths import HAIPHONG_DOCX, HAIPHONG_PDF

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")


@pytest.fixture(scope="module")
def original() -> list[str]:
    return task_texts(HAIPHONG_DOCX)


@pytest.fixture(scope="module")
def office_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample as .odt, .doc and .rtf, under a Vietnamese name with spaces."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("office")
    source = folder / "Kế hoạch 298 Hải Phòng.docx"
    shutil.copy(HAIPHONG_DOCX, source)
    odt = soffice_convert(source, folder, "odt")
    doc = soffice_convert(odt, folder / "doc", "doc")
    rtf = soffice_convert(source, folder / "rtf", "rtf")
    return {"odt": odt, "doc": doc, "rtf": rtf}


def test_text_pdf_gives_the_same_tasks(original: list[str]) -> None:
    assert task_texts(HAIPHONG_PDF) == original


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["odt", "doc", "rtf"])
def test_office_formats_give_the_same_tasks(office_files: dict[str, Path], fmt: str, original: list[str]) -> None:
    started = time.perf_counter()
    doc = read_document(office_files[fmt])
    print(f"{fmt}: read through LibreOffice in {time.perf_counter() - started:.2f} s")
    assert doc.format == fmt
    assert any("LibreOffice" in w for w in doc.warnings)
    assert any(b.kind == "table_row" for b in doc.blocks)  # the annex table survived
    assert [t.text for t in extract_tasks(doc)] == original


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "name"), [("doc", "saved as.docx"), ("rtf", "saved as.doc"), ("odt", "no extension")])
def test_office_formats_under_the_wrong_name(
    office_files: dict[str, Path], tmp_path: Path, fmt: str, name: str, original: list[str]
) -> None:
    path = tmp_path / name
    shutil.copy(office_files[fmt], path)
    doc = read_document(path)
    assert doc.format == fmt
    assert task_texts(path) == original


@pytest.mark.slow
def test_doc_with_antiword_when_libreoffice_is_missing(
    office_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, original: list[str]
) -> None:
    if shutil.which("antiword") is None and shutil.which("catdoc") is None:
        pytest.skip("neither antiword nor catdoc is installed")
    monkeypatch.setattr(convert, "find_soffice", lambda: None)
    doc = read_document(office_files["doc"])
    assert doc.format == "doc"
    assert any("LibreOffice is not installed" in w for w in doc.warnings)
    # Plain text loses Word's numbering and table layout, never the words of the tasks.
    text = " ".join(b.text for b in doc.blocks)
    found = sum(1 for task in original if task.split(" | ")[0][:60] in text)
    assert found >= 0.95 * len(original)


def test_rtf_without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "find_tool", lambda name: None)
    path = tmp_path / "plan.rtf"
    path.write_bytes(b"{\\rtf1\\ansi Ke hoach}")
    with pytest.raises(PlanLoadError) as info:
        read_document(path)
    assert info.value.code == "converter_missing"
    assert "LibreOffice" in info.value.detail


@pytest.mark.slow
@needs_soffice
def test_conversion_can_be_cancelled(office_files: dict[str, Path]) -> None:
    # LibreOffice needs over half a second just to start with a fresh profile, so the token is
    # set mid-conversion: without polling, the conversion would finish and return a document.
    cancel = CancelToken()
    timer = threading.Timer(0.1, cancel.cancel)
    timer.start()
    try:
        with pytest.raises(Cancelled):
            read_document(office_files["odt"], cancel=cancel)
    finally:
        timer.cancel()


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Pages 1-2 of the sample PDF as a 300-dpi image-only PDF."""
    path = tmp_path_factory.mktemp("scan") / "Bản scan kế hoạch.pdf"
    path.write_bytes(scanned_pdf(HAIPHONG_PDF.read_bytes(), [0, 1]))
    return path


@pytest.mark.slow
@needs_tesseract
def test_scanned_pdf_is_read_by_ocr(scan: Path) -> None:
    progress: list[float] = []
    started = time.perf_counter()
    doc = read_document(scan, progress=progress.append)
    seconds = (time.perf_counter() - started) / 2
    assert doc.format == "pdf"
    assert "ocr" in doc.warnings
    assert progress == sorted(progress) and progress[-1] == 1.0
    recognised = "\n".join(b.text for b in doc.blocks if b.location.page == 1)
    accuracy = word_accuracy(page_text(HAIPHONG_PDF.read_bytes(), 0), recognised)
    print(f"OCR: {seconds:.1f} s/page, word accuracy on page 1 at 300 dpi {accuracy:.1%}")
    assert accuracy >= 0.97
    tasks = extract_tasks(doc)
    assert any(t.text.startswith("Tăng cường công tác tuyên truyền") for t in tasks)
    assert len(tasks) >= 8


@pytest.mark.slow
@needs_tesseract
def test_ocr_can_be_cancelled_between_pages(scan: Path) -> None:
    cancel = CancelToken()
    pages: list[float] = []

    def progress(fraction: float) -> None:
        pages.append(fraction)
        cancel.cancel()

    with pytest.raises(Cancelled):
        read_document(scan, progress=progress, cancel=cancel)
    assert pages[0] == 0.5  # pages run side by side: the second may finish in the same breath


def test_scan_without_tesseract_names_what_to_install(scan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("comparer.readers.ocr.find_tesseract", lambda: None)
    with pytest.raises(PlanLoadError) as info:
        read_document(scan)
    assert info.value.code == "no_text"
    assert "tesseract-ocr-vie" in info.value.detail


def test_scan_without_vietnamese_data_names_what_to_install(scan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("comparer.readers.ocr.find_tesseract", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr("comparer.readers.ocr.tesseract_languages", lambda exe: frozenset({"eng", "osd"}))
    with pytest.raises(PlanLoadError) as info:
        read_document(scan)
    assert info.value.code == "no_text"
    assert "Vietnamese" in info.value.detail


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample PDF with page 3 replaced by its 300-dpi scan (a scanned annex or signed page)."""
    import io

    import pypdfium2 as pdfium

    source = HAIPHONG_PDF.read_bytes()
    scan, text = pdfium.PdfDocument(scanned_pdf(source, [2])), pdfium.PdfDocument(source)
    out = pdfium.PdfDocument.new()
    try:
        out.import_pages(text, [0, 1])
        out.import_pages(scan, [0])
        out.import_pages(text, [3, 4, 5])
        buffer = io.BytesIO()
        out.save(buffer)
    finally:
        for document in (out, scan, text):
            document.close()
    path = tmp_path_factory.mktemp("mixed") / "mixed.pdf"
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.slow
@needs_tesseract
def test_scanned_page_inside_a_text_pdf_is_read_in_place(mixed: Path, original: list[str]) -> None:
    from rapidfuzz import fuzz

    doc = read_document(mixed)
    assert "ocr" in doc.warnings
    got = [t.text for t in extract_tasks(doc)]
    close = sum(1 for task in original if max(fuzz.ratio(task, g) for g in got) >= 95)
    print(f"scanned page 3 of 6: {close}/{len(original)} tasks found at ratio >= 95")
    assert close >= len(original) - 2


def test_scanned_page_without_tesseract_is_named(mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("comparer.readers.ocr.find_tesseract", lambda: None)
    doc = read_document(mixed)
    assert any(w.startswith("Page 3 has no text layer and was left out") for w in doc.warnings)
    assert "ocr" not in doc.warnings


@pytest.mark.slow
@needs_tesseract
def test_whole_scanned_plan_keeps_most_tasks(tmp_path: Path, original: list[str]) -> None:
    """All six pages scanned. The annex table comes back as text (OCR sees no table), so its
    rows are the tasks that go missing."""
    from rapidfuzz import fuzz

    path = tmp_path / "scan6.pdf"
    path.write_bytes(scanned_pdf(HAIPHONG_PDF.read_bytes(), list(range(6))))
    started = time.perf_counter()
    got = [t.text for t in extract_tasks(read_document(path))]
    seconds = time.perf_counter() - started
    close = sum(1 for task in original if max(fuzz.ratio(task, g) for g in got) >= 90)
    print(f"6-page scan: {seconds:.1f} s ({seconds / 6:.2f} s/page), {close}/{len(original)} tasks at ratio >= 90")
    assert close >= 0.85 * len(original)
