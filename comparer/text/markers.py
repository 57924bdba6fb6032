"""List and section markers at the start of a line: "1.", "1.2.", "II.", "a)", "(3)", "-", "•", "+"."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Order matters: the most specific pattern first. Numbers are limited to two digits so that
# "2025 ..." or "20% ..." at the start of a sentence is not taken for a marker.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("roman", re.compile(r"^(?P<m>(?:M{0,3})(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})[.)/])\s+(?=\S)")),
    ("number", re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){0,3}[.)/])\s*(?=[^\d\s%/.,])")),
    ("number", re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=\S)")),
    ("paren", re.compile(r"^(?P<m>\(\d{1,2}\)|\([a-zđ]\))\s*(?=\S)")),
    ("letter", re.compile(r"^(?P<m>[a-zđ][.)])\s+(?=\S)")),
    ("bullet", re.compile(r"^(?P<m>[-–—•+*▪●○◦·►✓❖])\s*(?=\S)")),
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# The first character of every marker the patterns take: a roman numeral's letter, a digit,
# "(", a lower-case letter or a bullet (a roman pattern matching only "." or ")" is refused
# below). Lines opening otherwise, most of them, skip the six patterns.
_START = re.compile(r"[MDCLXVI\d(a-zđ\-–—•+*▪●○◦·►✓❖]")


@dataclass(frozen=True)
class Marker:
    """A recognised marker: its literal text and its family (roman, number, paren, letter, bullet)."""

    text: str
    family: str

    @property
    def depth(self) -> int:
        """Nesting hint: "1.2." is one deeper than "1."; other families report 0."""
        if self.family == "number":
            return self.text.rstrip(".)/").count(".")
        return 0


def split_marker(text: str) -> tuple[Marker | None, str]:
    """Split a leading list/section marker from a line of text.

    Returns ``(marker, rest)``; ``marker`` is None when the line has none.
    """
    stripped = text.lstrip()
    if not _START.match(stripped):
        return None, stripped
    for family, pattern in _PATTERNS:
        m = pattern.match(stripped)
        if not m:
            continue
        literal = m.group("m")
        if family == "roman" and not literal.strip(".)/"):
            continue
        rest = stripped[m.end() :].strip()
        if not rest:
            continue
        return Marker(literal, family), rest
    return None, stripped


def roman_value(literal: str) -> int:
    """The value of a roman numeral marker such as "IV." (0 if it is not one)."""
    letters = literal.strip(".)/ ").upper()
    total = 0
    for i, ch in enumerate(letters):
        v = _ROMAN_VALUES.get(ch, 0)
        nxt = _ROMAN_VALUES.get(letters[i + 1], 0) if i + 1 < len(letters) else 0
        total += -v if v < nxt else v
    return total
