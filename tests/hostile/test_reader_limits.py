"""Hostile input to the readers: lying zips, huge texts, cancel and the time budget (issue 11)."""

from __future__ import annotations

import io
import struct
import threading
import zipfile
import zlib
from pathlib import Path

import pytest

from comparer.errors import Cancelled, PlanLoadError
from comparer.progress import CancelToken
from comparer.readers import docx as docx_reader
from comparer.readers import read_document
from tests.comparer.conftest import make_pdf
from tests.comparer.paths import HAIPHONG_DOCX, HAIPHONG_TXT


def _lying_docx(real_size: int, declared: int) -> bytes:
    """The sample .docx whose document.xml is replaced by ``real_size`` bytes of XML-ish zeros
    while the zip's headers declare ``declared`` bytes (both local and central)."""
    src = zipfile.ZipFile(io.BytesIO(HAIPHONG_DOCX.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "word/document.xml":
                continue
            dst.writestr(info, src.read(info))
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        payload = b"<w:document>" + b"0" * real_size
        packed = comp.compress(payload) + comp.flush()
        crc = zlib.crc32(payload)
        name = b"word/document.xml"
        offset = out.tell()
        header = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(packed), declared, len(name), 0)
        out.write(header + name + packed)
        # zipfile writes the central directory on close; register the member by hand.
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        info.CRC, info.compress_size, info.file_size, info.header_offset = crc, len(packed), declared, offset
        info.flag_bits = 0
        dst.filelist.append(info)
        dst.NameToInfo[info.filename] = info
        dst.start_dir = out.tell()
    return out.getvalue()


def test_a_zip_that_understates_its_part_is_refused(tmp_path: Path) -> None:
    # Declares 1 MB, holds 100 MB: counted while unpacking, refused at the bound, not trusted.
    path = tmp_path / "liar.docx"
    path.write_bytes(_lying_docx(100 * 1024 * 1024, 1024 * 1024))
    with pytest.raises(PlanLoadError) as info:
        read_document(path)
    assert info.value.code in ("corrupt", "too_large")


def test_a_part_over_the_bound_is_refused_by_its_real_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Honest headers, ratio far under the zip-bomb guard: the real unpacked size decides.
    monkeypatch.setattr(docx_reader, "MAX_XML_PART_BYTES", 4 * 1024 * 1024)
    path = tmp_path / "big.docx"
    src = zipfile.ZipFile(io.BytesIO(HAIPHONG_DOCX.read_bytes()))
    xml = src.read("word/document.xml")
    body_end = xml.rindex(b"<w:sectPr")
    para = xml[xml.index(b"<w:p>") if b"<w:p>" in xml else xml.index(b"<w:p ") : body_end]
    big = xml[:body_end] + para * (5 * 1024 * 1024 // len(para) + 1) + xml[body_end:]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, big if info.filename == "word/document.xml" else src.read(info))
    path.write_bytes(out.getvalue())
    with pytest.raises(PlanLoadError) as info:
        read_document(path)
    assert info.value.code == "too_large"
    assert "word/document.xml" in info.value.detail


def test_a_long_line_by_line_text_reads(tmp_path: Path) -> None:
    # A fifth of issue 11's million lines (bench/load_ratio.py times the full million).
    lines = [x for x in HAIPHONG_TXT.read_text(encoding="utf-8").splitlines() if x.strip()]
    words = " ".join(lines).split()
    text = "\n".join(" ".join(words[i % 500 : i % 500 + 3 + i % 5]) for i in range(200_000))
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert 20_000 < len(doc.blocks) <= 200_000
    assert doc.blocks[0].location.line == 1


@pytest.mark.parametrize("source", [HAIPHONG_TXT, HAIPHONG_DOCX])
def test_cancel_reaches_the_reader(tmp_path: Path, source: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        read_document(source, cancel=token)


def test_cancel_while_reading_a_long_text(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Tăng cường giáo dục và đào tạo trên địa bàn\n" * 400_000, encoding="utf-8")
    token = CancelToken()
    timer = threading.Timer(0.2, token.cancel)
    timer.start()
    try:
        with pytest.raises(Cancelled):
            read_document(path, cancel=token)
    finally:
        timer.cancel()


@pytest.mark.parametrize("source", [HAIPHONG_TXT, HAIPHONG_DOCX])
def test_time_budget_stops_reading(source: Path) -> None:
    with pytest.raises(PlanLoadError) as info:
        read_document(source, max_seconds=0.0)
    assert info.value.code == "too_large"
    assert "seconds" in info.value.detail


def test_pdf_whose_pages_repeat_the_same_lines(tmp_path: Path) -> None:
    # Issue 11: three copies of one short page were refused as "contains no text".
    page = [(72.0, 760.0, "Ke hoach tuyen truyen Ket luan 91"), (72.0, 740.0, "Bao dam chi ngan sach cho giao duc")]
    path = tmp_path / "copies.pdf"
    path.write_bytes(make_pdf([page, page, page]))
    doc = read_document(path)
    assert (
        " ".join(b.text for b in doc.blocks) == "Ke hoach tuyen truyen Ket luan 91 Bao dam chi ngan sach cho giao duc"
    )


def test_pdf_line_in_lower_case_carries_the_sentence_on(tmp_path: Path) -> None:
    # Issue 11: "… chất lượng giáo dục nghề" / "nghiệp trên địa bàn thành phố …" became two tasks.
    # Here the second line sits further down than the line pitch (as a taller line makes it).
    filler = "Tiep tuc doi moi can ban, toan dien giao duc va dao tao tren dia ban thanh pho, nang cao"
    page = [
        (72.0, 760.0, filler),
        (72.0, 746.0, "chat luong day va hoc, phat trien doi ngu nha giao va can bo quan ly giao duc nghe"),
        (72.0, 722.0, "nghiep tren dia ban thanh pho theo huong chuan hoa, hien dai hoa."),
        (90.0, 708.0, "Bao dam chi ngan sach cho giao duc toi thieu 20% tong chi ngan sach nha nuoc."),
    ]
    path = tmp_path / "gap.pdf"
    path.write_bytes(make_pdf([page]))
    texts = [b.text for b in read_document(path).blocks]
    assert any("giao duc nghe nghiep tren dia ban" in t for t in texts), texts
    assert texts[-1].startswith("Bao dam chi ngan sach")
