"""Read a plan file of any supported format (txt, docx, pdf, html, mht, doc, odt, rtf) into a Document."""

from __future__ import annotations

import dataclasses
import importlib
import stat
from pathlib import Path

from comparer.errors import Cancelled, PlanLoadError
from comparer.models import Document
from comparer.progress import CancelToken, ProgressFn, check
from comparer.readers.limits import DEFAULT_READ_SECONDS, ReadGuard
from comparer.readers.sniff import sniff

__all__ = ["read_document", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# Readers are imported on first use: a .txt job need not load pdfium, lxml or python-docx.
_MODULES = {"txt": "txt", "docx": "docx", "html": "html", "mht": "mht", "pdf": "pdf"}
_NAMES = {
    "txt": "text file",
    "docx": "Word document",
    "pdf": "PDF",
    "html": "web page",
    "mht": "single-file web page",
    "doc": "Word 97-2003 document",
    "odt": "OpenDocument text",
    "rtf": "RTF document",
}
_EXTENSIONS = {
    "txt": {".txt", ".md", ".text", ".csv", ".tsv", ""},
    "docx": {".docx"},
    "pdf": {".pdf"},
    "html": {".html", ".htm", ".xhtml"},
    "mht": {".mht", ".mhtml"},
    "doc": {".doc", ".dot"},
    "odt": {".odt", ".ott"},
    "rtf": {".rtf", ".doc"},  # Word's "Save as RTF" under a .doc name is common and harmless
}


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read the whole file, mapping OS failures to load-error codes."""
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise PlanLoadError(path, "not_found", "The file does not exist.") from exc
    except PermissionError as exc:
        raise PlanLoadError(path, "unreadable", "Permission to read the file was denied.") from exc
    except (OSError, ValueError) as exc:
        raise PlanLoadError(path, "unreadable", f"The file could not be opened ({exc}).") from exc
    if stat.S_ISDIR(st.st_mode):
        raise PlanLoadError(path, "unreadable", "This is a folder, not a file.")
    if not stat.S_ISREG(st.st_mode):
        # Reading a FIFO or device could block forever or never end.
        raise PlanLoadError(path, "unreadable", "This is not a regular file.")
    if st.st_size > max_bytes:
        raise PlanLoadError(
            path,
            "too_large",
            f"The file is {st.st_size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit.",
        )
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError as exc:
        raise PlanLoadError(path, "unreadable", "Permission to read the file was denied.") from exc
    except OSError as exc:
        raise PlanLoadError(path, "unreadable", f"The file could not be read ({exc.strerror or exc}).") from exc
    if len(data) > max_bytes:  # grew while we looked
        raise PlanLoadError(path, "too_large", f"The file is over the {max_bytes / 1048576:.0f} MB limit.")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise PlanLoadError(path, "empty", "The file is empty.")
    return data


def _read(p: Path, data: bytes, fmt: str, progress: ProgressFn | None, cancel: CancelToken | None) -> Document:
    if fmt in ("doc", "odt", "rtf"):
        office = importlib.import_module("comparer.readers.office")
        doc: Document = office.read(p, data, fmt, cancel=cancel)
        return doc
    module = importlib.import_module(f"comparer.readers.{_MODULES[fmt]}")
    if fmt == "pdf":
        doc = module.read(p, data, progress=progress, cancel=cancel)
    else:
        doc = module.read(p, data, cancel=cancel)
    return doc


def read_document(
    path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    max_seconds: float = DEFAULT_READ_SECONDS,
) -> Document:
    """Read a plan file into blocks of normalised (NFC) text, choosing the reader by content.

    Args:
        path: the file to read (.txt/.md, .docx, .pdf, .html, .mht, .doc, .odt, .rtf; the
            extension is only a hint).
        max_bytes: refuse files larger than this (50 MB by default).
        progress: called with 0–1 while slow work runs (OCR of scanned PDFs).
        cancel: polled by every reader between units of work (lines, paragraphs, pages,
            conversion, OCR).
        max_seconds: the time budget for reading (OCR and conversion have their own).

    Returns:
        The document's blocks in reading order, with the file's SHA-256 and any warnings
        ("ocr" when the text was recognised from page images).

    Raises:
        PlanLoadError: with code ``not_found``, ``unreadable``, ``empty``, ``too_large``,
            ``unsupported``, ``corrupt``, ``encrypted``, ``no_text``, ``converter_missing``
            or ``convert_failed`` (``too_large`` also when reading outlasts ``max_seconds``);
            no other exception escapes.
        Cancelled: ``cancel`` was set.
    """
    p = Path(path)
    try:
        guard = ReadGuard(p, cancel, max_seconds)
        check(guard)
        data = _read_bytes(p, max_bytes)
        fmt = sniff(p, data)
        doc = _read(p, data, fmt, progress, guard)
    except (PlanLoadError, Cancelled):
        raise
    except MemoryError as exc:
        raise PlanLoadError(p, "too_large", "The file needs more memory to read than is available.") from exc
    except RecursionError as exc:
        raise PlanLoadError(p, "corrupt", "The file is nested too deeply to read.") from exc
    except Exception as exc:  # the contract: only PlanLoadError escapes
        raise PlanLoadError(p, "corrupt", f"The file could not be read: {type(exc).__name__}: {exc}.") from exc
    if not doc.blocks:
        raise PlanLoadError(p, "empty", f"The {_NAMES[fmt]} contains no text.")
    suffix = p.suffix.lower()
    if suffix not in _EXTENSIONS[fmt]:
        named = f"is named {suffix}" if suffix else "has no extension"
        name = _NAMES[fmt]
        article = "an" if name[0] in "aeiouAEIOU" or name.startswith("RTF") else "a"
        note = f"The file {named} but holds {article} {name}; it was read as one."
        doc = dataclasses.replace(doc, warnings=(note, *doc.warnings))
    if progress is not None:
        progress(1.0)
    return doc
