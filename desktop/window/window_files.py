"""The window's file work: open, save and autosave projects, export reports (a controller the window owns)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QStatusBar, QWidget

from comparer.export.registry import EXPORTERS
from comparer.store.autosave import Autosave, AutosaveScan, remove_autosave, scan_autosaves
from comparer.store.project import SUFFIX, PlanRef, Project, ProjectError, load_project, save_project, without_outside
from desktop.autosave import OutsideAnswer, RestoreAnswer, ask_outside, ask_restore
from desktop.i18n import file_error_message, ui_language
from desktop.models.session import Session
from desktop.views.export_options import ExportOptionsDialog, docx_kwargs

if TYPE_CHECKING:
    from desktop.autosave import Autosaver
    from desktop.i18n import Language
    from desktop.jobs import JobRunner
    from desktop.settings import Settings
    from desktop.views.plans_panel import PlansPanel
    from desktop.window.menus import MainMenus


@dataclass(frozen=True)
class ExportDone:
    """An export job's result: the file written, or why it could not be (``error``)."""

    path: Path
    error: Exception | None = None


class FileWindow(Protocol):
    """What the file actions need of the window they serve (MainWindow provides it)."""

    session: Session
    settings: Settings
    runner: JobRunner
    menus: MainMenus
    panel: PlansPanel
    autosaver: Autosaver
    language: Language | None
    undo_stack: QUndoStack

    def set_dirty(self, dirty: bool) -> None: ...
    def is_modified(self) -> bool: ...
    def show_banner(self, text: str) -> None: ...
    def start_analysis(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
    def refresh_after_load(self) -> None: ...
    def update_title(self) -> None: ...


class FileActions(QObject):
    """Opening, saving, autosaving and exporting for one window, composed into it (``window.files``).

    Kept apart so main_window.py stays about laying out and wiring the window. It reaches the
    window only through ``FileWindow``; dialogs are parented to ``widget`` (the same window).
    """

    def __init__(self, window: FileWindow, widget: QWidget) -> None:
        super().__init__(widget)
        self.window = window
        self.widget = widget
        # Each project plan's hash when the project was saved: a plan changed since is reported.
        self.expected_sha: dict[str, str] = {}

    # ==== exports =============================================================================
    @Slot()
    def export(self, kind: str) -> None:
        """Write the reviewed comparison as the export ``kind`` of ``EXPORTERS`` (in the worker)."""
        comparison = self.window.session.comparison
        if comparison is None or self.window.runner.is_busy():
            return
        exporter = EXPORTERS[kind]
        options: dict[str, Any] = {}  # the note's fields, as the writer takes them (docx_kwargs)
        if exporter.note:
            asked = self.ask_export_options()
            if asked is None:
                return
            options = docx_kwargs(asked)
        suffix = exporter.suffix
        base = Path(self.window.session.project_path).stem if self.window.session.project_path else "so-sanh-ke-hoach"
        start = str(Path(self.window.settings.last_dir() or ".") / f"{base}{suffix}")
        lang = ui_language()
        path, _ = QFileDialog.getSaveFileName(self.widget, exporter.title(lang), start, exporter.file_filter(lang))
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self.window.settings.set_last_dir(Path(path).parent)
        # Imported on first use: openpyxl and python-docx add ~0.3 s to every start-up otherwise.
        from comparer.export.labels import ExportLabels

        english = self.window.language is not None and self.window.language.current == "en"
        labels = ExportLabels.english() if english else ExportLabels.vietnamese()

        def job(progress: object, cancel: object) -> ExportDone:
            try:
                exporter.write(comparison, path, labels, **options)
            except Exception as exc:  # reported in the window by its type, never taken for a failed analysis
                return ExportDone(Path(path), exc)
            return ExportDone(Path(path))

        self.window.runner.submit(job, ExportDone, self.tr("Đang xuất {name}…").format(name=Path(path).name))

    def ask_export_options(self) -> dict[str, str] | None:
        """The briefing note's header and signature fields (None: the officer cancelled).

        The values typed last time are offered again and remembered for next time.
        """
        dialog = ExportOptionsDialog(self.window.settings.export_options(), self.widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        self.window.settings.set_export_options(values)
        return values

    # ==== projects ============================================================================
    @Slot()
    def open_project_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.widget, self.tr("Mở dự án"), self.window.settings.last_dir(),
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
            self.window.show_banner(self._project_error(exc))
            return False
        if project.outside:
            answer = ask_outside(self.widget, project)
            if answer is OutsideAnswer.CANCEL:
                return False
            if answer is OutsideAnswer.SKIP:
                project = without_outside(project)
        self.window.settings.add_recent_project(path)
        self._take_project(project, str(path))
        return True

    def _take_project(self, project: Project, path: str, modified: bool = False) -> None:
        """Work on ``project`` (saved at ``path``, "" if never saved): re-read, compare, re-apply decisions."""
        self.window.session = Session(reference_spec=project.reference, threshold=project.threshold,
                                      decisions=project.decisions, project_path=path)
        self.window.session.add_paths([p.path for p in project.plans])
        # Keyed like the entries (Session normalises paths; a hand-edited project may list a file twice).
        self.expected_sha = {str(Path(p.path)): p.sha256 for p in project.plans if p.sha256}
        self.window.undo_stack.clear()
        self.window.set_dirty(modified)
        self.window.undo_stack.setClean()
        self.window.panel.set_threshold(project.threshold)
        self.window.panel.set_reference(project.reference)
        self.window.refresh_after_load()
        self.window.show_banner("")
        self.window.autosaver.write_now()  # a restored project is unsaved work; an opened one needs no autosave
        self.window.start_analysis()

    # ==== autosave ============================================================================
    def autosave_snapshot(self) -> tuple[Project, str] | None:
        if not self.window.is_modified() or not self.window.session.entries:
            return None
        return self.current_project(), self.window.session.project_path

    @Slot(str)
    def autosave_failed(self, code: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Không lưu tự động được: {reason}").format(reason=file_error_message(code)), 10000)

    def offer_restore(self) -> bool:
        """At start-up: offer the work of sessions that did not close cleanly, newest first.

        Returns whether one was restored; declined ones are deleted, "later" keeps them.
        Malformed files are set aside with a note in the banner: they never stop the start.
        """
        try:
            scan = scan_autosaves(self.window.autosaver.folder)
        except Exception:  # noqa: BLE001 — nothing in a leftover file may keep the window from opening
            scan = AutosaveScan()
        if scan.set_aside:
            self.window.show_banner(self.tr(
                "{n} bản lưu tự động bị hỏng nên không khôi phục được; đã chuyển sang thư mục {folder}.").format(
                n=len(scan.set_aside), folder=str(scan.set_aside[0].path.parent)))
        for autosave in scan.stale:
            answer = ask_restore(self.widget, autosave)
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
        self.window.statusBar().showMessage(self.tr("Đã khôi phục công việc chưa lưu; hãy lưu dự án."), 10000)

    def current_project(self) -> Project:
        s = self.window.session
        plans = tuple(PlanRef(e.path, e.plan.sha256 if e.plan else self.expected_sha.get(e.path, ""),
                              Path(e.path).name) for e in s.entries)
        return Project(plans=plans, reference=s.reference_spec, threshold=s.threshold, decisions=s.decisions)

    @Slot()
    def save_project(self) -> bool:
        if not self.window.session.project_path:
            return self.save_project_as()
        return self._save_to(self.window.session.project_path)

    @Slot()
    def save_project_as(self) -> bool:
        folder = Path(self.window.settings.last_dir() or ".")
        start = self.window.session.project_path or str(folder / f"so-sanh{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Lưu dự án"), start,
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
            QMessageBox.warning(self.widget, self.tr("Không lưu được"), self._project_error(exc))
            return False
        self.window.session.project_path = str(path)
        self.window.set_dirty(False)
        self.window.undo_stack.setClean()
        self.window.autosaver.discard()
        self.window.settings.add_recent_project(path)
        self.window.statusBar().showMessage(self.tr("Đã lưu {name}").format(name=Path(path).name), 4000)
        self.window.update_title()
        return True

    def _project_error(self, exc: ProjectError) -> str:
        return f"{file_error_message(exc.code)}: {exc.path.name}"

    def fill_recent_menu(self) -> None:
        self.window.menus.menu_recent.clear()
        recent = self.window.settings.recent_projects()
        for path in recent:
            act = self.window.menus.menu_recent.addAction(Path(path).name)
            act.setToolTip(path)
            act.triggered.connect(partial(self._open_recent, path))
        if not recent:
            empty = self.window.menus.menu_recent.addAction(self.tr("(chưa có)"))
            empty.setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if self.maybe_save():
            self.open_project(path)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.window.is_modified() or not self.window.session.entries:
            return True
        answer = QMessageBox.question(
            self.widget, self.tr("Lưu thay đổi?"), self.tr("Dự án có thay đổi chưa lưu. Lưu trước khi tiếp tục?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_project()
        return answer == QMessageBox.StandardButton.Discard
