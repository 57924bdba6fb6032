"""Old Word .doc, OpenDocument .odt and .rtf plans: converted to .docx by LibreOffice, then read as Word.

Without LibreOffice, .doc falls back to antiword/catdoc and .odt to our own reader (odt.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from comparer.errors import PlanLoadError
from comparer.models import Document
from comparer.progress import CancelToken, check
from comparer.readers.common import make_document
from comparer.readers.convert import doc_to_text, soffice_to_docx, soffice_to_docx_many
from comparer.readers.decoding import decode
from comparer.readers.docx import guard_zip
from comparer.readers.docx import read as read_docx
from comparer.readers.odt import read as read_odt
from comparer.readers.txt import build_blocks

_SUFFIX = {"doc": ".doc", "odt": ".odt", "rtf": ".rtf"}


def _via_text_tool(path: Path, data: bytes, cancel: CancelToken | None) -> Document | None:
    """Read a .doc with antiword/catdoc, or None when neither is installed."""
    found = doc_to_text(path, data, cancel=cancel)
    if found is None:
        return None
    out, tool = found
    # Decoded as a text file would be, so TCVN3/VNI text from .VnTime documents is converted.
    text, encoding, warnings = decode(out)
    if not text.strip():
        raise PlanLoadError(path, "empty", "The Word document contains no text.")
    note = f"Read with {tool} because LibreOffice is not installed: numbering and tables may be lost."
    return make_document(path, "doc", data, build_blocks(text), warnings=[note, *warnings], encoding=encoding)


def convert_many(
    items: list[tuple[Path, bytes, str]], *, cancel: CancelToken | None = None
) -> dict[int, bytes | PlanLoadError]:
    """Convert several .doc/.odt/.rtf files to .docx, one LibreOffice run per type.

    Args:
        items: (path, bytes, format) of each file.
        cancel: stops the running conversion.

    Returns:
        Index in ``items`` → .docx bytes or the file's own PlanLoadError. Files missing from the
        result (no LibreOffice, or the run as a whole failed) are left to ``read`` one by one,
        which falls back to other tools and names the failure for that file alone.
    """
    out: dict[int, bytes | PlanLoadError] = {}
    by_type: dict[str, list[int]] = {}
    for k, (path, data, fmt) in enumerate(items):
        if fmt == "odt":
            try:
                guard_zip(path, data, cancel)  # LibreOffice would unpack a zip bomb
            except PlanLoadError as err:
                out[k] = err
                continue
        by_type.setdefault(fmt, []).append(k)
    for fmt, indexes in by_type.items():
        if len(indexes) < 2:
            continue  # one file: ``read`` converts it as it always has
        check(cancel)
        try:
            results = soffice_to_docx_many([(items[k][0], items[k][1]) for k in indexes], _SUFFIX[fmt], cancel=cancel)
        except PlanLoadError:
            continue
        out.update(zip(indexes, results, strict=True))
    return out


def read(
    path: Path, data: bytes, fmt: str, *, cancel: CancelToken | None = None, converted: bytes | None = None
) -> Document:
    """Read a .doc, .odt or .rtf plan through LibreOffice (antiword or catdoc for .doc without it).

    Args:
        path: the file, for the result and messages.
        data: its bytes (already sniffed as ``fmt``).
        fmt: ``"doc"``, ``"odt"`` or ``"rtf"``.
        cancel: stops a running conversion.
        converted: the file already converted to .docx (by ``convert_many``).

    Returns:
        The blocks the Word reader finds in the converted file; ``format`` is ``fmt`` and the
        hash is over the original bytes.

    Raises:
        PlanLoadError: ``converter_missing`` (names what to install), ``convert_failed``,
            ``corrupt``, or any code of the Word reader.
    """
    suffix = _SUFFIX[fmt]
    if converted is not None:
        return _from_docx(path, data, fmt, converted, cancel)
    if fmt == "odt":
        guard_zip(path, data, cancel)  # LibreOffice would unpack a zip bomb until it ran out of memory
    try:
        converted = soffice_to_docx(path, data, suffix, cancel=cancel)
    except PlanLoadError as err:
        if fmt == "odt" and err.code == "converter_missing":
            doc = read_odt(path, data)
            note = "Read without LibreOffice: unusual numbering or layout may differ from what LibreOffice shows."
            return dataclasses.replace(doc, warnings=(*doc.warnings, note))
        if fmt != "doc":
            raise
        check(cancel)
        try:
            fallback = _via_text_tool(path, data, cancel)
        except PlanLoadError:
            if err.code == "converter_missing":
                raise
            raise err from None  # LibreOffice's verdict on a damaged file is the clearer one
        if fallback is not None:
            return fallback
        if err.code == "converter_missing":
            raise PlanLoadError(
                path,
                "converter_missing",
                "Reading old Word .doc files needs LibreOffice (or antiword); install it, or save the file as .docx.",
            ) from err
        raise
    return _from_docx(path, data, fmt, converted, cancel)


def _from_docx(path: Path, data: bytes, fmt: str, converted: bytes, cancel: CancelToken | None) -> Document:
    doc = read_docx(path, converted, cancel=cancel)
    note = f"Converted from {_SUFFIX[fmt]} to .docx with LibreOffice."
    return dataclasses.replace(doc, format=fmt, sha256=hashlib.sha256(data).hexdigest(), warnings=(*doc.warnings, note))
