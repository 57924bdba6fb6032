"""Names of Vietnamese agencies and bodies that plans assign work to.

Used twice: task extraction records the responsible agency of an assignment, and matching
masks agency names so that "Sở Khoa học và Công nghệ" or "Sở Thông tin và Truyền thông" is
not taken as evidence for research or communication tasks.
"""

from __future__ import annotations

import re

from comparer.text.normalize import norm

# Matching forms, longest first where one contains another.
AGENCIES: tuple[str, ...] = (
    "sở giáo dục và đào tạo",
    "sở lao động thương binh và xã hội",
    "sở nội vụ",
    "sở tài chính",
    "sở kế hoạch và đầu tư",
    "sở khoa học và công nghệ",
    "sở thông tin và truyền thông",
    "sở văn hóa thể thao và du lịch",
    "sở văn hóa và thể thao",
    "sở văn hóa thể thao",
    "sở tài nguyên và môi trường",
    "sở nông nghiệp và phát triển nông thôn",
    "sở nông nghiệp và môi trường",
    "sở xây dựng",
    "sở tư pháp",
    "sở y tế",
    "sở công thương",
    "sở ngoại vụ",
    "sở dân tộc và tôn giáo",
    "sở giao thông vận tải",
    "sở quy hoạch kiến trúc",
    "ban dân tộc",
    "ban tuyên giáo và dân vận",
    "ban tuyên giáo",
    "ban tổ chức",
    "ban dân vận",
    "ban quản lý các khu công nghiệp",
    "ban quản lý khu kinh tế",
    "ủy ban mặt trận tổ quốc việt nam",
    "ủy ban mặt trận tổ quốc",
    "mặt trận tổ quốc việt nam",
    "ủy ban nhân dân",
    "ubnd",
    "hội đồng nhân dân",
    "hđnd",
    "bộ giáo dục và đào tạo",
    "bộ gd&đt",
    "bộ lao động thương binh và xã hội",
    "bộ chính trị",
    "ban chấp hành trung ương",
    "ban bí thư",
    "ban thường vụ",
    "thành ủy",
    "tỉnh ủy",
    "huyện ủy",
    "thị ủy",
    "quận ủy",
    "công an thành phố",
    "công an tỉnh",
    "bộ chỉ huy quân sự",
    "đoàn thanh niên cộng sản hồ chí minh",
    "tỉnh đoàn",
    "thành đoàn",
    "hội liên hiệp phụ nữ",
    "liên đoàn lao động",
    "hội khuyến học",
    "hội cựu giáo chức",
    "đài phát thanh và truyền hình",
    "cục thống kê",
    "bảo hiểm xã hội",
    "kho bạc nhà nước",
    "phòng giáo dục và đào tạo",
    "phòng văn hóa xã hội",
)

_AGENCY_TOKENS = tuple(tuple(a.split()) for a in AGENCIES)
# By first word, longest first: a lookup per position instead of a scan of every name.
_BY_FIRST: dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]] = {}
for _first in {a[0] for a in _AGENCY_TOKENS}:
    _lengths = sorted({len(a) for a in _AGENCY_TOKENS if a[0] == _first}, reverse=True)
    # per length, longest first: one slice and one set look-up per length, not a compare per name
    _BY_FIRST[_first] = tuple(
        (n, frozenset(a for a in _AGENCY_TOKENS if a[0] == _first and len(a) == n)) for n in _lengths
    )

# A heading or lead-in that names agencies: "1. Sở Giáo dục và Đào tạo, Sở Lao động - ...".
_LEAD = re.compile(
    r"^(?:(?:Các\s+)?(?:Sở|Ban|Bộ|Ủy ban|Uỷ ban|UBND|Hội đồng|Trường|Viện|Phòng|Đài|Báo|Công an|"
    r"Bộ Chỉ huy|Đoàn|Hội|Liên đoàn|Cục|Kho bạc|Bảo hiểm|Thành ủy|Tỉnh ủy|Huyện ủy|Thị ủy|Quận ủy|"
    r"Các sở|Các cơ quan|Các đơn vị|Các huyện|Các quận|Mặt trận)\b)"
)


def agency_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` in a matching-form token list that name an agency."""
    spans: list[tuple[int, int]] = []
    end = 0
    # Only positions whose word can start a name are looked at (most clauses have none or one).
    for i in [k for k, t in enumerate(tokens) if t in _BY_FIRST]:
        if i < end:
            continue
        for n, names in _BY_FIRST[tokens[i]]:
            if tuple(tokens[i : i + n]) in names:
                spans.append((i, i + n))
                end = i + n
                break
    return spans


def looks_like_agency_heading(text: str) -> bool:
    """Whether a short heading names who is assigned, e.g. "2. Sở Nội vụ", "5. Trường Đại học Hải Phòng"."""
    t = text.strip()
    words = t.split()
    if not words or len(words) > 16 or t.endswith((".", ";")):
        return False
    return bool(_LEAD.match(t))


def find_agencies(text: str) -> list[str]:
    """Agency names (matching form) mentioned in ``text``, in order, without repeats."""
    tokens = norm(text).split()
    seen: list[str] = []
    for s, e in agency_spans(tokens):
        name = " ".join(tokens[s:e])
        if name not in seen:
            seen.append(name)
    return seen
