"""Word list numbering: resolve numPr to a definition and render the marker Word would show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from comparer.readers.common import bullet_char

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def child_val(el: Any, tag: str, default: str | None = None) -> str | None:
    """The w:val of child ``tag`` of ``el`` (None-safe)."""
    if el is None:
        return default
    child = el.find(W + tag)
    if child is None:
        return default
    value = child.get(W + "val")
    return default if value is None else str(value)


def to_int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in a Word numFmt (decimal, lowerLetter, upperRoman, ...)."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else "a"
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n) if n > 0 else "0"
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass(frozen=True)
class Level:
    """One level of a numbering definition (w:lvl)."""

    fmt: str
    text: str
    start: int
    legal: bool = False


def _parse_levels(container: Any) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    for lvl in container.findall(W + "lvl"):
        ilvl = to_int(lvl.get(W + "ilvl"), 0)
        levels[ilvl] = Level(
            fmt=child_val(lvl, "numFmt", "decimal") or "decimal",
            text=child_val(lvl, "lvlText", "") or "",
            start=to_int(child_val(lvl, "start"), 1),
            legal=lvl.find(W + "isLgl") is not None,
        )
    return levels


class Numbering:
    """The numbering part of one document plus the running counters of its lists.

    Counters are kept per (numId, ilvl), as the brief and Word's list instances do; a level
    that advances resets every deeper level of the same list.
    """

    def __init__(self, numbering: Any | None, style_num_ids: dict[str, str]) -> None:
        abstract: dict[str, dict[int, Level]] = {}
        links: dict[str, str] = {}
        self._pstyles: dict[tuple[str, str], int] = {}
        self._defs: dict[str, dict[int, Level]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._abstract_of: dict[str, str] = {}
        if numbering is None:
            return
        for an in numbering.findall(W + "abstractNum"):
            aid = str(an.get(W + "abstractNumId"))
            abstract[aid] = _parse_levels(an)
            link = child_val(an, "numStyleLink")
            if link:
                links[aid] = link
            for lvl in an.findall(W + "lvl"):
                pstyle = child_val(lvl, "pStyle")
                if pstyle:
                    self._pstyles[(aid, pstyle)] = to_int(lvl.get(W + "ilvl"), 0)
        num_to_abstract = {
            str(num.get(W + "numId")): child_val(num, "abstractNumId") or "" for num in numbering.findall(W + "num")
        }
        for num in numbering.findall(W + "num"):
            num_id = str(num.get(W + "numId"))
            aid = num_to_abstract[num_id]
            if aid in links:  # a list style: follow it to the definition it points at (one hop)
                aid = num_to_abstract.get(style_num_ids.get(links[aid], ""), aid)
            levels = dict(abstract.get(aid, {}))
            for override in num.findall(W + "lvlOverride"):
                ilvl = to_int(override.get(W + "ilvl"), 0)
                replaced = override.find(W + "lvl")
                if replaced is not None:
                    levels.update(_parse_levels(override))
                start = child_val(override, "startOverride")
                if start is not None and ilvl in levels:
                    base = levels[ilvl]
                    levels[ilvl] = Level(base.fmt, base.text, to_int(start, 1), base.legal)
            self._defs[num_id] = levels
        self._abstract_of = num_to_abstract

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The ilvl whose w:pStyle is ``style_id`` in the definition behind ``num_id``."""
        return self._pstyles.get((self._abstract_of.get(num_id, ""), style_id))

    def next_marker(self, num_id: str, ilvl: int) -> tuple[str, bool] | None:
        """Advance list ``num_id`` at level ``ilvl`` and render its marker.

        Returns:
            ``(marker, is_bullet)``, or None when the list or level is not defined (then the
            paragraph is not numbered, as Word shows it).
        """
        levels = self._defs.get(num_id)
        if not levels or ilvl not in levels:
            return None
        level = levels[ilvl]
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return (bullet_char(level.text).strip() or "•", True)
        text = level.text
        for k in range(8, -1, -1):  # %10 is not a thing; go high to low so %1 does not eat %1x
            placeholder = f"%{k + 1}"
            if placeholder not in text:
                continue
            ref = levels.get(k, level)
            value = counters.get(k, ref.start)
            fmt = "decimal" if (level.legal and k < ilvl) else ref.fmt
            text = text.replace(placeholder, format_number(value, fmt))
        return (text.strip(), False)
