"""Run under Xvfb by test_real_drag.py: drag the first plan below the last with a real (xdotool) mouse."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.settings import Settings
from desktop.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [ROOT / "samples" / n for n in ("hanoi-kh285.html", "haiphong-kh298.docx", "backan-kl51.txt")]


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(Path(tempfile.mkdtemp()) / "s.ini"))
    window.show()
    window.move(0, 0)
    plans = window.panel.plans_list
    compared: list[list[str]] = []
    window.runner.finished.connect(
        lambda *_: compared.append([Path(p.path).name for p in window.session.comparison.plans]
                                   if window.session.comparison else []))

    def drag() -> None:
        viewport = plans.viewport()
        start = viewport.mapToGlobal(plans.visualItemRect(plans.item(0)).center())
        end = viewport.mapToGlobal(plans.visualItemRect(plans.item(2)).bottomLeft())
        ex, ey = end.x() + 40, end.y() - 3
        subprocess.Popen(["xdotool", "mousemove", str(start.x()), str(start.y()), "sleep", "0.3",
                          "mousedown", "1", "sleep", "0.2", "mousemove", str(start.x()), str(start.y() + 10),
                          "sleep", "0.2", "mousemove", str(start.x()), str(start.y() + 30), "sleep", "0.2",
                          "mousemove", str(ex), str(ey), "sleep", "0.3", "mousemove", str(ex), str(ey + 1),
                          "sleep", "0.3", "mouseup", "1"])
        QTimer.singleShot(5000, report)

    def report() -> None:
        print("entries", *[Path(e.path).name for e in window.session.entries])
        print("list", *[plans.item(i).text().split("\n")[0] for i in range(plans.count())])
        print("compared", *(compared[-1] if compared else []))
        window._dirty = False
        window.undo_stack.setClean()
        window.runner.shutdown()
        app.quit()

    window.add_plans([str(p) for p in SAMPLES])
    QTimer.singleShot(3000, drag)
    QTimer.singleShot(30000, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
