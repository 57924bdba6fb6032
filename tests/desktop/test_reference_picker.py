"""Reference picker with the real engine: built-ins with provenance, another file, a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from comparer.refdoc import WARNING_CODES
from desktop.i18n import reference_warning_message
from desktop.main_window import MainWindow
from desktop.plans_panel import OTHER_FILE
from desktop.qtcompat import emit
from desktop.settings import Settings
from tests.comparer import official_kl91 as kl91
from tests.comparer.official_kl91 import NEWS
from tests.desktop.conftest import SAMPLES, make_window


@pytest.fixture
def real(qtbot: QtBot, settings: Settings) -> MainWindow:
    window = make_window(qtbot, settings)
    with qtbot.waitSignal(window.analysisDone, timeout=30000):
        window.add_plans([str(SAMPLES / "hanoi-kh285.txt"), str(SAMPLES / "haiphong-kh298.txt")])
    return window


def _choose(window: MainWindow, data: str) -> None:
    combo = window.panel.reference_combo
    emit(combo.activated, combo.findData(data))


def test_builtin_reference_shows_provenance(real: MainWindow) -> None:
    combo = real.panel.reference_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["kl91", "nq71", OTHER_FILE]
    text = real.panel.provenance.text()
    assert "8 nhiệm vụ" in text and "Có sẵn trong chương trình" in text and "Nguồn" in text
    assert real.session.reference is not None
    assert real.session.reference.provenance.split()[0] in real.panel.provenance.toolTip()


def test_switch_to_nq71(qtbot: QtBot, real: MainWindow, settings: Settings) -> None:
    with qtbot.waitSignal(real.analysisDone, timeout=30000):
        _choose(real, "nq71")
    comparison = real.session.comparison
    assert comparison is not None and comparison.reference.id == "nq71"
    assert real.coverage_model.rowCount() == len(comparison.reference.tasks)
    assert settings.reference() == "nq71"
    assert real.is_modified()


def test_reference_from_a_file_and_a_broken_one(
    qtbot: QtBot, real: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "tham-chieu.json"
    broken.write_text('{"id": 1}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    with qtbot.waitSignal(real.analysisDone, timeout=30000):
        _choose(real, OTHER_FILE)
    assert "⚠" in real.panel.provenance.text()
    assert not real.banner.isHidden() and "Không so sánh được" in real.banner.text()
    assert real.coverage_model.comparison() is None  # no stale matrix under a reference that failed
    assert real.panel.plans_list.count() == 2 and "⚠" not in real.panel.plans_list.item(0).text()
    assert real.panel.reference_combo.currentData() == str(broken)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))  # cancelled
    _choose(real, OTHER_FILE)
    assert real.session.reference_spec == str(broken)


def test_every_sample_format_loads_in_the_window(qtbot: QtBot, settings: Settings) -> None:
    samples = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in {".txt", ".docx", ".pdf", ".html"})
    assert {Path(p).suffix for p in samples} >= {".txt", ".docx", ".pdf", ".html"}
    window = make_window(qtbot, settings)
    with qtbot.waitSignal(window.analysisDone, timeout=60000):
        window.add_plans(samples)
    texts = [window.panel.plans_list.item(i).text() for i in range(window.panel.plans_list.count())]
    assert all("⚠" not in t for t in texts), texts
    assert window.coverage_model.columnCount() == len(samples) + 1


def _load_file(qtbot: QtBot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.analysisDone, timeout=30000):
        _choose(window, OTHER_FILE)


def test_official_kl91_shows_what_was_read_and_compares_like_the_builtin(
    qtbot: QtBot, real: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    builtin = real.session.comparison
    assert builtin is not None and builtin.reference.id == "kl91"
    official = kl91.build(tmp_path / "KL91-chinh-thuc.docx")
    _load_file(qtbot, real, official, monkeypatch)
    text = real.panel.provenance.text()
    assert "8 nhiệm vụ, 48 ý chính · KL91-chinh-thuc.docx" in text and "⚠" not in text
    assert "chính thức" in real.panel.provenance.toolTip() and "50 ý chính" in real.panel.provenance.toolTip()
    comparison = real.session.comparison
    assert comparison is not None and comparison.reference.id == "kl91" and not comparison.reference.builtin
    statuses = [[c.status for c in row] for row in comparison.coverage]
    assert statuses == [[c.status for c in row] for row in builtin.coverage]
    assert real.coverage_model.rowCount() == 8
    # The matrix names the tasks in the official wording.
    title = real.coverage_model.index(0, 0).data()
    assert "Tiếp tục nâng cao nhận thức" in title


def test_a_file_that_is_not_a_task_list_warns_in_the_picker(
    qtbot: QtBot, real: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    news = tmp_path / "tin-tuc.txt"
    news.write_text(NEWS, encoding="utf-8")
    _load_file(qtbot, real, news, monkeypatch)
    text = real.panel.provenance.text()
    assert "3 nhiệm vụ, 0 ý chính · tin-tuc.txt" in text
    assert "⚠" in text and "không giống một danh sách nhiệm vụ" in text
    assert real.session.comparison is not None  # a warning, not a failure: the officer decides


def test_every_reference_warning_has_its_own_message() -> None:
    messages = {code: reference_warning_message(code) for code in WARNING_CODES}
    assert all(m and "(" not in m for m in messages.values()), messages
    assert len(set(messages.values())) == len(WARNING_CODES)
