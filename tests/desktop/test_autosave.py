"""Never lose work: unsaved review work is autosaved, offered back after a crash, and removed when saved or dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

import comparer.store.autosave as engine_autosave
from comparer.match.review import DecisionKind
from comparer.store.autosave import read_autosave
from desktop import autosave as desktop_autosave
from desktop.autosave import RestoreAnswer, ask_restore
from desktop.settings import Settings
from desktop.window.main_window import MainWindow
from tests.desktop.conftest import FakeEngine, make_window


def _review(window: MainWindow) -> None:
    """Two review actions, as the officer would make them."""
    cell = next(c for c in window.session.comparison.coverage[0] if c.ref_id == "KL91-4")  # type: ignore[union-attr]
    window.decide(DecisionKind.CONFIRM, 0, "KL91-4", task_id=cell.evidence[0].task_id)
    window.decide(DecisionKind.ADDRESSED, 2, "KL91-8", note="Có kế hoạch ngoại ngữ riêng")


def _answer(monkeypatch: pytest.MonkeyPatch, answer: RestoreAnswer, asked: list[str] | None = None) -> None:
    def ask(parent: object, autosave: engine_autosave.Autosave) -> RestoreAnswer:
        if asked is not None:
            asked.append(autosave.path.name)
        return answer

    monkeypatch.setattr("desktop.window.window_files.ask_restore", ask)


def test_settings_place_autosaves_beside_the_ini(settings: Settings, tmp_path: Path) -> None:
    assert settings.autosave_dir() == tmp_path / "settings" / "autosave"
    settings.set_autosave_dir(tmp_path / "khác")
    assert settings.autosave_dir() == tmp_path / "khác"


def test_review_actions_are_autosaved_debounced(qtbot: QtBot, loaded: MainWindow) -> None:
    autosaver = loaded.autosaver
    # Adding plans is unsaved work already; wait for that write, then review.
    qtbot.waitUntil(autosaver.path.exists, timeout=5000)
    _review(loaded)
    qtbot.waitUntil(lambda: len(read_autosave(autosaver.path).project.decisions) == 2, timeout=5000)
    saved = read_autosave(autosaver.path)
    assert saved.project.decisions == loaded.session.decisions
    assert [Path(p.path).name for p in saved.project.plans] == ["ha-noi.txt", "hai-phong.docx", "bac-kan.pdf"]
    assert saved.origin == ""
    # Undo is a change too: the file follows (the added plans are still unsaved work).
    loaded.undo_stack.undo()
    autosaver.write_now()
    assert len(read_autosave(autosaver.path).project.decisions) == 1


def test_crash_then_restart_offers_the_work_back(
    qtbot: QtBot, settings: Settings, fake_engine: FakeEngine, loaded: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _review(loaded)
    loaded.autosaver.write_now()
    crashed_file = loaded.autosaver.path
    decisions = loaded.session.decisions
    # The crash: the process that wrote the file is gone (here: it looks gone), nothing was closed.
    loaded.autosaver._heartbeat.stop()
    monkeypatch.setattr(engine_autosave, "pid_alive", lambda pid: False)

    asked: list[str] = []
    _answer(monkeypatch, RestoreAnswer.RESTORE, asked)
    restarted = make_window(qtbot, settings, fake_engine.engine())
    with qtbot.waitSignal(restarted.analysisDone, timeout=10000):
        assert restarted.files.offer_restore()
    assert asked == [crashed_file.name]
    assert restarted.session.decisions == decisions
    cell = next(c for c in restarted.session.comparison.coverage[0] if c.ref_id == "KL91-4")  # type: ignore[union-attr]
    assert cell.reviewed
    assert restarted.decisions_model.rowCount() == 2
    assert restarted.coverage_model.columnCount() == 4  # the three plans are back
    # The work is unsaved again, held by the new session's own file; the crashed one is gone.
    assert restarted.is_modified()
    assert not crashed_file.exists()
    assert read_autosave(restarted.autosaver.path).project.decisions == decisions


def test_restored_project_keeps_its_file_name(
    qtbot: QtBot, settings: Settings, fake_engine: FakeEngine, loaded: MainWindow, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "dự án"), ""))
    assert loaded.files.save_project()
    assert not loaded.autosaver.path.exists()  # saved: nothing to autosave
    _review(loaded)
    loaded.autosaver.write_now()
    loaded.autosaver._heartbeat.stop()
    monkeypatch.setattr(engine_autosave, "pid_alive", lambda pid: False)
    _answer(monkeypatch, RestoreAnswer.RESTORE)
    restarted = make_window(qtbot, settings, fake_engine.engine())
    with qtbot.waitSignal(restarted.analysisDone, timeout=10000):
        assert restarted.files.offer_restore()
    assert restarted.session.project_path == str(tmp_path / "dự án.plancompare")
    assert restarted.windowTitle().startswith("dự án.plancompare")


def test_declined_autosave_is_deleted_later_is_kept(
    qtbot: QtBot, settings: Settings, fake_engine: FakeEngine, loaded: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _review(loaded)
    loaded.autosaver.write_now()
    loaded.autosaver._heartbeat.stop()
    crashed_file = loaded.autosaver.path
    monkeypatch.setattr(engine_autosave, "pid_alive", lambda pid: False)

    _answer(monkeypatch, RestoreAnswer.LATER)
    later = make_window(qtbot, settings, fake_engine.engine())
    assert not later.files.offer_restore()
    assert crashed_file.exists() and not later.session.entries

    _answer(monkeypatch, RestoreAnswer.DISCARD)
    again = make_window(qtbot, settings, fake_engine.engine())
    assert not again.files.offer_restore()
    assert not crashed_file.exists()


def test_live_window_is_not_offered(
    qtbot: QtBot, settings: Settings, fake_engine: FakeEngine, loaded: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _review(loaded)
    loaded.autosaver.write_now()
    asked: list[str] = []
    _answer(monkeypatch, RestoreAnswer.RESTORE, asked)
    second = make_window(qtbot, settings, fake_engine.engine())
    assert not second.files.offer_restore()
    assert asked == []


def test_save_and_clean_close_remove_the_autosave(
    loaded: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _review(loaded)
    loaded.autosaver.write_now()
    path = loaded.autosaver.path
    assert path.exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "xong"), ""))
    assert loaded.files.save_project()
    assert not path.exists()
    _review(loaded)
    loaded.autosaver.write_now()
    assert path.exists()
    # Close without saving ("Discard"): the user chose to drop the work.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert loaded.close()
    assert not path.exists()
    assert list(path.parent.iterdir()) == []


def test_cancelled_close_keeps_the_autosave(loaded: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _review(loaded)
    loaded.autosaver.write_now()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not loaded.close()
    assert loaded.autosaver.path.exists()


def test_unwritable_folder_is_reported_once(
    qtbot: QtBot, settings: Settings, fake_engine: FakeEngine, plan_files: list[str], tmp_path: Path,
) -> None:
    blocker = tmp_path / "không phải thư mục"
    blocker.write_text("x", encoding="utf-8")
    window = MainWindow(settings, engine=fake_engine.engine(), builtin_references=["kl91"],
                        autosave_dir=blocker / "autosave")
    from tests.desktop.conftest import _forget_changes

    qtbot.addWidget(window, before_close_func=_forget_changes)
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.add_plans(plan_files)
    with qtbot.waitSignal(window.autosaver.failed, timeout=5000) as blocker_signal:
        window.autosaver.write_now()
    assert blocker_signal.args == ["no_folder"]
    assert "Không lưu tự động được" in window.statusBar().currentMessage()


def test_restore_prompt_buttons_say_what_they_do(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, message_box_texts: list[str],
) -> None:
    from comparer.store.project import Project

    autosave = engine_autosave.Autosave(path=tmp_path / "x", project=Project(), origin="", saved_at=0.0,
                                        pid=1, host="")
    seen = message_box_texts
    assert ask_restore(window, autosave) is RestoreAnswer.LATER
    assert {"Khôi phục", "Bỏ bản lưu tự động", "Để lần sau"} <= set(seen)
    assert any("dự án chưa lưu" in s for s in seen)
    assert desktop_autosave.DEBOUNCE_MS <= 2000


def test_entry_point_offers_the_crashed_work_first(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from comparer.store.autosave import write_autosave
    from comparer.store.project import PlanRef, Project
    from desktop import app as desktop_app

    ini = tmp_path / "portable" / "settings.ini"
    plan = str(Path(__file__).resolve().parents[2] / "samples" / "backan-kl51.txt")
    crashed = write_autosave(Settings(ini).autosave_dir(), "crashed", Project(plans=(PlanRef(plan),)))
    monkeypatch.setattr(engine_autosave, "pid_alive", lambda pid: False)
    offered: list[Path] = []
    windows: list[MainWindow] = []

    def ask(parent: MainWindow, autosave: engine_autosave.Autosave) -> RestoreAnswer:
        offered.append(autosave.path)
        windows.append(parent)
        return RestoreAnswer.RESTORE

    monkeypatch.setattr("desktop.window.window_files.ask_restore", ask)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)  # no event loop: main() returns at once
    assert desktop_app.main(["--settings", str(ini)]) == 0
    assert offered == [crashed]
    window = windows[0]
    assert [e.path for e in window.session.entries] == [plan]
    assert window.is_modified()
    window.runner.shutdown()
    window.autosaver.stop()
    window._dirty = False
    window.close()
    window.deleteLater()


def test_autosave_writes_off_the_gui_thread(
    qtbot: QtBot, loaded: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import desktop.autosave as autosave_module

    release = threading.Event()
    writers: list[threading.Thread] = []
    real_write = autosave_module.write_autosave

    def slow_write(*args: object, **kwargs: object) -> Path:
        writers.append(threading.current_thread())
        release.wait(10)  # a disk that takes its time to fsync
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(autosave_module, "write_autosave", slow_write)
    autosaver = loaded.autosaver
    autosaver.write_soon()  # what the debounce timer and the heartbeat call
    qtbot.waitUntil(lambda: bool(writers), timeout=5000)
    # The write is stuck in the disk, yet the GUI thread is already back here.
    assert writers[0] is not threading.main_thread()
    release.set()
    qtbot.waitUntil(autosaver.path.exists, timeout=5000)
    assert [Path(p.path).name for p in read_autosave(autosaver.path).project.plans] == [
        "ha-noi.txt", "hai-phong.docx", "bac-kan.pdf"]
