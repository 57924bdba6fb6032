"""Intake in the window: the file dialog offers every readable format, new error codes read as sentences,
slow reads (OCR) show progress and can be cancelled, and plans reorder by dragging."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from comparer.errors import PlanLoadError
from comparer.models import Plan
from comparer.progress import CancelToken, ProgressFn
from desktop.i18n import Language, plan_error_message
from desktop.models.session import LOAD_SHARE, reading_at
from desktop.qtcompat import emit
from desktop.resources import translations_dir
from desktop.settings import Settings
from desktop.window.main_window import MainWindow
from tests.desktop.conftest import FakeEngine, make_window


def test_add_dialog_offers_every_readable_format(window: MainWindow, open_dialog_filters: list[str]) -> None:
    filters = open_dialog_filters
    window.add_plans_dialog()
    first, everything = filters[0].split(";;")
    for pattern in ("*.docx", "*.doc", "*.odt", "*.rtf", "*.pdf", "*.txt", "*.html", "*.htm", "*.mht", "*.mhtml"):
        assert pattern in first.split("(")[1].rstrip(")").split(), pattern
    assert everything.endswith("(*)")


@pytest.fixture
def language() -> Language:
    lang = Language(translations_dir())
    yield lang  # type: ignore[misc]
    lang.switch("vi")


def test_new_reader_codes_read_as_sentences(language: Language) -> None:
    missing = PlanLoadError("kế hoạch.rtf", "converter_missing", "Reading .rtf files needs LibreOffice")
    failed = PlanLoadError("kế hoạch.doc", "convert_failed", "soffice took longer than 120 s and was stopped.")
    scan = PlanLoadError("bản scan.pdf", "no_text", "The PDF has no text layer")
    assert "LibreOffice" in plan_error_message(missing) and "cài" in plan_error_message(missing)
    assert "quá lâu" in plan_error_message(failed)
    assert "tesseract-ocr-vie" in plan_error_message(scan) and "Tesseract OCR" in plan_error_message(scan)
    assert ".odt" in plan_error_message(PlanLoadError("x.xlsx", "unsupported", ""))
    assert language.switch("en")
    assert plan_error_message(missing).startswith("Reading this format needs LibreOffice")
    assert plan_error_message(failed).startswith("The converter")
    assert "Vietnamese" in plan_error_message(scan)


class SlowScanEngine(FakeEngine):
    """Reads ``bac-kan.pdf`` page by page like OCR: progress after each page, cancel between pages."""

    PAGES = 40

    def __init__(self) -> None:
        super().__init__()
        self.pages_read = 0
        self.stopped = threading.Event()

    def load_plan(self, path: str, *, progress: ProgressFn | None = None,
                  cancel: CancelToken | None = None) -> Plan:
        if path.endswith("bac-kan.pdf"):
            for page in range(self.PAGES):
                if cancel is not None and cancel.cancelled:
                    self.stopped.set()
                    cancel.check()
                time.sleep(0.05)
                self.pages_read = page + 1
                if progress is not None:
                    progress((page + 1) / self.PAGES)
        return super().load_plan(path)


def test_slow_scan_shows_progress_and_cancels(qtbot: QtBot, settings: Settings, plan_files: list[str]) -> None:
    engine = SlowScanEngine()
    window = make_window(qtbot, settings, engine.engine())
    window.show()
    values: list[float] = []
    window.runner.progressChanged.connect(values.append)
    window.add_plans(plan_files)
    runner = window.runner
    # The dialog shows only once the read has taken ~0.5 s, and moves as pages are read.
    qtbot.waitUntil(lambda: runner._dialog is not None, timeout=5000)
    assert 0 < engine.pages_read < SlowScanEngine.PAGES
    qtbot.waitUntil(lambda: runner._dialog is not None and runner._dialog.value() > 0, timeout=5000)
    qtbot.waitUntil(lambda: runner._dialog is not None and "bac-kan.pdf (3/3)" in runner._dialog.labelText(),
                    timeout=5000)  # the dialog names the file being read
    assert values == sorted(values) and 0 < values[-1] < 0.6  # loading is the first 60 %
    with qtbot.waitSignal(window.analysisDone, timeout=5000):
        emit(runner._dialog.canceled)  # what the dialog's Cancel button does
    assert engine.stopped.wait(5)
    assert engine.pages_read < SlowScanEngine.PAGES
    assert "Đã hủy" in window.banner.text()
    # The plans not read yet say so, instead of "reading…" forever; "Chạy lại" reads them again.
    texts = [window.panel.plans_list.item(i).text() for i in range(3)]
    assert any(t.endswith("\nChưa đọc") for t in texts)
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        emit(window.banner.linkActivated, "rerun")
    assert window.coverage_model.columnCount() == 4
    assert engine.pages_read == SlowScanEngine.PAGES


class OrderEngine(FakeEngine):
    """Records the order the plans reach the engine in (the fake comparison has a fixed order)."""

    def __init__(self) -> None:
        super().__init__()
        self.orders: list[list[str]] = []

    def compare(self, plans: list[Plan], *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        self.orders.append([p.name for p in plans])
        return super().compare(plans, *args, **kwargs)  # type: ignore[arg-type]


def test_drag_a_plan_to_reorder(qtbot: QtBot, settings: Settings, plan_files: list[str]) -> None:
    engine = OrderEngine()
    window = make_window(qtbot, settings, engine.engine())
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.add_plans(plan_files)
    plans_list = window.panel.plans_list
    assert plans_list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert engine.orders[-1] == ["ha-noi.txt", "hai-phong.docx", "bac-kan.pdf"]
    # A drop below the last row: QListWidget.dropEvent moves the row through its model, as here.
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        assert plans_list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    order = ["hai-phong.docx", "bac-kan.pdf", "ha-noi.txt"]
    assert [Path(e.path).name for e in window.session.entries] == order
    assert engine.orders[-1] == order  # the comparison, hence the matrix columns, follow the list
    assert plans_list.currentRow() == 2
    assert plans_list.item(2).text().startswith("ha-noi.txt")
    assert window.is_modified()
    # Up the list: the last plan dropped above the first.
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        assert plans_list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert [Path(e.path).name for e in window.session.entries] == ["ha-noi.txt", "hai-phong.docx", "bac-kan.pdf"]
    assert plans_list.currentRow() == 0
    # A drop onto itself changes nothing and runs nothing.
    calls = len(engine.orders)
    assert not plans_list.model().moveRow(QModelIndex(), 1, QModelIndex(), 1)
    qtbot.wait(50)
    assert len(engine.orders) == calls


def test_files_dropped_on_the_plans_list_still_reach_the_window(
    qtbot: QtBot, window: MainWindow, plan_files: list[str],
) -> None:
    # The list now takes internal moves; a file dragged in from outside must pass through to the window.
    viewport = window.panel.plans_list.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in plan_files])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    drop.setAccepted(False)
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        QApplication.sendEvent(viewport, drop)
    assert [Path(e.path).name for e in window.session.entries] == ["ha-noi.txt", "hai-phong.docx", "bac-kan.pdf"]


def test_reading_at_follows_run_analysis_split() -> None:
    todo = ["a.pdf", "b.docx"]
    assert reading_at(todo, 0.0) == (0, "a.pdf")
    assert reading_at(todo, LOAD_SHARE * 0.49) == (0, "a.pdf")
    assert reading_at(todo, LOAD_SHARE * 0.51) == (1, "b.docx")
    assert reading_at(todo, LOAD_SHARE) is None
    assert reading_at([], 0.1) is None


def test_the_add_filter_the_drop_hint_and_the_unsupported_message_follow_formats(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, open_dialog_filters: list[str]) -> None:
    # A reader added to comparer.readers.FORMATS is offered by the window with no other change.
    from comparer.readers.formats import FORMATS, Format

    monkeypatch.setitem(FORMATS, "xyz", Format("xyz", (".xyz", ".xy"), "định dạng thử", "test format", "txt"))
    filters = open_dialog_filters
    window.add_plans_dialog()
    offered = filters[0].split(";;")[0].split("(")[1].rstrip(")").split()
    assert offered == [f"*{ext}" for form in FORMATS.values() for ext in form.extensions]
    message = plan_error_message(PlanLoadError(Path("a.png"), "unsupported", "image"))
    assert all(form.extensions[0] in message for form in FORMATS.values())
    assert ".xy," not in message  # one extension per format
    window.panel.retranslate()
    assert ".xyz" in window.panel.drop_hint.text()
