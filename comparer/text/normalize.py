"""Vietnamese text normalisation: one display form (NFC, clean spaces) and one matching form.

Matching form = NFC + one tone placement (hoà → hòa, thuỷ → thủy) + look-alike letters mapped
(Ð U+00D0 → Đ, Cyrillic а/е/о/р/с/х → Latin) + lowercase + punctuation as spaces. The
original text is kept for display and export; only the matching form is compared.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Combining tone marks (the five tones; "ngang" has none).
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Vowels carrying a quality mark take the tone first (â ă ê ô ơ ư).
_MARKED = set("âăêôơưÂĂÊÔƠƯ")
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")

_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "\u0110",  # Ð (Icelandic eth) → Đ
        "\u00f0": "\u0111",  # ð → đ
        "\u0189": "\u0110",  # Ɖ (African D) → Đ
        "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0445": "x",
        "\u0410": "A", "\u0415": "E", "\u041e": "O", "\u0420": "P", "\u0421": "C", "\u0425": "X",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
        "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None, "\u00ad": None,
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    }
)

_HAS_LOOKALIKE = re.compile("[" + "".join(re.escape(chr(c)) for c in _LOOKALIKES) + "]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Runs of two or more spaces, and single odd spaces: the same result as "[ \t\r\f\v]+" → " "
# without rewriting every single space of a page (2.5x faster on a 40 kB page).
_SPACE = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")
_NON_WORD = re.compile(r"[^\w%]+", re.UNICODE)
_TOKEN = re.compile(r"[\w%]+")
_EDGE_PUNCTUATION = ",.;:!?…()[]“”\"'‘’«»-–—/*"  # none of them a word character
_LIST_SEP = re.compile(r"[,;]")


def clean(text: str) -> str:
    """Display form: NFC, look-alike letters mapped, odd spaces unified, runs of spaces folded.

    Newlines are kept (readers decide what they mean); each line is stripped.
    """
    # One substitution over the whole text, not one per line: no run of spaces crosses a newline.
    text = unicodedata.normalize("NFC", _map_lookalikes(text))
    if _has_space_run(text):  # most texts have none: five substring scans cost a tenth of the regex's
        text = _SPACE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def _has_space_run(text: str) -> bool:
    """Whether ``_SPACE`` has anything to fold in ``text``."""
    return "  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text


_LOOKALIKE_TEXT = {chr(k): "" if v is None else (v if isinstance(v, str) else chr(v)) for k, v in _LOOKALIKES.items()}


def _map_lookalikes(text: str) -> str:
    # str.translate with a dict looks up every character (1 ms for a 40 kB page); a regex
    # touches only the few look-alikes a text has.
    found = _HAS_LOOKALIKE.search(text)
    if found is None:
        return text
    at = found.start()  # the text before the first look-alike is not scanned twice
    return text[:at] + _HAS_LOOKALIKE.sub(_lookalike_text, text[at:])


def _lookalike_text(m: re.Match[str]) -> str:
    return _LOOKALIKE_TEXT[m.group()]


def one_line(text: str) -> str:
    """Display form on one line: ``clean`` then all whitespace folded to single spaces."""
    # clean() without its space folding: split() folds every kind of space and newline anyway.
    return " ".join(unicodedata.normalize("NFC", _map_lookalikes(text)).split())


@functools.lru_cache(maxsize=65536)
def _place_tone(word: str) -> str:
    """Re-place the tone mark of one syllable by the traditional rule (hòa, thủy, khỏe).

    Rule: a vowel with a quality mark takes it (ươ → ơ); otherwise, with a final consonant
    after the vowel cluster, the cluster's last vowel; otherwise the first vowel of a
    two-vowel cluster and the middle one of three. "qu" and "gi" count as consonants.
    """
    decomposed = unicodedata.normalize("NFD", word)
    tone = ""
    base_chars: list[str] = []
    for ch in decomposed:
        if ch in _TONES:
            if tone:  # two tones: not a Vietnamese syllable, leave it alone
                return word
            tone = ch
        else:
            base_chars.append(ch)
    if not tone:
        return word
    base = unicodedata.normalize("NFC", "".join(base_chars))
    lower = base.lower()
    start = 0
    if lower.startswith("qu") or (lower.startswith("gi") and len(lower) > 2 and lower[2] in "aăâeêoôơuưy"):
        start = 2
    # Find the vowel cluster after the initial consonants.
    i = start
    while i < len(base) and base[i] not in _VOWELS:
        i += 1
    j = i
    while j < len(base) and base[j] in _VOWELS:
        j += 1
    if i == j:  # no vowel cluster found: not a syllable we know how to place
        return word
    cluster = range(i, j)
    pos = -1
    marked = [k for k in cluster if base[k] in _MARKED]
    if marked:
        pos = marked[-1]  # ươ: ơ; uô: ô; iê: ê
    elif j < len(base):  # final consonant follows
        pos = j - 1
    elif len(cluster) == 1 or len(cluster) == 2:
        pos = i
    else:
        pos = i + 1
    out = base[: pos + 1] + tone + base[pos + 1 :]
    return unicodedata.normalize("NFC", out)


def unify_tones(text: str) -> str:
    """Move tone marks to one placement so "hoà"/"hòa", "thuỷ"/"thủy" compare equal."""
    return _WORD.sub(lambda m: _place_tone(m.group(0)), text)


def norm(text: str) -> str:
    """Matching form: NFC, tones unified, look-alikes mapped, lowercase, words only.

    Keeps letters with their diacritics, digits and "%"; everything else becomes one space.
    """
    text = unicodedata.normalize("NFC", _map_lookalikes(text)).lower()
    # The words: runs of letters, digits and "%" (one findall; no such character is white
    # space). "_" is \w to the regex but separates words here, hence the longer way for it.
    words = _NON_WORD.sub(" ", text).replace("_", " ").split() if "_" in text else word_runs(text)
    # Tone placement word by word through the cache: plans repeat their words, so this is
    # mostly dictionary look-ups (a regex callback per word cost a third of matching time).
    return " ".join(map(_place_tone, words))


def word_runs(text: str) -> list[str]:
    """The runs of letters, digits, "_" and "%" in ``text``, in order (``[\\w%]+``).

    No such character is white space, so each run lies inside one of ``str.split``'s pieces;
    most pieces are a whole word (``isalnum``, the regex's ``\\w`` but for "_") and need no
    regex at all, which is twice as fast on plan text.
    """
    out: list[str] = []
    for piece in text.split():
        if piece.isalnum():
            out.append(piece)
            continue
        core = piece.strip(_EDGE_PUNCTUATION)  # "dục," "(2025)": a word inside punctuation
        if core.isalnum():
            out.append(core)
        else:
            out += _TOKEN.findall(piece)
    return out


def match_tokens(text: str) -> list[str]:
    """Matching-form tokens with list commas kept as "," tokens.

    Commas matter to matching: "đổi mới, sáng tạo" lists two qualities while "đổi mới sáng tạo"
    is innovation; a cue written without a comma does not match across one.
    """
    return norm(_LIST_SEP.sub(" qqcommaqq ", text)).replace("qqcommaqq", ",").split()


def fold(text: str) -> str:
    """Search form without diacritics: ``norm`` with every mark dropped and đ → d.

    Officers type "tri tue" on an office PC without Unikey running and expect "trí tuệ";
    filters compare this form of the query with this form of each row.
    """
    decomposed = unicodedata.normalize("NFD", norm(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")
