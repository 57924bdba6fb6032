"""Project and autosave files that would crash, hang or mislead: each is a ProjectError, and nothing blocks.

Issue 11, items 2, 4 and 6: autosave records with pid 10^30, saved_at NaN/Infinity/1e20, JSON
nested 100,000 deep, a 5,000-digit number, a 5,000-character plan path, a FIFO named like an
autosave; project thresholds of NaN, Infinity, 1e300, 10^400; /dev/zero, a FIFO and a 1 GB
file given as a project; a shared project naming ../../etc/passwd as a plan.
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest

from comparer.autosave import SET_ASIDE, autosave_path, find_stale, read_autosave, scan_autosaves, write_autosave
from comparer.project import (
    MAX_BYTES,
    MAX_PATH,
    PlanRef,
    Project,
    ProjectError,
    load_project,
    save_project,
    without_outside,
)
from tests.hostile.builders import autosave_text, dead_pid, nested, project_text
from tests.hostile.conftest import needs_posix

# (name, file text): every one must be refused as corrupt, never raise anything else.
BAD_AUTOSAVES = [
    ("pid 10^30", autosave_text(pid=10**30)),
    ("pid negative", autosave_text(pid=-5)),
    ("pid a string", autosave_text(pid="123")),
    ("pid true", autosave_text(pid=True)),
    ("saved_at NaN", autosave_text().replace('"saved_at": 1700000000.0', '"saved_at": NaN')),
    ("saved_at Infinity", autosave_text().replace('"saved_at": 1700000000.0', '"saved_at": Infinity')),
    ("saved_at -Infinity", autosave_text().replace('"saved_at": 1700000000.0', '"saved_at": -Infinity')),
    ("saved_at 1e20", autosave_text(saved_at=1e20)),
    ("saved_at 1e400", autosave_text().replace('"saved_at": 1700000000.0', '"saved_at": 1e400')),
    ("nested 100,000 deep", autosave_text().replace('"plans": []', f'"plans": {nested(100_000)}')),
    ("extra nested 1,000 deep", autosave_text().replace('"plans": []', f'"plans": [], "x": {nested(1000)}')),
    ("5,000-digit number", autosave_text().replace('"saved_at": 1700000000.0', '"saved_at": ' + "9" * 5000)),
    ("5,000-character plan path", autosave_text(plans=[{"path": "a/" * 2500}])),
    ("plan path with NUL", autosave_text(plans=[{"path": "a\u0000b.txt"}])),
    ("plans not a list", autosave_text().replace('"plans": []', '"plans": {"a": 1}')),
    ("plan not an object", autosave_text(plans=["x.txt"])),  # type: ignore[list-item]
    ("origin a number", autosave_text(origin=5)),
    ("not JSON", "{not json"),
    ("not UTF-8", "\udcff"),
    ("empty", ""),
]


@pytest.mark.parametrize(("case", "text"), BAD_AUTOSAVES, ids=[c for c, _ in BAD_AUTOSAVES])
def test_bad_autosave_is_a_typed_error_and_is_set_aside(tmp_path: Path, case: str, text: str) -> None:
    path = autosave_path(tmp_path, "hong")
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    with pytest.raises(ProjectError) as info:
        read_autosave(path)
    assert info.value.code == "corrupt"
    assert info.value.detail and "\n" not in info.value.detail
    scan = scan_autosaves(tmp_path, alive=lambda pid: False)
    assert scan.stale == []
    assert [e.path for e in scan.set_aside] == [tmp_path / SET_ASIDE / path.name]
    assert (tmp_path / SET_ASIDE / path.name).exists() and not path.exists()
    # The next start finds nothing to complain about: the file no longer stands in the way.
    assert scan_autosaves(tmp_path, alive=lambda pid: False).set_aside == []


def test_good_autosave_beside_bad_ones_is_still_offered(tmp_path: Path) -> None:
    good = write_autosave(tmp_path, "tot", Project(plans=(PlanRef(str(tmp_path / "a.txt")),)), now=time.time())
    for name, text in BAD_AUTOSAVES[:5]:
        autosave_path(tmp_path, name.replace(" ", "-")).write_text(text, encoding="utf-8")
    scan = scan_autosaves(tmp_path, alive=lambda pid: False)
    assert [a.path for a in scan.stale] == [good]
    assert len(scan.set_aside) == 5


@needs_posix
def test_fifo_named_like_an_autosave_never_blocks(tmp_path: Path) -> None:
    fifo = autosave_path(tmp_path, "fifo")
    os.mkfifo(fifo)
    good = write_autosave(tmp_path, "tot", Project(), now=time.time())
    assert [a.path for a in find_stale(tmp_path, alive=lambda pid: False)] == [good]  # returns: nothing opened it
    scan = scan_autosaves(tmp_path, alive=lambda pid: False)
    assert [e.code for e in scan.set_aside] == ["not_regular"]
    assert not os.path.lexists(fifo)


def test_dead_session_with_a_real_dead_pid_is_offered(tmp_path: Path) -> None:
    path = autosave_path(tmp_path, "chet")
    path.write_text(autosave_text(pid=dead_pid(), host=socket.gethostname(), saved_at=time.time()), encoding="utf-8")
    assert [a.path for a in scan_autosaves(tmp_path).stale] == [path]


BAD_THRESHOLDS = ["NaN", "Infinity", "-Infinity", "1e300", "1" + "0" * 400, "1e400", "-1", "100.5", '"50"',
                  "true", "null", "[50]"]


@pytest.mark.parametrize("threshold", BAD_THRESHOLDS)
def test_bad_threshold_is_refused(tmp_path: Path, threshold: str) -> None:
    path = tmp_path / "du-an.plancompare"
    path.write_text(project_text().replace('"threshold": 50', f'"threshold": {threshold}'), encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert info.value.code == "corrupt"


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("nested 100,000 deep", project_text().replace('"decisions": []', f'"decisions": {nested(100_000)}')),
        ("long plan path", project_text(plans=[{"path": "x" * (MAX_PATH + 1)}])),
        ("long reference", project_text(reference="r/" * MAX_PATH)),
        ("bad sha", project_text(plans=[{"path": "a.txt", "sha256": "zz"}])),
        ("decision kind", project_text(decisions=[{"kind": "maybe", "plan_sha256": "a", "plan_name": "a",
                                                    "ref_id": "KL91-1"}])),
        ("decision field missing", project_text(decisions=[{"kind": "confirm"}])),
        ("decision note a list", project_text(decisions=[{"kind": "confirm", "plan_sha256": "a", "plan_name": "a",
                                                          "ref_id": "KL91-1", "note": ["x"]}])),
        ("version a float", project_text(version=1.0)),
        ("version true", project_text(version=True)),
        ("version 10^30", project_text(version=10**30)),
    ],
)
def test_malformed_project_is_refused(tmp_path: Path, case: str, text: str) -> None:
    path = tmp_path / "du-an.plancompare"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert info.value.code in ("corrupt", "version")
    assert "\n" not in info.value.detail


@needs_posix
@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null", "fifo", "folder"])
def test_special_files_are_refused_unread(tmp_path: Path, special: str) -> None:
    if special == "fifo":
        target = tmp_path / "du-an.plancompare"
        os.mkfifo(target)
    elif special == "folder":
        target = tmp_path / "thu-muc.plancompare"
        target.mkdir()
    else:
        target = Path(special)
        if not target.exists():
            pytest.skip(f"no {special}")
    with pytest.raises(ProjectError) as info:
        load_project(target)
    assert info.value.code == "not_regular"


def test_huge_project_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "lon.plancompare"
    with open(path, "wb") as fh:  # a sparse 1 GB file: refusing it costs no memory
        fh.truncate(1 << 30)
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert info.value.code == "too_large"
    just_over = tmp_path / "vua-qua.plancompare"
    just_over.write_bytes(b" " * (MAX_BYTES + 1))
    with pytest.raises(ProjectError) as info:
        load_project(just_over)
    assert info.value.code == "too_large"


def test_plans_outside_the_project_folder_are_listed_not_hidden(tmp_path: Path) -> None:
    folder = tmp_path / "du-an"
    (folder / "ke-hoach").mkdir(parents=True)
    inside = folder / "ke-hoach" / "ha-noi.txt"
    inside.write_text("Kế hoạch\n", encoding="utf-8")
    secret = tmp_path / "etc" / "passwd"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0\n", encoding="utf-8")
    link = folder / "ke-hoach" / "lien-ket.txt"  # a link inside the folder that leads out of it
    link.symlink_to(secret)
    path = folder / "chia-se.plancompare"
    path.write_text(project_text(plans=[{"path": "ke-hoach/ha-noi.txt"}, {"path": "../etc/passwd"},
                                        {"path": "ke-hoach/lien-ket.txt"}, {"path": "/etc/hostname"}],
                                 reference="../etc/passwd"), encoding="utf-8")
    project = load_project(path)
    assert [Path(p.path) for p in project.plans[:2]] == [inside, secret]
    assert set(project.outside) == {str(secret), str(link), "/etc/hostname"}
    kept = without_outside(project)
    assert [Path(p.path) for p in kept.plans] == [inside]
    assert kept.reference == "kl91" and kept.outside == ()


def test_saved_project_with_plans_inside_has_nothing_outside(tmp_path: Path) -> None:
    plan = tmp_path / "ke-hoach" / "a.txt"
    plan.parent.mkdir()
    plan.write_text("x", encoding="utf-8")
    save_project(tmp_path / "p.plancompare", Project(plans=(PlanRef(str(plan)),)))
    assert load_project(tmp_path / "p.plancompare").outside == ()
    data = json.loads((tmp_path / "p.plancompare").read_text(encoding="utf-8"))
    assert data["plans"][0]["path"] == "ke-hoach/a.txt"
