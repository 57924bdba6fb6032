"""Saved web pages (.html): keep the article's text, drop menus, sidebars and footers."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from comparer.models import BlockKind, Document
from comparer.progress import CancelToken, check
from comparer.readers.common import BlockSink, classify, make_document
from comparer.readers.decoding import decode as decode_text
from comparer.readers.decoding import legacy_text
from comparer.readers.docx_numbering import format_number
from comparer.readers.html_tree import Node, parse

_SKIP_TAGS = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "menu",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "textarea",
        "object",
        "canvas",
    ]
)
_BOILERPLATE = re.compile(r"menu|nav|footer|sidebar|breadcrumb|share|comment|related|banner|advert")
_CONTENT = re.compile(r"content|article|detail|post|entry|news")
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "li",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "address",
        "center",
        "hr",
        "fieldset",
        "details",
        "summary",
        "body",
        "html",
    ]
) | frozenset(_HEADINGS)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9:._-]+)""", re.IGNORECASE)
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a web page: byte order mark, then the meta charset, then as a text file would."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data)
    m = _META_CHARSET.search(data[:8192])
    if m:
        try:
            codec = codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            codec = ""
        # A page that declares UTF-16 but has no BOM is ASCII-compatible bytes (browsers agree).
        if codec and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                note = f"The page declares {codec} but is not valid {codec}; the encoding was guessed."
                text, guessed, warnings = decode_text(data)
                return text, guessed, [note, *warnings]
            # Pages made from .VnTime documents declare windows-1252 or iso-8859-1.
            return legacy_text(text, None, codec) or (text, codec, [])
    return decode_text(data)


def _is_boilerplate(node: Node, keep: set[int]) -> bool:
    if id(node) in keep or node.tag in ("html", "body", "article", "main"):
        return False
    return node.tag in _SKIP_TAGS or bool(_BOILERPLATE.search(node.label()))


class _Extractor:
    """Walks the chosen container and turns its elements into blocks."""

    def __init__(self, container: Node) -> None:
        self.sink = BlockSink()
        self.keep = {id(n) for n in _ancestors(container)}
        self.text_len: dict[int, int] = {}
        self.buffer: list[str] = []
        self.pending: tuple[str, int] | None = None  # list marker waiting for its item text
        self.table_no = 0
        # An <article>'s own <header> holds the title; a page's <header> holds the menu.
        if container.tag in ("article", "main"):
            for node in container.iter():
                if node.tag == "header":
                    self.keep.add(id(node))

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer.clear()
        if not text.strip():
            return
        if self.pending is not None:
            marker, level = self.pending
            self.pending = None
            self.sink.add(text, BlockKind.LIST_ITEM, marker=marker, level=level)
        else:
            self.sink.add_line(text)

    def walk(self, node: Node, list_level: int = -1) -> None:
        for child in node.children:
            if isinstance(child, str):
                self.buffer.append(child)
                continue
            tag = child.tag
            if _is_boilerplate(child, self.keep):
                continue
            if tag == "br":
                self.flush() if self.pending is None else self.buffer.append(" ")
            elif tag in _HEADINGS:
                self.flush()
                _, marker, rest, _ = classify(_text(child))
                self.sink.add(rest, BlockKind.HEADING, level=_HEADINGS[tag], marker=marker)
            elif tag in ("ul", "ol", "menu"):
                self.flush()
                self.list(child, list_level + 1)
            elif tag == "table" and not _layout_table(child):
                self.flush()
                self.table(child)
            elif tag == "pre":
                self.flush()
                for line in _text(child, keep_lines=True).split("\n"):
                    self.sink.add_line(line)
            elif tag in _BLOCKS:
                self.flush()
                self.walk(child, list_level)
                self.flush()
            else:
                self.walk(child, list_level)

    def list(self, node: Node, level: int) -> None:
        ordered = node.tag == "ol"
        counter = _int(node.attrs.get("start"), 1) - 1
        fmt = _OL_TYPES.get(node.attrs.get("type", "1"), "decimal")
        for item in node.elements():
            if item.tag != "li":
                self.walk(item, level)  # stray content directly in a list
                continue
            counter = _int(item.attrs.get("value"), counter + 1)
            self.pending = (f"{format_number(counter, fmt)}." if ordered else "-", level)
            self.walk(item, level)
            self.flush()
            self.pending = None

    def table(self, node: Node) -> None:
        self.table_no += 1
        rows = [n for n in node.iter() if n.tag == "tr" and _nearest_table(n) is node]
        cells_of = [[_text(c) for c in row.elements() if c.tag in ("td", "th")] for row in rows]
        th_rows = [i for i, row in enumerate(rows) if row.elements() and all(c.tag == "th" for c in row.elements())]
        header = cells_of[th_rows[0] if th_rows else 0] if rows else []
        for i, cells in enumerate(cells_of, start=1):
            self.sink.add("", BlockKind.TABLE_ROW, cells=cells, header=header, table=self.table_no, row=i)


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default


def _ancestors(node: Node) -> list[Node]:
    out = []
    cur: Node | None = node
    while cur is not None:
        out.append(cur)
        cur = cur.parent
    return out


def _nearest_table(node: Node) -> Node | None:
    cur = node.parent
    while cur is not None and cur.tag != "table":
        cur = cur.parent
    return cur


def _text(node: Node, keep_lines: bool = False) -> str:
    """All text below ``node`` (scripts and styles left out), line breaks as spaces or newlines."""
    parts: list[str] = []
    stack: list[Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
        elif item.tag in ("script", "style", "template"):
            continue
        elif item.tag == "br" or (item.tag in _BLOCKS and item is not node):
            parts.append("\n" if keep_lines else " ")
            stack.extend(reversed(item.children))
        else:
            stack.extend(reversed(item.children))
    return "".join(parts)


def _layout_table(node: Node) -> bool:
    """Old portals lay pages out with tables: a cell holding paragraphs or tables is layout."""
    for cell in node.iter():
        if cell.tag not in ("td", "th") or _nearest_table(cell) is not node:
            continue
        inner = cell.iter()[1:]
        if any(n.tag == "table" for n in inner) or sum(1 for n in inner if n.tag in ("p", "div", "li")) > 2:
            return True
    return False


def _text_lengths(root: Node) -> dict[int, int]:
    """Length of the readable (non-boilerplate) text under each element."""
    lengths: dict[int, int] = {}
    for node in reversed(root.iter()):  # children before parents
        if _is_boilerplate(node, set()):
            lengths[id(node)] = 0
            continue
        own = sum(len(c.strip()) for c in node.children if isinstance(c, str))
        lengths[id(node)] = own + sum(lengths[id(c)] for c in node.elements())
    return lengths


def choose_container(root: Node) -> Node:
    """The article's element when one holds most of the page's text, else the body."""
    body = next((n for n in root.iter() if n.tag == "body"), root)
    lengths = _text_lengths(body)
    total = lengths[id(body)] or 1
    candidates = [
        n
        for n in body.iter()
        if n is not body
        and (n.tag in ("article", "main") or _CONTENT.search(n.label()))
        and lengths[id(n)] >= total * 0.5
    ]
    if not candidates:
        return body
    # The tightest container wins; on equal text the innermost (wrappers add only chrome).
    best = min(candidates, key=lambda n: (lengths[id(n)], -len(_ancestors(n))))
    # Climb to an ancestor that adds little text when that brings in the page title.
    while not any(n.tag == "h1" for n in best.iter()) and best.parent is not None and best.parent is not body:
        if lengths[id(best.parent)] > lengths[id(best)] * 1.2:
            break
        best = best.parent
    return best


def read(path: Path, data: bytes, *, cancel: CancelToken | None = None) -> Document:
    """Read a saved web page.

    Args:
        path: the file, for the result and messages.
        data: its bytes.
        cancel: polled between the stages of reading.

    Returns:
        HEADING blocks for h1-h6, LIST_ITEM blocks for list items (marker "-" or "1.") and
        paragraphs with typed markers, PARAGRAPH blocks, and TABLE_ROW blocks.
    """
    text, encoding, warnings = decode(data)
    check(cancel)
    root = parse(text, cancel)
    check(cancel)
    container = choose_container(root)
    check(cancel)
    extractor = _Extractor(container)
    extractor.walk(container)
    extractor.flush()
    check(cancel)
    return make_document(path, "html", data, extractor.sink, warnings=warnings, encoding=encoding)
