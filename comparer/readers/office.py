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
from comparer.readers.convert import doc_to_text, soffice_to_docx
from comparer.readers.docx import guard_zip
from comparer.readers.docx import read as read_docx
from comparer.readers.odt import read as read_odt
from comparer.readers.txt import build_blocks, decode

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


def read(path: Path, data: bytes, fmt: str, *, cancel: CancelToken | None = None) -> Document:
    """Read a .doc, .odt or .rtf plan through LibreOffice (antiword or catdoc for .doc without it).

    Args:
        path: the file, for the result and messages.
        data: its bytes (already sniffed as ``fmt``).
        fmt: ``"doc"``, ``"odt"`` or ``"rtf"``.
        cancel: stops a running conversion.

    Returns:
        The blocks the Word reader finds in the converted file; ``format`` is ``fmt`` and the
        hash is over the original bytes.

    Raises:
        PlanLoadError: ``converter_missing`` (names what to install), ``convert_failed``,
            ``corrupt``, or any code of the Word reader.
    """
    suffix = _SUFFIX[fmt]
    if fmt == "odt":
        guard_zip(path, data)  # LibreOffice would unpack a zip bomb until it ran out of memory
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
    doc = read_docx(path, converted)
    note = f"Converted from {suffix} to .docx with LibreOffice."
    return dataclasses.replace(doc, format=fmt, sha256=hashlib.sha256(data).hexdigest(), warnings=(*doc.warnings, note))
