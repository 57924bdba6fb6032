"""Read a plan file of any supported format (txt, docx, pdf, html, mht, doc, odt, rtf) into a Document."""

from __future__ import annotations

import dataclasses
import importlib
import stat
from collections.abc import Sequence
from pathlib import Path

from comparer.errors import Cancelled, PlanLoadError
from comparer.models import Document
from comparer.progress import CancelToken, ProgressFn, check
from comparer.readers.formats import FORMATS
from comparer.readers.limits import DEFAULT_READ_SECONDS, ReadGuard
from comparer.readers.sniff import sniff

__all__ = ["read_document", "read_documents", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# Readers are imported on first use (FORMATS names the module): a .txt job need not load pdfium,
# lxml or python-docx.


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
            # As much as stat() said, and one byte more to see growth: read(max_bytes + 1)
            # would allocate 50 MB for every file.
            data = fh.read(st.st_size + 1)
            if len(data) > st.st_size:  # it grew while we looked: read on to the limit
                data += fh.read(max_bytes + 1 - len(data))
    except PermissionError as exc:
        raise PlanLoadError(path, "unreadable", "Permission to read the file was denied.") from exc
    except OSError as exc:
        raise PlanLoadError(path, "unreadable", f"The file could not be read ({exc.strerror or exc}).") from exc
    if len(data) > max_bytes:  # grew while we looked
        raise PlanLoadError(path, "too_large", f"The file is over the {max_bytes / 1048576:.0f} MB limit.")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise PlanLoadError(path, "empty", "The file is empty.")
    return data


def _read(
    p: Path, data: bytes, fmt: str, progress: ProgressFn | None, cancel: CancelToken | None, converted: bytes | None
) -> Document:
    form = FORMATS[fmt]
    module = importlib.import_module(f"comparer.readers.{form.module}")
    if form.office:
        doc: Document = module.read(p, data, fmt, cancel=cancel, converted=converted)
        return doc
    if form.ocr:  # OCR takes seconds a page: it reports progress
        doc = module.read(p, data, progress=progress, cancel=cancel)
        return doc
    doc = module.read(p, data, cancel=cancel)
    return doc


def _failure(p: Path, exc: Exception) -> PlanLoadError:
    """The contract: only PlanLoadError escapes a reader, whatever went wrong inside."""
    if isinstance(exc, PlanLoadError):
        return exc
    if isinstance(exc, MemoryError):
        return PlanLoadError(p, "too_large", "The file needs more memory to read than is available.")
    if isinstance(exc, RecursionError):
        return PlanLoadError(p, "corrupt", "The file is nested too deeply to read.")
    return PlanLoadError(p, "corrupt", f"The file could not be read: {type(exc).__name__}: {exc}.")


def _prepare(p: Path, max_bytes: int, cancel: CancelToken | None) -> tuple[bytes, str]:
    try:
        check(cancel)
        data = _read_bytes(p, max_bytes)
        return data, sniff(p, data)
    except Cancelled:
        raise
    except Exception as exc:
        raise _failure(p, exc) from exc


def _finish(
    p: Path,
    data: bytes,
    fmt: str,
    *,
    progress: ProgressFn | None,
    cancel: CancelToken | None,
    max_seconds: float,
    converted: bytes | None = None,
) -> Document:
    try:
        doc = _read(p, data, fmt, progress, ReadGuard(p, cancel, max_seconds), converted)
    except Cancelled:
        raise
    except Exception as exc:
        raise _failure(p, exc) from exc
    if not doc.blocks:
        raise PlanLoadError(p, "empty", f"The {FORMATS[fmt].name_en} contains no text.")
    suffix = p.suffix.lower()
    if not FORMATS[fmt].reads_without_warning(suffix):
        named = f"is named {suffix}" if suffix else "has no extension"
        name = FORMATS[fmt].name_en
        article = "an" if name[0] in "aeiouAEIOU" or name.startswith("RTF") else "a"
        note = f"The file {named} but holds {article} {name}; it was read as one."
        doc = dataclasses.replace(doc, warnings=(note, *doc.warnings))
    if progress is not None:
        progress(1.0)
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
    data, fmt = _prepare(p, max_bytes, cancel)
    return _finish(p, data, fmt, progress=progress, cancel=cancel, max_seconds=max_seconds)


def read_documents(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    max_seconds: float = DEFAULT_READ_SECONDS,
) -> list[Document | PlanLoadError]:
    """Read several plan files; old office files among them are converted together.

    LibreOffice starts once per type (.doc, .odt, .rtf) for all such files instead of once per
    file (issue 13: ≈ 1.9 s each). Each file is otherwise read as ``read_document`` reads it.

    Args:
        paths: the files.
        max_bytes: refuse files larger than this.
        progress: called with 0–1 as files are read.
        cancel: stops the reading and any running conversion.
        max_seconds: each file's time budget (as in ``read_document``).

    Returns:
        For each path, in order, its Document or the PlanLoadError that names what is wrong
        with it; one bad file never stops the others.

    Raises:
        Cancelled: ``cancel`` was set.
    """
    prepared: list[tuple[Path, bytes, str] | PlanLoadError] = []
    for path in paths:
        p = Path(path)
        try:
            data, fmt = _prepare(p, max_bytes, cancel)
        except PlanLoadError as err:
            prepared.append(err)
            continue
        prepared.append((p, data, fmt))
    office_at = [k for k, x in enumerate(prepared) if not isinstance(x, PlanLoadError) and FORMATS[x[2]].office]
    converted: dict[int, bytes | PlanLoadError] = {}
    if len(office_at) >= 2:
        office = importlib.import_module("comparer.readers.office")
        items = [prepared[k] for k in office_at]
        done = office.convert_many(items, cancel=cancel)
        converted = {office_at[i]: result for i, result in done.items()}
    results: list[Document | PlanLoadError] = []
    for k, item in enumerate(prepared):
        check(cancel)
        if progress is not None:
            progress(k / max(len(prepared), 1))
        conv = converted.get(k)
        if isinstance(item, PlanLoadError) or isinstance(conv, PlanLoadError):
            results.append(item if isinstance(item, PlanLoadError) else conv)  # type: ignore[arg-type]
            continue
        p, data, fmt = item
        try:
            results.append(_finish(p, data, fmt, progress=None, cancel=cancel, max_seconds=max_seconds, converted=conv))
        except PlanLoadError as err:
            results.append(err)
    if progress is not None:
        progress(1.0)
    return results
