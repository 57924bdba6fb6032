"""Text encodings offices send: every one of them yields the UTF-8 original's tasks."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from comparer.readers import legacy, read_document
from tests.comparer.intake_corpus import (
    haiphong_text,
    legacy_docx,
    legacy_txt,
    soffice_convert,
    task_norms,
    task_texts,
    windows_1258,
)
from tests.comparer.paths import HAIPHONG_TXT

# Phrases every Vietnamese official document carries, as they appear in real legacy files:
# an independent check of the tables, not derived from our own encoder.
KNOWN = [
    (legacy.TCVN3, "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    (legacy.TCVN3, "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    (legacy.TCVN3, "Uû ban nh©n d©n thµnh phè H¶i Phßng", "Uỷ ban nhân dân thành phố Hải Phòng"),
    (legacy.VNI, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    (legacy.VNI, "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    (legacy.VNI, "Ñaø Naüng, saün coù, nöôùc, ngöôøi", "Đà Nẵng, sẵn có, nước, người"),
    (legacy.VNI, "ÑAÛNG COÄNG SAÛN VIEÄT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
]


@pytest.fixture(scope="module")
def original() -> list[str]:
    return task_texts(HAIPHONG_TXT)


@pytest.mark.parametrize(("encoding", "stored", "expected"), KNOWN)
def test_known_phrases_convert(encoding: str, stored: str, expected: str) -> None:
    assert legacy.convert(stored, encoding) == expected


def test_tcvn3_capitals_come_back_from_caps_font_and_from_capital_words() -> None:
    assert legacy.convert("kÕ ho¹ch", legacy.TCVN3, caps=True) == "KẾ HOẠCH"
    # Typed in .VnTime with capital ASCII letters around lowercase-only accented bytes.
    assert legacy.convert("NéI DUNG TRIÓN KHAI", legacy.TCVN3) == "NỘI DUNG TRIỂN KHAI"
    assert legacy.convert("Céng", legacy.TCVN3) == "Cộng"


def test_every_vietnamese_letter_round_trips() -> None:
    letters = "".join(
        unicodedata.normalize("NFC", base + tone)
        for base in "aăâeêioôơuưy"
        for tone in ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
    )
    for encoding in (legacy.TCVN3, legacy.VNI):
        assert legacy.convert(legacy.encode(letters + "đ", encoding), encoding) == letters + "đ"
    capitals = letters.upper() + "Đ"
    assert legacy.convert(legacy.encode(capitals, legacy.VNI), legacy.VNI) == capitals
    assert legacy.convert(legacy.encode(capitals, legacy.TCVN3), legacy.TCVN3, caps=True) == capitals


def test_tables_agree_with_viparse() -> None:
    """viparse's tables were built from a corpus of real files: ours must agree on every entry."""
    tcvn3 = pytest.importorskip("viparse.normalize.tcvn3")
    vni = pytest.importorskip("viparse.normalize.vni")
    for encoding, charmap in ((legacy.TCVN3, tcvn3.TCVN3), (legacy.VNI, vni.VNI)):
        for stored, letter in charmap.pairs:
            assert legacy.convert(stored, encoding) == letter, (encoding, stored)


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", (legacy.TCVN3, False)),
        (".VnTimeH", (legacy.TCVN3, True)),
        (".VnArial NarrowH", (legacy.TCVN3, True)),
        ("ABCDEF+.VnTime", (legacy.TCVN3, False)),
        ("VNI-Times", (legacy.VNI, False)),
        ("Times New Roman", (None, False)),
        (None, (None, False)),
    ],
)
def test_font_names(font: str | None, expected: tuple[str | None, bool]) -> None:
    assert (legacy.encoding_for_font(font), legacy.is_caps_font(font)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cộng hòa xã hội chủ nghĩa Việt Nam",  # already Unicode
        "Café, résumé, à la crème brûlée, déjà vu, naïve façade, señor año.",  # other languages
        "Plain ASCII plan text with numbers 2024 and codes 91-KL/TW.",
        "Prix: 10 € — « très » ±5 µm ½ ¼ © ® §3",
    ],
)
def test_detect_leaves_other_text_alone(text: str) -> None:
    assert legacy.detect(text) is None


ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
    "nfd": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "utf-16-bom": lambda t: t.encode("utf-16"),
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "utf-16-be-no-bom": lambda t: t.encode("utf-16-be"),
    "windows-1258": windows_1258,
    "vni": lambda t: legacy_txt(t, legacy.VNI),
    "vni-pasted-into-utf-8": lambda t: legacy.encode(t, legacy.VNI).encode("utf-8"),
}


@pytest.mark.parametrize("name", ENCODINGS)
def test_text_encodings_give_the_same_tasks(tmp_path: Path, name: str, original: list[str]) -> None:
    path = tmp_path / f"Kế hoạch {name}.txt"
    path.write_bytes(ENCODINGS[name](haiphong_text()))
    assert task_texts(path) == original


@pytest.mark.parametrize("stored", ["cp1252", "utf-8"])
def test_tcvn3_text_gives_the_same_tasks(tmp_path: Path, stored: str) -> None:
    """TCVN3 text files cannot hold capital accented letters in mixed-case words ("Ủy"),
    so the comparison is on the matching form, which folds case and tone placement."""
    text = haiphong_text()
    path = tmp_path / "tcvn3.txt"
    path.write_bytes(legacy_txt(text, legacy.TCVN3).decode("cp1252").encode(stored))
    doc = read_document(path)
    assert doc.encoding in (legacy.TCVN3, "utf-8+tcvn3")
    assert any("TCVN3" in w for w in doc.warnings)
    assert task_norms(path) == task_norms(HAIPHONG_TXT)


@pytest.mark.parametrize("encoding", [legacy.TCVN3, legacy.VNI])
def test_legacy_font_word_files_give_the_same_tasks(tmp_path: Path, encoding: str, original: list[str]) -> None:
    path = tmp_path / f"{encoding}.docx"
    path.write_bytes(legacy_docx(haiphong_text(), encoding))
    doc = read_document(path)
    assert doc.encoding == encoding
    assert task_texts(path) == original


def test_unicode_word_runs_beside_legacy_runs_are_kept(tmp_path: Path, word) -> None:
    paragraph = word.doc.add_paragraph()
    paragraph.add_run("Kết luận 91 ").font.name = "Times New Roman"
    paragraph.add_run("vÒ gi¸o dôc").font.name = ".VnTime"
    doc = read_document(word.save(tmp_path / "mixed.docx"))
    assert doc.blocks[0].text == "Kết luận 91 về giáo dục"


def test_legacy_font_from_paragraph_style(tmp_path: Path, word) -> None:
    style = word.doc.styles["Normal"]
    style.font.name = ".VnTime"
    word.doc.add_paragraph("Ph¸t triÓn gi¸o dôc")
    doc = read_document(word.save(tmp_path / "style.docx"))
    assert doc.blocks[0].text == "Phát triển giáo dục"


PDF_LINES = [
    (
        "KÕ ho¹ch thùc hiÖn KÕt luËn sè 91-KL/TW cña Bé ChÝnh trÞ",
        "Kế hoạch thực hiện Kết luận số 91-KL/TW của Bộ Chính trị",
    ),
    # PDFium gives TCVN3's ư byte (0xAD, the soft hyphen in WinAnsi) as a hyphen.
    ("1. T¨ng c\xadêng c«ng t¸c tuyªn truyÒn, phæ biÕn", "Tăng cường công tác tuyên truyền, phổ biến"),
    ("Nhµ n\xadíc; 10 - 5 = 5", "Nhà nước; 10 - 5 = 5"),
]


def test_tcvn3_pdf_text_layer(tmp_path: Path, pdf_maker) -> None:
    path = tmp_path / "tcvn3.pdf"
    path.write_bytes(pdf_maker([[(72, 750 - 40 * i, stored) for i, (stored, _) in enumerate(PDF_LINES)]]))
    doc = read_document(path)
    # The layout decides where paragraphs end; the conversion decides the letters.
    assert " ".join(b.text for b in doc.blocks) == " ".join(expected for _, expected in PDF_LINES)
    assert any("TCVN3" in w for w in doc.warnings)


def test_vni_pdf_text_layer(tmp_path: Path, pdf_maker) -> None:
    lines = ["Tieáp tuïc quaùn trieät ñaày ñuû, saâu saéc quan ñieåm", "coi giaùo duïc vaø ñaøo taïo laø quoác saùch"]
    path = tmp_path / "vni.pdf"
    path.write_bytes(pdf_maker([[(72, 750 - 40 * i, text) for i, text in enumerate(lines)]]))
    doc = read_document(path)
    text = " ".join(b.text for b in doc.blocks)
    assert text == "Tiếp tục quán triệt đầy đủ, sâu sắc quan điểm coi giáo dục và đào tạo là quốc sách"


def test_word_file_whose_legacy_fonts_were_replaced(tmp_path: Path, word) -> None:
    """A .VnTime document reformatted in Times New Roman keeps its TCVN3 text: detect it by content."""
    for line in ("TiÕp tôc qu¸n triÖt ®Çy ®ñ, s©u s¾c quan ®iÓm", "coi gi¸o dôc vµ ®µo t¹o lµ quèc s¸ch hµng ®Çu"):
        word.doc.add_paragraph(line).runs[0].font.name = "Times New Roman"
    doc = read_document(word.save(tmp_path / "replaced.docx"))
    assert [b.text for b in doc.blocks] == [
        "Tiếp tục quán triệt đầy đủ, sâu sắc quan điểm",
        "coi giáo dục và đào tạo là quốc sách hàng đầu",
    ]


def test_web_page_declaring_windows_1252_with_tcvn3_text(tmp_path: Path) -> None:
    body = "<p>TiÕp tôc qu¸n triÖt ®Çy ®ñ, s©u s¾c quan ®iÓm coi gi¸o dôc vµ ®µo t¹o lµ quèc s¸ch hµng ®Çu.</p>"
    page = f'<html><head><meta charset="windows-1252"></head><body>{body}</body></html>'
    path = tmp_path / "trang.html"
    path.write_bytes(page.encode("cp1252"))
    doc = read_document(path)
    assert (
        doc.blocks[0].text
        == "Tiếp tục quán triệt đầy đủ, sâu sắc quan điểm coi giáo dục và đào tạo là quốc sách hàng đầu."
    )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("encoding", [legacy.TCVN3, legacy.VNI])
def test_legacy_font_doc_files(tmp_path: Path, encoding: str, original: list[str]) -> None:
    """An old .doc typed in .VnTime/VNI-Times: LibreOffice keeps the font names, so runs convert."""
    source = tmp_path / f"{encoding}.docx"
    source.write_bytes(legacy_docx(haiphong_text(), encoding))
    doc_file = soffice_convert(soffice_convert(source, tmp_path, "odt"), tmp_path / "doc", "doc")
    doc = read_document(doc_file)
    assert (doc.format, doc.encoding) == ("doc", encoding)
    assert task_texts(doc_file) == original


def test_legacy_paragraphs_pasted_into_a_unicode_text(tmp_path: Path) -> None:
    """An old .VnTime paragraph (and its short heading) copied into a Unicode plan."""
    lines = haiphong_text().split("\n")
    for k in range(20, 30):
        lines[k] = legacy.encode(lines[k].replace("Ủy", "Uỷ"), legacy.TCVN3)
    for k in range(40, 45):
        lines[k] = legacy.encode(lines[k], legacy.VNI)
    path = tmp_path / "pasted.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    assert any("TCVN3" in w and "VNI" in w for w in doc.warnings)
    assert task_norms(path) == task_norms(HAIPHONG_TXT)


def test_legacy_lines_in_a_unicode_pdf(tmp_path: Path, pdf_maker) -> None:
    lines = [
        (72, 750, "Ke hoach thuc hien nam 2025 (Unicode, ASCII only)"),
        (72, 700, "TiÕp tôc qu¸n triÖt ®Çy ®ñ, s©u s¾c quan ®iÓm coi gi¸o dôc"),
        (72, 650, "Plain line with a hyphen-joined word and 91-KL/TW."),
    ]
    path = tmp_path / "mixed.pdf"
    path.write_bytes(pdf_maker([lines]))
    text = " ".join(b.text for b in read_document(path).blocks)
    assert "Tiếp tục quán triệt đầy đủ, sâu sắc quan điểm coi giáo dục" in text
    assert "hyphen-joined" in text
