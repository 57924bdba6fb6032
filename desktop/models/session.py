"""What the window is working on (plans, reference, threshold, decisions) and the job that analyses it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from comparer.errors import PlanLoadError
from comparer.match.review import Decision, DecisionKind, ReviewResult, find_plan, find_task, review
from comparer.models import DEFAULT_REFERENCE, DEFAULT_THRESHOLD, Comparison, Options, Plan, Reference, Task
from comparer.pipeline import LOAD_SHARE, reading_at, run
from comparer.pipeline import Output as AnalysisOutput
from comparer.plans.duplicates import Duplicate, find_duplicates
from comparer.progress import CancelToken, ProgressFn

__all__ = ["LOAD_SHARE", "AnalysisOutput", "Engine", "PlanEntry", "Session", "reading_at", "run_analysis"]


@dataclass(frozen=True)
class Engine:
    """The engine entry points the window uses; tests pass stand-ins.

    ``load_plan(path, progress=…, cancel=…)`` as ``comparer.plans.loading.load_plan``: OCR and
    conversions take seconds a page, so it reports progress and honours the cancel token.
    ``compare`` as ``comparer.pipeline.Pipeline.compare``, which keeps each plan's scores so a
    threshold change only re-selects and re-analyses.
    """

    load_plan: Callable[..., Plan]
    load_reference: Callable[[str], Reference]
    compare: Callable[..., Comparison]
    # ``Pipeline.read_plans``: many files read and scored in worker processes; None reads one by one.
    read_plans: Callable[..., dict[str, Plan | PlanLoadError]] | None = None
    warm: Callable[[], None] | None = None  # start the worker processes ahead of the first plans

    @classmethod
    def default(cls) -> Engine:
        """The real engine: one pipeline for this window (imported lazily so a broken engine module
        cannot stop the window opening)."""
        from comparer import workers
        from comparer.pipeline import Pipeline

        pipeline = Pipeline()
        return cls(load_plan=pipeline.load_plan, load_reference=pipeline.load_reference, compare=pipeline.compare,
                   read_plans=pipeline.read_plans, warm=workers.warm)


@dataclass
class PlanEntry:
    """One row of the plans list: a path and, once read, its plan or the reason it failed."""

    path: str
    plan: Plan | None = None
    error: PlanLoadError | None = None

    @property
    def pending(self) -> bool:
        return self.plan is None and self.error is None


def run_analysis(
    engine: Engine,
    entries: Sequence[tuple[str, Plan | None]],
    reference_spec: str,
    reference: Reference | None,
    threshold: float,
    progress: ProgressFn,
    cancel: CancelToken,
) -> AnalysisOutput:
    """Read the plans not read yet (a failing file does not stop the others), then compare.

    Runs in the worker thread: plain data in, plain data out (``comparer.pipeline.run``).
    """
    return run(engine, entries, reference_spec, reference, Options(threshold=threshold), progress, cancel)


@dataclass
class Session:
    """The window's working state; no Qt, so it stays simple to reason about and to test."""

    entries: list[PlanEntry] = field(default_factory=list)
    reference_spec: str = DEFAULT_REFERENCE
    reference: Reference | None = None
    threshold: float = DEFAULT_THRESHOLD
    decisions: tuple[Decision, ...] = ()
    computed: Comparison | None = None  # as the engine returned it
    reviewed: ReviewResult | None = None  # computed + decisions
    project_path: str = ""

    def add_paths(self, paths: Sequence[str | Path]) -> list[str]:
        """Add files not already in the list; returns the ones added."""
        known = {_key(e.path) for e in self.entries}
        added: list[str] = []
        for p in paths:
            path = str(Path(p))
            if _key(path) not in known:
                self.entries.append(PlanEntry(path))
                known.add(_key(path))
                added.append(path)
        return added

    def remove(self, row: int) -> None:
        del self.entries[row]

    def move(self, row: int, delta: int) -> bool:
        """Move one plan up (-1) or down (+1); returns whether it moved."""
        return self.move_to(row, row + delta)

    def move_to(self, row: int, target: int) -> bool:
        """Move the plan at ``row`` so that it ends at index ``target``; returns whether it moved."""
        if row == target or not (0 <= row < len(self.entries) and 0 <= target < len(self.entries)):
            return False
        self.entries.insert(target, self.entries.pop(row))
        return True

    def job_input(self) -> list[tuple[str, Plan | None]]:
        """(path, plan or None if it still has to be read) for every entry that is not in error."""
        return [(e.path, e.plan) for e in self.entries if e.error is None]

    def take(self, out: AnalysisOutput) -> None:
        """Store a finished analysis and lay the decisions over it."""
        for entry in self.entries:
            got = out.loaded.get(entry.path)
            if isinstance(got, Plan):
                entry.plan, entry.error = got, None
            elif isinstance(got, PlanLoadError):
                entry.plan, entry.error = None, got
        self.reference = out.reference
        self.computed = out.comparison
        self.apply_decisions()

    def apply_decisions(self) -> None:
        self.reviewed = review(self.computed, self.decisions) if self.computed is not None else None

    @property
    def comparison(self) -> Comparison | None:
        """What the views show: the computed comparison with the officer's decisions applied."""
        return self.reviewed.comparison if self.reviewed is not None else None

    def rejected(self, plan: int, ref_id: str) -> list[tuple[Task, float]]:
        """Passages an officer rejected for ``ref_id`` in ``plan`` and that stay rejected, with their scores.

        The window keeps them visible ("đã bác bỏ") with a restore link instead of letting them vanish.
        """
        shown, computed = self.comparison, self.computed
        if shown is None or computed is None or not 0 <= plan < len(shown.plans):
            return []
        p = shown.plans[plan]
        row = next((i for i, t in enumerate(shown.reference.tasks) if t.id == ref_id), None)
        if row is None:
            return []
        in_evidence = {m.task_id for m in shown.coverage[plan][row].evidence}
        out: list[tuple[Task, float]] = []
        for d in self.decisions:
            if d.kind is not DecisionKind.REJECT or d.ref_id != ref_id or find_plan(shown, d.plan_sha256,
                                                                                      d.plan_name) != plan:
                continue
            task = find_task(p, d.task_text)
            if task is None or task.id in in_evidence or any(t.id == task.id for t, _ in out):
                continue
            matches = computed.matches[plan] if plan < len(computed.matches) else ()
            score = next((m.score for m in matches if m.task_id == task.id and m.ref_id == ref_id), 0.0)
            out.append((task, score))
        return out

    def rejection_index(self, plan: int, ref_id: str, task_id: str) -> int | None:
        """Row of the last decision rejecting ``task_id`` for ``ref_id`` in ``plan`` (to withdraw it)."""
        shown = self.comparison
        if shown is None or not 0 <= plan < len(shown.plans):
            return None
        p = shown.plans[plan]
        for i in range(len(self.decisions) - 1, -1, -1):
            d = self.decisions[i]
            if (d.kind is DecisionKind.REJECT and d.ref_id == ref_id
                    and find_plan(shown, d.plan_sha256, d.plan_name) == plan):
                task = find_task(p, d.task_text)
                if task is not None and task.id == task_id:
                    return i
        return None

    def comparison_matches_entries(self) -> bool:
        """Whether the shown comparison has exactly the loaded plans, in list order."""
        shown = self.comparison
        plans = [e.plan for e in self.entries if e.plan is not None]
        return shown is not None and [p.path for p in shown.plans] == [p.path for p in plans]


def duplicates(entries: Sequence[PlanEntry]) -> list[Duplicate]:
    """Loaded plans added twice (``comparer.plans.duplicates``), by path as the list holds them."""
    return find_duplicates([replace(e.plan, path=e.path) for e in entries if e.plan is not None])


def _key(path: str) -> Any:
    """Files are the same when their absolute paths are (case-folded: Windows paths are)."""
    return str(Path(path).absolute()).casefold()
