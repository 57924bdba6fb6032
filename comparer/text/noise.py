"""Web-page chrome that real plans arrive wrapped in: menus, bylines, counters, related headlines.

The seeds are text dumps of news and portal pages; none of this may become a task.
"""

from __future__ import annotations

import re

from comparer.text.normalize import norm

# Chrome in a line of any length up to LONG_LINE words: links, addresses, counters, stamps.
_ANYWHERE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"https?://|www\.|\.(?:vn|com|net|org)\b",
            r"@[\w-]+\.\w+",
            r"\b(?:view count|lượt xem|lượt truy cập|đang online|số lượt)\b",
            r"\b\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}\b",
            r"last modified|this post|website chuyên|tổng hợp các thông tin",
            r"^!\[|\]\(",
        )
    ),
    re.IGNORECASE,
)
# Chrome only in a short line (SHORT_LINE words or fewer): menu words and labels that plan text
# also uses ("chia sẻ kinh nghiệm", "Ngày 30/12/2024, UBND thành phố ban hành …").
_SHORT = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^(?:categories|danh mục|chuyên mục|tags?|từ khóa|published by|posted by|đăng bởi|tác giả)\b",
            r"\btrực tuyến\b",
            r"^(?:ngày đăng|cập nhật|thời gian|ngày cập nhật|ngày)\s*:?\s*\d",
            r"^\d{1,2}/\d{1,2}/\d{4}$",
            r"\b(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+(?:ago|trước)$|\bago$",
            r"^(?:điện thoại|fax|email|e-mail|địa chỉ|liên hệ|hotline|đt)\s*:?",
            r"^(?:cơ quan chủ quản|cơ quan quản lý|trưởng ban biên tập|chịu trách nhiệm|giấy phép|bản quyền|©)",
            r"tăng cỡ chữ|giảm cỡ chữ|in bài|chia sẻ|bình luận|gửi bài|đọc thêm|xem thêm|quay lại|trang chủ",
            r"^(?:publishingportal|block_|menu|search|tìm kiếm|đăng nhập|đăng ký)",
            r"^(?:ảnh|nguồn|photo)\s*:",
            r"^(?:toàn cảnh|quang cảnh)\b.{0,60}$",
        )
    ),
    re.IGNORECASE,
)
SHORT_LINE = 12
LONG_LINE = 40

# Lines after which the rest of a page is sidebar or footer.
_TAIL_MARKERS = frozenset(
    norm(s)
    for s in (
        "Tin khác", "Các tin khác", "Các tin cũ hơn", "Tin cũ hơn", "Tin liên quan", "Bài viết liên quan",
        "Bài đăng mới nhất", "Có thể bạn quan tâm", "Tin mới nhất", "Tin mới", "Đọc nhiều", "Xem nhiều",
        "Tin nổi bật", "Bài liên quan", "Tin cùng chuyên mục", "Các bài viết khác", "Tin đã đưa",
        "Các tin đã đưa", "Tin tức khác", "Tin bài liên quan", "Tin tức liên quan", "Bài viết khác",
        "Bài viết cùng chuyên mục", "Cùng chuyên mục", "Tin đọc nhiều", "Tin xem nhiều", "Đọc nhiều nhất",
        "Xem nhiều nhất", "Tin mới cập nhật", "Các bài khác", "Tin khác cùng chuyên mục", "Bài mới",
    )
)


_TAIL_MAX = max(len(m) for m in _TAIL_MARKERS) + 10


def is_chrome(text: str) -> bool:
    """Whether a line is page chrome (menu item, byline, counter, contact line, link)."""
    t = text.strip()
    if not t:
        return True
    words = t.split()
    if len(words) > LONG_LINE:  # plan paragraphs are long; chrome is not
        return False
    if _ANYWHERE.search(t) or (len(words) <= SHORT_LINE and _SHORT.search(t)):
        return True
    # Bylines and signatures: two to four capitalised words, no verb, no full stop
    # ("Hà Chi", "PHẠM HẢO - THÀNH CHUNG", "Hồng Nhung").
    if len(words) <= 5 and not t.endswith((".", ":", ";")):
        caps = [w for w in words if w[:1].isupper() or w in {"-", "–"}]
        if len(caps) == len(words) and not t.isupper():
            return True
        if t.isupper() and "-" in words and len(words) <= 6:
            return True
    return False


def is_tail_marker(text: str) -> bool:
    """Whether a line opens the sidebar/footer part of a web page ("Tin khác", "Các tin cũ hơn")."""
    return len(text) <= _TAIL_MAX and norm(text) in _TAIL_MARKERS
