"""Project files: round trip, relative paths, atomic save with .bak, typed errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from comparer.match.review import Decision, DecisionKind
from comparer.store.project import PlanRef, Project, ProjectError, load_project, save_project


def _project(tmp_path: Path) -> Project:
    plans_dir = tmp_path / "kế hoạch"
    plans_dir.mkdir()
    paths = []
    for name in ("ha-noi.txt", "bắc-kạn.txt"):
        f = plans_dir / name
        f.write_text("Kế hoạch\n", encoding="utf-8")
        paths.append(f)
    decisions = (
        Decision(DecisionKind.CONFIRM, "a" * 64, "ha-noi.txt", "KL91-4", "Bồi dưỡng nhà giáo", ""),
        Decision(DecisionKind.ADDRESSED, "b" * 64, "bắc-kạn.txt", "KL91-8", "", "Có KH riêng về ngoại ngữ"),
    )
    return Project(
        plans=tuple(PlanRef(str(p), "a" * 64, p.name) for p in paths),
        reference="kl91",
        threshold=62.5,
        decisions=decisions,
    )


def test_round_trip(tmp_path: Path) -> None:
    project = _project(tmp_path)
    target = tmp_path / "so sánh.plancompare"
    save_project(target, project)
    assert load_project(target) == project
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["plans"][1]["path"] == "kế hoạch/bắc-kạn.txt"  # relative, forward slashes
    assert "Có KH riêng" in target.read_text(encoding="utf-8")  # readable UTF-8, not \\u escapes


def test_moved_folder_still_opens(tmp_path: Path) -> None:
    project = _project(tmp_path)
    save_project(tmp_path / "p.plancompare", project)
    moved = tmp_path.parent / (tmp_path.name + "-moved")
    tmp_path.rename(moved)
    loaded = load_project(moved / "p.plancompare")
    assert Path(loaded.plans[0].path) == moved / "kế hoạch" / "ha-noi.txt"


def test_second_save_keeps_bak_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "p.plancompare"
    first = _project(tmp_path)
    save_project(target, first)
    second = Project(plans=first.plans, reference="nq71", threshold=40.0, decisions=())
    save_project(target, second)
    assert load_project(target) == second
    assert load_project(tmp_path / "p.plancompare.bak") == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kế hoạch", "p.plancompare", "p.plancompare.bak"]


def test_failed_write_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "p.plancompare"
    project = _project(tmp_path)
    save_project(target, project)
    before = target.read_bytes()

    def boom(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("comparer.store.atomic.os.replace", boom)
    with pytest.raises(ProjectError) as info:
        save_project(target, Project())
    assert info.value.code == "disk_full"
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("{not json", "corrupt"),
        ('{"format": "other"}', "corrupt"),
        ('{"format": "plancompare", "version": 99}', "version"),
        ('{"format": "plancompare", "version": 1, "decisions": [{"kind": "maybe"}]}', "corrupt"),
    ],
)
def test_bad_files(tmp_path: Path, content: str, code: str) -> None:
    target = tmp_path / "x.plancompare"
    target.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        load_project(target)
    assert info.value.code == code


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError) as info:
        load_project(tmp_path / "none.plancompare")
    assert info.value.code == "not_found"


def test_reference_file_path_is_relative(tmp_path: Path) -> None:
    ref = tmp_path / "refs" / "kl91-local.json"
    ref.parent.mkdir()
    ref.write_text("{}", encoding="utf-8")
    target = tmp_path / "p.plancompare"
    save_project(target, Project(reference=str(ref)))
    assert json.loads(target.read_text(encoding="utf-8"))["reference"] == "refs/kl91-local.json"
    assert load_project(target).reference == str(ref)


def test_unknown_keys_survive(tmp_path: Path) -> None:
    target = tmp_path / "p.plancompare"
    target.write_text('{"format": "plancompare", "version": 1, "future": {"a": 1}}', encoding="utf-8")
    save_project(target, load_project(target))
    assert json.loads(target.read_text(encoding="utf-8"))["future"] == {"a": 1}
