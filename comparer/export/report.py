"""Readable text for the terminal: the comparison summary and a plan's extracted tasks.

Vietnamese by default (``--lang en`` for English); statuses, scores, flags and plan names come
from the glossary, so the terminal reads like the window and the exports.
"""

from __future__ import annotations

from comparer.export.export_data import nearest_shown
from comparer.glossary import Glossary, load_glossary, plan_names
from comparer.match.status import coverage_percent, status_counts
from comparer.models import Comparison, Plan

# Sentences of the terminal output; the shared words are the glossary's.
_TEXT: dict[str, dict[str, str]] = {
    "vi": {
        "reference": "Văn bản đối chiếu: {name}",
        "wording": "  (nội dung: {provenance})",
        "threshold": "Ngưỡng so khớp: {value}",
        "plan_line": "[{n}] {name} — {file}: {tasks} nhiệm vụ, tỷ lệ bao phủ {percent} ({counts})",
        "task_col": "Nhiệm vụ",
        "legend_marks": "({covered} {covered_word}, {partial} {partial_word}, {missing} {missing_word}, "
                        "{review} {review_word}, {reviewed} {reviewed_word}; số: {score_word})",
        "gaps": "Khoảng trống (nhiệm vụ kế hoạch chưa có):",
        "closest": " — đoạn gần nhất: “{text}” ({score})",
        "no_match": " — chưa tìm thấy nội dung tương ứng",
        "kp_gaps": "Ý chính chưa đầy đủ: {n} (xem --json hoặc tệp Excel)",
        "kp_review": "Ý chính cần xem lại: {items}",
        "shared": "Nội dung chung của nhiều kế hoạch:",
        "shared_item": "  {id} {text}: kế hoạch {plans}",
        "emphases": "Điểm nhấn:",
        "term": "  [{n}] cụm từ “{text}” ×{count} (kế hoạch khác ×{others})",
        "only": "  [{n}] chỉ kế hoạch này có: {id} {text}",
        "local": "  [{n}] sáng kiến địa phương: {text}",
        "tasks_head": "{name}: {count} nhiệm vụ",
        "warning": "cảnh báo: {text}",
        "agency": "cơ quan chủ trì", "partners": "cơ quan phối hợp", "deadline": "thời hạn", "output": "sản phẩm",
        "page": "trang {n}", "table": "bảng {t}, hàng {r}", "line": "dòng {n}", "block": "khối {n}",
    },
    "en": {
        "reference": "Reference: {name}",
        "wording": "  (wording: {provenance})",
        "threshold": "Threshold: {value}",
        "plan_line": "[{n}] {name} — {file}: {tasks} tasks, coverage {percent} ({counts})",
        "task_col": "Task",
        "legend_marks": "({covered} {covered_word}, {partial} {partial_word}, {missing} {missing_word}, "
                        "{review} {review_word}, {reviewed} {reviewed_word}; number: {score_word})",
        "gaps": "Gaps (tasks a plan leaves out):",
        "closest": " — closest: “{text}” ({score})",
        "no_match": " — no corresponding passage found",
        "kp_gaps": "Key points not covered: {n} (see --json or the Excel export)",
        "kp_review": "Key points to review: {items}",
        "shared": "Shared by several plans:",
        "shared_item": "  {id} {text}: plans {plans}",
        "emphases": "Emphases:",
        "term": "  [{n}] term “{text}” ×{count} (others ×{others})",
        "only": "  [{n}] only this plan: {id} {text}",
        "local": "  [{n}] local initiative: {text}",
        "tasks_head": "{name}: {count} tasks",
        "warning": "warning: {text}",
        "agency": "agency", "partners": "partners", "deadline": "deadline", "output": "output",
        "page": "p. {n}", "table": "table {t}, row {r}", "line": "line {n}", "block": "block {n}",
    },
}


def cell_text(g: Glossary, status_mark: str, score: float, flagged: bool, reviewed: bool) -> str:
    """One matrix cell as the terminal prints it: mark, the engine's score, review flag."""
    flag = g.mark_reviewed if reviewed else g.mark_needs_review if flagged else " "
    return f"{status_mark}{g.score_text(score):>4}{flag}"


def text_summary(c: Comparison, lang: str = "vi") -> str:
    """Coverage table, gaps, shared content and emphases as plain text in ``lang``."""
    g = load_glossary(lang)
    t = _TEXT[lang]
    provenance = (c.reference.provenance_en or c.reference.provenance) if lang == "en" else c.reference.provenance
    lines = [t["reference"].format(name=c.reference.name)]
    if c.reference.builtin and provenance:
        lines.append(t["wording"].format(provenance=provenance.split(":")[0]))
    lines.append(t["threshold"].format(value=f"{c.options.threshold:g}"))
    lines.append("")
    names = plan_names(c.plans)
    for p, plan in enumerate(c.plans):
        covered, partial, missing = status_counts(c, p)
        lines.append(t["plan_line"].format(
            n=p + 1, name=names[p], file=plan.name, tasks=plan.task_count,
            percent=g.percent_text(coverage_percent(c, p)), counts=g.counts_text(covered, partial, missing)))
    lines.append("")
    lines.append(f"{t['task_col']:<10}" + "".join(f"  [{p + 1}]   " for p in range(len(c.plans))))
    for i, ref in enumerate(c.reference.tasks):
        row = f"{ref.id:<10}"
        for cells in c.coverage:
            cell = cells[i]
            row += " " + cell_text(g, g.mark(cell.status), cell.score, cell.flagged, cell.reviewed) + " "
        lines.append(row + "  " + ref.title)
    lines.append(t["legend_marks"].format(
        covered=g.mark_covered, covered_word=g.status_covered.lower(), partial=g.mark_partial,
        partial_word=g.status_partial.lower(), missing=g.mark_missing, missing_word=g.status_missing.lower(),
        review=g.mark_needs_review, review_word=g.needs_review.lower(), reviewed=g.mark_reviewed,
        reviewed_word=g.reviewed.lower(), score_word=g.score.lower()))
    task_gaps = [gap for gap in c.gaps if gap.level == "task"]
    if task_gaps:
        lines.append("")
        lines.append(t["gaps"])
        for gap in task_gaps:
            # The floor Word, Excel and the Gaps tab use: an unrelated sentence at 12 is no "closest passage".
            best = nearest_shown(gap, c.options.threshold)
            near = t["no_match"] if best is None else t["closest"].format(
                text=best.text[:90], score=g.score_text(best.score))
            flag = f" ({g.needs_review.lower()})" if gap.needs_review and not gap.addressed else ""
            lines.append(f"  [{gap.plan + 1}] {gap.ref_id} {gap.text}{flag}{near}")
    kp_gaps = [gap for gap in c.gaps if gap.level == "key_point"]
    if kp_gaps:
        lines.append(t["kp_gaps"].format(n=len(kp_gaps)))
        review = [f"[{gap.plan + 1}] {gap.ref_id}" for gap in kp_gaps if gap.needs_review and not gap.addressed]
        if review:
            lines.append(t["kp_review"].format(items=", ".join(review)))
    shared = [o for o in c.overlaps if o.level == "task"]
    if shared:
        lines.append("")
        lines.append(t["shared"])
        for o in shared:
            plans = ", ".join(str(p + 1) for p in o.plans)
            lines.append(t["shared_item"].format(id=o.ref_id, text=o.text, plans=plans))
    if c.emphases:
        lines.append("")
        lines.append(t["emphases"])
        for e in c.emphases:
            if e.kind == "salient_term":
                lines.append(t["term"].format(n=e.plan + 1, text=e.text, count=e.count, others=e.others_count))
            elif e.kind == "unique_key_point":
                lines.append(t["only"].format(n=e.plan + 1, id=e.subject, text=e.text))
            else:
                lines.append(t["local"].format(n=e.plan + 1, text=e.text[:110]))
    return "\n".join(lines)


def text_tasks(plan: Plan, lang: str = "vi") -> str:
    """A plan's extracted tasks, one block each, with section path and attributes."""
    t = _TEXT[lang]
    head = t["tasks_head"].format(name=plan.name, count=len(plan.tasks))
    lines = [head + (f" ({plan.number} · {plan.issuer})" if plan.number else "")]
    for w in plan.warnings:
        lines.append(t["warning"].format(text=w))
    for task in plan.tasks:
        loc = task.location
        parts = []
        if loc.page is not None:
            parts.append(t["page"].format(n=loc.page))
        if loc.table is not None:
            parts.append(t["table"].format(t=loc.table, r=loc.row))
        elif loc.line is not None:
            parts.append(t["line"].format(n=loc.line))
        if not parts:
            parts.append(t["block"].format(n=loc.block + 1))
        lines.append("")
        lines.append(f"{task.id} [{task.section_path}] ({', '.join(parts)})")
        lines.append(f"  {task.text}")
        for key in ("agency", "partners", "deadline", "output"):
            value = getattr(task, key)
            if value:
                lines.append(f"  {t[key]}: {value}")
    return "\n".join(lines)
