"""Hostile files at start-up and on opening: the window always opens, and a bad project never replaces the work.

Issue 11, items 2, 4 and 6, as the officer meets them: a damaged autosave (or a FIFO named like
one) used to stop the window at every start; a project with threshold NaN replaced two unsaved
plans before failing; a shared project's ../../etc/passwd was read without a word.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import comparer.store.autosave as engine_autosave
from comparer.store.autosave import SET_ASIDE, autosave_path, write_autosave
from comparer.store.project import PlanRef, Project, save_project
from desktop import app as desktop_app
from desktop.autosave import OutsideAnswer, RestoreAnswer, ask_outside
from desktop.settings import Settings
from desktop.window.main_window import MainWindow
from tests.hostile.builders import autosave_text, nested, project_text

BROKEN = {
    "pid": autosave_text(pid=10**30),
    "nan": autosave_text().replace('"saved_at": 1700000000.0', '"saved_at": NaN'),
    "inf": autosave_text().replace('"saved_at": 1700000000.0', '"saved_at": Infinity'),
    "far": autosave_text(saved_at=1e20),
    "deep": autosave_text().replace('"plans": []', f'"plans": {nested(100_000)}'),
    "digits": autosave_text().replace('"saved_at": 1700000000.0', '"saved_at": ' + "9" * 5000),
    "path": autosave_text(plans=[{"path": "x" * 5000}]),
}


def _close(window: MainWindow) -> None:
    window.runner.shutdown()
    window.autosaver.stop()
    window._dirty = False
    window.close()
    window.deleteLater()


def _start(ini: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> MainWindow:
    """Run the entry point with no event loop; returns the window it made."""
    app = QApplication.instance()
    monkeypatch.setattr(type(app), "exec", lambda self: 0)
    made: list[MainWindow] = []
    original = MainWindow.__init__

    def init(self: MainWindow, *a: object, **k: object) -> None:
        original(self, *a, **k)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(MainWindow, "__init__", init)
    assert desktop_app.main(["--settings", str(ini), *args]) == 0
    return made[0]


def test_damaged_autosaves_are_set_aside_and_the_window_opens(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    ini = tmp_path / "portable" / "settings.ini"
    folder = Settings(ini).autosave_dir()
    folder.mkdir(parents=True)
    for name, text in BROKEN.items():
        autosave_path(folder, name).write_text(text, encoding="utf-8")
    if sys.platform != "win32":
        os.mkfifo(autosave_path(folder, "fifo"))  # opened for reading, it would block for ever
    monkeypatch.setattr(engine_autosave, "pid_alive", lambda pid: False)
    offered: list[Path] = []
    monkeypatch.setattr("desktop.window.window_files.ask_restore", lambda parent, a: offered.append(a.path))
    window = _start(ini, monkeypatch)
    try:
        assert offered == []
        moved = sorted(p.name for p in (folder / SET_ASIDE).iterdir())
        assert len(moved) == len(BROKEN) + (sys.platform != "win32")
        assert list(folder.glob("autosave-*")) == []
        assert "bị hỏng" in window.banner.text() and SET_ASIDE in window.banner.text()
    finally:
        _close(window)
    # The next start is quiet: nothing left in the way.
    again = _start(ini, monkeypatch)
    try:
        assert again.banner.text() == ""
    finally:
        _close(again)


@pytest.mark.parametrize("threshold", ["NaN", "Infinity", "1e300", "1" + "0" * 400])
def test_bad_project_on_the_command_line_opens_an_empty_window(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threshold: str,
) -> None:
    bad = tmp_path / "hong.plancompare"
    bad.write_text(project_text().replace('"threshold": 50', f'"threshold": {threshold}'), encoding="utf-8")
    window = _start(tmp_path / "s" / "settings.ini", monkeypatch, str(bad))
    try:
        assert window.session.entries == []
        assert "hong.plancompare" in window.banner.text()
    finally:
        _close(window)


@pytest.mark.parametrize(
    "text",
    [
        project_text().replace('"threshold": 50', '"threshold": NaN'),
        project_text().replace('"decisions": []', f'"decisions": {nested(100_000)}'),
        project_text(plans=[{"path": "x" * 5000}]),
        project_text(plans=[{"path": "a.txt"}], threshold=1e300),
    ],
    ids=["nan", "deep", "long-path", "1e300"],
)
def test_bad_project_never_replaces_the_loaded_work(loaded: MainWindow, tmp_path: Path, text: str) -> None:
    loaded.session.threshold = 61.0
    before = ([e.path for e in loaded.session.entries], loaded.session.threshold, loaded.session.decisions)
    modified = loaded.is_modified()
    bad = tmp_path / "hong.plancompare"
    bad.write_text(text, encoding="utf-8")
    assert not loaded.files.open_project(str(bad))
    assert ([e.path for e in loaded.session.entries], loaded.session.threshold, loaded.session.decisions) == before
    assert loaded.is_modified() == modified
    assert "hong.plancompare" in loaded.banner.text()


@pytest.fixture
def shared(tmp_path: Path, plan_files: list[str]) -> tuple[Path, Path]:
    """A project in the plans' folder that also names a file outside it (as a shared project might)."""
    folder = Path(plan_files[0]).parent
    secret = tmp_path / "etc" / "passwd"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0\n", encoding="utf-8")
    project = folder / "chia-se.plancompare"
    save_project(project, Project())
    data = json.loads(project.read_text(encoding="utf-8"))
    data["plans"] = [{"path": Path(p).name} for p in plan_files] + [{"path": "../etc/passwd"}]
    project.write_text(json.dumps(data), encoding="utf-8")
    return project, secret


@pytest.mark.parametrize("answer", list(OutsideAnswer))
def test_files_outside_the_project_are_read_only_if_the_user_agrees(
    qtbot: QtBot, window: MainWindow, shared: tuple[Path, Path], plan_files: list[str],
    monkeypatch: pytest.MonkeyPatch, answer: OutsideAnswer,
) -> None:
    project, secret = shared
    asked: list[tuple[str, ...]] = []

    def ask(parent: object, p: Project) -> OutsideAnswer:
        asked.append(p.outside)
        return answer

    monkeypatch.setattr("desktop.window.window_files.ask_outside", ask)
    opened = window.files.open_project(str(project))
    assert asked == [(str(secret),)]
    paths = [e.path for e in window.session.entries]
    if answer is OutsideAnswer.CANCEL:
        assert not opened and paths == []
        return
    assert opened
    expected = [*plan_files, str(secret)] if answer is OutsideAnswer.READ else plan_files
    assert paths == expected
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=10000)


def test_outside_question_names_the_files_and_escape_opens_nothing(
    window: MainWindow, message_box_texts: list[str],
) -> None:
    seen = message_box_texts
    project = Project(outside=tuple(f"/ngoai/{i}.txt" for i in range(12)))
    assert ask_outside(window, project) is OutsideAnswer.CANCEL
    assert {"Đọc cả các tệp này", "Mở dự án, bỏ qua các tệp này", "Không mở dự án"} <= set(seen)
    text = seen[-1]
    assert "/ngoai/0.txt" in text and "/ngoai/7.txt" in text and "/ngoai/8.txt" not in text
    assert "4 tệp khác" in text


def test_restored_autosave_is_not_questioned(
    qtbot: QtBot, window: MainWindow, plan_files: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Autosaves live in the user's own profile and name files anywhere: restoring asks nothing more."""
    write_autosave(window.autosaver.folder, "cu", Project(plans=tuple(PlanRef(p) for p in plan_files)))
    monkeypatch.setattr(engine_autosave, "pid_alive", lambda pid: False)
    monkeypatch.setattr("desktop.window.window_files.ask_restore", lambda parent, a: RestoreAnswer.RESTORE)
    monkeypatch.setattr("desktop.window.window_files.ask_outside", lambda *a: pytest.fail("asked"))
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        assert window.files.offer_restore()
    assert [e.path for e in window.session.entries] == plan_files
