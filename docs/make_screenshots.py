"""Screenshots of the window on the samples at office screen sizes: matrix, Gaps tab, a file dialog.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/make_screenshots.py OUT_DIR [WxH ...]

Writes main-WxH.png, gaps-WxH.png and dialog-WxH.png per size (default 1366x768 and 1920x1080)
in Vietnamese, and the same with an "-en" suffix in English, with a scratch settings file so the
user's own layout is untouched. Look at them before a release:
clipped headers, cut titles and English words in the Vietnamese face show here first.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog

from comparer.readers.formats import file_patterns
from desktop.i18n import Language, use_translated_dialogs
from desktop.resources import translations_dir
from desktop.settings import Settings
from desktop.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [str(ROOT / "samples" / n) for n in ("hanoi-kh285.html", "haiphong-kh298.docx", "backan-kl51.txt")]


def _shoot(app: QApplication, out: Path, width: int, height: int, lang: str = "vi") -> None:
    suffix = "" if lang == "vi" else f"-{lang}"
    settings = Settings(Path(tempfile.mkdtemp(prefix="plancompare-shot-")) / "settings.ini")
    settings.reset_layout()
    language = Language(translations_dir())
    language.switch(lang)
    window = MainWindow(settings, language=language)
    window.resize(width, height)
    window.show()
    done = {"ok": False}

    def loaded() -> None:
        if done["ok"]:
            return
        done["ok"] = True
        window.select_cell("KL91-2", 0)  # Hà Nội KL91-2: partial at 92 with 1 of 5 key points
        window.matrix.expand(window.coverage_model.index(1, 0))
        QTimer.singleShot(400, matrix)

    def matrix() -> None:
        window.grab().save(str(out / f"main-{width}x{height}{suffix}.png"))
        window.tabs.setCurrentWidget(window.gaps_tab)
        QTimer.singleShot(300, gaps)

    def gaps() -> None:
        window.grab().save(str(out / f"gaps-{width}x{height}{suffix}.png"))
        dialog = QFileDialog(window, window.tr("Chọn kế hoạch cần so sánh"), str(ROOT / "samples"),
                             window.tr("Kế hoạch ({patterns});;Mọi tệp (*)").format(patterns=file_patterns()))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.resize(min(900, width - 100), min(560, height - 100))
        dialog.show()
        dialog.activateWindow()
        dialog.setFocus()  # as when it opens in the app: focus entering it sizes its columns

        def save_dialog() -> None:
            dialog.grab().save(str(out / f"dialog-{width}x{height}{suffix}.png"))
            dialog.close()
            window.undo_stack.setClean()
            window._dirty = False
            window.runner.shutdown()
            window.close()
            app.quit()

        QTimer.singleShot(600, save_dialog)

    window.analysisDone.connect(lambda: QTimer.singleShot(200, loaded) if window.session.comparison else None)
    window.add_plans(SAMPLES)
    app.exec()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(x) for x in s.split("x")) for s in (sys.argv[2:] or ["1366x768", "1920x1080"])]
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("plancompare")
    use_translated_dialogs(app)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    for lang in ("vi", "en"):
        for width, height in sizes:
            _shoot(app, out, width, height, lang)
    Language(translations_dir()).switch("vi")
    return 0


if __name__ == "__main__":
    sys.exit(main())
