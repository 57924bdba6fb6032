"""Fuzz: mutated project and autosave files are read or refused with a ProjectError, never anything else.

Bounded for CI (a few hundred examples, seconds); raise ``max_examples`` locally to search longer.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comparer.autosave import autosave_path, scan_autosaves
from comparer.project import PlanRef, Project, ProjectError, from_json, load_project, to_json
from comparer.review import Decision, DecisionKind

_VALID = to_json(
    Project(
        plans=(PlanRef("ke-hoach/ha-noi.txt", "a" * 64, "ha-noi.txt"), PlanRef("b.docx")),
        threshold=62.5,
        decisions=(Decision(DecisionKind.CONFIRM, "a" * 64, "ha-noi.txt", "KL91-4", "Bồi dưỡng nhà giáo", "ghi chú"),),
        extra={"autosave": {"pid": 4242, "host": "may-tinh", "saved_at": 1_700_000_000.5, "origin": ""}},
    )
).encode("utf-8")

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=20,
)
FIELDS = st.sampled_from(["threshold", "version", "plans", "decisions", "reference", "format", "autosave"])


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for position, cut, insert in edits:
        at = position % (len(out) + 1)
        out[at : at + cut] = insert
    return bytes(out)


def _check(path: Path) -> None:
    try:
        project = load_project(path)
    except ProjectError as exc:
        assert exc.code in {"corrupt", "version", "too_large", "not_regular", "unreadable"}
        assert exc.detail
        return
    assert math.isfinite(project.threshold) and 0 <= project.threshold <= 100
    assert all(isinstance(p.path, str) and "\x00" not in p.path for p in project.plans)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("project-fuzz")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 8), st.binary(max_size=8)), min_size=1,
                      max_size=6))
def test_mutated_bytes(folder: Path, edits: list[tuple[int, int, bytes]]) -> None:
    path = folder / "du-an.plancompare"
    path.write_bytes(_mutate(_VALID, edits))
    _check(path)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=FIELDS, value=JSON_VALUES, inner=st.booleans())
def test_any_json_in_any_field(folder: Path, field: str, value: object, inner: bool) -> None:
    data = json.loads(_VALID)
    if inner and field in ("plans", "decisions"):
        data[field][0] = value if not isinstance(value, dict) else {**data[field][0], **value}
    elif inner and field == "autosave":
        data["autosave"] = {**data["autosave"], "pid": value}
    else:
        data[field] = value
    path = folder / "du-an.plancompare"
    path.write_text(json.dumps(data, ensure_ascii=False, allow_nan=True), encoding="utf-8", errors="surrogatepass")
    _check(path)
    # The same file as an autosave: start-up never fails on it, whatever it holds.
    for old in folder.glob("autosave-*.plancompare"):
        old.unlink()
    autosave_path(folder, "fuzz").write_bytes(path.read_bytes())
    scan = scan_autosaves(folder, alive=lambda pid: False, set_aside=False)
    assert len(scan.stale) <= 1


def test_the_fuzz_seed_itself_is_valid() -> None:
    project = from_json(_VALID.decode("utf-8"))
    assert project.threshold == 62.5 and len(project.plans) == 2
