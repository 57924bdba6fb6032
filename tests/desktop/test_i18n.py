"""Languages: every UI string has an English translation, switching works at run time, fonts draw ệ."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QRawFont
from pytestqt.qtbot import QtBot

from comparer.errors import PlanLoadError
from desktop.i18n import Language, plan_error_message
from desktop.resources import translations_dir
from desktop.settings import Settings
from desktop.window.main_window import MainWindow
from tests.desktop.conftest import FakeEngine, _forget_changes

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
def test_every_ui_string_has_an_english_translation(tmp_path: Path) -> None:
    ts = tmp_path / "plancompare_en.ts"
    shutil.copy(translations_dir() / "plancompare_en.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-source-language", "vi", "-target-language", "en",
                    "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)
    untranslated = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.find("translation") is None or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == [], "run pyside6-lupdate, translate in Linguist, then pyside6-lrelease"


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease not installed")
def test_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    qm = tmp_path / "plancompare_en.qm"
    subprocess.run([str(LRELEASE), str(translations_dir() / "plancompare_en.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    assert qm.read_bytes() == (translations_dir() / "plancompare_en.qm").read_bytes(), "run pyside6-lrelease"


@pytest.fixture
def language() -> Language:
    lang = Language(translations_dir())
    yield lang  # type: ignore[misc]
    lang.switch("vi")


def test_switch_language_at_run_time(qtbot: QtBot, settings: Settings, plan_files: list[str],
                                     language: Language) -> None:
    engine = FakeEngine()
    window = MainWindow(settings, engine=engine.engine(), language=language, builtin_references=["kl91"])
    qtbot.addWidget(window, before_close_func=_forget_changes)
    with qtbot.waitSignal(window.analysisDone, timeout=10000):
        window.add_plans(plan_files)
    window.undo_stack.setClean()
    assert window.tabs.tabText(0) == "Ma trận bao phủ"
    assert language.available() == ["vi", "en"]

    window.menus.act_lang["en"].trigger()
    assert window.tabs.tabText(0) == "Coverage matrix"
    assert window.panel.add_button.text() == "Add plans…"
    assert window.gaps_tab.model.headerData(0, Qt.Orientation.Horizontal) == "Plan"
    assert window.coverage_model.headerData(0, Qt.Orientation.Horizontal) == "Tasks of Kết luận 91-KL/TW"
    assert window.menus.menu_file.title() == "&File"
    assert settings.language() == "en"
    window.select_cell("KL91-4", 0)
    assert "Confirm" in window.evidence.plan_view.toPlainText()

    window.menus.act_lang["vi"].trigger()
    assert window.tabs.tabText(0) == "Ma trận bao phủ"
    assert window.gaps_tab.model.headerData(0, Qt.Orientation.Horizontal) == "Kế hoạch"


def test_error_codes_become_sentences(language: Language) -> None:
    error = PlanLoadError("x.pdf", "encrypted", "password protected")
    assert "mật khẩu" in plan_error_message(error)
    assert language.switch("en")
    assert plan_error_message(error).startswith("The file is password-protected")
    assert "(weird)" in plan_error_message(PlanLoadError("x", "weird", ""))
    assert QCoreApplication.translate("Errors", "Tệp rỗng") == "The file is empty"


def test_missing_translation_file_keeps_vietnamese(tmp_path: Path) -> None:
    lang = Language(tmp_path)
    assert not lang.switch("en")
    assert lang.current == "vi"


def test_font_draws_vietnamese(qtbot: QtBot) -> None:
    # With no usable font Qt silently draws empty boxes (PLATFORM-NOTES).
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    raw = QRawFont.fromFont(QFont(font))
    for ch in "ệặỹđƯỜ":
        assert raw.supportsCharacter(ord(ch)), ch


def test_every_plan_load_code_has_its_own_message() -> None:
    from comparer.errors import LOAD_CODES, PlanLoadError
    from desktop.i18n import plan_error_message

    messages = {code: plan_error_message(PlanLoadError("x.docx", code, "detail")) for code in LOAD_CODES}
    assert all("(" + code + ")" not in text for code, text in messages.items())  # not the generic fallback
    assert len(set(messages.values())) == len(LOAD_CODES)
