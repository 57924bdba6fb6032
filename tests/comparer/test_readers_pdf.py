"""PDF plans without a converter: hand-made PDFs for paragraphs, running lines, tables, failures."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterable
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from comparer.errors import PlanLoadError
from comparer.models import BlockKind, Document
from comparer.readers import read_document

WIDTH = 60  # characters per full line; Courier makes width proportional to length
LEFT, PITCH = 72.0, 14.0


def full(line: str) -> str:
    """Justify a line to exactly WIDTH characters by widening its spaces."""
    assert len(line) <= WIDTH, line
    words = line.split()
    gaps, extra = len(words) - 1, WIDTH - len(" ".join(words))
    out = words[0]
    for i, word in enumerate(words[1:]):
        out += " " * (1 + extra // gaps + (1 if i < extra % gaps else 0)) + word
    return out


def wrap(text: str) -> list[str]:
    """A paragraph as justified lines, its last line left short."""
    lines = textwrap.wrap(text, WIDTH)
    return [full(x) for x in lines[:-1]] + lines[-1:]


def place(lines: Iterable[str | None], top: float = 760.0, indent: dict[int, float] | None = None) -> list:
    """(x, y, text) for consecutive lines; None leaves an empty line (a paragraph gap)."""
    out, y = [], top
    for i, line in enumerate(lines):
        if line is not None:
            out.append((LEFT + (indent or {}).get(i, 0.0), y, line))
        y -= PITCH
    return out


def read_pdf(tmp_path: Path, data: bytes, name: str = "plan.pdf") -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


def load_error(tmp_path: Path, data: bytes) -> PlanLoadError:
    with pytest.raises(PlanLoadError) as info:
        read_pdf(tmp_path, data)
    return info.value


P1 = "1. Strengthen communication and dissemination of the conclusion among all officials, party members and the people of the city so that the whole society agrees on the reform."  # noqa: E501
P2 = "- Review the legal documents on education management and propose amendments that fit the development of the city and the process of international integration in all schools and colleges of the city."  # noqa: E501
P3 = "2. Ensure that the state budget spends at least twenty percent of its total on education and training."
P4 = "3. Final task: report the results to the city people's committee every year."


def test_wrapped_paragraphs_across_pages_without_running_lines(tmp_path: Path, pdf_maker) -> None:
    p2 = wrap(P2)
    pages = [place([*wrap(P1), *p2[:2]]), place([*p2[2:], *wrap(P3)]), place(wrap(P4))]
    for number, page in enumerate(pages, start=1):
        page.insert(0, (LEFT, 810, "UBND THANH PHO HAI PHONG"))
        page.append((LEFT, 45, "Ke hoach so 298/KH-UBND ngay 30/12/2024"))
        page.append((290, 30, f"- {number} -"))
    doc = read_pdf(tmp_path, pdf_maker(pages, font="Courier"))
    assert [(b.kind, b.marker, b.text, b.location.page) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "1.", P1[3:], 1),
        (BlockKind.LIST_ITEM, "-", P2[2:], 1),
        (BlockKind.LIST_ITEM, "2.", P3[3:], 2),
        (BlockKind.LIST_ITEM, "3.", P4[3:], 3),
    ]


def test_indent_gap_and_sentence_ends(tmp_path: Path, pdf_maker) -> None:
    a1 = full("The plan sets clear targets for every district of the city.")
    a2 = full("Every district reports its progress to the department.")
    b1 = "Schools receive funding under the new rules and the"
    c1 = full("The committee will monitor implementation across all wards")
    lines = [a1, a2, b1, "norms.", c1, None, "Reports are due."]
    # b1 is indented so that it still ends at the right margin (Courier: 6.6 pt a character).
    doc = read_pdf(tmp_path, pdf_maker([place(lines, indent={2: 6.6 * (WIDTH - len(b1))})], font="Courier"))
    assert [b.text for b in doc.blocks] == [
        # A sentence ending on a full line is mid-paragraph; the indented line starts a new one.
        "The plan sets clear targets for every district of the city. Every district reports its progress to the department.",  # noqa: E501
        "Schools receive funding under the new rules and the norms.",
        "The committee will monitor implementation across all wards",  # the gap below ends it
        "Reports are due.",
    ]


def _rules(xs: list[float], ys: list[float]) -> bytes:
    ops = [b"0.5 w"]
    ops += [b"%.1f %.1f m %.1f %.1f l S" % (xs[0], y, xs[-1], y) for y in ys]
    ops += [b"%.1f %.1f m %.1f %.1f l S" % (x, ys[0], x, ys[-1]) for x in xs]
    return b"\n".join(ops) + b"\n"


def test_ruled_table_becomes_rows(tmp_path: Path, pdf_maker) -> None:
    xs, ys = [72.0, 222.0, 372.0, 522.0], [700.0, 670.0, 620.0, 590.0]
    text = [
        (LEFT, 740, "Annex: specific tasks of the plan for the coming years."),
        (76, 680, "Task"), (226, 680, "Lead agency"), (376, 680, "Deadline"),
        (76, 655, "Teacher staffing"), (226, 655, "Home Affairs"), (376, 655, "Yearly"),
        (76, 641, "by the rules"),
        (76, 600, "Budget 20%"), (226, 600, "Finance"), (376, 600, "2025"),
        (LEFT, 560, "End of the annex and of the plan document."),
    ]  # fmt: skip
    doc = read_pdf(tmp_path, pdf_maker([text], drawings=[_rules(xs, ys)]))
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH] + [BlockKind.TABLE_ROW] * 3 + [BlockKind.PARAGRAPH]
    rows = doc.blocks[1:4]
    assert [r.cells for r in rows] == [
        ("Task", "Lead agency", "Deadline"),
        ("Teacher staffing by the rules", "Home Affairs", "Yearly"),
        ("Budget 20%", "Finance", "2025"),
    ]
    assert rows[2].header == ("Task", "Lead agency", "Deadline")
    assert [(r.location.page, r.location.table, r.location.row) for r in rows] == [(1, 1, 1), (1, 1, 2), (1, 1, 3)]


def _blank_pdf(pages: int) -> bytes:
    pdf = pdfium.PdfDocument.new()
    try:
        for _ in range(pages):
            pdf.new_page(595, 842).close()
        buffer = io.BytesIO()
        pdf.save(buffer)
    finally:
        pdf.close()
    return buffer.getvalue()


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    err = load_error(tmp_path, _blank_pdf(3))
    assert err.code == "no_text"
    assert "scanned" in err.detail


def test_pdf_with_only_page_numbers_looks_scanned(tmp_path: Path, pdf_maker) -> None:
    assert load_error(tmp_path, pdf_maker([[(290, 30, "1")], [(290, 30, "2")]])).code == "no_text"


def test_truncated_pdf(tmp_path: Path, pdf_maker) -> None:
    data = pdf_maker([[(LEFT, 700, "A plan that was cut off in the middle of the download.")]])
    assert load_error(tmp_path, data[: len(data) // 2]).code == "corrupt"


def test_damaged_pdf(tmp_path: Path) -> None:
    assert load_error(tmp_path, b"%PDF-1.7\n" + b"garbage " * 200 + b"\n%%EOF\n").code == "corrupt"


def test_pdf_header_after_junk_is_found(tmp_path: Path, pdf_maker) -> None:
    data = pdf_maker([[(LEFT, 700, "Some mail gateways prepend a few bytes to attachments.")]])
    doc = read_pdf(tmp_path, b"\r\n\r\n" + data)
    assert doc.format == "pdf"
    assert doc.blocks[0].text == "Some mail gateways prepend a few bytes to attachments."
