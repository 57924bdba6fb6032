"""Word export: a Vietnamese administrative briefing note (Nghị định 30/2020/NĐ-CP) on a comparison."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Pt

import comparer
from comparer import docx_sections
from comparer.atomic import write_atomically
from comparer.docx_layout import (
    column_widths,
    no_borders,
    page_number_header,
    page_setup,
    paragraph,
    restart_page_numbers,
    rule,
)
from comparer.docx_layout import setup_styles as _setup_styles
from comparer.labels import ExportLabels
from comparer.models import Comparison

HEADER_WIDTHS_CM = (6.6, 9.9)  # issuing body | national title; sums to the 16.5 cm text width


def write_docx(
    comparison: Comparison,
    path: str | Path,
    labels: ExportLabels | None = None,
    *,
    issuer: str = "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    parent_body: str = "",
    place: str = "Hà Nội",
    signer: str = "",
    signer_title: str = "",
    created: date | None = None,
    recipients: Sequence[str] = (),
    doc_number: str = "",
) -> None:
    """Write the comparison as an editable Word briefing note, replacing ``path`` atomically.

    Args:
        comparison: the result to report on.
        path: the .docx file to create or replace.
        labels: headings and sentences to print; Vietnamese when None.
        issuer: the issuing body, printed upper-case and bold top left.
        parent_body: the body above the issuer (cơ quan chủ quản), printed above it if given.
        place: the place on the date line.
        signer: the name under the signature (left blank for a draft).
        signer_title: the signer's position, e.g. ``GIÁM ĐỐC`` (a placeholder if empty).
        created: the date on the date line (today if None).
        recipients: lines of the “Nơi nhận” block without the leading dash (generated if empty).
        doc_number: the document number, e.g. ``125/BC-SGDĐT`` (a blank to fill in if empty).

    Raises:
        ExportError: the file cannot be written (open in Word, read-only folder, disk full).
    """
    words = labels or ExportLabels.vietnamese()
    day = created or date.today()
    doc = build_document(comparison, words, issuer=issuer, parent_body=parent_body, place=place, signer=signer,
                         signer_title=signer_title, day=day, recipients=recipients, doc_number=doc_number)  # fmt: skip
    write_atomically(path, lambda tmp: doc.save(str(tmp)))


def build_document(
    comparison: Comparison,
    labels: ExportLabels,
    *,
    issuer: str,
    parent_body: str,
    place: str,
    signer: str,
    signer_title: str,
    day: date,
    recipients: Sequence[str],
    doc_number: str,
) -> DocxDocument:
    """Build the document in memory (split from write_docx so benches can time it)."""
    doc = docx.Document()
    _setup_styles(doc, labels.language)
    section = doc.sections[0]
    page_setup(section)
    page_number_header(section)
    date_text = labels.date_text(place, day)
    _national_header(doc, labels, issuer, parent_body, date_text, doc_number)
    subtitle = labels.report_subtitle.format(reference=comparison.reference.name)
    title = paragraph(doc, labels.report_title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    title.paragraph_format.space_before = Pt(18)
    paragraph(doc, subtitle, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    rule(doc, 6.0).paragraph_format.space_after = Pt(12)

    docx_sections.scope(doc, comparison, labels)
    docx_sections.results(doc, comparison, labels)
    docx_sections.gaps(doc, comparison, labels)
    docx_sections.overlaps(doc, comparison, labels)
    docx_sections.emphases(doc, comparison, labels)
    docx_sections.recommendations(doc, comparison, labels)
    lines = list(recipients) or _default_recipients(labels, parent_body)
    _closing(doc, labels, lines, signer, signer_title)

    # ND 30 attaches appendices after the signature, on their own (landscape: wide table) pages.
    appendix = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(appendix, landscape=True)
    restart_page_numbers(appendix)  # ND 30: an appendix numbers its own pages
    docx_sections.appendix(doc, comparison, labels, doc_number or labels.number_blank, labels.short_date_text(day))

    props = doc.core_properties
    # Word caps core properties at 255 characters; a loaded reference's full title can be longer.
    props.title = subtitle if len(subtitle) <= 255 else subtitle[:254] + "…"
    props.author = issuer
    props.language = labels.language
    props.created = datetime(day.year, day.month, day.day)
    props.comments = f"plancompare {comparer.__version__}"
    return doc


def _national_header(
    doc: DocxDocument, labels: ExportLabels, issuer: str, parent_body: str, date_text: str, doc_number: str
) -> None:
    """The borderless two-column block: issuing body and number | national title, motto and date."""
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    column_widths(table, HEADER_WIDTHS_CM)
    left, right = table.cell(0, 0), table.cell(0, 1)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    first = left.paragraphs[0]
    if parent_body:
        first.add_run(parent_body.upper()).font.size = Pt(13)
        first.alignment = centre
        first = paragraph(left, align=centre, space_after=0)
    run = first.add_run(issuer.upper())
    run.bold = True
    run.font.size = Pt(13)
    first.alignment = centre
    first.paragraph_format.space_after = Pt(0)
    rule(left, 2.2)
    number = labels.number_line.format(number=doc_number or labels.number_blank)
    paragraph(left, number, size=13, align=centre, space_after=0).paragraph_format.space_before = Pt(6)
    title = right.paragraphs[0]
    title.alignment = centre
    title.paragraph_format.space_after = Pt(0)
    run = title.add_run(labels.national_title)
    run.bold = True
    run.font.size = Pt(12)
    paragraph(right, labels.motto, bold=True, size=13, align=centre, space_after=0)
    rule(right, 2.0)
    dated = paragraph(right, date_text, italic=True, size=13, align=centre, space_after=0)
    dated.paragraph_format.space_before = Pt(6)
    for cell in (left, right):
        for para in cell.paragraphs:
            para.paragraph_format.line_spacing = 1.0 if para.text else para.paragraph_format.line_spacing


def _default_recipients(labels: ExportLabels, parent_body: str) -> list[str]:
    lines = [labels.recipient_parent.format(body=parent_body)] if parent_body else []
    return [*lines, labels.recipient_archive]


def _closing(doc: DocxDocument, labels: ExportLabels, recipients: list[str], signer: str, title: str) -> None:
    """“Nơi nhận” on the left, the signer's position and name on the right (ND 30 layout)."""
    spacer = paragraph(doc)
    spacer.paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    column_widths(table, (7.5, 9.0))
    left, right = table.cell(0, 0), table.cell(0, 1)
    head = left.paragraphs[0]
    run = head.add_run(labels.recipients_title)
    run.bold = run.italic = True
    run.font.size = Pt(12)
    head.paragraph_format.space_after = Pt(0)
    for line in recipients:
        paragraph(left, f"- {line}", size=11, align=WD_ALIGN_PARAGRAPH.LEFT, space_after=0)
    position = right.paragraphs[0]
    position.alignment = WD_ALIGN_PARAGRAPH.CENTER
    position.paragraph_format.space_after = Pt(0)
    run = position.add_run((title or labels.signer_placeholder).upper())
    run.bold = True
    for _ in range(4):  # room for the signature and seal
        paragraph(right, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    paragraph(right, signer, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    # The recipients and signature never break across pages.
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
