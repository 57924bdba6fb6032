"""Entry point ``plancompare-gui [PLAN...] [--reference kl91|nq71|FILE] [--lang vi|en] [--screenshot PNG]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from comparer.readers.formats import supported_extensions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.window.main_window import MainWindow

# Qt and the window are imported in main(), not here: the engine's worker processes
# (comparer.workers) are started with "spawn", which imports this module again in each of them,
# and they need no Qt.

SCREENSHOT_TIMEOUT_MS = 60000


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="plancompare-gui",
                                     description="Compare implementation plans with a central document.")
    parser.add_argument("plans", nargs="*",
                        help=f"plan files ({supported_extensions()}) or one .plancompare project")
    parser.add_argument("--reference", help="kl91, nq71 or a reference file")
    parser.add_argument("--lang", choices=["vi", "en"], help="interface language (default: last used, else vi)")
    parser.add_argument("--threshold", type=float, help="matching threshold 0-100")
    parser.add_argument("--screenshot", metavar="PNG", help="save the window once the comparison shows, then exit")
    parser.add_argument("--settings", metavar="INI", help="use this settings file (tests, portable use)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the exit code."""
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    from comparer import workers

    if len(args.plans) >= workers.MIN_FILES or any(p.lower().endswith(".plancompare") for p in args.plans):
        workers.warm()  # the worker processes that will read them import the engine while Qt loads here
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from comparer.scratch import scratch_dir
    from desktop.i18n import Language, use_translated_dialogs
    from desktop.resources import translations_dir
    from desktop.settings import Settings
    from desktop.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("plancompare")
    app.setOrganizationName("plancompare")
    use_translated_dialogs(app)
    # Office PCs run Windows at 100–150 %; a 10 pt UI font keeps Vietnamese diacritics legible.
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    scratch = None
    if args.settings:
        settings = Settings(args.settings)
    elif args.screenshot:
        # A screenshot shows a fresh layout and must not touch the user's own settings; its
        # scratch folder goes when the run ends (and a killed run's with the next one).
        scratch = scratch_dir("shot")
        settings = Settings(Path(scratch.name) / "settings.ini")
    else:
        settings = Settings()
    if args.screenshot:
        settings.reset_layout()
        Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
    language = Language(translations_dir())
    lang = args.lang or settings.language()
    language.switch(lang)
    if args.reference:
        settings.set_reference(args.reference)
    if args.threshold is not None:
        settings.set_threshold(args.threshold)
    window = MainWindow(settings, language=language)
    window.show()
    # Work a crashed session left comes first; restoring it takes the place of the files named here.
    restored = not args.screenshot and window.files.offer_restore()
    projects = [p for p in args.plans if p.lower().endswith(".plancompare")]
    if restored:
        pass
    elif projects:
        window.files.open_project(projects[0])
    elif args.plans:
        window.add_plans([str(Path(p)) for p in args.plans])
    if args.screenshot:
        _arrange_screenshot(app, window, args.screenshot, bool(args.plans))
    code = app.exec()
    workers.stop()  # a scan still being read must not hold the closing app
    if scratch is not None:
        window.autosaver.stop()
        scratch.cleanup()
    return int(code)


def _arrange_screenshot(app: QApplication, window: MainWindow, target: str, wait: bool) -> None:
    """Save the window to ``target`` once the comparison is shown (or at once with nothing to load)."""
    from PySide6.QtCore import QTimer

    def shoot() -> None:
        comparison = window.coverage_model.comparison()
        if comparison is not None and comparison.reference.tasks:
            # Show the evidence pane filled: pick the first partial cell, else the first cell.
            cells = [c for row in comparison.coverage for c in row]
            pick = next((c for c in cells if c.status.value == "partial"), cells[0])
            window.select_cell(pick.ref_id, pick.plan)
        QTimer.singleShot(300, save)  # let the evidence pane and header lay out

    def save() -> None:
        ok = window.grab().save(target)
        app.exit(0 if ok else 1)

    if wait:
        window.analysisDone.connect(shoot)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: app.exit(2))
    else:
        QTimer.singleShot(300, save)


if __name__ == "__main__":
    sys.exit(main())
