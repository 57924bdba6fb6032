"""What a user reads: Vietnamese dialog buttons, why a high score is partial, what an empty review tab is for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from comparer.match.review import DecisionKind
from desktop.i18n import Language
from desktop.resources import translations_dir
from desktop.window.main_window import MainWindow


@pytest.fixture
def language() -> Language:
    lang = Language(translations_dir())
    yield lang  # type: ignore[misc]
    lang.switch("vi")


def test_standard_buttons_are_vietnamese(qapp: object, language: Language) -> None:
    # Qt ships no Vietnamese; "Save / Discard / Cancel" in a Vietnamese dialog looked unfinished.
    assert language.switch("vi")
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons)
    assert sorted(b.text() for b in box.buttons()) == sorted(["Lưu", "Không lưu", "Hủy"])
    assert language.switch("en")
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Save"
    box.deleteLater()


def test_evidence_and_tooltip_count_key_points(loaded: MainWindow) -> None:
    # KL91-4 × Hà Nội is partial: 1 of 3 key points found.
    loaded.select_cell("KL91-4", 0)
    assert "1/3 ý chính" in loaded.evidence.plan_view.toPlainText()
    tip = loaded.coverage_model.index_of("KL91-4", 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "1/3 ý chính" in tip
    assert "mức tương đồng 0–100" in loaded.matrix_pane.legend.findChild(object, "legend_score").text()
    # The legend says what "Đầy đủ" promises: half the key points.
    assert "ít nhất ½ số ý chính" in loaded.matrix_pane.legend.findChild(object, "legend_rule").text()


def test_emphases_show_no_bare_engine_scores(loaded: MainWindow) -> None:
    model = loaded.emphases_tab.model
    shown = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert all(not s or "lần" in s or s.startswith("KL91") for s in shown), shown


def test_empty_review_tab_says_what_to_do(loaded: MainWindow) -> None:
    hint = loaded.decisions_tab.empty_hint
    assert not hint.isHidden() and "Xác nhận" in hint.text()
    loaded.decide(DecisionKind.ADDRESSED, 2, "KL91-8", note="Có kế hoạch riêng")
    assert hint.isHidden()
    loaded.undo_stack.undo()
    assert not hint.isHidden()


def test_file_actions_translate_in_their_own_context(
    window: MainWindow, language: Language, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # FileActions is a mixin of MainWindow: its self.tr() must find the "FileActions" context.
    from PySide6.QtWidgets import QFileDialog

    titles: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (titles.append(str(a[1])), ("", ""))[1])
    assert language.switch("en")
    window.files.save_project_as()
    assert titles == ["Save project"]


def test_plan_without_tasks_is_not_shown_as_zero_percent(loaded: MainWindow) -> None:
    from dataclasses import replace

    from PySide6.QtGui import QBrush

    from desktop.models.coverage_model import CoverageModel
    from desktop.models.session import PlanEntry
    from desktop.views.plans_panel import WARNING_COLOUR

    comparison = loaded.session.comparison
    assert comparison is not None
    empty = replace(comparison.plans[2], tasks=())
    model = CoverageModel()
    model.set_comparison(replace(comparison, plans=(*comparison.plans[:2], empty)))
    header = model.headerData(3, Qt.Orientation.Horizontal)
    assert "⚠ 0 nhiệm vụ" in header and "%" not in header
    assert "%" in model.headerData(1, Qt.Orientation.Horizontal)
    loaded.panel.set_entries([PlanEntry(empty.path, plan=empty)])
    item = loaded.panel.plans_list.item(0)
    assert "⚠ không tìm thấy nhiệm vụ nào" in item.text()
    assert item.foreground() == QBrush(WARNING_COLOUR)
