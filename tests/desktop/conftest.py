"""Fixtures for GUI tests: a settings .ini in a temp dir, a deterministic engine, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from comparer.errors import PlanLoadError
from comparer.models import Comparison, Options, Plan, Reference
from comparer.progress import CancelToken, ProgressFn
from desktop.models.session import Engine
from desktop.settings import Settings
from desktop.window.main_window import MainWindow
from tests.desktop.fixtures import build_comparison, build_reference

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


class FakeEngine:
    """Serves the hand-made comparison: plan files are recognised by name, anything else is corrupt."""

    def __init__(self) -> None:
        self.compare_calls: list[float] = []
        self._plans = {p.name: p for p in build_comparison().plans}

    def load_plan(self, path: str, *, progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> Plan:
        name = Path(path).name
        if name not in self._plans:
            raise PlanLoadError(path, "corrupt", "not a plan")
        return replace(self._plans[name], path=str(path))

    def load_reference(self, spec: str) -> Reference:
        return build_reference()

    def compare(self, plans: list[Plan], reference: Reference, options: Options | None = None,
                **_: Any) -> Comparison:
        threshold = (options or Options()).threshold
        self.compare_calls.append(threshold)
        full = build_comparison(threshold)
        by_name = {p.name: p for p in plans}
        assert set(by_name) == {p.name for p in full.plans}, "tests load the three fixture plans"
        return replace(full, plans=tuple(by_name[p.name] for p in full.plans))

    def engine(self) -> Engine:
        return Engine(load_plan=self.load_plan, load_reference=self.load_reference, compare=self.compare)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings" / "plancompare.ini")


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def plan_files(tmp_path: Path) -> list[str]:
    """Three files named like the fixture plans (content is irrelevant to the fake engine)."""
    folder = tmp_path / "kế hoạch"
    folder.mkdir()
    paths = []
    for name in ("ha-noi.txt", "hai-phong.docx", "bac-kan.pdf"):
        path = folder / name
        path.write_text("Kế hoạch\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def make_window(qtbot: QtBot, settings: Settings, engine: Engine | None = None) -> MainWindow:
    window = MainWindow(settings, engine=engine, builtin_references=["kl91", "nq71"])
    qtbot.addWidget(window, before_close_func=_forget_changes)
    return window


def _forget_changes(window: MainWindow) -> None:
    """At teardown: no "save changes?" prompt (it would block), no worker left running."""
    window.undo_stack.setClean()
    window._dirty = False
    window.runner.shutdown()


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, fake_engine: FakeEngine) -> Iterator[MainWindow]:
    yield make_window(qtbot, settings, fake_engine.engine())


@pytest.fixture
def loaded(qtbot: QtBot, window: MainWindow, plan_files: list[str]) -> MainWindow:
    """A window showing the three fixture plans."""
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.add_plans(plan_files)
    return window


@pytest.fixture
def message_box_texts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every QMessageBox shown is answered Cancel; its buttons' texts, then its text, are recorded."""
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.extend(b.text() for b in box.buttons())
        seen.append(box.text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


@pytest.fixture
def open_dialog_filters(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name filters each "open files" dialog offers; the dialog is answered with no file."""
    filters: list[str] = []

    def ask(*args: object, **kwargs: object) -> tuple[list[str], str]:
        filters.append(str(args[3]))
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", ask)
    return filters
