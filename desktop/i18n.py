"""UI language: installs the Qt translator, and turns engine error codes into translated sentences."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QSplitter, QTreeView, QWidget

from comparer.errors import PlanLoadError, ReferenceLoadError
from comparer.glossary import LANGUAGES, Glossary, load_glossary
from comparer.readers.formats import supported_extensions

SOURCE_LANGUAGE = "vi"  # the strings in the code are Vietnamese; English comes from the .qm
QT_VI = "qt_vi"  # Qt's own texts in Vietnamese (resources/translations/qt_vi.ts)


class Language:
    """Owns the app's one QTranslator; switching installs/removes it, and Qt sends LanguageChange."""

    def __init__(self, translations_dir: Path) -> None:
        self._dir = translations_dir
        self._translator: QTranslator | None = None
        self.current = SOURCE_LANGUAGE

    def available(self) -> list[str]:
        """Languages that can be switched to (Vietnamese always)."""
        langs = [SOURCE_LANGUAGE]
        langs += sorted(p.stem.split("_", 1)[1] for p in self._dir.glob("plancompare_*.qm"))
        return langs

    def switch(self, lang: str) -> bool:
        """Use ``lang``; returns False (and stays as is) when its translation file is missing."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        translator: QTranslator | None = None
        if lang != SOURCE_LANGUAGE:
            translator = QTranslator(app)
            if not translator.load(str(self._dir / f"plancompare_{lang}.qm")):
                return False
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = translator
        if translator is not None:
            QCoreApplication.installTranslator(translator)
        self._use_qt_vietnamese(app, lang == SOURCE_LANGUAGE)
        # Installing or removing a translator posts LanguageChange; deliver it now so every
        # widget has retranslated when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.current = lang
        return True


    def _use_qt_vietnamese(self, app: QCoreApplication, on: bool) -> None:
        """Qt ships no Vietnamese catalogue; ``qt_vi.qm`` names the standard buttons (Lưu, Hủy…).

        One per application (found by name), however many Language objects tests create.
        """
        # The file dialog's "Loại" column comes from the MIME database in the default locale's language.
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if on else QLocale.system())
        installed = app.findChild(QTranslator, QT_VI)
        if on and installed is None:
            translator = QTranslator(app)
            if translator.load(str(self._dir / f"{QT_VI}.qm")):
                translator.setObjectName(QT_VI)
                QCoreApplication.installTranslator(translator)
            else:
                translator.setParent(None)
                translator.deleteLater()
        elif not on and installed is not None:
            QCoreApplication.removeTranslator(installed)
            installed.setParent(None)
            installed.deleteLater()


def use_translated_dialogs(app: QCoreApplication, platform: str = sys.platform) -> None:
    """Qt's own file dialog instead of the desktop's on Linux: the GTK/portal dialog ignores our
    catalogue and showed "Look in", "File name", "Open" in the Vietnamese UI; Qt's widget dialog
    speaks qt_vi.qm. On Windows the native dialog speaks the language of Windows, as users expect."""
    if platform.startswith("linux"):
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    if isinstance(app, QApplication) and app.property(_FITTED) is None:
        # Focus moves into a dialog as it opens: a cheap moment to size its columns (no event filter).
        app.setProperty(_FITTED, True)
        app.focusChanged.connect(_fit_file_dialog)


_FITTED = "plancompareFitsFileDialogs"


def _fit_file_dialog(old: QWidget | None, now: QWidget | None) -> None:
    """Widen Qt's file dialog columns to their Vietnamese headers ("Kích thước", "Ngày sửa") and
    values, and its sidebar to "Máy tính": Qt's defaults clipped them at 1366×768."""
    dialog = now.window() if now is not None else None
    if not isinstance(dialog, QFileDialog) or dialog.property(_FITTED):
        return
    dialog.setProperty(_FITTED, True)
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None and splitter.count() == 2:
        total = sum(splitter.sizes())
        side = min(180, total // 4)
        splitter.setSizes([side, total - side])


def ui_language() -> str:
    """The UI language's code ("vi" or "en"), for engine tables that carry words in both (FORMATS, EXPORTERS).

    The installed translator speaks it (the English .qm translates this "vi" to "en").
    """
    lang = QCoreApplication.translate("Glossary", "vi")
    return lang if lang in LANGUAGES else SOURCE_LANGUAGE


def ui_glossary() -> Glossary:
    """The glossary of the UI language: the same words and number formats as the CLI and the exports.

    The language is the one the installed translator speaks (the English .qm translates this
    "vi" to "en"), so models need no handle on the Language object.
    """
    return load_glossary(ui_language())


def plan_error_message(error: PlanLoadError) -> str:
    """One translated sentence for why a plan file could not be read (engine codes, errors.py)."""
    code = error.code
    if code == "not_found":
        return QCoreApplication.translate("Errors", "Không tìm thấy tệp (đã bị xóa hoặc di chuyển?)")
    if code == "empty":
        return QCoreApplication.translate("Errors", "Tệp rỗng")
    if code == "unsupported":
        return QCoreApplication.translate("Errors", "Định dạng không hỗ trợ (dùng {extensions})").format(
            extensions=supported_extensions())
    if code == "corrupt":
        return QCoreApplication.translate("Errors", "Tệp bị hỏng, không mở được")
    if code == "encrypted":
        return QCoreApplication.translate("Errors", "Tệp có mật khẩu; hãy bỏ mật khẩu rồi thêm lại")
    if code == "too_large":
        return QCoreApplication.translate("Errors", "Tệp quá lớn")
    if code == "no_text":
        # A scanned PDF is read by Tesseract OCR; no_text means it is missing or found nothing.
        return QCoreApplication.translate(
            "Errors", "Bản scan không có lớp chữ và chưa nhận dạng được chữ: cần cài Tesseract OCR "
            "kèm dữ liệu tiếng Việt (tesseract-ocr-vie)")
    if code == "converter_missing":
        return QCoreApplication.translate(
            "Errors", "Cần LibreOffice để đọc định dạng này: hãy cài LibreOffice, hoặc lưu tệp thành .docx")
    if code == "convert_failed":
        return QCoreApplication.translate(
            "Errors", "Chương trình chuyển đổi (LibreOffice/Tesseract) bị lỗi hoặc chạy quá lâu; "
            "hãy thử lại, hoặc lưu tệp thành .docx")
    if code == "unreadable":
        return QCoreApplication.translate("Errors", "Không đọc được tệp")
    return QCoreApplication.translate("Errors", "Không đọc được tệp ({code})").format(code=code)


def file_error_message(code: str) -> str:
    """Translated reason for a project or export file error (ProjectError / ExportError codes)."""
    messages = {
        "not_found": QCoreApplication.translate("Errors", "Không tìm thấy tệp dự án"),
        "corrupt": QCoreApplication.translate("Errors", "Tệp dự án bị hỏng hoặc không phải dự án plancompare"),
        "version": QCoreApplication.translate("Errors", "Tệp dự án được tạo bởi phiên bản mới hơn của chương trình"),
        "locked": QCoreApplication.translate("Errors", "Tệp đang mở trong chương trình khác hoặc chỉ đọc"),
        "permission_denied": QCoreApplication.translate("Errors", "Không có quyền ghi vào thư mục này"),
        "disk_full": QCoreApplication.translate("Errors", "Ổ đĩa đã đầy"),
        "no_folder": QCoreApplication.translate("Errors", "Thư mục không tồn tại"),
        "is_directory": QCoreApplication.translate("Errors", "Đây là một thư mục, không phải tệp"),
        "not_regular": QCoreApplication.translate("Errors", "Không phải tệp thông thường (ống dẫn, thiết bị hay "
                                                  "liên kết)"),
        "too_large": QCoreApplication.translate("Errors", "Tệp dự án quá lớn"),
        "name_too_long": QCoreApplication.translate("Errors", "Tên tệp dài quá 255 ký tự"),
        "unreadable": QCoreApplication.translate("Errors", "Không đọc được tệp"),
    }
    return messages.get(code) or QCoreApplication.translate("Errors", "Không đọc/ghi được tệp")


def reference_warning_message(code: str) -> str:
    """Translated sentence for a reference text that does not read as a task list (comparer.refs.refdoc codes)."""
    if code == "no_task_section":
        return QCoreApplication.translate(
            "Errors", "Không thấy phần “Nhiệm vụ, giải pháp”: nhiệm vụ được lấy từ các mục đánh số của văn bản; "
            "hãy kiểm tra danh sách nhiệm vụ")
    if code == "not_task_list":
        return QCoreApplication.translate(
            "Errors", "Văn bản này không giống một danh sách nhiệm vụ: mỗi đoạn văn được coi là một nhiệm vụ. "
            "Hãy chọn văn bản có phần nhiệm vụ, giải pháp")
    return QCoreApplication.translate("Errors", "Cảnh báo khi đọc văn bản tham chiếu ({code})").format(code=code)


def reference_error_message(error: Exception) -> str:
    """Translated sentence for a reference that could not be loaded."""
    if isinstance(error, PlanLoadError):
        return plan_error_message(error)
    if isinstance(error, ReferenceLoadError):
        return QCoreApplication.translate("Errors", "Văn bản tham chiếu không hợp lệ: {detail}").format(
            detail=error.detail)
    return QCoreApplication.translate("Errors", "Lỗi không mong đợi: {error}").format(error=str(error))
