"""Decode a text file's bytes: BOMs, UTF-8 (also with a few stray bytes), UTF-16, legacy Vietnamese."""

from __future__ import annotations

import re

from comparer.readers import legacy
from comparer.readers.sniff import utf16_without_bom

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Letters only Vietnamese uses among the Latin scripts, plus the tone marks Windows-1258
# stores as separate combining characters.
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")
_LETTER = re.compile(r"[^\W\d_]|[\u0300\u0301\u0303\u0309\u0323]")
# A well-formed UTF-8 sequence of two to four bytes (RFC 3629: no overlongs, no surrogates).
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# How many bad spots a UTF-8 file may have and still be read as UTF-8: a saved web page
# often carries one stray byte (issue 11: one 0xFF made a whole plan Windows-1258 mojibake).
_MAX_BAD_SPOTS = 64
_ESCAPED = re.compile("[\udc80-\udcff]+")
_MAX_LINES_NAMED = 10

_LEGACY_NAMES = {legacy.TCVN3: "TCVN3 (ABC, .VnTime fonts)", legacy.VNI: "VNI (VNI-Times fonts)"}


def _vietnamese_share(text: str) -> float:
    """Share of letters that only Vietnamese text has: high for a right guess of the codec."""
    return len(_VIETNAMESE.findall(text)) / max(len(_LETTER.findall(text)), 1)


def legacy_text(text: str, baseline: str | None, encoding: str) -> tuple[str, str, list[str]] | None:
    """``(text, encoding, warnings)`` converted to Unicode when ``text`` reads as TCVN3 or VNI
    clearly better than ``baseline``; None otherwise. ``encoding`` is how the bytes were decoded
    ("bytes" for raw Windows-1252)."""
    found = legacy.detect(text, baseline)
    if found is None:
        return None
    note = f"The text was in the legacy {_LEGACY_NAMES[found]} encoding and was converted to Unicode."
    return legacy.convert(text, found), found if encoding == "bytes" else f"{encoding}+{found}", [note]


def mostly_utf8(data: bytes) -> tuple[str, list[int]] | None:
    """Decode UTF-8 with a few invalid bytes: the text (bad bytes as U+FFFD) and their line numbers.

    The evidence must be strong: at most ``_MAX_BAD_SPOTS`` runs of bad bytes, and at least
    four well-formed multi-byte sequences (Vietnamese letters) for each of them. Otherwise
    None, and the caller looks for another encoding.
    """
    # One pass: surrogateescape keeps each bad byte as a lone surrogate we can find again.
    text = data.decode("utf-8", errors="surrogateescape")
    spots = [m.start() for m in _ESCAPED.finditer(text)]
    if not spots or len(spots) > _MAX_BAD_SPOTS or len(_UTF8_MULTI.findall(data)) < 4 * len(spots):
        return None
    lines: list[int] = []
    line, last = 1, 0
    for at in spots:
        line += text.count("\n", last, at)
        last = at
        if not lines or lines[-1] != line:
            lines.append(line)
    return _ESCAPED.sub("\ufffd", text), lines


def _bad_bytes_note(lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:_MAX_LINES_NAMED])
    more = f" and {len(lines) - _MAX_LINES_NAMED} more" if len(lines) > _MAX_LINES_NAMED else ""
    where = "line" if len(lines) == 1 else "lines"
    return f"The file is UTF-8 but for a few invalid bytes, replaced on {where} {shown}{more}."


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a text file's bytes.

    Order: byte order mark, strict UTF-8, UTF-8 with a few invalid bytes (replaced, their lines
    named), UTF-16 without BOM, then the legacy Vietnamese encodings TCVN3 and VNI when they
    read clearly better than Windows-1258, then charset-normalizer with Windows-1258 preferred
    whenever it yields Vietnamese (Vietnamese officers' older files). Unicode text that holds
    TCVN3/VNI characters (an old file pasted into a new one) is converted too.

    Returns:
        ``(text, encoding, warnings)``.
    """
    text, encoding, warnings = _decode(data)
    if encoding in ("cp1258", legacy.TCVN3, legacy.VNI):  # 8-bit files were checked on their bytes
        return text, encoding, warnings
    converted = legacy_text(text, None, encoding)
    if converted:
        return converted[0], converted[1], [*warnings, *converted[2]]
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
        nearly = mostly_utf8(data)
        if nearly is not None:
            return nearly[0], "utf-8", [_bad_bytes_note(nearly[1])]
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
    from charset_normalizer import from_bytes  # slow to import; most files never get here

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        text = data.decode(best.encoding, errors="replace")
        return text, best.encoding, [f"The encoding was guessed as {best.encoding}."]
    return vn, "cp1258", ["The encoding is unknown; it was read as Windows-1258 and may be garbled."]
