"""Tell a wrapped line's continuation from a new paragraph in plain text and Markdown.

Cues, strongest first: a list marker opens a block; a line starting in lower case carries on
the sentence; in a file hard-wrapped at a width (pandoc, e-mail, "Save as text" with line
breaks) a line ends its paragraph when the next line's first word would have fitted on it,
and a line indented past the paragraph's body opens one; in Markdown every line of a
paragraph is a soft break. Files with one paragraph per line (web pages saved as text) have
no wrap width, so only the lower-case cue can join their lines, and never after a sentence end.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from comparer.readers.common import SENTENCE_END, starts_lower

# Emphasis and escapes of Markdown (pandoc writes ``**bold**`` and ``\\*``); they never belong
# to a plan's words.
_STRONG = re.compile(r"\*\*|__")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_EN_DASH = re.compile(r"(?:(?<=\s)|^)--(?=\s)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|\"'<>~])")
_STOP = (".", "!", "?", "…")
_PANDOC_LIST = re.compile(r"^(?:[-*+]|\d{1,2}[.)])\s{2,}\S")


class Line(NamedTuple):
    """One non-blank line: its clean text, indent and visual length (both in characters).

    A NamedTuple: a million-line file makes a million of these.
    """

    text: str
    indent: int
    length: int
    hang: int = -1  # for a line opening with a marker, the indent of the text after it
    hard_break: bool = False  # Markdown's trailing two spaces or backslash
    dash: bool = False  # the marker is a dash, which may also be a dash inside a sentence


def strip_markdown(text: str, markdown: bool) -> str:
    """Drop emphasis (``**`` always: no plan writes it) and, in Markdown, ``*x*`` and escapes."""
    if "**" in text or "__" in text:
        text = _STRONG.sub("", text)
    if markdown and ("*" in text or "\\" in text or "--" in text):
        if "*" in text:
            text = _EMPHASIS.sub(r"\1", text)
        if "\\" in text:
            text = _ESCAPE.sub(r"\1", text)
        if "--" in text:
            text = _EN_DASH.sub("–", text)  # pandoc writes an en dash as "--"
    return text


def looks_markdown(lines: list[str]) -> bool:
    """Pandoc-style Markdown: ``#`` headings, ``**bold**`` or lists with padded markers."""
    hits = 0
    for line in lines[:2000]:
        if line.startswith("#") and line.lstrip("#").startswith(" ") or "**" in line or _PANDOC_LIST.match(line):
            hits += 1
        if hits >= 3:
            return True
    return False


def wrap_width(lengths: list[int]) -> int | None:
    """The width a hard-wrapped file was wrapped at, or None when lines are whole paragraphs.

    A wrapped file has most of its long lines near one width of 40–160 characters; files with
    one paragraph per line (all the seed articles) have a spread of lengths in the hundreds.
    """
    lengths = sorted(n for n in lengths if n)
    if len(lengths) < 6:
        return None
    width = lengths[max(int(len(lengths) * 0.9) - 1, 0)]
    if not 40 <= width <= 160:
        return None
    near = sum(1 for n in lengths if width * 0.75 <= n <= width + 2)
    over = sum(1 for n in lengths if n > width * 1.15 + 2)
    return width if near >= len(lengths) * 0.5 and over <= len(lengths) * 0.05 else None


def blank_separated(raw: list[str]) -> bool:
    """Paragraphs set apart by blank lines, several lines each (pandoc, e-mail): inside such a
    chunk every line break is a wrap."""
    # One byte a line, 1 for a line with text: a chunk starts at each 0→1 step (and at a first 1).
    filled = b"\x00" + bytes(map(bool, map(str.strip, raw)))
    chunks = filled.count(b"\x00\x01")
    lines = filled.count(1)
    return chunks >= 3 and lines >= chunks * 1.5


def continues(
    first: Line, prev: Line, line: Line, *, width: int | None, markdown: bool, chunked: bool, marker: bool
) -> bool:
    """Does ``line`` carry on the paragraph that opened with ``first`` and so far ends with ``prev``?

    Args:
        first: the paragraph's first line.
        prev: the line before ``line``.
        line: the candidate continuation.
        width: the file's wrap width, or None for one paragraph per line.
        markdown: the file is Markdown (a single line break is a soft break).
        chunked: paragraphs are set apart by blank lines (see ``blank_separated``).
        marker: ``line`` opens with a list or section marker.
    """
    if prev.hard_break:
        return False
    if marker:
        # "… Lê Đại Thăng - Ủy viên BTV" / "– Phó Chủ tịch UBND …": a dash inside a sentence
        # that the wrap put first on a line. Only after a full line that ends mid-clause.
        return (
            line.dash
            and width is not None
            and not prev.text.endswith(SENTENCE_END)
            and prev.length + 1 + len(line.text.split(" ", 1)[0]) > width
            and prev.length >= width * 0.8
        )
    if prev.text.startswith("**") and prev.text.endswith("**") and len(prev.text) > 4:
        return False  # a bold line standing alone is a heading
    # A line in lower case carries a sentence on, but not under a title in capitals
    # ("CỦA BỘ CHÍNH TRỊ" / "về tiếp tục thực hiện Nghị quyết …" are two lines of a title).
    lower = starts_lower(line.text) and not prev.text.isupper()
    ends = prev.text.endswith(SENTENCE_END)
    if width is None:
        # Whole paragraphs per line: only a lower-case start after an unfinished clause joins.
        return lower and not ends
    if markdown or chunked:
        return True  # a soft break inside a paragraph set apart by blank lines
    if lower and not prev.text.endswith(_STOP):
        return True
    if ends:
        return False  # lines run together: a sentence end at a line end closes the paragraph
    if line.indent > max(prev.indent, first.hang) + 1:
        return False  # a first-line indent opens a paragraph; list items' lines hang under the text
    first_word = len(line.text.split(" ", 1)[0])
    if prev.length + 1 + first_word <= width:
        # The wrapper would have put that word on the line above: the line was ended on purpose,
        # unless it is a long line (a wrap by a narrower window) and the next is not bold.
        return prev.length >= width * 0.8 and not line.text.startswith("**")
    return True
