"""Word export: a Vietnamese administrative briefing note (Nghị định 30/2020/NĐ-CP) on a comparison."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
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
    issuer: str = "",
    parent_body: str = "",
    place: str = "",
    signer: str = "",
    signer_title: str = "",
    created: date | None = None,
    recipients: Sequence[str] = (),
    doc_number: str = "",
) -> None:
    """Write the comparison as an editable Word briefing note, replacing ``path`` atomically.

    Every field left empty stays empty (no default city, no "THỦ TRƯỞNG CƠ QUAN"); when the
    issuer, number, place, signer or signer's title is missing, the note is marked as a draft
    in the first page's header.

    Args:
        comparison: the result to report on.
        path: the .docx file to create or replace.
        labels: headings and sentences to print; Vietnamese when None.
        issuer: the issuing body, printed upper-case and bold top left.
        parent_body: the body above the issuer (cơ quan chủ quản), printed above it if given.
        place: the place on the date line.
        signer: the name under the signature.
        signer_title: the signer's position: ``GIÁM ĐỐC``, ``KT. GIÁM ĐỐC`` (adds ``PHÓ GIÁM ĐỐC``),
            ``Q. GIÁM ĐỐC``, or several lines separated by ``|`` or a line break
            (``TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH``).
        created: the date on the date line (today if None).
        recipients: lines of the “Nơi nhận” block, without the leading dash (generated if empty).
        doc_number: the document number, e.g. ``125/BC-SGDĐT``.

    Raises:
        ExportError: the file cannot be written (open in Word, read-only folder, disk full).
    """
    words = labels or ExportLabels.vietnamese()
    day = created or date.today()
    doc = build_document(comparison, words, issuer=issuer, parent_body=parent_body, place=place, signer=signer,
                         signer_title=signer_title, day=day, recipients=recipients, doc_number=doc_number)  # fmt: skip
    write_atomically(path, lambda tmp: doc.save(str(tmp)))


def is_draft(*, issuer: str, doc_number: str, place: str, signer: str, signer_title: str) -> bool:
    """Whether a field Nghị định 30 requires of a sent report is missing."""
    return not all(x.strip() for x in (issuer, doc_number, place, signer, signer_title))


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
    draft = is_draft(issuer=issuer, doc_number=doc_number, place=place, signer=signer, signer_title=signer_title)
    if draft:
        _draft_mark(section, labels)
    _national_header(doc, labels, issuer, parent_body, labels.date_text(place.strip(), day), doc_number)
    subtitle = labels.report_subtitle.format(reference=comparison.reference.name)
    title = paragraph(doc, labels.report_title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    title.paragraph_format.space_before = Pt(18)
    paragraph(doc, subtitle, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    rule(doc, 6.0).paragraph_format.space_after = Pt(12)

    docx_sections.issuance_section(doc, comparison, labels)
    docx_sections.assessment_section(doc, comparison, labels)
    docx_sections.recommendations_section(doc, comparison, labels, issuer)
    # The signature block never stands alone on a page: the last paragraph keeps with it.
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    lines = [line for line in recipients if line.strip()] or _default_recipients(labels, parent_body)
    _closing(doc, labels, lines, signer, signer_title)

    # ND 30 attaches appendices after the signature, on their own (landscape: wide table) pages.
    appendix = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(appendix, landscape=True)
    restart_page_numbers(appendix)  # ND 30: an appendix numbers its own pages
    short = labels.short_date_text(day)
    if doc_number.strip():
        attached = labels.appendix_attached.format(number=doc_number.strip(), date=short, issuer=issuer.strip())
        attached = attached.replace(" của )", ")").replace(" of )", ")")
    else:
        attached = labels.appendix_attached_draft.format(date=short)
    docx_sections.appendix_matrix(doc, comparison, labels, attached)
    docx_sections.appendix_gaps(doc, comparison, labels, attached)
    _properties(doc, subtitle, issuer, labels, day)
    return doc


def _properties(doc: DocxDocument, subtitle: str, issuer: str, labels: ExportLabels, day: date) -> None:
    """File properties that name the app and the issuer, not python-docx's template."""
    app = f"plancompare {comparer.__version__}"
    props = doc.core_properties
    # Word caps core properties at 255 characters; a loaded reference's full title can be longer.
    props.title = subtitle if len(subtitle) <= 255 else subtitle[:254] + "…"
    props.author = issuer.strip() or "plancompare"
    props.last_modified_by = "plancompare"
    props.language = labels.language
    props.created = props.modified = datetime(day.year, day.month, day.day)
    props.comments = app
    props.subject = labels.report_title
    props.revision = 1
    package = doc.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:  # the template's preview of an empty page
            package.rels.pop(rel.rId)
        elif rel.reltype == RELATIONSHIP_TYPE.EXTENDED_PROPERTIES:
            part = rel.target_part
            xml = part.blob.decode("utf-8")
            xml = re.sub(r"<Application>[^<]*</Application>", "<Application>plancompare</Application>", xml)
            xml = re.sub(r"<Template>[^<]*</Template>", "<Template/>", xml)
            xml = re.sub(r"<AppVersion>[^<]*</AppVersion>", "", xml)
            part._blob = xml.encode("utf-8")


def _draft_mark(section: Section, labels: ExportLabels) -> None:
    """“DỰ THẢO”, boxed, top right of the first page's header (where the page number is not)."""
    header = section.first_page_header
    header.is_linked_to_previous = False
    para = header.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = para.add_run(labels.draft_mark)
    run.bold = True
    run.font.size = Pt(13)
    box = OxmlElement("w:bdr")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "2"), ("w:color", "000000")):
        box.set(qn(key), value)
    run._r.get_or_add_rPr().append(box)


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
    first.alignment = centre
    first.paragraph_format.space_after = Pt(0)
    if parent_body.strip():
        first.add_run(parent_body.strip().upper()).font.size = Pt(13)
        first = paragraph(left, align=centre, space_after=0)
    if issuer.strip():
        run = first.add_run(issuer.strip().upper())
        run.bold = True
        run.font.size = Pt(13)
    if issuer.strip() or parent_body.strip():
        rule(left, 2.2)
    if doc_number.strip():
        number = labels.number_line.format(number=doc_number.strip())
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
    lines = [labels.recipient_parent.format(body=parent_body.strip())] if parent_body.strip() else []
    return [*lines, labels.recipient_archive]


def signer_lines(title: str) -> list[str]:
    """The lines of the signer's position, upper case: ``KT. GIÁM ĐỐC`` → ``KT. GIÁM ĐỐC``, ``PHÓ GIÁM ĐỐC``.

    ND 30: signing on behalf (KT. — ký thay) puts the deputy's title under the head's; TM. (thay
    mặt) and Q. (quyền) print as given. Lines may be given separated by ``|`` or a line break.
    """
    lines = [line.strip().upper() for line in re.split(r"[|\n]", title) if line.strip()]
    if len(lines) == 1 and lines[0].startswith("KT.") and len(lines[0]) > 4:
        lines.append("PHÓ " + lines[0][3:].strip())
    return lines


def _recipient_lines(recipients: Sequence[str]) -> list[str]:
    """“- X;” for each line, the last ending in “.” (ND 30, Phụ lục I)."""
    clean = [line.strip().lstrip("-–• ").rstrip(" ;.,") for line in recipients]
    clean = [line for line in clean if line]
    return [f"- {line}{'.' if i == len(clean) - 1 else ';'}" for i, line in enumerate(clean)]


def _closing(doc: DocxDocument, labels: ExportLabels, recipients: list[str], signer: str, title: str) -> None:
    """“Nơi nhận” on the left, the signer's position and name on the right (ND 30 layout)."""
    spacer = paragraph(doc, space_after=0)
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
    head.paragraph_format.keep_with_next = True
    for line in _recipient_lines(recipients):
        para = paragraph(left, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, space_after=0)
        para.paragraph_format.keep_with_next = True
    first = right.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(signer_lines(title)):
        para = first if i == 0 else paragraph(right, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
        para.add_run(line).bold = True
    for _ in range(4):  # room for the signature and seal
        paragraph(right, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    paragraph(right, signer.strip(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    for cell in (left, right):
        for para in cell.paragraphs:
            para.paragraph_format.keep_with_next = True
            para.paragraph_format.line_spacing = 1.0
    # The recipients and signature never break across pages.
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
