"""Pandoc's plain-text tables (simple and multiline): columns marked by runs of dashes.

Pandoc writes a Word table into Markdown or plain text as::

    ---------------------------------
    Nội dung nhiệm     Cơ quan chủ
    vụ                 trì
    ------------------ --------------
    Tổ chức hội nghị   Sở Giáo dục
    nghiên cứu         và Đào tạo

    Đề xuất giao       Sở Nội vụ
    ---------------------------------

Each cell's text lies under its column's dashes; in a multiline table (framed by full rules)
blank lines separate rows, in a simple table every line is a row.
"""

from __future__ import annotations

import re

_FULL_RULE = re.compile(r"^\s*-{10,}\s*$")
_COLUMN_RULE = re.compile(r"^\s*-{2,}(?: +-{2,})+\s*$")
_MAX_SCAN = 400  # lines a table's header or row may take


def _columns(rule: str) -> list[int]:
    """Start offsets of the columns a dash rule marks."""
    return [m.start() for m in re.finditer(r"-+", rule)]


def _split(line: str, starts: list[int]) -> list[str]:
    bounds = [*starts[1:], None]
    return [line[a:b].strip() for a, b in zip(starts, bounds, strict=True)]


def _join_rows(lines: list[str], starts: list[int]) -> list[str]:
    cols: list[list[str]] = [[] for _ in starts]
    for line in lines:
        for k, cell in enumerate(_split(line, starts)):
            if cell:
                cols[k].append(cell)
    return [" ".join(c) for c in cols]


def pandoc_table(raw: list[str], i: int) -> tuple[int, list[str], list[tuple[int, list[str]]]] | None:
    """A pandoc table starting at line ``i``, or None.

    Returns:
        ``(index after the table, header cells (empty without a header), rows)``; each row is
        (index of its first line, cells).
    """
    line = raw[i].expandtabs(4)
    framed = bool(_FULL_RULE.match(line))
    if framed:
        k = i + 1
        while k < len(raw) and k - i < _MAX_SCAN and raw[k].strip() and not _COLUMN_RULE.match(raw[k]):
            k += 1
        if k >= len(raw) or not _COLUMN_RULE.match(raw[k]):
            return None
        header_lines = [x.expandtabs(4) for x in raw[i + 1 : k]]
    elif _COLUMN_RULE.match(line) or (
        i + 1 < len(raw) and raw[i].strip() and _COLUMN_RULE.match(raw[i + 1]) and not _cellsish(raw[i])
    ):
        k = i if _COLUMN_RULE.match(line) else i + 1
        header_lines = [x.expandtabs(4) for x in raw[i:k]]
    else:
        return None
    starts = _columns(raw[k].expandtabs(4))
    header = _join_rows(header_lines, starts) if header_lines else []
    rows: list[tuple[int, list[str]]] = []
    j = k + 1
    group: list[str] = []
    group_at = j
    while j < len(raw):
        text = raw[j].expandtabs(4)
        if _FULL_RULE.match(text) or (framed and _COLUMN_RULE.match(text)):
            j += 1
            break
        if not text.strip():
            if not framed:
                break  # a simple table ends at a blank line
            if group:
                rows.append((group_at, _join_rows(group, starts)))
                group = []
        elif framed:
            if not group:
                group_at = j
            group.append(text)
        else:
            rows.append((j, _split(text, starts)))
        j += 1
    if group:
        rows.append((group_at, _join_rows(group, starts)))
    rows = [(n, cells) for n, cells in rows if any(cells)]
    if not rows:
        return None
    return j, [h for h in header] if any(header) else [], rows


def _cellsish(line: str) -> bool:
    """A line of a pipe table, which has its own reader."""
    return line.strip().startswith("|")
