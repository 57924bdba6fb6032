"""Properties: no input makes the readers, the legacy converter or the extractor raise anything else."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comparer.errors import LOAD_CODES, PlanLoadError
from comparer.models import Block, BlockKind, Document, Location
from comparer.plans.extract import extract_tasks
from comparer.readers import legacy, read_document

SUFFIXES = st.sampled_from([".txt", ".docx", ".pdf", ".html", ".doc", ".odt", ".rtf", ""])
# Prefixes that steer bytes into each sniffing branch. None reaches LibreOffice (an OLE file
# needs a WordDocument stream, a zip a mimetype, and RTF is left out): a conversion per example
# would take the run from seconds to minutes; the slow tests cover converted files.
PREFIXES = st.sampled_from(
    [
        b"",
        b"%PDF-1.4\n",
        b"PK\x03\x04",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"<html><body><p>",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
    ]
)
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
LINE = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " ,.;:-–•+*|\t()/0123456789IVX", max_size=120)
MARKERS = st.sampled_from(["", "1.", "2)", "a)", "-", "•", "II.", "+", "1.1."])


def _check(path: Path) -> None:
    try:
        doc = read_document(path)
    except PlanLoadError as err:
        assert err.code in LOAD_CODES
        assert err.detail
    else:
        assert doc.blocks
        extract_tasks(doc)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("intake-fuzz")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=PREFIXES, body=st.binary(max_size=2000), suffix=SUFFIXES)
def test_arbitrary_bytes_under_every_name(folder: Path, prefix: bytes, body: bytes, suffix: str) -> None:
    path = folder / f"tệp{suffix}"
    path.write_bytes(prefix + body)
    _check(path)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.tuples(MARKERS, LINE), max_size=30), codec=st.sampled_from(["utf-8", "utf-16", "nfd"]))
def test_arbitrary_vietnamese_text_files(folder: Path, lines: list[tuple[str, str]], codec: str) -> None:
    text = "\n".join(f"{m} {t}" if m else t for m, t in lines)
    data = unicodedata.normalize("NFD", text).encode() if codec == "nfd" else text.encode(codec)
    path = folder / "văn bản.txt"
    path.write_bytes(data)
    _check(path)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    blocks = []
    for index in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(list(BlockKind)))
        cells = tuple(draw(st.lists(LINE, max_size=6))) if kind is BlockKind.TABLE_ROW else ()
        header = tuple(draw(st.lists(LINE, max_size=6))) if kind is BlockKind.TABLE_ROW else ()
        text = " | ".join(cells) if cells else draw(LINE)
        blocks.append(
            Block(
                text=text,
                kind=kind,
                location=Location(index, line=index + 1),
                level=draw(st.integers(0, 9)),
                marker=draw(MARKERS),
                cells=cells,
                header=header,
            )
        )
    return Document(path="plan.txt", format="txt", blocks=tuple(blocks), sha256="0" * 64)


@settings(max_examples=300, deadline=None)
@given(doc=documents())
def test_extract_tasks_on_arbitrary_blocks(doc: Document) -> None:
    tasks = extract_tasks(doc)
    assert len({t.id for t in tasks}) == len(tasks)
    for task in tasks:
        assert task.text.strip()
        assert unicodedata.is_normalized("NFC", task.text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_legacy_converter_never_raises(text: str) -> None:
    for encoding in (legacy.TCVN3, legacy.VNI):
        out = legacy.convert(text, encoding)
        assert unicodedata.is_normalized("NFC", out)
    legacy.detect(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=VIETNAMESE + " .,", max_size=200))
def test_legacy_round_trip(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    for encoding in (legacy.TCVN3, legacy.VNI):
        assert legacy.convert(legacy.encode(text, encoding), encoding) == text
    upper = text.upper()
    assert legacy.convert(legacy.encode(upper, legacy.VNI), legacy.VNI) == upper
    assert legacy.convert(legacy.encode(upper, legacy.TCVN3), legacy.TCVN3, caps=True) == upper


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " .,0123456789", max_size=300))
def test_unicode_vietnamese_is_never_taken_for_legacy(text: str) -> None:
    if any(ch in "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" for ch in text.lower()):
        assert legacy.detect(text) is None


ODT_TAGS = st.sampled_from(
    [
        "<text:p>",
        "</text:p>",
        "<text:h text:outline-level='2'>",
        "</text:h>",
        "<text:list text:style-name='L'>",
        "<text:list text:continue-numbering='true'>",
        "</text:list>",
        "<text:list-item text:start-value='x'>",
        "</text:list-item>",
        "<table:table>",
        "</table:table>",
        "<table:table-row>",
        "</table:table-row>",
        "<table:table-cell table:number-columns-spanned='3'>",
        "<table:covered-table-cell/>",
        "</table:table-cell>",
        "<text:s text:c='-1'/>",
        "<text:line-break/>",
    ]
)


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(st.one_of(ODT_TAGS, LINE), max_size=40))
def test_odt_reader_on_arbitrary_markup(folder: Path, pieces: list[str]) -> None:
    """Without LibreOffice, .odt goes through our own reader: any content.xml ends in a Document or PlanLoadError."""
    import io
    import zipfile

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        body = "".join(pieces).replace("&", "&amp;").replace("<<", "&lt;<")
        zf.writestr(
            "content.xml",
            f"<office:document-content {ns}><office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>",
        )
    path = folder / "tệp.odt"
    path.write_bytes(buffer.getvalue())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("comparer.readers.convert.find_tool", lambda name: None)
        _check(path)
