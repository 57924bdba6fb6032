"""Autosave files: round trip, naming per session, stale detection, no .bak, typed errors."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from comparer.match.review import Decision, DecisionKind
from comparer.store.autosave import (
    STALE_AFTER_S,
    autosave_path,
    find_stale,
    is_stale,
    new_token,
    pid_alive,
    read_autosave,
    remove_autosave,
    write_autosave,
)
from comparer.store.project import PlanRef, Project, ProjectError


def _project(tmp_path: Path) -> Project:
    plan = tmp_path / "kế hoạch" / "hà nội.txt"
    plan.parent.mkdir()
    plan.write_text("Kế hoạch\n", encoding="utf-8")
    decision = Decision(DecisionKind.CONFIRM, "a" * 64, "hà nội.txt", "KL91-4", "Bồi dưỡng nhà giáo", "")
    return Project(plans=(PlanRef(str(plan), "a" * 64, plan.name),), reference="kl91", threshold=60.0,
                   decisions=(decision,))


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_round_trip_keeps_work_and_origin(tmp_path: Path) -> None:
    project = _project(tmp_path)
    folder = tmp_path / "autosave"  # created on first write
    token = new_token()
    path = write_autosave(folder, token, project, origin=str(tmp_path / "dự án.plancompare"))
    assert path == autosave_path(folder, token)
    got = read_autosave(path)
    assert got.project == project
    assert got.project.extra == {}
    assert got.origin == str(tmp_path / "dự án.plancompare")
    assert got.pid == os.getpid()
    assert got.host == socket.gethostname()
    assert abs(got.saved_at - time.time()) < 60
    # Rewritten often: no .bak beside it, no temp file left behind.
    write_autosave(folder, token, project)
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
    assert read_autosave(path).origin == ""


def test_two_sessions_two_files(tmp_path: Path) -> None:
    a, b = new_token(), new_token()
    assert a != b
    assert autosave_path(tmp_path, a) != autosave_path(tmp_path, b)


def test_live_session_is_not_stale_crashed_one_is(tmp_path: Path) -> None:
    project = _project(tmp_path)
    mine = write_autosave(tmp_path, "mine", project)
    crashed = write_autosave(tmp_path, "crashed", project, now=time.time() - 10)
    data = json.loads(crashed.read_text(encoding="utf-8"))
    data["autosave"]["pid"] = _dead_pid()
    crashed.write_text(json.dumps(data), encoding="utf-8")
    assert pid_alive(os.getpid())
    assert not is_stale(read_autosave(mine))
    assert [a.path for a in find_stale(tmp_path)] == [crashed]


def test_old_file_is_stale_even_if_its_pid_runs_again(tmp_path: Path) -> None:
    # Pids are reused; a live session rewrites its file every minute, so an old one is orphaned.
    path = write_autosave(tmp_path, "old", _project(tmp_path), now=time.time() - STALE_AFTER_S - 1)
    assert is_stale(read_autosave(path), alive=lambda pid: True)


def test_other_computer_is_trusted_until_old(tmp_path: Path) -> None:
    autosave = read_autosave(write_autosave(tmp_path, "x", _project(tmp_path)))
    assert not is_stale(autosave, alive=lambda pid: False, host="another-pc")
    assert is_stale(autosave, alive=lambda pid: False, host="another-pc", now=time.time() + STALE_AFTER_S + 1)


def test_newest_first_and_unreadable_files_left_alone(tmp_path: Path) -> None:
    project = _project(tmp_path)
    older = write_autosave(tmp_path, "older", project, now=time.time() - 30)
    newer = write_autosave(tmp_path, "newer", project, now=time.time() - 5)
    broken = autosave_path(tmp_path, "broken")
    broken.write_text("{not json", encoding="utf-8")
    plain = autosave_path(tmp_path, "plain")  # a project file without the autosave record
    plain.write_text(json.dumps({"format": "plancompare", "version": 1}), encoding="utf-8")
    stale = find_stale(tmp_path, alive=lambda pid: False)
    assert [a.path for a in stale] == [newer, older]
    assert broken.exists() and plain.exists()
    assert find_stale(tmp_path / "missing") == []


def test_remove_is_quiet(tmp_path: Path) -> None:
    path = write_autosave(tmp_path, "t", _project(tmp_path))
    remove_autosave(path)
    assert not path.exists()
    remove_autosave(path)


def test_unwritable_folder_raises_typed_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        write_autosave(blocker / "autosave", "t", _project(tmp_path))
    assert info.value.code == "no_folder"


def test_dead_pid_is_not_alive() -> None:
    assert not pid_alive(_dead_pid())
    assert not pid_alive(0)
