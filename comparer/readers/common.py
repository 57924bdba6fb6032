"""Shared pieces of the readers: block building, marker splitting, document assembly."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from comparer.models import Block, BlockKind, Document, Location
from comparer.text.markers import split_marker
from comparer.text.normalize import clean, one_line

# A line ending in one of these closes a sentence or a list clause, so the next line starts
# a new block (Vietnamese plans end list clauses with ";" and lead-ins with ":").
SENTENCE_END = (".", ";", ":", "!", "?", "…")

# Word and PDF producers put Symbol/Wingdings bullets in the private use area; people and
# the extractor know them as ordinary bullets (seen in LibreOffice exports of Word lists).
_PUA_BULLETS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf0d8": "►",
    "\uf076": "❖",
    "\uf0fc": "✓",
    "\uf0a8": "▪",
    "\uf06c": "●",
    "\uf06e": "▪",
    "\uf071": "❖",
    "\uf0e0": "►",
    "\uf02d": "-",
    "\uf02a": "*",
}


def join_wrapped(pieces: Iterable[str]) -> str:
    """Join wrapped lines with spaces, except after a code cut at its hyphen ("91-" + "KL/TW")."""
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if out:
            last = out[-1]
            cut = len(last) > 1 and last[-1] == "-" and last[-2].isalnum()
            out.append(piece if cut else " " + piece)
        else:
            out.append(piece)
    return "".join(out)


_PUA = re.compile("[\uf000-\uf0ff]")


def bullet_char(text: str) -> str:
    """Map a private-use Symbol/Wingdings bullet (U+F0xx) to its ordinary Unicode glyph."""
    if not _PUA.search(text):  # nearly every line: no per-character work
        return text
    return _PUA.sub(lambda m: _PUA_BULLETS.get(m.group(), "•"), text)


def classify(text: str) -> tuple[BlockKind, str, str, int]:
    """Split a typed marker off one line of text.

    Args:
        text: the line (any Unicode form).

    Returns:
        ``(kind, marker, rest, level)``: LIST_ITEM with the marker text and its nesting depth
        when the line starts with a marker, else PARAGRAPH with the whole line.
    """
    return _classify_flat(one_line(bullet_char(text)))


def _classify_flat(line: str) -> tuple[BlockKind, str, str, int]:
    """``classify`` for text already in ``one_line`` form."""
    marker, rest = split_marker(line)
    if marker is None:
        return BlockKind.PARAGRAPH, "", line, 0
    return BlockKind.LIST_ITEM, marker.text, rest, marker.depth


_LOWER_WORD = re.compile(r"[^\W\d_A-ZÀ-ÝĐ]+[,;:]?(?:\s|$)")


def starts_lower(text: str) -> bool:
    """The line opens with a word in lower case, as a sentence carried on does (not a web
    address or a file name: "truonglehongphong.edu.vn", "https://…")."""
    return bool(text[:1].islower() and _LOWER_WORD.match(text))


def starts_with_marker(text: str) -> bool:
    """True when the line opens with a list/section marker ("1.", "a)", "-", "II.")."""
    return split_marker(clean(bullet_char(text)))[0] is not None


class BlockSink:
    """Collects blocks in reading order, numbering them and normalising their text."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []

    def add(
        self,
        text: str,
        kind: BlockKind,
        *,
        level: int = 0,
        marker: str = "",
        cells: Iterable[str] = (),
        header: Iterable[str] = (),
        line: int | None = None,
        page: int | None = None,
        table: int | None = None,
        row: int | None = None,
    ) -> None:
        """Append one block; text and cells go through ``one_line`` and empty text is dropped."""
        cell_texts = tuple(one_line(c) for c in cells)
        header_texts = tuple(one_line(h) for h in header)
        body = " | ".join(cell_texts) if kind is BlockKind.TABLE_ROW else one_line(text)
        self._append(
            body, kind, level, one_line(marker) if marker else "", cell_texts, header_texts, line, page, table, row
        )

    def _append(
        self,
        body: str,
        kind: BlockKind,
        level: int,
        marker: str,
        cells: tuple[str, ...],
        header: tuple[str, ...],
        line: int | None,
        page: int | None,
        table: int | None,
        row: int | None,
    ) -> None:
        """Append a block whose texts are already in ``one_line`` form."""
        if not body.strip(" |"):
            return
        location = Location(len(self.blocks), line=line, page=page, table=table, row=row)
        self.blocks.append(
            Block(
                text=body,
                kind=kind,
                location=location,
                level=level,
                marker=marker,
                cells=cells,
                header=header,
            )
        )

    def add_line(self, text: str, *, line: int | None = None, page: int | None = None) -> None:
        """Append a paragraph or, when it opens with a typed marker, a list item."""
        kind, marker, rest, level = classify(text)
        self._append(rest, kind, level, marker, (), (), line, page, None, None)

    def add_flat(self, text: str, *, line: int | None = None, page: int | None = None) -> None:
        """``add_line`` for text already in ``one_line`` form with bullets mapped (the fast path)."""
        kind, marker, rest, level = _classify_flat(text)
        self._append(rest, kind, level, marker, (), (), line, page, None, None)


def make_document(
    path: Path,
    fmt: str,
    data: bytes,
    sink: BlockSink,
    *,
    warnings: Iterable[str] = (),
    encoding: str | None = None,
) -> Document:
    """Assemble the reader's result; the hash is over the exact file bytes."""
    return Document(
        path=str(path),
        format=fmt,
        blocks=tuple(sink.blocks),
        sha256=hashlib.sha256(data).hexdigest(),
        warnings=tuple(warnings),
        encoding=encoding,
    )


_NUMERIC = re.compile(r"^[\d\s.,:;()%/+\-–]*$")


def emit_table(sink: BlockSink, rows: list[tuple[list[str], bool]], table_no: int) -> None:
    """Add a Word or ODF table's rows to ``sink`` as TABLE_ROW blocks.

    ``rows`` are (cell texts, marked-as-header) pairs. A one-column table is a box around text,
    so its lines are read as paragraphs. The first row is the header when it is marked so, or
    when every label in it is short and not a number.
    """
    if not rows:
        return
    if max(len(c) for c, _ in rows) == 1:
        for cells, _ in rows:
            for piece in cells[0].split("\n") if cells else []:
                sink.add_line(piece)
        return
    rows = [([c.replace("\n", " ") for c in cells], flag) for cells, flag in rows]
    first, flagged = rows[0]
    labels = [c for c in first if c.strip()]
    is_header = flagged or (
        len(rows) > 1 and bool(labels) and all(len(c) <= 80 and not _NUMERIC.match(c) for c in labels)
    )
    header = first if is_header else []
    for i, (cells, _) in enumerate(rows, start=1):
        sink.add("", BlockKind.TABLE_ROW, cells=cells, header=header, table=table_no, row=i)
