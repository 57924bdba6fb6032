"""Plain-text plans (.txt, .md): decode the bytes, then rebuild paragraphs, lists and tables.

Wrapped lines are joined back into their paragraphs (see ``wrapped``), so a plan hard-wrapped
at 72 columns or written as Markdown reads to the same blocks as its Word original.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from comparer.errors import PlanLoadError
from comparer.models import BlockKind, Document
from comparer.progress import CancelToken, check
from comparer.readers.common import BlockSink, bullet_char, make_document
from comparer.readers.decoding import decode, legacy_text
from comparer.readers.txt_tables import pandoc_table
from comparer.readers.wrapped import Line, blank_separated, continues, looks_markdown, strip_markdown, wrap_width
from comparer.text.markers import split_marker
from comparer.text.normalize import clean

__all__ = ["build_blocks", "decode", "legacy_text", "read"]

_MD_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)$")
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_MD_RULE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_CHECK_EVERY = 20_000  # lines between cancel checks
# What a list marker can start with (see markers.py), after Markdown emphasis: a quick test
# that spares the full marker patterns for the many lines that open with a word.
_MAYBE_MARKER = re.compile(r"[*_]*(?:[\d(\-–—•+*▪●○◦·►✓❖\uf000-\uf0ff]|[IVXLCDM]+[.)/]|[a-zđ][.)])")
# What makes the per-paragraph clean-up necessary: white space other than " " and "\n" (which
# ``str.split`` folds; ``clean`` leaves some kinds) and private-use bullets (``bullet_char``).
# A text without any (nearly every file) is checked once, not paragraph by paragraph.
ODD_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_UNUSUAL = re.compile(f"[{ODD_SPACES}\uf000-\uf0ff]")


def control_count(text: str, data: bytes, encoding: str, warnings: list[str]) -> int:
    """How many control characters (``_CONTROLS``) the first 64 Ki characters of ``text`` hold.

    For a file that is plain UTF-8 (nothing replaced or converted) and no longer than that, they
    are counted on the bytes: C0 controls and DEL are single bytes, C1 controls ``C2 80``–``C2 9F``.
    """
    if encoding != "utf-8" or warnings or len(data) > 65536:
        return len(_CONTROLS.findall(text, 0, 65536))
    count = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return count + (len(_C1_UTF8.findall(data)) if b"\xc2" in data else 0)


def _cells(line: str) -> list[str] | None:
    """The cells of a tab- or pipe-separated table line, or None for an ordinary line."""
    if "|" not in line and "\t" not in line:
        return None
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return [c.strip() for c in stripped[1:-1].split("|")]
    if "\t" in stripped:
        cells = [c.strip() for c in stripped.split("\t")]
        if sum(1 for c in cells if c) >= 2:
            return cells
    return None


def _emit_table(
    sink: BlockSink, rows: list[tuple[int, list[str]]], table_no: int, header: list[str] | None = None
) -> None:
    """Emit a run of table rows; without an explicit header the first row is taken as one."""
    head = rows[0][1] if header is None else header
    for i, (line_no, cells) in enumerate(rows, start=1):
        sink.add("", BlockKind.TABLE_ROW, cells=cells, header=head, line=line_no, table=table_no, row=i)


def _line(raw: str, text: str, markdown: bool, usual: bool = False) -> Line:
    expanded = raw.expandtabs(4).rstrip() if "\t" in raw else raw.rstrip()
    indent = len(expanded) - len(expanded.lstrip())
    hang = -1
    hard = markdown and (raw.endswith("  ") or raw.rstrip().endswith("\\"))
    if not _MAYBE_MARKER.match(text):  # most lines: no marker to split off
        return Line(text, indent, len(expanded), hang, hard)
    plain = strip_markdown(text, markdown).lstrip("*_ ")
    marker, rest = split_marker(plain if usual else bullet_char(plain))
    dash = marker is not None and marker.text in ("-", "–", "—")
    if marker is not None:
        # Where the text after the marker starts in the raw line ("1.  Tăng" hangs at 4).
        at = expanded.find(rest[:8]) if rest else -1
        hang = at if at >= 0 else indent + len(marker.text) + 1
    return Line(text, indent, len(expanded), hang, hard, dash)


def build_blocks(text: str, *, markdown: bool | None = None, cancel: CancelToken | None = None) -> BlockSink:
    """Turn decoded text into blocks (see the module docstring for the rules).

    Args:
        text: the decoded text.
        markdown: read single line breaks as Markdown soft breaks; None guesses from the text.
        cancel: polled every few thousand lines.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    raw = text.split("\n")
    cleaned = clean(text)
    lines = cleaned.split("\n")  # clean() folds tabs, so cells are split from ``raw``
    # No odd spaces nor private-use bullets: each paragraph's text is in one-line form as
    # joined (clean() stripped the lines and folded runs of spaces), so needs no clean-up.
    usual = _UNUSUAL.search(cleaned) is None
    if markdown is None:
        # Markdown's cues: "#" headings, "**", or "\s{2,}" after a list marker, which needs a
        # space clean() does not fold.
        markdown = looks_markdown(lines) if not usual or "#" in cleaned or "**" in cleaned else False
    del cleaned  # its lines are in ``lines``: a 30 MB file need not be held twice
    sink = BlockSink()
    # Blank lines count as 0, which wrap_width ignores.
    if "\t" in text:
        width = wrap_width([len(x.expandtabs(4).rstrip()) for x in raw])
    else:
        width = wrap_width(list(map(len, map(str.rstrip, raw))))
    chunked = blank_separated(raw)
    table_no = 0
    para: list[Line] = []
    para_line = 0

    def flush() -> None:
        if para:
            joined = para[0].text if len(para) == 1 else " ".join(x.text for x in para)
            # One-line form (odd Unicode spaces folded too, and any left where emphasis went).
            if usual:
                unmarked = strip_markdown(joined, markdown)
                sink.add_flat(joined if unmarked is joined else " ".join(unmarked.split()), line=para_line)
            else:
                flat = " ".join(strip_markdown(joined, markdown).split())
                sink.add_flat(bullet_char(flat), line=para_line)
            para.clear()

    i = 0
    while i < len(lines):
        if i % _CHECK_EVERY == 0:
            check(cancel)
        line = lines[i]
        if not line:
            flush()
            i += 1
            continue
        table = pandoc_table(raw, i) if "--" in line or (i + 1 < len(raw) and "--" in raw[i + 1]) else None
        if table is not None:
            flush()
            end, header, rows = table
            table_no += 1
            _emit_table(
                sink,
                [(n + 1, [strip_markdown(c, True) for c in cells]) for n, cells in rows],
                table_no,
                [strip_markdown(c, True) for c in header],
            )
            i = end
            continue
        if _cells(raw[i]) is not None:
            j, run = i, []
            while j < len(lines) and (cells := _cells(raw[j])) is not None:
                if not _MD_SEPARATOR.match(lines[j].strip()):
                    run.append((j + 1, [strip_markdown(c, markdown) for c in cells]))
                j += 1
            if len(run) >= 2:
                flush()
                table_no += 1
                _emit_table(sink, run, table_no)
                i = j
                continue
            # A lone tab- or pipe-separated line is not a table: read it as text.
        heading = _MD_HEADING.match(line) if line[0] == "#" else None
        if heading:
            flush()
            title = strip_markdown(heading.group(2).rstrip(" #"), markdown)
            sink.add(title, BlockKind.HEADING, level=len(heading.group(1)), line=i + 1)
        elif markdown and _MD_RULE.match(line):
            flush()  # a horizontal rule
        else:
            current = _line(raw[i], line, markdown, usual)
            if para and continues(
                para[0], para[-1], current, width=width, markdown=markdown, chunked=chunked, marker=current.hang >= 0
            ):
                para.append(current)
            else:
                flush()
                para.append(current)
                para_line = i + 1
        i += 1
    flush()
    return sink


def read(path: Path, data: bytes, *, cancel: CancelToken | None = None) -> Document:
    """Read a plain-text or Markdown plan.

    Args:
        path: the file, for the result and messages (``.md`` reads as Markdown).
        data: its bytes.
        cancel: polled while the lines are read.

    Returns:
        One block per paragraph, list item (typed marker), Markdown heading or table row.
    """
    text, encoding, warnings = decode(data)
    if not text.strip():
        raise PlanLoadError(path, "empty", "The file contains only white space.")
    if "\x00" in text or control_count(text, data, encoding, warnings) > min(len(text), 65536) * 0.01:
        raise PlanLoadError(path, "unsupported", "The file holds binary data, not text.")
    check(cancel)
    markdown = True if path.suffix.lower() in _MARKDOWN_SUFFIXES else None
    sink = build_blocks(text, markdown=markdown, cancel=cancel)
    return make_document(path, "txt", data, sink, warnings=warnings, encoding=encoding)
