"""A tiny pure-Python PNG bar chart (zlib + struct): bars, gridlines, axes and digit labels."""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Sequence

Colour = tuple[int, int, int]

WHITE: Colour = (255, 255, 255)
AXIS: Colour = (64, 64, 64)
GRID: Colour = (217, 217, 217)
BAR: Colour = (46, 117, 182)
TEXT: Colour = (38, 38, 38)

# 3×5 pixel digits, one string of 15 bits per glyph, row by row (no text but numbers, so
# the chart needs no font and the words live in the editable table beside it).
_GLYPHS = {
    "0": "111101101101111",
    "1": "010110010010111",
    "2": "111001111100111",
    "3": "111001111001111",
    "4": "101101111001001",
    "5": "111100111001111",
    "6": "111100111101111",
    "7": "111001010010010",
    "8": "111101111101111",
    "9": "111101111001111",
    "%": "101001010100101",
}


class Canvas:
    """An RGB pixel buffer that can fill rectangles, draw digits and encode itself as PNG."""

    def __init__(self, width: int, height: int, background: Colour = WHITE) -> None:
        self.width = width
        self.height = height
        self.pixels = bytearray(bytes(background) * (width * height))

    def fill(self, x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        """Fill the rectangle [x0, x1) × [y0, y1), clipped to the canvas."""
        x0, x1 = max(0, x0), min(self.width, x1)
        y0, y1 = max(0, y0), min(self.height, y1)
        if x0 >= x1 or y0 >= y1:
            return
        run = bytes(colour) * (x1 - x0)
        for y in range(y0, y1):
            start = (y * self.width + x0) * 3
            self.pixels[start : start + len(run)] = run

    def text(self, x: int, y: int, text: str, scale: int, colour: Colour = TEXT) -> None:
        """Draw digits (and %) with their top-left corner at (x, y); other characters are skipped."""
        for ch in text:
            glyph = _GLYPHS.get(ch)
            if glyph is None:
                continue
            for i, bit in enumerate(glyph):
                if bit == "1":
                    gx, gy = x + (i % 3) * scale, y + (i // 3) * scale
                    self.fill(gx, gy, gx + scale, gy + scale, colour)
            x += 4 * scale

    def png(self) -> bytes:
        """The canvas as a PNG file (8-bit RGB, no interlace)."""
        stride = self.width * 3
        raw = b"".join(b"\x00" + bytes(self.pixels[y * stride : (y + 1) * stride]) for y in range(self.height))
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b"")
        )


def text_width(text: str, scale: int) -> int:
    """Width in pixels of ``text`` drawn at ``scale``."""
    return max(0, 4 * scale * len(text) - scale)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bar_chart_png(
    values: Sequence[float],
    *,
    width: int = 960,
    height: int = 400,
    maximum: float = 100.0,
    colours: Sequence[Colour] | None = None,
) -> bytes:
    """Draw one vertical bar per value, numbered 1…n below and labelled with its value above.

    Args:
        values: bar heights, clipped to 0…``maximum``.
        width: image width in pixels.
        height: image height in pixels.
        maximum: the value at the top of the axis; gridlines every quarter of it.
        colours: one colour per bar (default: all blue).

    Returns:
        The PNG file's bytes.
    """
    canvas = Canvas(width, height)
    count = max(1, len(values))
    # Digits about 1/80 of the width for a dozen bars (readable at 15 cm), smaller for more.
    scale = max(2, width // 300) if count <= 12 else 2
    digit_h = 5 * scale
    left = text_width(str(int(maximum)), scale) + 4 * scale
    top, bottom = digit_h + 3 * scale, height - digit_h - 4 * scale
    right = width - 2 * scale
    plot_h = bottom - top
    for quarter in range(5):
        y = bottom - round(plot_h * quarter / 4)
        canvas.fill(left, y, right, y + 1, GRID if quarter else AXIS)
        label = str(round(maximum * quarter / 4))
        canvas.text(left - 2 * scale - text_width(label, scale), y - digit_h // 2, label, scale)
    canvas.fill(left, top, left + 2, bottom + 1, AXIS)
    slot = (right - left) / count
    bar_w = max(2, round(slot * 0.6))
    for i, raw in enumerate(values):
        value = raw if math.isfinite(raw) else 0.0
        shown = min(max(value, 0.0), maximum)
        x0 = left + round(slot * i + (slot - bar_w) / 2)
        bar_h = round(plot_h * shown / maximum)
        colour = colours[i] if colours and i < len(colours) else BAR
        canvas.fill(x0, bottom - bar_h, x0 + bar_w, bottom, colour)
        centre = x0 + bar_w // 2
        number = str(round(value))
        canvas.text(centre - text_width(number, scale) // 2, bottom - bar_h - digit_h - 2 * scale, number, scale)
        index = str(i + 1)
        canvas.text(centre - text_width(index, scale) // 2, bottom + 3 * scale, index, scale)
    return canvas.png()
