"""OpenDocument text (.odt) read directly, for machines without LibreOffice: headings, numbered lists, tables."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from comparer.errors import PlanLoadError
from comparer.models import BlockKind, Document
from comparer.readers.common import BlockSink, bullet_char, classify, emit_table, make_document
from comparer.readers.docx_numbering import format_number

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman", "": "none"}
# Not part of the running text: notes, annotations, tracked deletions, frames, fields' code.
_SKIP = {TEXT + "note", OFFICE + "annotation", TEXT + "tracked-changes", TEXT + "table-of-content"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(frozen=True)
class _Level:
    kind: str  # "number" or "bullet"
    fmt: str = "decimal"
    prefix: str = ""
    suffix: str = ""
    display: int = 1
    start: int = 1
    bullet: str = "•"


def _list_styles(*roots: Any) -> dict[str, dict[int, _Level]]:
    """text:list-style name → its levels (1-based), from content.xml and styles.xml."""
    styles: dict[str, dict[int, _Level]] = {}
    for root in roots:
        if root is None:
            continue
        for ls in root.iter(TEXT + "list-style"):
            levels: dict[int, _Level] = {}
            for lvl in ls:
                level = _int(lvl.get(TEXT + "level"), 1)
                if lvl.tag == TEXT + "list-level-style-number":
                    levels[level] = _Level(
                        "number",
                        fmt=_FORMATS.get(lvl.get(STYLE + "num-format", "1"), "decimal"),
                        prefix=lvl.get(STYLE + "num-prefix", ""),
                        suffix=lvl.get(STYLE + "num-suffix", ""),
                        display=_int(lvl.get(TEXT + "display-levels"), 1),
                        start=_int(lvl.get(TEXT + "start-value"), 1),
                    )
                elif lvl.tag == TEXT + "list-level-style-bullet":
                    levels[level] = _Level("bullet", bullet=bullet_char(lvl.get(TEXT + "bullet-char", "•")))
            styles.setdefault(str(ls.get(STYLE + "name")), levels)
    return styles


def _paragraph_styles(*roots: Any) -> dict[str, tuple[str | None, int]]:
    """Paragraph style name → (parent style, outline level): 1 for Title, the level for headings."""
    out: dict[str, tuple[str | None, int]] = {}
    for root in roots:
        if root is None:
            continue
        for st in root.iter(STYLE + "style"):
            if st.get(STYLE + "family") != "paragraph":
                continue
            name = str(st.get(STYLE + "name"))
            level = 1 if name == "Title" else _int(st.get(STYLE + "default-outline-level"), 0)
            out.setdefault(name, (st.get(STYLE + "parent-style-name"), level))
    return out


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _text(el: Any) -> str:
    """The visible text of a paragraph: spans, spaces (text:s), tabs and line breaks."""
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == TEXT + "s":
            parts.append(" " * max(_int(child.get(TEXT + "c"), 1), 1))
        elif tag == TEXT + "tab":
            parts.append("\t")
        elif tag == TEXT + "line-break":
            parts.append("\n")
        elif isinstance(tag, str) and tag not in _SKIP and tag != TEXT + "number":
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


@dataclass
class _Chain:
    """Counters of one list, shared by the lists that continue it (formats come from each list's style)."""

    counts: list[int] = field(default_factory=list)


class _Reader:
    def __init__(self, styles: dict[str, dict[int, _Level]], paragraphs: dict[str, tuple[str | None, int]]) -> None:
        self.styles = styles
        self.paragraphs = paragraphs
        self.sink = BlockSink()
        self.chains: dict[str, _Chain] = {}
        self.last_by_style: dict[str, _Chain] = {}
        self.table_no = 0

    def walk(self, container: Any) -> None:
        for child in container:
            tag = child.tag
            if tag == TEXT + "p":
                self.paragraph(child)
            elif tag == TEXT + "h":
                self.heading(child, "")
            elif tag == TEXT + "list":
                self.list(child, None, 0)
            elif tag == TABLE + "table":
                self.table(child)
            elif tag in (TEXT + "section", TEXT + "index-body", OFFICE + "text"):
                self.walk(child)

    def _heading_level(self, style: str | None) -> int:
        """A paragraph styled Title or as a heading (automatic styles inherit it) is a heading."""
        seen: set[str] = set()
        while style and style not in seen:
            if style == "Title":  # also when styles.xml, which defines it, is missing
                return 1
            if style not in self.paragraphs:
                break
            seen.add(style)
            parent, level = self.paragraphs[style]
            if level:
                return level
            style = parent
        return 0

    def paragraph(self, p: Any, marker: str = "", level: int = 0) -> None:
        heading = 0 if marker else self._heading_level(p.get(TEXT + "style-name"))
        if heading:
            self.heading(p, "", heading)
            return
        text = _text(p)
        pieces = [x for x in text.split("\n") if x.strip()] or [""]
        if marker:
            self.sink.add(pieces[0], BlockKind.LIST_ITEM, level=level, marker=marker)
        else:
            self.sink.add_line(pieces[0])
        for piece in pieces[1:]:
            self.sink.add_line(piece)

    def heading(self, h: Any, marker: str, level: int | None = None) -> None:
        number = h.find(TEXT + "number")
        text = " ".join(_text(h).split())
        if not marker and number is not None and (number.text or "").strip():
            marker = (number.text or "").strip()  # the outline number LibreOffice wrote out
        if not marker:
            _, marker, text, _ = classify(text)
        level = level or _int(h.get(TEXT + "outline-level"), 1)
        self.sink.add(text, BlockKind.HEADING, level=level, marker=marker)

    def _chain(self, lst: Any) -> _Chain:
        style = lst.get(TEXT + "style-name", "")
        target = lst.get(TEXT + "continue-list")
        if target and target in self.chains:
            chain = self.chains[target]
        elif lst.get(TEXT + "continue-numbering") == "true" and style in self.last_by_style:
            chain = self.last_by_style[style]
        else:
            chain = _Chain()
        if lst.get(XML_ID):
            self.chains[lst.get(XML_ID)] = chain
        self.last_by_style[style] = chain
        return chain

    def _marker(self, chain: _Chain, style: str, depth: int, start: int | None) -> str:
        levels = self.styles.get(style, {})
        level = levels.get(depth + 1, _Level("bullet", bullet="-"))
        if level.kind == "bullet":
            return level.bullet
        while len(chain.counts) <= depth:
            chain.counts.append(0)
        del chain.counts[depth + 1 :]  # a deeper level restarts under a new item
        first = levels.get(depth + 1, level).start
        chain.counts[depth] = start if start is not None else (chain.counts[depth] or first - 1) + 1
        shown = range(max(depth - level.display + 1, 0), depth + 1)
        numbers = ".".join(format_number(chain.counts[i] or 1, levels.get(i + 1, level).fmt) for i in shown)
        return f"{level.prefix}{numbers}{level.suffix}" if numbers else ""

    def list(self, lst: Any, chain: _Chain | None, depth: int, style: str = "") -> None:
        style = lst.get(TEXT + "style-name") or style  # a nested list may name no style of its own
        chain = chain or self._chain(lst)
        for item in lst:
            if item.tag == TEXT + "list-header":
                self.walk(item)
                continue
            if item.tag != TEXT + "list-item":
                continue
            marker: str | None = None
            start = item.get(TEXT + "start-value")
            for child in item:
                if child.tag in (TEXT + "p", TEXT + "h") and marker is None:
                    marker = self._marker(chain, style, depth, _int(start, 1) if start else None)
                    if child.tag == TEXT + "h":
                        self.heading(child, marker)
                    else:
                        self.paragraph(child, marker, depth)
                elif child.tag == TEXT + "list":
                    self.list(child, chain, depth + 1, style)
                else:
                    self.walk([child])

    def table(self, tbl: Any) -> None:
        self.table_no += 1
        rows: list[tuple[list[str], bool]] = []
        above: dict[int, str] = {}
        for row in tbl.iter(TABLE + "table-row"):
            if _nearest_table(row) is not tbl:
                continue  # rows of nested tables belong to their cell's text
            header_flag = row.getparent().tag == TABLE + "table-header-rows"
            cells: list[str] = []
            here: dict[int, str] = {}
            col = skip = 0
            for cell in row:
                repeat = min(_int(cell.get(TABLE + "number-columns-repeated"), 1), 64)
                for _ in range(repeat):
                    if cell.tag == TABLE + "covered-table-cell":
                        if skip:  # covered by a cell spanning columns to its left
                            skip -= 1
                        else:  # covered by a cell spanning rows above: repeat it, as docx.py does
                            cells.append(above.get(col, ""))
                            here[col] = above.get(col, "")
                        col += 1
                        continue
                    if cell.tag != TABLE + "table-cell":
                        continue
                    text = "\n".join(_text(p) for p in cell.iter(TEXT + "p", TEXT + "h"))
                    cells.append(text)
                    here[col] = text
                    skip = _int(cell.get(TABLE + "number-columns-spanned"), 1) - 1
                    col += 1
            above = here
            rows.append((cells, header_flag))
        emit_table(self.sink, rows, self.table_no)


def _nearest_table(el: Any) -> Any:
    parent = el.getparent()
    while parent is not None and parent.tag != TABLE + "table":
        parent = parent.getparent()
    return parent


def _part(zf: zipfile.ZipFile, name: str) -> Any | None:
    if name not in zf.namelist():
        return None
    return etree.fromstring(zf.read(name), _PARSER)


def read(path: Path, data: bytes) -> Document:
    """Read an OpenDocument text without LibreOffice.

    Args:
        path: the file, for the result and messages.
        data: its bytes (a zip container, already sniffed and checked for zip bombs).

    Returns:
        HEADING, LIST_ITEM (numbers rendered from the list styles), PARAGRAPH and TABLE_ROW
        blocks, as the Word reader gives them.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            content = _part(zf, "content.xml")
            styles = _part(zf, "styles.xml")
    except (zipfile.BadZipFile, etree.XMLSyntaxError, EOFError, OSError, KeyError, ValueError) as exc:
        raise PlanLoadError(path, "corrupt", f"The OpenDocument file is damaged ({exc}).") from exc
    body = content.find(f"{OFFICE}body/{OFFICE}text") if content is not None else None
    if body is None:
        raise PlanLoadError(path, "corrupt", "The OpenDocument file has no text body.")
    reader = _Reader(_list_styles(content, styles), _paragraph_styles(content, styles))
    reader.walk(body)
    return make_document(path, "odt", data, reader.sink)
