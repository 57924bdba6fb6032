"""Body of the Word briefing note as Vietnamese offices write a "báo cáo kết quả rà soát".

I. Tình hình ban hành kế hoạch — II. Kết quả rà soát, đánh giá (overall, then plan by plan) —
III. Kiến nghị (per plan, worded for the rank of the body addressed, citing sections) —
Phụ lục I (plans × tasks, landscape, as many tables as the plans need) — Phụ lục II.n (one gap
table per plan). Full lists of overlaps, emphases and matches live in the Excel workbook: the
old note printed 165 pages of similar-task pairs for 20 plans.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from comparer.export.docx_layout import cell_grid, footnote, grid_table, paragraph, shade
from comparer.export.export_data import (
    clip,
    is_framing,
    nearest_shown,
    ordered_gaps,
    parent_task_id,
    quoted,
    reference_text,
    section_ref,
    short_name,
    summarise,
    task_lookup,
    task_number,
    where_to_add,
)
from comparer.export.labels import ExportLabels
from comparer.export.note_facts import assignment, issuance, rank
from comparer.glossary import plan_names
from comparer.match.status import points
from comparer.models import Comparison, Gap, Plan, Status

STATUS_SHADES = {Status.COVERED: "C6EFCE", Status.PARTIAL: "FFEB9C", Status.MISSING: "FFC7CE"}
TEXT_WIDTH_CM = 16.5  # A4 portrait minus 30 + 15 mm margins
WIDE_WIDTH_CM = 25.7  # A4 landscape minus 20 + 20 mm margins
PLANS_PER_TABLE = 8  # plan columns per Phụ lục I table: 2.2 cm each still holds "Đề cập một phần"
FEW_PLANS = 5  # up to this many plans, each plan gets fuller paragraphs and dashes
NAMES_SHOWN = 3  # tasks or key points named in one sentence before "và N nội dung khác"


def dash(doc: DocxDocument, text: str) -> Paragraph:
    """A body line starting with the dash ND 30 documents use for list items."""
    return paragraph(doc, f"- {text}", indent=True)


def heading(doc: DocxDocument, text: str, level: int) -> Paragraph:
    """A section heading: level 1 "I. …" bold upper case, level 2 "1. …" bold."""
    para: Paragraph = doc.add_heading(text, level=level)
    return para


def lead_paragraph(doc: DocxDocument, lead: str, text: str) -> Paragraph:
    """A body paragraph with a bold run-in lead ("2.1. Kế hoạch số …: ") followed by plain text."""
    para = paragraph(doc, indent=True)
    para.add_run(lead).bold = True
    para.add_run(text)
    return para


def _names(labels: ExportLabels, items: Sequence[str], shown: int = NAMES_SHOWN, *, tasks: bool = False) -> str:
    """``“a”, “b” và “c”`` or ``“a”, “b”, “c” và 4 nội dung khác`` (``nhiệm vụ khác`` for tasks)."""
    items = list(items)
    if len(items) <= shown:
        return labels.join(items)
    more = labels.and_more_tasks if tasks else labels.and_more
    return more.format(items=labels.list_join.join(items[:shown]), count=len(items) - shown)


def _title(comparison: Comparison, ref_id: str) -> str:
    return f"“{quoted(reference_text(comparison.reference, ref_id))}”"


# ==== I. ============================================================================================


def issuance_section(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    """I. Which plans, who issued them, when, and what each implements; the method in a footnote."""
    ref = comparison.reference
    name = short_name(ref)
    heading(doc, labels.sec_issuance, 1)
    count = len(comparison.plans)
    intro = labels.issuance_intro if count != 1 else labels.issuance_intro_one
    para = paragraph(doc, intro.format(count=count, reference=name), indent=True)
    reviewed = sum(1 for row in comparison.coverage for c in row if c.reviewed)
    provenance = (ref.provenance_en if labels.is_english and ref.provenance_en else ref.provenance) or ref.name
    # Only the first clause: the rest of a built-in reference's provenance is for the Sources sheet.
    note = labels.method_note.format(
        reference=name, review=labels.needs_review.lower(), provenance=provenance.split(":")[0].rstrip(". ")
    )
    if reviewed:
        note += labels.method_note_reviewed.format(count=reviewed)
    footnote(doc, para, note)
    lines = []
    for plan in comparison.plans:
        facts = issuance(plan, ref)
        text = labels.plan_phrase(plan)
        if facts.date:
            text += labels.issuance_dated.format(date=facts.date)
        if facts.implements_reference:
            text += labels.issuance_implements.format(parent=name) if count <= FEW_PLANS else ""
            lines.append(text + ("." if count <= FEW_PLANS else ""))
        else:
            parents = labels.join(list(facts.parents))
            text += labels.issuance_implements.format(parent=parents)
            lines.append(text + labels.issuance_other_parent.format(reference=name))
    if count <= FEW_PLANS:
        for line in lines:
            dash(doc, line)
        return
    # Many plans: one running list; only a plan that implements another document gets a sentence.
    plans = comparison.plans
    plain = [line for line, plan in zip(lines, plans, strict=True) if issuance(plan, ref).implements_reference]
    para.runs[0].text = labels.issuance_intro_many.format(count=count, reference=name, plans="; ".join(plain))
    for line in lines:
        if line not in plain:
            dash(doc, line)


# ==== II. ===========================================================================================


def assessment_section(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    """II. The overall picture with the coverage table, then one generated paragraph per plan."""
    heading(doc, labels.sec_assessment, 1)
    heading(doc, labels.sub_overall, 2)
    _overall(doc, comparison, labels)
    if comparison.plans:
        _coverage_table(doc, comparison, labels)
    heading(doc, labels.sub_plans, 2)
    for p, _plan in enumerate(comparison.plans):
        _plan_paragraph(doc, comparison, labels, p)


def _overall(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    ref = comparison.reference
    name = short_name(ref)
    plans = comparison.plans
    if not plans:
        return
    summaries = [summarise(comparison, p) for p in range(len(plans))]
    if len(plans) == 1:
        text = labels.overall_one.format(
            plan=labels.plan_phrase(plans[0]), percent=labels.number(summaries[0].percent), reference=name
        )
        paragraph(doc, text, indent=True)
        return
    best = max(range(len(plans)), key=lambda p: summaries[p].percent)
    worst = min(range(len(plans)), key=lambda p: summaries[p].percent)
    average = sum(s.percent for s in summaries) / len(summaries)
    complete = sum(1 for s in summaries if s.missing == 0 and s.partial == 0)
    whole = labels.complete_none if complete == 0 else labels.complete_all if complete == len(plans) \
        else labels.complete_some
    # Best and worst named as the rest of the note names plans (not "298/KH-UBND" beside "UBND tỉnh Bắc Kạn").
    paragraph(doc, labels.overall_many.format(
        average=labels.number(average), reference=name, best=labels.plan_phrase(plans[best], inside=True),
        best_pct=labels.number(summaries[best].percent), worst=labels.plan_phrase(plans[worst], inside=True),
        worst_pct=labels.number(summaries[worst].percent),
        complete=whole.format(complete=complete, count=len(plans), tasks=len(ref.tasks)),
    ), indent=True)  # fmt: skip
    # What every plan takes up is expected, not a finding: one sentence, named "Nội dung chung".
    taken = {t.id: sum(1 for row in comparison.coverage for c in row if c.ref_id == t.id and
                       c.status is not Status.MISSING) for t in ref.tasks}  # fmt: skip
    shared = [t.id for t in ref.tasks if taken[t.id] == len(plans)]
    others = [t.id for t in ref.tasks if taken[t.id] < len(plans)]
    if not shared:
        text = labels.common_none
    elif len(shared) * 2 >= len(ref.tasks) and others:
        titles = [_title(comparison, t) for t in others]
        text = labels.common_all_but.format(count=len(plans), reference=name, tasks=_names(labels, titles, tasks=True))
    else:
        titles = [_title(comparison, t) for t in shared]
        text = labels.common_all.format(count=len(plans), shared=len(shared), tasks=_names(labels, titles, tasks=True))
    paragraph(doc, text, indent=True)
    if len(plans) > FEW_PLANS:  # one sentence instead of the same one in every plan's paragraph
        tidy = sum(1 for plan in plans if assignment(plan).tidy)
        paragraph(doc, labels.overall_duty.format(tidy=tidy, count=len(plans)), indent=True)
    least = sorted((t for t in others if taken[t] < len(plans)), key=lambda t: taken[t])[:2]
    if least:
        items = [labels.least_item.format(title=quoted(reference_text(ref, t)), missing=len(plans) - taken[t],
                                          count=len(plans)) for t in least]  # fmt: skip
        paragraph(doc, labels.least_taken.format(tasks=labels.join(items)), indent=True)


def _coverage_table(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    rows = []
    for i, plan in enumerate(comparison.plans, 1):
        s = summarise(comparison, i - 1)
        name = f"{plan.label} ({plan.issuer})" if plan.issuer and plan.issuer != plan.label else plan.label
        rows.append([str(i), name, str(s.covered), str(s.partial), str(s.missing), f"{labels.number(s.percent)}%"])
    # The last column 2.5 cm: at 2.0 the English header broke as "Coverag" / "e".
    headers = [labels.col_no, labels.col_plan, labels.col_covered, labels.col_partial, labels.col_missing,
               labels.col_coverage]  # fmt: skip
    grid_table(doc, headers, rows, [1.2, 6.8, 2.0, 2.0, 2.0, 2.5], centred=(0, 2, 3, 4, 5),
               keep_together=len(rows) <= 25)  # fmt: skip
    caption = paragraph(doc, labels.table_caption, italic=True, size=12, indent=True)
    caption.paragraph_format.space_before = Pt(3)


def _plan_paragraph(doc: DocxDocument, comparison: Comparison, labels: ExportLabels, p: int) -> None:
    ref = comparison.reference
    plan = comparison.plans[p]
    s = summarise(comparison, p)
    cells = comparison.coverage[p]
    text = labels.plan_takes.format(covered=s.covered, total=len(ref.tasks), reference=short_name(ref))
    few = len(comparison.plans) <= FEW_PLANS
    partial = [_title(comparison, c.ref_id) for c in cells if c.status is Status.PARTIAL]
    missing = [_title(comparison, c.ref_id) for c in cells if c.status is Status.MISSING]
    if partial:
        named = _names(labels, partial, NAMES_SHOWN if few else 1, tasks=True)
        text += labels.plan_partial.format(count=len(partial), tasks=named)
    if missing:
        text += labels.plan_missing.format(tasks=_names(labels, missing, NAMES_SHOWN if few else 2, tasks=True))
    text += "."
    kp_gaps = [g for g in ordered_gaps(comparison, p) if g.level != "task"]
    appendix = labels.appendix_plan.format(number=p + 1)
    if kp_gaps and not few:
        text += labels.plan_short_points.format(count=len(kp_gaps), appendix=appendix)
    elif kp_gaps:
        points = [f"“{quoted(g.text)}”" for g in kp_gaps]
        text += labels.plan_key_points.format(count=len(kp_gaps), points=_names(labels, points), appendix=appendix)
    elif s.covered + s.partial:
        text += labels.plan_key_points_none
    stress = _emphases(comparison, labels, p)
    if stress:
        text += labels.plan_emphasis.format(items=labels.join(stress))
    duty = assignment(plan)
    if not few:
        pass  # said once for all plans in the overall assessment
    elif duty.tidy:
        text += labels.plan_tidy
    elif duty.carried:
        text += labels.plan_untidy.format(tasks=duty.tasks, agency=duty.agency, deadline=duty.deadline,
                                          output=duty.output)  # fmt: skip
    else:
        text += labels.plan_unassigned
    lead = labels.plan_lead.format(number=f"2.{p + 1}", plan=labels.plan_phrase(plan))
    lead_paragraph(doc, lead, text[:1].upper() + text[1:] if labels.is_english else text)


def _emphases(comparison: Comparison, labels: ExportLabels, p: int, cap: int = 2) -> list[str]:
    """At most ``cap`` things only this plan stresses: key points first, then local initiatives, terms."""
    order = {"unique_key_point": 0, "local_initiative": 1, "salient_term": 2}
    items = sorted((e for e in comparison.emphases if e.plan == p), key=lambda e: (order.get(e.kind, 3), -e.score))
    out: list[str] = []
    for e in items:
        if e.kind == "salient_term":
            if e.others_count == 0:
                out.append(labels.plan_emphasis_term.format(term=e.subject))
        elif e.text and e.text.strip(" .…") and not is_framing(e.text):
            out.append(f"“{quoted(clip(e.text, 30))}”")
        if len(out) == cap:
            break
    return out


# ==== III. ==========================================================================================


def recommendations_section(
    doc: DocxDocument, comparison: Comparison, labels: ExportLabels, issuer: str
) -> None:
    """III. Per plan, what to add where, addressed to the plan's issuer as its rank requires."""
    ref = comparison.reference
    heading(doc, labels.sec_recommendations, 1)
    plans = comparison.plans
    everywhere = [t.id for t in ref.tasks if len(plans) > 1 and all(
        c.status is Status.MISSING for row in comparison.coverage for c in row if c.ref_id == t.id)]  # fmt: skip
    written = 0
    if everywhere:
        tasks = _names(labels, [_title(comparison, t) for t in everywhere], tasks=True)
        paragraph(doc, labels.rec_everywhere.format(tasks=tasks), indent=True)
        written += 1
    own_rank = rank(issuer) if issuer else 2
    number = 0
    for p, plan in enumerate(plans):
        items = _plan_recommendations(comparison, labels, p, set(everywhere), own_rank)
        if not items:
            continue
        number += 1
        written += 1
        lead = labels.rec_plan_lead.format(number=number, plan=labels.plan_phrase(plan, inside=True),
                                           request=_request(labels, plan, own_rank))  # fmt: skip
        if len(plans) <= FEW_PLANS:
            paragraph(doc, lead, indent=True).paragraph_format.keep_with_next = True
            for i, item in enumerate(items):
                dash(doc, item[:1].upper() + item[1:] + (";" if i < len(items) - 1 else "."))
        else:  # many plans: one paragraph each keeps the note short
            lead_paragraph(doc, "", lead + " " + "; ".join(items) + ".")
    loose = [plan.label for plan in plans if _needs_assignment(plan, True)]
    if len(plans) > FEW_PLANS and loose:  # one item for all of them, not the same sentence twenty times
        which = labels.rec_all_plans if len(loose) == len(plans) else labels.rec_some_plans.format(
            plans=_names(labels, loose, len(loose)))  # fmt: skip
        paragraph(doc, f"{number + 1}. " + labels.rec_assign_many.format(plans=which), indent=True)
        written += 1
    if not written:
        paragraph(doc, labels.rec_none.format(reference=short_name(ref)), indent=True)


def _assign_text(labels: ExportLabels, plan: Plan) -> str:
    """What the plan should add so that each task has a lead agency, deadline and output, with counts."""
    duty = assignment(plan)
    if not duty.carried:
        return labels.rec_assign.format(total=duty.tasks)
    parts = [
        template.format(count=duty.tasks - have, total=duty.tasks)
        for template, have in ((labels.rec_assign_agency, duty.agency), (labels.rec_assign_deadline, duty.deadline),
                               (labels.rec_assign_output, duty.output))
        if have < duty.tasks
    ]  # fmt: skip
    return labels.rec_assign_some.format(parts=labels.join(parts))


def _needs_assignment(plan: Plan, has_gaps: bool) -> bool:
    duty = assignment(plan)
    return (duty.carried and not duty.tidy) or (not duty.carried and has_gaps)


def _request(labels: ExportLabels, plan: Plan, own_rank: int) -> str:
    body = plan.issuer or labels.issuer_of_plan.format(plan=labels.plan_phrase(plan, inside=True))
    theirs = rank(plan.issuer) if plan.issuer else own_rank
    template = labels.rec_higher if theirs > own_rank else labels.rec_lower if theirs < own_rank else labels.rec_peer
    return template.format(body=body)


def _plan_recommendations(
    comparison: Comparison, labels: ExportLabels, p: int, everywhere: set[str], own_rank: int
) -> list[str]:
    ref = comparison.reference
    plan = comparison.plans[p]
    cap = 4 if len(comparison.plans) <= FEW_PLANS else 2
    review = labels.rec_review.format(review=labels.needs_review.lower())
    gaps = [g for g in ordered_gaps(comparison, p) if not g.addressed]
    items: list[tuple[str, int]] = []  # (sentence, gaps it covers)
    for gap in gaps:
        if gap.level == "task" and gap.ref_id not in everywhere:
            text = labels.rec_add_task.format(title=quoted(gap.text),
                                              where=where_to_add(comparison, gap, labels))  # fmt: skip
            items.append((text + (review if gap.needs_review else ""), 1))
    by_task: dict[str, list[Gap]] = {}
    for gap in gaps:
        if gap.level != "task":
            by_task.setdefault(parent_task_id(ref, gap.ref_id), []).append(gap)
    # Tasks with the most missing key points first: that is where the plan is thinnest.
    for task_id, kp_gaps in sorted(by_task.items(), key=lambda kv: -len(kv[1])):
        points = _names(labels, [f"“{quoted(g.text)}”" for g in kp_gaps], 2)
        text = labels.rec_add_points.format(points=points, title=quoted(reference_text(ref, task_id)),
                                            where=where_to_add(comparison, kp_gaps[0], labels))  # fmt: skip
        items.append((text + (review if any(g.needs_review for g in kp_gaps) else ""), len(kp_gaps)))
    out = [text for text, _ in items[:cap]]
    rest = sum(n for _, n in items[cap:])
    if rest:
        out.append(labels.rec_rest.format(count=rest,
                                          appendix=labels.appendix_plan.format(number=p + 1)))  # fmt: skip
    if len(comparison.plans) <= FEW_PLANS and _needs_assignment(plan, bool(items)):
        out.append(_assign_text(labels, plan))
    return out


# ==== Appendices ====================================================================================


def _appendix_head(doc: DocxDocument, labels: ExportLabels, name: str, title: str, attached: str) -> None:
    centre = WD_ALIGN_PARAGRAPH.CENTER
    paragraph(doc, name, bold=True, align=centre, space_after=0).paragraph_format.keep_with_next = True
    paragraph(doc, title, bold=True, align=centre, space_after=0).paragraph_format.keep_with_next = True
    para = paragraph(doc, attached, italic=True, align=centre)
    para.paragraph_format.space_after = Pt(12)
    para.paragraph_format.keep_with_next = True


def appendix_matrix(doc: DocxDocument, comparison: Comparison, labels: ExportLabels, attached: str) -> None:
    """Phụ lục I: plans × tasks, status words on status colours, eight plans per table."""
    ref = comparison.reference
    _appendix_head(doc, labels, labels.appendix_one,
                   labels.appendix_one_title.format(reference=short_name(ref).upper()), attached)  # fmt: skip
    cells = {(c.plan, c.ref_id): c for row in comparison.coverage for c in row}
    count = len(comparison.plans)
    flagged = False
    for start in range(0, max(count, 1), PLANS_PER_TABLE):
        chunk = list(range(start, min(count, start + PLANS_PER_TABLE)))
        if start:
            para = paragraph(doc, f"{labels.appendix_one} {labels.appendix_continued}", italic=True,
                             align=WD_ALIGN_PARAGRAPH.CENTER)  # fmt: skip
            para.paragraph_format.page_break_before = True
            para.paragraph_format.keep_with_next = True
        # Few plans: wider plan columns, so "Hà Nội / 285-KH/TU" is not broken as "· 285-" / "KH/TU".
        plan_w = min(3.6, max(2.2, (WIDE_WIDTH_CM - 1.4 - 12.0) / max(len(chunk), 1)))
        task_w = min(WIDE_WIDTH_CM - 1.4 - plan_w * max(len(chunk), 1), 12.0)
        rows = []
        for n, task in enumerate(ref.tasks, 1):
            row = [str(n), task.title]
            for p in chunk:
                cell = cells.get((p, task.id))
                word = labels.status(cell.status if cell else Status.MISSING)
                if cell is not None:
                    word += f" ({points(cell.score)})"  # the cell's one score, as every face prints it
                if cell is not None and cell.flagged:
                    word += f" {labels.review_mark}"
                    flagged = True
                row.append(word)
            rows.append(row)
        coverage = [f"{labels.number(summarise(comparison, p).percent)}%" for p in chunk]
        rows.append(["", labels.col_coverage, *coverage])
        names = plan_names(comparison.plans)  # as the window, the CLI and Excel name them
        # Place and number on their own lines: a column header never breaks inside "285-KH/TU".
        headers = [labels.col_no, labels.col_task_no, *(f"{p + 1}. {names[p]}".replace(" · ", "\n") for p in chunk)]
        table = grid_table(doc, headers, rows, [1.4, task_w, *([plan_w] * len(chunk))],
                           centred=tuple(range(2, 2 + len(chunk))) + (0,), keep_together=True)  # fmt: skip
        grid = cell_grid(table)
        for r, task in enumerate(ref.tasks, 1):
            for c, p in enumerate(chunk):
                cell = cells.get((p, task.id))
                shade(grid[r][2 + c], STATUS_SHADES[cell.status if cell else Status.MISSING])
        for c in range(len(headers)):
            for run in grid[-1][c].paragraphs[0].runs:
                run.bold = True
    if flagged:
        paragraph(doc, labels.review_legend.format(review=labels.needs_review), italic=True, size=12)


def appendix_gaps(doc: DocxDocument, comparison: Comparison, labels: ExportLabels, attached: str) -> None:
    """Phụ lục II: one table per plan of what it leaves out, where it belongs, and the closest passage."""
    ref = comparison.reference
    # Its own section (a copy of Phụ lục I's: landscape, numbers from 1 again): ND 30 numbers each
    # appendix's pages apart; a page break left Phụ lục II opening on page "2".
    doc.add_section(WD_SECTION.NEW_PAGE)
    _appendix_head(doc, labels, labels.appendix_two, labels.appendix_two_title, attached)
    threshold = comparison.options.threshold
    for p, plan in enumerate(comparison.plans):
        title = f"{labels.appendix_plan.format(number=p + 1)}. {labels.plan_phrase(plan)}"
        para = paragraph(doc, title, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        para.paragraph_format.keep_with_next = True
        para.paragraph_format.space_before = Pt(6)
        plan_gaps = ordered_gaps(comparison, p)
        if not plan_gaps:
            paragraph(doc, labels.gaps_none, indent=True)
            continue
        tasks = task_lookup(plan)
        rows = []
        for i, gap in enumerate(plan_gaps, 1):
            number = task_number(ref, gap.ref_id)
            if gap.level == "task":
                what = labels.gap_whole_task.format(number=number, title=quoted(gap.text))
            else:
                what = labels.gap_point.format(number=number, text=quoted(gap.text))
            best = nearest_shown(gap, threshold)
            if best is not None:
                place = tasks[best.task_id].section if best.task_id in tasks else ()
                near = f"“{quoted(clip(best.text))}”"
                cited = section_ref(place, labels)
                if cited:
                    near += f" ({cited})"
            else:
                near = labels.no_match
            note = ""
            if gap.needs_review and not gap.addressed:
                note = labels.needs_review
            if gap.addressed:
                note = labels.addressed
            if gap.note:
                note = f"{note}; {gap.note}" if note else gap.note
            rows.append([str(i), what, where_to_add(comparison, gap, labels), near, note])
        headers = [labels.col_no, labels.col_gap.format(reference=short_name(ref)), labels.col_where,
                   labels.col_nearest, labels.col_note]  # fmt: skip
        grid_table(doc, headers, rows, [1.2, 8.3, 5.0, 8.5, 2.7], centred=(0,))
