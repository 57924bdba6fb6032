"""An officer's review decisions and how they are laid over a computed Comparison (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from rapidfuzz import fuzz, process

from comparer.models import Comparison, CoverageCell, Gap, Match, Overlap, Plan, Status, Task
from comparer.normalize import norm
from comparer.status import settle

# A plan edited between sessions ("giáo viên" → "nhà giáo", a typo fixed) keeps its decisions
# when the passage is still this close; a rewritten passage does not.
REATTACH_CUTOFF = 85.0


class DecisionKind(StrEnum):
    """What an officer decided about one cell, match or gap."""

    CONFIRM = "confirm"  # this passage does carry this reference task
    REJECT = "reject"  # this passage does not carry it (drop the match)
    ASSIGN = "assign"  # attach this passage to this reference task by hand
    ADDRESSED = "addressed"  # this gap is dealt with (elsewhere, or on purpose), see note


@dataclass(frozen=True)
class Decision:
    """One review decision, identified by content so it survives re-analysis and small edits.

    Attributes:
        kind: confirm, reject, assign or addressed.
        plan_sha256: the plan file's hash when the decision was made.
        plan_name: the plan's file name (fallback when the file changed).
        ref_id: reference task id ("KL91-4"); for ``addressed`` also a key point id ("KL91-4.2").
        task_text: the plan passage's text (not for ``addressed``).
        note: the officer's note.
    """

    kind: DecisionKind
    plan_sha256: str
    plan_name: str
    ref_id: str
    task_text: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {"kind": self.kind.value, "plan_sha256": self.plan_sha256, "plan_name": self.plan_name,
                "ref_id": self.ref_id, "task_text": self.task_text, "note": self.note}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Decision:
        """Inverse of ``to_dict`` (raises KeyError/ValueError on malformed data)."""
        return cls(kind=DecisionKind(str(data["kind"])), plan_sha256=str(data["plan_sha256"]),
                   plan_name=str(data["plan_name"]), ref_id=str(data["ref_id"]),
                   task_text=str(data.get("task_text", "")), note=str(data.get("note", "")))


@dataclass(frozen=True)
class Unattached:
    """A decision that could not be laid over the comparison, and why.

    ``reason`` is ``plan_not_found``, ``ref_not_found``, ``task_not_found`` or ``gap_not_found``
    (the gap no longer exists, e.g. a lower threshold now covers the task).
    """

    decision: Decision
    reason: str


@dataclass(frozen=True)
class ReviewResult:
    """The reviewed comparison and the decisions that did not fit it."""

    comparison: Comparison
    unattached: tuple[Unattached, ...] = ()


def apply_decisions(comparison: Comparison, decisions: Iterable[Decision]) -> Comparison:
    """Return ``comparison`` with ``decisions`` applied in order (later ones win).

    Decisions that do not fit are skipped; use ``review`` to learn which.
    """
    return review(comparison, decisions).comparison


def review(comparison: Comparison, decisions: Iterable[Decision]) -> ReviewResult:
    """Apply ``decisions`` in order and report the ones that could not be re-attached."""
    state = _State(comparison)
    unattached: list[Unattached] = []
    for decision in decisions:
        reason = state.apply(decision)
        if reason:
            unattached.append(Unattached(decision, reason))
    return ReviewResult(state.result(), tuple(unattached))


def find_plan(comparison: Comparison, sha256: str, name: str) -> int | None:
    """Index of the plan with this hash, else the one with this file name, else None."""
    for i, plan in enumerate(comparison.plans):
        if plan.sha256 == sha256:
            return i
    for i, plan in enumerate(comparison.plans):
        if plan.name == name:
            return i
    return None


def find_task(plan: Plan, text: str) -> Task | None:
    """The plan task whose text is ``text``, or the closest one above REATTACH_CUTOFF."""
    for task in plan.tasks:
        if task.text == text:
            return task
    if not plan.tasks or not text:
        return None
    wanted = norm(text)
    found = process.extractOne(wanted, [norm(t.text) for t in plan.tasks], scorer=fuzz.ratio,
                               score_cutoff=REATTACH_CUTOFF)
    return plan.tasks[found[2]] if found else None


class _State:
    """Mutable working copy of the per-plan parts of a Comparison."""

    def __init__(self, comparison: Comparison) -> None:
        self.c = comparison
        self.matches = [list(m) for m in comparison.matches]
        self.coverage = [list(row) for row in comparison.coverage]
        self.gaps = list(comparison.gaps)
        self.ref_rows = {t.id: i for i, t in enumerate(comparison.reference.tasks)}
        self.point_ids = {kp.id for t in comparison.reference.tasks for kp in t.key_points}
        self.touched: set[str] = set()

    def result(self) -> Comparison:
        return replace(
            self.c,
            matches=tuple(tuple(m) for m in self.matches),
            coverage=tuple(tuple(row) for row in self.coverage),
            gaps=tuple(self.gaps),
            overlaps=self._overlaps(),
        )

    def apply(self, d: Decision) -> str:
        p = find_plan(self.c, d.plan_sha256, d.plan_name)
        if p is None:
            return "plan_not_found"
        if d.kind is DecisionKind.ADDRESSED:
            return self._addressed(p, d)
        if d.ref_id not in self.ref_rows:
            return "ref_not_found"
        task = find_task(self.c.plans[p], d.task_text)
        if task is None:
            return "task_not_found"
        self.touched.add(d.ref_id)
        if d.kind is DecisionKind.REJECT:
            self._reject(p, task, d.ref_id)
        else:
            self._attach(p, task, d.ref_id, d.note)
        return ""

    def _cell(self, p: int, ref_id: str) -> CoverageCell:
        return self.coverage[p][self.ref_rows[ref_id]]

    def _set_cell(self, p: int, cell: CoverageCell) -> None:
        self.coverage[p][self.ref_rows[cell.ref_id]] = cell

    def _attach(self, p: int, task: Task, ref_id: str, note: str) -> None:
        """Confirm or assign: the passage carries the task; the match becomes reviewed."""
        cell = self._cell(p, ref_id)
        existing = next((m for m in self.matches[p] if m.task_id == task.id and m.ref_id == ref_id), None)
        if existing is None:
            # A match an earlier decision rejected comes back with its computed score and words.
            computed = next(
                (m for m in self.c.matches[p] if m.task_id == task.id and m.ref_id == ref_id), None)
            if computed is not None:
                match = replace(computed, reviewed=True)
            else:
                score = next((c.score for c in cell.candidates if c.task_id == task.id), cell.score)
                match = Match(task_id=task.id, ref_id=ref_id, score=score, reviewed=True)
            self.matches[p].append(match)
        else:
            match = replace(existing, reviewed=True)
            self.matches[p] = [match if m is existing else m for m in self.matches[p]]
        evidence = tuple(sorted([m for m in cell.evidence if m.task_id != task.id] + [match], key=lambda m: -m.score))
        found = set(cell.key_points_found) | set(match.key_points)
        ref = self.c.reference.task(ref_id)
        reviewed = replace(cell, candidates=tuple(c for c in cell.candidates if c.task_id != task.id),
                           needs_review=False, reviewed=True, note=note or cell.note)
        self._set_cell(p, settle(reviewed, ref, found, evidence, self.c.options))
        self._settle_gaps(p, ref_id)

    def _reject(self, p: int, task: Task, ref_id: str) -> None:
        """The passage does not carry the task: drop the match; an empty cell becomes a gap."""
        self.matches[p] = [m for m in self.matches[p] if not (m.task_id == task.id and m.ref_id == ref_id)]
        cell = self._cell(p, ref_id)
        ref = self.c.reference.task(ref_id)
        evidence = tuple(m for m in cell.evidence if m.task_id != task.id)
        found = {k for m in evidence for k in m.key_points}
        candidates = tuple(c for c in cell.candidates if c.task_id != task.id)
        reviewed = replace(cell, candidates=candidates, needs_review=False, reviewed=True)
        self._set_cell(p, settle(reviewed, ref, found, evidence, self.c.options))
        self._settle_gaps(p, ref_id)

    def _settle_gaps(self, p: int, ref_id: str) -> None:
        """The gaps of ``ref_id`` in plan ``p`` as its reviewed cell now reads (addressed ones stay)."""
        cell = self._cell(p, ref_id)
        ref = self.c.reference.task(ref_id)
        def mine(g: Gap) -> bool:
            return g.plan == p and (g.ref_id == ref_id or g.ref_id.startswith(ref_id + "."))

        old = {g.ref_id: g for g in self.gaps if mine(g)}
        computed = {g.ref_id: g for g in self.c.gaps if mine(g)}
        fresh: list[Gap] = []
        if cell.status is Status.MISSING:
            prev = old.get(ref_id) or computed.get(ref_id)
            fresh.append(Gap(p, ref_id, "task", ref.title, cell.candidates, False,
                             prev.addressed if prev else False, prev.note if prev else ""))
        else:
            for kp, pt in zip(ref.key_points, cell.points, strict=True):
                if pt.status is Status.COVERED:
                    continue
                prev = old.get(kp.id) or computed.get(kp.id)
                fresh.append(Gap(p, kp.id, "key_point", kp.text, prev.candidates if prev else (),
                                 pt.needs_review, prev.addressed if prev else False, prev.note if prev else ""))
        at = next((i for i, g in enumerate(self.gaps) if g.ref_id in old and g.plan == p), len(self.gaps))
        rest = [g for g in self.gaps if not (g.plan == p and g.ref_id in old)]
        at = min(at, len(rest))
        self.gaps = rest[:at] + fresh + rest[at:]

    def _addressed(self, p: int, d: Decision) -> str:
        if d.ref_id not in self.ref_rows and d.ref_id not in self.point_ids:
            return "ref_not_found"
        for i, gap in enumerate(self.gaps):
            if gap.plan == p and gap.ref_id == d.ref_id:
                self.gaps[i] = replace(gap, addressed=True, note=d.note, needs_review=False)
                if d.ref_id in self.ref_rows:
                    cell = self._cell(p, d.ref_id)
                    self._set_cell(p, replace(cell, reviewed=True, needs_review=False, note=d.note))
                elif d.ref_id.rsplit(".", 1)[0] in self.ref_rows:  # a key point dealt with needs no further look
                    cell = self._cell(p, d.ref_id.rsplit(".", 1)[0])
                    pts = tuple(replace(pt, needs_review=False) if pt.id == d.ref_id else pt for pt in cell.points)
                    self._set_cell(p, replace(cell, points=pts))
                return ""
        return "gap_not_found"

    def _overlaps(self) -> tuple[Overlap, ...]:
        """Task-level overlaps of reviewed tasks follow the reviewed cells; the rest stay as computed."""
        if not self.touched:
            return self.c.overlaps
        fresh: dict[str, Overlap | None] = {}
        for ref in self.c.reference.tasks:
            if ref.id in self.touched:
                plans = tuple(p for p in range(len(self.coverage))
                              if self.coverage[p][self.ref_rows[ref.id]].status is not Status.MISSING)
                fresh[ref.id] = Overlap(ref.id, "task", ref.title, plans) if len(plans) >= 2 else None
        out: list[Overlap] = []
        for o in self.c.overlaps:
            if o.level == "task" and o.ref_id in fresh:
                new = fresh.pop(o.ref_id)
                if new is not None:
                    out.append(new)  # keep the engine's order
            else:
                out.append(o)
        out.extend(o for o in fresh.values() if o is not None)
        return tuple(out)

