"""Rebuild the sample plans in samples/ from the seed texts (deterministic; run with the venv python).

Usage: .venv/bin/python samples/make_samples.py [--seeds DIR] [--no-pdf]
"""

from __future__ import annotations

import argparse
import html
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DEFAULT_SEEDS = Path("/work/shared/seeds")
FIXED_TIME = datetime(2025, 1, 9, 9, 22, tzinfo=UTC)  # the Hải Phòng article's date
FONT = "Times New Roman"

# Illustrative annex: each row restates an assignment from the plan's own "TỔ CHỨC THỰC HIỆN"
# section; the deadlines and products are typical wording, not taken from the real annex.
ANNEX_HEADER = (
    "Nội dung nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian hoàn thành",
    "Sản phẩm",
)
ANNEX_ROWS = (
    (
        "Tổ chức hội nghị nghiên cứu, phổ biến, quán triệt Kết luận số 91-KL/TW tới các cơ sở giáo dục",
        "Sở Giáo dục và Đào tạo",
        "Sở Lao động - Thương binh và Xã hội",
        "Quý I/2025",
        "Hội nghị quán triệt",
    ),
    (
        "Đề xuất giao, phân bổ biên chế giáo viên theo quy định",
        "Sở Nội vụ",
        "Sở Giáo dục và Đào tạo; Ủy ban nhân dân quận, huyện, thành phố",
        "Hằng năm",
        "Văn bản đề xuất giao biên chế giáo viên",
    ),
    (
        "Bảo đảm chi cho giáo dục, đào tạo tối thiểu 20% tổng chi ngân sách",
        "Sở Tài chính",
        "Sở Giáo dục và Đào tạo; Sở Lao động - Thương binh và Xã hội",
        "Hằng năm",
        "Dự toán ngân sách trình Hội đồng nhân dân thành phố",
    ),
    (
        "Thông tin tuyên truyền về Kết luận số 91-KL/TW trên báo chí, Internet và mạng xã hội",
        "Sở Thông tin và Truyền thông",
        "Các cơ quan truyền thông",
        "Thường xuyên",
        "Chương trình, kế hoạch thông tin tuyên truyền",
    ),
    (
        "Dành quỹ đất xây dựng các cơ sở giáo dục khi quy hoạch khu đô thị mới",
        "Ủy ban nhân dân các quận, huyện, thành phố",
        "Sở Giáo dục và Đào tạo",
        "Thường xuyên",
        "Quy hoạch có quỹ đất cho trường học",
    ),
)


def seed(seeds: Path, prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (e.g. "004_")."""
    matches = sorted(seeds.glob(f"{prefix}*.txt"))
    if not matches:
        sys.exit(f"no seed {prefix}*.txt in {seeds}")
    return matches[0]


def paragraphs(path: Path) -> list[str]:
    """The non-empty lines of a seed (one paragraph per line there)."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------- docx helpers


def set_font(element: object, size: float | None = None, bold: bool | None = None) -> None:
    """Times New Roman on a style or run, with theme fonts removed (they would win in Word)."""
    font = element.font  # type: ignore[attr-defined]
    font.name = FONT
    if size:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    rpr = element.element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)


def _el(tag: str, **attrs: str) -> OxmlElement:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


def add_abstract_num(numbering: object, abstract_id: int, fmt: str, text: str) -> None:
    """A one-level list definition (Vietnamese layout: marker at the first-line indent)."""
    an = _el("w:abstractNum", abstractNumId=str(abstract_id))
    an.append(_el("w:multiLevelType", val="singleLevel"))
    lvl = _el("w:lvl", ilvl="0")
    lvl.append(_el("w:start", val="1"))
    lvl.append(_el("w:numFmt", val=fmt))
    lvl.append(_el("w:suff", val="space"))
    lvl.append(_el("w:lvlText", val=text))
    lvl.append(_el("w:lvlJc", val="left"))
    ppr = _el("w:pPr")
    ppr.append(_el("w:ind", left="0", firstLine="567"))
    lvl.append(ppr)
    rpr = _el("w:rPr")
    rpr.append(_el("w:rFonts", ascii=FONT, hAnsi=FONT, cs=FONT))
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))  # type: ignore[attr-defined]
    # Schema order: every w:abstractNum comes before the first w:num.
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)  # type: ignore[attr-defined]


def add_num(numbering: object, num_id: int, abstract_id: int, restart: bool = False) -> None:
    """A list instance; ``restart`` makes it count from 1 again (second numbered section)."""
    num = _el("w:num", numId=str(num_id))
    num.append(_el("w:abstractNumId", val=str(abstract_id)))
    if restart:
        override = _el("w:lvlOverride", ilvl="0")
        override.append(_el("w:startOverride", val="1"))
        num.append(override)
    numbering.append(num)  # type: ignore[attr-defined]


def number_paragraph(paragraph: object, num_id: int) -> None:
    """Attach Word auto-numbering (w:numPr) to a paragraph."""
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()  # type: ignore[attr-defined]
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def deterministic_zip(data: bytes) -> bytes:
    """Re-pack a .docx with fixed timestamps so reruns give identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- Hải Phòng plan


def haiphong_structure(lines: list[str]) -> list[tuple[str, str]]:
    """The plan's own text from seed 004 as (kind, text): intro, heading, item, bullet, body.

    Starts at "Ngày 30/12/2024, Ủy ban nhân dân thành phố Hải Phòng ban hành..." and ends with
    the paragraph under "8. Các sở, ban ngành..."; the web page around it is dropped.
    """
    start = next(i for i, x in enumerate(lines) if x.startswith("Ngày 30/12/2024, Ủy ban nhân dân"))
    eight = next(i for i, x in enumerate(lines) if x.startswith("8. Các sở, ban ngành"))
    out: list[tuple[str, str]] = []
    for line in lines[start : eight + 2]:
        if line.isupper():
            out.append(("heading", line))
        elif re.match(r"^\d\.\s", line):
            out.append(("item", line[3:].strip()))
        elif line.startswith("- "):
            out.append(("bullet", line[2:].strip()))
        elif not any(kind == "heading" for kind, _ in out):
            out.append(("intro", line))
        else:
            out.append(("body", line))
    return out


def build_haiphong_docx(lines: list[str]) -> bytes:
    """The Hải Phòng plan as an office would type it: real Word numbering, bullets, annex table."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    styles = document.styles
    set_font(styles["Normal"], 14)
    normal = styles["Normal"].paragraph_format
    normal.space_after, normal.line_spacing = Pt(6), 1.1
    for name, size in (("Title", 14), ("Heading 1", 14)):
        style = styles[name]
        set_font(style, size, bold=True)
        style.font.color.rgb = None
        ppr = style.element.get_or_add_pPr()
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
        style.paragraph_format.space_before, style.paragraph_format.space_after = Pt(12), Pt(6)
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    numbering = document.part.numbering_part.element
    add_abstract_num(numbering, 101, "decimal", "%1.")
    add_abstract_num(numbering, 102, "bullet", "-")
    add_num(numbering, 101, 101)
    add_num(numbering, 102, 101, restart=True)
    add_num(numbering, 103, 102)

    document.add_paragraph("KẾ HOẠCH", style="Title")
    subtitle = document.add_paragraph()
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.add_run("Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị").bold = True

    list_id = 100
    for kind, text in haiphong_structure(lines):
        if kind == "heading":
            document.add_paragraph(text, style="Heading 1")
            list_id += 1  # the next numbered section restarts at 1
            continue
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        run = paragraph.add_run(text)
        if kind == "item":
            number_paragraph(paragraph, list_id)
            run.bold = True
        elif kind == "bullet":
            number_paragraph(paragraph, 103)
        else:
            paragraph.paragraph_format.first_line_indent = Cm(1)

    document.add_paragraph("PHỤ LỤC: NHIỆM VỤ CỤ THỂ", style="Heading 1")
    table = document.add_table(rows=1, cols=len(ANNEX_HEADER))
    table.style = styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, label in zip(table.rows[0].cells, ANNEX_HEADER, strict=True):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(cell.paragraphs[0].add_run(label), 13, bold=True)
    table.rows[0]._tr.get_or_add_trPr().append(_el("w:tblHeader"))
    for values in ANNEX_ROWS:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            set_font(cell.paragraphs[0].add_run(value), 13)
    widths = (Cm(4.6), Cm(2.8), Cm(3.4), Cm(2.2), Cm(3.0))
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # w:gridCol, which LibreOffice follows
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width

    props = document.core_properties
    props.title = "Kế hoạch số 298/KH-UBND thực hiện Kết luận số 91-KL/TW (mẫu)"
    props.author = props.last_modified_by = "plancompare samples"
    props.comments = "Sample built from a public news article; the annex table is illustrative."
    props.created = props.modified = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return deterministic_zip(buffer.getvalue())


def convert_to_pdf(docx_path: Path) -> bytes | None:
    """LibreOffice's PDF of the .docx, with its dates and ID pinned for reproducible bytes."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: the PDF sample was not rebuilt", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                soffice,
                "-env:UserInstallation=file:///tmp/lo-profile-samples",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        data = (Path(tmp) / (docx_path.stem + ".pdf")).read_bytes()
    # Same-length substitutions keep every xref offset valid.
    data = re.sub(rb"\(D:\d{14}", b"(D:20250109092200", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    return data


# ---------------------------------------------------------------- Hà Nội web page


def _wp(text: str) -> str:
    """Escape for HTML the way WordPress's texturize does: curly quotes and dashes as entities."""
    out = html.escape(text, quote=False)
    return out.replace("“", "&#8220;").replace("”", "&#8221;").replace("–", "&#8211;")


PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Trường Lê Hồng Phong</title>
<link rel="stylesheet" href="/wp-content/themes/newsup/style.css">
<style>.post-content p {{ text-align: justify; }} .sidebar h3 {{ font-size: 18px; }}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="post-template-default single single-post postid-686909 single-format-standard">
<header class="site-header">
  <div class="site-branding"><a href="/" rel="home">Lê Hồng Phong</a></div>
  <ul class="top-menu">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/category/giao-duc/">Giáo Dục</a></li>
    <li><a href="/category/tuyen-sinh/">Tuyển sinh</a></li>
    <li><a href="/category/tin-tuc/">Tin tức</a></li>
    <li><a href="/lien-he/">Liên hệ</a></li>
  </ul>
</header>
<nav class="breadcrumbs"><a href="/">Trang chủ</a> &raquo;
  <a href="/category/giao-duc/">Giáo Dục</a> &raquo; {title}</nav>
<div class="site-content">
<div class="container">
<main id="primary" class="content-area">
<article id="post-686909" class="post-content">
  <header class="entry-header">
    <div class="entry-meta"><span class="cat-links">Categories:
      <a href="/category/giao-duc/">Giáo Dục</a></span></div>
    <h1 class="entry-title">{title}</h1>
  </header>
  <figure class="wp-block-image"><img src="/wp-content/uploads/2024/12/ha-noi-giao-duc.jpg" alt="">
    <figcaption>{caption}</figcaption></figure>
{body}
  <p>Nội dung cụ thể Kế hoạch số 285-KH/TU tại đây:
    <a href="/wp-content/uploads/2024/12/kh285.pdf">kh285.pdf</a></p>
  <p class="source">Nguồn: <a href="{source}">{source}</a></p>
  <div class="share-buttons">Chia sẻ: <a href="#">Facebook</a> <a href="#">Twitter</a>
    <a href="#">Zalo</a></div>
  <footer class="entry-footer">{modified}</footer>
</article>
<div id="comments" class="comments-area"><h3>Để lại bình luận</h3>
  <form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea>
  <button type="submit">Gửi bình luận</button></form></div>
</main>
<aside id="secondary" class="sidebar widget-area">
  <h3 class="widget-title">Bài đăng mới nhất</h3>
  <ul class="recent-posts">
{recent}
  </ul>
</aside>
</div>
</div>
<footer class="site-footer">
  <p>{about}</p>
  <p>&copy; 2024 truonglehongphong.edu.vn</p>
</footer>
<script src="/wp-includes/js/wp-embed.min.js"></script>
</body>
</html>
"""


def build_hanoi_html(lines: list[str]) -> str:
    """Seed 000 laid out as the news page it came from (layout reconstructed, text verbatim)."""
    title = next(x for x in lines if x.startswith("Hà Nội ban hành kế hoạch"))
    caption = next(x for x in lines if x.endswith("Ảnh: Thống Nhất"))
    first = next(i for i, x in enumerate(lines) if x.startswith("Ngày 9/12, Thành ủy Hà Nội"))
    last = next(i for i, x in enumerate(lines) if x.startswith("Nội dung cụ thể Kế hoạch"))
    source = next(x for x in lines if x.startswith("https://"))
    modified = next(x for x in lines if x.startswith("This post was last modified"))
    about = next(x for x in lines if x.startswith("truonglehongphong.edu.vn là website"))
    latest = lines[lines.index("Bài đăng mới nhất") + 1 :]
    recent = []
    for headline, excerpt, when in zip(latest[0::3], latest[1::3], latest[2::3], strict=False):
        recent.append(
            f'    <li><a href="#">{_wp(headline)}</a><p class="excerpt">{_wp(excerpt)}</p>'
            f'<span class="time">{_wp(when)}</span></li>'
        )
    body = "\n".join(f"  <p>{_wp(x)}</p>" for x in lines[first:last])
    return PAGE.format(
        title=_wp(title),
        caption=_wp(caption),
        body=body,
        source=html.escape(source),
        modified=_wp(modified),
        recent="\n".join(recent),
        about=_wp(about),
    )


def main(argv: list[str] | None = None) -> int:
    """Write every sample into samples/ (the directory of this script)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder with the seed .txt files")
    parser.add_argument("--no-pdf", action="store_true", help="do not run LibreOffice")
    args = parser.parse_args(argv)
    copies = {"000_": "hanoi-kh285.txt", "003_": "backan-kl51.txt", "004_": "haiphong-kh298.txt"}
    for prefix, name in copies.items():
        (HERE / name).write_bytes(seed(args.seeds, prefix).read_bytes())  # byte for byte, noise kept
    docx_path = HERE / "haiphong-kh298.docx"
    docx_path.write_bytes(build_haiphong_docx(paragraphs(seed(args.seeds, "004_"))))
    html_text = build_hanoi_html(paragraphs(seed(args.seeds, "000_")))
    (HERE / "hanoi-kh285.html").write_bytes(html_text.encode("utf-8"))
    if not args.no_pdf:
        pdf = convert_to_pdf(docx_path)
        if pdf is not None:
            (HERE / "haiphong-kh298.pdf").write_bytes(pdf)
    for path in sorted(HERE.glob("*.*")):
        print(f"{path.name:28} {path.stat().st_size:8d} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
