"""Word layout helpers for Nghị định 30/2020/NĐ-CP documents: page, fonts, rules, fields, tables."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONT_NAME = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
SMALL_TABLE_PT = 12  # issue 9: tables at 12–13 pt; kept as its own style for officers to restyle
TABLE_STYLE = "Table Text"
SMALL_TABLE_STYLE = "Table Text Small"
BLACK = RGBColor(0, 0, 0)

# Word rejects a file whose property elements are out of schema order ("unreadable content"),
# while LibreOffice does not care; these are the elements that must follow what we insert.
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_AFTER_TBLBORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
_AFTER_PGNUMTYPE = (
    "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
    "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip
_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")


def _rpr(parent: BaseOxmlElement) -> BaseOxmlElement:
    """The w:rPr child of a style or of w:rPrDefault, created if missing."""
    rpr: BaseOxmlElement | None = parent.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        parent.append(rpr)
    return rpr


def set_run_fonts(parent: BaseOxmlElement, name: str = FONT_NAME) -> None:
    """Name ``name`` in all four font slots of ``parent``'s run properties and drop theme fonts.

    Word prefers a theme font (``w:asciiTheme``) over a named one, and uses ``w:eastAsia`` for
    some Vietnamese letters, so all four slots get Times New Roman explicitly.
    """
    rpr = _rpr(parent)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)


def setup_styles(doc: DocxDocument, language: str) -> None:
    """Times New Roman everywhere (body 14 pt, justified), black headings, document language."""
    styles_root = doc.styles.element
    defaults = styles_root.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if rpr_default is not None:
        set_run_fonts(rpr_default)
        lang = _rpr(rpr_default).find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            _rpr(rpr_default).append(lang)
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), language)
    normal = doc.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(BODY_PT)
    set_run_fonts(normal.element)
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.15
    for name, size, italic in (
        ("Heading 1", BODY_PT, False),
        ("Heading 2", BODY_PT, True),
        ("Title", 14, False),
    ):
        style = doc.styles[name]
        style.font.name = FONT_NAME
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = italic
        style.font.color.rgb = BLACK
        set_run_fonts(style.element)
        style.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 6)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.first_line_indent = Cm(1.27) if name != "Title" else None
        style.paragraph_format.line_spacing = 1.15
    # One paragraph style per table text size: officers restyle every table in one place,
    # and the writer sets one property per cell instead of four (34 plans: 0.9 → 0.6 s).
    for name, size in ((TABLE_STYLE, TABLE_PT), (SMALL_TABLE_STYLE, SMALL_TABLE_PT)):
        table_text = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        table_text.base_style = normal
        table_text.font.size = Pt(size)
        table_text.paragraph_format.space_after = Pt(0)
        table_text.paragraph_format.line_spacing = 1.0
        table_text.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    title = doc.styles["Title"]
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The template's Title has a blue bottom border; ND 30 titles have none.
    ppr = title.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def page_setup(section: Section, *, landscape: bool = False) -> None:
    """A4 with ND 30 margins: portrait top/bottom 20, left 30, right 15 mm (landscape: binding on top)."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        section.top_margin, section.bottom_margin = Mm(30), Mm(20)
        section.left_margin, section.right_margin = Mm(20), Mm(20)
    else:
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)


def paragraph(
    container: DocxDocument | _Cell,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.JUSTIFY,
    indent: bool = False,
    space_after: float | None = None,
) -> Paragraph:
    """Add a paragraph with one run; ``indent`` gives the body's 1.27 cm first-line indent."""
    para = container.add_paragraph()
    if text:
        run = para.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
    para.alignment = align
    if indent:
        para.paragraph_format.first_line_indent = Cm(1.27)
    if space_after is not None:
        para.paragraph_format.space_after = Pt(space_after)
    return para


def rule(container: DocxDocument | _Cell, indent_cm: float) -> Paragraph:
    """A short centred horizontal line: an empty paragraph with a bottom border, inset both sides."""
    para = container.add_paragraph()
    fmt = para.paragraph_format
    fmt.left_indent = fmt.right_indent = Cm(indent_cm)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(5)  # room below the diacritics under the last line (“DỤC”, “Hạnh”)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    para._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_PBDR)
    return para


def page_number_header(section: Section) -> None:
    """Centred PAGE field in the header, none on the first page (ND 30 numbers from page 2)."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    para = header.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run()
    run.font.size = Pt(13)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def restart_page_numbers(section: Section) -> None:
    """Number this section's pages from 1 again."""
    sect_pr = section._sectPr
    number_type = sect_pr.find(qn("w:pgNumType"))
    if number_type is None:
        number_type = OxmlElement("w:pgNumType")
        sect_pr.insert_element_before(number_type, *_AFTER_PGNUMTYPE)
    number_type.set(qn("w:start"), "1")


def no_borders(table: Table) -> None:
    """Remove every border of a layout table (the national header, the signature block)."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.insert_element_before(borders, *_AFTER_TBLBORDERS)


def cell_grid(table: Table) -> list[list[_Cell]]:
    """The table's cells row by row, in linear time.

    ``Table.cell(r, c)`` rebuilds the whole cell grid on every call (python-docx 1.2), which
    took a minute for the appendix of a 30-plan comparison.
    """
    return [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]


def column_widths(table: Table, widths_cm: Sequence[float], grid: list[list[_Cell]] | None = None) -> None:
    """Fix column widths for Word (cell widths) and LibreOffice (the table grid)."""
    table.autofit = False
    for col, width in zip(table.columns, widths_cm, strict=False):
        col.width = Cm(width)
    for row in grid if grid is not None else cell_grid(table):
        for cell, width in zip(row, widths_cm, strict=False):
            cell.width = Cm(width)


def grid_table(
    doc: DocxDocument,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    small: bool = False,
    centred: Sequence[int] = (),
    keep_together: bool = False,
) -> Table:
    """A bordered table with a bold header row repeated on every page; ``centred`` are 0-based columns.

    ``keep_together`` keeps a short table on one page (every row keeps with the next), as the
    three-row coverage table split after its first row in the sample note.
    """
    table: Table = doc.add_table(rows=1 + len(rows), cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid = cell_grid(table)
    # Paragraph.style = … resolves the style by walking all styles, per cell; set the id directly.
    style_id = doc.styles[SMALL_TABLE_STYLE if small else TABLE_STYLE].style_id
    middle = set(centred)
    for r, values in enumerate([list(headers), *rows]):
        for c, value in enumerate(values):
            para = grid[r][c].paragraphs[0]
            para._p.get_or_add_pPr().style = style_id
            run = para.add_run(value)
            if r == 0:
                run.bold = True
            if r == 0 or c in middle:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r, tr in enumerate(table._tbl.tr_lst):
        tr_pr = tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))  # a row never starts on one page and ends on the next
        if r == 0:
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            tr_pr.append(repeat)
    column_widths(table, widths_cm, grid)
    if keep_together:
        for row in grid[:-1]:
            for cell in row:
                for para in cell.paragraphs:
                    para.paragraph_format.keep_with_next = True
    return table


def shade(cell: _Cell, fill_hex: str) -> None:
    """Background colour of a table cell (hex RRGGBB)."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    cell._tc.get_or_add_tcPr().insert_element_before(shd, *_AFTER_SHD)


_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnote(doc: DocxDocument, para: Paragraph, text: str, size_pt: int = 12) -> None:
    """Attach one footnote (the method and the reference's source) to the end of ``para``.

    python-docx 1.2 has no footnote API: this adds word/footnotes.xml with Word's two separator
    notes and note id 1, and a superscript reference run. One note per document is all the
    briefing note needs (calling this twice replaces nothing and is not supported).
    """
    half_points = size_pt * 2
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{_W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        '<w:jc w:val="both"/></w:pPr>'
        f'<w:r><w:rPr><w:sz w:val="{half_points}"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="{half_points}"/></w:rPr><w:t xml:space="preserve"> {_xml_text(text)}</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_TYPE, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    run = para.add_run()
    run.font.superscript = True
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), "1")
    run._r.append(reference)
