"""The role a passage plays in a plan, decided before any matching.

Only directives, targets and reported results carry a task. Everything else a plan (or the web
page it arrives in) contains is read for what it is, whatever words it holds:

- ``FURNITURE``: page and document furniture: menus, bylines, the national motto, "Số: …",
  "Hà Nội, ngày …", "Kính gửi:", metadata boxes ("Số hiệu: … Loại văn bản: …").
- ``FRAMING``: the document's own title and headlines that only name a document, legal bases
  ("Căn cứ …", "Xét …", "Theo đề nghị …", "Thực hiện Kết luận số …"), issuance and approval
  lines ("Điều 1. Phê duyệt …", "UBND tỉnh vừa ban hành …", "… thông qua Nghị quyết …"),
  "Về …" topic headings, stock openers ("Được sự quan tâm lãnh đạo …").
- ``VISION``: counts of what exists today and national visions or country-ranking targets.
- ``ADMINISTRATION``: running the plan itself: reporting duties, entry into force, who
  executes a decision.
- ``DIRECTIVE``: everything else; the only role that is matched.

The rules look at the shape of a line (how it opens, whether it is a title without a verb after
the document number, whether it reports anything), never at one passage's wording. They are
used by ``classify``, by ``compare`` (through the matcher) and by task extraction alike, so the
window, the CLI and the exports agree on what is a task.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from enum import Enum

from comparer.text.markers import split_marker
from comparer.text.noise import is_chrome
from comparer.text.normalize import word_runs


class Role(Enum):
    """What a passage does in its document."""

    DIRECTIVE = "directive"
    FRAMING = "framing"
    VISION = "vision"
    FURNITURE = "furniture"
    ADMINISTRATION = "administration"


# Kinds of documents plans cite and issue (matching form).
DOC_TYPES = (
    "quyết định", "nghị quyết", "kết luận", "chỉ thị", "kế hoạch", "đề án", "chương trình hành động",
    "chương trình", "chiến lược", "thông tư", "nghị định", "công văn", "luật", "tờ trình", "báo cáo",
    "hướng dẫn", "thông báo", "quy chế", "quy định", "pháp lệnh", "hiến pháp", "văn bản",
)
_DOC = "(?:" + "|".join(sorted(DOC_TYPES, key=len, reverse=True)) + ")"
# A document number as norm() leaves it: "1842 qđ ubnd", "29 nq tw", "số 142 2025 nđ cp".
_NUMBER = r"(?:số\s+)?\d+(?:\s+\d+)*(?:\s+[a-zđ]{1,6}){0,4}"

_FURNITURE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^cộng hòa xã hội chủ nghĩa việt nam",
            r"^độc lập tự do hạnh phúc$",
            r"^số\s+\d",  # "Số: 1842/QĐ-UBND"
            r"^số hiệu\b",  # legal sites' metadata box
            r"^kính gửi\b",
            r"^nơi nhận\b",
            r"^(?:quyết định|quyết nghị|nghị quyết|kết luận|chỉ thị)$",  # "QUYẾT ĐỊNH:" before the articles
            r"^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s+\d",
            r"^(?:date\s+)?\d{4}(?:\s+\d{1,2}){1,2}(?:\s+\d{1,2}){0,4}(?:\s+0)?$",  # "date 2025-09-26", stamps
            r"^[\w\s]{2,30}\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$",  # "Bình Định, ngày 20 tháng 3 năm 2015"
        )
    )
)
_LEGAL_BASIS = re.compile(r"^(?:căn cứ|xét|theo đề nghị|theo tờ trình|v v)\b")
_IMPLEMENTING = re.compile(rf"^(?:thực hiện|triển khai|tiếp tục thực hiện|để triển khai)\s+{_DOC}\s+(?:số\s+)?\d")
# A title: a document type, its number or its subject, and no verb of its own after that.
_TITLE = re.compile(
    rf"^{_DOC}\s+(?:{_NUMBER}\s+)?(?:năm\s+\d{{4}}\s+)?"
    rf"(?:về|v v|về việc|phê duyệt|ban hành|thực hiện|triển khai|của|ngày|năm|\d|{_DOC}\b)"
)
_ISSUANCE = re.compile(
    rf"(?:^|\s)(?:(?:vừa|đã|đang|sẽ)\s+)?"
    rf"(?<!được )(?:ký\s+)?(?:ban hành|thông qua|phê duyệt|công bố|ký)\s+(?!kèm theo)(?:\S+\s+)?{_DOC}\b"
)
_AWARD = re.compile(r"\b(?:được khen thưởng|bằng khen|cờ thi đua|danh hiệu thi đua|tặng cờ|tặng bằng|giấy khen)\b")
_LEAD_IN = re.compile(r"\b(?:thống nhất|sau đây|như sau|gồm|bao gồm|cụ thể là)$")
_PERSON = re.compile(r"^(?:đồng chí|đ c|ông|bà)\s")
_SPEECH = re.compile(r"\b(?:nhấn mạnh|đề nghị|yêu cầu|cần|phải|chỉ đạo các|lưu ý)\b")
_EVENT_ISSUANCE = re.compile(
    rf"(?:đã|vừa)\s+tổ chức\s+(?:hội nghị|lễ|buổi)\s+(?:\S+\s+)?(?:triển khai|công bố)\s+(?:\S+\s+)?{_DOC}\b"
)
_ANNOUNCED = re.compile(
    rf"(?:vừa|đã|đang)\s+(?:quyết định\s+)?(?:thành lập|xây dựng|ban hành|ký)\s+(?:\S+\s+)?(?:{_DOC}|ban chỉ đạo)\b"
)
_ARTICLE = re.compile(r"^điều\s+\d+\s+(?:phê duyệt|ban hành)\b")
_STOCK = re.compile(r"^(?:được sự quan tâm|dưới sự lãnh đạo|với sự quan tâm)\b")
_VISION = re.compile(r"(?:nhóm|top)\s+\d+\s+(?:quốc gia|nước|nền)|^tầm nhìn\b")
# Counts of what exists: "Toàn tỉnh hiện có 512 trường", "có tổng số 1.200 giáo viên".
_STOCK_COUNT = re.compile(
    r"^(?:hiện nay\s+)?(?:toàn (?:tỉnh|thành phố|huyện|quận|ngành|thị xã)|tỉnh|thành phố|huyện)\s+(?:hiện\s+)?có\s+"
    r"(?:tổng số\s+)?\d"
)
_RESULT = re.compile(r"\b(?:đã|đạt|được công nhận|hoàn thành|tính đến|đến nay)\b")
_ADMIN = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"(?:quyết định|nghị quyết|kế hoạch|thông tư) này có hiệu lực",
            r"chịu trách nhiệm thi hành",
            r"^kinh phí (?:thực hiện|triển khai|để thực hiện) (?:kế hoạch|đề án|chương trình|quyết định|nghị quyết)",
            r"(?:theo dõi|đôn đốc|giám sát|kiểm tra|tổng hợp|báo cáo)\b[^.;]{0,80}\b(?:thực hiện|triển khai) "
            r"(?:kế hoạch|đề án|quyết định|nghị quyết|chương trình) này",
            r"^(?:chế độ|định kỳ) báo cáo",
            r"\bbáo cáo (?:kết quả|tình hình) thực hiện (?:kế hoạch|đề án|quyết định|nghị quyết) (?:này|về)",
            r"^(?:trong quá trình thực hiện|quá trình thực hiện)(?: kế hoạch| đề án)?\s+nếu có (?:khó khăn|vướng mắc)",
        )
    )
)
ROLE_WORDS = 80  # a role shows in how a passage opens; longer passages are read up to here
_FIRST_CLAUSE_END = re.compile(r";|[.!?…]\s")
_DIGIT = re.compile(r"\d")
_ADMIN_OPENERS = ("kinh phí", "chế độ", "định kỳ", "trong quá trình", "quá trình")
_IMPLEMENTING_OPENERS = ("thực hiện", "triển khai", "tiếp tục thực hiện", "để triển khai")
_ISSUANCE_VERBS = ("ban hành", "thông qua", "phê duyệt", "công bố", "ký", "thành lập", "xây dựng", "triển khai")
_SENTENCE_END = re.compile(r"[.!?…]\s+\S")


def _light_words(text: str) -> list[str]:
    """The words of a cheap matching form for the role patterns: NFC, lower case, words only.

    Tone placement (hoà/hòa) is not unified: no role pattern has a syllable where it differs.
    A word is a run of letters, digits, "_" and "%" (no such character is white space, so
    these are the words ``str.split`` finds once everything else is a space).
    """
    return word_runs(unicodedata.normalize("NFC", text).lower())


@functools.lru_cache(maxsize=65536)
def passage_role(text: str) -> Role:
    """The role of one passage (a paragraph, a list item, a heading, a sentence).

    Cached: extraction and matching ask about the same passages.
    """
    raw = " ".join(text.split()[:ROLE_WORDS])
    if not raw:
        return Role.FURNITURE
    marker, rest = split_marker(raw)
    body = rest if marker is not None else raw
    words = _light_words(body)
    if not words:
        return Role.FURNITURE
    n = " ".join(words)
    if _LEGAL_BASIS.match(n) or _ARTICLE.match(n) or _STOCK.match(n):
        return Role.FRAMING
    if _FURNITURE.match(n) or (len(words) <= 12 and is_chrome(body)):
        return Role.FURNITURE
    # Cheap word tests first: most passages are directives and fail every pattern below.
    if ("này" in n or "thi hành" in n or n.startswith(_ADMIN_OPENERS)) and _ADMIN.search(n):
        return Role.ADMINISTRATION
    one_sentence = not _SENTENCE_END.search(body.rstrip(" .;:"))
    if n.startswith(_IMPLEMENTING_OPENERS) and _IMPLEMENTING.match(n) and not _RESULT.search(n):
        return Role.FRAMING
    if n.startswith(DOC_TYPES):
        if one_sentence and len(words) <= 45 and _TITLE.match(n) and "mục tiêu" not in n and "nhằm" not in n:
            return Role.FRAMING
        if body.isupper() and len(words) <= 30:
            return Role.FRAMING  # an all-caps document title ("QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN …")
    if marker is None and len(words) <= 30 and body.isupper():
        # a site name or an unnumbered section heading ("TỔ CHỨC THỰC HIỆN"); numbered headings
        # that name a directive ("1. TĂNG CƯỜNG CÔNG TÁC TUYÊN TRUYỀN") still count
        return Role.FRAMING
    if marker is None and body.endswith(":") and _LEAD_IN.search(n):
        # a lead-in to a list ("Đại hội đã thảo luận và thống nhất:", "… với những nội dung sau đây:")
        return Role.FRAMING
    if len(words) <= 40 and _PERSON.match(n) and not _SPEECH.search(n):
        return Role.FRAMING  # a caption or who-is-who line ("Đồng chí …, Phó Chủ tịch UBND tỉnh …")
    if len(words) <= 30 and _AWARD.search(n):
        return Role.FRAMING  # emulation and awards (LABELLING §2: generic praise, awards → no task)
    if body.endswith("|") and ("..." in body or "…" in body):
        return Role.FURNITURE  # a cut-off teaser of another article in a link table
    # the opening of the first sentence, up to its first ";" (later parts are other directives)
    cut = _FIRST_CLAUSE_END.search(body)
    head = " ".join((words if cut is None else _light_words(body[: cut.start()]))[:30])
    if any(v in head for v in _ISSUANCE_VERBS):
        issuance = _ISSUANCE.search(head) or _EVENT_ISSUANCE.search(head) or (
            _ANNOUNCED.search(head)
        )
        if issuance and (one_sentence or len(words) <= 60):
            # an issuance or announcement line opens the passage: it reports a document, not its content
            return Role.FRAMING
    if n.startswith("về ") and len(words) <= 12 and not _DIGIT.search(n):
        return Role.FRAMING
    if len(words) <= 30 and ("tầm nhìn" in n or "nhóm" in n or "top" in n) and _VISION.search(n):
        return Role.VISION
    if " có " in n and _STOCK_COUNT.match(n) and not _RESULT.search(n):
        return Role.VISION
    return Role.DIRECTIVE


def is_matchable(text: str) -> bool:
    """Whether a passage may carry a task: only directives, targets and results do."""
    return passage_role(text) is Role.DIRECTIVE
