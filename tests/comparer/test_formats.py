"""The readers' FORMATS table drives sniffing, reading, and every list of formats shown to people."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from comparer.cli import main
from comparer.errors import PlanLoadError
from comparer.readers import read_document
from comparer.readers.formats import FORMATS, Format, file_patterns, offered_extensions, supported_extensions
from comparer.readers.sniff import sniff
from tests.comparer.paths import SAMPLES

PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.iterdir() if p.suffix != ".py"
                                          and p.name != "README.md"))
def test_each_sample_sniffs_to_a_format_that_names_its_extension(sample: str) -> None:
    path = SAMPLES / sample
    kind = sniff(path, path.read_bytes())
    assert kind in FORMATS
    assert path.suffix in FORMATS[kind].extensions
    assert not any("was read as one" in w for w in read_document(path).warnings)


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_every_format_names_a_reader_that_exists(kind: str) -> None:
    form = FORMATS[kind]
    module = importlib.import_module(f"comparer.readers.{form.module}")
    assert callable(module.read)
    assert form.name_vi and form.name_en and form.name("en") == form.name_en and form.name("vi") == form.name_vi
    assert all(ext.startswith(".") and ext == ext.lower() for ext in form.extensions)


def test_a_misnamed_file_is_read_and_named_by_its_format(tmp_path: Path) -> None:
    misnamed = tmp_path / "kh298.txt"
    shutil.copy(SAMPLES / "haiphong-kh298.docx", misnamed)
    doc = read_document(misnamed)
    assert doc.blocks
    assert f"holds a {FORMATS['docx'].name_en}" in doc.warnings[0]


def test_lists_for_people_come_from_the_table() -> None:
    assert supported_extensions().split(", ") == [f.extensions[0] for f in FORMATS.values()]
    assert file_patterns().split() == [f"*{e}" for f in FORMATS.values() for e in f.extensions]
    assert offered_extensions() == {e for f in FORMATS.values() for e in f.extensions}
    assert "*.docx" in file_patterns() and "*.mhtml" in file_patterns()


def test_the_cli_unsupported_message_lists_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    image = tmp_path / "ảnh.png"
    image.write_bytes(PNG)
    monkeypatch.setitem(FORMATS, "xyz", Format("xyz", (".xyz",), "định dạng thử", "test format", "txt"))
    assert main(["compare", str(image)]) == 3
    err = capsys.readouterr().err
    assert image.name in err and "định dạng không hỗ trợ" in err
    for form in FORMATS.values():
        assert form.extensions[0] in err


# Random-looking bytes that no format's magic or text sniffing accepts.
GARBAGE = bytes(range(1, 256)) * 40 + bytes(100)


@pytest.mark.parametrize("ext", sorted({e for f in FORMATS.values() for e in f.extensions}))
def test_binary_garbage_is_damaged_only_under_a_binary_formats_name(tmp_path: Path, ext: str) -> None:
    # Which names promise a binary file, and what the message calls it, come from the table.
    path = tmp_path / f"kế hoạch{ext}"
    with pytest.raises(PlanLoadError) as info:
        sniff(path, GARBAGE)
    owner = next(f for f in FORMATS.values() if ext in f.extensions)
    if owner.binary:
        assert info.value.code == "corrupt"
        assert f"not a valid {owner.name_en}" in info.value.detail
    else:
        assert info.value.code == "unsupported"


def test_a_new_binary_format_in_the_table_is_sniffed_as_damaged(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(FORMATS, "xyz", Format("xyz", (".xyz",), "định dạng thử", "test format", "txt",
                                               binary=True))
    with pytest.raises(PlanLoadError) as info:
        sniff(tmp_path / "a.xyz", GARBAGE)
    assert info.value.code == "corrupt" and "not a valid test format" in info.value.detail
