"""PDF plans: the text layer page by page, running headers dropped, wrapped lines rejoined."""

from __future__ import annotations

import ctypes
import dataclasses
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from comparer.errors import PlanLoadError
from comparer.models import Block, BlockKind, Document
from comparer.progress import CancelToken, ProgressFn, check
from comparer.readers import legacy
from comparer.readers.common import (
    SENTENCE_END,
    BlockSink,
    bullet_char,
    join_wrapped,
    make_document,
    starts_lower,
    starts_with_marker,
)
from comparer.readers.limits import user_token
from comparer.readers.ocr import ocr_pdf
from comparer.readers.pdf_tables import Grid, find_grids
from comparer.text.normalize import one_line

_PAGE_NUMBER = re.compile(r"^(?:trang|page)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*/\s*\d{1,4})?$", re.IGNORECASE)
_MIN_CHARS_PER_PAGE = 20
_STOPS = (".", "!", "?", "…")
_FPDF_ERR_PASSWORD = 4
_FPDF_ERR_SECURITY = 5

Char = tuple[str, float, float]  # character, centre x, centre y


@dataclass(frozen=True)
class Line:
    """One text line of a page with its box (PDF points, y grows upwards)."""

    text: str
    page: int
    left: float
    right: float
    bottom: float
    height: float
    chars: tuple[Char, ...] = ()


def _split_lines(text: str) -> list[tuple[int, str]]:
    """(start index, line) pairs; PDFium ends lines with "\\r\\n"."""
    out, pos = [], 0
    for m in re.finditer(r"\r\n|\n|\r", text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return out


def _median(values: list[float]) -> float:
    """statistics.median without its overhead, for the one to three runs of a line."""
    if len(values) == 1:
        return values[0]
    values.sort()
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def _char_boxes(textpage: pdfium.PdfTextPage, start: int, raw: str) -> tuple[Char, ...]:
    """Each character's centre: only for lines inside a ruled table, whose cells are split by gaps."""
    chars: list[Char] = []
    for i, ch in enumerate(raw):
        box = textpage.get_charbox(start + i)
        chars.append((ch, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2))
    return tuple(chars)


def _page_lines(textpage: pdfium.PdfTextPage, page_no: int, grids: list[Grid] | None = None) -> list[Line]:
    """Split a page's text into lines and measure each from PDFium's text rectangles.

    PDFium merges a line's characters into a few rectangles (one per text run), so a line
    costs a handful of calls rather than one per character (issue 13: 7.9 ms a page). Only
    lines inside a ruled table keep their characters' positions, to split the cells.
    """
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    # One UTF-16 unit per char index: only then do text positions and char boxes line up.
    aligned = len(text) == count
    lines: list[Line] = []
    # The raw calls with reused out-parameters: the helper methods cost more than PDFium here.
    handle = textpage.raw
    lft, top, rgt, bot = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    out = (ctypes.byref(lft), ctypes.byref(top), ctypes.byref(rgt), ctypes.byref(bot))
    for start, raw in _split_lines(text):
        stripped = raw.strip()
        if not stripped:
            continue
        n = pdfium_c.FPDFText_CountRects(handle, start + raw.find(stripped[0]), len(stripped)) if aligned else 0
        chars: tuple[Char, ...] = ()
        if n == 1 and pdfium_c.FPDFText_GetRect(handle, 0, *out):  # most lines: one run
            left, bottom, right, height = lft.value, bot.value, rgt.value, top.value - bot.value
        elif n > 1:
            rects = [
                (lft.value, bot.value, rgt.value, top.value)
                for k in range(n)
                if pdfium_c.FPDFText_GetRect(handle, k, *out)
            ]
            left, right = min(r[0] for r in rects), max(r[2] for r in rects)
            bottom = _median([r[1] for r in rects])
            height = _median([r[3] - r[1] for r in rects])
        else:  # no geometry: character counts stand in for widths, one unit per line
            left, right, bottom, height = 0.0, float(len(stripped)), -float(len(lines)), 1.0
        if grids and n > 0 and any(g.contains((left + right) / 2, bottom + height / 2) for g in grids):
            chars = _char_boxes(textpage, start, raw)
        lines.append(Line(bullet_char(stripped), page_no, left, right, bottom, height, chars))
    return lines


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers and headers/footers repeated on most pages (digits ignored)."""

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", one_line(line.text).lower())

    edges: Counter[str] = Counter()
    for lines in pages:
        edges.update({key(x) for x in lines[:2] + lines[-2:]})
    threshold = max(2, int(len(pages) * 0.6 + 0.5))
    repeated = {k for k, n in edges.items() if n >= threshold} if len(pages) >= 2 else set()
    kept = []
    for lines in pages:
        edge_ids = {id(x) for x in lines[:2] + lines[-2:]}
        kept.append(
            [x for x in lines if not (_PAGE_NUMBER.match(x.text) or (id(x) in edge_ids and key(x) in repeated))]
        )
    if repeated and not any(kept):
        # Every page holds the same few lines (a one-page form printed several times): they
        # are the text, not a running header. Keep the first page's, once (issue 11).
        first = next((lines for lines in pages if lines), [])
        kept = [[x for x in first if not _PAGE_NUMBER.match(x.text)]] + [[] for _ in pages[1:]]
    return kept


def _route(lines: list[Line], grids: list[Grid]) -> list[Line | Grid]:
    """Send lines inside a ruled table to its cells; the table takes the place of its first line."""
    items: list[Line | Grid] = []
    for line in lines:
        mid_x, mid_y = (line.left + line.right) / 2, line.bottom + line.height / 2
        grid = next((g for g in grids if line.chars and g.contains(mid_x, mid_y)), None)
        if grid is None:
            items.append(line)
            continue
        if not any(item is grid for item in items):
            items.append(grid)
        run: list[Char] = []
        for ch in (*line.chars, ("", 1e9, 0.0)):  # a sentinel flushes the last run
            if run and (ch[1] - run[-1][1] > 12 or not ch[0]):
                text = "".join(c[0] for c in run).strip()
                if text:
                    grid.add(text, run[0][1], run[0][2])
                run = []
            if ch[0]:
                run.append(ch)
    return items


@dataclass(frozen=True)
class _Layout:
    left: float
    right: float
    pitch: float

    @property
    def width(self) -> float:
        return max(self.right - self.left, 1.0)


def _layout(lines: list[Line]) -> _Layout:
    """Typical text column and line pitch of the document's running text."""
    if not lines:
        return _Layout(0.0, 1.0, 0.0)
    rights = sorted(x.right for x in lines)
    pitches = [
        a.bottom - b.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        # Line heights are PDFium's text rectangles (the font's ascent to descent, ~0.93 of
        # its size); spacing between paragraphs reaches twice that, so it is left out.
        if a.page == b.page and 0 < a.bottom - b.bottom < 2.1 * max(a.height, b.height, 1.0)
    ]
    return _Layout(
        left=statistics.median(x.left for x in lines),
        right=rights[max(int(len(rights) * 0.9) - 1, 0)],
        pitch=statistics.median(pitches) if pitches else 0.0,
    )


def _starts_block(prev: Line, line: Line, lay: _Layout) -> bool:
    """Does ``line`` open a new paragraph rather than continue ``prev``?"""
    ends_sentence = prev.text.rstrip().endswith(SENTENCE_END)
    full = prev.right >= lay.right - 0.06 * lay.width
    indented = line.left > lay.left + 0.02 * lay.width
    if starts_with_marker(line.text):
        # A dash the wrap put first on a line ("… Ủy viên BTV" / "– Phó Chủ tịch …") is no list
        # marker: the line above is full and unfinished, and this one is not indented.
        dash = line.text[:1] in "-–—" and full and not ends_sentence and not indented
        if not dash:
            return True
    if prev.right < lay.left + 0.6 * lay.width:
        # A short line ends its paragraph (headings, last lines; a title's "CỦA BỘ CHÍNH TRỊ"
        # above its lower-case subtitle "về tiếp tục thực hiện …").
        return True
    carried = full and not prev.text.rstrip().endswith(_STOPS) and not prev.text.isupper()
    if carried and starts_lower(line.text) and line.page <= prev.page + 1:
        # Vietnamese sentences start with a capital: a line in lower case under a full one carries
        # it on, over a page end, a wider gap or a column break too ("… giáo dục nghề" / "nghiệp …").
        return False
    if line.page != prev.page:
        # A page between them without a text layer (read by OCR, or not at all) breaks the flow.
        return ends_sentence or not full or line.page > prev.page + 1
    gap = prev.bottom - line.bottom
    if lay.pitch and (gap > 1.2 * lay.pitch or gap < 0):
        return True  # space between paragraphs, or a jump back up (columns)
    # Justified text fills the column, so a sentence end on a full line is mid-paragraph
    # unless the next line is indented (first-line indent of the Vietnamese admin style).
    return (ends_sentence or not full) and (indented or (ends_sentence and not full))


def _open(path: Path, data: bytes, cancel: CancelToken | None = None) -> list[tuple[list[Line], list[Grid]]]:
    """Lines and ruled tables of every page; all PDFium objects are closed before returning."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (_FPDF_ERR_PASSWORD, _FPDF_ERR_SECURITY):
            raise PlanLoadError(path, "encrypted", "The PDF is password-protected.") from exc
        raise PlanLoadError(path, "corrupt", f"The PDF is damaged ({exc}).") from exc
    pages = []
    try:
        for index in range(len(pdf)):
            check(cancel)
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    grids = find_grids(page, index + 1)
                    pages.append((_page_lines(textpage, index + 1, grids), grids))
                finally:
                    textpage.close()
            finally:
                page.close()
    finally:
        pdf.close()
    return pages


def _convert_line(line: Line, encoding: str) -> Line:
    """A line of TCVN3/VNI text in Unicode; character boxes follow their letters."""
    text = legacy.undo_pdf_glyphs(line.text, encoding)
    text = unicodedata.normalize("NFC", "".join(legacy.convert_units(text, encoding)))
    units = legacy.convert_units(legacy.undo_pdf_glyphs("".join(c[0] for c in line.chars), encoding), encoding)
    chars = tuple((u, x, y) for u, (_, x, y) in zip(units, line.chars, strict=True) if u)
    return dataclasses.replace(line, text=text, chars=chars)


def _legacy_pages(
    pages: list[tuple[list[Line], list[Grid]]],
) -> tuple[list[tuple[list[Line], list[Grid]]], list[str]]:
    """Convert pages typed in TCVN3/VNI fonts (old PDFs with embedded .VnTime) to Unicode."""
    text = legacy.undo_pdf_glyphs("\n".join(x.text for lines, _ in pages for x in lines))
    found = legacy.detect(text)
    if found is not None:
        converted = [([_convert_line(x, found) for x in lines], grids) for lines, grids in pages]
        return converted, [f"The PDF's text was in the legacy {found.upper()} encoding and was converted to Unicode."]
    # A Unicode PDF quoting paragraphs from an old .VnTime document: convert those lines only.
    flat = [x for lines, _ in pages for x in lines]
    encodings = legacy.line_encodings([legacy.undo_pdf_glyphs(x.text) for x in flat])
    if not any(encodings):
        return pages, []
    by_line = {id(x): e for x, e in zip(flat, encodings, strict=True)}
    pasted = [([_convert_line(x, e) if (e := by_line[id(x)]) else x for x in lines], grids) for lines, grids in pages]
    return pasted, ["Lines in a legacy Vietnamese encoding (TCVN3/VNI) were converted to Unicode."]


def _page_chars(lines: list[Line]) -> int:
    return sum(len(x.text.replace(" ", "")) for x in lines)


def _looks_scanned(pages: list[tuple[list[Line], list[Grid]]]) -> bool:
    """No text layer to speak of: OCR every page. (Scanned pages among text pages are OCR'd
    one by one and put in their places, see ``_with_scanned_pages``.)"""
    return sum(_page_chars(lines) for lines, _ in pages) < _MIN_CHARS_PER_PAGE * max(len(pages), 1)


def _ocr_blocks(texts: list[tuple[int, str]]) -> list[Block]:
    """Blocks from Tesseract's text of some pages: blank lines separate paragraphs, markers open items."""
    pages = [
        [Line(bullet_char(x.strip()), number, 0.0, 0.0, 0.0, 0.0) for x in text.splitlines()] for number, text in texts
    ]
    kept = {id(x) for lines in _drop_running_lines([[x for x in p if x.text] for p in pages]) for x in lines}
    sink = BlockSink()
    para: list[Line] = []

    def flush() -> None:
        if para:
            sink.add_line(join_wrapped(x.text for x in para), page=para[0].page)
            para.clear()

    for page_lines in pages:
        lines = [x for x in page_lines if id(x) in kept or not x.text]  # running lines go quietly
        while lines and not lines[-1].text:
            lines.pop()  # blank lines around the page's text must not end a paragraph that
        while lines and not lines[0].text:  # runs on over the page break
            lines.pop(0)
        for k, line in enumerate(lines):
            if not line.text:
                flush()  # Tesseract's blank line ends a paragraph
                continue
            new_page = k == 0 and bool(para) and para[-1].page + 1 != line.page
            if para and (starts_with_marker(line.text) or para[-1].text.endswith(SENTENCE_END) or new_page):
                flush()
            elif para and k == 0 and not para[-1].text.endswith((",", "-")) and line.text[:1].isupper():
                flush()  # a new page opening with a capital after an unfinished-looking line
            para.append(line)
    flush()
    return sink.blocks


def _read_ocr(path: Path, data: bytes, progress: ProgressFn | None, cancel: CancelToken | None) -> Document:
    """Read a scanned PDF: every page through OCR."""
    texts = ocr_pdf(path, data, progress=progress, cancel=cancel)
    sink = BlockSink()
    sink.blocks = _ocr_blocks(list(enumerate(texts, start=1)))
    if not sink.blocks:
        raise PlanLoadError(path, "no_text", "The PDF looks scanned and OCR found no text on its pages.")
    return make_document(path, "pdf", data, sink, warnings=["ocr"])


def _with_scanned_pages(
    path: Path,
    data: bytes,
    sink: BlockSink,
    empty: list[int],
    progress: ProgressFn | None,
    cancel: CancelToken | None,
) -> list[str]:
    """OCR the pages without a text layer (a scanned annex or signed page) into their places.

    Returns the warnings to add; without Tesseract, one naming the pages left out.
    """
    numbers = ", ".join(str(i + 1) for i in empty)
    pages_have = f"Pages {numbers} have" if len(empty) > 1 else f"Page {numbers} has"
    try:
        texts = ocr_pdf(path, data, pages=empty, progress=progress, cancel=cancel)
    except PlanLoadError as err:
        if err.code != "no_text":
            raise
        return [f"{pages_have} no text layer and {'were' if len(empty) > 1 else 'was'} left out: {err.detail}"]
    scanned = _ocr_blocks([(i + 1, t) for i, t in zip(empty, texts, strict=True)])
    if not scanned:
        return []
    ocr_ids = {id(b) for b in scanned}
    merged: list[Block] = []
    for block in sorted([*sink.blocks, *scanned], key=lambda b: b.location.page or 0):  # stable sort
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and (id(prev) in ocr_ids) != (id(block) in ocr_ids)
            and prev.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and block.kind is BlockKind.PARAGRAPH
            and block.text[:1].islower()
            and not prev.text.endswith(SENTENCE_END)
        ):
            # A sentence running over the edge of a scanned page: one block, as on paper.
            merged[-1] = dataclasses.replace(prev, text=f"{prev.text} {block.text}")
            continue
        merged.append(block)
    sink.blocks = [
        dataclasses.replace(b, location=dataclasses.replace(b.location, block=i)) for i, b in enumerate(merged)
    ]
    return ["ocr", f"{pages_have} no text layer and {'were' if len(empty) > 1 else 'was'} read by OCR."]


def read(
    path: Path,
    data: bytes,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Document:
    """Read a PDF's text layer, or recognise scanned pages with Tesseract.

    Args:
        path: the file, for the result and messages.
        data: its bytes.
        progress: called with 0–1 per OCR'd page.
        cancel: polled between OCR'd pages.

    Returns:
        PARAGRAPH and LIST_ITEM blocks (typed or rendered markers) and TABLE_ROW blocks for
        ruled tables, each with its page. OCR'd documents carry the warning ``"ocr"``.

    Raises:
        PlanLoadError: ``encrypted`` for a password, ``corrupt`` for a damaged or truncated
            file, ``no_text`` when the pages carry no text layer and Tesseract with
            Vietnamese data is not installed.
        Cancelled: ``cancel`` was set during OCR.
    """
    if b"%%EOF" not in data[-2048:]:
        raise PlanLoadError(path, "corrupt", "The PDF is truncated: its end marker is missing, so pages may be lost.")
    pages = _open(path, data, cancel)
    ocr_cancel = user_token(cancel)  # OCR has its own time budget per page
    if _looks_scanned(pages):
        return _read_ocr(path, data, progress, ocr_cancel)
    pages, warnings = _legacy_pages(pages)
    empty = [i for i, (lines, _) in enumerate(pages) if _page_chars(lines) < _MIN_CHARS_PER_PAGE]
    kept = _drop_running_lines([lines for lines, _ in pages])
    items = [item for lines, (_, grids) in zip(kept, pages, strict=True) for item in _route(lines, grids)]
    lay = _layout([x for x in items if isinstance(x, Line)])
    sink = BlockSink()
    para: list[Line] = []
    table_no = row_no = table_page = 0
    header: list[str] = []

    def flush() -> None:
        if para:
            sink.add_line(join_wrapped(x.text for x in para), page=para[0].page)
            para.clear()

    for item in items:
        if isinstance(item, Grid):
            flush()
            rows = item.rows()
            after_table = bool(sink.blocks) and sink.blocks[-1].kind is BlockKind.TABLE_ROW
            if after_table and item.page == table_page + 1 and rows and len(rows[0]) == len(header):
                # A table broken over a page repeats its header row: carry on the same table.
                rows = rows[1:] if rows[0] == header else rows
            else:
                table_no, row_no = table_no + 1, 0
                header = rows[0] if rows else []
            table_page = item.page
            for cells in rows:
                row_no += 1
                sink.add(
                    "",
                    BlockKind.TABLE_ROW,
                    cells=cells,
                    header=header,
                    page=item.page,
                    table=table_no,
                    row=row_no,
                )
        elif para and not _starts_block(para[-1], item, lay):
            para.append(item)
        else:
            flush()
            para.append(item)
    flush()
    if empty:
        warnings += _with_scanned_pages(path, data, sink, empty, progress, ocr_cancel)
    return make_document(path, "pdf", data, sink, warnings=warnings)
