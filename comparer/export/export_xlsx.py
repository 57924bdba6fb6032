"""Excel export of a comparison: summary matrix, gaps, overlaps, emphases, details and sources."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

import comparer
from comparer.export.export_data import (
    NEAREST_FLOOR_SHARE,
    nearest_shown,
    ordered_gaps,
    parent_task_id,
    plain_provenance,
    reference_order,
    reference_text,
    section_words,
    short_name,
    task_lookup,
    where_to_add,
)
from comparer.export.labels import ExportLabels
from comparer.export.xlsx_format import BOLD, LINK, WRAP, CellValue, line_count, naive, print_setup, put, table
from comparer.export.xlsx_summary import write_summary
from comparer.glossary import plan_names
from comparer.match.status import points
from comparer.models import Comparison, Match
from comparer.store.atomic import write_atomically


def write_xlsx(
    comparison: Comparison,
    path: str | Path,
    labels: ExportLabels | None = None,
    *,
    created: datetime | None = None,
    app_version: str = comparer.__version__,
) -> None:
    """Write the comparison as an Excel workbook, replacing ``path`` atomically.

    Args:
        comparison: the result to export.
        path: the .xlsx file to create or replace.
        labels: headings and words to print; Vietnamese when None.
        created: the time shown on the sources sheet and in the file properties (now if None).
        app_version: the plancompare version shown on the sources sheet.

    Raises:
        ExportError: the file cannot be written (open in Excel, read-only folder, disk full).
    """
    words = labels or ExportLabels.vietnamese()
    moment = naive(created or datetime.now())
    wb = build_workbook(comparison, words, moment, app_version)
    write_atomically(path, lambda tmp: wb.save(tmp))


def build_workbook(comparison: Comparison, labels: ExportLabels, created: datetime, app_version: str) -> Workbook:
    """Build the workbook in memory (split from write_xlsx so tests and benches can time it)."""
    wb = Workbook()
    summary = wb.active
    assert isinstance(summary, Worksheet)
    summary.title = sheet_title(labels.sheet_summary)
    write_summary(summary, comparison, labels)
    gaps = wb.create_sheet(sheet_title(labels.sheet_gaps))
    _overlaps(wb.create_sheet(sheet_title(labels.sheet_overlaps)), comparison, labels)
    _emphases(wb.create_sheet(sheet_title(labels.sheet_emphases)), comparison, labels)
    details = _details(wb.create_sheet(sheet_title(labels.sheet_details)), comparison, labels)
    _gaps(gaps, comparison, labels, details)  # after "Chi tiết": its links point at rows there
    _sources(wb.create_sheet(sheet_title(labels.sheet_sources)), comparison, labels, created, app_version)
    title = labels.report_subtitle.format(reference=short_name(comparison.reference))
    for ws in wb.worksheets:  # every printed page says what it is and when it was made
        ws.oddHeader.left.text = title
        ws.oddHeader.left.size = 9
        ws.oddHeader.right.text = labels.print_header_date.format(date=labels.short_date_text(created.date()))
        ws.oddHeader.right.size = 9
    wb.properties.title = labels.report_subtitle.format(reference=comparison.reference.name)
    wb.properties.creator = f"plancompare {app_version}"
    wb.properties.created = created
    wb.properties.language = labels.language
    return wb


def sheet_title(name: str) -> str:
    """A name Excel accepts for a sheet: no []:*?/\\ and at most 31 characters."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", name).strip(" '") or "Sheet"
    return cleaned[:31]


def _gaps(ws: Worksheet, comparison: Comparison, labels: ExportLabels, details: dict[tuple[int, str], range]) -> None:
    threshold = comparison.options.threshold
    link_rows: list[tuple[int, range]] = []
    names = plan_names(comparison.plans)  # as the window, the CLI and the matrix name them

    def rows() -> Iterator[Sequence[CellValue]]:
        ref = comparison.reference
        for p in range(len(comparison.plans)):
            for gap in ordered_gaps(comparison, p):
                best = nearest_shown(gap, threshold)
                found = details.get((p, parent_task_id(ref, gap.ref_id)))
                link = ""
                if found:
                    link_rows.append((len(link_rows), found))
                    first, last = found.start, found.stop - 1
                    template = labels.details_rows if last > first else labels.details_row
                    link = template.format(first=first, last=last)
                else:
                    link_rows.append((len(link_rows), range(0)))
                yield (
                    names[p],
                    gap.ref_id,
                    labels.level(gap.level),
                    gap.text,
                    where_to_add(comparison, gap, labels),
                    best.text if best else labels.no_match,
                    points(best.score) if best else None,
                    labels.yes_no(gap.needs_review),
                    labels.yes_no(gap.addressed),
                    gap.note,
                    link,
                )

    headers = [
        labels.col_plan, labels.col_id, labels.col_level, labels.col_ref_text, labels.col_section,
        labels.col_candidate, labels.col_similarity, labels.col_needs_review, labels.col_addressed, labels.col_note,
        labels.col_details_rows,
    ]  # fmt: skip
    # 176 characters in all: at 218 the one-page-wide print shrank the text to about 6 pt.
    table(ws, headers, rows(), [14, 9, 9, 36, 20, 34, 9, 9, 8, 16, 12], wrap=(1, 3, 4, 5, 6, 10))
    details_sheet = sheet_title(labels.sheet_details).replace("'", "''")
    for index, found in link_rows:
        if found:
            cell = ws.cell(row=index + 2, column=11)
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{details_sheet}'!A{found.start}")
            cell.font = LINK


def _overlaps(ws: Worksheet, comparison: Comparison, labels: ExportLabels) -> None:
    plans = comparison.plans
    labels_of = plan_names(plans)

    def rows() -> Iterator[Sequence[CellValue]]:
        for o in comparison.overlaps:
            names = "; ".join(labels_of[i] for i in o.plans)
            yield (
                labels.overlap_shared,
                o.ref_id,
                labels.level(o.level),
                o.text,
                names,
                len(o.plans),
                "",
                None,
            )
        for s in comparison.similar_pairs:
            a, b = task_lookup(plans[s.plan_a]), task_lookup(plans[s.plan_b])
            text_a = a[s.task_a].text if s.task_a in a else s.task_a
            text_b = b[s.task_b].text if s.task_b in b else s.task_b
            names = f"{labels_of[s.plan_a]}; {labels_of[s.plan_b]}"
            yield (labels.overlap_similar, "", labels.level_task, text_a, names, 2, text_b, points(s.score))

    headers = [
        labels.col_kind, labels.col_id, labels.col_level, labels.col_text, labels.col_plans,
        labels.col_plan_count, labels.col_other_text, labels.col_score,
    ]  # fmt: skip
    table(ws, headers, rows(), [18, 10, 12, 45, 24, 9, 45, 8], wrap=(1, 3, 4, 5, 7))


def _emphases(ws: Worksheet, comparison: Comparison, labels: ExportLabels) -> None:
    plans = comparison.plans
    names = plan_names(plans)

    def rows() -> Iterator[Sequence[CellValue]]:
        for e in sorted(comparison.emphases, key=lambda e: (e.plan, e.kind, -e.score)):
            subject = e.subject
            tasks = task_lookup(plans[e.plan])
            if e.kind == "local_initiative" and e.subject in tasks:
                subject = section_words(tasks[e.subject].section, labels)  # task ids mean nothing to people
            term = e.kind == "salient_term"
            yield (
                names[e.plan],
                labels.emphasis_kind(e.kind),
                subject,
                e.text,
                round(e.score, 1) if e.score else None,
                e.count if term else None,
                e.others_count if term else None,
            )

    headers = [
        labels.col_plan, labels.col_kind, labels.col_subject, labels.col_text, labels.col_score,
        labels.col_count, labels.col_others_count,
    ]  # fmt: skip
    table(ws, headers, rows(), [16, 24, 28, 60, 8, 12, 14], wrap=(1, 2, 3, 4))


def _details(ws: Worksheet, comparison: Comparison, labels: ExportLabels) -> dict[tuple[int, str], range]:
    """Every match, plan by plan in reference order; returns the rows of each (plan, task)."""
    ref = comparison.reference
    order = reference_order(ref)
    where: dict[tuple[int, str], range] = {}
    ordered: list[tuple[int, Match]] = []
    for p in range(len(comparison.plans)):
        ordered.extend((p, m) for m in sorted(comparison.matches[p], key=lambda m: order.get(m.ref_id, len(order))))
    for i, (p, m) in enumerate(ordered):
        key = (p, m.ref_id)
        row = i + 2
        where[key] = range(where[key].start, row + 1) if key in where else range(row, row + 1)

    names = plan_names(comparison.plans)

    def rows() -> Iterator[Sequence[CellValue]]:
        for p, m in ordered:
            plan = comparison.plans[p]
            task = task_lookup(plan).get(m.task_id)
            yield (
                names[p],
                section_words(task.section, labels) if task else "",
                task.text if task else m.task_id,
                m.ref_id,
                reference_text(ref, m.ref_id),
                points(m.score),
                ", ".join(m.reason),
                ", ".join(m.key_points),
                labels.decision(m.reviewed),
            )

    headers = [
        labels.col_plan, labels.col_section, labels.col_passage, labels.col_id, labels.col_ref_task,
        labels.col_similarity, labels.col_reason, labels.col_key_points, labels.col_decision,
    ]  # fmt: skip
    table(ws, headers, rows(), [14, 24, 55, 10, 32, 11, 22, 14, 12], wrap=(1, 2, 3, 5, 7, 8))
    return where


def _sources(ws: Worksheet, comparison: Comparison, labels: ExportLabels, created: datetime, app_version: str) -> None:
    rows = [
        (i, p.name, p.issuer, p.number, p.title, p.format, p.task_count, p.sha256)
        for i, p in enumerate(comparison.plans, 1)
    ]
    headers = [
        labels.col_no, labels.col_file, labels.col_issuer, labels.col_number, labels.col_title,
        labels.col_format, labels.col_task_count, labels.col_sha256,
    ]  # fmt: skip
    last = table(ws, headers, rows, [6, 24, 24, 14, 44, 9, 11, 34], wrap=(2, 3, 5, 8))
    ref = comparison.reference
    english = labels.is_english
    facts: list[tuple[str, CellValue, str | None]] = [
        (labels.src_reference, ref.name, None),
        (labels.src_provenance, plain_provenance(ref.provenance_en if english and ref.provenance_en
                                                 else ref.provenance), None),
        (labels.src_completeness, plain_provenance(ref.completeness_en if english and ref.completeness_en
                                                   else ref.completeness), None),
        (labels.src_method, labels.src_method_text.format(floor=_floor(comparison)), None),
        (labels.src_sources, "\n".join(ref.sources), None),
        (labels.src_threshold, comparison.options.threshold, None),
        (labels.src_review_margin, comparison.options.review_margin, None),
        (labels.src_created, created, "dd/mm/yyyy hh:mm"),
        (labels.src_app_version, app_version, None),
    ]
    row = last + 2
    put(ws, row, 2, labels.src_item, font=BOLD)
    put(ws, row, 3, labels.src_value, font=BOLD)
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
    for label, value, fmt in facts:
        row += 1
        put(ws, row, 2, label, font=BOLD).alignment = WRAP
        cell = put(ws, row, 3, value)
        # The value spans the wide columns so long provenance text wraps on the page.
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        if fmt:
            cell.number_format = fmt
        if isinstance(value, str):
            lines = max(line_count(value, 24 + 14 + 44), line_count(label, 24))
            ws.row_dimensions[row].height = max(15.0, 15.0 * lines + 2)
    print_setup(ws)


def _floor(comparison: Comparison) -> str:
    return f"{comparison.options.threshold * NEAREST_FLOOR_SHARE:g}"
