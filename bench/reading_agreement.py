"""Print how far the same plan reads to the same tasks whatever file carries it.

Usage: ``.venv/bin/python bench/reading_agreement.py [--seeds] [plan.docx ...]`` (default: the
Hải Phòng sample; ``--seeds`` adds a Word file typed from each seed text). Each Word file is
turned by pandoc into Markdown and into plain text, both wrapped at 72 columns, and by
LibreOffice into PDF; each form is loaded and
its tasks compared with the Word file's. A task agrees when the same words (case, spacing and
punctuation aside) are a task of the Word file. Needs pandoc; the PDF is skipped without soffice.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comparer.plans.loading import load_plan  # noqa: E402
from tests.comparer.intake_corpus import soffice_convert  # noqa: E402


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower()).split())


def _forms(docx: Path, out: Path) -> dict[str, Path]:
    out = out / docx.stem
    out.mkdir(exist_ok=True)
    forms = {"docx": docx}
    md = out / f"{docx.stem}.md"
    subprocess.run(["pandoc", str(docx), "-t", "markdown", "--columns=72", "-o", str(md)], check=True)
    forms["md (72 col)"] = md
    txt = out / f"{docx.stem}.txt"
    subprocess.run(["pandoc", str(docx), "-t", "plain", "--columns=72", "-o", str(txt)], check=True)
    forms["txt (72 col)"] = txt
    soffice = shutil.which("soffice")
    if soffice:
        forms["pdf"] = soffice_convert(docx, out, "pdf")
    return forms


def _word_from_text(text_file: Path, out: Path) -> Path:
    """A Word file as an office types it: one justified paragraph per line, 1 cm first-line
    indent, Times New Roman 14 pt, so long paragraphs run over page ends in the PDF."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    for line in text_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            para = document.add_paragraph(line.strip())
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            para.paragraph_format.first_line_indent = Cm(1)
    path = out / f"{text_file.stem}.docx"
    document.save(str(path))
    return path


def main(argv: list[str]) -> None:
    seeds = "--seeds" in argv
    argv = [a for a in argv if a != "--seeds"]
    with tempfile.TemporaryDirectory() as tmp:
        docs = [Path(a) for a in argv] or [ROOT / "samples" / "haiphong-kh298.docx"]
        if seeds:
            made = Path(tmp) / "made"
            made.mkdir()
            docs += [_word_from_text(f, made) for f in sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
        for docx in docs:
            forms = _forms(docx, Path(tmp))
            base = [_key(t.text) for t in load_plan(docx).tasks]
            base_set = set(base)
            print(f"{docx.name}: {len(base)} tasks in the Word file")
            for name, path in forms.items():
                if name == "docx":
                    continue
                keys = [_key(t.text) for t in load_plan(path).tasks]
                same = sum(1 for k in keys if k in base_set)
                found = len(base_set & set(keys))
                print(
                    f"  {name:13} {len(keys):4d} tasks; {same / max(len(keys), 1):6.1%} of them are Word tasks;"
                    f" {found / max(len(base_set), 1):6.1%} of the Word tasks found"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
