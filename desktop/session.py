"""What the window is working on (plans, reference, threshold, decisions) and the job that analyses it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from comparer.duplicates import Duplicate, find_duplicates
from comparer.errors import Cancelled, PlanLoadError, ReferenceLoadError
from comparer.models import Comparison, Options, Plan, Reference, Task
from comparer.progress import CancelToken, ProgressFn, check, sub_progress
from comparer.review import Decision, DecisionKind, ReviewResult, find_plan, find_task, review

LOAD_SHARE = 0.6  # of an analysis job's 0–1 progress, when it has plans to read; comparing takes the rest


def reading_at(todo: Sequence[str], fraction: float) -> tuple[int, str] | None:
    """(index, path) of the plan ``run_analysis`` is reading at ``fraction`` of its progress; None once comparing."""
    if not todo or fraction >= LOAD_SHARE:
        return None
    i = min(int(fraction / LOAD_SHARE * len(todo)), len(todo) - 1)
    return i, todo[i]


@dataclass(frozen=True)
class Engine:
    """The three engine entry points the window uses; tests pass stand-ins.

    ``load_plan(path, progress=…, cancel=…)`` as ``comparer.loading.load_plan``: OCR and
    conversions take seconds a page, so it reports progress and honours the cancel token.
    """

    load_plan: Callable[..., Plan]
    load_reference: Callable[[str], Reference]
    compare: Callable[..., Comparison]

    @classmethod
    def default(cls) -> Engine:
        """The real engine (imported lazily so a broken engine module cannot stop the window opening)."""
        from comparer.analysis import compare
        from comparer.loading import load_plan
        from comparer.reference import load_reference

        return cls(load_plan=load_plan, load_reference=load_reference, compare=compare)


@dataclass
class PlanEntry:
    """One row of the plans list: a path and, once read, its plan or the reason it failed."""

    path: str
    plan: Plan | None = None
    error: PlanLoadError | None = None

    @property
    def pending(self) -> bool:
        return self.plan is None and self.error is None


@dataclass(frozen=True)
class AnalysisOutput:
    """What one analysis job returns to the window."""

    loaded: dict[str, Plan | PlanLoadError]
    reference: Reference | None
    comparison: Comparison | None
    reference_error: PlanLoadError | ReferenceLoadError | None = None


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

    Runs in the worker thread: plain data in, plain data out.
    """
    todo = [path for path, plan in entries if plan is None]
    loading = sub_progress(progress, 0.0, LOAD_SHARE if todo else 0.0)
    loaded: dict[str, Plan | PlanLoadError] = {}
    for i, path in enumerate(todo):
        check(cancel)
        # Each file gets its share of the loading range; a scanned PDF fills its share page by page.
        file_progress = sub_progress(loading, i / len(todo), (i + 1) / len(todo))
        try:
            loaded[path] = engine.load_plan(path, progress=file_progress, cancel=cancel)
        except PlanLoadError as exc:
            loaded[path] = exc
        except Cancelled:
            raise
        except Exception as exc:  # noqa: BLE001 — a reader bug on one file must not hide the other plans
            loaded[path] = PlanLoadError(path, "unreadable", f"{type(exc).__name__}: {exc}")
        if file_progress:
            file_progress(1.0)
    if reference is None:
        try:
            reference = engine.load_reference(reference_spec)
        except (PlanLoadError, ReferenceLoadError) as exc:
            # The plans read fine; keep them, and let the window say what is wrong with the reference.
            return AnalysisOutput(loaded=loaded, reference=None, comparison=None, reference_error=exc)
    plans: list[Plan] = []
    for path, plan in entries:
        got = plan if plan is not None else loaded.get(path)
        if isinstance(got, Plan):
            plans.append(got)
    check(cancel)
    comparison = None
    if plans:
        comparison = engine.compare(plans, reference, Options(threshold=threshold),
                                    progress=sub_progress(progress, LOAD_SHARE if todo else 0.0, 1.0), cancel=cancel)
    return AnalysisOutput(loaded=loaded, reference=reference, comparison=comparison)


@dataclass
class Session:
    """The window's working state; no Qt, so it stays simple to reason about and to test."""

    entries: list[PlanEntry] = field(default_factory=list)
    reference_spec: str = "kl91"
    reference: Reference | None = None
    threshold: float = 50.0
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
    """Loaded plans added twice (``comparer.duplicates``), by path as the list holds them."""
    return find_duplicates([replace(e.plan, path=e.path) for e in entries if e.plan is not None])


def _key(path: str) -> Any:
    """Files are the same when their absolute paths are (case-folded: Windows paths are)."""
    return str(Path(path).absolute()).casefold()
