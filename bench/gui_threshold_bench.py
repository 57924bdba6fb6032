"""GUI benchmark: what a threshold change costs in the window, and whether the GUI thread stalls.

For 34 and 100 synthetic plans × 200 tasks (``bench/run.py``'s, written as .txt files), each in a
fresh offscreen process: open the window, add the plans, wait for the matrix; then move the
threshold several times. For each change it measures

- repaint: seconds from the change to the new comparison painted (``analysisDone`` + a forced paint);
- stall: the longest gap of a 10 ms ``QTimer`` heartbeat on the GUI thread, from the change until
  1.5 s after the repaint (autosave's debounced write falls in that window).

Run: ``.venv/bin/python bench/gui_threshold_bench.py [sizes…]`` (≈ 2–4 minutes).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (34, 100)
THRESHOLDS = (65.0, 45.0, 60.0, 50.0, 70.0, 55.0)
TARGETS = {34: 0.3, 100: 1.0}
STALL_TARGET_S = 0.1
CHILD = "--child"


def child(n_plans: int) -> dict[str, object]:
    sys.path.insert(0, str(Path(__file__).parent))
    import gui_bench
    import run
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import Language
    from desktop.main_window import MainWindow
    from desktop.resources import translations_dir
    from desktop.settings import Settings

    run.N_PLANS = n_plans
    folder = Path(tempfile.mkdtemp(prefix="plancompare-threshold-"))
    paths = gui_bench.write_synthetic(folder)

    app = QApplication([sys.argv[0]])
    settings = Settings(folder / "settings.ini")
    settings.set_threshold(55.0)
    Language(translations_dir()).switch("vi")
    window = MainWindow(settings, autosave_dir=folder / "autosave")
    window.resize(1400, 900)
    window.show()

    def wait_for_analysis(action: object) -> float:
        loop = QEventLoop()
        done: list[float] = []

        def finished() -> None:
            comparison = window.session.comparison
            if comparison is not None and len(comparison.plans) == len(paths):
                window.repaint()
                done.append(time.perf_counter())
                loop.quit()

        window.analysisDone.connect(finished)
        start = time.perf_counter()
        action()  # type: ignore[operator]
        if not done:
            loop.exec()
        window.analysisDone.disconnect(finished)
        return done[0] - start

    load_s = wait_for_analysis(lambda: window.add_plans(paths))
    # Heartbeat: a 10 ms timer on the GUI thread; a long gap is a stall a user feels.
    beats: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start()

    def settle(seconds: float) -> None:
        # An event loop, not a processEvents() loop: PySide6 6.12 on Python 3.11 takes a reference
        # to None on each processEvents() call, and the interpreter aborts after a few thousand.
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    settle(0.5)
    changes = []
    for thr in THRESHOLDS:
        beats.clear()
        t0 = time.perf_counter()
        beats.append(t0)
        repaint_s = wait_for_analysis(lambda thr=thr: window.set_threshold(thr))  # type: ignore[misc]
        settle(1.5)
        gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
        changes.append({"threshold": thr, "repaint": repaint_s, "stall": max(gaps) if gaps else 0.0})
    timer.stop()
    window.undo_stack.setClean()
    window._dirty = False
    window.close()
    app.quit()
    return {"plans": len(paths), "load": load_s, "changes": changes}


def main(sizes: tuple[int, ...]) -> None:
    print(f"cpus={os.cpu_count()} load average (1 min)={os.getloadavg()[0]:.2f}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for n in sizes:
        proc = subprocess.run([sys.executable, __file__, CHILD, str(n)], capture_output=True, text=True,
                              check=True, cwd=ROOT, env=env, timeout=1800)
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        changes = r["changes"]
        repaints = [c["repaint"] for c in changes]
        stalls = [c["stall"] for c in changes]
        target = TARGETS.get(n)
        print(f"\n{r['plans']} plans × 200 tasks: read + compare + paint {r['load']:.2f} s")
        print(f"  threshold change → repainted, median of {len(changes)}: {statistics.median(repaints):.3f} s "
              f"(worst {max(repaints):.3f} s)" + (f"  target {target} s: "
                                                  f"{'OK' if statistics.median(repaints) <= target else 'over'}"
                                                  if target else ""))
        print(f"  longest GUI-thread stall during and 1.5 s after a change: median {statistics.median(stalls):.3f} s, "
              f"worst {max(stalls):.3f} s  target {STALL_TARGET_S} s: "
              f"{'OK' if max(stalls) <= STALL_TARGET_S else 'over'}")
        print("  each: " + ", ".join(f"{c['threshold']:g}→{c['repaint']:.2f}/{c['stall'] * 1000:.0f}ms"
                                     for c in changes))
    print(f"\nload average (1 min) at the end={os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == CHILD:
        print(json.dumps(child(int(sys.argv[2]))))
    else:
        main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
