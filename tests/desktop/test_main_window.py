"""Main window: loading plans (dialog, drop, bad file), evidence, threshold, review with undo, projects."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from comparer.match.review import DecisionKind
from comparer.models import Status
from desktop.models.coverage_model import Role
from desktop.models.result_models import Role as ResultRole
from desktop.qtcompat import emit
from desktop.settings import Settings
from desktop.views.evidence import action_url
from desktop.views.export_options import ExportOptionsDialog, docx_kwargs
from desktop.window.main_window import MainWindow
from tests.desktop.conftest import SAMPLES, FakeEngine, make_window


def _cell(window: MainWindow, plan: int, ref_id: str):  # type: ignore[no-untyped-def]
    comparison = window.session.comparison
    assert comparison is not None
    return next(c for c in comparison.coverage[plan] if c.ref_id == ref_id)


def _click(window: MainWindow, kind: str, target: str) -> None:
    """What clicking an action link in the evidence pane does."""
    emit(window.evidence.plan_view.anchorClicked, action_url(kind, target))


# ---- loading ----------------------------------------------------------------------------------
def test_add_real_samples_and_a_broken_file_via_dialog(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    samples = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    assert len(samples) >= 2
    broken = tmp_path / "hỏng.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([*samples, str(broken)], ""))
    window = make_window(qtbot, settings)  # the real engine
    with qtbot.waitSignal(window.analysisDone, timeout=30000):
        window.panel.add_button.click()
    items = [window.panel.plans_list.item(i).text() for i in range(window.panel.plans_list.count())]
    assert len(items) == len(samples) + 1
    assert items[-1].startswith("hỏng.docx\n⚠ ")  # the reason, in Vietnamese, beside the file
    assert all("⚠" not in text for text in items[:-1])  # the others stay loaded
    assert window.coverage_model.columnCount() == len(samples) + 1
    qtmodeltester.check(window.coverage_model)
    assert settings.last_dir() == str(SAMPLES)
    window.runner.shutdown()


def test_drop_files_onto_window(qtbot: QtBot, window: MainWindow, plan_files: list[str]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in plan_files])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.dropEvent(event)
    assert window.panel.plans_list.count() == 3
    assert window.coverage_model.columnCount() == 4
    assert window.is_modified()


def test_duplicate_and_remove_and_reorder(qtbot: QtBot, loaded: MainWindow, plan_files: list[str]) -> None:
    loaded.add_plans(plan_files[:1])  # already there: nothing happens
    assert loaded.panel.plans_list.count() == 3
    loaded.panel.plans_list.setCurrentRow(2)
    loaded.panel.up_button.click()
    assert [Path(e.path).name for e in loaded.session.entries] == ["ha-noi.txt", "bac-kan.pdf", "hai-phong.docx"]
    assert loaded.panel.plans_list.currentRow() == 1
    loaded.panel.remove_button.click()
    assert [Path(e.path).name for e in loaded.session.entries] == ["ha-noi.txt", "hai-phong.docx"]


# ---- matrix, evidence, tabs -------------------------------------------------------------------
def test_selecting_a_cell_shows_evidence(loaded: MainWindow, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(loaded.coverage_model)
    loaded.select_cell("KL91-4", 0)
    reference_html = loaded.evidence.reference_view.toPlainText()
    plan_html = loaded.evidence.plan_view.toHtml()
    plan_text = loaded.evidence.plan_view.toPlainText()
    assert "Đội ngũ nhà giáo và cán bộ quản lý giáo dục" in reference_html
    assert "Tuyển dụng đủ giáo viên" in plan_text
    assert "II. Nhiệm vụ › 4. Phát triển đội ngũ" in plan_text  # section path
    assert "background-color:#fff176" in plan_html  # matched words highlighted
    assert "Xác nhận" in plan_text and "Bác bỏ" in plan_text


def test_missing_cell_shows_closest_candidates(loaded: MainWindow) -> None:
    loaded.select_cell("KL91-6", 2)  # Bắc Kạn has nothing on KL91-6
    text = loaded.evidence.plan_view.toPlainText()
    assert "Chưa tìm thấy" in text
    assert "Duy trì trường phổ thông dân tộc bán trú" in text
    assert "Gán vào nhiệm vụ này" in text


def test_gap_tab_filters_with_vietnamese_typed_through_input_method(loaded: MainWindow) -> None:
    tab = loaded.gaps_tab
    total = tab.proxy.rowCount()
    assert total == len(loaded.session.comparison.gaps)  # type: ignore[union-attr]
    # qtbot.keyClicks with non-ASCII aborts the process (PLATFORM-NOTES); an IME commit does not.
    event = QInputMethodEvent("", [])
    event.setCommitString("tiếng Anh")
    QApplication.sendEvent(tab.filter_edit, event)
    assert tab.filter_edit.text() == "tiếng Anh"
    assert tab.proxy.rowCount() == 1
    tab.plan_combo.setCurrentIndex(1)  # Hà Nội only: its KL91-8 gap is about key point 2
    assert tab.proxy.rowCount() == 0


def test_double_click_gap_jumps_to_cell(loaded: MainWindow) -> None:
    tab = loaded.gaps_tab
    loaded.tabs.setCurrentWidget(tab)
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 1).data() == "KL91-6")
    emit(tab.table.doubleClicked, tab.proxy.index(row, 0))
    assert loaded.tabs.currentIndex() == 0
    assert loaded.current_cell() is not None and loaded.current_cell()[1] == "KL91-6"  # type: ignore[index]


# ---- threshold --------------------------------------------------------------------------------
def test_threshold_slider_reruns_compare_debounced(
    qtbot: QtBot, loaded: MainWindow, fake_engine: FakeEngine, settings: Settings,
) -> None:
    assert _cell(loaded, 0, "KL91-8").status is Status.PARTIAL  # score 58
    calls = len(fake_engine.compare_calls)
    for value in (52, 55, 58, 61):  # one drag: only the resting value is compared
        loaded.panel.threshold_slider.setValue(value)
    qtbot.waitUntil(lambda: _cell(loaded, 0, "KL91-8").status is Status.MISSING, timeout=5000)
    assert fake_engine.compare_calls[calls:] == [61.0]
    assert loaded.coverage_model.index_of("KL91-8", 0).data() == "0"
    assert settings.threshold() == 61.0
    assert loaded.panel.threshold_value.text() == "61"


# ---- review with undo ---------------------------------------------------------------------------
def test_confirm_with_undo_redo(loaded: MainWindow) -> None:
    loaded.select_cell("KL91-4", 0)
    task_id = _cell(loaded, 0, "KL91-4").evidence[0].task_id
    _click(loaded, "confirm", task_id)
    assert _cell(loaded, 0, "KL91-4").reviewed
    assert loaded.coverage_model.index_of("KL91-4", 0).data(Role.REVIEWED) is True
    assert "✓ đã rà soát" in loaded.evidence.plan_view.toPlainText()
    assert loaded.is_modified()
    loaded.menus.act_undo.trigger()
    assert not _cell(loaded, 0, "KL91-4").reviewed
    assert loaded.undo_stack.isClean()
    loaded.menus.act_redo.trigger()
    assert _cell(loaded, 0, "KL91-4").reviewed
    assert loaded.menus.act_undo.text().startswith("&Hoàn tác: xác nhận KL91-4")


def test_reject_with_undo(loaded: MainWindow) -> None:
    loaded.select_cell("KL91-8", 0)
    task_id = _cell(loaded, 0, "KL91-8").evidence[0].task_id
    _click(loaded, "reject", task_id)
    assert _cell(loaded, 0, "KL91-8").status is Status.MISSING
    assert any(g.plan == 0 and g.ref_id == "KL91-8" for g in loaded.session.comparison.gaps)  # type: ignore[union-attr]
    assert loaded.current_cell() == (0, "KL91-8")  # the selection stays put
    loaded.undo_stack.undo()
    assert _cell(loaded, 0, "KL91-8").status is Status.PARTIAL


def test_assign_candidate_and_other_passage_with_undo(
    loaded: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded.select_cell("KL91-6", 2)
    candidate = _cell(loaded, 2, "KL91-6").candidates[0]
    _click(loaded, "assign", candidate.task_id)
    # Taken up, but without half its key points: "Một phần" (comparer.match.status).
    assert _cell(loaded, 2, "KL91-6").status is Status.PARTIAL
    loaded.undo_stack.undo()
    assert _cell(loaded, 2, "KL91-6").status is Status.MISSING
    # "Assign another passage…": the officer picks one of the plan's tasks from a list.
    chosen = loaded.session.comparison.plans[2].tasks[0]  # type: ignore[union-attr]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))  # (parent, title, label, items…)
    _click(loaded, "assign_other", "")
    cell = _cell(loaded, 2, "KL91-6")
    assert cell.status is not Status.MISSING and cell.evidence[-1].task_id == chosen.id
    assert loaded.session.decisions[-1].kind is DecisionKind.ASSIGN


def test_mark_gap_addressed_with_note_and_undo(loaded: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded.select_cell("KL91-8", 2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Có kế hoạch ngoại ngữ riêng", True))
    _click(loaded, "addressed", "KL91-8")
    gap = next(g for g in loaded.session.comparison.gaps if g.plan == 2 and g.ref_id == "KL91-8")  # type: ignore[union-attr]
    assert gap.addressed and gap.note == "Có kế hoạch ngoại ngữ riêng"
    assert "Khoảng trống đã được xử lý" in loaded.evidence.plan_view.toPlainText()
    tab = loaded.gaps_tab
    row = next(r for r in range(tab.proxy.rowCount())
               if tab.proxy.index(r, 1).data() == "KL91-8" and tab.proxy.index(r, 0).data(ResultRole.PLANS) == (2,))
    assert tab.proxy.index(row, 6).data() == "Đã xử lý: Có kế hoạch ngoại ngữ riêng"
    assert tab.proxy.index(row, 5).data() == ""  # dealt with: no longer waits for review
    loaded.undo_stack.undo()
    gap = next(g for g in loaded.session.comparison.gaps if g.plan == 2 and g.ref_id == "KL91-8")  # type: ignore[union-attr]
    assert not gap.addressed


# ---- projects ---------------------------------------------------------------------------------
def test_save_and_open_round_trip(
    qtbot: QtBot, loaded: MainWindow, settings: Settings, fake_engine: FakeEngine, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded.select_cell("KL91-4", 0)
    _click(loaded, "confirm", _cell(loaded, 0, "KL91-4").evidence[0].task_id)
    loaded.decide(DecisionKind.ADDRESSED, 2, "KL91-8", note="Đã có trong KH khác")
    target = tmp_path / "so sánh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert loaded.files.save_project()
    saved = tmp_path / "so sánh.plancompare"
    assert saved.is_file() and not loaded.is_modified()
    assert loaded.windowTitle().startswith("so sánh.plancompare")
    assert settings.recent_projects() == [str(saved)]

    other = make_window(qtbot, settings, fake_engine.engine())
    with qtbot.waitSignal(other.analysisDone, timeout=10000):
        assert other.files.open_project(str(saved))
    assert other.session.decisions == loaded.session.decisions
    assert _cell(other, 0, "KL91-4").reviewed
    assert next(g for g in other.session.comparison.gaps if g.ref_id == "KL91-8" and g.plan == 2).addressed  # type: ignore[union-attr]
    assert not other.is_modified()
    assert not other.banner.isVisible()
    other.runner.shutdown()


def test_open_broken_project_shows_reason(loaded: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "x.plancompare"
    bad.write_text("{", encoding="utf-8")
    assert not loaded.files.open_project(str(bad))
    assert "bị hỏng" in loaded.banner.text()
    assert loaded.panel.plans_list.count() == 3  # the current work is untouched


def test_close_with_unsaved_changes_asks(loaded: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
            asked.append(str(args[1]))
            return button
        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not loaded.close()
    assert loaded.isVisible() or asked  # still open
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert loaded.close()
    assert len(asked) == 2


def test_layout_is_restored(qtbot: QtBot, settings: Settings, fake_engine: FakeEngine) -> None:
    first = make_window(qtbot, settings, fake_engine.engine())
    first.show()
    qtbot.waitExposed(first)
    first.resize(701, 555)  # the offscreen screen is 800×600; restoreGeometry clamps to it
    first.matrix_splitter.setSizes([150, 250])
    saved = first.matrix_splitter.sizes()
    size = first.size()  # at least the window's minimum width
    assert first.close()
    assert settings.window_geometry() is not None
    second = make_window(qtbot, settings, fake_engine.engine())
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == size
    assert second.matrix_splitter.sizes() == saved


def test_shortcuts_switch_views(loaded: MainWindow) -> None:
    assert loaded.menus.act_views[2].shortcut().toString() == "Ctrl+3"
    loaded.menus.act_views[2].trigger()
    assert loaded.tabs.currentIndex() == 2
    loaded.menus.act_find.trigger()
    assert loaded.tabs.currentIndex() == 2
    assert loaded.overlaps_tab.filter_edit.hasFocus() or loaded.focusWidget() is loaded.overlaps_tab.filter_edit
    assert loaded.menus.act_open.shortcut().toString() == "Ctrl+O"
    assert loaded.menus.act_save.shortcut().toString() == "Ctrl+S"
    assert loaded.menus.act_undo.shortcut().toString() == "Ctrl+Z"


def test_engine_failure_shows_banner_and_window_stays_usable(
    qtbot: QtBot, settings: Settings, fake_engine: FakeEngine, plan_files: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("matcher exploded")

    monkeypatch.setattr(fake_engine, "compare", broken)
    window = make_window(qtbot, settings, fake_engine.engine())
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.add_plans(plan_files)
    assert "matcher exploded" in window.banner.text()
    assert window.panel.plans_list.count() == 3
    assert not window.runner.is_busy()


# ---- exports ----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_export_reviewed_comparison(
    qtbot: QtBot, loaded: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str,
) -> None:
    loaded.decide(DecisionKind.ADDRESSED, 2, "KL91-8", note="Đã có KH riêng")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "báo cáo"), ""))
    fields = {"issuer": "SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG", "parent_body": "UBND THÀNH PHỐ HẢI PHÒNG",
              "place": "Hải Phòng", "signer": "Nguyễn Văn An", "signer_title": "GIÁM ĐỐC"}
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportOptionsDialog, "values", lambda self: fields)
    with qtbot.waitSignal(loaded.exportDone, timeout=30000) as blocker:
        loaded.menus.act_export[kind].trigger()
    written = Path(blocker.args[0])
    assert written == tmp_path / f"báo cáo.{kind}" and written.stat().st_size > 1000
    if kind == "xlsx":
        from openpyxl import load_workbook

        assert "Khoảng trống" in load_workbook(written).sheetnames
    else:
        from docx import Document

        doc = Document(str(written))
        text = "\n".join(p.text for p in doc.paragraphs)
        text += "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
        assert "Kết luận 91" in text or "KL91" in text
        assert "Hải Phòng, ngày" in text and "Nguyễn Văn An" in text and "SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG" in text
        assert loaded.settings.export_options()["signer"] == "Nguyễn Văn An"  # offered again next time


def test_export_options_dialog_offers_last_values_and_cancel_writes_nothing(
    qtbot: QtBot, loaded: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded.settings.set_export_options({"place": "Bắc Kạn", "signer": "Hoàng Thị Lan"})
    dialog = ExportOptionsDialog(loaded.settings.export_options())
    qtbot.addWidget(dialog)
    assert dialog.fields["place"].text() == "Bắc Kạn" and dialog.fields["issuer"].placeholderText()
    assert dialog.values()["signer"] == "Hoàng Thị Lan" and dialog.values()["issuer"] == ""
    assert docx_kwargs(dialog.values()) == {"place": "Bắc Kạn", "signer": "Hoàng Thị Lan"}
    # Every Nghị định 30 field is there; recipients one per line; the number becomes doc_number.
    dialog.fields["number"].setText("125/BC-SGDĐT")
    dialog.fields["date"].setText("05/01/2027")
    dialog.recipients.setPlainText("Thành ủy Hà Nội\n\nLưu: VT, KHTC.")
    kwargs = docx_kwargs(dialog.values())
    assert kwargs["doc_number"] == "125/BC-SGDĐT" and kwargs["recipients"] == ["Thành ủy Hà Nội", "Lưu: VT, KHTC."]
    assert str(kwargs["created"]) == "2027-01-05"
    dialog.fields["date"].setText("32/13/2027")
    dialog._accept_if_valid()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text()
    asked: list[str] = []
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("file") or ("", ""))
    loaded.menus.act_export["docx"].trigger()
    assert asked == []  # cancelled before choosing a file


def test_export_error_is_reported(
    qtbot: QtBot, loaded: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "không-có" / "x.xlsx"), ""))
    with qtbot.waitSignal(loaded.exportDone, timeout=30000) as blocker:
        loaded.menus.act_export["xlsx"].trigger()
    assert blocker.args == [""]
    assert "Thư mục không tồn tại" in loaded.banner.text()


def test_cancelled_analysis_says_so(qtbot: QtBot, window: MainWindow, plan_files: list[str]) -> None:
    window.add_plans(plan_files)
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.runner.cancel()
    # Either the job was stopped (banner) or it had already finished (matrix shown).
    assert "Đã hủy" in window.banner.text() or window.session.comparison is not None


def test_a_cancelled_export_is_not_taken_for_a_cancelled_analysis(qtbot: QtBot, loaded: MainWindow) -> None:
    # Cancellations are routed by the job's declared result type, not by a name.
    import threading

    from comparer.progress import CancelToken, ProgressFn
    from desktop.window.window_files import ExportDone

    started = threading.Event()

    def export(progress: ProgressFn, cancel: CancelToken) -> ExportDone:
        started.set()
        while True:
            cancel.check()
            threading.Event().wait(0.005)

    done: list[object] = []
    loaded.analysisDone.connect(lambda: done.append(True))
    with qtbot.waitSignal(loaded.runner.cancelled, timeout=10000) as blocker:
        loaded.runner.submit(export, ExportDone)
        qtbot.waitUntil(started.is_set, timeout=5000)
        loaded.runner.cancel()
    assert blocker.args == [ExportDone]
    assert "Đã hủy so sánh" not in loaded.banner.text() and done == []
    assert loaded.session.comparison is not None  # the comparison shown stays


def test_open_project_reports_changed_files_and_lost_decisions(
    qtbot: QtBot, window: MainWindow, plan_files: list[str], tmp_path: Path,
) -> None:
    from comparer.match.review import Decision
    from comparer.store.project import PlanRef, Project, save_project

    plans = FakeEngine()._plans  # name → Plan of the fixture
    refs = tuple(PlanRef(p, plans[Path(p).name].sha256, Path(p).name) for p in plan_files)
    refs = (PlanRef(refs[0].path, "0" * 64, refs[0].name), *refs[1:])  # ha-noi.txt changed since
    lost = Decision(DecisionKind.CONFIRM, refs[1].sha256, refs[1].name, "KL91-4", "Đoạn này đã bị xóa khỏi kế hoạch")
    kept = Decision(DecisionKind.ADDRESSED, refs[2].sha256, refs[2].name, "KL91-8", "", "ok")
    path = tmp_path / "cũ.plancompare"
    save_project(path, Project(plans=refs, reference="kl91", threshold=55.0, decisions=(lost, kept)))
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.files.open_project(str(path))
    banner = window.banner.text()
    assert "ha-noi.txt" in banner and "1 quyết định" in banner
    assert window.panel.threshold_slider.value() == 55
    assert window.session.comparison.options.threshold == 55.0  # type: ignore[union-attr]
    assert next(g for g in window.session.comparison.gaps if g.plan == 2 and g.ref_id == "KL91-8").addressed  # type: ignore[union-attr]


def test_key_point_row_shows_its_task_evidence(loaded: MainWindow) -> None:
    model = loaded.coverage_model
    parent = model.index_of("KL91-4", 0).siblingAtColumn(0)
    loaded.matrix.expand(parent)
    loaded.matrix.setCurrentIndex(model.index(1, 1, parent))  # KL91-4.2 × Hà Nội
    html = loaded.evidence.reference_view.toHtml()
    assert "Bồi dưỡng, chuẩn hóa trình độ nhà giáo" in loaded.evidence.reference_view.toPlainText()
    assert "font-weight" in html  # the selected key point is bold
    assert loaded.current_cell() == (0, "KL91-4")


def test_drag_enter_accepts_files_only(window: MainWindow, plan_files: list[str]) -> None:
    from PySide6.QtGui import QDragEnterEvent

    def enter(mime: QMimeData) -> bool:
        event = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        event.setAccepted(False)
        window.dragEnterEvent(event)
        return event.isAccepted()

    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(plan_files[0])])
    text = QMimeData()
    text.setText("không phải tệp")
    assert enter(files)
    assert not enter(text)


def test_mark_key_point_gap_addressed_from_gaps_table(loaded: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = loaded.gaps_tab
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 1).data() == "KL91-4.2")
    tab.table.selectRow(row)
    gap = tab.current_item()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bồi dưỡng nằm trong KH 45", True))
    loaded.addressed_button.click()
    after = next(g for g in loaded.session.comparison.gaps  # type: ignore[union-attr]
                 if g.plan == gap.plan and g.ref_id == "KL91-4.2")  # type: ignore[union-attr]
    assert after.addressed and after.note == "Bồi dưỡng nằm trong KH 45"
    loaded.undo_stack.undo()
    assert not next(g for g in loaded.session.comparison.gaps  # type: ignore[union-attr]
                    if g.plan == gap.plan and g.ref_id == "KL91-4.2").addressed  # type: ignore[union-attr]


def test_decisions_tab_lists_review_and_jumps_to_cell(loaded: MainWindow) -> None:
    loaded.decide(DecisionKind.ADDRESSED, 2, "KL91-8", note="ghi chú")
    assert loaded.tabs.tabText(4) == "Rà soát (1)"
    tab = loaded.decisions_tab
    assert tab.proxy.rowCount() == 1 and tab.proxy.index(0, 5).data() == "Đang áp dụng"
    loaded.tabs.setCurrentWidget(tab)
    emit(tab.table.doubleClicked, tab.proxy.index(0, 0))
    assert loaded.current_cell() == (2, "KL91-8")
    loaded.undo_stack.undo()
    assert loaded.tabs.tabText(4) == "Rà soát (0)" and tab.proxy.rowCount() == 0


def test_reader_crash_on_one_file_keeps_the_others(
    qtbot: QtBot, settings: Settings, fake_engine: FakeEngine, plan_files: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load = fake_engine.load_plan

    def flaky(path: str, **kwargs: object):  # type: ignore[no-untyped-def]
        if path.endswith("lạ.docx"):
            raise KeyError("word/document.xml")  # a reader bug, not a PlanLoadError
        return load(path)

    monkeypatch.setattr(fake_engine, "load_plan", flaky)
    odd = tmp_path / "lạ.docx"
    odd.write_bytes(b"x")
    window = make_window(qtbot, settings, fake_engine.engine())
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.add_plans([*plan_files, str(odd)])
    assert window.coverage_model.columnCount() == 4
    assert window.panel.plans_list.item(3).text() == "lạ.docx\n⚠ Không đọc được tệp"


def test_recent_projects_menu_opens_project(
    qtbot: QtBot, loaded: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gần đây"), ""))
    assert loaded.files.save_project()
    loaded.files.fill_recent_menu()
    actions = loaded.menus.menu_recent.actions()
    assert [a.text() for a in actions] == ["gần đây.plancompare"]
    with qtbot.waitSignal(loaded.analysisDone, timeout=10000):
        actions[0].trigger()
    assert loaded.session.project_path == str(tmp_path / "gần đây.plancompare")


def test_real_key_presses_reach_shortcuts(qtbot: QtBot, loaded: MainWindow) -> None:
    loaded.show()
    with qtbot.waitActive(loaded):
        loaded.activateWindow()
    qtbot.keyClick(loaded.matrix, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert loaded.tabs.currentWidget() is loaded.gaps_tab
    qtbot.keyClick(loaded.gaps_tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert loaded.focusWidget() is loaded.gaps_tab.filter_edit
    qtbot.keyClick(loaded.gaps_tab.filter_edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert loaded.tabs.currentWidget() is loaded.matrix_pane


def test_slow_compare_never_blocks_the_window(qtbot: QtBot, loaded: MainWindow, fake_engine: FakeEngine) -> None:
    import threading
    from dataclasses import replace

    from PySide6.QtCore import QTimer

    compare = fake_engine.compare
    gui_thread = threading.current_thread()
    ran_on: list[threading.Thread] = []
    ticked_during_compare = threading.Event()
    comparing = threading.Event()

    def slow(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        ran_on.append(threading.current_thread())
        comparing.set()
        # The compare waits for the window's own timer to fire: it can only do so if the
        # event loop keeps running while the engine works.
        assert ticked_during_compare.wait(10)
        return compare(*args, **kwargs)  # type: ignore[arg-type]

    loaded.engine = replace(loaded.engine, compare=slow)
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: comparing.is_set() and ticked_during_compare.set())
    timer.start()
    with qtbot.waitSignal(loaded.analysisDone, timeout=15000):
        loaded.set_threshold(65.0)
    timer.stop()
    assert ran_on and all(t is not gui_thread for t in ran_on)
    assert ticked_during_compare.is_set()


def test_withdraw_a_saved_decision(
    qtbot: QtBot, loaded: MainWindow, settings: Settings, fake_engine: FakeEngine, tmp_path: Path,
) -> None:
    loaded.decide(DecisionKind.ADDRESSED, 2, "KL91-8", note="ghi chú")
    path = tmp_path / "p.plancompare"
    loaded.files._save_to(str(path))
    other = make_window(qtbot, settings, fake_engine.engine())
    with qtbot.waitSignal(other.analysisDone, timeout=10000):
        other.files.open_project(str(path))
    assert not other.undo_stack.canUndo()  # a fresh session: undo cannot reach saved decisions…
    other.decisions_tab.table.selectRow(0)
    other.withdraw_button.click()  # …withdrawing can
    assert other.session.decisions == ()
    assert not next(g for g in other.session.comparison.gaps if g.plan == 2 and g.ref_id == "KL91-8").addressed  # type: ignore[union-attr]
    assert other.is_modified()
    other.undo_stack.undo()
    assert len(other.session.decisions) == 1


def test_f8_walks_the_cells_that_need_review(loaded: MainWindow) -> None:
    comparison = loaded.session.comparison
    assert comparison is not None
    todo = [(p, c.ref_id) for r in range(len(comparison.reference.tasks))
            for p, row in enumerate(comparison.coverage) for c in [row[r]] if c.needs_review]
    assert len(todo) >= 2
    seen = []
    for _ in todo:
        loaded.menus.act_next_review.trigger()
        seen.append(loaded.current_cell())
    assert seen == todo  # reading order: task by task, plan by plan
    plan, ref_id = todo[0]
    loaded.select_cell(ref_id, plan)
    loaded.decide(DecisionKind.CONFIRM, plan, ref_id, _cell(loaded, plan, ref_id).evidence[0].task_id)
    loaded.select_cell(todo[-1][1], todo[-1][0])
    loaded.menus.act_next_review.trigger()
    assert loaded.current_cell() == todo[1]  # the reviewed one is skipped


def test_double_click_plan_opens_the_file(loaded: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    plans = loaded.panel.plans_list
    emit(plans.itemActivated, plans.item(1))
    assert opened == [loaded.session.entries[1].path]
