"""The Word briefing note's Nghị định 30 fields, asked before the export is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from comparer.exports import parse_day
from desktop.settings import EXPORT_FIELDS

LINE_FIELDS = ("parent_body", "issuer", "number", "place", "date", "signer_title", "signer")


class ExportOptionsDialog(QDialog):
    """Parent body, issuer, number, place, date, signer's title and name, recipients (Nghị định 30).

    Nothing is filled in for the officer: a field left empty stays empty in the note, which is
    then marked "DỰ THẢO" until the number, issuer, place and signer are given.
    """

    def __init__(self, values: dict[str, str], parent: QWidget | None = None) -> None:
        """``values`` are the fields as last used; the date is never offered again (it would be stale)."""
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(self.tr("Thông tin văn bản báo cáo"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Các thông tin này in ở phần đầu và phần ký của báo cáo Word; "
                              "có thể sửa lại trong Word."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        draft = QLabel(self.tr("Thiếu số văn bản, cơ quan ban hành, địa danh hoặc người ký thì báo cáo "
                               "được ghi “DỰ THẢO”."))
        draft.setWordWrap(True)
        layout.addWidget(draft)
        form = QFormLayout()
        labels = {
            "parent_body": self.tr("Cơ quan chủ quản"),
            "issuer": self.tr("Cơ quan ban hành"),
            "number": self.tr("Số, ký hiệu"),
            "place": self.tr("Địa danh"),
            "date": self.tr("Ngày ban hành"),
            "signer_title": self.tr("Chức vụ người ký"),
            "signer": self.tr("Người ký"),
        }
        hints = {
            "parent_body": self.tr("Ví dụ: UBND thành phố Hà Nội"),
            "issuer": self.tr("Ví dụ: Sở Giáo dục và Đào tạo"),
            "number": self.tr("Ví dụ: 125/BC-SGDĐT"),
            "place": self.tr("Ví dụ: Hà Nội"),
            "date": self.tr("ngày/tháng/năm; để trống: hôm nay"),
            "signer_title": self.tr("GIÁM ĐỐC, KT. GIÁM ĐỐC, Q. GIÁM ĐỐC; nhiều dòng cách nhau bằng |"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for key in LINE_FIELDS:
            edit = QLineEdit(values.get(key, ""))
            edit.setObjectName(key)
            if key in hints:
                edit.setPlaceholderText(hints[key])
            form.addRow(labels[key], edit)
            self.fields[key] = edit
        self.recipients = QPlainTextEdit(values.get("recipients", ""))
        self.recipients.setObjectName("recipients")
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận, ví dụ:\nThành ủy Hà Nội\nLưu: VT, KHTC."))
        self.recipients.setFixedHeight(self.recipients.fontMetrics().lineSpacing() * 5 + 12)
        form.addRow(self.tr("Nơi nhận"), self.recipients)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("exportOptionsError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _accept_if_valid(self) -> None:
        text = self.fields["date"].text().strip()
        if text:
            try:
                parse_day(text)
            except ValueError:
                self.error.setText(self.tr("Ngày ban hành chưa đúng, hãy nhập theo dạng ngày/tháng/năm (23/11/2026)."))
                self.fields["date"].setFocus()
                return
        self.accept()

    def values(self) -> dict[str, str]:
        """The fields as typed, trimmed (empty means: not set); recipients one per line."""
        out = {key: self.fields[key].text().strip() for key in LINE_FIELDS}
        out["recipients"] = "\n".join(
            line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()
        )
        return {key: out.get(key, "") for key in (*EXPORT_FIELDS, "date")}


def docx_kwargs(values: dict[str, str]) -> dict[str, object]:
    """Keyword arguments for write_docx from the dialog's values; empty fields are left out."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if not value:
            continue
        if key == "number":
            out["doc_number"] = value
        elif key == "recipients":
            out["recipients"] = [line for line in value.splitlines() if line.strip()]
        elif key == "date":
            try:
                out["created"] = parse_day(value)
            except ValueError:  # the dialog refuses it; a stale setting is ignored
                continue
        else:
            out[key] = value
    return out

