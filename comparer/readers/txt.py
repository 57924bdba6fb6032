"""Plain-text plans (.txt, .md): decode the bytes, then rebuild paragraphs, lists and tables."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from comparer.errors import PlanLoadError
from comparer.models import BlockKind, Document
from comparer.readers import legacy
from comparer.readers.common import SENTENCE_END, BlockSink, make_document, starts_with_marker
from comparer.readers.sniff import utf16_without_bom
from comparer.text.normalize import clean

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Letters only Vietnamese uses among the Latin scripts, plus the tone marks Windows-1258
# stores as separate combining characters.
_VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)$")
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _vietnamese_share(text: str) -> float:
    """Share of letters that only Vietnamese text has: high for a right guess of the codec."""
    letters = sum(1 for ch in text if ch.isalpha() or ch in _VIETNAMESE)
    return sum(1 for ch in text if ch in _VIETNAMESE) / max(letters, 1)


_LEGACY_NAMES = {legacy.TCVN3: "TCVN3 (ABC, .VnTime fonts)", legacy.VNI: "VNI (VNI-Times fonts)"}


def legacy_text(text: str, baseline: str | None, encoding: str) -> tuple[str, str, list[str]] | None:
    """``(text, encoding, warnings)`` converted to Unicode when ``text`` reads as TCVN3 or VNI
    clearly better than ``baseline``; None otherwise. ``encoding`` is how the bytes were decoded
    ("bytes" for raw Windows-1252)."""
    found = legacy.detect(text, baseline)
    if found is None:
        return None
    note = f"The text was in the legacy {_LEGACY_NAMES[found]} encoding and was converted to Unicode."
    return legacy.convert(text, found), found if encoding == "bytes" else f"{encoding}+{found}", [note]


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a text file's bytes.

    Order: byte order mark, strict UTF-8, UTF-16 without BOM, then the legacy Vietnamese
    encodings TCVN3 and VNI when they read clearly better than Windows-1258, then
    charset-normalizer with Windows-1258 preferred whenever it yields Vietnamese (Vietnamese
    officers' older files). Unicode text that holds TCVN3/VNI characters (an old file pasted
    into a new one) is converted too.

    Returns:
        ``(text, encoding, warnings)``.
    """
    text, encoding, warnings = _decode(data)
    if encoding in ("cp1258", legacy.TCVN3, legacy.VNI):  # 8-bit files were checked on their bytes
        return text, encoding, warnings
    converted = legacy_text(text, None, encoding)
    if converted:
        return converted
    pasted, found = legacy.convert_pasted(text)
    if found:
        names = " and ".join(_LEGACY_NAMES[f] for f in found)
        warnings = [*warnings, f"Paragraphs in the legacy {names} encoding were converted to Unicode."]
    return pasted, encoding, warnings


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            warn = ["Some bytes could not be decoded and were replaced."] if "\ufffd" in text else []
            return text, codec, warn
    # NUL is valid UTF-8 but never in text: ASCII-only UTF-16 would pass as UTF-8 otherwise.
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            pass
    guess = utf16_without_bom(data)
    if guess:
        try:
            return data.decode(guess), guess, []
        except UnicodeDecodeError:
            pass
    vn = data.decode("cp1258", errors="replace")
    # Legacy fonts' files hold their letters as Windows-1252 bytes; 0x81/0x8D/0x8F/0x90/0x9D
    # are unused by TCVN3 and VNI, so replacing them costs nothing.
    surface = data.decode("cp1252", errors="replace")
    converted = legacy_text(surface, vn, "bytes")
    if converted:
        return converted
    if _vietnamese_share(vn) > 0.02 and "\ufffd" not in vn:
        return vn, "cp1258", ["The encoding was guessed as Windows-1258 (Vietnamese)."]
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        text = data.decode(best.encoding, errors="replace")
        return text, best.encoding, [f"The encoding was guessed as {best.encoding}."]
    return vn, "cp1258", ["The encoding is unknown; it was read as Windows-1258 and may be garbled."]


def _cells(line: str) -> list[str] | None:
    """The cells of a tab- or pipe-separated table line, or None for an ordinary line."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return [c.strip() for c in stripped[1:-1].split("|")]
    if "\t" in stripped:
        cells = [c.strip() for c in stripped.split("\t")]
        if sum(1 for c in cells if c) >= 2:
            return cells
    return None


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped file was wrapped at, or None when lines are whole paragraphs.

    A wrapped file has most of its lines near one width of 60+ characters; files with one
    paragraph per line (all the seed articles) have a spread of lengths in the hundreds.
    """
    lengths = sorted(len(x) for x in lines if x.strip())
    if len(lengths) < 4:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    if not 60 <= width <= 160:
        return None
    near = sum(1 for n in lengths if width * 0.75 <= n <= width + 2)
    return width if near >= len(lengths) * 0.5 else None


def _emit_table(sink: BlockSink, rows: list[tuple[int, list[str]]], table_no: int) -> None:
    """Emit a run of table lines as rows; the first row is taken as the header."""
    header = rows[0][1]
    for i, (line_no, cells) in enumerate(rows, start=1):
        sink.add("", BlockKind.TABLE_ROW, cells=cells, header=header, line=line_no, table=table_no, row=i)


def build_blocks(text: str) -> BlockSink:
    """Turn decoded text into blocks (see the module docstring for the rules)."""
    raw = _LINE_BREAK.split(text)
    lines = [clean(x) for x in raw]  # clean() folds tabs, so cells are split from ``raw``
    sink = BlockSink()
    width = _wrap_width(lines)
    table_no = 0
    para: list[str] = []
    para_line = 0

    def flush() -> None:
        if para:
            sink.add_line(" ".join(para), line=para_line)
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if _cells(raw[i]) is not None:
            j, run = i, []
            while j < len(lines) and (cells := _cells(raw[j])) is not None:
                if not _MD_SEPARATOR.match(lines[j].strip()):
                    run.append((j + 1, cells))
                j += 1
            if len(run) >= 2:
                flush()
                table_no += 1
                _emit_table(sink, run, table_no)
                i = j
                continue
            # A lone tab- or pipe-separated line is not a table: read it as text.
        heading = _MD_HEADING.match(line)
        if not line:
            flush()
        elif heading:
            flush()
            sink.add(heading.group(2).rstrip(" #"), BlockKind.HEADING, level=len(heading.group(1)), line=i + 1)
        elif para and width and _continues(para[-1], line, width):
            para.append(line)
        else:
            flush()
            para.append(line)
            para_line = i + 1
        i += 1
    flush()
    return sink


def _continues(previous: str, line: str, width: int) -> bool:
    """In a hard-wrapped file, does ``line`` carry on the paragraph ``previous`` ended?"""
    if starts_with_marker(line) or previous.endswith(SENTENCE_END):
        return False
    # A short line ends its paragraph (headings, the last line of a paragraph).
    return len(previous) >= width * 0.6


def read(path: Path, data: bytes) -> Document:
    """Read a plain-text plan.

    Args:
        path: the file, for the result and messages.
        data: its bytes.

    Returns:
        One block per paragraph, list item (typed marker), Markdown heading or table row.
    """
    text, encoding, warnings = decode(data)
    if not text.strip():
        raise PlanLoadError(path, "empty", "The file contains only white space.")
    controls = sum(1 for ch in text[:65536] if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if "\x00" in text or controls > len(text[:65536]) * 0.01:
        raise PlanLoadError(path, "unsupported", "The file holds binary data, not text.")
    return make_document(path, "txt", data, build_blocks(text), warnings=warnings, encoding=encoding)
