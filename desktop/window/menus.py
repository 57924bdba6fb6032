"""The main window's actions (with their shortcuts) and menus; their texts live here too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QTabWidget

from comparer.export.registry import EXPORTERS
from desktop.i18n import ui_language

VIEW_COUNT = 5  # matrix, gaps, overlaps, emphases, review: Ctrl+1 … Ctrl+5


@dataclass(frozen=True)
class MenuSlots:
    """What each menu entry does: the window passes its own slots and its file controller's.

    The menus know these callables, not the window's class, so nothing here imports it.
    """

    open_project: Callable[[], object]
    save_project: Callable[[], object]
    save_project_as: Callable[[], object]
    add_plans: Callable[[], object]
    export: Callable[[str], object]
    fill_recent: Callable[[], object]
    quit: Callable[[], object]
    undo: Callable[[], object]
    redo: Callable[[], object]
    find: Callable[[], object]
    next_review: Callable[[], object]
    move_plan: Callable[[int], object]
    reset_layout: Callable[[], object]
    guide: Callable[[], object]
    about: Callable[[], object]
    switch_language: Callable[[str], object]


class MainMenus(QObject):
    """Builds the menu bar of ``window``; every action is also added to the window for its shortcut."""

    def __init__(self, window: QMainWindow, slots: MenuSlots, tabs: QTabWidget, language: str) -> None:
        super().__init__(window)
        self._tabs = tabs

        def action(shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                   slot: Callable[..., object]) -> QAction:
            act = QAction(window)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            window.addAction(act)
            return act

        do = slots
        self.act_open = action(QKeySequence.StandardKey.Open, do.open_project)
        self.act_save = action(QKeySequence.StandardKey.Save, do.save_project)
        self.act_save_as = action(QKeySequence.StandardKey.SaveAs, do.save_project_as)
        self.act_add = action("Ctrl+Shift+O", do.add_plans)
        # One entry per export the engine offers (comparer.export.registry), in its order.
        self.act_export: dict[str, QAction] = {
            kind: action(exporter.shortcut, partial(do.export, kind)) for kind, exporter in EXPORTERS.items()
        }
        self.act_quit = action(QKeySequence.StandardKey.Quit, do.quit)
        self.act_undo = action(QKeySequence.StandardKey.Undo, do.undo)
        self.act_redo = action(QKeySequence.StandardKey.Redo, do.redo)
        self.act_find = action(QKeySequence.StandardKey.Find, do.find)
        self.act_next_review = action("F8", do.next_review)
        self.act_up = action("Alt+Up", partial(do.move_plan, -1))
        self.act_down = action("Alt+Down", partial(do.move_plan, 1))
        self.act_views = [action(f"Ctrl+{i + 1}", partial(tabs.setCurrentIndex, i)) for i in range(VIEW_COUNT)]
        self.act_reset_layout = action(None, do.reset_layout)
        self.act_guide = action(QKeySequence.StandardKey.HelpContents, do.guide)
        self.act_about = action(None, do.about)
        self.lang_group = QActionGroup(self)
        self.act_lang: dict[str, QAction] = {}
        for lang in ("vi", "en"):
            act = action(None, partial(do.switch_language, lang))
            act.setCheckable(True)
            self.lang_group.addAction(act)
            self.act_lang[lang] = act
        self.check_language(language)
        w = window

        bar = w.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(do.fill_recent)
        for act in (self.act_add, self.act_open, self.act_save, self.act_save_as):
            self.menu_file.addAction(act)
        self.menu_file.insertMenu(self.act_save, self.menu_recent)
        self.menu_file.addSeparator()
        for act in self.act_export.values():
            self.menu_file.addAction(act)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        for act in (self.act_undo, self.act_redo, self.act_find, self.act_next_review):
            self.menu_edit.addAction(act)
        self.menu_view = bar.addMenu("")
        for act in self.act_views:
            self.menu_view.addAction(act)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_reset_layout)
        self.menu_lang = bar.addMenu("")
        for act in self.act_lang.values():
            self.menu_lang.addAction(act)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_guide)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&Tệp"))
        self.menu_recent.setTitle(self.tr("Mở &gần đây"))
        self.menu_edit.setTitle(self.tr("&Sửa"))
        self.menu_view.setTitle(self.tr("&Xem"))
        self.menu_lang.setTitle(self.tr("&Ngôn ngữ"))
        self.menu_help.setTitle(self.tr("Trợ &giúp"))
        self.act_guide.setText(self.tr("&Hướng dẫn sử dụng"))
        self.act_about.setText(self.tr("&Giới thiệu plancompare"))
        self.act_open.setText(self.tr("&Mở dự án…"))
        self.act_save.setText(self.tr("&Lưu dự án"))
        self.act_save_as.setText(self.tr("Lưu dự án &thành…"))
        self.act_add.setText(self.tr("&Thêm kế hoạch…"))
        self.act_quit.setText(self.tr("Th&oát"))
        lang = ui_language()
        for kind, act in self.act_export.items():
            act.setText(EXPORTERS[kind].action(lang) + "…")
        self.act_find.setText(self.tr("&Tìm trong bảng"))
        self.act_next_review.setText(self.tr("Ô &cần xem lại tiếp theo"))
        self.act_reset_layout.setText(self.tr("Đặt lại bố cục cửa sổ"))
        for i, act in enumerate(self.act_views):
            act.setText(self._tabs.tabText(i))
        self.act_lang["vi"].setText("Tiếng Việt")  # each language in its own name, never translated
        self.act_lang["en"].setText("English")

    def update_undo(self, stack: QUndoStack) -> None:
        """Undo/redo say what they would undo ("Hoàn tác: xác nhận KL91-4 · …")."""
        undo, redo = stack.undoText(), stack.redoText()
        self.act_undo.setText(self.tr("&Hoàn tác") + (f": {undo}" if undo else ""))
        self.act_redo.setText(self.tr("&Làm lại") + (f": {redo}" if redo else ""))
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())

    def set_exports_enabled(self, enabled: bool) -> None:
        for act in self.act_export.values():
            act.setEnabled(enabled)

    def check_language(self, lang: str) -> None:
        for code, act in self.act_lang.items():
            act.setChecked(code == lang)
