"""The Word briefing note's header and signature fields, asked before the export is written."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.settings import EXPORT_FIELDS

# What write_docx prints when a field is left empty; shown as the field's placeholder.
DEFAULTS = {"issuer": "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "place": "Hà Nội"}


class ExportOptionsDialog(QDialog):
    """Issuing body, parent body, place, signer and title for the briefing note (Nghị định 30)."""

    def __init__(self, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(self.tr("Thông tin văn bản báo cáo"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Các thông tin này in ở phần đầu và phần ký của báo cáo Word; "
                              "có thể sửa lại trong Word."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        labels = {
            "parent_body": self.tr("Cơ quan chủ quản"),
            "issuer": self.tr("Cơ quan ban hành"),
            "place": self.tr("Địa danh"),
            "signer": self.tr("Người ký"),
            "signer_title": self.tr("Chức vụ người ký"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for key in ("parent_body", "issuer", "place", "signer", "signer_title"):
            edit = QLineEdit(values.get(key, ""))
            edit.setObjectName(key)
            if key in DEFAULTS:
                edit.setPlaceholderText(DEFAULTS[key])
            form.addRow(labels[key], edit)
            self.fields[key] = edit
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        """The fields as typed, trimmed (empty means: the writer's default)."""
        return {key: self.fields[key].text().strip() for key in EXPORT_FIELDS}


def docx_kwargs(values: dict[str, str]) -> dict[str, str]:
    """Keyword arguments for write_docx: empty fields are left out so its defaults apply."""
    return {key: value for key, value in values.items() if value}
