"""Autosave of the window's unsaved work (debounced after each change, and every minute) and the restore prompt."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from comparer.store.autosave import HEARTBEAT_S, Autosave, autosave_path, new_token, remove_autosave, write_autosave
from comparer.store.project import Project, ProjectError
from desktop.qtcompat import emit

DEBOUNCE_MS = 1000  # a burst of review clicks is written once, a second after the last

Snapshot = Callable[[], tuple[Project, str] | None]  # (work, project file it belongs to) or None: nothing unsaved


class Autosaver(QObject):
    """Writes the window's unsaved work to its own file in ``folder``; deletes it once saved or discarded.

    The snapshot is taken in the GUI thread; the write (JSON, then fsync, which can take a second
    on a busy disk) runs in this autosaver's own thread, not the job runner's, which must stay
    free for analysis. Writes and deletions run one at a time in the order asked.
    """

    failed = Signal(str)  # ProjectError code, once per run of failures
    _wrote = Signal(str)  # from the writer thread: "" written, else the ProjectError code

    def __init__(self, folder: Path, snapshot: Snapshot, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.token = new_token()
        self._snapshot = snapshot
        self._failing = False
        self._stopped = False
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._last: Future[None] | None = None  # the latest write or deletion asked for
        self._wrote.connect(self._after_write)  # queued: emitted from the writer thread
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.write_soon)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(HEARTBEAT_S * 1000))
        self._heartbeat.timeout.connect(self.write_soon)
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
    def write_soon(self) -> None:
        """Write the unsaved work in the writer thread (or delete the file when nothing is unsaved)."""
        self._debounce.stop()
        if self._stopped:
            return
        snapshot = self._snapshot()
        if snapshot is None:
            self.discard()
            return
        project, origin = snapshot
        self._last = self._writer.submit(self._write, project, origin)

    def write_now(self) -> None:
        """Write the unsaved work and wait until it is on disk (restoring a crashed session's work)."""
        self.write_soon()
        self.flush()

    def flush(self) -> None:
        """Wait until every write and deletion asked for so far is done."""
        if self._last is not None:
            self._last.result()

    def _write(self, project: Project, origin: str) -> None:
        """In the writer thread."""
        try:
            write_autosave(self.folder, self.token, project, origin)
        except ProjectError as exc:
            emit(self._wrote, exc.code)
        else:
            emit(self._wrote, "")

    @Slot(str)
    def _after_write(self, code: str) -> None:
        if code and not self._failing:
            emit(self.failed, code)
        self._failing = bool(code)

    def discard(self) -> None:
        """The work was saved, or the user chose to drop it: no autosave is needed (waits for the deletion)."""
        self._debounce.stop()
        if self._stopped:
            return
        self._last = self._writer.submit(remove_autosave, self.path)  # after any write still running
        self.flush()

    def stop(self) -> None:
        """On close: no more writes, and the file goes (a clean close leaves nothing to restore)."""
        self._heartbeat.stop()
        self.discard()
        self._stopped = True
        self._writer.shutdown(wait=True)


class OutsideAnswer(Enum):
    READ = "read"
    SKIP = "skip"
    CANCEL = "cancel"


MAX_LISTED = 8  # files named in the question; more are counted


def _ask(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
         labels: dict[QMessageBox.StandardButton, str], default: QMessageBox.StandardButton,
         escape: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
    """A message box whose buttons say what they do (Qt ships no Vietnamese button texts)."""
    buttons = QMessageBox.StandardButton.NoButton
    for button in labels:
        buttons |= button
    box = QMessageBox(icon, title, text, buttons, parent)
    for button, label in labels.items():
        box.button(button).setText(label)
    box.setDefaultButton(default)
    box.setEscapeButton(escape)
    answer = QMessageBox.StandardButton(box.exec())
    box.deleteLater()
    return answer


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
    labels = {
        QMessageBox.StandardButton.Yes: QCoreApplication.translate("Autosave", "Đọc cả các tệp này"),
        QMessageBox.StandardButton.No: QCoreApplication.translate("Autosave", "Mở dự án, bỏ qua các tệp này"),
        QMessageBox.StandardButton.Cancel: QCoreApplication.translate("Autosave", "Không mở dự án"),
    }
    answer = _ask(parent, QMessageBox.Icon.Warning, title, text, labels,
                  QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel)
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
    labels = {
        QMessageBox.StandardButton.Yes: QCoreApplication.translate("Autosave", "Khôi phục"),
        QMessageBox.StandardButton.Discard: QCoreApplication.translate("Autosave", "Bỏ bản lưu tự động"),
        QMessageBox.StandardButton.Cancel: QCoreApplication.translate("Autosave", "Để lần sau"),
    }
    answer = _ask(parent, QMessageBox.Icon.Question, title, text, labels,
                  QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel)
    if answer == QMessageBox.StandardButton.Yes:
        return RestoreAnswer.RESTORE
    if answer == QMessageBox.StandardButton.Discard:
        return RestoreAnswer.DISCARD
    return RestoreAnswer.LATER
