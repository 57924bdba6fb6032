"""The window offers the exports of the engine's EXPORTERS table, with its words, in the UI language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from comparer.export.registry import EXPORTERS
from desktop.i18n import Language
from desktop.resources import translations_dir
from desktop.window.main_window import MainWindow


@pytest.fixture
def language() -> Language:
    lang = Language(translations_dir())
    yield lang  # type: ignore[misc]
    lang.switch("vi")


def test_file_menu_has_one_export_per_registry_entry(loaded: MainWindow, language: Language) -> None:
    entries = [a for a in loaded.menus.menu_file.actions() if a in loaded.menus.act_export.values()]
    assert [a.text() for a in entries] == [e.action("vi") + "…" for e in EXPORTERS.values()]
    assert all(a.isEnabled() for a in entries)
    assert [a.shortcut().toString() for a in entries] == [e.shortcut for e in EXPORTERS.values()]
    language.switch("en")
    assert [a.text() for a in entries] == [e.action("en") + "…" for e in EXPORTERS.values()]


def test_save_dialog_uses_the_registry_words(qtbot: QtBot, loaded: MainWindow, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, language: Language) -> None:
    asked: list[tuple[str, str, str]] = []

    def ask(parent: object, title: str, start: str, pattern: str) -> tuple[str, str]:
        asked.append((title, start, pattern))
        return str(tmp_path / "bảng"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    language.switch("en")
    with qtbot.waitSignal(loaded.exportDone, timeout=30000) as blocker:
        loaded.menus.act_export["xlsx"].trigger()
    title, start, pattern = asked[0]
    assert (title, pattern) == ("Export Excel workbook", "Excel workbook (*.xlsx)")
    assert start.endswith(EXPORTERS["xlsx"].suffix)
    assert blocker.args == [str(tmp_path / "bảng.xlsx")]


def test_gui_help_lists_the_formats_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from comparer.readers.formats import FORMATS, Format
    from desktop.app import _parser

    monkeypatch.setitem(FORMATS, "xyz", Format("xyz", (".xyz",), "định dạng thử", "test format", "txt"))
    text = " ".join(_parser().format_help().split())  # argparse wraps lines
    for form in FORMATS.values():
        assert form.extensions[0] in text
    assert ".xyz" in text and ".plancompare" in text
