"""Print how far the same plan reads to the same tasks whatever file carries it.

Usage: ``.venv/bin/python bench/reading_agreement.py [plan.docx ...]`` (default: the Hải Phòng
sample). Each Word file is turned by pandoc into Markdown wrapped at 72 columns and into plain
text (wrapped at 72, pandoc's default), and by LibreOffice into PDF; each form is loaded and
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

from comparer.loading import load_plan  # noqa: E402


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower()).split())


def _forms(docx: Path, out: Path) -> dict[str, Path]:
    forms = {"docx": docx}
    md = out / f"{docx.stem}.md"
    subprocess.run(["pandoc", str(docx), "-t", "markdown", "--columns=72", "-o", str(md)], check=True)
    forms["md (72 col)"] = md
    txt = out / f"{docx.stem}.txt"
    subprocess.run(["pandoc", str(docx), "-t", "plain", "--columns=72", "-o", str(txt)], check=True)
    forms["txt (72 col)"] = txt
    soffice = shutil.which("soffice")
    if soffice:
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{out}/lo", "--convert-to", "pdf",
             "--outdir", str(out), str(docx)],
            check=True, capture_output=True, timeout=180,
        )
        forms["pdf"] = out / f"{docx.stem}.pdf"
    return forms


def main(argv: list[str]) -> None:
    docs = [Path(a) for a in argv] or [ROOT / "samples" / "haiphong-kh298.docx"]
    with tempfile.TemporaryDirectory() as tmp:
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
