"""Turn a read document's blocks into plan tasks: structure-aware, noise-free, with section paths.

Rules, each from real plans:
- Numbered and roman items, ALL-CAPS lines and heading styles open sections; short ones are
  headings (kept in the section path), and a numbered heading that states a directive
  ("1. Tăng cường công tác tuyên truyền, quán triệt, phổ biến") is a task as well.
- A paragraph or bullet that lists directives separated by ";" becomes one task per part.
- Under "TỔ CHỨC THỰC HIỆN", an agency heading ("2. Sở Nội vụ") assigns the tasks below it.
- Annex tables (Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm)
  become tasks carrying those attributes.
- Web-page chrome and everything after a "Tin khác"-style marker is dropped.
- Framing (titles, legal bases, issuance lines, "Về …" headings), visions and page furniture
  never become tasks (comparer.text.roles): they would otherwise show as matches, local initiatives
  or closest passages.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from comparer.models import Block, BlockKind, Document, Location, Task
from comparer.progress import CancelToken, check
from comparer.text.agencies import looks_like_agency_heading
from comparer.text.markers import split_marker
from comparer.text.noise import is_chrome, is_tail_marker
from comparer.text.normalize import norm, one_line
from comparer.text.roles import Role, passage_role

MIN_TASK_WORDS = 6
MIN_PART_WORDS = 4
MIN_SENTENCE_WORDS = 8
LIST_ITEM_WORDS = 6  # median part shorter than this: a list of objects, not of directives
HEADING_MAX_WORDS = 25

_LIST_LEAD = re.compile(r"\b(?:gồm|bao gồm|như sau|sau đây|như)\s*:")
_NOT_TASKS = frozenset({Role.FRAMING, Role.FURNITURE, Role.VISION})
_IMPLEMENTATION = re.compile(r"tổ chức thực hiện|phân công (?:nhiệm vụ|thực hiện)|trách nhiệm thực hiện")
_ASSIGN = re.compile(r"\b(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\s+(.{3,120}?)\s+(?:chủ trì|thực hiện|phối hợp)")
_COLUMNS = {
    "text": re.compile(r"nội dung|nhiệm vụ|công việc|hoạt động|giải pháp"),
    "agency": re.compile(r"chủ trì|thực hiện|đơn vị chịu trách nhiệm"),
    "partners": re.compile(r"phối hợp"),
    "deadline": re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành|lộ trình"),
    "output": re.compile(r"sản phẩm|kết quả"),
}


@dataclass
class _Section:
    title: str
    level: int
    agency: str | None = None
    implementation: bool = False


@dataclass
class _State:
    stack: list[_Section] = field(default_factory=list)
    counters: dict[tuple[str, ...], int] = field(default_factory=dict)
    tasks: list[Task] = field(default_factory=list)

    def path(self) -> tuple[str, ...]:
        return tuple(s.title for s in self.stack)

    def agency(self) -> str | None:
        return next((s.agency for s in reversed(self.stack) if s.agency), None)

    def in_implementation(self) -> bool:
        return any(s.implementation for s in self.stack)

    def open(self, section: _Section) -> None:
        while self.stack and self.stack[-1].level >= section.level:
            self.stack.pop()
        self.stack.append(section)

    def position(self, label: str) -> str:
        key = (*self.path(), label)
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{label} {self.counters[key]}"


def _level(block: Block) -> int:
    """Section depth implied by a block's marker or heading level (smaller is higher)."""
    if block.kind is BlockKind.HEADING:
        return max(0, block.level - 1)
    return _marker_level(block.marker) if block.marker else 5


@functools.lru_cache(maxsize=1024)
def _marker_level(literal: str) -> int:
    """``_level`` of a marker: plans use a handful ("1.", "a)", "-"), asked about for every item."""
    marker, _ = split_marker(literal + " x")
    if marker is None:
        return 5
    return {"roman": 0, "number": 1 + marker.depth, "letter": 3, "paren": 3, "bullet": 4}.get(marker.family, 4)


def _short(text: str, limit: int = 70) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _is_caps_heading(text: str) -> bool:
    if text != text.upper():  # cheap first: most lines have a lower-case letter
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and len(text.split()) <= HEADING_MAX_WORDS


def _split_parts(text: str) -> list[str]:
    """Split a paragraph at ";" when every part is long enough to be a directive of its own."""
    parts = [p.strip(" ;") for p in text.split(";")]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p.split()) < MIN_PART_WORDS for p in parts):
        return [text.strip()]
    # "… quản lý lĩnh vực giáo dục mầm non; giáo dục phổ thông; giáo dục thường xuyên" lists the
    # objects of one head: parts this short are items of a list, not directives of their own.
    if sorted(len(p.split()) for p in parts)[len(parts) // 2] < LIST_ITEM_WORDS:
        return [text.strip()]
    # "… thuộc thẩm quyền của Chủ tịch UBND cấp xã gồm: A; B; C" enumerates what its lead-in names.
    if _LIST_LEAD.search(parts[0]):
        return [text.strip()]
    return parts


_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ0-9“\"])")
_MAY_END_SENTENCE = re.compile(r"[.!?…]\s")  # where _SENTENCE can split, and more


def _split_sentences(text: str) -> list[str]:
    """Split a paragraph into its sentences when each is long enough to carry a task of its own.

    Report and article paragraphs give one result per sentence (literacy, then universal primary
    education, then learning-society models); LABELLING §1 splits them, and so does extraction.
    """
    if not _MAY_END_SENTENCE.search(text):  # most items are one sentence: a quicker scan says so
        whole = text.strip()
        return [whole] if whole else [text]
    out: list[str] = []
    for x in (x.strip() for x in _SENTENCE.split(text)):
        if not x:
            continue
        if out and (len(x.split()) < MIN_SENTENCE_WORDS or len(out[-1].split()) < MIN_SENTENCE_WORDS):
            out[-1] += " " + x  # a short sentence stays with its neighbour
        else:
            out.append(x)
    return out or [text]


def extract_tasks(doc: Document, *, cancel: CancelToken | None = None) -> tuple[Task, ...]:
    """Extract the tasks of a plan (or an official reference text) from its blocks.

    Args:
        doc: the document as a reader returned it.
        cancel: polled every few hundred blocks; raises Cancelled when set.

    Returns:
        The tasks in document order, ids ``T1``, ``T2``, …
    """
    state = _State()
    seen_content = False
    for b, block in enumerate(doc.blocks):
        if b % 256 == 255:
            check(cancel)  # a long plan takes a while to extract; a cancel must not wait for it
        text = one_line(block.text)
        if not text:
            continue
        if block.kind is BlockKind.TABLE_ROW:
            _table_row(block, state)
            continue
        if is_tail_marker(text) and seen_content:
            break
        if is_chrome(text):
            continue
        words = len(text.split())
        marker_text = block.marker
        if not marker_text:
            marker, rest = split_marker(text)
            if marker is not None:
                marker_text, text = marker.text, rest
                block = Block(rest, BlockKind.LIST_ITEM, block.location, block.level, marker.text)
                words = len(text.split())
        heading_like = (
            block.kind is BlockKind.HEADING
            or _is_caps_heading(text)
            or (marker_text and _level(block) <= 3 and words <= HEADING_MAX_WORDS and not text.endswith((".", ";")))
        )
        if heading_like:
            title = f"{marker_text} {text}".strip() if marker_text else text
            # An ALL-CAPS line without a marker ("TỔ CHỨC THỰC HIỆN") opens a top-level part.
            level = _level(block) if block.kind is BlockKind.HEADING or marker_text else 0
            section = _Section(_short(title), level)
            section.implementation = bool(_IMPLEMENTATION.search(norm(text)))
            if looks_like_agency_heading(text):
                section.agency = text.rstrip(":. ")
                state.open(section)
                continue
            state.open(section)
            if words >= MIN_TASK_WORDS - 2 and not _is_caps_heading(text) and block.kind is not BlockKind.HEADING:
                _add(state, text, block.location, "heading", state.path()[:-1] + (section.title,))
                seen_content = True
            continue
        if words < MIN_TASK_WORDS:
            continue
        label = "gạch đầu dòng" if marker_text and _level(block) == 4 else ("mục" if marker_text else "đoạn")
        base = (*state.path(), state.position(label))
        parts = [q for p in _split_sentences(text) for q in _split_parts(p)]
        for k, part in enumerate(parts, 1):
            path = base if len(parts) == 1 else (*base, f"ý {k}")
            _add(state, part, block.location, "item" if marker_text else "paragraph", path)
        seen_content = True
    return tuple(state.tasks)


def _add(
    state: _State, text: str, location: Location, kind: str, section: tuple[str, ...], **attrs: str | None
) -> None:
    if passage_role(text) in _NOT_TASKS:  # a title, legal basis, issuance line, vision or page furniture
        return
    agency = attrs.pop("agency", None) or state.agency()
    if agency is None:
        m = _ASSIGN.search(text)
        if m and state.in_implementation():
            agency = m.group(1)
    state.tasks.append(
        Task(
            id=f"T{len(state.tasks) + 1}",
            text=text,
            norm=norm(text),
            section=section,
            location=location,
            kind=kind,
            agency=agency,
            **attrs,
        )
    )


def _table_row(block: Block, state: _State) -> None:
    header = [norm(h) for h in block.header]
    cells = [one_line(c) for c in block.cells]
    if not header or not cells or [norm(c) for c in cells] == header:
        return
    cols: dict[str, int] = {}
    for key, pattern in _COLUMNS.items():
        for i, h in enumerate(header):
            if i not in cols.values() and pattern.search(h) and not (key == "text" and "phối hợp" in h):
                cols.setdefault(key, i)
                break
    if "text" not in cols:
        # Not a task table: keep the longest cell as a paragraph if it reads like one.
        longest = max(cells, key=len)
        if len(longest.split()) >= MIN_TASK_WORDS:
            _add(state, longest, block.location, "table", (*state.path(), state.position("bảng")))
        return
    text = cells[cols["text"]] if cols["text"] < len(cells) else ""
    marker, rest = split_marker(text)
    other = [c for i, c in enumerate(cells) if i != cols["text"] and c]
    if len(text.split()) < MIN_TASK_WORDS and not other:
        return
    if marker is not None and marker.family in {"roman", "number"} and not any(
        cells[i] for k, i in cols.items() if k != "text" and i < len(cells)
    ):
        state.open(_Section(_short(text), 2))  # a group row: "I. Nhiệm vụ chung"
        return
    if len(rest.split()) < 3:
        return

    def cell(key: str) -> str | None:
        i = cols.get(key)
        return cells[i] if i is not None and i < len(cells) and cells[i] else None

    section = (*state.path(), f"bảng {block.location.table or 1}, dòng {block.location.row or 0}")
    _add(state, rest, block.location, "table", section, agency=cell("agency"), partners=cell("partners"),
         deadline=cell("deadline"), output=cell("output"))
