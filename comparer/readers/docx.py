"""Word .docx plans: body paragraphs and tables in document order, with rendered list numbers."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from lxml import etree

from comparer.errors import PlanLoadError
from comparer.models import BlockKind, Document
from comparer.progress import CancelToken, check
from comparer.readers import legacy
from comparer.readers.common import BlockSink, bullet_char, classify, emit_table, make_document, starts_with_marker
from comparer.readers.docx_fonts import RunFonts, legacy_fonts
from comparer.readers.docx_numbering import Numbering, W, child_val, to_int

# Zip-bomb guard. A real plan's document.xml is a few MB (a 300-page plan ≈ 15 MB); parts are
# counted as they are really unpacked, never by the sizes the zip declares, and refused past
# these bounds (issue 11: a 190 MB document.xml took 188 s and 3.4 GB to read).
MAX_XML_PART_BYTES = 48 * 1024 * 1024
MAX_PART_BYTES = 64 * 1024 * 1024  # an image
MAX_TOTAL_BYTES = 160 * 1024 * 1024
MAX_RATIO = 400
MAX_MEMBERS = 10_000
_CHUNK = 1 << 20
_HEADING = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_SKIP = {W + "txbxContent", W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "instrText"}
_CHECK_EVERY = 200  # body elements between cancel checks
# Parts no reading needs (kept out of memory; the main document is found through the rels).
_UNUSED = re.compile(
    r"^(?:docProps|customXml)/|/(?:theme|glossary)/|(?:stylesWithEffects|fontTable|settings|webSettings)\.xml$"
)


def _bomb(path: Path, name: str, size: int, packed: int) -> PlanLoadError:
    ratio = size / max(packed, 1)
    return PlanLoadError(
        path,
        "too_large",
        f"The part {name} unpacks to over {size / 1048576:.0f} MB ({ratio:.0f}x its packed size), "
        "which looks like a zip bomb.",
    )


def guard_zip(path: Path, data: bytes, cancel: CancelToken | None = None, *, keep: bool = False) -> dict[str, bytes]:
    """Refuse containers that unpack to absurd sizes, counting the bytes really unpacked.

    Every part is decompressed as a stream and counted; the count stops at the bound, so a
    zip that lies about its sizes costs at most the bound in time and a chunk in memory.

    Returns:
        With ``keep``, the XML parts' bytes by name (so the reader unpacks nothing twice);
        otherwise an empty dict.

    Raises:
        PlanLoadError: ``too_large`` past a bound; ``corrupt`` for a damaged container.
        Cancelled: ``cancel`` was set.
    """
    total = 0
    kept: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise PlanLoadError(path, "too_large", f"The document holds {len(infos)} parts, which no plan needs.")
            for info in infos:
                xml = info.filename.lower().endswith((".xml", ".rels"))
                limit = MAX_XML_PART_BYTES if xml else MAX_PART_BYTES
                if info.file_size > limit:  # declared: refuse early, but never trust it to accept
                    raise _bomb(path, info.filename, info.file_size, info.compress_size)
                size = 0
                pieces: list[bytes] = []
                wanted = keep and xml and not _UNUSED.search(info.filename)
                with zf.open(info) as part:
                    while chunk := part.read(_CHUNK):
                        if wanted:
                            pieces.append(chunk)
                        size += len(chunk)
                        total += len(chunk)
                        if size > limit or (size > 10 * _CHUNK and size / max(info.compress_size, 1) > MAX_RATIO):
                            raise _bomb(path, info.filename, size, info.compress_size)
                        if total > MAX_TOTAL_BYTES:
                            raise PlanLoadError(
                                path,
                                "too_large",
                                f"The document unpacks to over {total / 1048576:.0f} MB, over the limit.",
                            )
                        check(cancel)
                if pieces:
                    kept[info.filename] = b"".join(pieces)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError) as exc:
        # Damage is reported by the reader that opens the file next, with its own wording;
        # a part that cannot be unpacked is damage whatever reader follows.
        raise PlanLoadError(path, "corrupt", f"The document is damaged ({exc}).") from exc
    return kept


# python-docx parsed every part of the package (themes, settings, fonts) through its own
# classes: half of a .docx read. We need three parts, parsed with entities and network off.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True, huge_tree=False)
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _xml(path: Path, parts: dict[str, bytes], name: str | None) -> Any | None:
    if name is None or name not in parts:
        return None
    try:
        return etree.fromstring(parts[name], _PARSER)
    except etree.XMLSyntaxError as exc:
        raise PlanLoadError(path, "corrupt", f"The Word document is damaged ({name}: {exc}).") from exc


def _targets(path: Path, parts: dict[str, bytes], rels_name: str, base: str) -> dict[str, str]:
    """Relationship type (its last word: officeDocument, styles, numbering) → part name."""
    rels = _xml(path, parts, rels_name)
    out: dict[str, str] = {}
    for rel in rels.iter(_REL) if rels is not None else ():
        target = str(rel.get("Target") or "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        out.setdefault(str(rel.get("Type") or "").rsplit("/", 1)[-1], name)
    return out


def _package(path: Path, parts: dict[str, bytes]) -> tuple[Any, Any | None, Any | None]:
    """The main document, styles and numbering elements of a Word package."""
    main = _targets(path, parts, "_rels/.rels", "").get("officeDocument", "word/document.xml")
    if main not in parts and "word/document.xml" in parts:
        main = "word/document.xml"
    document = _xml(path, parts, main)
    if document is None or document.find(W + "body") is None:
        raise PlanLoadError(path, "corrupt", "The Word document is damaged: its main part is missing.")
    folder, name = posixpath.split(main)
    related = _targets(path, parts, posixpath.join(folder, "_rels", name + ".rels"), folder)
    return document, _xml(path, parts, related.get("styles")), _xml(path, parts, related.get("numbering"))


def element_text(el: Any, fonts: RunFonts | None = None) -> str:
    """The visible text of a paragraph or cell: runs, tabs and breaks, minus deleted text.

    With ``fonts``, runs set in a legacy TCVN3/VNI font are converted to Unicode.
    """
    parts: list[str] = []
    stack = [el]
    while stack:
        node = stack.pop()
        tag = node.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        found = fonts.legacy(node) if fonts is not None and tag == W + "r" else None
        if found:
            encoding, caps = found
            parts.append(legacy.convert(_legacy_run_text(node, encoding), encoding, caps=caps))
        elif tag == W + "t":
            parts.append(node.text or "")
        elif tag in (W + "tab", W + "ptab"):
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == W + "sym":
            parts.append(bullet_char(chr(_sym(node))))
        elif tag == W + "p" and parts:
            parts.append("\n")  # paragraphs nested in a cell
            stack.extend(reversed(list(node)))
        else:
            stack.extend(reversed(list(node)))
    return "".join(parts)


def _legacy_run_text(run: Any, encoding: str) -> str:
    """A legacy run's text; Word stores TCVN3's ư byte (0xAD, soft hyphen) as w:softHyphen."""
    if encoding == legacy.TCVN3:
        pieces = ["\u00ad" if child.tag == W + "softHyphen" else element_text(child) for child in run]
        return "".join(pieces)
    return element_text(run)


def _sym(node: Any) -> int:
    """The code point of a w:sym (a Symbol/Wingdings glyph, usually in the private use area)."""
    try:
        return int(node.get(W + "char", "20"), 16)
    except ValueError:
        return 0x20


class _Styles:
    """Paragraph styles: heading levels and numbering inherited through basedOn."""

    def __init__(self, styles_el: Any | None) -> None:
        self._by_id: dict[str, Any] = {}
        if styles_el is not None:
            for st in styles_el.findall(W + "style"):
                self._by_id[str(st.get(W + "styleId"))] = st

    def _chain(self, style_id: str | None) -> list[Any]:
        chain, seen = [], set()
        while style_id and style_id in self._by_id and style_id not in seen:
            seen.add(style_id)
            st = self._by_id[style_id]
            chain.append(st)
            style_id = child_val(st, "basedOn")
        return chain

    def num_ids(self) -> dict[str, str]:
        """styleId → numId for styles that carry numbering (used by list-style links)."""
        out = {}
        for sid, st in self._by_id.items():
            numpr = st.find(f"{W}pPr/{W}numPr")
            num_id = child_val(numpr, "numId")
            if num_id:
                out[sid] = num_id
        return out

    def heading_level(self, style_id: str | None, ppr: Any | None) -> int:
        """Heading level (1 = top) from the style name or outline level; 0 for body text."""
        outline = child_val(ppr, "outlineLvl")
        for st in self._chain(style_id):
            name = (child_val(st, "name") or "").strip()
            if name.lower() == "title":
                return 1
            m = _HEADING.match(name)
            if m:
                return int(m.group(1))
            outline = outline or child_val(st.find(W + "pPr"), "outlineLvl")
        level = to_int(outline, 9)
        return level + 1 if level < 9 else 0

    def numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        """(numId, ilvl) a style gives its paragraphs, looking through basedOn."""
        num_id = ilvl = None
        for st in self._chain(style_id):
            numpr = st.find(f"{W}pPr/{W}numPr")
            num_id = num_id or child_val(numpr, "numId")
            ilvl = ilvl or child_val(numpr, "ilvl")
        return num_id, ilvl


class _Reader:
    def __init__(
        self, document_el: Any, styles_el: Any | None, numbering_el: Any | None, cancel: CancelToken | None = None
    ) -> None:
        self.cancel = cancel
        self.seen = 0
        self.styles = _Styles(styles_el)
        self.numbering = Numbering(numbering_el, self.styles.num_ids())
        self.sink = BlockSink()
        self.table_no = 0
        self.fonts = legacy_fonts(document_el, styles_el)

    def walk(self, container: Any) -> None:
        for child in container:
            self.seen += 1
            if self.seen % _CHECK_EVERY == 0:
                check(self.cancel)
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag in (W + "sdt", W + "customXml", W + "sdtContent", W + "ins", W + "smartTag"):
                self.walk(child)

    def paragraph(self, p: Any) -> None:
        ppr = p.find(W + "pPr")
        style_id = child_val(ppr, "pStyle")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        s_num, s_ilvl = self.styles.numbering(style_id)
        num_id = child_val(numpr, "numId") or s_num
        ilvl_text = child_val(numpr, "ilvl") or s_ilvl
        rendered = None
        ilvl = 0
        if num_id and num_id != "0":
            ilvl = to_int(ilvl_text, -1)
            if ilvl < 0:
                ilvl = self.numbering.level_for_style(num_id, style_id or "") or 0
            # Advance even for an empty paragraph: Word shows and counts its number.
            rendered = self.numbering.next_marker(num_id, ilvl)
        text = element_text(p, self.fonts)
        if not text.strip():
            return
        heading = self.styles.heading_level(style_id, ppr)
        segments = self._segments(text)
        first = segments[0]
        if heading:
            if rendered:
                marker, body = rendered[0], first
            else:  # "I. MỤC ĐÍCH, YÊU CẦU" typed into a heading style
                _, marker, body, _ = classify(first)
            self.sink.add(body, BlockKind.HEADING, level=heading, marker=marker)
        elif rendered and rendered[0]:
            self.sink.add(first, BlockKind.LIST_ITEM, level=ilvl, marker=rendered[0])
        else:
            self.sink.add_line(first)
        for seg in segments[1:]:
            self.sink.add_line(seg)

    @staticmethod
    def _segments(text: str) -> list[str]:
        """Split at manual line breaks only where the next line opens with a typed marker."""
        out: list[str] = []
        for piece in text.split("\n"):
            if out and not starts_with_marker(piece):
                out[-1] += " " + piece
            elif piece.strip() or not out:
                out.append(piece)
        return out

    def table(self, tbl: Any) -> None:
        self.table_no += 1
        rows: list[tuple[list[str], bool]] = []
        above: dict[int, str] = {}
        for tr in tbl.iter(W + "tr"):
            if tr.getparent() is not tbl and tr.getparent().tag != W + "sdtContent":
                continue  # rows of nested tables belong to their cell's text
            col, cells, here = 0, [], {}
            for tc in tr.findall(W + "tc"):
                tcpr = tc.find(W + "tcPr")
                span = max(to_int(child_val(tcpr, "gridSpan"), 1), 1)
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                if vmerge is not None and vmerge.get(W + "val") in (None, "continue"):
                    text = above.get(col, "")  # python-docx repeats the merged cell: so do we
                else:
                    text = element_text(tc, self.fonts)
                cells.append(text)
                here[col] = text
                col += span
            above = here
            header_flag = tr.find(f"{W}trPr/{W}tblHeader") is not None
            rows.append((cells, header_flag))
        emit_table(self.sink, rows, self.table_no)


def read(path: Path, data: bytes, *, cancel: CancelToken | None = None) -> Document:
    """Read a Word .docx plan.

    Args:
        path: the file, for the result and messages.
        data: its bytes (a zip container, already sniffed).
        cancel: polled while the container is checked and every few hundred paragraphs.

    Returns:
        HEADING blocks for heading styles, LIST_ITEM blocks with the marker Word renders,
        PARAGRAPH blocks, and TABLE_ROW blocks with cells and header.
    """
    parts = guard_zip(path, data, cancel, keep=True)
    document, styles, numbering = _package(path, parts)
    del parts
    check(cancel)
    reader = _Reader(document, styles, numbering, cancel)
    reader.walk(document.find(W + "body"))
    warnings = []
    encoding = None
    if reader.fonts is not None:
        encoding = "+".join(sorted(reader.fonts.seen)) or None
        if encoding:
            warnings.append(f"Text in legacy Vietnamese fonts ({encoding.upper()}) was converted to Unicode.")
    return make_document(path, "docx", data, reader.sink, warnings=warnings, encoding=encoding)
