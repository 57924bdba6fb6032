"""Build the intake corpus: one Hải Phòng plan in every encoding and format offices send."""

from __future__ import annotations

import difflib
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from comparer.plans.extract import extract_tasks
from comparer.readers import legacy, read_document
from tests.comparer.paths import HAIPHONG_DOCX, HAIPHONG_TXT

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Capital accented letters TCVN3 has no code for: typists switched to a .VnTimeH run.
_TCVN3_CAPS = re.compile(r"[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]")


def haiphong_text() -> str:
    """The Hải Phòng plan as published (UTF-8, NFC)."""
    return HAIPHONG_TXT.read_text(encoding="utf-8")


def task_texts(path: Path) -> list[str]:
    """What the comparison sees of a file: its extracted task texts."""
    return [t.text for t in extract_tasks(read_document(path))]


def task_norms(path: Path) -> list[str]:
    """The tasks' matching forms (lowercase, one tone placement)."""
    return [t.norm for t in extract_tasks(read_document(path))]


def windows_1258(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed â/ê/ô/ă/ơ/ư, tones as separate combining marks."""
    clusters: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and clusters:
            clusters[-1] += ch
        else:
            clusters.append(ch)
    out = []
    for cluster in clusters:
        tones = "".join(c for c in cluster if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in cluster if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


def legacy_txt(text: str, encoding: str) -> bytes:
    """A legacy-font plain-text file: TCVN3 or VNI surface characters as Windows-1252 bytes.

    TCVN3 cannot store "Ủy" at the start of a mixed-case word; typists of the time wrote
    "Uỷ" (the tone on the y), so the corpus does too.
    """
    if encoding == legacy.TCVN3:
        text = text.replace("Ủy", "Uỷ")
    return legacy.encode(text, encoding).encode("cp1252")


def _legacy_runs(line: str, encoding: str) -> list[tuple[str, str]]:
    """Split a line into (font, legacy text) runs as a typist in a legacy font would set them."""
    if encoding == legacy.VNI:
        return [("VNI-Times", legacy.encode(line, legacy.VNI))]
    runs: list[tuple[str, str]] = []
    for piece in re.split(r"(\s+)", line):
        letters = [c for c in piece if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters) and _TCVN3_CAPS.search(piece):
            runs.append((".VnTimeH", legacy.encode(piece.lower(), legacy.TCVN3)))
        elif piece and _TCVN3_CAPS.match(piece):
            runs.append((".VnTimeH", legacy.encode(piece[0].lower(), legacy.TCVN3)))
            runs.append((".VnTime", legacy.encode(piece[1:], legacy.TCVN3)))
        else:
            runs.append((".VnTime", legacy.encode(piece, legacy.TCVN3)))
    merged: list[tuple[str, str]] = []
    for font, text in runs:
        if merged and merged[-1][0] == font:
            merged[-1] = (font, merged[-1][1] + text)
        else:
            merged.append((font, text))
    return merged


def _add_run(paragraph: docx.text.paragraph.Paragraph, font: str, text: str) -> None:
    """Add a run; TCVN3's ư byte goes in as w:softHyphen, as Word stores it."""
    if font.startswith(".Vn") and "\u00ad" in text:
        run = paragraph.add_run()
        run.font.name = font
        for k, piece in enumerate(text.split("\u00ad")):
            if k:
                run._r.append(OxmlElement("w:softHyphen"))
            if piece:
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = piece
                run._r.append(t)
        return
    paragraph.add_run(text).font.name = font


def legacy_docx(text: str, encoding: str) -> bytes:
    """A Word file with one paragraph per line, every run in a TCVN3 or VNI font."""
    document = docx.Document()
    for line in text.split("\n"):
        paragraph = document.add_paragraph()
        for font, piece in _legacy_runs(line, encoding):
            _add_run(paragraph, font, piece)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def soffice_convert(source: Path, outdir: Path, target: str) -> Path:
    """Convert with LibreOffice headless in a private profile (tests only; the app uses comparer.readers.convert)."""
    subprocess.run(
        [
            str(shutil.which("soffice")),
            f"-env:UserInstallation={(outdir / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return outdir / f"{source.stem}.{target.split(':')[0]}"


def scanned_pdf(source: bytes, pages: list[int], dpi: int = 300) -> bytes:
    """An image-only PDF of some pages of ``source``, as a scanner at ``dpi`` would make it."""
    src = pdfium.PdfDocument(source)
    out = pdfium.PdfDocument.new()
    try:
        for index in pages:
            page = src[index]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            new = out.new_page(width, height)
            image = pdfium.PdfImage.new(out)
            image.set_bitmap(bitmap)
            image.set_matrix(pdfium.PdfMatrix().scale(width, height))
            new.insert_obj(image)
            new.gen_content()
            bitmap.close()
            new.close()
            page.close()
        buffer = io.BytesIO()
        out.save(buffer)
    finally:
        out.close()
        src.close()
    return buffer.getvalue()


def page_text(pdf: bytes, index: int) -> str:
    """The text layer of one page."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[index]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        page.close()
    finally:
        document.close()
    return str(text)


def word_accuracy(reference: str, recognised: str) -> float:
    """Share of the reference's words that OCR got right, in order (difflib alignment)."""
    ref = re.findall(r"\w+", unicodedata.normalize("NFC", reference).lower())
    got = re.findall(r"\w+", unicodedata.normalize("NFC", recognised).lower())
    matcher = difflib.SequenceMatcher(a=ref, b=got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(ref), 1)


__all__ = [
    "HAIPHONG_DOCX",
    "haiphong_text",
    "legacy_docx",
    "legacy_txt",
    "page_text",
    "scanned_pdf",
    "soffice_convert",
    "task_texts",
    "word_accuracy",
]
