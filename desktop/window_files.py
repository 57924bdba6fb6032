"""The window's file work: open, save and autosave projects, export reports (a mixin of MainWindow)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from comparer.autosave import Autosave, AutosaveScan, remove_autosave, scan_autosaves
from comparer.project import SUFFIX, PlanRef, Project, ProjectError, load_project, save_project, without_outside
from desktop.autosave import OutsideAnswer, RestoreAnswer, ask_outside, ask_restore
from desktop.export_options import ExportOptionsDialog, docx_kwargs
from desktop.i18n import file_error_message
from desktop.session import Session

if TYPE_CHECKING:
    from desktop.autosave import Autosaver
    from desktop.i18n import Language
    from desktop.jobs import JobRunner
    from desktop.menus import MainMenus
    from desktop.plans_panel import PlansPanel
    from desktop.settings import Settings

EXPORT = "export"  # the job runner's tag for exports


class FileActions:
    """Opening, saving, autosaving and exporting; MainWindow inherits these (they use its session and views).

    Kept apart so main_window.py stays about laying out and wiring the window. The window's
    attributes these methods use are declared here; its methods (``tr``, ``statusBar``,
    ``start_analysis``…) come with it.
    """

    session: Session
    settings: Settings
    runner: JobRunner
    menus: MainMenus
    panel: PlansPanel
    autosaver: Autosaver
    language: Language | None
    _dirty: bool
    _expected_sha: dict[str, str]

    # ==== exports =============================================================================
    @Slot()
    def export(self, kind: str) -> None:
        """Write the reviewed comparison as an Excel workbook or a Word report (in the worker)."""
        comparison = self.session.comparison
        if comparison is None or self.runner.is_busy():
            return
        options: dict[str, object] = {}
        if kind == "docx":
            asked = self.ask_export_options()
            if asked is None:
                return
            options = docx_kwargs(asked)
        suffix = f".{kind}"
        base = Path(self.session.project_path).stem if self.session.project_path else "so-sanh-ke-hoach"
        start = str(Path(self.settings.last_dir() or ".") / f"{base}{suffix}")
        title = self.tr("Xuất bảng Excel") if kind == "xlsx" else self.tr("Xuất báo cáo Word")
        pattern = self.tr("Bảng Excel (*.xlsx)") if kind == "xlsx" else self.tr("Văn bản Word (*.docx)")
        path, _ = QFileDialog.getSaveFileName(self, title, start, pattern)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self.settings.set_last_dir(Path(path).parent)
        # Imported on first use: openpyxl and python-docx add ~0.3 s to every start-up otherwise.
        from comparer.export_docx import write_docx
        from comparer.export_xlsx import write_xlsx
        from comparer.labels import ExportLabels

        english = self.language is not None and self.language.current == "en"
        labels = ExportLabels.english() if english else ExportLabels.vietnamese()
        def job(progress: object, cancel: object) -> str:
            if kind == "xlsx":
                write_xlsx(comparison, path, labels)
            else:
                write_docx(comparison, path, labels, **options)
            return path

        self.runner.submit(job, EXPORT, self.tr("Đang xuất {name}…").format(name=Path(path).name))

    def ask_export_options(self) -> dict[str, str] | None:
        """The briefing note's header and signature fields (None: the officer cancelled).

        The values typed last time are offered again and remembered for next time.
        """
        dialog = ExportOptionsDialog(self.settings.export_options(), self)  # type: ignore[arg-type]
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        self.settings.set_export_options(values)
        return values

    # ==== projects ============================================================================
    @Slot()
    def open_project_dialog(self) -> None:
        if not self._maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Mở dự án"), self.settings.last_dir(),
                                              self.tr("Dự án plancompare (*{suffix})").format(suffix=SUFFIX))
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> bool:
        """Load a project: its plans are re-read and compared, then its decisions re-applied.

        The file is read and checked in full before anything in the window changes: a bad
        project leaves the loaded work as it was. Files the project names outside its own
        folder (a shared project may name ../../etc/passwd) are read only if the user agrees.
        """
        try:
            project = load_project(path)
        except ProjectError as exc:
            self.show_banner(self._project_error(exc))
            return False
        if project.outside:
            answer = ask_outside(self, project)
            if answer is OutsideAnswer.CANCEL:
                return False
            if answer is OutsideAnswer.SKIP:
                project = without_outside(project)
        self.settings.add_recent_project(path)
        self._take_project(project, str(path))
        return True

    def _take_project(self, project: Project, path: str, modified: bool = False) -> None:
        """Work on ``project`` (saved at ``path``, "" if never saved): re-read, compare, re-apply decisions."""
        self.session = Session(reference_spec=project.reference, threshold=project.threshold,
                               decisions=project.decisions, project_path=path)
        self.session.add_paths([p.path for p in project.plans])
        # Keyed like the entries (Session normalises paths; a hand-edited project may list a file twice).
        self._expected_sha = {str(Path(p.path)): p.sha256 for p in project.plans if p.sha256}
        self.undo_stack.clear()
        self._dirty = modified
        self.undo_stack.setClean()
        self.panel.set_threshold(project.threshold)
        self.panel.set_reference(project.reference)
        self._refresh_plans()
        self._update_views()
        self._update_title()
        self.show_banner("")
        self.autosaver.write_now()  # a restored project is unsaved work; an opened one needs no autosave
        self.start_analysis()

    # ==== autosave ============================================================================
    def _autosave_snapshot(self) -> tuple[Project, str] | None:
        if not self.is_modified() or not self.session.entries:
            return None
        return self.current_project(), self.session.project_path

    @Slot(str)
    def _autosave_failed(self, code: str) -> None:
        self.statusBar().showMessage(
            self.tr("Không lưu tự động được: {reason}").format(reason=file_error_message(code)), 10000)

    def offer_restore(self) -> bool:
        """At start-up: offer the work of sessions that did not close cleanly, newest first.

        Returns whether one was restored; declined ones are deleted, "later" keeps them.
        Malformed files are set aside with a note in the banner: they never stop the start.
        """
        try:
            scan = scan_autosaves(self.autosaver.folder)
        except Exception:  # noqa: BLE001 — nothing in a leftover file may keep the window from opening
            scan = AutosaveScan()
        if scan.set_aside:
            self.show_banner(self.tr(
                "{n} bản lưu tự động bị hỏng nên không khôi phục được; đã chuyển sang thư mục {folder}.").format(
                n=len(scan.set_aside), folder=str(scan.set_aside[0].path.parent)))
        for autosave in scan.stale:
            answer = ask_restore(self, autosave)
            if answer is RestoreAnswer.RESTORE:
                self.restore_autosave(autosave)
                return True
            if answer is RestoreAnswer.LATER:
                return False
            remove_autosave(autosave.path)
        return False

    def restore_autosave(self, autosave: Autosave) -> None:
        """Take over a crashed session's work: its plans are re-read and its decisions re-applied."""
        self._take_project(autosave.project, autosave.origin, modified=True)
        # This session's own autosave now holds the work (written above), so the old file can go.
        remove_autosave(autosave.path)
        self.statusBar().showMessage(self.tr("Đã khôi phục công việc chưa lưu; hãy lưu dự án."), 10000)

    def current_project(self) -> Project:
        s = self.session
        plans = tuple(PlanRef(e.path, e.plan.sha256 if e.plan else self._expected_sha.get(e.path, ""),
                              Path(e.path).name) for e in s.entries)
        return Project(plans=plans, reference=s.reference_spec, threshold=s.threshold, decisions=s.decisions)

    @Slot()
    def save_project(self) -> bool:
        if not self.session.project_path:
            return self.save_project_as()
        return self._save_to(self.session.project_path)

    @Slot()
    def save_project_as(self) -> bool:
        start = self.session.project_path or str(Path(self.settings.last_dir() or ".") / f"so-sanh{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu dự án"), start,
                                              self.tr("Dự án plancompare (*{suffix})").format(suffix=SUFFIX))
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        try:
            save_project(path, self.current_project())
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), self._project_error(exc))
            return False
        self.session.project_path = str(path)
        self._dirty = False
        self.undo_stack.setClean()
        self.autosaver.discard()
        self.settings.add_recent_project(path)
        self.statusBar().showMessage(self.tr("Đã lưu {name}").format(name=Path(path).name), 4000)
        self._update_title()
        return True

    def _project_error(self, exc: ProjectError) -> str:
        return f"{file_error_message(exc.code)}: {exc.path.name}"

    def fill_recent_menu(self) -> None:
        self.menus.menu_recent.clear()
        recent = self.settings.recent_projects()
        for path in recent:
            act = self.menus.menu_recent.addAction(Path(path).name)
            act.setToolTip(path)
            act.triggered.connect(partial(self._open_recent, path))
        if not recent:
            empty = self.menus.menu_recent.addAction(self.tr("(chưa có)"))
            empty.setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if self._maybe_save():
            self.open_project(path)

    def _maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.is_modified() or not self.session.entries:
            return True
        answer = QMessageBox.question(
            self, self.tr("Lưu thay đổi?"), self.tr("Dự án có thay đổi chưa lưu. Lưu trước khi tiếp tục?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_project()
        return answer == QMessageBox.StandardButton.Discard
