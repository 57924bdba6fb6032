"""Body of the Word briefing note: scope, results, gaps, overlaps, emphases, recommendations, appendix."""

from __future__ import annotations

import io

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from comparer.docx_layout import cell_grid, grid_table, paragraph, shade
from comparer.export_data import (
    key_point_count,
    nearest,
    ordered_gaps,
    parent_task_id,
    quoted,
    reference_text,
    short_name,
    summarise,
    task_lookup,
)
from comparer.glossary import plan_names
from comparer.labels import ExportLabels
from comparer.models import Comparison, Gap, Status
from comparer.png_chart import bar_chart_png
from comparer.status import points

STATUS_SHADES = {Status.COVERED: "C6EFCE", Status.PARTIAL: "FFEB9C", Status.MISSING: "FFC7CE"}
MATRIX_MAX_PLANS = 5  # wider matrices do not fit a portrait page; the Excel file has them all
TEXT_WIDTH_CM = 16.5  # A4 portrait minus 30 + 15 mm margins


def dash(doc: DocxDocument, text: str) -> None:
    """A body line starting with the dash ND 30 documents use for list items."""
    paragraph(doc, f"- {text}", indent=True)


def scope(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    """Section 1: which plans, which reference and where its wording comes from, how matching works."""
    ref = comparison.reference
    doc.add_heading(labels.sec_scope, level=1)
    paragraph(doc, labels.scope_intro.format(count=len(comparison.plans), reference=short_name(ref)), indent=True)
    for plan in comparison.plans:
        title = f": {plan.title}" if plan.title and plan.title not in labels.plan_phrase(plan) else ""
        dash(doc, f"{labels.plan_phrase(plan)}{title} ({plan.name}).")
    paragraph(
        doc,
        labels.scope_reference.format(reference=ref.name, tasks=len(ref.tasks), key_points=key_point_count(ref)),
        indent=True,
    )
    if ref.provenance:
        paragraph(doc, labels.scope_provenance.format(provenance=ref.provenance), indent=True)
    if ref.completeness:
        paragraph(doc, labels.scope_completeness.format(completeness=ref.completeness), indent=True)
    options = comparison.options
    method = labels.scope_method.format(
        threshold=labels.number(options.threshold), margin=labels.number(options.review_margin)
    )
    paragraph(doc, method, indent=True)


def results(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    """Section 2: coverage per plan as a table, a bar chart, and (few plans) a task × plan matrix."""
    ref = comparison.reference
    doc.add_heading(labels.sec_results, level=1)
    paragraph(doc, labels.results_intro.format(reference=short_name(ref)), indent=True)
    rows = []
    percents = []
    for i, plan in enumerate(comparison.plans, 1):
        s = summarise(comparison, i - 1)
        percents.append(s.percent)
        name = f"{plan.label} ({plan.issuer})" if plan.issuer else plan.label
        rows.append([str(i), name, str(s.covered), str(s.partial), str(s.missing), f"{labels.number(s.percent)}%"])
    headers = [labels.col_no, labels.col_plan, labels.col_covered, labels.col_partial, labels.col_missing,
               labels.col_coverage]  # fmt: skip
    grid_table(doc, headers, rows, [1.3, 6.4, 2.1, 2.1, 2.2, 2.4], centred=(0, 2, 3, 4, 5))
    rule_note = paragraph(doc, labels.results_rule, italic=True, size=12, indent=True)
    rule_note.paragraph_format.space_before = Pt(3)
    png = bar_chart_png(percents, width=1200, height=440)
    doc.add_picture(io.BytesIO(png), width=Cm(15))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    paragraph(doc, labels.chart_caption, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    if len(comparison.plans) <= MATRIX_MAX_PLANS:
        _matrix(doc, comparison, labels)
    every_cell = [c for row in comparison.coverage for c in row]
    nobody = [t for t in ref.tasks if all(c.status is Status.MISSING for c in every_cell if c.ref_id == t.id)]
    if nobody and comparison.plans:
        names = "; ".join(f"“{quoted(t.title)}” ({t.id})" for t in nobody)
        paragraph(doc, labels.results_missing_everywhere.format(tasks=names), indent=True)


def _matrix(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    paragraph(doc, labels.results_matrix_intro, indent=True).paragraph_format.keep_with_next = True
    count = len(comparison.plans)
    plan_w = 2.6
    widths = [1.7, TEXT_WIDTH_CM - 1.7 - plan_w * count, *([plan_w] * count)]
    cells = {(c.plan, c.ref_id): c for row in comparison.coverage for c in row}
    rows = []
    for task in comparison.reference.tasks:
        row = [task.id, task.title]
        for p in range(count):
            cell = cells.get((p, task.id))
            if cell is None:
                row.append(labels.status_missing)
                continue
            # Words, not "✓": Times New Roman has no check mark and Word would swap fonts mid-cell.
            mark = labels.reviewed_suffix if cell.reviewed else ""
            if cell.flagged:
                mark = f", {labels.needs_review.lower()}"
            row.append(f"{labels.status(cell.status)} ({points(cell.score)}){mark}")
        rows.append(row)
    table = grid_table(doc, [labels.col_id, labels.col_reference_item, *plan_names(comparison.plans)],
                       rows, widths, small=True, centred=tuple(range(2, 2 + count)))  # fmt: skip
    grid = cell_grid(table)
    for r, task in enumerate(comparison.reference.tasks, 1):
        for p in range(count):
            cell = cells.get((p, task.id))
            shade(grid[r][2 + p], STATUS_SHADES[cell.status if cell else Status.MISSING])


def _gap_note(gap: Gap, labels: ExportLabels) -> str:
    notes = []
    if gap.needs_review:
        notes.append(labels.needs_review)
    if gap.addressed:
        notes.append(labels.addressed)
    if gap.note:
        notes.append(gap.note)
    return "; ".join(notes)


def gaps(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    """Section 3: per plan, what it leaves out, task-level gaps first, with the nearest passage."""
    doc.add_heading(labels.sec_gaps, level=1)
    for p, plan in enumerate(comparison.plans):
        doc.add_heading(f"3.{p + 1}. {labels.plan_phrase(plan)}", level=2)
        plan_gaps = ordered_gaps(comparison, p)
        if not plan_gaps:
            paragraph(doc, labels.gaps_none, indent=True)
            continue
        rows = []
        for i, gap in enumerate(plan_gaps, 1):
            template = labels.gap_task if gap.level == "task" else labels.gap_key_point
            best = nearest(gap)
            near = (
                labels.gap_nearest.format(text=quoted(best.text), score=points(best.score))
                if best
                else labels.gap_no_candidate
            )
            rows.append(
                [str(i), template.format(text=quoted(gap.text), ref_id=gap.ref_id), near, _gap_note(gap, labels)]
            )
        headers = [labels.col_no, labels.col_missing_item, labels.col_candidate, labels.col_note]
        grid_table(doc, headers, rows, [1.3, 6.1, 6.5, 2.6], centred=(0,))


def overlaps(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    """Section 4: content several plans take up, and pairs of near-identical tasks."""
    doc.add_heading(labels.sec_overlaps, level=1)
    plans = comparison.plans
    labels_of = plan_names(plans)  # as the window, the CLI and the matrix name them
    if not comparison.overlaps and not comparison.similar_pairs:
        paragraph(doc, labels.overlaps_none, indent=True)
        return
    if comparison.overlaps:
        paragraph(doc, labels.overlaps_shared_intro, indent=True)
        for o in comparison.overlaps:
            names = ", ".join(labels_of[i] for i in o.plans)
            dash(doc, labels.overlap_item.format(text=quoted(o.text), ref_id=o.ref_id, count=len(o.plans), plans=names))
    if comparison.similar_pairs:
        paragraph(doc, labels.similar_intro, indent=True).paragraph_format.keep_with_next = True
        rows = []
        for i, s in enumerate(comparison.similar_pairs, 1):
            a, b = task_lookup(plans[s.plan_a]), task_lookup(plans[s.plan_b])
            rows.append([str(i), labels_of[s.plan_a], a[s.task_a].text if s.task_a in a else s.task_a,
                         labels_of[s.plan_b], b[s.task_b].text if s.task_b in b else s.task_b,
                         str(points(s.score))])  # fmt: skip
        headers = [labels.col_no, labels.col_plan, labels.col_text, labels.col_plan, labels.col_other_text,
                   labels.col_score]  # fmt: skip
        grid_table(doc, headers, rows, [1.3, 2.2, 4.9, 2.2, 4.6, 1.3], small=True, centred=(0, 5))


def emphases(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    """Section 5: what each plan stresses that the others lack."""
    doc.add_heading(labels.sec_emphases, level=1)
    for p, plan in enumerate(comparison.plans):
        doc.add_heading(f"5.{p + 1}. {labels.plan_phrase(plan)}", level=2)
        items = sorted((e for e in comparison.emphases if e.plan == p), key=lambda e: (e.kind, -e.score))
        if not items:
            paragraph(doc, labels.emphases_none, indent=True)
        # Terms and key points are grouped into one sentence each: one line per item read as
        # a list of fourteen identical sentences in the real Hà Nội/Hải Phòng report.
        terms = [
            (labels.emphasis_term_shared if e.others_count else labels.emphasis_term).format(
                term=e.subject, count=e.count, others=e.others_count
            )
            for e in items
            if e.kind == "salient_term"
        ]
        if terms:
            dash(doc, labels.emphasis_terms.format(terms=", ".join(terms)))
        points = [f"“{quoted(e.text)}”" for e in items if e.kind == "unique_key_point"]
        if points:
            dash(doc, labels.emphasis_key_points.format(points="; ".join(points)))
        for e in items:
            if e.kind not in ("salient_term", "unique_key_point"):
                dash(doc, labels.emphasis_local_item.format(text=quoted(e.text)))


def recommendations(doc: DocxDocument, comparison: Comparison, labels: ExportLabels) -> None:
    """Section 6: one concrete suggestion per missing task, and per task with missing key points."""
    ref = comparison.reference
    doc.add_heading(labels.sec_recommendations, level=1)
    written = 0
    everywhere = {t.id for t in ref.tasks}
    for p in range(len(comparison.plans)):
        everywhere &= {g.ref_id for g in comparison.gaps if g.plan == p and g.level == "task"}
    for task in ref.tasks:
        if task.id in everywhere and len(comparison.plans) > 1:
            dash(doc, labels.rec_missing_everywhere.format(title=quoted(task.title)))
            written += 1
    for p, plan in enumerate(comparison.plans):
        name = labels.plan_phrase(plan)
        open_gaps = [g for g in ordered_gaps(comparison, p) if not g.addressed]
        for gap in open_gaps:
            if gap.level != "task" or (gap.ref_id in everywhere and len(comparison.plans) > 1):
                continue
            text = labels.rec_missing_task.format(plan=name, title=quoted(gap.text), reference=short_name(ref))
            dash(doc, text + (labels.rec_review if gap.needs_review else ""))
            written += 1
        by_task: dict[str, list[Gap]] = {}
        for gap in open_gaps:
            if gap.level != "task":
                by_task.setdefault(parent_task_id(ref, gap.ref_id), []).append(gap)
        for task_id, kp_gaps in by_task.items():
            points = "; ".join(f"“{quoted(g.text)}”" for g in kp_gaps)
            text = labels.rec_missing_key_points.format(
                plan=name, title=quoted(reference_text(ref, task_id)), points=points
            )
            dash(doc, text + (labels.rec_review if any(g.needs_review for g in kp_gaps) else ""))
            written += 1
    if not written:
        paragraph(doc, labels.rec_none.format(reference=short_name(ref)), indent=True)


def appendix(doc: DocxDocument, comparison: Comparison, labels: ExportLabels, number: str, date_text: str) -> None:
    """The appendix: every match with its plan passage, reference task, score and how it was decided."""
    ref = comparison.reference
    centre = WD_ALIGN_PARAGRAPH.CENTER
    paragraph(doc, labels.appendix_title, bold=True, align=centre, space_after=0)
    paragraph(doc, labels.appendix_subtitle.format(reference=short_name(ref)), bold=True, align=centre, space_after=0)
    attached = paragraph(doc, labels.appendix_attached.format(number=number, date=date_text), italic=True, align=centre)
    attached.paragraph_format.space_after = Pt(12)
    rows: list[list[str]] = []
    names = plan_names(comparison.plans)
    for p, plan in enumerate(comparison.plans):
        tasks = task_lookup(plan)
        for m in comparison.matches[p]:
            task = tasks.get(m.task_id)
            rows.append([
                str(len(rows) + 1), names[p], task.section_path if task else "",
                task.text if task else m.task_id, f"{m.ref_id}. {reference_text(ref, m.ref_id)}",
                str(points(m.score)), labels.decision(m.reviewed),
            ])  # fmt: skip
    if not rows:
        paragraph(doc, labels.appendix_none, indent=True)
        return
    headers = [labels.col_no, labels.col_plan, labels.col_section, labels.col_passage, labels.col_ref_task,
               labels.col_score, labels.col_decision]  # fmt: skip
    grid_table(doc, headers, rows, [1.3, 2.8, 4.2, 8.5, 5.6, 1.3, 2.0], small=True, centred=(0, 5, 6))
