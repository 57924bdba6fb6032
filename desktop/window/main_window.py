"""Main window: plans and reference on the left, coverage matrix with evidence and result tabs on the right."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from comparer.glossary import plan_name
from comparer.match.review import Decision, DecisionKind, find_plan
from comparer.models import Gap
from comparer.readers.formats import file_patterns
from comparer.store.atomic import ExportError
from comparer.store.project import SUFFIX
from desktop.autosave import Autosaver
from desktop.i18n import Language, file_error_message, reference_error_message, ui_glossary
from desktop.jobs import JobRunner
from desktop.models.result_models import DecisionsModel, EmphasesModel, GapsModel, OverlapsModel, SimilarPairsModel
from desktop.models.result_models import Role as ResultRole
from desktop.models.session import AnalysisOutput, Engine, Session, duplicates, reading_at, run_analysis
from desktop.qtcompat import emit
from desktop.settings import Settings
from desktop.views.help import GuideDialog, show_about
from desktop.views.matrix_pane import MatrixPane
from desktop.views.plans_panel import OTHER_FILE, PlansPanel
from desktop.views.result_tab import ResultTab
from desktop.window.commands import add_decision, remove_decision
from desktop.window.menus import MainMenus, MenuSlots
from desktop.window.window_files import ExportDone, FileActions

WARM_AFTER_MS = 1500  # after start-up, the worker processes for reading plans (comparer.workers)


class MainWindow(QMainWindow):
    """A thin face over the engine: every result comes from ``comparer``; this only shows and asks."""

    analysisDone = Signal()  # the views show a fresh comparison (tests, --screenshot)
    exportDone = Signal(str)  # the written file, "" when it failed

    def __init__(self, settings: Settings, engine: Engine | None = None, language: Language | None = None,
                 builtin_references: list[str] | None = None, autosave_dir: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.engine = engine or Engine.default()
        self.language = language
        self.session = Session(reference_spec=settings.reference(), threshold=settings.threshold())
        self._dirty = False
        self.files = FileActions(self, self)  # open, save, autosave, export
        if builtin_references is None:
            from comparer.refs.reference import builtin_ids

            builtin_references = builtin_ids()

        self.runner = JobRunner(self, dialog_parent=self)
        self.runner.finished.connect(self._job_finished)
        self.runner.failed.connect(self._job_failed)
        self.runner.cancelled.connect(self._job_cancelled)
        self.runner.busyChanged.connect(self._busy_changed)
        self.runner.progressChanged.connect(self._job_progress)
        self._reading: list[str] = []  # plans the analysis job is reading, in order
        self._refresh_turn = 0  # the latest result on its way to the views (_update_views_in_turns)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.update_title)
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.autosaver = Autosaver(autosave_dir or settings.autosave_dir(), self.files.autosave_snapshot, self)
        self.undo_stack.indexChanged.connect(self.autosaver.changed)
        self.autosaver.failed.connect(self.files.autosave_failed)

        # Left: plans, reference, threshold (a dock, so the layout can be saved and restored).
        self.panel = PlansPanel(builtin_references, self)
        self.panel.ui_language = language.current if language is not None else "vi"
        self.panel.addRequested.connect(self.add_plans_dialog)
        self.panel.removeRequested.connect(self.remove_plan)
        self.panel.moveRequested.connect(self.move_plan)
        self.panel.reorderRequested.connect(self.reorder_plan)
        self.panel.referenceChosen.connect(self._reference_chosen)
        self.panel.thresholdCommitted.connect(self.set_threshold)
        self.panel.set_threshold(self.session.threshold)
        self.panel.set_reference(self.session.reference_spec)
        self.dock = QDockWidget(self)
        self.dock.setObjectName("plansDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)

        # Right: matrix + legend + evidence, and the result tabs.
        self.matrix_pane = MatrixPane(self)
        self.matrix_pane.evidence.actionRequested.connect(self._evidence_action)
        # Through the window: opening a project replaces the session.
        self.matrix_pane.evidence.rejected_for = lambda plan, ref_id: self.session.rejected(plan, ref_id)
        # Short names for what tests and the screenshot touch most.
        self.coverage_model = self.matrix_pane.model
        self.matrix = self.matrix_pane.view
        self.evidence = self.matrix_pane.evidence
        self.matrix_splitter = self.matrix_pane.splitter

        self.gaps_tab = ResultTab(GapsModel(self), (3, 4), self)
        self.overlaps_tab = ResultTab(OverlapsModel(self), (2, 4), self)
        self.emphases_tab = ResultTab(EmphasesModel(self), (2,), self)
        self.gaps_tab.table.doubleClicked.connect(self._gap_activated)
        self.addressed_button = QPushButton(self.gaps_tab)
        self.addressed_button.setObjectName("addressedButton")
        self.addressed_button.clicked.connect(self.mark_selected_gap_addressed)
        self.gaps_tab.add_tool(self.addressed_button)
        self.overlaps_tab.table.doubleClicked.connect(self._overlap_activated)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("viewTabs")
        self.tabs.addTab(self.matrix_pane, "")
        self.tabs.addTab(self.gaps_tab, "")
        self.similar_tab = ResultTab(SimilarPairsModel(self), (1, 3), self)
        self.similar_tab.table.doubleClicked.connect(self._similar_activated)
        self.similar_caption = QLabel(self)
        self.similar_caption.setWordWrap(True)
        overlaps_page = QSplitter(Qt.Orientation.Vertical, self)
        overlaps_page.setObjectName("overlapsSplitter")
        overlaps_page.addWidget(self.overlaps_tab)
        similar_box = QWidget(self)
        similar_layout = QVBoxLayout(similar_box)
        similar_layout.setContentsMargins(0, 6, 0, 0)
        similar_layout.addWidget(self.similar_caption)
        similar_layout.addWidget(self.similar_tab, 1)
        overlaps_page.addWidget(similar_box)
        self.tabs.addTab(overlaps_page, "")
        self.tabs.addTab(self.emphases_tab, "")
        self.decisions_model = DecisionsModel(self)
        self.decisions_tab = ResultTab(self.decisions_model, (3, 4), self, plan_filter=False)
        self.decisions_tab.table.doubleClicked.connect(self._decision_activated)
        self.withdraw_button = QPushButton(self.decisions_tab)
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.clicked.connect(self.withdraw_selected_decision)
        self.decisions_tab.add_tool(self.withdraw_button)
        self.tabs.addTab(self.decisions_tab, "")
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd; color:#5a4300; padding:6px; border:1px solid #e0c36a")
        self.banner.hide()
        self.banner.linkActivated.connect(self._banner_link)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(4, 4, 4, 4)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        self.menus = MainMenus(self, MenuSlots(
            open_project=self.files.open_project_dialog, save_project=self.files.save_project,
            save_project_as=self.files.save_project_as, add_plans=self.add_plans_dialog, export=self.files.export,
            fill_recent=self.files.fill_recent_menu, quit=self.close, undo=self.undo_stack.undo,
            redo=self.undo_stack.redo, find=self.focus_filter, next_review=self.next_to_review,
            move_plan=self.move_current_plan, reset_layout=self.reset_layout, guide=self.show_guide,
            about=self.show_about, switch_language=self.switch_language,
        ), self.tabs, self.language.current if self.language is not None else "vi")
        self.retranslate()
        self._update_views()
        self._restore_layout()
        # Read the reference now (in the worker) so its provenance shows before any plan is added.
        self.start_analysis()
        if self.engine.warm is not None:
            # Worker processes import the engine once the window is up and idle, well before a person
            # has picked plans in the file dialog (a start with many plans named starts them at once).
            QTimer.singleShot(WARM_AFTER_MS, self, self.engine.warm)

    def retranslate(self) -> None:
        """Set every visible text; called at start and on LanguageChange."""
        self.dock.setWindowTitle(self.tr("Đầu vào"))
        self.tabs.setTabText(0, self.tr("Ma trận bao phủ"))
        self.tabs.setTabText(1, self.tr("Khoảng trống"))
        # "Trùng lặp" (duplication) criticised content plans are expected to share.
        self.tabs.setTabText(2, ui_glossary().shared)
        self.tabs.setTabText(3, self.tr("Điểm nhấn"))
        self._set_review_count()
        self.similar_caption.setText("<b>" + self.tr("Nhiệm vụ gần giống nhau giữa các kế hoạch") + "</b>")
        self.withdraw_button.setText(self.tr("Bỏ quyết định này"))
        self.decisions_tab.set_empty_hint(self.tr(
            "Chưa có quyết định rà soát nào. Chọn một ô của ma trận bao phủ, đọc đoạn tương ứng, rồi bấm "
            "“Xác nhận”, “Bác bỏ” hoặc “Gán…”; quyết định hiện ở đây và được lưu cùng dự án."))
        self.withdraw_button.setToolTip(self.tr("Rút lại quyết định đang chọn (kể cả quyết định đã lưu từ trước)"))
        self.addressed_button.setText(self.tr("Đánh dấu đã xử lý…"))
        self.addressed_button.setToolTip(self.tr("Ghi nhận khoảng trống đang chọn đã được xử lý, kèm ghi chú"))
        self.menus.retranslate()
        self.matrix_pane.retranslate(self.tr("Thêm các kế hoạch cần so sánh: nút “Thêm kế hoạch…” bên trái, "
                                             "hoặc kéo thả tệp vào cửa sổ."))
        self._update_undo_actions()
        self.update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _update_undo_actions(self, *_: object) -> None:
        self.menus.update_undo(self.undo_stack)

    @Slot()
    def update_title(self, *_: object) -> None:
        name = Path(self.session.project_path).name if self.session.project_path else self.tr("Chưa lưu")
        self.setWindowTitle(f"{name}[*] — plancompare")
        self.setWindowModified(self.is_modified())

    def is_modified(self) -> bool:
        """Unsaved changes: plans, reference, threshold or review decisions."""
        return self._dirty or not self.undo_stack.isClean()

    def set_dirty(self, dirty: bool) -> None:
        """Whether the work differs from the saved project beyond what the undo stack tracks."""
        self._dirty = dirty
        self.update_title()

    def refresh_after_load(self) -> None:
        """After a project or an autosave replaced the session: plans, views and title anew."""
        self._refresh_plans()
        self._update_views()
        self.update_title()

    def _set_dirty(self) -> None:
        self._dirty = True
        self.update_title()
        self.autosaver.changed()

    # ==== plans ===============================================================================
    @Slot()
    def add_plans_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn kế hoạch cần so sánh"), self.settings.last_dir(),
            # What comparer.readers reads (its FORMATS table); "Mọi tệp" too: readers go by content, not name.
            self.tr("Kế hoạch ({patterns});;Mọi tệp (*)").format(patterns=file_patterns()))
        if paths:
            self.settings.set_last_dir(Path(paths[0]).parent)
            self.add_plans(paths)

    def add_plans(self, paths: list[str]) -> None:
        """Add plan files (duplicates ignored) and analyse."""
        if self.session.add_paths(paths):
            self._set_dirty()
            self._refresh_plans()
            self.start_analysis()

    @Slot(int)
    def remove_plan(self, row: int) -> None:
        if 0 <= row < len(self.session.entries):
            self.session.remove(row)
            self._set_dirty()
            self._refresh_plans()
            self.start_analysis()

    @Slot(int, int)
    def move_plan(self, row: int, delta: int) -> None:
        if self.session.move(row, delta):
            self._set_dirty()
            self._refresh_plans(current=row + delta)
            self.start_analysis()

    @Slot(int, int)
    def reorder_plan(self, row: int, target: int) -> None:
        """Put the plan at ``row`` at index ``target`` (dragged in the list); the matrix columns follow."""
        if self.session.move_to(row, target):
            self._set_dirty()
            self._refresh_plans(current=target)
            self.start_analysis()
        else:
            self._refresh_plans()  # the list may show a move the session refused

    def move_current_plan(self, delta: int) -> None:
        self.move_plan(self.panel.plans_list.currentRow(), delta)

    def _refresh_plans(self, current: int | None = None) -> None:
        self.panel.set_entries(self.session.entries, current)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        projects = [p for p in paths if p.lower().endswith(SUFFIX)]
        if projects:
            self.files.open_project(projects[0])
        else:
            self.add_plans([p for p in paths if Path(p).is_file()])
        event.acceptProposedAction()

    # ==== reference and threshold ===============================================================
    @Slot(str)
    def _reference_chosen(self, spec: str) -> None:
        if spec == OTHER_FILE:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Chọn văn bản tham chiếu"), self.settings.last_dir(),
                self.tr("Văn bản ({patterns} *.json);;Mọi tệp (*)").format(patterns=file_patterns()))
            if not path:
                self.panel.set_reference(self.session.reference_spec, self.session.reference)
                return
            spec = path
        self.set_reference(spec)

    def set_reference(self, spec: str) -> None:
        """Compare against another reference (built-in id or file)."""
        self.session.reference_spec = spec
        self.session.reference = None
        self.settings.set_reference(spec)
        self.panel.set_reference(spec)
        self._set_dirty()
        self.start_analysis()

    @Slot(float)
    def set_threshold(self, value: float) -> None:
        """Re-run the comparison at another threshold (in the worker; the window stays live)."""
        if value == self.session.threshold:
            return
        self.session.threshold = value
        self.settings.set_threshold(value)
        self.panel.set_threshold(value)
        self._set_dirty()
        self.start_analysis()

    # ==== analysis job ========================================================================
    def start_analysis(self) -> None:
        """(Re)start the one analysis job; a running one is cancelled and its result dropped."""
        s = self.session
        entries = s.job_input()
        job = partial(run_analysis, self.engine, entries, s.reference_spec, s.reference, s.threshold)
        self._reading = [path for path, plan in entries if plan is None]
        self.runner.submit(job, AnalysisOutput, self.tr("Đang đọc và so sánh các kế hoạch…"))

    @Slot(float)
    def _job_progress(self, fraction: float) -> None:
        # A scanned PDF takes seconds a page: the dialog names the file being read.
        if not self._reading:
            return
        at = reading_at(self._reading, fraction)
        if at is None:
            label = self.tr("Đang so sánh các kế hoạch…")
        else:
            label = self.tr("Đang đọc {name} ({i}/{n})…").format(name=Path(at[1]).name, i=at[0] + 1,
                                                                 n=len(self._reading))
        self.runner.set_label(label)

    @Slot(object, object)
    def _job_finished(self, result: object, returns: type) -> None:
        # Routed by the result's type: each job returns its own (ExportDone, AnalysisOutput).
        if isinstance(result, ExportDone):
            self._export_done(result)
            return
        if not isinstance(result, AnalysisOutput):
            return
        self.session.take(result)
        self._refresh_plans()
        if result.reference_error is not None:
            message = reference_error_message(result.reference_error)
            self.panel.set_reference(self.session.reference_spec, None, message)
            self.show_banner(self.tr("Không so sánh được: {message}").format(message=message))
        else:
            self.panel.set_reference(self.session.reference_spec, self.session.reference)
            self._report_review_problems()
        self._update_views_in_turns()

    def _update_views_in_turns(self) -> None:
        """Refresh the views as ``_update_views`` does, one view per turn of the event loop: with a
        hundred plans the whole refresh holds the GUI thread for a noticeable time, each view alone
        does not. The matrix goes first; ``analysisDone`` once the last view shows the result."""
        self._refresh_turn += 1
        turn = self._refresh_turn
        steps = [lambda: self.matrix_pane.set_comparison(self.session.comparison)]
        steps += [lambda tab=tab: tab.set_comparison(self.session.comparison)  # type: ignore[misc]
                  for tab in (self.gaps_tab, self.overlaps_tab, self.similar_tab, self.emphases_tab)]
        steps.append(self._update_views)  # the rest (decisions, counts, actions); views already fresh
        steps.append(lambda: emit(self.analysisDone))

        def run(i: int) -> None:
            if turn != self._refresh_turn:
                return  # a newer result is on its way to the views
            steps[i]()
            if i + 1 < len(steps):
                QTimer.singleShot(0, self, lambda: run(i + 1))

        run(0)

    def _export_done(self, done: ExportDone) -> None:
        error = done.error
        if error is None:
            self.statusBar().showMessage(self.tr("Đã xuất {name}").format(name=done.path.name), 6000)
            emit(self.exportDone, str(done.path))
            return
        reason = file_error_message(error.code) if isinstance(error, ExportError) else str(error)
        name = error.path.name if isinstance(error, ExportError) else ""
        self.show_banner(self.tr("Không xuất được {name}: {reason}").format(name=name, reason=reason))
        emit(self.exportDone, "")

    @Slot(object, object)
    def _job_failed(self, error: object, returns: type) -> None:
        # Export jobs report their failures in ExportDone: what fails here is the analysis.
        # An engine bug: say so, keep the window usable (the plans list stays as it was).
        message = reference_error_message(error if isinstance(error, Exception) else Exception(error))
        self.show_banner(self.tr("Không so sánh được: {message}").format(message=message))
        emit(self.analysisDone)

    @Slot(object)
    def _job_cancelled(self, returns: type) -> None:
        # A job is known by its declared result type. A superseded job also reports "cancelled";
        # only a job the user stopped leaves the runner idle.
        if returns is AnalysisOutput and not self.runner.is_busy():
            rerun = self.tr("Chạy lại")
            self.show_banner(self.tr("Đã hủy so sánh.") + f' <a href="rerun">{rerun}</a>')
            emit(self.analysisDone)

    def _update_export_actions(self) -> None:
        self.menus.set_exports_enabled(self.session.comparison is not None and not self.runner.is_busy())

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self._update_export_actions()
        self.panel.set_reading(busy)
        if busy:
            self.statusBar().showMessage(self.tr("Đang so sánh…"))
        else:
            self.statusBar().clearMessage()

    @Slot(str)
    def _banner_link(self, link: str) -> None:
        if link == "rerun":
            self.show_banner("")
            self.start_analysis()
        elif link.startswith("remove:"):
            path = link.removeprefix("remove:")
            row = next((i for i, e in enumerate(self.session.entries) if e.path == path), None)
            if row is not None:
                self.show_banner("")
                self.remove_plan(row)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _report_review_problems(self) -> None:
        notes: list[str] = []
        changed = [Path(e.path).name for e in self.session.entries
                   if e.plan is not None and self.files.expected_sha.get(e.path, e.plan.sha256) != e.plan.sha256]
        if changed:
            notes.append(self.tr("Tệp đã thay đổi từ lần lưu trước: {files}.").format(files=", ".join(changed)))
        reviewed = self.session.reviewed
        lost = [u for u in reviewed.unattached if u.reason != "gap_not_found"] if reviewed else []
        if lost:
            notes.append(self.tr("{n} quyết định rà soát không gắn lại được vào kế hoạch (đoạn văn đã bị sửa "
                                 "hoặc tệp đã bị bỏ).").format(n=len(lost)))
        for dup in duplicates(self.session.entries):
            first, second = Path(dup.first).name, Path(dup.second).name
            if dup.kind == "content":
                text = self.tr("{second} có cùng nội dung với {first} (đã thêm hai lần).")
            else:
                text = self.tr("{second} có cùng số ký hiệu với {first}: có thể là một kế hoạch ở hai định dạng.")
            remove = self.tr("Bỏ {name}").format(name=second)
            link = f' <a href="remove:{html.escape(dup.second, quote=True)}">{html.escape(remove)}</a>'
            notes.append(html.escape(text.format(first=first, second=second)) + link)
        self.show_banner(" ".join(notes))

    # ==== views ===============================================================================
    def _update_views(self) -> None:
        comparison = self.session.comparison
        if self.matrix_pane.model.comparison() is not comparison:
            self.matrix_pane.set_comparison(comparison)
        for tab in (self.gaps_tab, self.overlaps_tab, self.similar_tab, self.emphases_tab):
            if tab.comparison() is not comparison:
                tab.set_comparison(comparison)
        reviewed = self.session.reviewed
        self.decisions_model.set_decisions(self.session.decisions, reviewed.unattached if reviewed else (),
                                           comparison.plans if comparison is not None else ())
        self.decisions_tab.set_comparison(comparison)
        self._set_review_count()
        self._update_export_actions()

    def _set_review_count(self) -> None:
        """The review tab and its entry in the Xem menu say the same count (the menu said (0), the tab (1))."""
        self.tabs.setTabText(4, self.tr("Rà soát ({n})").format(n=len(self.session.decisions)))
        self.menus.act_views[4].setText(self.tabs.tabText(4))

    def select_cell(self, ref_id: str, plan: int) -> None:
        """Show the matrix with the cell of ``ref_id`` × ``plan`` selected and its evidence."""
        if self.matrix_pane.select_cell(ref_id, plan):
            self.tabs.setCurrentWidget(self.matrix_pane)

    def current_cell(self) -> tuple[int, str] | None:
        """(plan index, reference task id) of the selected matrix cell."""
        return self.matrix_pane.current_cell()

    @Slot(QModelIndex)
    def _gap_activated(self, index: QModelIndex) -> None:
        gap = index.data(ResultRole.ITEM)
        if gap is not None:
            self.select_cell(gap.ref_id, gap.plan)

    @Slot(QModelIndex)
    def _decision_activated(self, index: QModelIndex) -> None:
        decision = index.data(ResultRole.ITEM)
        comparison = self.session.comparison
        if decision is None or comparison is None:
            return
        plan = find_plan(comparison, decision.plan_sha256, decision.plan_name)  # as the review attached it
        if plan is not None:
            self.select_cell(decision.ref_id, plan)

    @Slot(QModelIndex)
    def _similar_activated(self, index: QModelIndex) -> None:
        """Jump to the first reference task the pair's first passage is matched to."""
        pair = index.data(ResultRole.ITEM)
        comparison = self.session.comparison
        if pair is None or comparison is None:
            return
        match = next((m for m in comparison.matches[pair.plan_a] if m.task_id == pair.task_a), None)
        if match is not None:
            self.select_cell(match.ref_id, pair.plan_a)

    @Slot(QModelIndex)
    def _overlap_activated(self, index: QModelIndex) -> None:
        overlap = index.data(ResultRole.ITEM)
        if overlap is not None and overlap.plans:
            self.select_cell(overlap.ref_id, overlap.plans[0])

    @Slot()
    def next_to_review(self) -> None:
        """F8: the next matrix cell or key point near the threshold that nobody has reviewed yet."""
        self.tabs.setCurrentWidget(self.matrix_pane)
        if not self.matrix_pane.select_next_to_review():
            self.statusBar().showMessage(self.tr("Không còn ô nào cần xem lại."), 4000)

    @Slot()
    def focus_filter(self) -> None:
        """Ctrl+F: the filter of the table in view; from the matrix, the gaps filter."""
        page = self.tabs.currentWidget()
        tab = page if isinstance(page, ResultTab) else page.findChild(ResultTab)
        if tab is None:
            self.tabs.setCurrentWidget(self.gaps_tab)
            tab = self.gaps_tab
        tab.filter_edit.setFocus()
        tab.filter_edit.selectAll()

    # ==== review ==============================================================================
    @Slot(str, str)
    def _evidence_action(self, kind: str, target: str) -> None:
        cell = self.current_cell()
        if cell is None:
            return
        plan, ref_id = cell
        if kind in ("confirm", "reject", "assign"):
            self.decide(DecisionKind(kind), plan, ref_id, task_id=target)
        elif kind == "restore":
            self.restore_rejected(plan, ref_id, target)
        elif kind == "assign_other":
            self._assign_other(plan, ref_id)
        elif kind == "addressed":
            note, ok = QInputDialog.getText(self, self.tr("Đánh dấu đã xử lý"),
                                            self.tr("Ghi chú (vì sao khoảng trống này đã được xử lý):"))
            if ok:
                self.decide(DecisionKind.ADDRESSED, plan, target or ref_id, note=note)

    @Slot()
    def mark_selected_gap_addressed(self) -> None:
        """Mark the gap selected in the gaps table (task or key point) as addressed, with a note."""
        gap = self.gaps_tab.current_item()
        if not isinstance(gap, Gap) or gap.addressed:
            return
        note, ok = QInputDialog.getText(self, self.tr("Đánh dấu đã xử lý"),
                                        self.tr("Ghi chú (vì sao khoảng trống này đã được xử lý):"))
        if ok:
            self.decide(DecisionKind.ADDRESSED, gap.plan, gap.ref_id, note=note)

    def _assign_other(self, plan: int, ref_id: str) -> None:
        comparison = self.session.comparison
        if comparison is None:
            return
        tasks = comparison.plans[plan].tasks
        if not tasks:
            return
        labels = [f"{i + 1}. {t.text[:140]}" for i, t in enumerate(tasks)]
        choice, ok = QInputDialog.getItem(self, self.tr("Gán đoạn vào nhiệm vụ"),
                                          self.tr("Đoạn của kế hoạch thực hiện nhiệm vụ {ref}:").format(ref=ref_id),
                                          labels, 0, False)
        if ok and choice in labels:
            self.decide(DecisionKind.ASSIGN, plan, ref_id, task_id=tasks[labels.index(choice)].id)

    def decide(self, kind: DecisionKind, plan: int, ref_id: str, task_id: str = "", note: str = "") -> None:
        """Record one review decision as an undoable command."""
        comparison = self.session.comparison
        if comparison is None:
            return
        p = comparison.plans[plan]
        text = next((t.text for t in p.tasks if t.id == task_id), "")
        if kind is not DecisionKind.ADDRESSED and not text:
            return
        decision = Decision(kind, p.sha256, p.name, ref_id, text, note)
        label = {
            DecisionKind.CONFIRM: self.tr("xác nhận {ref} · {plan}"),
            DecisionKind.REJECT: self.tr("bác bỏ {ref} · {plan}"),
            DecisionKind.ASSIGN: self.tr("gán đoạn vào {ref} · {plan}"),
            DecisionKind.ADDRESSED: self.tr("đã xử lý {ref} · {plan}"),
        }[kind].format(ref=ref_id, plan=plan_name(p))
        self.undo_stack.push(add_decision(label, self.session.decisions, decision, self.set_decisions))

    def restore_rejected(self, plan: int, ref_id: str, task_id: str) -> None:
        """Withdraw the rejection of ``task_id`` for ``ref_id`` (undoable): the passage counts again."""
        row = self.session.rejection_index(plan, ref_id, task_id)
        if row is None:
            return
        decision = self.session.decisions[row]
        label = self.tr("khôi phục đoạn đã bác bỏ {ref} · {plan}").format(ref=ref_id, plan=decision.plan_name)
        self.undo_stack.push(remove_decision(label, self.session.decisions, row, self.set_decisions))

    @Slot()
    def withdraw_selected_decision(self) -> None:
        """Withdraw the decision selected in the review tab (undoable like any other)."""
        index = self.decisions_tab.table.currentIndex()
        if not index.isValid():
            return
        row = self.decisions_tab.proxy.mapToSource(index).row()
        decision = self.session.decisions[row]
        label = self.tr("bỏ quyết định {ref} · {plan}").format(ref=decision.ref_id, plan=decision.plan_name)
        self.undo_stack.push(remove_decision(label, self.session.decisions, row, self.set_decisions))

    def set_decisions(self, decisions: tuple[Decision, ...]) -> None:
        """Lay ``decisions`` over the computed comparison and refresh the views in place."""
        self.session.decisions = decisions
        self.session.apply_decisions()
        self._update_views()
        self._report_review_problems()

    # ==== help ===============================================================================
    @Slot()
    def show_guide(self) -> None:
        """Help › Hướng dẫn sử dụng (F1): how to read the matrix, the statuses, review and export."""
        GuideDialog(self).exec()

    @Slot()
    def show_about(self) -> None:
        """Help › Giới thiệu: version and where the reference's wording comes from."""
        show_about(self, self.session.reference)

    # ==== language, layout, closing =============================================================
    def switch_language(self, lang: str) -> None:
        """Switch the UI language now (Qt re-sends LanguageChange to every widget)."""
        if self.language is not None:
            previous = self.panel.ui_language
            self.panel.ui_language = lang
            if self.language.switch(lang):
                self.settings.set_language(lang)
            else:
                self.panel.ui_language = previous
        self.menus.check_language(self.language.current if self.language is not None else "vi")

    def _default_size(self) -> None:
        """1480×900, or the screen when it is smaller (1366×768 office screens)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = (1480, 900) if screen is None else (min(1480, screen.width()), min(900, screen.height()))
        self.resize(width, height)
        # A narrower input panel at small widths: the task titles need the room. Once laid out
        # (before the first show the layout ignores it).
        dock_width = max(260, min(340, width // 5))
        QTimer.singleShot(0, lambda: self.resizeDocks([self.dock], [dock_width], Qt.Orientation.Horizontal))

    def _default_splitters(self) -> None:
        # The matrix gets about two thirds: all eight tasks stay in view with one expanded at 768 px.
        self.matrix_splitter.setSizes([640, 330])

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        for splitter in (self.matrix_splitter, self.evidence.splitter):
            saved = self.settings.splitter_state(splitter.objectName())
            if saved is not None:
                splitter.restoreState(saved)
            elif splitter is self.matrix_splitter:
                self._default_splitters()

    def _save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        for splitter in (self.matrix_splitter, self.evidence.splitter):
            self.settings.set_splitter_state(splitter.objectName(), splitter.saveState())
        self.settings.sync()

    @Slot()
    def reset_layout(self) -> None:
        self.settings.reset_layout()
        self.removeDockWidget(self.dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.show()
        self._default_splitters()
        self._default_size()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self._save_layout()
        self.runner.shutdown()
        self.autosaver.stop()  # saved, or the user chose to discard: nothing left to restore
        event.accept()
