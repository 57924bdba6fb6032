"""Whatever bytes a file holds, read_document returns a Document or raises PlanLoadError."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comparer.errors import LOAD_CODES, PlanLoadError
from comparer.models import Document
from comparer.readers import read_document

SUFFIXES = st.sampled_from([".txt", ".docx", ".pdf", ".html"])
# Prefixes that steer the bytes into each reader rather than only the text path.
PREFIXES = st.sampled_from(
    [
        b"",
        b"%PDF-1.7\n",
        b"PK\x03\x04",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"<html><body><p>",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
    ]
)


def _valid_docx() -> bytes:
    document = docx.Document()
    document.add_heading("KẾ HOẠCH", 1)
    document.add_paragraph("1. Tăng cường công tác tuyên truyền", style="List Number")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(1, 1).text = "Nội dung", "Sở Nội vụ"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def check(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except PlanLoadError as err:
        assert err.code in LOAD_CODES
        assert err.detail
    else:
        assert isinstance(doc, Document)
        assert doc.blocks


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def valid(pdf_maker) -> list[bytes]:
    """A readable .docx and .pdf to damage."""
    return [_valid_docx(), pdf_maker([[(72, 700, "A valid little plan with enough text to read it back.")]])]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=PREFIXES, body=st.binary(max_size=3000), suffix=SUFFIXES)
def test_arbitrary_bytes(folder: Path, prefix: bytes, body: bytes, suffix: str) -> None:
    check(folder / f"plan{suffix}", prefix + body)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.sampled_from([0, 1]),
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(min_value=0.0, max_value=1.0), st.integers(0, 255)), max_size=8),
    suffix=SUFFIXES,
)
def test_damaged_real_files(
    folder: Path, valid: list[bytes], which: int, cut: float, flips: list[tuple[float, int]], suffix: str
) -> None:
    data = bytearray(valid[which])
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    check(folder / f"damaged{suffix}", bytes(data[: max(1, int(len(data) * cut))] if cut < 1 else data))
