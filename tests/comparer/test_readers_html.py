"""Saved web pages: article text kept, page chrome dropped, lists/tables/line breaks as blocks."""

from __future__ import annotations

from pathlib import Path

from comparer.models import BlockKind, Document
from comparer.readers import read_document


def read_html(tmp_path: Path, html: str | bytes, name: str = "page.html") -> Document:
    path = tmp_path / name
    path.write_bytes(html.encode("utf-8") if isinstance(html, str) else html)
    return read_document(path)


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Tin tức</title>
<script>var menu = "Trang chủ";</script><style>p { color: red }</style></head>
<body class="single comments-open">
<header><ul><li><a href="/">Trang chủ</a></li><li>Giáo dục</li></ul></header>
<nav>Tin tức &raquo; Giáo dục</nav>
<div id="wrapper">
  <div class="main-menu"><a href="#">Chính trị</a></div>
  <div class="news-detail">
    <h1>Hải Phòng ban hành kế hoạch</h1>
    <p>Ngày 30/12/2024, Ủy ban nhân dân thành phố ban hành Kế hoạch số 298/KH-UBND.</p>
    <p>Nội dung: &ldquo;quốc sách hàng đầu&rdquo; &amp; đầu tư cho phát triển.<br>Dòng thứ hai sau br.</p>
    <h2>NỘI DUNG</h2>
    <ol start="3"><li>Tăng cường tuyên truyền
        <ul><li>Quán triệt Kết luận 91</li><li>Phổ biến đến cán bộ</li></ul></li>
      <li value="7">Đổi mới quản lý</li></ol>
    <div>1. Nâng cao chất lượng đội ngũ nhà giáo</div>
    <table>
      <tr><th>Nhiệm vụ</th><th>Chủ trì</th></tr>
      <tr><td>Biên chế giáo viên</td><td>Sở Nội vụ</td></tr>
      <tr><td>Chi 20% ngân sách</td><td>Sở Tài chính</td></tr>
    </table>
    <div class="share-box">Chia sẻ Facebook</div>
    <div class="related-news"><p>Tin liên quan: Bắc Kạn ban hành kế hoạch</p></div>
  </div>
  <aside><h3>Đọc nhiều</h3><p>Một tin khác hẳn</p></aside>
  <div id="comments"><p>Bình luận của bạn đọc</p></div>
</div>
<footer><p>Bản quyền thuộc về Sở Tư pháp</p></footer>
</body></html>
"""


def test_article_blocks_and_kinds(tmp_path: Path) -> None:
    doc = read_html(tmp_path, PAGE)
    assert [(b.kind, b.level, b.marker, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, 1, "", "Hải Phòng ban hành kế hoạch"),
        (BlockKind.PARAGRAPH, 0, "", "Ngày 30/12/2024, Ủy ban nhân dân thành phố ban hành Kế hoạch số 298/KH-UBND."),
        (BlockKind.PARAGRAPH, 0, "", "Nội dung: “quốc sách hàng đầu” & đầu tư cho phát triển."),
        (BlockKind.PARAGRAPH, 0, "", "Dòng thứ hai sau br."),
        (BlockKind.HEADING, 2, "", "NỘI DUNG"),
        (BlockKind.LIST_ITEM, 0, "3.", "Tăng cường tuyên truyền"),
        (BlockKind.LIST_ITEM, 1, "-", "Quán triệt Kết luận 91"),
        (BlockKind.LIST_ITEM, 1, "-", "Phổ biến đến cán bộ"),
        (BlockKind.LIST_ITEM, 0, "7.", "Đổi mới quản lý"),
        (BlockKind.LIST_ITEM, 0, "1.", "Nâng cao chất lượng đội ngũ nhà giáo"),
        (BlockKind.TABLE_ROW, 0, "", "Nhiệm vụ | Chủ trì"),
        (BlockKind.TABLE_ROW, 0, "", "Biên chế giáo viên | Sở Nội vụ"),
        (BlockKind.TABLE_ROW, 0, "", "Chi 20% ngân sách | Sở Tài chính"),
    ]
    row = doc.blocks[-1]
    assert row.cells == ("Chi 20% ngân sách", "Sở Tài chính")
    assert row.header == ("Nhiệm vụ", "Chủ trì")
    assert (row.location.table, row.location.row) == (1, 3)
    assert doc.encoding == "utf-8"


def test_chrome_is_dropped(tmp_path: Path) -> None:
    joined = " ".join(texts(read_html(tmp_path, PAGE)))
    for chrome in ("Trang chủ", "Chính trị", "Chia sẻ", "Tin liên quan", "Đọc nhiều", "Bình luận", "Bản quyền", "var"):
        assert chrome not in joined


def test_whole_body_when_no_container(tmp_path: Path) -> None:
    html = "<html><body><nav>Menu</nav><p>Đoạn một.</p><div>Đoạn hai</div><footer>Chân</footer></body></html>"
    assert texts(read_html(tmp_path, html)) == ["Đoạn một.", "Đoạn hai"]


def test_small_content_box_does_not_win(tmp_path: Path) -> None:
    # A "content" box with a tenth of the text must not hide the rest of the page.
    body = "".join(f"<p>Nhiệm vụ số {i} của kế hoạch thực hiện.</p>" for i in range(9))
    html = f"<html><body><div class='content-top'><p>Quảng cáo</p></div>{body}</body></html>"
    assert len(read_html(tmp_path, html).blocks) == 10


def test_unclosed_paragraphs_and_items(tmp_path: Path) -> None:
    html = "<body><p>Một<p>Hai<ul><li>Ba<li>Bốn</ul><p>Năm"
    doc = read_html(tmp_path, html)
    assert [(b.marker, b.text) for b in doc.blocks] == [
        ("", "Một"),
        ("", "Hai"),
        ("-", "Ba"),
        ("-", "Bốn"),
        ("", "Năm"),
    ]


def test_meta_charset_windows_1258(tmp_path: Path) -> None:
    text = "Giáo dục"  # "á" and "ụ" precomposed/with a combining dot in cp1258
    body = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'></head>"
    data = body.encode("ascii") + b"<body><p>" + "Gia\u0301o du\u0323c".encode("cp1258") + b"</p></body></html>"
    doc = read_html(tmp_path, data)
    assert doc.encoding == "cp1258"
    assert texts(doc) == [text]


def test_no_charset_falls_back_to_utf8_then_cp1258(tmp_path: Path) -> None:
    assert texts(read_html(tmp_path, "<p>Đào tạo</p>")) == ["Đào tạo"]
    data = b"<html><body><p>" + "\u0110a\u0300o ta\u0323o".encode("cp1258") + b"</p></body></html>"
    doc = read_html(tmp_path, data)
    assert (doc.encoding, texts(doc)) == ("cp1258", ["Đào tạo"])


def test_utf16_page_with_bom(tmp_path: Path) -> None:
    doc = read_html(tmp_path, "<html><body><p>Kế hoạch</p></body></html>".encode("utf-16"))
    assert texts(doc) == ["Kế hoạch"]


def test_layout_table_is_read_as_flow(tmp_path: Path) -> None:
    html = (
        "<body><table><tr><td>"
        "<p>Kế hoạch thực hiện.</p><p>1. Nhiệm vụ thứ nhất</p><p>2. Nhiệm vụ thứ hai</p>"
        "</td></tr></table></body>"
    )
    doc = read_html(tmp_path, html)
    assert [(b.kind, b.marker) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, ""),
        (BlockKind.LIST_ITEM, "1."),
        (BlockKind.LIST_ITEM, "2."),
    ]


def test_article_header_title_is_kept(tmp_path: Path) -> None:
    html = (
        "<body><header>Logo</header><article><header><h1>Tiêu đề bài</h1></header>"
        "<p>Nội dung bài viết đủ dài để là phần chính của trang.</p></article></body>"
    )
    assert texts(read_html(tmp_path, html)) == ["Tiêu đề bài", "Nội dung bài viết đủ dài để là phần chính của trang."]
