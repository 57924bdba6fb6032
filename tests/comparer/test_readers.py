"""read_document: format sniffing by content, the error contract, and file-level guards."""

from __future__ import annotations

import hashlib
import os
import random
import zipfile
from pathlib import Path

import pytest

from comparer.errors import PlanLoadError
from comparer.models import BlockKind
from comparer.readers import docx as docx_reader
from comparer.readers import read_document
from comparer.readers import txt as txt_reader

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def load_error(path: Path, **kwargs: int) -> PlanLoadError:
    with pytest.raises(PlanLoadError) as info:
        read_document(path, **kwargs)
    assert info.value.path == path
    assert info.value.detail.endswith(".")  # one sentence for people
    return info.value


def test_missing_file(tmp_path: Path) -> None:
    assert load_error(tmp_path / "nope.docx").code == "not_found"


def test_directory_is_unreadable(tmp_path: Path) -> None:
    err = load_error(tmp_path)
    assert err.code == "unreadable"
    assert "folder" in err.detail


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert load_error(fifo).code == "unreadable"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where chmod 000 does not stop reading: fail the open itself.
    path = tmp_path / "plan.txt"
    path.write_text("Kế hoạch", encoding="utf-8")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    assert load_error(path).code == "unreadable"


@pytest.mark.parametrize("content", [b"", b"   \r\n\t\n", b"\xef\xbb\xbf\n"])
def test_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert load_error(path).code == "empty"


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    assert load_error(path, max_bytes=1000).code == "too_large"
    assert read_document(path, max_bytes=2000).blocks[0].text == "a" * 2000


def test_sha256_is_of_the_file_bytes(tmp_path: Path) -> None:
    data = "Tăng cường công tác tuyên truyền\n".encode("utf-16")
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.path == str(path)
    assert doc.format == "txt"


def test_random_bytes_named_docx_are_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(random.Random(7).randbytes(4096))
    err = load_error(path)
    assert err.code == "corrupt"
    assert ".docx" in err.detail


def test_random_bytes_with_no_promise_are_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "plan.bin"
    path.write_bytes(random.Random(7).randbytes(4096))
    assert load_error(path).code == "unsupported"


def test_truncated_docx_is_corrupt(tmp_path: Path, word) -> None:
    word.doc.add_paragraph("Nâng cao chất lượng đội ngũ nhà giáo")
    data = word.to_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    assert load_error(path).code == "corrupt"


def test_zip_without_word_part(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("notes.txt", "không phải Word")
    assert load_error(path).code == "unsupported"


def test_png_named_pdf_is_unsupported_image(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(PNG + b"\x00" * 100)
    err = load_error(path)
    assert err.code == "unsupported"
    assert "PNG" in err.detail


def test_old_word_doc_without_converters_names_what_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("comparer.readers.convert.find_tool", lambda name: None)
    path = tmp_path / "plan.doc"
    path.write_bytes(OLE + "WordDocument".encode("utf-16-le") + b"\x00" * 512)
    err = load_error(path)
    assert err.code == "converter_missing"
    assert "LibreOffice" in err.detail


def test_password_protected_docx(tmp_path: Path) -> None:
    # An encrypted .docx is an OLE compound file holding an "EncryptedPackage" stream.
    path = tmp_path / "secret.docx"
    path.write_bytes(OLE + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le"))
    assert load_error(path).code == "encrypted"


def _bomb(path: Path, megabytes: int) -> None:
    chunk = b"<w:t>" + b"a" * (1024 * 1024 - 5)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(megabytes):
                part.write(chunk)


def test_zip_bomb_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    _bomb(path, docx_reader.MAX_PART_BYTES // (1024 * 1024) + 1)
    assert path.stat().st_size < 1024 * 1024  # small on disk, 201 MB unpacked
    err = load_error(path)
    assert err.code == "too_large"
    assert "zip bomb" in err.detail


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    _bomb(path, 12)  # under 200 MB but ~1000x compression: no XML packs like that
    assert load_error(path).code == "too_large"


def test_docx_named_txt_is_read_by_content(tmp_path: Path, word) -> None:
    word.doc.add_heading("KẾ HOẠCH", 1)
    path = word.save(tmp_path / "plan.txt")
    doc = read_document(path)
    assert doc.format == "docx"
    assert doc.blocks[0].kind is BlockKind.HEADING
    assert any(".txt" in w for w in doc.warnings)


def test_pdf_named_docx_is_read_by_content(tmp_path: Path, pdf_maker) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(pdf_maker([[(72, 700, "Implementation plan for the education reform, chapter one.")]]))
    doc = read_document(path)
    assert doc.format == "pdf"
    assert doc.blocks[0].text == "Implementation plan for the education reform, chapter one."
    assert doc.warnings and "pdf" in doc.warnings[0].lower()


def test_html_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes("<!DOCTYPE html><html><body><p>Nội dung kế hoạch</p></body></html>".encode())
    doc = read_document(path)
    assert doc.format == "html"
    assert [b.text for b in doc.blocks] == ["Nội dung kế hoạch"]


def test_unexpected_failures_are_wrapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("Kế hoạch", encoding="utf-8")

    def explode(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(txt_reader, "read", explode)
    err = load_error(path)
    assert err.code == "corrupt"
    assert "boom" in err.detail
    assert isinstance(err.__cause__, ValueError)


def test_gzip_is_unsupported(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "plan.txt.gz"
    path.write_bytes(gzip.compress(bytes(range(256)) * 10))
    assert load_error(path).code == "unsupported"


def test_a_text_job_imports_no_other_reader() -> None:
    # Issue 13: every reader (pdfium, lxml, charset detection) was imported even for a .txt job.
    import subprocess
    import sys

    from tests.comparer.paths import HAIPHONG_TXT, ROOT

    heavy = ("pypdfium2", "lxml", "docx", "charset_normalizer", "comparer.readers.pdf", "comparer.readers.convert")
    code = (
        "import sys; from comparer.plans.loading import load_plan; "
        f"load_plan({str(HAIPHONG_TXT)!r}); "
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
