"""Broken input: every bad file fails with a PlanLoadError whose code says why, in one sentence."""

from __future__ import annotations

import io
import random
import shutil
import zipfile
from pathlib import Path

import pytest

from comparer.errors import PlanLoadError
from comparer.plans.loading import load_plan
from comparer.readers import DEFAULT_MAX_BYTES, read_document
from tests.comparer.intake_corpus import soffice_convert
from tests.comparer.paths import HAIPHONG_DOCX, HAIPHONG_PDF

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
JPEG = b"\xff\xd8\xff\xe0" + bytes(64)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUFFIXES = [".txt", ".docx", ".pdf", ".html", ".doc", ".odt", ".rtf"]


def failure(path: Path) -> PlanLoadError:
    with pytest.raises(PlanLoadError) as info:
        read_document(path)
    err = info.value
    assert err.path == path
    assert err.detail.endswith(".") and "\n" not in err.detail  # one sentence for the message box
    return err


def flip(data: bytes, count: int, seed: int = 1) -> bytes:
    """Overwrite ``count`` random bytes after the first quarter (headers stay recognisable)."""
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(len(out) // 4, len(out))] = rng.randrange(256)
    return bytes(out)


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("content", [b"", b"   \r\n\t ", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_files(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"trống{suffix}"
    path.write_bytes(content)
    assert failure(path).code == "empty"


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_binary_garbage_under_each_name(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"rác{suffix}"
    path.write_bytes(random.Random(3).randbytes(8192))
    assert failure(path).code in {"unsupported", "corrupt"}


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize(("image", "name"), [(PNG, "PNG"), (JPEG, "JPEG")])
def test_images_under_a_plans_name(tmp_path: Path, suffix: str, image: bytes, name: str) -> None:
    path = tmp_path / f"ảnh chụp{suffix}"
    path.write_bytes(image)
    err = failure(path)
    assert err.code == "unsupported"
    assert name in err.detail and "PDF" in err.detail


def test_truncated_and_damaged_docx(tmp_path: Path) -> None:
    data = HAIPHONG_DOCX.read_bytes()
    for name, damaged in (("cut.docx", data[: len(data) // 2]), ("flipped.docx", flip(data, 200))):
        path = tmp_path / name
        path.write_bytes(damaged)
        assert failure(path).code == "corrupt"


def test_truncated_pdf(tmp_path: Path) -> None:
    data = HAIPHONG_PDF.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) * 2 // 3])
    err = failure(path)
    assert err.code == "corrupt"
    assert "truncated" in err.detail


def test_pdf_with_a_damaged_body(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    data = HAIPHONG_PDF.read_bytes()
    path.write_bytes(data[:1024] + b"\x00" * (len(data) - 2048) + data[-1024:])
    assert failure(path).code in {"corrupt", "no_text"}


def test_encrypted_docx(tmp_path: Path) -> None:
    # Word keeps a password-protected .docx in an OLE file with an EncryptedPackage stream.
    path = tmp_path / "mật.docx"
    path.write_bytes(OLE + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(1024))
    err = failure(path)
    assert err.code == "encrypted"
    assert "password" in err.detail


def test_encrypted_odt(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", b"\x8f\x01 encrypted bytes")
        zf.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml">'
            '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>',
        )
    path = tmp_path / "mật.odt"
    path.write_bytes(buffer.getvalue())
    assert failure(path).code == "encrypted"


def test_default_size_limit_is_50_mb(tmp_path: Path) -> None:
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: nothing is written, nothing is read
        fh.truncate(DEFAULT_MAX_BYTES + 1)
    err = failure(path)
    assert err.code == "too_large"
    assert "50 MB" in err.detail


def test_zip_bomb_disguised_as_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<w:document>" + b"\x20" * (300 * 1024 * 1024))
    path = tmp_path / "bom.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 1024 * 1024
    err = failure(path)
    assert err.code == "too_large"
    assert "zip bomb" in err.detail


def test_zip_bomb_disguised_as_odt(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        zf.writestr("content.xml", b"<office:document-content>" + b"\x20" * (300 * 1024 * 1024))
    path = tmp_path / "bom.odt"
    path.write_bytes(buffer.getvalue())
    err = failure(path)  # refused before LibreOffice would unpack it
    assert err.code == "too_large"
    assert "zip bomb" in err.detail


def test_file_deleted_after_it_was_chosen(tmp_path: Path) -> None:
    path = tmp_path / "Kế hoạch đã xoá.docx"
    shutil.copy(HAIPHONG_DOCX, path)
    path.unlink()  # the officer chose it, then it was moved away before loading
    assert failure(path).code == "not_found"
    with pytest.raises(PlanLoadError):
        load_plan(path)


def test_file_made_unreadable_after_it_was_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "khoá.docx"
    shutil.copy(HAIPHONG_DOCX, path)

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)  # root ignores chmod, so deny at the call
    assert failure(path).code == "unreadable"


def test_a_plan_without_tasks_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "thư mời.txt"
    path.write_text("Trân trọng kính mời.\n", encoding="utf-8")
    assert "no_tasks" in load_plan(path).warnings


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_damaged_office_files(tmp_path: Path) -> None:
    source = tmp_path / "plan.docx"
    shutil.copy(HAIPHONG_DOCX, source)
    odt = soffice_convert(source, tmp_path, "odt")
    doc = soffice_convert(odt, tmp_path / "doc", "doc")
    rtf = soffice_convert(source, tmp_path / "rtf", "rtf")
    cases = {
        "cut.doc": doc.read_bytes()[: doc.stat().st_size // 3],
        "flipped.doc": flip(doc.read_bytes(), 2000),
        "cut.odt": odt.read_bytes()[: odt.stat().st_size // 2],
        "cut.rtf": rtf.read_bytes()[:300],
        "no-stream.doc": OLE + "WordDocument".encode("utf-16-le") + bytes(2048),
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert failure(path).code in {"corrupt", "convert_failed", "empty"}, name


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_password_protected_doc(tmp_path: Path) -> None:
    """Word 97 sets fEncrypted in the FIB at the start of the WordDocument stream (MS-DOC 2.5.2)."""
    source = tmp_path / "plan.docx"
    shutil.copy(HAIPHONG_DOCX, source)
    doc = soffice_convert(soffice_convert(source, tmp_path, "odt"), tmp_path / "doc", "doc")
    data = bytearray(doc.read_bytes())
    entry = data.find("WordDocument".encode("utf-16-le"))
    sector = 1 << int.from_bytes(data[0x1E:0x20], "little")
    fib = (int.from_bytes(data[entry + 0x74 : entry + 0x78], "little") + 1) * sector
    assert data[fib : fib + 2] == b"\xec\xa5"  # wIdent: this is the FIB
    data[fib + 0x0B] |= 0x01  # fEncrypted is bit 8 of the flags word at 0x0A
    path = tmp_path / "mật khẩu.doc"
    path.write_bytes(bytes(data))
    err = failure(path)
    assert err.code == "encrypted"
    assert "password" in err.detail


def _mht(page: str, charset: str) -> bytes:
    """A single-file web page as Word and browsers save it: multipart/related, quoted-printable HTML."""
    import quopri

    from tests.comparer.intake_corpus import windows_1258

    body = windows_1258(page) if charset == "windows-1258" else page.encode("utf-8")
    return (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
        b"------=_NextPart_01\r\nContent-Location: file:///C:/plan.htm\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n"
        b'Content-Type: text/html; charset="'
        + charset.encode()
        + b'"\r\n\r\n'
        + quopri.encodestring(body)
        + b"\r\n------=_NextPart_01--\r\n"
    )


@pytest.mark.parametrize("charset", ["utf-8", "windows-1258"])
@pytest.mark.parametrize("name", ["trang.mht", "saved as.doc"])
def test_single_file_web_page(tmp_path: Path, charset: str, name: str) -> None:
    from tests.comparer.paths import HANOI_HTML

    path = tmp_path / name
    path.write_bytes(_mht(HANOI_HTML.read_text(encoding="utf-8"), charset))
    doc = read_document(path)
    assert doc.format == "mht"
    assert [b.text for b in doc.blocks] == [b.text for b in read_document(HANOI_HTML).blocks]


def test_web_archive_without_a_page(tmp_path: Path) -> None:
    path = tmp_path / "empty.mht"
    path.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n\r\n--x--\r\n")
    assert failure(path).code == "corrupt"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_giant_blank_page_is_rendered_within_bounds(tmp_path: Path) -> None:
    """A 200-inch page at 300 dpi would be a 3.7-gigapixel bitmap; OCR renders it smaller."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(14400, 14400).close()
    buffer = io.BytesIO()
    pdf.save(buffer)
    pdf.close()
    path = tmp_path / "giant.pdf"
    path.write_bytes(buffer.getvalue())
    assert failure(path).code == "no_text"


def test_scan_with_too_many_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    monkeypatch.setattr("comparer.readers.ocr.find_tesseract", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr("comparer.readers.ocr.tesseract_languages", lambda exe: frozenset({"vie"}))
    pdf = pdfium.PdfDocument.new()
    for _ in range(201):
        pdf.new_page(595, 842).close()
    buffer = io.BytesIO()
    pdf.save(buffer)
    pdf.close()
    path = tmp_path / "book.pdf"
    path.write_bytes(buffer.getvalue())
    err = failure(path)
    assert err.code == "too_large"
    assert "201 pages" in err.detail
