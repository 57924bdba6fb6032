"""Help menu contents: a short guide (reading the matrix, statuses, review, export) and the About box."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from comparer import __version__
from comparer.export.export_data import NEAREST_FLOOR_SHARE
from comparer.models import Reference
from desktop.i18n import ui_glossary


class HelpTexts(QObject):
    """The guide and About texts in the UI language; status rules come from the glossary, as in the legend."""

    def guide_html(self) -> str:
        g = ui_glossary()
        e = html.escape
        sections = [
            (self.tr("Đọc ma trận bao phủ"), [
                self.tr("Mỗi hàng là một nhiệm vụ của văn bản đối chiếu (bấm ▸ để xem các ý chính), "
                        "mỗi cột là một kế hoạch. Tiêu đề cột ghi địa phương, số ký hiệu và tỷ lệ bao phủ."),
                self.tr("Số trong ô là mức tương đồng 0–100 của đoạn tương ứng trong kế hoạch; ô chưa có "
                        "vẫn ghi mức của đoạn gần nhất để thấy kế hoạch đã gần đến đâu."),
            ]),
            (self.tr("Ý nghĩa các trạng thái"),
             [g.legend_status, g.legend_point, g.legend_coverage, g.legend_review]),
            (self.tr("Rà soát"), [
                self.tr("Bấm F8 để đến ô hoặc ý chính tiếp theo cần xem lại. Đọc đoạn văn ở khung dưới, "
                        "rồi bấm “Xác nhận”, “Bác bỏ” hoặc “Gán…”. Đoạn đã bác bỏ vẫn hiện, kèm liên kết "
                        "“Khôi phục”."),
                self.tr("Mọi quyết định có thể hoàn tác (Ctrl+Z), được liệt kê ở thẻ “Rà soát” và lưu "
                        "cùng dự án."),
                self.tr("Ở thẻ “Khoảng trống”, chọn một dòng rồi bấm “Đánh dấu đã xử lý…” khi nội dung đã "
                        "được giải quyết ở văn bản khác. Ô lọc không cần gõ dấu: “tri tue” tìm được “trí tuệ”."),
                self.tr("Cột “Đoạn gần nhất” của thẻ “Khoảng trống” chỉ trích đoạn đạt ít nhất {share}% ngưỡng khớp; "
                        "thấp hơn thì ghi “Chưa tìm thấy nội dung tương ứng”, như hai tệp xuất. Khung dưới "
                        "ma trận vẫn liệt kê các đoạn gần nhất để đối chiếu.").format(
                            share=round(NEAREST_FLOOR_SHARE * 100)),
            ]),
            (self.tr("Xuất kết quả"), [
                self.tr("Tệp › Xuất bảng Excel (Ctrl+E): ma trận, khoảng trống, nội dung chung, điểm nhấn "
                        "và chi tiết. Tệp › Xuất báo cáo Word (Ctrl+Shift+E): báo cáo theo thể thức "
                        "Nghị định 30/2020/NĐ-CP."),
                self.tr("Hai tệp xuất dùng cùng trạng thái, cùng con số và cùng dấu “cần xem lại” như "
                        "cửa sổ."),
            ]),
        ]
        heading = self.tr("Hướng dẫn sử dụng plancompare")
        parts = [f"<h2>{e(heading)}</h2>"]
        for title, paragraphs in sections:
            parts.append(f"<h3>{e(title)}</h3>")
            parts.extend(f"<p>{e(p)}</p>" for p in paragraphs)
        return "".join(parts)

    def about_html(self, reference: Reference | None) -> str:
        """Version and where the reference's wording comes from."""
        e = html.escape
        blurb = self.tr("Đối chiếu kế hoạch thực hiện của các địa phương với văn bản của Trung ương. "
                        "Chạy hoàn toàn trên máy này, không gửi tài liệu đi đâu.")
        parts = [f"<h3>plancompare {e(__version__)}</h3>", f"<p>{e(blurb)}</p>"]
        if reference is not None:
            english = ui_glossary().lang == "en"
            provenance = (reference.provenance_en or reference.provenance) if english else reference.provenance
            completeness = (reference.completeness_en or reference.completeness) if english \
                else reference.completeness
            rows = ((self.tr("Văn bản đối chiếu"), reference.name),
                    (self.tr("Nguồn gốc nội dung"), provenance),
                    (self.tr("Mức độ đầy đủ"), completeness))
            parts.extend(f"<p><b>{e(label)}:</b> {e(text)}</p>" for label, text in rows if text)
        return "".join(parts)

    def guide_title(self) -> str:
        return self.tr("Hướng dẫn sử dụng")

    def about_title(self) -> str:
        return self.tr("Giới thiệu plancompare")


class GuideDialog(QDialog):
    """The short guide; it scrolls rather than growing past a 1366×768 screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        texts = HelpTexts(self)
        self.setObjectName("guideDialog")
        self.setWindowTitle(texts.guide_title())
        self.browser = QTextBrowser(self)
        self.browser.setHtml(texts.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)


def show_about(parent: QWidget, reference: Reference | None) -> None:
    """The About box: version and the reference's provenance."""
    texts = HelpTexts(parent)
    QMessageBox.about(parent, texts.about_title(), texts.about_html(reference))
