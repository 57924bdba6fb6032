"""Builders for reader tests: Word files with real numbering, hand-made PDFs, LibreOffice PDFs."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"


def _el(tag: str, **attrs: str) -> Any:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


class WordBuilder:
    """A python-docx document plus helpers to define and apply Word list numbering."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        self.numbering = self.doc.part.numbering_part.element

    def define_list(self, abstract_id: int, levels: Iterable[tuple[str, str]], start: int = 1) -> None:
        """Add a w:abstractNum whose level i has (numFmt, lvlText) = levels[i]."""
        an = _el("w:abstractNum", abstractNumId=str(abstract_id))
        for ilvl, (fmt, text) in enumerate(levels):
            lvl = _el("w:lvl", ilvl=str(ilvl))
            lvl.append(_el("w:start", val=str(start)))
            lvl.append(_el("w:numFmt", val=fmt))
            lvl.append(_el("w:lvlText", val=text))
            an.append(lvl)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            self.numbering.append(an)

    def add_num(self, num_id: int, abstract_id: int, start_override: int | None = None) -> None:
        """Add a w:num list instance pointing at a definition."""
        num = _el("w:num", numId=str(num_id))
        num.append(_el("w:abstractNumId", val=str(abstract_id)))
        if start_override is not None:
            override = _el("w:lvlOverride", ilvl="0")
            override.append(_el("w:startOverride", val=str(start_override)))
            num.append(override)
        self.numbering.append(num)

    def item(self, text: str, num_id: int, ilvl: int = 0, style: str | None = None) -> Any:
        """A paragraph numbered by list ``num_id`` at level ``ilvl``."""
        paragraph = self.doc.add_paragraph(text, style=style)
        numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = num_id
        return paragraph

    def save(self, path: Path) -> Path:
        """Write the .docx and return its path."""
        self.doc.save(str(path))
        return path

    def to_bytes(self) -> bytes:
        """The .docx as bytes."""
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


@pytest.fixture
def word() -> WordBuilder:
    """A fresh Word document builder."""
    return WordBuilder()


def _pdf_string(text: str) -> bytes:
    return b"(" + text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(
    pages: list[list[tuple[float, float, str]]],
    size: float = 11,
    font: str = "Helvetica",
    drawings: list[bytes] | None = None,
) -> bytes:
    """A PDF with text placed at (x, y) per page in a standard font; Latin-1 text only.

    Small enough to build by hand, so PDF tests need no converter: xref offsets are computed.
    ``drawings`` are raw content-stream operators per page (e.g. table rules).
    """
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b""]
    objects[2] = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % font.encode()
    kids = []
    for index, lines in enumerate(pages):
        ops = drawings[index] if drawings else b""
        ops += b"".join(
            b"BT /F1 %d Tf %.1f %.1f Td %s Tj ET\n" % (size, x, y, _pdf_string(text)) for x, y, text in lines
        )
        objects.append(b"<< /Length %d >>\nstream\n%sendstream" % (len(ops), ops))
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % content_id
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.fixture(scope="session")
def pdf_maker() -> Callable[[list[list[tuple[float, float, str]]]], bytes]:
    """The hand-made PDF builder (see ``make_pdf``)."""
    return make_pdf


@pytest.fixture(scope="session")
def word_builder() -> type[WordBuilder]:
    """The builder class, for fixtures wider than one test."""
    return WordBuilder
