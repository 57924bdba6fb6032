"""OCR of scanned PDFs: render each page with PDFium, recognise it with Tesseract (Vietnamese)."""

from __future__ import annotations

import os
import struct
import subprocess
import zlib
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium

from comparer.convert import NO_WINDOW, find_tool, run_tool
from comparer.errors import PlanLoadError
from comparer.progress import CancelToken, ProgressFn, check
from comparer.scratch import scratch_dir

__all__ = ["DPI", "PAGE_TIMEOUT", "find_tesseract", "tesseract_languages", "ocr_pdf", "png_gray"]

# 300 dpi is what Tesseract is trained for; lower loses Vietnamese diacritics first.
DPI = 300
PAGE_TIMEOUT = 180.0
MAX_PIXELS = 60_000_000  # per rendered page
MAX_WORKERS = 4
# Plans run to tens of pages; a scan of hundreds is a book or a crafted file, and at about a
# second a page it would keep the user waiting for minutes.
MAX_PAGES = 200  # Tesseract processes at once (one per core, at most this many)
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
        result = subprocess.run(
            [exe, "--list-langs"], capture_output=True, timeout=30, check=False, creationflags=NO_WINDOW
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    # Tesseract 3 printed the list on stderr, 4 and later on stdout; the first line is a title.
    output = (result.stdout or result.stderr).decode("utf-8", errors="replace").splitlines()
    return frozenset(line.strip() for line in output[1:] if line.strip())


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
        width, height = page.get_size()
        # An A3 page at 300 dpi is 17 MP; a crafted 200-inch page would need gigabytes.
        scale = min(dpi / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
        bitmap = page.render(scale=scale, grayscale=True)
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
        cancel: polled between pages and while Tesseract runs (one process per core).

    Returns:
        One text per page read, in order.

    Raises:
        PlanLoadError: ``no_text`` when Tesseract or its Vietnamese data is missing (the
            message says what to install), ``too_large`` over ``MAX_PAGES`` pages,
            ``convert_failed`` when Tesseract fails.
        Cancelled: ``cancel`` was set.
    """
    exe = find_tesseract()
    if exe is None:
        raise PlanLoadError(path, "no_text", f"The PDF has no text layer (it looks scanned); to read it, {_INSTALL}.")
    if "vie" not in tesseract_languages(exe):
        raise PlanLoadError(path, "no_text", f"The PDF looks scanned and Tesseract lacks Vietnamese; {_INSTALL}.")
    pdf = pdfium.PdfDocument(data)
    try:
        indexes = list(range(len(pdf))) if pages is None else pages
        if len(indexes) > MAX_PAGES:
            raise PlanLoadError(
                path, "too_large", f"The scan has {len(indexes)} pages to recognise; OCR reads at most {MAX_PAGES}."
            )
        # The folder carries this process's id: a run killed mid-OCR leaves page images that
        # the next run removes (comparer.scratch); Ctrl-C stops Tesseract first (run_tool).
        with scratch_dir("ocr") as tmp:
            return _recognise(path, pdf, indexes, Path(tmp), exe, dpi, progress, cancel)
    finally:
        pdf.close()


def _recognise(
    path: Path,
    pdf: pdfium.PdfDocument,
    indexes: list[int],
    folder: Path,
    exe: str,
    dpi: int,
    progress: ProgressFn | None,
    cancel: CancelToken | None,
) -> list[str]:
    """Run one Tesseract per core on rendered pages; PDFium renders in this thread only (not thread-safe)."""
    stop = CancelToken()  # set on the user's cancel or on the first failure: kills the other pages
    workers = max(1, min(len(indexes), os.cpu_count() or 1, MAX_WORKERS))
    texts: dict[int, str] = {}

    def recognise(index: int, image: Path) -> str:
        out = run_tool(
            [exe, str(image), "stdout", "-l", "vie", "--dpi", str(dpi)],
            path,
            timeout=PAGE_TIMEOUT,
            cancel=stop,
            # Tesseract's OpenMP threads spin against each other: one thread reads a page in
            # 1.4 s where the default took 9.4 s on a 2-core machine; pages run side by side.
            env={"OMP_THREAD_LIMIT": "1"},
        )
        image.unlink()
        return out.decode("utf-8", errors="replace")

    pending: dict[Future[str], int] = {}
    queue = list(indexes)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            while queue or pending:
                while queue and len(pending) < workers:
                    check(cancel)
                    index = queue.pop(0)
                    image = folder / f"page-{index}.png"
                    image.write_bytes(_render(pdf, index, dpi))
                    pending[pool.submit(recognise, index, image)] = index
                done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if cancel is not None and cancel.cancelled:
                    stop.cancel()
                for future in done:
                    texts[pending.pop(future)] = future.result()
                    if progress is not None:
                        progress(len(texts) / len(indexes))
        except BaseException:
            stop.cancel()
            wait(pending)
            check(cancel)
            raise
    check(cancel)  # cancelled while the last pages finished: the caller asked to stop
    return [texts[i] for i in indexes]
