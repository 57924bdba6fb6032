"""Settings accessors and the entry point (--screenshot run as a real process, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage

from comparer.models import Options
from desktop.settings import MAX_RECENT, Settings
from tests.desktop.conftest import ROOT, SAMPLES


def test_settings_typed_accessors(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.ini")
    assert (s.language(), s.reference(), s.threshold(), s.recent_projects()) == ("vi", "kl91", Options().threshold, [])
    s.set_language("en")
    s.set_reference("nq71")
    s.set_threshold(63.5)
    s.set_window_geometry(QByteArray(b"geom"))
    for i in range(MAX_RECENT + 2):
        s.add_recent_project(tmp_path / f"p{i}.plancompare")
    s.add_recent_project(tmp_path / "p3.plancompare")  # again: moves to the top, no duplicate
    s.sync()
    again = Settings(tmp_path / "s.ini")
    assert (again.language(), again.reference(), again.threshold()) == ("en", "nq71", 63.5)
    recent = again.recent_projects()
    assert len(recent) == MAX_RECENT and recent[0].endswith("p3.plancompare") and len(set(recent)) == MAX_RECENT
    again.reset_layout()
    assert again.window_geometry() is None
    assert again.language() == "en"  # preferences survive a layout reset


def test_settings_reject_nonsense(tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    ini.write_text("[prefs]\nlanguage=fr\nthreshold=abc\n[recent]\nprojects=/one/file.plancompare\n",
                   encoding="utf-8")
    s = Settings(ini)
    assert s.language() == "vi"
    assert s.threshold() == Options().threshold
    assert s.recent_projects() == ["/one/file.plancompare"]  # a one-item list comes back as a string


def test_screenshot_entry_point(tmp_path: Path) -> None:
    shot = tmp_path / "screens" / "shot.png"  # the folder does not exist yet (as in .ci/run)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    plans = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    result = subprocess.run(
        [sys.executable, "-m", "desktop.app", *plans, "--lang", "en", "--settings", str(tmp_path / "s.ini"),
         "--screenshot", str(shot)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() > 600 and image.height() > 400
