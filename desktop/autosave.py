"""Autosave of the window's unsaved work (debounced after each change, and every minute) and the restore prompt."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from comparer.autosave import HEARTBEAT_S, Autosave, autosave_path, new_token, remove_autosave, write_autosave
from comparer.project import Project, ProjectError
from desktop.qtcompat import emit

DEBOUNCE_MS = 1000  # a burst of review clicks is written once, a second after the last

Snapshot = Callable[[], tuple[Project, str] | None]  # (work, project file it belongs to) or None: nothing unsaved


class Autosaver(QObject):
    """Writes the window's unsaved work to its own file in ``folder``; deletes it once saved or discarded.

    The file is small JSON (≈ 2 ms for 34 plans and 200 decisions, fsync included), so it is written
    directly in the GUI thread rather than through the job runner, which must stay free for analysis.
    """

    failed = Signal(str)  # ProjectError code, once per run of failures

    def __init__(self, folder: Path, snapshot: Snapshot, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.token = new_token()
        self._snapshot = snapshot
        self._written = False
        self._failing = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.write_now)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(HEARTBEAT_S * 1000))
        self._heartbeat.timeout.connect(self.write_now)
        self._heartbeat.start()

    @property
    def path(self) -> Path:
        """This session's autosave file (it exists only while there is unsaved work)."""
        return autosave_path(self.folder, self.token)

    @Slot()
    def changed(self) -> None:
        """The work changed: write it soon (debounced)."""
        self._debounce.start()

    @Slot()
    def write_now(self) -> None:
        """Write the unsaved work now, or delete the file when nothing is unsaved any more."""
        self._debounce.stop()
        snapshot = self._snapshot()
        if snapshot is None:
            self.discard()
            return
        project, origin = snapshot
        try:
            write_autosave(self.folder, self.token, project, origin)
        except ProjectError as exc:
            if not self._failing:
                emit(self.failed, exc.code)
            self._failing = True
            return
        self._failing = False
        self._written = True

    def discard(self) -> None:
        """The work was saved, or the user chose to drop it: no autosave is needed."""
        self._debounce.stop()
        if self._written or self.path.exists():
            remove_autosave(self.path)
        self._written = False

    def stop(self) -> None:
        """On close: no more writes, and the file goes (a clean close leaves nothing to restore)."""
        self._heartbeat.stop()
        self.discard()


class OutsideAnswer(Enum):
    READ = "read"
    SKIP = "skip"
    CANCEL = "cancel"


MAX_LISTED = 8  # files named in the question; more are counted


def ask_outside(parent: QWidget, project: Project) -> OutsideAnswer:
    """Ask before reading files a project names outside its own folder (Escape opens nothing)."""
    files = list(project.outside)
    shown = "\n".join(f"• {f}" for f in files[:MAX_LISTED])
    if len(files) > MAX_LISTED:
        shown += "\n" + QCoreApplication.translate("Autosave", "… và {n} tệp khác").format(n=len(files) - MAX_LISTED)
    text = QCoreApplication.translate(
        "Autosave", "Dự án này đọc {n} tệp nằm ngoài thư mục chứa dự án:\n\n{files}\n\n"
        "Chỉ đọc các tệp này khi tin cậy nguồn gửi dự án.").format(n=len(files), files=shown)
    title = QCoreApplication.translate("Autosave", "Đọc tệp ngoài thư mục dự án?")
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons, parent)
    labels = {
        QMessageBox.StandardButton.Yes: QCoreApplication.translate("Autosave", "Đọc cả các tệp này"),
        QMessageBox.StandardButton.No: QCoreApplication.translate("Autosave", "Mở dự án, bỏ qua các tệp này"),
        QMessageBox.StandardButton.Cancel: QCoreApplication.translate("Autosave", "Không mở dự án"),
    }
    for button, label in labels.items():
        box.button(button).setText(label)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.deleteLater()
    if answer == QMessageBox.StandardButton.Yes:
        return OutsideAnswer.READ
    if answer == QMessageBox.StandardButton.No:
        return OutsideAnswer.SKIP
    return OutsideAnswer.CANCEL


class RestoreAnswer(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


def ask_restore(parent: QWidget, autosave: Autosave) -> RestoreAnswer:
    """Ask whether to restore the work a crashed session left (Escape keeps it for next time)."""
    when = QDateTime.fromSecsSinceEpoch(int(autosave.saved_at)).toString("HH:mm dd/MM/yyyy")
    project = autosave.project
    name = Path(autosave.origin).name if autosave.origin else QCoreApplication.translate("Autosave", "dự án chưa lưu")
    text = QCoreApplication.translate(
        "Autosave", "Lần trước chương trình đã đóng đột ngột. Có bản lưu tự động lúc {when} của {name}: "
        "{plans} kế hoạch, {decisions} quyết định rà soát.\n\nKhôi phục công việc này?").format(
        when=when, name=name, plans=len(project.plans), decisions=len(project.decisions))
    title = QCoreApplication.translate("Autosave", "Khôi phục công việc chưa lưu?")
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    # Qt ships no Vietnamese button texts; say what each button does.
    labels = {
        QMessageBox.StandardButton.Yes: QCoreApplication.translate("Autosave", "Khôi phục"),
        QMessageBox.StandardButton.Discard: QCoreApplication.translate("Autosave", "Bỏ bản lưu tự động"),
        QMessageBox.StandardButton.Cancel: QCoreApplication.translate("Autosave", "Để lần sau"),
    }
    for button, label in labels.items():
        box.button(button).setText(label)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.deleteLater()
    if answer == QMessageBox.StandardButton.Yes:
        return RestoreAnswer.RESTORE
    if answer == QMessageBox.StandardButton.Discard:
        return RestoreAnswer.DISCARD
    return RestoreAnswer.LATER
