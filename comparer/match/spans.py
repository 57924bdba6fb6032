"""Where a match's reason words stand in the passage, for the faces to highlight."""

from __future__ import annotations

import re
from collections.abc import Sequence

from comparer.text.normalize import unify_tones

_WORD = re.compile(r"\w+")


def reason_spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``text`` of each of ``words``, longest phrases first, in text order.

    ``Match.reason`` holds phrases in the engine's matching form ("sửa đổi , bổ sung", lower
    case, one tone placement), so the search ignores case, punctuation between words and tone
    placement (hoá/hóa), and never marks half a word. The offsets index the passage as it is
    (its own spelling), for display.
    """
    phrases = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    alternatives = [r"[\W_]+".join(re.escape(t) for t in _WORD.findall(unify_tones(p))) for p in phrases]
    alternatives = [a for a in alternatives if a]
    if not alternatives:
        return []
    pattern = re.compile("|".join(rf"(?<!\w){a}(?!\w)" for a in alternatives), re.IGNORECASE)
    unified = unify_tones(text)
    # Re-placing a tone mark keeps NFC text the same length; if not, search the text as it is.
    haystack = unified if len(unified) == len(text) else text
    return [(m.start(), m.end()) for m in pattern.finditer(haystack)]
