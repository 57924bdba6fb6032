"""The window speaks one vocabulary in both languages, flags what needs review, warns about duplicates,
filters without diacritics, keeps rejected passages and shows Qt's dialogs in Vietnamese."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from comparer.glossary import load_glossary, plan_names
from comparer.text.normalize import fold
from desktop.i18n import Language, use_translated_dialogs
from desktop.models.coverage_model import Role
from desktop.models.result_models import Role as ResultRole
from desktop.resources import translations_dir
from desktop.settings import Settings
from desktop.views.evidence import action_url
from desktop.views.help import GuideDialog, HelpTexts
from desktop.window.main_window import MainWindow
from tests.desktop.conftest import FakeEngine, _forget_changes, make_window

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [str(ROOT / "samples" / n) for n in ("hanoi-kh285.html", "haiphong-kh298.docx", "backan-kl51.txt")]


@pytest.fixture
def language() -> Iterator[Language]:
    lang = Language(translations_dir())
    yield lang
    lang.switch("vi")


@pytest.fixture
def real(qtbot: QtBot, settings: Settings) -> MainWindow:
    """The three samples through the real engine."""
    window = make_window(qtbot, settings)
    with qtbot.waitSignal(window.analysisDone, timeout=30000):
        window.add_plans(SAMPLES)
    return window


def _words(window: MainWindow) -> dict[str, str]:
    legend = window.matrix_pane.legend
    kp_parent = window.coverage_model.index(3, 0)
    return {
        "tab": window.tabs.tabText(2),
        "covered": legend.findChild(QLabel, "legend_covered").text(),
        "gaps_flag": window.gaps_tab.model.headerData(5, Qt.Orientation.Horizontal),
        "gaps_level": window.gaps_tab.model.headerData(2, Qt.Orientation.Horizontal),
        "tip": window.coverage_model.index(3, 1).data(Qt.ItemDataRole.ToolTipRole),
        "kp_tip": window.coverage_model.index(0, 1, kp_parent).data(Qt.ItemDataRole.ToolTipRole),
        "header": window.coverage_model.headerData(1, Qt.Orientation.Horizontal),
        "header_tip": window.coverage_model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole),
    }


def test_glossary_words_in_both_languages(qtbot: QtBot, settings: Settings, plan_files: list[str],
                                          language: Language) -> None:
    window = MainWindow(settings, engine=FakeEngine().engine(), language=language, builtin_references=["kl91"])
    qtbot.addWidget(window, before_close_func=_forget_changes)
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.add_plans(plan_files)
    for lang in ("vi", "en"):
        window.switch_language(lang)
        g = load_glossary(lang)
        words = _words(window)
        assert words["tab"] == g.shared  # "Nội dung chung", never "Trùng lặp"
        assert words["covered"] == g.status_covered
        assert words["gaps_flag"] == g.needs_review
        assert words["tip"].startswith(g.status_partial)  # KL91-4 × Hà Nội is partial
        assert g.key_point.lower() in words["tip"]
        assert words["kp_tip"].startswith(g.status_covered)
        assert words["header"].endswith(f"\n{g.percent_text(62.5)}")
        assert f"{g.coverage}: {g.percent_text(62.5)}" in words["header_tip"]
    assert _words(window)["header"].endswith("\n62.5%")
    window.switch_language("vi")
    assert _words(window)["header"].endswith("\n62,5%")


def test_f8_visits_every_flagged_cell_and_key_point(qtbot: QtBot, real: MainWindow) -> None:
    comparison = real.session.comparison
    assert comparison is not None
    expected = []
    for row, task in enumerate(comparison.reference.tasks):
        for kp in [None, *task.key_points]:
            for p in range(len(comparison.plans)):
                cell = comparison.coverage[p][row]
                pt = cell.point(kp.id) if kp else None
                if (pt.needs_review if pt else cell.needs_review and kp is None) and not cell.reviewed:
                    expected.append((p, kp.id if kp else task.id))
    assert ("0", "KL91-4.1") in {(str(p), r) for p, r in expected}  # flagged in Excel before, F8 found nothing
    seen = []
    for _ in expected:
        real.menus.act_next_review.trigger()
        index = real.matrix.currentIndex()
        seen.append((index.data(Role.PLAN), index.data(Role.REF_ID)))
        assert index.data(Role.NEEDS_REVIEW) is True
        if index.parent().isValid():
            assert real.matrix.isExpanded(index.parent())  # the key point row is in view
    assert seen == expected
    real.menus.act_next_review.trigger()  # wraps to the first again
    assert (real.matrix.currentIndex().data(Role.PLAN), real.matrix.currentIndex().data(Role.REF_ID)) == expected[0]
    # The matrix marks the task row too, and the gaps list has the flag in its own column.
    assert real.coverage_model.index_of("KL91-4", 0).data(Role.NEEDS_REVIEW) is True
    gaps = real.gaps_tab.model
    flagged = {(gaps.index(r, 0).data(ResultRole.PLANS)[0], gaps.index(r, 1).data())
               for r in range(gaps.rowCount()) if gaps.index(r, 5).data()}
    assert {e for e in expected if "." in e[1]} <= flagged


def test_f8_skips_a_reviewed_cell(qtbot: QtBot, real: MainWindow) -> None:
    real.select_cell("KL91-4", 0)
    cell = real.session.comparison.coverage[0][3]  # type: ignore[union-attr]
    real.evidence._on_anchor(action_url("confirm", cell.evidence[0].task_id))
    assert real.coverage_model.index_of("KL91-4", 0).data(Role.NEEDS_REVIEW) is False
    for _ in range(20):
        real.menus.act_next_review.trigger()
        index = real.matrix.currentIndex()
        assert not (index.data(Role.PLAN) == 0 and str(index.data(Role.REF_ID)).startswith("KL91-4"))


def test_duplicate_plans_are_named_and_can_be_removed(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    copy = tmp_path / "ban-sao-bac-kan.txt"
    shutil.copy(ROOT / "samples" / "backan-kl51.txt", copy)
    window = make_window(qtbot, settings)
    paths = [SAMPLES[1], str(ROOT / "samples" / "haiphong-kh298.pdf"), SAMPLES[2], str(copy)]
    with qtbot.waitSignal(window.analysisDone, timeout=30000):
        window.add_plans(paths)
    text = window.banner.text()
    assert not window.banner.isHidden()
    assert "haiphong-kh298.pdf có cùng số ký hiệu với haiphong-kh298.docx" in text
    assert "ban-sao-bac-kan.txt có cùng nội dung với backan-kl51.txt" in text
    # The header no longer clips "(docx" / "(pdf": plan columns are as wide as their titles.
    header = window.matrix.header()
    metrics = header.fontMetrics()
    for col in range(1, window.coverage_model.columnCount()):
        title = str(window.coverage_model.headerData(col, Qt.Orientation.Horizontal))
        assert max(metrics.horizontalAdvance(line) for line in title.split("\n")) < header.sectionSize(col)
    with qtbot.waitSignal(window.analysisDone, timeout=30000):
        window._banner_link(f"remove:{copy}")
    assert [Path(e.path).name for e in window.session.entries] == [
        "haiphong-kh298.docx", "haiphong-kh298.pdf", "backan-kl51.txt"]
    assert "cùng nội dung" not in window.banner.text()


def test_filters_ignore_diacritics(real: MainWindow) -> None:
    tab = real.gaps_tab
    with_marks = [r for r in range(tab.model.rowCount())
                  if "trí tuệ" in str(tab.model.index(r, 3).data()).lower()]
    assert with_marks
    for query in ("tri tue", "TRI TUE", "trí tuệ", "Trí Tuệ"):
        tab.filter_edit.setText(query)
        shown = {tab.proxy.mapToSource(tab.proxy.index(r, 0)).row() for r in range(tab.proxy.rowCount())}
        assert set(with_marks) <= shown, query
        assert all("tri tue" in fold(" ".join(str(tab.model.index(r, c).data() or "")
                                               for c in range(tab.model.columnCount()))) for r in shown)
    tab.filter_edit.setText("tri tuê̂ xyz")
    assert tab.proxy.rowCount() == 0
    for other in (real.overlaps_tab, real.emphases_tab, real.decisions_tab):
        assert other.proxy.query() == ""  # the same proxy class serves every list


def test_rejected_passage_stays_visible_and_restores_with_undo(real: MainWindow) -> None:
    real.select_cell("KL91-1", 0)
    cell = real.session.comparison.coverage[0][0]  # type: ignore[union-attr]
    task_id = cell.evidence[0].task_id
    real.evidence._on_anchor(action_url("reject", task_id))
    shown = real.evidence.plan_view.toHtml()
    assert "Đã bác bỏ" in real.evidence.plan_view.toPlainText()
    assert f"act:restore/{task_id}" in shown
    assert real.tabs.tabText(4) == "Rà soát (1)" == real.menus.act_views[4].text()
    assert real.decisions_model.index(0, 1).data() == "Hà Nội · 285-KH/TU"  # as in every other tab
    real.evidence._on_anchor(action_url("restore", task_id))
    assert task_id in [m.task_id for m in real.session.comparison.coverage[0][0].evidence]  # type: ignore[union-attr]
    assert "Đã bác bỏ" not in real.evidence.plan_view.toPlainText()
    assert real.tabs.tabText(4) == "Rà soát (0)" == real.menus.act_views[4].text()
    real.undo_stack.undo()  # the restore is undoable: rejected again
    assert task_id not in [m.task_id for m in real.session.comparison.coverage[0][0].evidence]  # type: ignore[union-attr]
    assert real.menus.act_views[4].text() == "Rà soát (1)"


def test_file_dialog_speaks_vietnamese(qtbot: QtBot, language: Language) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language.switch("vi")
    before = app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    use_translated_dialogs(app, platform="linux")
    assert app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)
    dialog = QFileDialog(None, "Chọn kế hoạch cần so sánh", str(ROOT / "samples"), "Kế hoạch (*.txt);;Mọi tệp (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.findChild(QTreeView).model().rowCount(dialog.findChild(QTreeView).rootIndex()) > 0)
    labels = {w.text() for w in dialog.findChildren(QLabel) if w.text()}
    buttons = {w.text() for w in dialog.findChildren(QAbstractButton) if w.text()}
    tips = {w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.toolTip()}
    tree = dialog.findChild(QTreeView)
    columns = [tree.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    assert {"&Mở", "Hủy"} <= buttons
    assert {"Quay lại", "Thư mục cha", "Tạo thư mục mới"} <= tips
    assert columns == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    english = {"Look in", "File name", "Files of type", "Open", "Cancel", "Name", "Size", "Type", "Date Modified",
               "Back", "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View"}
    shown = " | ".join([*labels, *buttons, *tips, *columns]).replace("&", "")
    assert not [w for w in english if w in shown]
    save = QFileDialog(None, "Lưu dự án")
    save.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(save)
    save.show()
    assert "&Lưu" in {w.text() for w in save.findChildren(QAbstractButton)}


def test_help_menu_guide_and_about(qtbot: QtBot, real: MainWindow) -> None:
    assert real.menus.menu_help.title() == "Trợ &giúp"
    guide = GuideDialog(real)
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    g = load_glossary("vi")
    for part in ("ma trận", "F8", "Xuất", g.legend_status):
        assert part in text
    assert "ít nhất 60% ngưỡng khớp" in text  # why the Gaps tab says "Chưa tìm thấy nội dung tương ứng"
    about = HelpTexts(real).about_html(real.session.reference)
    assert QCoreApplication.translate("Glossary", "vi") == "vi"
    from comparer import __version__

    assert __version__ in about and "Đề cương tổng hợp" in about  # the reference's provenance


def test_passage_places_follow_the_ui_language(qtbot: QtBot, settings: Settings, language: Language) -> None:
    # The English window showed "Hà Nội ban hành … › đoạn 6 › ý 1 · similarity 99" above an English heading.
    window = MainWindow(settings, language=language, builtin_references=["kl91"])
    qtbot.addWidget(window, before_close_func=_forget_changes)
    with qtbot.waitSignal(window.analysisDone, timeout=30000):
        window.add_plans(SAMPLES)
    window.select_cell("KL91-2", 0)  # Hà Nội KL91-2: a passage at "… › đoạn 6 › ý 1"
    vi_text = window.evidence.plan_view.toPlainText()
    assert re.search(r"› đoạn \d+", vi_text)
    window.switch_language("en")
    window.select_cell("KL91-2", 0)
    en_text = window.evidence.plan_view.toPlainText()
    assert re.search(r"› paragraph \d+", en_text)
    assert not re.search(r"\b(đoạn|ý|gạch đầu dòng|bảng) \d", en_text)


def test_gaps_tab_quotes_a_passage_only_where_the_exports_do(real: MainWindow) -> None:
    # The tab quoted "Tập trung công tác xây dựng Đảng … (18)" where Word and Excel say
    # "Chưa tìm thấy nội dung tương ứng": an unrelated sentence is not the closest passage.
    from comparer.export.export_data import nearest_shown
    from comparer.export.labels import ExportLabels

    comparison = real.session.comparison
    assert comparison is not None
    model = real.gaps_tab.model
    gaps = {(g.plan, g.ref_id): g for g in comparison.gaps}
    names = {n: p for p, n in enumerate(plan_names(comparison.plans))}
    none = 0
    for row in range(model.rowCount()):
        plan = names[model.index(row, 0).data()]
        gap = gaps[(plan, model.index(row, 1).data())]
        shown = nearest_shown(gap, comparison.options.threshold)
        text = model.index(row, 4).data()
        if shown is None:
            none += 1
            assert text == ExportLabels().no_match
        else:
            assert text.startswith(shown.text)
    assert none > 0
