"""The one engine pipeline the CLI and the window share.

load → extract → score (kept per plan) → select by threshold → analyse.

Scoring every task against the reference is most of a comparison's cost and does not depend on
the threshold, so a ``Pipeline`` keeps each plan's scores: comparing the same plans again at
another threshold (the window's threshold slider) only re-selects and re-analyses. The defaults
every entry point starts from (``DEFAULT_REFERENCE``, ``DEFAULT_THRESHOLD``) live in
``comparer.models`` next to ``Options`` and are re-exported here.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from comparer.errors import Cancelled, PlanLoadError, ReferenceLoadError
from comparer.match.matching import Matcher, TaskScore
from comparer.models import DEFAULT_REFERENCE, DEFAULT_THRESHOLD, Comparison, Options, Plan, Reference
from comparer.progress import CancelToken, ProgressFn, check, sub_progress

if TYPE_CHECKING:
    from comparer.match.analysis import Kept

__all__ = [
    "DEFAULT_REFERENCE",
    "DEFAULT_THRESHOLD",
    "LOAD_SHARE",
    "Output",
    "Pipeline",
    "Steps",
    "load_plans",
    "reading_at",
    "run",
]

LOAD_SHARE = 0.6  # of a run's 0–1 progress, when it has plans to read; comparing takes the rest

Scores = list[dict[str, TaskScore]]  # one plan's: per task, the matcher's evidence per reference task


class Pipeline:
    """Reads plans and compares them, keeping each plan's scores for the next comparison.

    One instance per window (or per CLI run). Not thread-safe: the window runs one analysis job at
    a time. Scores are kept for the plan objects of the last comparison only, so memory stays that
    of one comparison; they are dropped when the reference changes.
    """

    def __init__(
        self,
        load_plan: Callable[..., Plan] | None = None,
        load_reference: Callable[[str], Reference] | None = None,
    ) -> None:
        # Imported here: the readers load on first use, not with the window; the analysis (and
        # numpy with it) with the first comparison, while the worker processes read the plans.
        from comparer.plans.loading import load_plan as read_plan
        from comparer.refs.reference import load_reference as read_reference

        self.load_plan: Callable[..., Plan] = load_plan or read_plan
        self.load_reference: Callable[[str], Reference] = load_reference or read_reference
        self._reference: Reference | None = None
        self._matcher: Matcher | None = None
        self._kept: dict[int, tuple[Plan, Scores]] = {}  # id(plan) → (that plan, its scores)
        self._analysis: Kept | None = None  # pair scores and term counts of the last comparison
        self._terms: dict[int, tuple[Plan, Scores, object]] = {}  # counted in workers, for the next analysis
        self.scored = 0  # plans scored so far (kept scores are not counted again)

    def matcher(self, reference: Reference) -> Matcher:
        """The matcher for ``reference`` (built once per reference)."""
        if self._matcher is None or self._reference is not reference:
            self._matcher = Matcher(reference)
            self._reference = reference
            self._kept.clear()
            self._terms.clear()
            self._analysis = None
        return self._matcher

    def scores(
        self,
        plans: Sequence[Plan],
        reference: Reference,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> list[Scores]:
        """Each plan's scores against ``reference``: kept ones reused, the others computed and kept
        (in the worker processes when there are several; ``comparer.workers``)."""
        from comparer import workers
        from comparer.match.analysis import score_plan

        matcher = self.matcher(reference)
        todo = [plan for plan in plans if self._kept.get(id(plan), (None,))[0] is not plan]
        if len(todo) >= workers.MIN_FILES and workers.worker_count():
            # Plans read earlier, now against another reference: scored in the worker processes.
            try:
                got = workers.score_plans(todo, reference, progress=progress, cancel=cancel)
            except workers.Unavailable:
                pass
            else:
                for plan, (plan_scores, terms) in zip(todo, got, strict=True):
                    self._keep(plan, plan_scores, terms)
                self.scored += len(todo)
        kept: dict[int, tuple[Plan, Scores]] = {}
        out: list[Scores] = []
        for p, plan in enumerate(plans):
            got_here = self._kept.get(id(plan))
            if got_here is None or got_here[0] is not plan:
                check(cancel)
                got_here = (plan, score_plan(matcher, plan))
                self.scored += 1
            kept[id(plan)] = got_here
            out.append(got_here[1])
            if progress:
                progress((p + 1) / max(1, len(plans)))
        self._kept = kept  # plans no longer compared are forgotten
        return out

    def _keep(self, plan: Plan, scores: Scores, terms: object) -> None:
        """Keep a plan's scores, and the emphasis terms a worker counted with them."""
        self._kept[id(plan)] = (plan, scores)
        self._terms[id(plan)] = (plan, scores, terms)

    def read_plans(
        self,
        paths: Sequence[str],
        reference: Reference | None = None,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> dict[str, Plan | PlanLoadError]:
        """Read each file (a failing file does not stop the others), scoring it against ``reference``.

        With the engine's own reader, several files and a machine of two cores or more, the files
        are read and scored in worker processes (``comparer.workers``) and their scores kept, so
        the next ``compare`` of these plans only selects and analyses; .doc/.odt/.rtf files are
        then converted together in this process (one LibreOffice run per type). Otherwise as
        ``load_plans``.
        """
        from comparer import workers
        from comparer.plans import loading

        pooled = [p for p in paths if Path(p).suffix.lower() not in _CONVERTED]
        if (self.load_plan is not loading.load_plan or len(pooled) < workers.MIN_FILES
                or not workers.worker_count()):
            return load_plans(self.load_plan, paths, progress=progress, cancel=cancel)
        if reference is not None:
            self.matcher(reference)  # kept scores belong to this reference
        share = len(pooled) / len(paths)
        try:
            with workers.no_collection():  # what comes back is many objects and no cycles
                got = workers.read_and_score(pooled, reference, progress=sub_progress(progress, 0.0, share),
                                             cancel=cancel)
        except workers.Unavailable:  # no worker process can start here: read them all in this one
            return load_plans(self.load_plan, paths, progress=progress, cancel=cancel)
        loaded: dict[str, Plan | PlanLoadError] = {}
        for path, (plan, scores, terms) in got.items():
            loaded[path] = plan
            if isinstance(plan, Plan) and scores is not None:
                self._keep(plan, scores, terms)
        rest = [p for p in paths if p not in got]
        if rest:
            loaded.update(load_plans(self.load_plan, rest, progress=sub_progress(progress, share, 1.0),
                                     cancel=cancel))
        return {path: loaded[path] for path in paths}

    def compare(
        self,
        plans: Sequence[Plan],
        reference: Reference,
        options: Options | None = None,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> Comparison:
        """``comparer.match.analysis.compare`` with scores kept: score (new plans only), select, analyse."""
        from comparer import workers

        # Plans, kept scores and the comparison live as long as the work does: millions of small
        # objects with a hundred plans and no reference cycles. No collection while comparing, and
        # what is left afterwards is moved out of the collector's sight.
        try:
            with workers.no_collection():
                return self._compare(plans, reference, options, progress, cancel)
        finally:
            gc.freeze()

    def _compare(
        self,
        plans: Sequence[Plan],
        reference: Reference,
        options: Options | None,
        progress: ProgressFn | None,
        cancel: CancelToken | None,
    ) -> Comparison:
        from comparer.match.analysis import Kept, analyse

        scores = self.scores(plans, reference, progress=sub_progress(progress, 0.0, 0.8), cancel=cancel)
        if self._analysis is None:
            self._analysis = Kept()
        for plan, plan_scores in zip(plans, scores, strict=True):  # terms the workers counted
            got = self._terms.pop(id(plan), None)
            if got is not None and got[0] is plan and got[1] is plan_scores:
                self._analysis.term_counts.add(plan, plan_scores, got[2])  # type: ignore[arg-type]
        self._terms.clear()
        return analyse(plans, reference, scores, options, progress=sub_progress(progress, 0.8, 1.0),
                       cancel=cancel, kept=self._analysis)


class Steps(Protocol):
    """What ``run`` needs: a ``Pipeline``, or stand-ins with the same calls (tests).

    ``read_plans`` may be None: the files are then read one by one with ``load_plan``.
    """

    @property
    def load_plan(self) -> Callable[..., Plan]: ...

    @property
    def read_plans(self) -> Callable[..., dict[str, Plan | PlanLoadError]] | None: ...

    @property
    def load_reference(self) -> Callable[[str], Reference]: ...

    @property
    def compare(self) -> Callable[..., Comparison]: ...


@dataclass(frozen=True)
class Output:
    """What one run returns: each plan read (or why not), the reference and the comparison."""

    loaded: dict[str, Plan | PlanLoadError]
    reference: Reference | None
    comparison: Comparison | None
    reference_error: PlanLoadError | ReferenceLoadError | None = None


def reading_at(todo: Sequence[str], fraction: float) -> tuple[int, str] | None:
    """(index, path) of the plan ``run`` is reading at ``fraction`` of its progress; None once comparing."""
    if not todo or fraction >= LOAD_SHARE:
        return None
    i = min(int(fraction / LOAD_SHARE * len(todo)), len(todo) - 1)
    return i, todo[i]


# Old office files LibreOffice converts; several of them in one job share one LibreOffice run.
_CONVERTED = frozenset({".doc", ".odt", ".rtf"})


def load_plans(
    load_plan: Callable[..., Plan],
    paths: Sequence[str],
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> dict[str, Plan | PlanLoadError]:
    """Read each file; a failing file does not stop the others (its PlanLoadError takes its place).

    With the engine's own reader (``comparer.plans.loading.load_plan``), two or more .doc/.odt/.rtf
    files are converted together when the first of them is reached (one LibreOffice run per type
    instead of ≈ 1.9 s each), each then read as alone. Another ``load_plan`` reads one by one.
    """
    loaded: dict[str, Plan | PlanLoadError] = {}
    together = [path for path in paths if Path(path).suffix.lower() in _CONVERTED]
    for i, path in enumerate(paths):
        check(cancel)
        # Each file gets its share of the range; a scanned PDF fills its share page by page.
        file_progress = sub_progress(progress, i / len(paths), (i + 1) / len(paths))
        if len(together) >= 2 and path in together:
            loaded.update(_load_together(load_plan, together, file_progress, cancel))
            together = []
        if path not in loaded:  # (read already when converted with the first office file)
            loaded[path] = _load_one(load_plan, path, file_progress, cancel)
        if file_progress:
            file_progress(1.0)
    return {path: loaded[path] for path in paths}


def _load_one(
    load_plan: Callable[..., Plan], path: str, progress: ProgressFn | None, cancel: CancelToken | None
) -> Plan | PlanLoadError:
    try:
        return load_plan(path, progress=progress, cancel=cancel)
    except PlanLoadError as exc:
        return exc
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 — a reader bug on one file must not hide the other plans
        return PlanLoadError(path, "unreadable", f"{type(exc).__name__}: {exc}")


def _load_together(
    load_plan: Callable[..., Plan], paths: list[str], progress: ProgressFn | None, cancel: CancelToken | None
) -> dict[str, Plan | PlanLoadError]:
    """``paths`` read by ``comparer.plans.loading.load_plans`` (one conversion run per type); {} when
    ``load_plan`` is not the engine's reader, or when the batch fails as a whole (then each file is
    read alone, so a bug shows on its own file)."""
    from comparer.plans import loading

    if load_plan is not loading.load_plan:
        return {}
    try:
        got = loading.load_plans(paths, progress=progress, cancel=cancel)
    except Cancelled:
        raise
    except Exception:  # noqa: BLE001 — read one by one instead: each file gets its own message
        return {}
    return dict(zip(paths, got, strict=True))


def run(
    steps: Steps,
    entries: Sequence[tuple[str, Plan | None]],
    reference_spec: str,
    reference: Reference | None,
    options: Options,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Output:
    """Read the plans not read yet (``entries``: path and plan, None if still to read), then compare.

    The reference is loaded from ``reference_spec`` unless given. Plans are compared in the order
    of ``entries``; files that failed are left out and reported in ``Output.loaded``.
    """
    todo = [path for path, plan in entries if plan is None]
    reference_error: PlanLoadError | ReferenceLoadError | None = None
    if reference is None:
        try:
            reference = steps.load_reference(reference_spec)
        except (PlanLoadError, ReferenceLoadError) as exc:
            reference_error = exc
    reading = sub_progress(progress, 0.0, LOAD_SHARE)
    if steps.read_plans is not None:  # read and scored at once (in worker processes when they help)
        loaded = steps.read_plans(todo, reference, progress=reading, cancel=cancel)
    else:
        loaded = load_plans(steps.load_plan, todo, progress=reading, cancel=cancel)
    if reference is None or reference_error is not None:
        # The plans read fine; keep them, and let the caller say what is wrong with the reference.
        return Output(loaded=loaded, reference=None, comparison=None, reference_error=reference_error)
    plans: list[Plan] = []
    for path, plan in entries:
        got = plan if plan is not None else loaded.get(path)
        if isinstance(got, Plan):
            plans.append(got)
    check(cancel)
    comparison = None
    if plans:
        comparison = steps.compare(plans, reference, options,
                                   progress=sub_progress(progress, LOAD_SHARE if todo else 0.0, 1.0), cancel=cancel)
    return Output(loaded=loaded, reference=reference, comparison=comparison)
