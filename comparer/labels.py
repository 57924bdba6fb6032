"""Every heading, sheet name and status word the Excel and Word exports print, in one language."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from comparer.glossary import load_glossary
from comparer.models import Plan, Status

_VI = load_glossary("vi")


@dataclass(frozen=True)
class ExportLabels:
    """Words the writers print; the defaults are Vietnamese (``ExportLabels.vietnamese()``).

    Templates use ``str.format`` fields named in each attribute's default. desktop/ may build
    its own instance from translated strings; the engine itself never picks a language.
    """

    language: str = "vi-VN"  # document language tag: Word's spelling check, file properties

    # Sheet names (Excel allows 31 characters, no []:*?/\).
    sheet_summary: str = "Tổng hợp"
    sheet_gaps: str = "Khoảng trống"
    sheet_overlaps: str = _VI.shared
    sheet_emphases: str = "Điểm nhấn"
    sheet_details: str = "Chi tiết"
    sheet_sources: str = "Nguồn"

    # Words for values.
    status_covered: str = _VI.status_covered  # statuses, flags and key points: comparer/glossary.py
    status_partial: str = _VI.status_partial
    status_missing: str = _VI.status_missing
    level_task: str = "Nhiệm vụ"
    level_key_point: str = _VI.key_point
    yes: str = "Có"
    no: str = "Không"
    reviewed: str = _VI.reviewed
    automatic: str = "Tự động"
    needs_review: str = _VI.needs_review
    reviewed_suffix: str = ", " + _VI.reviewed.lower()
    addressed: str = _VI.addressed
    emphasis_unique_key_point: str = _VI.key_point + " chỉ kế hoạch này có"
    emphasis_salient_term: str = "Thuật ngữ nổi bật"
    emphasis_local_initiative: str = "Nhiệm vụ riêng của địa phương"
    overlap_shared: str = "Nhiều kế hoạch cùng đề cập"
    overlap_similar: str = "Nhiệm vụ tương tự giữa hai kế hoạch"
    decimal_separator: str = ","
    month_names: tuple[str, ...] = ()

    # Column headings.
    col_no: str = "STT"
    col_id: str = "Mã"
    col_reference_item: str = f"{_VI.task}, {_VI.key_point.lower()}"
    col_plan: str = "Kế hoạch"
    col_level: str = "Cấp"
    col_ref_text: str = "Nội dung của văn bản đối chiếu"
    col_candidate: str = _VI.closest
    col_candidate_score: str = _VI.score
    col_needs_review: str = _VI.needs_review
    col_addressed: str = "Đã xử lý"
    col_note: str = "Ghi chú"
    col_kind: str = "Loại"
    col_text: str = "Nội dung"
    col_plans: str = "Các kế hoạch"
    col_plan_count: str = "Số kế hoạch"
    col_other_text: str = "Nội dung tương tự"
    col_score: str = _VI.score
    col_subject: str = "Chủ đề"
    col_count: str = "Số lần xuất hiện"
    col_others_count: str = "Số lần ở kế hoạch khác"
    col_section: str = "Mục"
    col_passage: str = "Nội dung trong kế hoạch"
    col_ref_task: str = "Nhiệm vụ của văn bản đối chiếu"
    col_reason: str = "Từ ngữ trùng khớp"
    col_key_points: str = _VI.key_point
    col_decision: str = "Cách xác định"
    col_file: str = "Tệp"
    col_issuer: str = "Cơ quan ban hành"
    col_number: str = "Số, ký hiệu"
    col_title: str = "Trích yếu"
    col_format: str = "Định dạng"
    col_sha256: str = "Mã băm SHA-256"
    col_task_count: str = "Số nhiệm vụ trích xuất"
    col_covered: str = _VI.status_covered
    col_partial: str = _VI.status_partial
    col_missing: str = _VI.status_missing
    col_coverage: str = _VI.coverage
    col_missing_item: str = "Nội dung còn thiếu"

    # Summary sheet.
    coverage_row: str = "Tỷ lệ bao phủ (%)"
    legend_title: str = "Chú giải"
    legend_score: str = _VI.legend_score
    legend_reviewed: str = _VI.legend_status
    legend_needs_review: str = _VI.legend_review
    coverage_rule: str = _VI.legend_coverage
    chart_title: str = "Tỷ lệ bao phủ theo kế hoạch (%)"

    # Sources sheet.
    src_item: str = "Thông tin"
    src_value: str = "Giá trị"
    src_reference: str = "Văn bản đối chiếu"
    src_provenance: str = "Nguồn gốc nội dung"
    src_completeness: str = "Mức độ đầy đủ"
    src_sources: str = "Tài liệu nguồn"
    src_threshold: str = "Ngưỡng so khớp (0–100)"
    src_review_margin: str = "Biên cần rà soát (điểm)"
    src_created: str = "Ngày lập"
    src_app_version: str = "Phiên bản phần mềm"

    # Word report: national header and title.
    national_title: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str = "Độc lập - Tự do - Hạnh phúc"
    date_line: str = "{place}, ngày {day} tháng {month} năm {year}"
    short_date: str = "{day}/{month}/{year}"
    number_blank: str = "        /BC-"
    number_line: str = "Số: {number}"
    report_title: str = "BÁO CÁO"
    report_subtitle: str = "Kết quả đối chiếu các kế hoạch thực hiện với {reference}"
    plan_with_number_issuer: str = "Kế hoạch số {number} của {issuer}"
    plan_with_issuer: str = "Kế hoạch của {issuer}"
    plan_with_number: str = "Kế hoạch số {number}"
    plan_with_name: str = "Kế hoạch “{name}”"

    # Word report: sections.
    sec_scope: str = "1. Mục đích, phạm vi"
    sec_results: str = "2. Kết quả chung"
    sec_gaps: str = "3. Khoảng trống của từng kế hoạch"
    sec_overlaps: str = "4. Nội dung trùng lặp"
    sec_emphases: str = "5. Điểm nhấn riêng của từng kế hoạch"
    sec_recommendations: str = "6. Kiến nghị"
    scope_intro: str = (
        "Báo cáo đối chiếu {count} kế hoạch thực hiện với {reference} nhằm xác định mức độ cụ thể hóa "
        "các nhiệm vụ, giải pháp; những nội dung còn thiếu, trùng lặp và điểm nhấn riêng của từng kế hoạch. "
        "Các kế hoạch được đối chiếu:"
    )
    scope_reference: str = "Văn bản đối chiếu: {reference}, gồm {tasks} nhiệm vụ và {key_points} nội dung trọng tâm."
    scope_provenance: str = "Nguồn nội dung văn bản đối chiếu: {provenance}"
    scope_completeness: str = "Mức độ đầy đủ: {completeness}"
    scope_method: str = (
        "Phương pháp: từng nội dung của kế hoạch được so sánh tự động với từng nhiệm vụ và nội dung "
        "trọng tâm "
        "của văn bản đối chiếu theo mức độ tương đồng từ ngữ (thang điểm 0–100). Nhiệm vụ được coi là đã "
        "đề cập khi điểm đạt từ {threshold} trở lên; kết quả cách ngưỡng không quá {margin} điểm được đánh "
        "dấu “cần rà soát”. Kết quả đã được cán bộ rà soát được ghi rõ trong Phụ lục."
    )
    results_intro: str = "Mức độ đề cập các nhiệm vụ của {reference} trong từng kế hoạch:"
    results_rule: str = "Tỷ lệ bao phủ tính nhiệm vụ đã đề cập là 1, đề cập một phần là 0,5."
    results_matrix_intro: str = "Mức độ đề cập từng nhiệm vụ (điểm tương đồng cao nhất trong ngoặc):"
    chart_caption: str = "Biểu đồ: tỷ lệ bao phủ (%) của từng kế hoạch, theo thứ tự STT trong bảng trên."
    results_missing_everywhere: str = "Nhiệm vụ chưa được kế hoạch nào đề cập: {tasks}."
    gaps_none: str = "Không phát hiện nội dung còn thiếu."
    gap_task: str = "Nhiệm vụ “{text}” ({ref_id})"
    gap_key_point: str = _VI.key_point + " “{text}” ({ref_id})"
    gap_nearest: str = "“{text}” (điểm {score})"
    gap_no_candidate: str = "Không tìm thấy đoạn nào gần"
    overlaps_none: str = "Không có nội dung trùng lặp giữa các kế hoạch."
    overlaps_shared_intro: str = "Nội dung được nhiều kế hoạch cùng đề cập:"
    overlap_item: str = "“{text}” ({ref_id}): {count} kế hoạch ({plans})."
    similar_intro: str = "Các cặp nhiệm vụ có nội dung tương tự giữa hai kế hoạch:"
    emphases_none: str = "Không có điểm nhấn riêng nổi bật."
    emphasis_terms: str = "Thuật ngữ được nhấn mạnh: {terms}."
    emphasis_term: str = "“{term}” ({count} lần)"
    emphasis_term_shared: str = "“{term}” ({count} lần; các kế hoạch khác: {others} lần)"
    emphasis_key_points: str = "Nội dung trọng tâm chỉ kế hoạch này đề cập: {points}."
    emphasis_local_item: str = "Nhiệm vụ riêng của địa phương: “{text}”."
    rec_missing_task: str = (
        "{plan} chưa đề cập nhiệm vụ “{title}” của {reference}; đề nghị bổ sung nhiệm vụ, giải pháp "
        "cụ thể, phân công cơ quan chủ trì và thời hạn thực hiện."
    )
    rec_missing_key_points: str = (
        "{plan} đã đề cập nhiệm vụ “{title}” nhưng chưa cụ thể hóa: {points}; đề nghị bổ sung các nội dung này."
    )
    rec_review: str = " Kết quả đối chiếu chưa chắc chắn, đề nghị rà soát lại trước khi kết luận."
    rec_missing_everywhere: str = (
        "Nhiệm vụ “{title}” chưa được kế hoạch nào đề cập; đề nghị có văn bản hướng dẫn, đôn đốc "
        "các địa phương bổ sung."
    )
    rec_none: str = (
        "Các kế hoạch đã cơ bản cụ thể hóa đầy đủ các nhiệm vụ của {reference}; đề nghị tiếp tục theo dõi, "
        "đôn đốc tổ chức thực hiện."
    )
    appendix_title: str = "PHỤ LỤC"
    appendix_subtitle: str = "Chi tiết các nội dung của kế hoạch được so khớp với {reference}"
    appendix_attached: str = "(Kèm theo Báo cáo số {number} ngày {date})"
    appendix_none: str = "Không có nội dung nào được so khớp."
    recipients_title: str = "Nơi nhận:"
    recipient_parent: str = "{body} (để báo cáo);"
    recipient_archive: str = "Lưu: VT."
    signer_placeholder: str = "THỦ TRƯỞNG CƠ QUAN"

    @classmethod
    def vietnamese(cls) -> ExportLabels:
        """The Vietnamese labels (the default for every export)."""
        return cls()

    @classmethod
    def english(cls) -> ExportLabels:
        """English labels, for reviewers who do not read Vietnamese."""
        from comparer.labels_en import ENGLISH

        names = {f.name for f in fields(cls)}
        missing = names - ENGLISH.keys()
        if missing:  # pragma: no cover - guarded by a test
            raise KeyError(f"English labels missing: {sorted(missing)}")
        return cls(**ENGLISH)

    def status(self, status: Status) -> str:
        """The word for a coverage status."""
        return {
            Status.COVERED: self.status_covered,
            Status.PARTIAL: self.status_partial,
            Status.MISSING: self.status_missing,
        }[status]

    def level(self, level: str) -> str:
        """The word for a gap/overlap level (``task`` or ``key_point``)."""
        return self.level_task if level == "task" else self.level_key_point

    def emphasis_kind(self, kind: str) -> str:
        """The word for an Emphasis kind; unknown kinds are shown as they are."""
        return {
            "unique_key_point": self.emphasis_unique_key_point,
            "salient_term": self.emphasis_salient_term,
            "local_initiative": self.emphasis_local_initiative,
        }.get(kind, kind)

    def yes_no(self, value: bool) -> str:
        """``yes`` or ``no``."""
        return self.yes if value else self.no

    def decision(self, reviewed: bool) -> str:
        """How a match was decided: by an officer's review or automatically."""
        return self.reviewed if reviewed else self.automatic

    def number(self, value: float, decimals: int = 1) -> str:
        """A number for prose, with the language's decimal separator and no trailing ``,0``."""
        text = f"{value:.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", self.decimal_separator)

    def date_text(self, place: str, day: date) -> str:
        """The place-and-date line, e.g. ``Hà Nội, ngày 05 tháng 01 năm 2026``.

        Nghị định 30/2020/NĐ-CP: days below 10 and the months 1 and 2 take a leading zero.
        """
        month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        month_name = self.month_names[day.month - 1] if len(self.month_names) == 12 else month
        return self.date_line.format(
            place=place, day=f"{day.day:02d}", month=month, month_name=month_name, year=day.year
        )

    def short_date_text(self, day: date) -> str:
        """A date inside a sentence, e.g. ``23/11/2026``."""
        return self.short_date.format(day=f"{day.day:02d}", month=f"{day.month:02d}", year=day.year)

    def plan_phrase(self, plan: Plan) -> str:
        """How prose names a plan: ``Kế hoạch số 245/KH-UBND của UBND thành phố Hà Nội``."""
        if plan.number and plan.issuer:
            return self.plan_with_number_issuer.format(number=plan.number, issuer=plan.issuer)
        if plan.issuer:
            return self.plan_with_issuer.format(issuer=plan.issuer)
        if plan.number:
            return self.plan_with_number.format(number=plan.number)
        return self.plan_with_name.format(name=plan.name)
