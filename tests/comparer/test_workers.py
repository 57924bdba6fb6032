"""Plans read and scored in worker processes: the same result as in the calling process, one file's
failure or crash kept to that file, cancel reaching the workers, and Qt never loaded in them."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from comparer import workers
from comparer.errors import Cancelled, PlanLoadError
from comparer.match.analysis import score_plan
from comparer.match.calibration import use_model
from comparer.match.emphasis import plan_terms
from comparer.match.matching import Matcher, TaskScore, current_models, judge
from comparer.models import Options, Plan
from comparer.pipeline import Pipeline
from comparer.plans.loading import load_plan
from comparer.progress import CancelToken
from comparer.refs.reference import load_reference
from tests.comparer import worker_tasks
from tests.comparer.paths import BACKAN_TXT, HAIPHONG_DOCX, HAIPHONG_PDF, HAIPHONG_TXT, HANOI_HTML, HANOI_TXT, ROOT

REAL = [HANOI_TXT, HAIPHONG_TXT, BACKAN_TXT, HAIPHONG_DOCX, HAIPHONG_PDF, HANOI_HTML]


@pytest.fixture(autouse=True)
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two workers even on a one-core CI machine: the pool is what is tested.
    monkeypatch.setenv(workers.ENV_WORKERS, "2")


def _evidence(scores: list[dict[str, TaskScore]]) -> list[dict[str, tuple[object, ...]]]:
    return [{k: (ts.score, ts.mass, ts.reason, ts.key_points, ts.prob, ts.judged_by) for k, ts in s.items()}
            for s in scores]


def test_workers_read_and_score_as_the_calling_process_does(tmp_path: Path) -> None:
    reference = load_reference("kl91")
    paths = [str(p) for p in REAL]
    got = workers.read_and_score(paths, reference)
    matcher = Matcher(reference)
    assert list(got) == paths
    for path in paths:
        plan, scores, terms = got[path]
        alone = load_plan(path)
        assert isinstance(plan, Plan)
        assert plan == alone
        assert scores is not None
        here = score_plan(matcher, alone)
        for evidence in here:  # as select() does first, once per passage and model
            judge(evidence)
        assert _evidence(scores) == _evidence(here)
        # the emphasis terms the worker counted are those this process counts
        mine = plan_terms(alone, reference, here)
        assert isinstance(terms, type(mine))
        assert (terms.cues, terms.phrases, terms.initiatives) == (mine.cues, mine.phrases, mine.initiatives)
        assert terms.phrase_hashes.tolist() == mine.phrase_hashes.tolist()
        # judged by the window's models already: its select() only compares
        model, kp_model = current_models()
        assert model is not None and kp_model is not None
        assert {ts.judged_by for s in scores for ts in s.values()} == {f"{model.key}|{kp_model.key}"}


def test_workers_judge_with_the_models_of_the_calling_process() -> None:
    reference = load_reference("kl91")
    paths = [str(p) for p in REAL[:4]]
    use_model(None, rule=True)  # the hand-set rule, as bench/quality.py compares it
    try:
        got = workers.read_and_score(paths, reference)
        plans = [got[p][0] for p in paths]
        assert all(isinstance(p, Plan) for p in plans)
        assert {ts.judged_by for p in paths for s in got[p][1] or [] for ts in s.values()} == {None}
        pipeline = Pipeline()
        loaded = pipeline.read_plans(paths, reference)
        by_rule = pipeline.compare([loaded[p] for p in paths], reference, Options())  # type: ignore[misc]
        from comparer.match.analysis import compare as compare_here

        here = compare_here([load_plan(p) for p in paths], reference, Options())
        assert by_rule.matches == here.matches and by_rule.coverage == here.coverage
    finally:
        use_model(None)


def test_a_bad_file_fails_alone_with_its_own_message(tmp_path: Path) -> None:
    empty = tmp_path / "trong.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    paths = [str(HANOI_TXT), str(empty), str(broken), str(BACKAN_TXT)]
    got = workers.read_and_score(paths, load_reference("kl91"))
    assert isinstance(got[str(HANOI_TXT)][0], Plan) and isinstance(got[str(BACKAN_TXT)][0], Plan)
    for path, code in ((empty, "empty"), (broken, "corrupt")):
        error, scores, terms = got[str(path)]
        assert isinstance(error, PlanLoadError), error
        assert (error.path, error.code, scores, terms) == (path, code, None, None)


def test_load_errors_survive_the_trip_between_processes() -> None:
    error = PlanLoadError("/tmp/kế hoạch.pdf", "encrypted", "the PDF is password-protected")
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), back.path, back.code, back.detail, str(back)) == (
        PlanLoadError, error.path, error.code, error.detail, str(error))


def test_a_file_that_kills_its_worker_is_the_only_one_lost(tmp_path: Path) -> None:
    paths = []
    for i, src in enumerate((HANOI_TXT, HAIPHONG_TXT, BACKAN_TXT, HANOI_TXT)):
        dst = tmp_path / (f"crash-{i}.txt" if i == 1 else f"plan-{i}.txt")
        shutil.copy(src, dst)
        paths.append(str(dst))
    got = workers.read_and_score(paths, load_reference("kl91"), task=worker_tasks.die_on_crash_files)
    error = got[paths[1]][0]
    assert isinstance(error, PlanLoadError) and error.code == "unreadable"
    assert all(isinstance(got[p][0], Plan) for p in paths if p != paths[1])
    # The pool is whole again for the next job.
    again = workers.read_and_score([paths[0], paths[2]], None)
    assert all(isinstance(plan, Plan) and scores is None for plan, scores, _ in again.values())


def test_cancel_stops_the_files_being_read(tmp_path: Path) -> None:
    paths = []
    for i in range(4):
        dst = tmp_path / f"plan-{i}.txt"
        shutil.copy(HANOI_TXT, dst)
        paths.append(str(dst))
    token = CancelToken()
    raised: list[BaseException] = []

    def job() -> None:
        try:
            workers.read_and_score(paths, None, cancel=token, task=worker_tasks.slow_until_cancelled)
        except BaseException as exc:  # noqa: BLE001 — the test looks at what was raised
            raised.append(exc)

    thread = threading.Thread(target=job)
    thread.start()
    started = Path(paths[0] + ".started")
    for _ in range(1200):  # until a worker holds the first file (60 s at most)
        if started.exists():
            break
        time.sleep(0.05)
    token.cancel()
    thread.join(60)
    assert not thread.is_alive() and len(raised) == 1 and isinstance(raised[0], Cancelled)
    # Each file a worker had started stops at its next check (50 ms); none runs to its end (60 s).
    held = [Path(p) for p in paths if Path(p + ".started").exists()]
    for _ in range(1200):
        if all(Path(f"{p}.ended").exists() for p in held):
            break
        time.sleep(0.05)
    ended = [Path(f"{p}.ended").read_text(encoding="utf-8") for p in held]
    assert started.exists() and ended and set(ended) == {"cancelled"}


def test_the_pipeline_keeps_what_the_workers_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    from comparer.match import emphasis

    reference = load_reference("kl91")
    paths = [str(p) for p in REAL]
    pipeline = Pipeline()
    loaded = pipeline.read_plans(paths, reference)
    plans = [loaded[p] for p in paths]
    assert all(isinstance(p, Plan) for p in plans)
    counted_here = emphasis._plan_terms
    monkeypatch.setattr(emphasis, "_plan_terms", lambda *a: pytest.fail("terms counted again"))
    comparison = pipeline.compare(plans, reference, Options())  # type: ignore[arg-type]
    assert pipeline.scored == 0  # every plan's scores (and emphasis terms) came from the workers
    monkeypatch.setattr(emphasis, "_plan_terms", counted_here)
    serial = Pipeline()
    again = serial.compare([load_plan(p) for p in paths], reference, Options())
    assert serial.scored == len(paths)
    assert comparison.coverage == again.coverage and comparison.matches == again.matches
    assert comparison.gaps == again.gaps and comparison.similar_pairs == again.similar_pairs
    assert comparison.emphases == again.emphases


def test_few_files_are_read_in_the_calling_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pool was used")

    monkeypatch.setattr(workers, "read_and_score", no_pool)
    pipeline = Pipeline()
    loaded = pipeline.read_plans([str(HANOI_TXT), str(BACKAN_TXT)], load_reference("kl91"))
    assert all(isinstance(p, Plan) for p in loaded.values())


def test_one_worker_means_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(workers.ENV_WORKERS, "1")
    assert workers.worker_count() == 0
    monkeypatch.setenv(workers.ENV_WORKERS, "3")
    assert workers.worker_count() == 3


def test_starting_a_worker_does_not_load_qt() -> None:
    # "spawn" imports the main module again in each worker: the window's module must not pull in Qt.
    code = "import sys, desktop.app, comparer.cli; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_where_no_worker_can_start_the_plans_are_read_in_the_calling_process(tmp_path: Path) -> None:
    # A program read from stdin cannot be imported again by "spawn": every worker dies at start.
    # That must not make every plan "unreadable": the pipeline reads them itself.
    script = f"""
import os
os.environ["{workers.ENV_WORKERS}"] = "2"
from comparer import workers
from comparer.models import Plan
from comparer.pipeline import Pipeline
from comparer.refs.reference import load_reference
paths = {[str(p) for p in (HANOI_TXT, HAIPHONG_TXT, BACKAN_TXT, HANOI_HTML)]!r}
got = Pipeline().read_plans(paths, load_reference("kl91"))
print(all(isinstance(got[p], Plan) for p in paths), workers.worker_count())
"""
    out = subprocess.run([sys.executable, "-"], input=script, cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=300)
    assert out.stdout.split() == ["True", "0"]


def test_plans_read_earlier_are_scored_in_the_workers_for_another_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[int] = []
    original = workers.score_plans

    def spy(plans: list[Plan], *args: object, **kwargs: object) -> object:
        called.append(len(plans))
        return original(plans, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workers, "score_plans", spy)
    plans = [load_plan(p) for p in REAL]
    pipeline = Pipeline()
    pipeline.compare(plans, load_reference("kl91"), Options())
    nq71 = load_reference("nq71")
    switched = pipeline.compare(plans, nq71, Options())
    assert called == [len(plans), len(plans)] and pipeline.scored == 2 * len(plans)
    from comparer.match.analysis import compare as compare_here

    monkeypatch.setenv(workers.ENV_WORKERS, "0")
    here = compare_here(plans, nq71, Options())
    assert switched.coverage == here.coverage and switched.matches == here.matches
    assert switched.gaps == here.gaps and switched.emphases == here.emphases
    assert switched.similar_pairs == here.similar_pairs


def test_evidence_survives_the_trip_between_processes_field_by_field() -> None:
    import dataclasses

    # Every field set to something other than its default: a field TaskScore.__reduce__ forgets fails.
    values: dict[str, object] = {}
    for i, f in enumerate(dataclasses.fields(TaskScore)):
        if f.type in ("str", "str | None"):
            values[f.name] = f"value {i}"
        elif f.type == "float":
            values[f.name] = 0.5 + i
        elif f.type == "int":
            values[f.name] = 7 + i
        elif f.type == "bool":
            values[f.name] = True
        elif f.type.startswith("list"):
            values[f.name] = [f"cụm {i}"]
        elif f.type.startswith("dict"):
            values[f.name] = {f"KL91-{i}.1": 0.25 * i}
        else:
            raise AssertionError(f"a test value for {f.name}: {f.type}")
    evidence = TaskScore(**values)  # type: ignore[arg-type]
    back = pickle.loads(pickle.dumps(evidence))
    assert {k: getattr(back, k) for k in values} == values
