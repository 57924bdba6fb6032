"""Figures and look-ups both export writers share: coverage %, key point status, ordered gaps."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from comparer.glossary import short_name as short_name  # re-exported: the one short name, in glossary
from comparer.models import Candidate, Comparison, CoverageCell, Gap, Plan, Reference, Status, Task
from comparer.store.serialize import coverage_percent

if TYPE_CHECKING:  # labels imports models only; a runtime import would be circular-safe but is unneeded
    from comparer.export.labels import ExportLabels


@dataclass(frozen=True)
class PlanSummary:
    """Counts of covered/partial/missing reference tasks for one plan and its coverage %."""

    covered: int
    partial: int
    missing: int
    percent: float


def summarise(comparison: Comparison, plan: int) -> PlanSummary:
    """Count one plan's statuses; the % is the CLI's (covered 1, partial 0.5), so all outputs agree."""
    cells = comparison.coverage[plan]
    covered = sum(1 for c in cells if c.status is Status.COVERED)
    partial = sum(1 for c in cells if c.status is Status.PARTIAL)
    missing = len(cells) - covered - partial
    return PlanSummary(covered, partial, missing, coverage_percent(comparison, plan))


def key_point_status(cell: CoverageCell, kp_id: str, gaps: dict[tuple[int, str], Gap]) -> tuple[Status, float]:
    """Status and score of one key point of ``cell``'s task in ``cell``'s plan.

    Found key points score the best match that carries them; missing ones the nearest
    candidate of their gap (0 if none), so the officer sees how close the plan came.
    """
    if kp_id in cell.key_points_found:
        scores = [m.score for m in cell.evidence if kp_id in m.key_points]
        return Status.COVERED, max(scores, default=cell.score)
    if kp_id not in cell.key_points_missing and cell.status is Status.COVERED:
        # Analysis listed neither way: follow the task (a covered task carries its points).
        return Status.COVERED, cell.score
    gap = gaps.get((cell.plan, kp_id))
    best = nearest(gap) if gap else None
    return Status.MISSING, best.score if best else 0.0


def key_point_cell(cell: CoverageCell, kp_id: str, gaps: dict[tuple[int, str], Gap]) -> tuple[Status, float, bool]:
    """Status, score and review flag of one key point as the engine decided them (``CoverageCell.points``).

    A cell built without key point cells (by hand, in tests) falls back to ``key_point_status``.
    """
    point = cell.point(kp_id)
    if point is None:
        status, score = key_point_status(cell, kp_id, gaps)
        gap = gaps.get((cell.plan, kp_id))
        return status, score, bool(gap and gap.needs_review and not cell.reviewed)
    return point.status, point.score, point.needs_review and not cell.reviewed


def gap_index(comparison: Comparison) -> dict[tuple[int, str], Gap]:
    """Gaps keyed by (plan index, ref id)."""
    return {(g.plan, g.ref_id): g for g in comparison.gaps}


def nearest(gap: Gap) -> Candidate | None:
    """The gap's closest candidate passage (the engine lists it first), or None."""
    return gap.candidates[0] if gap.candidates else None


def task_lookup(plan: Plan) -> dict[str, Task]:
    """A plan's tasks by id."""
    return {t.id: t for t in plan.tasks}


def reference_order(reference: Reference) -> dict[str, int]:
    """Position of every task and key point id in the reference, for sorting."""
    order: dict[str, int] = {}
    for task in reference.tasks:
        order[task.id] = len(order)
        for kp in task.key_points:
            order[kp.id] = len(order)
    return order


def reference_text(reference: Reference, ref_id: str) -> str:
    """The title of a reference task or the text of a key point; the id itself if unknown."""
    for task in reference.tasks:
        if task.id == ref_id:
            return task.title
        for kp in task.key_points:
            if kp.id == ref_id:
                return kp.text
    return ref_id


def parent_task_id(reference: Reference, ref_id: str) -> str:
    """The id of the task a key point belongs to (a task id maps to itself)."""
    for task in reference.tasks:
        if task.id == ref_id or any(kp.id == ref_id for kp in task.key_points):
            return task.id
    return ref_id


def ordered_gaps(comparison: Comparison, plan: int) -> list[Gap]:
    """One plan's gaps, most important first: task-level gaps, then key points, reference order."""
    order = reference_order(comparison.reference)
    gaps = [g for g in comparison.gaps if g.plan == plan]
    return sorted(gaps, key=lambda g: (g.level != "task", order.get(g.ref_id, len(order)), g.ref_id))


def quoted(text: str) -> str:
    """Text to put between quotation marks in a sentence: no closing full stop or semicolon.

    A passage ending in "." inside “…”. printed “…2045.”. in the real Hải Phòng report.
    """
    cut = text.strip().rstrip(" .;:,").rstrip() or text.strip()
    return curly(cut)


def key_point_count(reference: Reference) -> int:
    """Number of key points over all reference tasks."""
    return sum(len(t.key_points) for t in reference.tasks)


# A nearest passage below this share of the matching threshold has nothing to do with the gap:
# on the samples, gaps of Hà Nội's plan quoted "phát triển … đội ngũ nhà giáo" at 12–26 for
# key points about decentralisation or private schools. Above it (≥ 33 at the default 55) the
# passage at least shares the gap's subject words.
NEAREST_FLOOR_SHARE = 0.6

# Lines that frame a web page's plan rather than state its content: photo captions and the
# "the full plan is here: kh285.pdf" link lines. The engine drops most of them; whatever it
# still yields is never quoted as the plan's own words.
_FRAMING = re.compile(
    r"(?:^|[.\s])Ảnh\s*:|\(Ảnh[^)]*\)|tại đây\s*:|\bxem (?:chi tiết|toàn văn)\b|\.(?:pdf|docx?|xlsx?)\s*$",
    re.IGNORECASE,
)
_QUOTE_PAIR = re.compile(r'"([^"]*)"')
_IMPLEMENTATION = re.compile(r"tổ chức thực hiện|phân công|trách nhiệm thực hiện")


def is_framing(text: str) -> bool:
    """Whether a passage is a photo caption or a link line rather than plan content."""
    return bool(_FRAMING.search(text))


def nearest_shown(gap: Gap, threshold: float) -> Candidate | None:
    """The nearest passage worth showing an officer for ``gap``, or None.

    None when no candidate reaches ``NEAREST_FLOOR_SHARE × threshold`` or the only close ones
    are captions and link lines.
    """
    floor = threshold * NEAREST_FLOOR_SHARE
    fitting = [c for c in gap.candidates if c.score >= floor and not is_framing(c.text)]
    return max(fitting, key=lambda c: c.score, default=None)


def curly(text: str) -> str:
    """Straight double quotes turned into “…”, so a quote inside a quote matches the note's own."""
    return _QUOTE_PAIR.sub(lambda m: f"“{m.group(1)}”", text).replace('"', "”")


def clip(text: str, words: int = 40) -> str:
    """A passage cut to ``words`` words with an ellipsis, for table cells and sentences."""
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]).rstrip(",;:") + " …"


def task_number(reference: Reference, ref_id: str) -> int:
    """1-based position of the task ``ref_id`` (or of a key point's task) in the reference."""
    parent = parent_task_id(reference, ref_id)
    return next((i for i, t in enumerate(reference.tasks, 1) if t.id == parent), 0)


_HEADING_MARK = re.compile(r"^(?P<m>[IVXLC]+|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]\s+\S")
# extract.py's position steps of a section path; the window words them in its language too.
POSITION = re.compile(r"^(gạch đầu dòng|đoạn|mục|ý|bảng) (\d+)(?:, dòng (\d+))?$")
_POSITION = POSITION


def section_words(section: Sequence[str], labels: ExportLabels) -> str:
    """A task's section path in the labels' language: headings as the plan wrote them, positions worded.

    The English workbook's Details and Emphases sheets showed "đoạn 4 › ý 3"; now "paragraph 4 ›
    clause 3" (and "đoạn thứ 4 › ý thứ 3" in Vietnamese, as the Gaps sheet's "Mục" cites it).
    """
    words = []
    for item in section:
        pos = _POSITION.match(item)
        if pos:
            kind, n, row = pos.groups()
            words.append(labels.position(kind, int(n), int(row) if row else None))
        else:
            words.append(item)
    return " › ".join(words)


def section_ref(section: Sequence[str], labels: ExportLabels) -> str:
    """A task's place as officers cite it: ``Mục II.2, gạch đầu dòng thứ 5``.

    Numbered headings along the path become one dotted number; an unnumbered part heading
    ("NỘI DUNG TRIỂN KHAI THỰC HIỆN") is named; extract.py's positions ("gạch đầu dòng 5",
    "đoạn 3", "ý 2", "bảng 1, dòng 4") are spelt out. The document title ("KẾ HOẠCH") is skipped.
    """
    numbers: list[str] = []
    part = ""
    positions: list[str] = []
    for item in section:
        pos = _POSITION.match(item)
        if pos:
            kind, n, row = pos.groups()
            positions.append(labels.position(kind, int(n), int(row) if row else None))
            continue
        mark = _HEADING_MARK.match(item)
        if mark:
            numbers.append(mark.group("m"))
        elif not numbers and item.upper() != "KẾ HOẠCH" and not item.upper().startswith("PHỤ LỤC"):
            part = item.rstrip(" :.…")
        elif item.upper().startswith("PHỤ LỤC"):
            part = labels.part_annex
    pieces = []
    if part and part != labels.part_annex:
        pieces.append(labels.section_part.format(name=part[:1] + part[1:].lower() if part.isupper() else part))
    elif part:
        pieces.append(part)
    if numbers:
        pieces.append(labels.section_number.format(number=".".join(numbers)))
    pieces.extend(positions)
    return ", ".join(pieces)


def main_section(plan: Plan, task_ids: Sequence[str], labels: ExportLabels) -> str:
    """The plan's part that holds most of the given (matched) tasks, cited; a generic phrase if none.

    Where a missing task belongs: beside the plan's other tasks. Plans without numbered or
    named parts (news summaries) get the generic "phần nhiệm vụ, giải pháp".
    """
    tasks = task_lookup(plan)
    heads: dict[tuple[str, ...], int] = {}
    for tid in task_ids:
        task = tasks.get(tid)
        if task is None:
            continue
        head = tuple(s for s in task.section if not _POSITION.match(s))
        head = head[:2] if head and _HEADING_MARK.match(head[-1] if len(head) < 2 else head[1]) else head[:1]
        if head and head[0].upper() != "KẾ HOẠCH":
            heads[head] = heads.get(head, 0) + 1
    if not heads:
        return labels.section_generic
    best = max(heads, key=lambda h: heads[h])
    return section_ref(best[:1], labels) or labels.section_generic


def where_to_add(comparison: Comparison, gap: Gap, labels: ExportLabels) -> str:
    """Where in the plan a missing task or key point belongs, cited as officers cite sections.

    A key point belongs beside the passage that already takes up its task; a missing task
    beside the nearest passage shown, else in the plan's main part of tasks.
    """
    plan = comparison.plans[gap.plan]
    tasks = task_lookup(plan)
    parent = parent_task_id(comparison.reference, gap.ref_id)
    if gap.level != "task":
        cell = next((c for c in comparison.coverage[gap.plan] if c.ref_id == parent), None)
        places = [tasks[m.task_id] for m in (cell.evidence if cell else ()) if m.task_id in tasks]
        # A task's content belongs in the plan's tasks, not in its assignments ("Tổ chức thực
        # hiện › 6. UBND các quận, huyện" in Hải Phòng's plan): prefer the first other passage.
        places.sort(key=lambda t: bool(_IMPLEMENTATION.search(" ".join(t.section).lower())))
        if places:
            return section_ref(places[0].section, labels)
    best = nearest_shown(gap, comparison.options.threshold)
    if best and best.task_id in tasks:
        return section_ref(tasks[best.task_id].section, labels)
    return main_section(plan, [m.task_id for m in comparison.matches[gap.plan]], labels)


_TOOL_SENTENCE = re.compile(r"[^.]*(?:--[a-z]|\(--)[^.]*\.\s*")


def plain_provenance(text: str) -> str:
    """A reference's provenance without sentences that speak to command-line users (``--reference``)."""
    return _TOOL_SENTENCE.sub("", text).strip()
