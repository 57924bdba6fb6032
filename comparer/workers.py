"""Read and score plans in worker processes, so a hundred plans use every core of the machine.

Reading a plan and scoring its tasks against the reference is pure Python and most of a
comparison's cost; threads would take turns on one core. A small pool of processes (one per
core, at most ``MAX_WORKERS``) does it plan by plan: each worker reads a file, extracts its tasks
and scores them with its own ``Matcher``, and sends the plan and its scores back. The pipeline
keeps those scores, so the comparison itself only selects and analyses.

- The pool is one per process, started on first use or ahead of time with ``warm()`` (the window
  does so once it is shown, so the workers have imported the engine by the time plans come).
- Processes are started with "spawn" on every platform: the window's threads and Qt must not be
  copied into a child by ``fork``. Entry points call ``multiprocessing.freeze_support()`` first,
  so a frozen (PyInstaller) app can start its own workers.
- Cancelling: every task carries the generation it belongs to; ``cancel_running()`` moves the
  shared generation on, and a worker's readers, which poll their cancel token, stop at their
  next check.
- A worker that dies (a crashing PDF library, memory) never takes the window with it: the files
  it held are read again one by one in a fresh pool, and the one that kills its worker again is
  reported as unreadable.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NamedTuple, TypeVar

from comparer.errors import Cancelled, PlanLoadError
from comparer.match.matching import Matcher, Models, TaskScore, current_models, judge
from comparer.models import Plan, Reference
from comparer.progress import CancelToken, ProgressFn, check

MIN_FILES = 4  # fewer files read faster in the calling process than a pool's messages cost
MAX_WORKERS = 4  # each worker holds the engine (≈ 60 MB); more than four gains little on office PCs
ENV_WORKERS = "PLANCOMPARE_WORKERS"  # "0" or "1": read in the calling process only

Scores = list[dict[str, TaskScore]]
# A file's outcome: its plan (or why not), and with a reference its scores and the terms its
# emphases are found from (comparer.match.emphasis.plan_terms), both computed in the worker.
Result = tuple[Plan | PlanLoadError, Scores | None, object | None]

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_generation: Any = None  # multiprocessing.Value("q"): the generation tasks still belong to
_warmed: ProcessPoolExecutor | None = None
# Whether workers can run here: None until a task has come back, then True; False once a fresh pool
# could not even run an empty task (a main module "spawn" cannot import again, e.g. a script read
# from stdin), after which everything is read in the calling process.
_usable: bool | None = None
PROBE_TIMEOUT_S = 120.0


class Context(NamedTuple):
    """What every task of a job needs besides its file or plan: the reference to score against and
    the window's selection models to judge the evidence with (so its process only compares)."""

    reference: Reference | None
    models: Models


class Unavailable(Exception):
    """Worker processes cannot start on this machine or in this program: read in the calling process."""


def worker_count() -> int:
    """How many worker processes reading uses (0: read in the calling process)."""
    wanted = os.environ.get(ENV_WORKERS, "").strip()
    n = int(wanted) if wanted.isdigit() else min(os.cpu_count() or 1, MAX_WORKERS)
    return n if n >= 2 and _usable is not False else 0


def _get_pool() -> ProcessPoolExecutor:
    global _pool, _generation
    with _lock:
        if _pool is None:
            context = multiprocessing.get_context("spawn")
            _generation = context.Value("q", 0)
            _pool = ProcessPoolExecutor(worker_count(), mp_context=context, initializer=_init,
                                        initargs=(_generation,))
        return _pool


def _drop_pool(pool: ProcessPoolExecutor) -> None:
    """Forget a broken pool (its workers are gone); the next use starts a new one."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def warm(reference: Reference | None = None) -> None:
    """Start the workers now (and build their matcher for ``reference``), without waiting for them.

    Only the first call for a pool does anything: the workers then import the engine while the
    caller goes on (the window imports Qt and paints meanwhile).
    """
    global _warmed
    n = worker_count()
    if not n:
        return
    pool = _get_pool()
    with _lock:
        if _warmed is pool:
            return
        _warmed = pool
    for _ in range(n):  # a task per worker: each submit with no idle worker starts one
        pool.submit(_warm, reference).add_done_callback(_proven)


def _proven(future: Future[Any]) -> None:
    global _usable
    if not future.cancelled() and future.exception() is None:
        _usable = True


def _probe() -> None:
    """Raise Unavailable unless a fresh pool runs an empty task (the workers can start at all)."""
    global _usable
    try:
        _get_pool().submit(_warm, None).result(timeout=PROBE_TIMEOUT_S)
    except Exception as exc:  # noqa: BLE001 — a broken pool, a timeout: either way no workers here
        _usable = False
        stop()
        raise Unavailable(str(exc)) from exc
    _usable = True


def stop() -> None:
    """Cancel what the workers are reading and let them end (the window is closing, the CLI is done).

    Without it, leaving the program would wait for a long scan a worker is still reading.
    """
    global _pool
    cancel_running()
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def cancel_running() -> None:
    """Stop what the workers are reading now: their tasks' generation is over."""
    with _lock:
        if _generation is not None:
            with _generation.get_lock():
                _generation.value += 1


def read_and_score(
    paths: Sequence[str],
    reference: Reference | None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    task: Callable[[str, Context, int], Result] | None = None,
) -> dict[str, Result]:
    """Each file read (and, with a reference, scored) in the worker processes.

    ``task`` replaces the work done per file (a module-level function, as the workers import it
    by name); tests use it to make a worker die.

    Returns:
        For each path, its Plan or the PlanLoadError naming what is wrong, and the plan's scores
        (None without a reference or when reading failed).

    Raises:
        Cancelled: ``cancel`` was set; the workers stop the files they were reading.
        Unavailable: no worker process could start; nothing was read.
    """
    results: dict[str, Result] = {}
    work = task or _read_and_score
    context = Context(reference, current_models())
    broken = _run(work, [(p, p) for p in paths], context, results, progress, cancel, len(paths))
    if broken and _usable is not True:
        _probe()  # did the files kill their workers, or can no worker start at all?
    for path in broken:  # read again alone, each in a fresh pool if need be: only the culprit fails
        if _run(work, [(path, path)], context, results, progress, cancel, len(paths)):
            results[path] = (PlanLoadError(path, "unreadable", "reading the file stopped its worker process"),
                             None, None)
    return {path: results[path] for path in paths}


def score_plans(
    plans: Sequence[Plan],
    reference: Reference,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[tuple[Scores, object]]:
    """Each plan's scores against ``reference`` and its emphasis terms, computed in the worker
    processes (plans read earlier, now compared with another reference).

    Raises:
        Cancelled: ``cancel`` was set.
        Unavailable: the workers could not do it; the caller scores in its own process.
    """
    results: dict[int, tuple[Scores, object]] = {}
    context = Context(reference, current_models())
    if _run(_score, list(enumerate(plans)), context, results, progress, cancel, len(plans)):
        stop()
        raise Unavailable("a worker process ended while scoring")
    return [results[i] for i in range(len(plans))]


K = TypeVar("K", int, str)
A = TypeVar("A")
R = TypeVar("R")


def _run(
    work: Callable[[A, Context, int], R],
    jobs: Sequence[tuple[K, A]],
    context: Context,
    results: dict[K, R],
    progress: ProgressFn | None,
    cancel: CancelToken | None,
    total: int,
) -> list[K]:
    """Submit ``work(arg, context, generation)`` for each job and collect into ``results`` by key;
    returns the keys whose worker died."""
    pool = _get_pool()
    generation = _generation.value
    done = threading.Event()
    futures: dict[Future[R], K] = {}
    remaining = [len(jobs)]
    counting = threading.Lock()

    def finished(_: Future[R]) -> None:  # called in the pool's own thread
        with counting:
            remaining[0] -= 1
            if remaining[0] == 0:
                done.set()

    try:
        for key, arg in jobs:
            future = pool.submit(work, arg, context, generation)
            futures[future] = key
            future.add_done_callback(finished)
    except BrokenProcessPool:  # a worker died before all were handed out: each is done again alone
        for future in futures:
            future.cancel()
        _drop_pool(pool)
        return [key for key, _ in jobs]
    broken: list[K] = []
    # The comparison that follows needs the analysis (and numpy with it): import it while the
    # workers work, on a core they leave free.
    from comparer.match import analysis  # noqa: F401

    try:
        while not done.wait(0.05):
            check(cancel)
            _report(progress, len(results) + sum(f.done() for f in futures), total)
        check(cancel)
    except Cancelled:
        for future in futures:
            future.cancel()
        cancel_running()
        raise
    for future, key in futures.items():
        try:
            results[key] = future.result()
        except BrokenProcessPool:
            broken.append(key)
        else:
            _proven(future)
    if broken:
        _drop_pool(pool)
    _report(progress, len(results), total)
    return broken


def _report(progress: ProgressFn | None, done: int, total: int) -> None:
    if progress:
        progress(done / max(1, total))


# -- in the worker processes ------------------------------------------------------------------

_matchers: dict[Reference, Matcher] = {}
_shared_generation: Any = None


def _init(generation: Any) -> None:
    global _shared_generation
    _shared_generation = generation
    # Ctrl-C in a terminal reaches the whole process group: the parent cancels its workers itself
    # and says so in one line, the workers must not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _lower_priority()


def _lower_priority() -> None:
    """Workers yield the processor to the window: it stays quick to start and to answer while
    they read (and they still take every core the window leaves idle)."""
    try:
        if sys.platform == "win32":
            import ctypes

            below_normal = 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
        else:
            os.nice(5)
    except (OSError, AttributeError):
        pass  # a priority we may not change: the work is the same


class _Generation(CancelToken):
    """Cancelled once the parent has moved the shared generation past this task's."""

    def __init__(self, generation: int) -> None:
        super().__init__()
        self._mine = generation

    @property
    def cancelled(self) -> bool:
        return _shared_generation is not None and _shared_generation.value != self._mine

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


def _matcher(reference: Reference) -> Matcher:
    matcher = _matchers.get(reference)
    if matcher is None:
        _matchers.clear()  # one reference at a time
        matcher = _matchers[reference] = Matcher(reference)
    return matcher


def _warm(reference: Reference | None) -> None:
    # Import what reading and scoring use, so the first real file does not pay for it.
    from comparer.match import emphasis  # noqa: F401
    from comparer.plans import loading  # noqa: F401
    from comparer.readers import formats  # noqa: F401

    if reference is not None:
        _matcher(reference)


def _score(plan: Plan, context: Context, generation: int) -> tuple[Scores, object]:
    assert context.reference is not None
    _Generation(generation).check()
    with no_collection():
        return _scored(plan, context)


def _scored(plan: Plan, context: Context) -> tuple[Scores, object]:
    """The plan's evidence, judged with the window's models (its process then only compares), and
    the terms its emphases are found from (a per-plan count: done here, in parallel)."""
    from comparer.match.emphasis import plan_terms

    assert context.reference is not None
    scores = _matcher(context.reference).score_plan(plan)
    for evidence in scores:
        judge(evidence, context.models)
    return scores, plan_terms(plan, context.reference, scores)


def _read_and_score(path: str, context: Context, generation: int) -> Result:
    with no_collection():
        return _read_and_score_now(path, context, generation)


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """No cyclic garbage collection inside: for work that makes many objects and no reference cycles
    (building a plan and its evidence here; unpickling them and comparing in comparer.pipeline).

    Each full collection walks every live object (≈ 0.3 s holding the GIL with a hundred plans: the
    window froze during a threshold change); reference counting frees these objects anyway.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _read_and_score_now(path: str, context: Context, generation: int) -> Result:
    from comparer.plans.loading import load_plan

    cancel = _Generation(generation)
    try:
        plan = load_plan(path, cancel=cancel)
    except PlanLoadError as exc:
        return exc, None, None
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 — a reader bug on one file must not hide the other plans
        return PlanLoadError(path, "unreadable", f"{type(exc).__name__}: {exc}"), None, None
    if context.reference is None:
        return plan, None, None
    cancel.check()
    return (plan, *_scored(plan, context))
