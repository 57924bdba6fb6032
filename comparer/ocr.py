"""OCR of scanned PDFs: render each page with PDFium, recognise it with Tesseract (Vietnamese)."""

from __future__ import annotations

import struct
import subprocess
import tempfile
import zlib
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium

from comparer.convert import find_tool, run_tool
from comparer.errors import PlanLoadError
from comparer.progress import CancelToken, ProgressFn, check

__all__ = ["DPI", "PAGE_TIMEOUT", "find_tesseract", "tesseract_languages", "ocr_pdf", "png_gray"]

# 300 dpi is what Tesseract is trained for; lower loses Vietnamese diacritics first.
DPI = 300
PAGE_TIMEOUT = 180.0
_INSTALL = (
    "install Tesseract OCR with Vietnamese language data "
    "(Debian/Ubuntu: tesseract-ocr-vie; Windows: the Tesseract installer with 'Vietnamese' ticked)"
)


def find_tesseract() -> str | None:
    """Tesseract's command, from PATH or its usual Windows install folder."""
    return find_tool("tesseract")


@lru_cache(maxsize=4)
def tesseract_languages(exe: str) -> frozenset[str]:
    """The language packs a Tesseract install has (``--list-langs``)."""
    try:
        result = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = result.stdout.decode("utf-8", errors="replace").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def png_gray(pixels: bytes, width: int, height: int, stride: int) -> bytes:
    """Encode 8-bit grayscale rows as a PNG (no imaging library needed for one format)."""
    rows = b"".join(b"\x00" + pixels[y * stride : y * stride + width] for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b"")


def _render(pdf: pdfium.PdfDocument, index: int, dpi: int) -> bytes:
    page = pdf[index]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        try:
            return png_gray(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride)
        finally:
            bitmap.close()
    finally:
        page.close()


def ocr_pdf(
    path: Path,
    data: bytes,
    *,
    dpi: int = DPI,
    pages: list[int] | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[str]:
    """Recognise the text of a PDF's pages with ``tesseract -l vie``.

    Args:
        path: the file, for messages.
        data: the PDF's bytes.
        dpi: rendering resolution.
        pages: 0-based page indexes to read (all by default).
        progress: called with 0–1 after each page.
        cancel: polled between pages and while Tesseract runs.

    Returns:
        One text per page read, in order.

    Raises:
        PlanLoadError: ``no_text`` when Tesseract or its Vietnamese data is missing (the
            message says what to install), ``convert_failed`` when Tesseract fails.
        Cancelled: ``cancel`` was set.
    """
    exe = find_tesseract()
    if exe is None:
        raise PlanLoadError(path, "no_text", f"The PDF has no text layer (it looks scanned); to read it, {_INSTALL}.")
    if "vie" not in tesseract_languages(exe):
        raise PlanLoadError(path, "no_text", f"The PDF looks scanned and Tesseract lacks Vietnamese; {_INSTALL}.")
    pdf = pdfium.PdfDocument(data)
    texts: list[str] = []
    try:
        indexes = list(range(len(pdf))) if pages is None else pages
        with tempfile.TemporaryDirectory(prefix="plancompare-ocr-") as tmp:
            image = Path(tmp) / "page.png"
            for done, index in enumerate(indexes):
                check(cancel)
                image.write_bytes(_render(pdf, index, dpi))
                out = run_tool(
                    [exe, str(image), "stdout", "-l", "vie", "--dpi", str(dpi)],
                    path,
                    timeout=PAGE_TIMEOUT,
                    cancel=cancel,
                    # Tesseract's OpenMP threads spin against each other: one thread reads a
                    # page in 1.4 s where the default took 9.4 s on a 2-core machine.
                    env={"OMP_THREAD_LIMIT": "1"},
                )
                texts.append(out.decode("utf-8", errors="replace"))
                if progress is not None:
                    progress((done + 1) / max(len(indexes), 1))
    finally:
        pdf.close()
    return texts
