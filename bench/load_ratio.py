"""Print what reading costs against a plain read of the same file (issue 13: at most 30x).

Usage: ``.venv/bin/python bench/load_ratio.py`` (≈ 40 s). Figures:

1. For the .txt and .docx samples: a plain read (the bytes decoded and split into lines; for
   .docx, document.xml unzipped and its w:t texts collected with lxml), ``read_document`` and
   ``load_plan`` (read + task extraction, as for a plan not loaded before), and the ratios of
   the last two to the plain read. Each the best of as many runs as 0.5–1 s allow.
2. A text of a million short lines (issue 11: 143 s and 1.26 GB before): seconds to read.
3. PDF position work in ms a page on a text PDF of 100+ pages (LibreOffice makes it from the
   Hải Phòng text; skipped without soffice).
4. Six .rtf plans read one by one (a LibreOffice run each) and together (``read_documents``).
"""

from __future__ import annotations

import os
import resource
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from comparer.plans.loading import load_plan  # noqa: E402
from comparer.readers import read_document  # noqa: E402
from comparer.text.roles import passage_role  # noqa: E402
from tests.comparer.intake_corpus import soffice_convert  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def best(fn: Callable[[], object], runs: int = 7, spend: float = 0.0) -> float:
    """The fastest of ``runs`` calls, or of as many as ``spend`` seconds allow if more.

    A plain read of a small text takes 10–40 µs: seven tries leave its minimum to chance on a
    shared machine, so the ratios use ``spend`` (every call, read or plain, with the file in
    the page cache from the first call on).
    """
    times: list[float] = []
    stop = time.perf_counter() + spend
    while len(times) < runs or (time.perf_counter() < stop and len(times) < 20_000):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def fresh_load(path: Path) -> object:
    """load_plan as for a plan never seen: the passage-role cache (keyed by the passage) emptied.

    The cache is what the matcher reuses for a loaded plan; a new plan's passages are never in it.
    """
    passage_role.cache_clear()
    return load_plan(path)


def plain_txt(path: Path) -> object:
    return path.read_bytes().decode("utf-8").splitlines()


def plain_docx(path: Path) -> object:
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    return [t.text for t in root.iter(W + "t")]


def ratios() -> None:
    print("file                         plain ms   read ms  load ms  read/plain  load/plain")
    for name, plain in (
        ("haiphong-kh298.txt", plain_txt),
        ("hanoi-kh285.txt", plain_txt),
        ("backan-kl51.txt", plain_txt),
        ("haiphong-kh298.docx", plain_docx),
    ):
        path = ROOT / "samples" / name
        base = best(lambda p=path, f=plain: f(p), spend=0.5)  # type: ignore[misc]
        read = best(lambda p=path: read_document(p), spend=1.0)  # type: ignore[misc]
        load = best(lambda p=path: fresh_load(p), spend=1.0)  # type: ignore[misc]
        print(
            f"{name:27} {base * 1000:9.3f} {read * 1000:9.2f} {load * 1000:8.2f}"
            f" {read / base:10.1f}x {load / base:10.1f}x"
        )


def million_lines(folder: Path) -> None:
    text = (ROOT / "samples" / "haiphong-kh298.txt").read_text(encoding="utf-8")
    words = text.split()
    lines = (" ".join(words[i % 500 : i % 500 + 3 + i % 5]) + ("." if i % 5 == 0 else "") for i in range(1_000_000))
    path = folder / "million.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    start = time.perf_counter()
    doc = read_document(path)
    took = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = path.stat().st_size / 1048576
    print(f"million-line text ({size:.0f} MB): read in {took:.1f} s, {len(doc.blocks)} blocks, peak RSS {rss:.0f} MB")


def pdf_positions(folder: Path) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        print("PDF: skipped (no soffice)")
        return
    import pypdfium2 as pdfium

    from comparer.readers import pdf

    source = folder / "long.txt"
    source.write_text(((ROOT / "samples" / "haiphong-kh298.txt").read_text(encoding="utf-8") + "\n") * 25)
    soffice_convert(source, folder, "pdf")
    data = (folder / "long.pdf").read_bytes()
    document = pdfium.PdfDocument(data)
    pages = [document[i].get_textpage() for i in range(len(document))]
    took = best(lambda: [pdf._page_lines(tp, i + 1) for i, tp in enumerate(pages)])
    whole = best(lambda: read_document(folder / "long.pdf"), runs=3)
    print(
        f"PDF, {len(pages)} pages: position work {took / len(pages) * 1000:.2f} ms a page;"
        f" whole read {whole / len(pages) * 1000:.1f} ms a page"
    )


def office_batch(folder: Path, count: int = 6) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        print("office batch: skipped (no soffice)")
        return
    from comparer.readers import read_documents

    source = folder / "plan.docx"
    source.write_bytes((ROOT / "samples" / "haiphong-kh298.docx").read_bytes())
    soffice_convert(source, folder, "rtf")
    paths = []
    for k in range(count):
        path = folder / f"plan{k}.rtf"
        path.write_bytes((folder / "plan.rtf").read_bytes())
        paths.append(path)
    start = time.perf_counter()
    for path in paths:
        read_document(path)
    alone = time.perf_counter() - start
    start = time.perf_counter()
    read_documents(paths)
    together = time.perf_counter() - start
    print(f"{count} .rtf plans: one LibreOffice run each {alone:.1f} s; one run for all {together:.1f} s")


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.2f}")
    ratios()
    with tempfile.TemporaryDirectory() as tmp:
        pdf_positions(Path(tmp))
        office_batch(Path(tmp))
        million_lines(Path(tmp))
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
