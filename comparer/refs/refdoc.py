"""The structure of a central document read as a reference: its tasks section, tasks and key points.

A Party or State document (Kết luận, Nghị quyết, Chỉ thị, Đề án) sets its tasks in one part,
"NHIỆM VỤ, GIẢI PHÁP" (or "NHIỆM VỤ VÀ GIẢI PHÁP", "NHIỆM VỤ TRỌNG TÂM", "CÁC NHIỆM VỤ, GIẢI PHÁP
CHỦ YẾU"…). The numbered items of that part ("1.", "Một là, …", Word numbering) are the tasks;
what sits under each (a), b) items, bullets, and the directives a paragraph joins with ";") are
its key points. The title block, the preamble, the assessment part ("I. ĐÁNH GIÁ…"), the
implementation part ("III. TỔ CHỨC THỰC HIỆN"), the signature and "Nơi nhận" are not tasks.

Reading a whole document passage by passage, as a plan is read, made KL 91's official text
71 "tasks" with no key points (every title line, a) item and ";" clause its own task): this
module is why that cannot happen again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from comparer.models import Block, BlockKind, Document
from comparer.text.normalize import norm, one_line

# Warning codes a ReferenceDocument (and the Reference built from it) may carry; desktop/
# translates each (desktop/i18n.py reference_warning_message).
NO_TASK_SECTION = "no_task_section"  # no "nhiệm vụ, giải pháp" part: tasks taken from the document's numbered items
NOT_TASK_LIST = "not_task_list"  # no numbered tasks at all: the file does not look like a list of tasks
WARNING_CODES = frozenset({NO_TASK_SECTION, NOT_TASK_LIST})
# One English sentence per code for the CLI (the window has its own translated messages).
WARNING_TEXT = {
    NO_TASK_SECTION: "no 'nhiệm vụ, giải pháp' part found: tasks were taken from the document's numbered items",
    NOT_TASK_LIST: "the document does not look like a list of tasks: each paragraph was taken as a task",
}

# The heading of a tasks part in matching form (no commas), after its marker: "NHIỆM VỤ, GIẢI
# PHÁP", "Những nhiệm vụ và giải pháp chủ yếu", "NHIỆM VỤ TRỌNG TÂM", "GIẢI PHÁP THỰC HIỆN".
_TASKS_HEAD = re.compile(
    r"^(?:về\s+)?(?:(?:các|những)\s+)?(?:nhóm\s+)?(?:nhiệm vụ|giải pháp)\b"
    r"(?:\s+(?:và\s+)?(?:các\s+)?(?:nhiệm vụ|giải pháp))?"
    r"(?:\s+(?:chủ yếu|trọng tâm|trọng yếu|cụ thể|chính|thực hiện|đột phá))*\s*[:.]?$"
)
# Parts that are never tasks even when their items are numbered.
_NOT_TASKS_HEAD = re.compile(
    r"^(?:tổ chức thực hiện|đánh giá|kết quả|tình hình|bối cảnh|mục đích|mục tiêu|quan điểm|"
    r"căn cứ|phạm vi|kinh phí thực hiện|trách nhiệm|phân công)"
)
# The signature block and the recipients list end the body of a document.
_STOP = re.compile(r"^(?:t/?m\.?\s|tm\.\s?|kt\.\s|q\.\s|tl\.\s|nơi nhận\b)", re.IGNORECASE)
_ORDINAL = re.compile(
    r"^(?P<n>một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba| bốn| lăm)?)\s+là\s*[,:]\s*",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^[IVXLC]+[.)/]?$")
_NUMBER = re.compile(r"^\d{1,2}((?:\.\d{1,2})*)[.)/]?$")
_LETTER = re.compile(r"^\(?[a-zđ]\)?[.)]?$")
_PAREN = re.compile(r"^\(\d{1,2}\)$")
_UPPER_LETTER = re.compile(r"^(?P<m>[A-Z])\.\s+(?=\S)")  # "B. NHIỆM VỤ VÀ GIẢI PHÁP"
# The document's own number opens a line or cell of the title block ("Số 91-KL/TW", "Số: 298/KH-UBND");
# "số 91-KL/TW" inside a line is a document it cites.
_NUMBER_WORD = re.compile(r"^số\s*:?\s*(?P<n>\d+[\w./-]*)", re.IGNORECASE)
_KINDS = ("kết luận", "nghị quyết", "chỉ thị", "quyết định", "kế hoạch", "đề án", "chương trình", "thông báo")
# A directive split off with ";" needs this many words to stand alone ("mầm non; phổ thông" stays one).
_MIN_DIRECTIVE_WORDS = 4

# Ranks: lower is higher in the document's hierarchy.
_RANK = {"roman": 0, "caps": 1, "h1": 1, "h2": 2, "h3": 3, "number": 4, "ordinal": 4,
         "number.1": 5, "number.2": 6, "letter": 7, "paren": 8, "bullet": 9}


@dataclass(frozen=True)
class DocTask:
    """One task as the document states it.

    Attributes:
        marker: its number as written ("1.", "Một là", "2)"), or "" when it had none.
        heading: the task's own sentence (the numbered item, marker removed).
        text: the heading followed by any description paragraphs before its key points.
        key_points: the directives under it, in order, each as written.
    """

    marker: str
    heading: str
    text: str
    key_points: tuple[str, ...]


@dataclass(frozen=True)
class ReferenceDocument:
    """What was read from a central document: where its tasks are and what they say.

    Attributes:
        path: the file.
        title: the document's title composed from its title block ("Kết luận số 91-KL/TW … về …"), or "".
        number: its number ("91-KL/TW"), or "".
        section: the heading of the part the tasks came from ("NHIỆM VỤ, GIẢI PHÁP"), or "".
        tasks: the tasks, in order.
        warnings: codes from WARNING_CODES.
    """

    path: str
    title: str
    number: str
    section: str
    tasks: tuple[DocTask, ...]
    warnings: tuple[str, ...] = ()

    @property
    def key_point_count(self) -> int:
        """Key points over all tasks."""
        return sum(len(t.key_points) for t in self.tasks)


@dataclass(frozen=True)
class _Line:
    block: Block
    family: str  # a key of _RANK, or "" for a plain paragraph
    marker: str
    text: str  # without the marker

    @property
    def rank(self) -> int:
        return _RANK.get(self.family, 99)


def _first_task_list(
    body: list[_Line], is_head: Callable[[_Line], bool], end: Callable[[Sequence[_Line], int], int]
) -> tuple[str, tuple[DocTask, ...]]:
    """The first heading (``is_head``) followed, up to ``end``, by at least two numbered tasks."""
    for i, ln in enumerate(body):
        if is_head(ln):
            found = _tasks_in(body[i + 1 : end(body, i)])
            if len(found) >= 2:
                return ln.text, found
    return "", ()


def read_structure(doc: Document) -> ReferenceDocument:
    """Find the tasks and key points of a central document.

    Args:
        doc: the document as a reader returned it.

    Returns:
        The tasks of its tasks part; when it has none, the numbered items of its other parts
        (warning ``no_task_section``); when it has no numbered items either, its paragraphs
        (warning ``not_task_list``).
    """
    lines = [_line(b) for b in doc.blocks if one_line(b.text)]
    end = next((i for i, ln in enumerate(lines) if _STOP.match(ln.text) and i > 0), len(lines))
    body = lines[:end]
    first_part = _first_part(body)
    number, title = _title(body[:first_part])
    warnings: list[str] = []
    section, tasks = _first_task_list(body, _is_tasks_head, _part_end)
    if not tasks:
        # "… Bộ Chính trị yêu cầu thực hiện tốt các nhiệm vụ, giải pháp sau:" then the tasks.
        section, tasks = _first_task_list(body, _is_lead_in, _lead_in_end)
    if not tasks:
        tasks = _tasks_outside_parts(body)
        warnings.append(NO_TASK_SECTION if tasks else NOT_TASK_LIST)
    if not tasks:
        # From the first part on; a web page's "first part" may be a byline in capitals.
        tasks = _paragraph_tasks(body[first_part:]) or _paragraph_tasks(body)
    return ReferenceDocument(doc.path, title, number, section, tasks, tuple(warnings))


def split_directives(text: str) -> list[str]:
    """The directives a passage joins with ";", each long enough to stand alone.

    >>> split_directives("Thực hiện giáo dục bắt buộc 9 năm; xây dựng một chương trình thống nhất.")
    ['Thực hiện giáo dục bắt buộc 9 năm', 'xây dựng một chương trình thống nhất.']
    """
    parts: list[str] = []
    for piece in text.split(";"):
        piece = piece.strip()
        if not piece:
            continue
        if parts and (len(piece.split()) < _MIN_DIRECTIVE_WORDS or len(parts[-1].split()) < _MIN_DIRECTIVE_WORDS):
            parts[-1] = f"{parts[-1]}; {piece}"
        else:
            parts.append(piece)
    return [p.rstrip(" ;,") for p in parts]


# -- internals ----------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?]\s+")


def _sentences(text: str) -> list[str]:
    """Sentences of a paragraph: a full stop after a lower-case word, then a capital.

    "TP. Hồ Chí Minh" and "Nghị quyết số 29-NQ/TW. Trên cơ sở" keep together only in the first
    case: an abbreviation in capitals before the stop does not end a sentence.
    """
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        closes = before.islower() or before.isdigit() or (before != "" and before in ")”\"%")
        if closes and after.isupper():
            out.append(text[start : m.start() + 1].strip())
            start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]



def _line(block: Block) -> _Line:
    text = one_line(block.text)
    marker = one_line(block.marker)
    family = ""
    if marker:
        family = _marker_family(marker)
    else:
        m = _ORDINAL.match(text)
        upper = _UPPER_LETTER.match(text)
        if m:
            family, marker, text = "ordinal", m.group("n").capitalize() + " là", text[m.end() :]
            text = text[:1].upper() + text[1:]
        elif upper and text[upper.end() :].isupper():
            family, marker, text = "roman", upper.group("m") + ".", text[upper.end() :]
        elif block.kind == BlockKind.HEADING:
            family = f"h{min(max(block.level, 1), 3)}"
        elif _is_caps_head(text) and block.kind != BlockKind.TABLE_ROW:
            family = "caps"
    if family in ("", "bullet") and block.kind == BlockKind.HEADING:
        family = f"h{min(max(block.level, 1), 3)}"
    return _Line(block, family, marker, text)


def _first_part(lines: Sequence[_Line]) -> int:
    """Index of the first part heading; what comes before is the title block and the preamble.

    Title lines are in capitals too ("KẾT LUẬN", "CỦA BỘ CHÍNH TRỊ"), so a heading in capitals
    without a number opens a part only after the first body-length paragraph (the preamble).
    """
    for i, ln in enumerate(lines):
        if ln.family in ("roman", "h1") or _is_tasks_head(ln):
            return i
    prose = next((i for i, ln in enumerate(lines) if not ln.family and len(ln.text.split()) >= 15), len(lines))
    return next((i for i in range(prose, len(lines)) if lines[i].family == "caps"), min(prose, len(lines)))


def _marker_family(marker: str) -> str:
    if _ROMAN.match(marker):
        return "roman"
    m = _NUMBER.match(marker)
    if m:
        depth = m.group(1).count(".")
        return "number" if depth == 0 else f"number.{min(depth, 2)}"
    if _PAREN.match(marker):
        return "paren"
    if _LETTER.match(marker):
        return "letter"
    return "bullet"


def _is_caps_head(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and len(text.split()) <= 14


def _is_tasks_head(ln: _Line) -> bool:
    return len(ln.text.split()) <= 14 and bool(_TASKS_HEAD.match(norm(ln.text)))


def _is_lead_in(ln: _Line) -> bool:
    """A sentence announcing the tasks that follow ("… các nhiệm vụ, giải pháp sau:")."""
    low = norm(ln.text)
    return ln.text.rstrip().endswith(":") and ("nhiệm vụ" in low or "giải pháp" in low) and len(low.split()) <= 60


def _lead_in_end(lines: Sequence[_Line], head: int) -> int:
    """Index after the items a lead-in sentence announces: up to its own rank or above the items' rank."""
    own = lines[head].rank
    first = next((ln for ln in lines[head + 1 :] if ln.family), None)
    if first is None:
        return len(lines)
    for j in range(head + 1, len(lines)):
        ln = lines[j]
        if ln.family and (ln.rank <= own or ln.rank < first.rank):
            return j
    return len(lines)


def _part_end(lines: Sequence[_Line], head: int) -> int:
    """Index after the part that ``lines[head]`` opens: up to the next heading of its rank or higher."""
    # A heading with no number and no capitals ("Nhiệm vụ và giải pháp chủ yếu") ranks as a part.
    rank = lines[head].rank if lines[head].family else _RANK["caps"]
    for j in range(head + 1, len(lines)):
        ln = lines[j]
        if ln.family and ln.rank <= rank:
            return j
        if ln.family in ("caps", "roman", "h1") and _NOT_TASKS_HEAD.match(norm(ln.text)):
            return j
    return len(lines)


def _tasks_in(lines: Sequence[_Line]) -> tuple[DocTask, ...]:
    """The tasks of one part: its highest-ranking repeated item family, and what sits under each."""
    counts: dict[str, int] = {}
    for ln in lines:
        if ln.family and ln.family not in ("roman", "caps"):
            counts[ln.family] = counts.get(ln.family, 0) + 1
    families = sorted((f for f, n in counts.items() if n >= 2), key=lambda f: _RANK[f])
    if not families:
        return ()
    top = families[0]
    heads = [i for i, ln in enumerate(lines) if ln.family == top]
    tasks: list[DocTask] = []
    for k, start in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(lines)
        tasks.append(_task(lines[start], lines[start + 1 : stop]))
    return tuple(tasks)


def _task(head: _Line, under: Sequence[_Line]) -> DocTask:
    marked = any(ln.family and ln.rank > head.rank for ln in under)
    description: list[str] = []
    points: list[str] = []
    seen_item = False
    for ln in under:
        text = ln.text
        if ln.family and ln.rank > head.rank:
            seen_item = True
            points.extend(split_directives(text))
        elif marked and not seen_item:
            description.append(text)
        elif seen_item and points and text[:1].islower():
            # A sub-item broken over a page or a line break: its continuation starts in lower case.
            points[-1] = f"{points[-1]} {text}"
        elif ln.family:
            points.extend(split_directives(text))
        else:
            # Body prose under a task (no a), b) items): each sentence, and each ";" directive in it.
            points.extend(d for sentence in _sentences(text) for d in split_directives(sentence))
    full = " ".join([head.text, *description])
    return DocTask(head.marker, head.text, full, tuple(points))


def _tasks_outside_parts(lines: Sequence[_Line]) -> tuple[DocTask, ...]:
    """Without a tasks part: the numbered items of the parts that are not assessment or implementation."""
    parts = [i for i, ln in enumerate(lines) if ln.family in ("roman", "caps", "h1")]
    if not parts:
        return _tasks_in(lines)
    kept: list[_Line] = []
    for i in parts:
        if not _NOT_TASKS_HEAD.match(norm(lines[i].text)):
            kept.extend(lines[i + 1 : _part_end(lines, i)])
    return _tasks_in(kept)


def _paragraph_tasks(lines: Sequence[_Line]) -> tuple[DocTask, ...]:
    """Last resort for a text with no numbered items: each sentence-long paragraph is a task."""
    out = []
    for ln in lines:
        if ln.block.kind != BlockKind.TABLE_ROW and len(ln.text.split()) >= 8:
            out.append(DocTask(ln.marker, ln.text, ln.text, ()))
    return tuple(out)


def _title(lines: Sequence[_Line]) -> tuple[str, str]:
    """(number, title) from the title block: "Số 91-KL/TW", "KẾT LUẬN", "CỦA BỘ CHÍNH TRỊ", "về …"."""
    number = ""
    kind = issuer = subject = ""
    for ln in lines:
        cells = ln.block.cells or (ln.text,)
        for cell in cells:
            text = one_line(cell)
            low = norm(text)
            m = _NUMBER_WORD.match(text)
            if not number and m and "/" in m.group("n"):
                number = m.group("n").rstrip(".,")
            elif not kind and low in _KINDS:
                kind = text.capitalize()
            elif kind and not issuer and low.startswith("của "):
                issuer = "" if text.isupper() else text  # "CỦA BỘ CHÍNH TRỊ": proper-noun case unknowable
            elif kind and not subject and low.startswith("về "):
                subject = text
    if not kind or not (number or subject):
        return number, ""  # "Kế hoạch" alone names nothing; the file name says more
    parts = [kind + (f" số {number}" if number else "")]
    parts += [p for p in (issuer, subject) if p]
    return number, " ".join(parts)
