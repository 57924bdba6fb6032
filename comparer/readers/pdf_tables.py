"""Ruled tables in PDFs: find the grid from drawn border lines and put characters in cells."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from comparer.readers.common import join_wrapped

_THIN = 2.5  # points: a border is drawn as a line or a rectangle this thin
_TOL = 2.0  # points: rules closer than this are one rule

Rule = tuple[float, float, float]  # position, start, end


@dataclass
class Grid:
    """A ruled table: column boundaries (left→right), row boundaries (top→bottom, y falling)."""

    xs: list[float]
    ys: list[float]
    verticals: list[Rule]
    page: int
    cells: dict[tuple[int, int], list[str]] = field(default_factory=dict)

    def contains(self, x: float, y: float) -> bool:
        """Is the point inside the table's outer frame?"""
        return self.xs[0] - _TOL <= x <= self.xs[-1] + _TOL and self.ys[-1] - _TOL <= y <= self.ys[0] + _TOL

    def _row(self, y: float) -> int:
        falling = [-v for v in self.ys]
        return min(max(bisect.bisect_right(falling, -y) - 1, 0), len(self.ys) - 2)

    def _bounds(self, row: int) -> list[float]:
        """Column boundaries drawn through this row (a missing rule means merged cells)."""
        mid = (self.ys[row] + self.ys[row + 1]) / 2
        inner = [
            x
            for x in self.xs[1:-1]
            if any(abs(vx - x) <= _TOL and lo - _TOL <= mid <= hi + _TOL for vx, lo, hi in self.verticals)
        ]
        return [self.xs[0], *inner, self.xs[-1]]

    def add(self, text: str, x: float, y: float) -> None:
        """Put a run of characters (centred at x, y) in its cell."""
        row = self._row(y)
        bounds = self._bounds(row)
        col = min(max(bisect.bisect_right(bounds, x) - 1, 0), len(bounds) - 2)
        self.cells.setdefault((row, col), []).append(text)

    def rows(self) -> list[list[str]]:
        """Cell texts row by row; rows with no text are left out."""
        out = []
        for row in range(len(self.ys) - 1):
            ncols = len(self._bounds(row)) - 1
            cells = [join_wrapped(self.cells.get((row, c), [])) for c in range(ncols)]
            if any(cells):
                out.append(cells)
        return out


def _merge(rules: list[Rule]) -> list[Rule]:
    """Join collinear pieces (Word draws each cell's edge separately)."""
    merged: list[Rule] = []
    for pos, lo, hi in sorted(rules):
        if merged and abs(merged[-1][0] - pos) <= _TOL and lo <= merged[-1][2] + _TOL:
            last = merged[-1]
            merged[-1] = (last[0], last[1], max(last[2], hi))
        else:
            merged.append((pos, lo, hi))
    return merged


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _TOL:
            out.append(v)
    return out


def find_grids(page: pdfium.PdfPage, page_no: int) -> list[Grid]:
    """Ruled tables of a page: groups of crossing horizontal and vertical border lines."""
    horizontal: list[Rule] = []
    vertical: list[Rule] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= _THIN and width > 3 * _THIN:
            horizontal.append(((top + bottom) / 2, left, right))
        elif width <= _THIN and height > 3 * _THIN:
            vertical.append(((left + right) / 2, bottom, top))
    horizontal, vertical = _merge(horizontal), _merge(vertical)
    # Connected components of crossing rules (union-find over rule indices).
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for hi, (hy, hx0, hx1) in enumerate(horizontal):
        for vi, (vx, vy0, vy1) in enumerate(vertical):
            if hx0 - _TOL <= vx <= hx1 + _TOL and vy0 - _TOL <= hy <= vy1 + _TOL:
                parent[find(hi)] = find(len(horizontal) + vi)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, rule in enumerate(horizontal + vertical):
        hs, vs = groups.setdefault(find(i), ([], []))
        (hs if i < len(horizontal) else vs).append(rule)
    grids = []
    for hs, vs in groups.values():
        xs, ys = _distinct([v[0] for v in vs]), _distinct([h[0] for h in hs])
        # A frame around a paragraph (one column) is decoration, not a table.
        if len(xs) >= 3 and len(ys) >= 2:
            grids.append(Grid(xs=xs, ys=sorted(ys, reverse=True), verticals=vs, page=page_no))
    return grids
