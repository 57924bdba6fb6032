"""Every heading, sheet name and status word the Excel and Word exports print, in one language."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

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
    col_similarity: str = "Mức tương đồng"
    col_details_rows: str = "Dòng tại “Chi tiết”"
    details_rows: str = "Dòng {first}–{last}"
    details_row: str = "Dòng {first}"

    # Summary sheet.
    coverage_row: str = "Tỷ lệ bao phủ"
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
    src_method: str = "Phương pháp"
    src_method_text: str = (
        "Mỗi nội dung của kế hoạch được so sánh với từng nhiệm vụ, ý chính của văn bản đối chiếu "
        "theo mức độ tương đồng về từ ngữ (thang 0–100); nhiệm vụ “Đầy đủ” khi có đoạn tương ứng đạt ngưỡng "
        "so khớp và ít nhất một nửa số ý chính, “Một phần” khi mới có một số ý chính; "
        "đoạn gần nhất dưới {floor} điểm không được trích dẫn."
    )
    print_header_date: str = "Ngày lập: {date}"

    # Word report: national header and title.
    national_title: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str = "Độc lập - Tự do - Hạnh phúc"
    date_line: str = "{place}, ngày {day} tháng {month} năm {year}"
    date_line_no_place: str = "Ngày {day} tháng {month} năm {year}"
    short_date: str = "{day}/{month}/{year}"
    number_line: str = "Số: {number}"
    draft_mark: str = "DỰ THẢO"
    report_title: str = "BÁO CÁO"
    report_subtitle: str = "Kết quả rà soát các kế hoạch thực hiện {reference}"
    plan_with_number_issuer: str = "Kế hoạch số {number} của {issuer}"
    plan_with_issuer: str = "Kế hoạch của {issuer}"
    plan_with_number: str = "Kế hoạch số {number}"
    plan_with_name: str = "Kế hoạch “{name}”"
    issuer_of_plan: str = "cơ quan ban hành {plan}"

    # Word report: I. issuance.
    sec_issuance: str = "I. TÌNH HÌNH BAN HÀNH KẾ HOẠCH"
    issuance_intro: str = "Đã rà soát {count} kế hoạch, đối chiếu với các nhiệm vụ của {reference}, gồm:"
    issuance_intro_one: str = "Đã rà soát 01 kế hoạch, đối chiếu với các nhiệm vụ của {reference}:"
    issuance_intro_many: str = "Đã rà soát {count} kế hoạch, đối chiếu với các nhiệm vụ của {reference}, gồm: {plans}."
    issuance_dated: str = " ban hành ngày {date}"
    issuance_implements: str = ", triển khai {parent}"
    issuance_other_parent: str = (
        "; không trực tiếp triển khai {reference}, việc đối chiếu với {reference} để tham khảo."
    )
    method_note: str = (
        "Nội dung từng kế hoạch được so sánh với từng nhiệm vụ, ý chính của {reference} theo "
        "mức độ tương đồng về từ ngữ và được cán bộ rà soát; trường hợp chưa rõ được ghi “{review}”. "
        "Nội dung {reference} dùng để đối chiếu: {provenance}."
    )
    method_note_reviewed: str = " Kết quả đã được cán bộ xác nhận {count} trường hợp."

    # Word report: II. assessment.
    sec_assessment: str = "II. KẾT QUẢ RÀ SOÁT, ĐÁNH GIÁ"
    sub_overall: str = "1. Đánh giá chung"
    overall_many: str = (
        "Các kế hoạch đã cụ thể hóa bình quân {average}% nhiệm vụ của {reference}; cao nhất là {best} "
        "({best_pct}%), thấp nhất là {worst} ({worst_pct}%). {complete}"
    )
    # "Có 0/3 kế hoạch đề cập đủ 8 nhiệm vụ" read as a count no one would write.
    complete_none: str = "Chưa có kế hoạch nào đề cập đủ {tasks} nhiệm vụ."
    complete_some: str = "Có {complete}/{count} kế hoạch đề cập đủ {tasks} nhiệm vụ."
    complete_all: str = "Cả {count} kế hoạch đều đề cập đủ {tasks} nhiệm vụ."
    overall_one: str = "{plan} đã cụ thể hóa {percent}% nhiệm vụ của {reference}."
    common_all: str = "Nội dung chung: cả {count} kế hoạch đều đề cập {shared} nhiệm vụ: {tasks}."
    common_all_but: str = "Nội dung chung: cả {count} kế hoạch đều đề cập các nhiệm vụ của {reference}, trừ {tasks}."
    common_none: str = "Không có nhiệm vụ nào được tất cả các kế hoạch cùng đề cập."
    least_taken: str = "Nhiệm vụ còn ít kế hoạch cụ thể hóa: {tasks}."
    least_item: str = "“{title}” ({missing}/{count} kế hoạch chưa đề cập)"
    table_caption: str = (
        "Tỷ lệ bao phủ tính nhiệm vụ đầy đủ là 1, một phần là 0,5; chi tiết từng nhiệm vụ tại Phụ lục I."
    )
    sub_plans: str = "2. Đánh giá từng kế hoạch"
    plan_lead: str = "{number}. {plan}: "
    plan_takes: str = "đã cụ thể hóa {covered}/{total} nhiệm vụ của {reference}"
    plan_partial: str = "; {count} nhiệm vụ mới đề cập một phần ({tasks})"
    plan_missing: str = "; chưa đề cập {tasks}"
    plan_key_points: str = (
        " Trong các nhiệm vụ đã đề cập, còn {count} ý chính chưa được cụ thể hóa, như {points} "
        "(chi tiết tại Phụ lục {appendix})."
    )
    plan_key_points_none: str = " Các ý chính của những nhiệm vụ đã đề cập được cụ thể hóa đầy đủ."
    plan_emphasis: str = " Điểm nhấn riêng so với các kế hoạch khác: {items}."
    plan_emphasis_term: str = "nhấn mạnh “{term}”"
    plan_tidy: str = (
        " Các nhiệm vụ được giao rõ cơ quan chủ trì, thời hạn và sản phẩm, bảo đảm yêu cầu “rõ người, rõ việc, "
        "rõ thời gian, rõ sản phẩm”."
    )
    plan_untidy: str = (
        " Về tổ chức thực hiện, {agency}/{tasks} nhiệm vụ có cơ quan chủ trì, {deadline}/{tasks} có thời hạn, "
        "{output}/{tasks} có sản phẩm; chưa bảo đảm đầy đủ yêu cầu “rõ người, rõ việc, rõ thời gian, rõ sản phẩm”."
    )
    overall_duty: str = (
        "Về tổ chức thực hiện, {tidy}/{count} kế hoạch giao rõ cơ quan chủ trì, thời hạn và sản phẩm cho "
        "các nhiệm vụ theo yêu cầu “rõ người, rõ việc, rõ thời gian, rõ sản phẩm”."
    )
    plan_short_points: str = " Còn {count} ý chính chưa được cụ thể hóa (Phụ lục {appendix})."
    rec_assign_many: str = (
        "Đối với {plans}: đề nghị phân công rõ cơ quan chủ trì, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ."
    )
    rec_all_plans: str = "tất cả các kế hoạch"
    rec_some_plans: str = "các kế hoạch số {plans}"
    plan_unassigned: str = (
        " Văn bản được rà soát chưa thể hiện việc phân công cơ quan chủ trì, thời hạn và sản phẩm của từng nhiệm vụ."
    )
    and_more: str = "{items} và {count} nội dung khác"
    and_more_tasks: str = "{items} và {count} nhiệm vụ khác"
    list_join: str = ", "
    list_last: str = " và "

    # Word report: III. recommendations.
    sec_recommendations: str = "III. KIẾN NGHỊ, ĐỀ XUẤT"
    rec_everywhere: str = (
        "Nhiệm vụ {tasks} chưa được kế hoạch nào cụ thể hóa; đề nghị có văn bản hướng dẫn, đôn đốc các cơ quan, "
        "đơn vị bổ sung."
    )
    rec_plan_lead: str = "{number}. Đối với {plan}, {request}:"
    rec_higher: str = "kính đề nghị {body} xem xét, chỉ đạo"
    rec_peer: str = "đề nghị {body}"
    rec_lower: str = "yêu cầu {body}"
    rec_add_task: str = "bổ sung nhiệm vụ “{title}” vào {where}"
    rec_add_points: str = "cụ thể hóa {points} tại {where} (nhiệm vụ “{title}”)"
    rec_assign: str = "phân công cơ quan chủ trì, thời hạn hoàn thành và sản phẩm cho {total} nhiệm vụ của kế hoạch"
    rec_assign_some: str = "bổ sung {parts}"
    rec_assign_agency: str = "cơ quan chủ trì cho {count}/{total} nhiệm vụ"
    rec_assign_deadline: str = "thời hạn hoàn thành cho {count}/{total} nhiệm vụ"
    rec_assign_output: str = "sản phẩm cho {count}/{total} nhiệm vụ"
    rec_rest: str = "rà soát, bổ sung {count} nội dung còn thiếu khác nêu tại Phụ lục {appendix}"
    rec_review: str = " ({review})"
    rec_none: str = (
        "Các kế hoạch đã cơ bản cụ thể hóa đầy đủ các nhiệm vụ của {reference}; đề nghị các cơ quan, đơn vị "
        "tiếp tục tổ chức thực hiện, định kỳ báo cáo kết quả."
    )
    section_number: str = "Mục {number}"
    section_part: str = "phần “{name}”"
    part_annex: str = "phụ lục của kế hoạch"
    section_generic: str = "phần nhiệm vụ, giải pháp của kế hoạch"
    positions: tuple[tuple[str, str], ...] = (
        ("gạch đầu dòng", "gạch đầu dòng thứ {n}"),
        ("đoạn", "đoạn thứ {n}"),
        ("mục", "điểm thứ {n}"),
        ("ý", "ý thứ {n}"),
        ("bảng", "bảng {n}, dòng {row}"),
    )

    # Word report: appendices.
    appendix_one: str = "Phụ lục I"
    appendix_one_title: str = "MỨC ĐỘ CỤ THỂ HÓA CÁC NHIỆM VỤ CỦA {reference} TRONG TỪNG KẾ HOẠCH"
    appendix_two: str = "Phụ lục II"
    appendix_two_title: str = "NỘI DUNG CÒN THIẾU TRONG TỪNG KẾ HOẠCH"
    appendix_plan: str = "II.{number}"
    appendix_attached: str = "(Kèm theo Báo cáo số {number} ngày {date} của {issuer})"
    appendix_attached_draft: str = "(Kèm theo Báo cáo ngày {date})"
    appendix_continued: str = "(tiếp theo)"
    col_task_no: str = "Nhiệm vụ"
    col_gap: str = "Nội dung của {reference} chưa được cụ thể hóa"
    col_where: str = "Vị trí đề xuất bổ sung"
    col_nearest: str = "Nội dung gần nhất trong kế hoạch"
    gap_whole_task: str = "Toàn bộ nhiệm vụ {number}: {title}"
    gap_point: str = "{text} (nhiệm vụ {number})"
    no_match: str = "Chưa tìm thấy nội dung tương ứng"
    gaps_none: str = "Không có nội dung còn thiếu."
    review_mark: str = "?"  # the glossary's mark, as in the window, the CLI and Excel
    review_legend: str = "? {review}: sát ngưỡng, chưa được cán bộ rà soát."
    recipients_title: str = "Nơi nhận:"
    recipient_parent: str = "{body} (để báo cáo)"
    recipient_archive: str = "Lưu: VT"

    @classmethod
    def vietnamese(cls) -> ExportLabels:
        """The Vietnamese labels (the default for every export)."""
        return cls()

    @classmethod
    def english(cls) -> ExportLabels:
        """English labels, for reviewers who do not read Vietnamese."""
        from comparer.export.labels_en import ENGLISH

        names = {f.name for f in fields(cls)}
        missing = names - ENGLISH.keys()
        if missing:  # pragma: no cover - guarded by a test
            raise KeyError(f"English labels missing: {sorted(missing)}")
        return cls(**ENGLISH)

    @property
    def is_english(self) -> bool:
        """Whether these labels write English (picks a reference's English provenance)."""
        return self.language.startswith("en")

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
        """A number for prose, with the language's decimal separator and no trailing ``,0``.

        Halves round up, as Excel's "0.0%" does: 1 of 16 is 6,3% in the note and in the workbook
        (Python's own rounding printed 6,2%).
        """
        text = str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", self.decimal_separator)

    def date_text(self, place: str, day: date) -> str:
        """The place-and-date line, e.g. ``Hà Nội, ngày 05 tháng 01 năm 2026``.

        Nghị định 30/2020/NĐ-CP: days below 10 and the months 1 and 2 take a leading zero.
        Without a place the line starts with the day: no city is assumed.
        """
        month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        month_name = self.month_names[day.month - 1] if len(self.month_names) == 12 else month
        return (self.date_line if place else self.date_line_no_place).format(
            place=place, day=f"{day.day:02d}", month=month, month_name=month_name, year=day.year
        )

    def position(self, kind: str, n: int, row: int | None = None) -> str:
        """A position inside a section (extract.py's "gạch đầu dòng 5") as officers write it."""
        template = dict(self.positions).get(kind, kind + " {n}")
        return template.format(n=n, row=row or "")

    def join(self, items: list[str]) -> str:
        """``a, b và c``."""
        if len(items) <= 1:
            return "".join(items)
        return self.list_join.join(items[:-1]) + self.list_last + items[-1]

    def short_date_text(self, day: date) -> str:
        """A date inside a sentence, e.g. ``23/11/2026``."""
        return self.short_date.format(day=f"{day.day:02d}", month=f"{day.month:02d}", year=day.year)

    def plan_phrase(self, plan: Plan, *, inside: bool = False) -> str:
        """How prose names a plan: ``Kế hoạch số 245/KH-UBND của UBND thành phố Hà Nội``.

        ``inside``: the phrase stands inside a sentence; English then says "the plan of …" where a
        sentence would open "The plan of …" (the note read "the lowest The plan of UBND tỉnh Bắc Kạn").
        """
        phrase = self._plan_phrase(plan)
        if inside and phrase.startswith("The "):
            return "the " + phrase[4:]
        return phrase

    def _plan_phrase(self, plan: Plan) -> str:
        if plan.number and plan.issuer:
            return self.plan_with_number_issuer.format(number=plan.number, issuer=plan.issuer)
        if plan.issuer:
            return self.plan_with_issuer.format(issuer=plan.issuer)
        if plan.number:
            return self.plan_with_number.format(number=plan.number)
        return self.plan_with_name.format(name=plan.name)
