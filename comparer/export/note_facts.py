"""Facts the briefing note states about each plan: when it was issued, what it implements, who
is asked to amend it (and how politely), and how concretely it assigns its tasks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from comparer.models import Plan, Reference
from comparer.text.normalize import norm

_DOC_NUMBER = re.compile(
    r"\b(Kết luận|Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Thông báo)\s+số\s+(\d+[\w/.\-Đđ]*\w)", re.IGNORECASE
)
# "Ngày 30/12/2024, Ủy ban nhân dân thành phố Hải Phòng ban hành …": a sentence that opens with
# the date; "… Kết luận số 91-KL/TW ngày 12/8/2024" inside a sentence is the parent's date.
_ISSUED = re.compile(r"(?:^|[.:;]\s+|\s)Ngày\s+(\d{1,2})/(\d{1,2})/(\d{4}),[^.]{0,120}?\bban hành")
# Ranks of the bodies a note is addressed to, highest first (provincial Party committees and
# People's Committees, then departments and districts, then schools and communes).
_RANKS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (3, re.compile(r"\b(tỉnh ủy|thành ủy|hđnd tỉnh|hội đồng nhân dân tỉnh|"
                   r"(?:ubnd|ủy ban nhân dân) (?:tỉnh|thành phố))")),
    (1, re.compile(r"\b(trường|phòng|ubnd (?:xã|phường|thị trấn)|ủy ban nhân dân (?:xã|phường|thị trấn)|đảng ủy)")),
    (2, re.compile(r"\b(sở|ban|huyện ủy|quận ủy|ubnd (?:huyện|quận|thị xã)|ủy ban nhân dân (?:huyện|quận|thị xã))")),
)
TIDY_SHARE = 0.8  # "rõ người, rõ việc": at least this share of tasks name the attribute


def rank(body: str) -> int:
    """3 for a provincial Party committee or People's Committee, 1 for a school/commune, else 2.

    ``Phòng GD&ĐT`` and ``trường`` are checked before ``sở``/``ban`` so that a school run by a
    department is ranked as the school.
    """
    text = norm(body)
    for value, pattern in _RANKS:
        if pattern.search(text):
            return value
    return 2


@dataclass(frozen=True)
class Issuance:
    """What the note's section I says about a plan besides its number and issuer."""

    date: str  # "30/12/2024", or ""
    parents: tuple[str, ...]  # documents the plan says it implements ("Quyết định số 628/QĐ-TTg")
    implements_reference: bool  # one of them is the reference (or what the reference continues)


def issuance(plan: Plan, reference: Reference) -> Issuance:
    """Date and parent documents read from the plan's title and first passages."""
    head = " ".join([plan.title, *(t.text for t in plan.tasks[:6])])
    date = ""
    m = _ISSUED.search(head)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        date = f"{day:02d}/{month:02d}/{m.group(3)}" if month <= 2 else f"{day:02d}/{month}/{m.group(3)}"
    parents: list[str] = []
    for kind, number in _DOC_NUMBER.findall(head):
        if kind.lower() == "kế hoạch" or number == plan.number:
            continue
        label = f"{kind[:1].upper()}{kind[1:].lower()} số {number}"
        if label not in parents:
            parents.append(label)
    # The first document named is the one the plan implements ("Kế hoạch hành động thực hiện
    # Quyết định số 628/QĐ-TTg …" in Bắc Kạn's plan for KL 51); what the reference itself
    # continues (NQ 29 for KL 91) counts as the reference.
    ref_text = f"{reference.name} {reference.short_name}"
    own = _DOC_NUMBER.search(reference.name)
    implements = not parents or parents[0].split(" số ")[1] in ref_text or bool(
        own and any(p.endswith(" số " + own.group(2)) for p in parents)
    )
    return Issuance(date, tuple(parents[:2]), implements)


@dataclass(frozen=True)
class Assignment:
    """How many of a plan's tasks name a lead agency, a deadline and an output."""

    tasks: int
    agency: int
    deadline: int
    output: int

    @property
    def carried(self) -> bool:
        """Whether the plan names any of the three anywhere."""
        return bool(self.agency or self.deadline or self.output)

    @property
    def tidy(self) -> bool:
        """Whether most tasks name all three ("rõ người, rõ việc, rõ thời gian, rõ sản phẩm")."""
        need = self.tasks * TIDY_SHARE
        return self.tasks > 0 and min(self.agency, self.deadline, self.output) >= need


def assignment(plan: Plan) -> Assignment:
    """Count the tasks of ``plan`` that carry each attribute."""
    tasks = [t for t in plan.tasks if t.kind != "heading"] or list(plan.tasks)
    return Assignment(
        plan.task_count,
        sum(1 for t in tasks if t.agency),
        sum(1 for t in tasks if t.deadline),
        sum(1 for t in tasks if t.output),
    )
