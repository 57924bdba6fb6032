"""The head of a directive: what is acted on, apart from who acts and which document is cited.

Two kinds of words in a passage are context, not evidence, and are found by pattern rather than
by a list of names:

- **Agency names.** An agency word ("Bộ", "Sở", "Cục", "Viện", "Hội", "Trung tâm", …) followed
  by capitalised words ("Bộ Khoa học và Công nghệ", "Sở Lao động - Thương binh và Xã hội",
  "Hội Khuyến học Việt Nam"): Vietnamese capitalises the first syllable of each word of a proper
  name, so the name runs while capitalised words follow, joined by "và", "-" or "&". These
  words are masked (they never count).
- **Titles of cited documents.** A document type ("Đề án", "Quyết định", "Nghị quyết", …),
  with its number, date and issuer, followed by a quoted title or by "về …" up to the next
  comma: the title names the cited document's topic. Its words are marked so that the matcher
  counts them at a discount: "sau 8 năm thực hiện Đề án “Xây dựng xã hội học tập …”, 98% …
  biết chữ" is about literacy, while "Tiếp tục thực hiện Đề án ‘Xây dựng xã hội học tập’" has
  nothing else and is still read as that topic.
"""

from __future__ import annotations

import re

MASK = "qqmaskqq"
TITLE_OPEN = "qqtitleqq"
TITLE_CLOSE = "qqendtitleqq"

_AGENCY_HEADS = frozenset(
    "Bộ Sở Cục Viện Hội Vụ Đài Báo Tổng Học Trung Thường".split()
)
# Two-word heads: "Tổng cục", "Học viện", "Trung tâm", "Thường trực".
_TWO_WORD_HEADS = frozenset({("Tổng", "cục"), ("Học", "viện"), ("Trung", "tâm"), ("Ủy", "ban"), ("Uỷ", "ban")})
_JOINERS = frozenset({"và", "-", "–", "&"})
# Names that are themselves evidence of a task (LABELLING §7: a steering committee is direction).
_NOT_AGENCY_NEXT = frozenset({"Chỉ", "Chấp"})

_DOC_WORDS = (
    "Đề án", "Quyết định", "Nghị quyết", "Kết luận", "Chỉ thị", "Kế hoạch", "Chương trình", "Chiến lược",
    "Nghị định", "Thông tư", "Luật", "Công văn", "Dự án",
)
_DOC_RE = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in _DOC_WORDS) + r"|" + "|".join(re.escape(w.lower()) for w in _DOC_WORDS)
    + r")\b"
)
_QUOTE_OPEN = "“\"‘'«"
_QUOTE_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_PUNCT = ",;:.()!?”“\"‘’'"


def _is_cap(word: str) -> bool:
    w = word.strip(_PUNCT)
    return bool(w) and (w[0].isupper() or w[0].isdigit() and "&" in w)


_HEAD_HINT = re.compile(r"(?:Bộ|Sở|Cục|Viện|Hội|Vụ|Đài|Báo|Tổng cục|Học viện|Trung tâm|Ủy ban|Uỷ ban) \S")


def mask_agencies(text: str) -> str:
    """Replace capitalised agency names by the mask token (their words are never evidence)."""
    if not _HEAD_HINT.search(text):
        return text
    words = text.split(" ")
    out = list(words)
    i = 0
    n = len(words)
    while i < n:
        w = words[i].strip(_PUNCT)
        start = i
        if i + 1 < n and (w, words[i + 1].strip(_PUNCT)) in _TWO_WORD_HEADS:
            i += 2
        elif w in _AGENCY_HEADS and w not in {"Tổng", "Học", "Trung", "Thường"}:
            i += 1
        else:
            i += 1
            continue
        if i >= n or not _is_cap(words[i]) or words[i].strip(_PUNCT) in _NOT_AGENCY_NEXT:
            continue
        if words[start].endswith(tuple(",;:.")):
            continue
        end = i
        while end < n:
            tok = words[end]
            bare = tok.strip(_PUNCT)
            if _is_cap(tok):
                end += 1
                # one lower-case syllable completes a two-syllable word ("Khoa học", "Đào tạo")
                if (
                    not tok.endswith(tuple(",;:.)"))
                    and end < n
                    and words[end][:1].islower()
                    and words[end].strip(_PUNCT) not in _JOINERS
                ):
                    nxt = words[end]
                    end += 1
                    if nxt.endswith(tuple(",;:.)")):
                        break
                elif tok.endswith(tuple(",;:.)")):
                    break
                continue
            if bare in _JOINERS and end + 1 < n and _is_cap(words[end + 1]):
                end += 1
                continue
            if tok.startswith("(") and _is_cap(tok[1:]) and tok.endswith(")"):
                end += 1  # "(GD&ĐT)"
                continue
            break
        for k in range(start, end):
            out[k] = MASK + ("," if words[k].endswith(",") else "")
        i = end
    return " ".join(out)


def mark_titles(text: str) -> str:
    """Wrap the titles of cited documents in TITLE_OPEN … TITLE_CLOSE tokens."""
    if not (" về " in text or "v/v" in text or any(q in text for q in _QUOTE_OPEN)) or not _DOC_RE.search(text):
        return text
    out: list[str] = []
    pos = 0
    for m in _DOC_RE.finditer(text):
        if m.start() < pos:
            continue
        after = text[m.end() : m.end() + 160]
        # a quote within the document's number/date/issuer: "Đề án số 12 ngày … của UBND tỉnh “…”"
        q = next((k for k, c in enumerate(after) if c in _QUOTE_OPEN), -1)
        ve = re.match(r"(?:[^,;.“”\"]{0,80}?)\s(về|v/v)\s", after)
        if 0 <= q <= 90 and (ve is None or q < ve.start(1)):
            close = _QUOTE_CLOSE[after[q]]
            end = after.find(close, q + 1)
            if end < 0:
                continue
            a, b = m.end() + q + 1, m.end() + end
        elif ve is not None:
            a = m.end() + ve.end()
            stop = re.search(r"[,;.:(]|\s(?:nhằm|để|với|theo đó)\s", text[a:])
            b = a + (stop.start() if stop else len(text) - a)
        else:
            continue
        out.append(text[pos:a])
        out.append(f" {TITLE_OPEN} {text[a:b]} {TITLE_CLOSE} ")
        pos = b
    out.append(text[pos:])
    return "".join(out)


def prepare(text: str) -> str:
    """A clause ready for matching: agencies masked, cited titles marked."""
    return mark_titles(mask_agencies(text))
