"""Tell a file's format from its first bytes, and refuse the formats we cannot read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from comparer.errors import PlanLoadError
from comparer.readers.formats import FORMATS

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
_ARCHIVES = (
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)
_HTML_START = ("<body", "<p>", "<p ", "<div", "<br", "<h1", "<h2", "<table", "<head", "<meta", "<title")
_HTML_START_BYTES = tuple(tag.encode("ascii") for tag in _HTML_START)
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13, 11, 26, 27}
_CONTROL_BYTES = bytes(sorted(_CONTROL))


def _promised_binary_format(suffix: str) -> str | None:
    """The English name of the binary format a file named ``…suffix`` promises, if any.

    Read from FORMATS (``binary``): binary content that fails to parse under such a name is a
    damaged file, not an unknown one. Only a format's own extensions count: ".doc" also reads
    as RTF, but it promises a Word 97-2003 file.
    """
    return next((f.name_en for f in FORMATS.values() if f.binary and suffix in f.extensions), None)


def utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 without a byte order mark from NUL bytes in alternate positions.

    Vietnamese text is mostly ASCII letters and spaces, so in UTF-16 one byte of most code
    units is NUL, and always the same one of the pair.
    """
    sample = data[:65536]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:  # no NUL: neither half has any
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.2 and nul_even < 0.01:
        return "utf-16-le"
    if nul_even > 0.2 and nul_odd < 0.01:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """True for content that no text editor would have written (NULs or many control bytes)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(data):
        return False
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.01


def looks_like_mht(data: bytes) -> bool:
    """A MIME message with an HTML part: "MIME-Version:" headers before any markup."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"mime-version:", b"from:", b"subject:", b"date:", b"content-type: multipart/")) and (
        b"multipart/related" in head or b"text/html" in head
    )


def _looks_html(data: bytes, suffix: str) -> bool:
    """Sniff HTML the way browsers do: a doctype or html tag, or a tag-led document."""
    head_bytes = data[:4096]
    if not head_bytes.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Read as Latin-1: the same test on the bytes (every tag is ASCII; bytes.lower() folds
        # ASCII only, and no other Latin-1 letter lower-cases into ASCII).
        raw = head_bytes.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if b"<!doctype html" in raw or b"<html" in raw:
            return True
        if not raw.startswith(b"<"):
            return False
        return suffix in (".html", ".htm", ".xhtml") or any(tag in raw for tag in _HTML_START_BYTES)
    head = head_bytes.decode("utf-16", errors="replace")
    head = head.lstrip("\ufeff\u00ef\u00bb\u00bf \t\r\n").lower()
    if "<!doctype html" in head or "<html" in head:
        return True
    if not head.startswith("<"):
        return False
    return suffix in (".html", ".htm", ".xhtml") or any(tag in head for tag in _HTML_START)


def _member_prefix(data: bytes, name: str, size: int = 200) -> bytes:
    """The first bytes of one zip member, or b"" if it is missing (bounded: zip bombs exist)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if name not in zf.namelist():
            return b""
        with zf.open(name) as part:
            return part.read(size).strip()


def word97_encrypted(data: bytes) -> bool:
    """Whether a Word 97-2003 file is password-protected (FIB flag fEncrypted, MS-DOC 2.5.2).

    The WordDocument stream starts where its directory entry says; the entry is found by
    its UTF-16 name. Anything out of bounds reads as "not encrypted" and is left to the
    converter to judge.
    """
    name = "WordDocument".encode("utf-16-le")
    at = data.find(name)
    if at < 0 or len(data) < 512:
        return False
    sector = 1 << int.from_bytes(data[0x1E:0x20], "little")
    start = int.from_bytes(data[at + 0x74 : at + 0x78], "little")
    offset = (start + 1) * sector
    if sector not in (512, 4096) or offset + 12 > len(data):
        return False
    ident = int.from_bytes(data[offset : offset + 2], "little")
    flags = int.from_bytes(data[offset + 0x0A : offset + 0x0C], "little")
    return ident == 0xA5EC and bool(flags & 0x0100)


def _ole_kind(path: Path, data: bytes, suffix: str) -> str:
    """Classify an OLE2 compound file: old Word, or a refusal naming what it is instead.

    Stream names sit in the directory as UTF-16; looking for them needs no OLE parser.
    """
    if "EncryptedPackage".encode("utf-16-le") in data:
        # Word 2007+ keeps a password-protected .docx in an OLE file (MS-OFFCRYPTO).
        raise PlanLoadError(
            path,
            "encrypted",
            "The Word document is password-protected; remove the password and save again.",
        )
    if "WordDocument".encode("utf-16-le") in data:
        if word97_encrypted(data):
            raise PlanLoadError(
                path,
                "encrypted",
                "The Word document is password-protected; remove the password and save again.",
            )
        return "doc"
    if "Workbook".encode("utf-16-le") in data:
        raise PlanLoadError(path, "unsupported", "This is an old Excel workbook, not a plan document.")
    if "PowerPoint Document".encode("utf-16-le") in data:
        raise PlanLoadError(path, "unsupported", "This is an old PowerPoint presentation, not a plan document.")
    if suffix == ".doc":
        raise PlanLoadError(path, "corrupt", "The file is named .doc but holds no Word document; it may be damaged.")
    raise PlanLoadError(path, "unsupported", "This is an old Microsoft Office file, not a Word document.")


def _zip_kind(path: Path, data: bytes) -> str:
    """Classify a zip container: a Word document, or a refusal naming what it is instead."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            types = b""
            if "[Content_Types].xml" in names:
                # Read a bounded prefix: the container may be a zip bomb (checked in docx.py).
                with zf.open("[Content_Types].xml") as part:
                    types = part.read(20000)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as exc:
        raise PlanLoadError(path, "corrupt", f"The file is a damaged zip/Word container ({exc}).") from exc
    if "word/document.xml" in names or b"wordprocessingml.document.main" in types:
        return "docx"
    if b"ms-word.document.macroEnabled" in types:
        raise PlanLoadError(path, "unsupported", "Macro-enabled Word (.docm) is not supported; save it as .docx.")
    if "mimetype" in names and "content.xml" in names:
        mimetype = _member_prefix(data, "mimetype")
        if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
            manifest = b"encryption-data" in _member_prefix(data, "META-INF/manifest.xml", 200_000)
            if manifest:  # ODF 1.2 §3.8: encrypted parts are listed with their key data
                raise PlanLoadError(
                    path,
                    "encrypted",
                    "The OpenDocument file is password-protected; remove the password and save again.",
                )
            return "odt"
        raise PlanLoadError(
            path, "unsupported", "This OpenDocument file is not a text document; save the plan as .docx."
        )
    if any(n.startswith("xl/") for n in names):
        raise PlanLoadError(path, "unsupported", "This is an Excel workbook, not a plan document.")
    if any(n.startswith("ppt/") for n in names):
        raise PlanLoadError(path, "unsupported", "This is a PowerPoint presentation, not a plan document.")
    if "word/" in {n[:5] for n in names}:
        raise PlanLoadError(path, "corrupt", "The Word document is damaged: its main part is missing.")
    raise PlanLoadError(path, "unsupported", "This is a zip archive, not a Word document.")


def sniff(path: Path, data: bytes) -> str:
    """Return "docx", "pdf", "html", "mht", "txt", "doc", "odt" or "rtf" from the content of a file.

    Args:
        path: the file's path, used for messages and as a tie-breaker for HTML.
        data: the whole file.

    Raises:
        PlanLoadError: ``unsupported`` for images, Excel/PowerPoint, archives and other binaries;
            ``encrypted`` for password-protected Word files; ``corrupt`` for damaged
            containers or binary content under a binary format's name (.docx, .pdf, …).
    """
    suffix = path.suffix.lower()
    # The PDF header may follow up to 1 KB of junk (PDF 1.7 §7.5.2 leniency, kept by PDFium).
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path, data)
    if data.startswith(_OLE_MAGIC):
        return _ole_kind(path, data, suffix)
    if data.startswith(b"{\\rtf"):
        return "rtf"
    for magic, name in _IMAGES:
        if data.startswith(magic):
            raise PlanLoadError(
                path,
                "unsupported",
                f"This is a {name} image, not a text document; save scanned pages as one PDF to have them read by OCR.",
            )
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise PlanLoadError(
            path,
            "unsupported",
            "This is a WEBP image, not a text document; save scanned pages as one PDF to have them read by OCR.",
        )
    if looks_like_mht(data):
        return "mht"
    if _looks_html(data, suffix):
        return "html"
    if _looks_binary(data):
        for magic, name in _ARCHIVES:
            if data.startswith(magic):
                raise PlanLoadError(path, "unsupported", f"This is {name}, not a plan document.")
        promised = _promised_binary_format(suffix)
        if promised is not None:
            raise PlanLoadError(
                path,
                "corrupt",
                f"The file is named {suffix} but its content is not a valid {promised}.",
            )
        raise PlanLoadError(path, "unsupported", "The file holds binary data, not text or a known document format.")
    return "txt"
