"""Pre-Unicode Vietnamese encodings (TCVN3/ABC, VNI): detect them and convert to Unicode NFC.

Offices typed plans in ``.VnTime`` (TCVN3) and ``VNI-Times`` (VNI) fonts well into the 2010s.
Their text is stored as ordinary Latin-1 characters that only the font draws as Vietnamese
("Céng hoµ x· héi" is "Cộng hoà xã hội"), so a reader sees garbage unless it converts.

The tables are built here rather than taken from ``viparse`` (PLATFORM-NOTES): they are
small, the standard layouts are fixed since 1993, and we need what viparse leaves out —
VNI ẳ ("aú") and case recovery for TCVN3, which has no uppercase accented letters.
Tests check both tables against well-known phrases and by round trip.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from functools import cache
from itertools import compress, repeat

__all__ = [
    "TCVN3",
    "VNI",
    "convert",
    "convert_units",
    "convert_pasted",
    "line_encodings",
    "detect",
    "encoding_for_font",
    "undo_pdf_glyphs",
    "is_caps_font",
    "syllable_score",
    "encode",
]

TCVN3 = "tcvn3"
VNI = "vni"

# Tone order used by the tables below: sắc (acute), huyền (grave), hỏi (hook), ngã (tilde),
# nặng (dot below), as combining marks.
_TONE_MARKS = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")

# TCVN3 (TCVN 5712:1993 VN3): one byte per letter, tone included; bytes listed in the tone
# order above, as the Latin-1 characters Word stores for them.
_TCVN3_TONED = {
    "a": "¸µ¶·¹",
    "ă": "¾»¼½Æ",
    "â": "ÊÇÈÉË",
    "e": "ÐÌÎÏÑ",
    "ê": "ÕÒÓÔÖ",
    "i": "Ý×ØÜÞ",
    "o": "ãßáâä",
    "ô": "èåæçé",
    "ơ": "íêëìî",
    "u": "óïñòô",
    "ư": "øõö÷ù",
    "y": "ýúûüþ",
}
_TCVN3_PLAIN = {
    "¨": "ă",
    "©": "â",
    "ª": "ê",
    "«": "ô",
    "¬": "ơ",
    "\u00ad": "ư",
    "®": "đ",
    "¡": "Ă",
    "¢": "Â",
    "£": "Ê",
    "¤": "Ô",
    "¥": "Ơ",
    "¦": "Ư",
    "§": "Đ",
}

# VNI Windows: a base letter followed by one mark character (tone, or quality + tone).
_VNI_TONES = ("ù", "ø", "û", "õ", "ï")
_VNI_CIRCUMFLEX = ("â", ("á", "à", "å", "ã", "ä"))
_VNI_BREVE = ("ê", ("é", "è", "ú", "ü", "ë"))
# Letters VNI stores as one character: horned o/u, đ, and the i family (Latin-1 has no
# dotless i to hang a mark on).
_VNI_SINGLE = {
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
    "í": "í",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
}

_TONE_SET = frozenset(_TONE_MARKS)
_WORD = re.compile(r"[^\W\d_]+")
_SYLLABLE = re.compile(
    r"^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
    r"([aăâeêioôơuưy]{1,3})(ch|ng|nh|c|m|n|p|t)?$"
)


def _tone(base: str, tone: int) -> str:
    return unicodedata.normalize("NFC", base + _TONE_MARKS[tone])


@cache
def _table(encoding: str) -> dict[str, str]:
    """Legacy surface sequence → Unicode letter, for ``encoding``."""
    table: dict[str, str] = {}
    if encoding == TCVN3:
        table.update(_TCVN3_PLAIN)
        for base, chars in _TCVN3_TONED.items():
            for tone, ch in enumerate(chars):
                table[ch] = _tone(base, tone)
        return table
    for lower, letter in _VNI_SINGLE.items():
        table[lower] = letter
        table[lower.upper()] = letter.upper()
    for single, horned in (("ô", "ơ"), ("ö", "ư"), ("y", "y")):
        for tone, mark in enumerate(_VNI_TONES):
            table[single + mark] = _tone(horned, tone)
            table[single.upper() + mark.upper()] = _tone(horned, tone).upper()
            table[single.upper() + mark] = _tone(horned, tone).upper()
    for vowel in "aeoui":  # i + mark also occurs beside the one-character i family
        for tone, mark in enumerate(_VNI_TONES):
            for base, m in ((vowel, mark), (vowel.upper(), mark.upper()), (vowel.upper(), mark)):
                table[base + m] = _tone(base, tone)
    for bases, (quality, marks) in (("aeo", _VNI_CIRCUMFLEX), ("a", _VNI_BREVE)):
        for vowel in bases:
            plain = unicodedata.normalize("NFC", vowel + ("\u0302" if quality == "â" else "\u0306"))
            for base, q in ((vowel, quality), (vowel.upper(), quality.upper()), (vowel.upper(), quality)):
                table[base + q] = plain.upper() if base.isupper() else plain
            for tone, mark in enumerate(marks):
                letter = _tone(plain, tone)
                for base, m in ((vowel, mark), (vowel.upper(), mark.upper()), (vowel.upper(), mark)):
                    table[base + m] = letter.upper() if base.isupper() else letter
    return table


def convert(text: str, encoding: str, *, caps: bool = False) -> str:
    """Convert legacy-encoded text to Unicode NFC.

    Args:
        text: the text as stored (Latin-1 surface characters of the legacy bytes).
        encoding: ``"tcvn3"`` or ``"vni"``.
        caps: the text was set in an all-caps font (``.VnTimeH``): uppercase the result.

    Returns:
        The Unicode text. Characters outside the table pass through unchanged.
    """
    return unicodedata.normalize("NFC", "".join(convert_units(text, encoding, caps=caps)))


def convert_units(units: str | list[str], encoding: str, *, caps: bool = False) -> list[str]:
    """Convert character by character, keeping positions: a VNI mark merged into its letter becomes "".

    For callers that keep per-character data (PDF character boxes); ``convert`` joins the result.
    """
    table = _table(encoding)
    chars = list(units)
    out = list(chars)
    converted = [False] * len(chars)
    i = 0
    while i < len(chars):
        pair = chars[i] + chars[i + 1] if encoding == VNI and i + 1 < len(chars) else ""
        if pair in table:
            out[i], out[i + 1] = table[pair], ""
            converted[i] = True
            i += 2
            continue
        if chars[i] in table:
            out[i] = table[chars[i]]
            converted[i] = True
        i += 1
    if caps:
        return [c.upper() for c in out]
    if encoding == TCVN3:
        return _recover_case(out, converted)
    return out


def _recover_case(chars: list[str], converted: list[bool]) -> list[str]:
    """Uppercase converted letters inside uppercase words and lines.

    TCVN3 has codes only for lowercase accented letters, so "NỘI DUNG" typed in a non-caps
    font comes back "NộI DUNG": a converted letter whose neighbours are all capitals is one.
    """
    if len(chars) > 1 and any(len(c) != 1 for c in chars):
        return chars  # positions no longer line up with the text; leave the case alone
    text = "".join(chars)
    out = list(chars)
    for line in re.finditer(r"[^\n]+", text):
        own = [k for k in range(line.start(), line.end()) if text[k].isalpha() and not converted[k]]
        upper_line = len(own) >= 3 and sum(text[k].isupper() for k in own) >= 0.8 * len(own)
        for word in _WORD.finditer(text, line.start(), line.end()):
            rest = [k for k in range(word.start(), word.end()) if not converted[k]]
            upper_word = bool(rest) and all(text[k].isupper() for k in rest) and (len(rest) > 1 or upper_line)
            if upper_word or upper_line:
                for k in range(word.start(), word.end()):
                    if converted[k]:
                        out[k] = out[k].upper()
    return out


# Codepoints PDF text extraction gives for two TCVN3 bytes of a .VnTime font: 0xAD (ư) comes
# out as MINUS SIGN, or as a hyphen from PDFium (the byte is the soft hyphen in WinAnsi), and
# 0xB7 (ã) as BULLET OPERATOR (viparse's corpus: "nhµ n−íc" is nhà nước).
_PDF_GLYPHS = {"\u2212": "\u00ad", "\u2219": "\u00b7", "-": "\u00ad"}
# TCVN3 bytes that are not letters in Latin-1 (¸ µ · ...): they belong to the word around them.
_TCVN3_LETTERS = frozenset(ch for chars in _TCVN3_TONED.values() for ch in chars) | frozenset(_TCVN3_PLAIN)


def undo_pdf_glyphs(text: str, encoding: str = TCVN3) -> str:
    """Map a PDF's minus/hyphen/bullet-operator back to TCVN3's ư/ã bytes inside words.

    Only for TCVN3 (VNI text is returned as is). A minus or bullet operator next to a letter
    is the letter; a hyphen is ư only where the word it joins then reads as one Vietnamese
    syllable ("th-a" is thưa, "c-êng" cường), so "e-mail", "KH-UBND" and "lập - Tự" keep theirs.
    """
    if encoding != TCVN3 or not any(ch in text for ch in _PDF_GLYPHS):
        return text
    out = list(text)
    for k, ch in enumerate(text):
        if ch not in _PDF_GLYPHS:
            continue
        before = text[k - 1] if k else ""
        after = text[k + 1] if k + 1 < len(text) else ""
        if ch != "-":
            if before.isalpha() or after.isalpha():
                out[k] = _PDF_GLYPHS[ch]
        elif before.isalpha() and after.isalpha():
            start, end = k, k + 1
            while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _TCVN3_LETTERS):
                start -= 1
            while end < len(text) and (text[end].isalpha() or text[end] in _TCVN3_LETTERS):
                end += 1
            word = convert(text[start:k] + "\u00ad" + text[k + 1 : end], TCVN3)
            if _is_syllable(word):
                out[k] = "\u00ad"
    return "".join(out)


def encode(text: str, encoding: str) -> str:
    """Encode Unicode text into a legacy encoding's surface characters (for tests and tools).

    Uppercase accented letters TCVN3 lacks are written lowercase, as typists did.
    """
    inverse: dict[str, str] = {}
    for seq, letter in _table(encoding).items():
        if encoding == VNI and len(seq) == 2 and seq[0].isupper() and seq[1].islower() and seq[1] not in "ñ":
            continue  # prefer the all-capitals spelling VNI keyboards produce
        inverse.setdefault(letter, seq)
    if encoding == VNI:
        inverse.update({"í": "í", "ì": "ì"})  # the i family is one character, not i + mark
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in inverse:
            out.append(inverse[ch])
        elif encoding == TCVN3 and ch.lower() in inverse and ch.lower() != ch:
            out.append(inverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def encoding_for_font(font: str | None) -> str | None:
    """The legacy encoding a font name implies: ``.VnTime``/``.VnArialH`` → TCVN3, ``VNI-*`` → VNI."""
    if not font:
        return None
    name = re.sub(r"^[A-Z]{6}\+", "", font.strip()).lower()  # PDF subset tag "ABCDEF+"
    if name.startswith((".vn", "vntime", "vnarial")):
        return TCVN3
    if name.startswith("vni-") or name.startswith("vni "):
        return VNI
    return None


def is_caps_font(font: str | None) -> bool:
    """True for TCVN3's all-capitals fonts (``.VnTimeH``, ``.VnArialH``): their name ends in H."""
    if font is None or encoding_for_font(font) != TCVN3:
        return False
    return font.strip().rstrip(" 0123456789").endswith("H")


def _is_syllable(word: str) -> bool:
    base = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in base if ch in _TONE_SET)
    base = unicodedata.normalize("NFC", "".join(ch for ch in base if ch not in _TONE_SET))
    return tones <= 1 and bool(_SYLLABLE.match(base))


def syllable_score(text: str) -> int:
    """How Vietnamese ``text`` reads: syllables with diacritics minus other non-ASCII words.

    Pure ASCII words count for nothing, so candidates for one text differ only where a
    decoding changed it.
    """
    score = 0
    for word in _WORD.findall(text[:200_000]):
        if word.isascii() or len(word) < 2:  # lone symbols (µ, ½, §) read as letters say nothing
            continue
        score += 1 if _is_syllable(word) else -1
    return score


def _has_unicode_vietnamese(text: str) -> bool:
    """Letters beyond Latin-1 (ă, ơ, ư, đ, ạ…) mean the text is already Unicode."""
    return _UNICODE_VIETNAMESE.search(text, 0, 200_000) is not None


# Letters beyond Latin-1 that Vietnamese uses, and the Latin-1 letters legacy fonts draw as
# Vietnamese: searched with one regex, not a loop over characters (issue 13).
_UNICODE_VIETNAMESE = re.compile("[\u0100-\u01b0\u1ea0-\u1ef9]")
_HIGH_LATIN1 = re.compile("[\u00a1-\u00ff]")


def detect(text: str, baseline: str | None = None) -> str | None:
    """Tell whether ``text`` is TCVN3 or VNI read as Latin-1.

    Args:
        text: the text as decoded with Latin-1/Windows-1252.
        baseline: the best other reading of the same bytes (e.g. Windows-1258), which a
            legacy reading must clearly beat; defaults to ``text`` itself.

    Returns:
        ``"tcvn3"``, ``"vni"`` or None when the text is not (recognisably) legacy.
    """
    if _has_unicode_vietnamese(text) or _HIGH_LATIN1.search(text, 0, 200_000) is None:
        return None
    sample = text[:200_000]
    base = max(syllable_score(sample), syllable_score(baseline[:200_000]) if baseline else -(10**9))
    scores = {enc: syllable_score(convert(sample, enc)) for enc in (TCVN3, VNI)}
    best = max(scores, key=lambda enc: scores[enc])
    words = sum(1 for w in _WORD.findall(sample) if not w.isascii())
    # A clear win: a handful of syllables for short texts, a tenth of the words for long ones.
    if scores[best] - base >= max(3, words // 10) and scores[best] >= 5:
        return best
    return None


def line_encodings(lines: list[str]) -> list[str | None]:
    """The legacy encoding of each line of a mostly-Unicode text (None for Unicode lines).

    A Unicode plan may quote a paragraph copied from an old ``.VnTime`` file; the whole text
    then reads as Unicode, so each line without Unicode Vietnamese letters is tested alone
    (``detect`` needs five or more syllables), and a short line (a heading) next to such a
    line is taken as pasted too when converting it reads better.
    """
    encodings: list[str | None] = [None] * len(lines)
    # Most lines hold Unicode Vietnamese letters, which settles them: one search each, without
    # a Python call, picks the few detect() must look at.
    unsettled = map(operator.not_, map(_UNICODE_VIETNAMESE.search, lines, repeat(0), repeat(200_000)))
    for k in compress(range(len(lines)), unsettled):
        if len(lines[k]) >= 20:
            encodings[k] = detect(lines[k])
    if not any(encodings):
        return encodings
    return [
        e or next((n for n in _neighbours(encodings, k) if n and _helps(lines[k], n)), None)
        for k, e in enumerate(encodings)
    ]


def convert_pasted(text: str) -> tuple[str, list[str]]:
    """Convert legacy paragraphs pasted into a Unicode text, line by line (see ``line_encodings``).

    Returns:
        The text, and the encodings found (empty when nothing was converted).
    """
    lines = text.split("\n")
    found: list[str] = []
    for k, encoding in enumerate(line_encodings(lines)):
        if encoding is not None:
            lines[k] = convert(lines[k], encoding)
            found += [] if encoding in found else [encoding]
    return ("\n".join(lines), found) if found else (text, [])


def _neighbours(encodings: list[str | None], k: int, reach: int = 2) -> list[str | None]:
    """The verdicts of the lines within ``reach`` of line ``k`` (a blank line between counts)."""
    return [encodings[j] for j in range(max(0, k - reach), min(len(encodings), k + reach + 1)) if j != k]


def _helps(line: str, encoding: str) -> bool:
    """Converting reads better: more valid syllables, and the line has something to convert."""
    if _has_unicode_vietnamese(line) or _HIGH_LATIN1.search(line) is None:
        return False
    return syllable_score(convert(line, encoding)) > max(syllable_score(line), 0)
