"""write_atomically: the old file survives every failure and no temp file is left behind."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from comparer.store.atomic import ExportError, write_atomically


def _write(text: str) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    return write


def test_creates_new_file(tmp_path: Path) -> None:
    target = tmp_path / "báo cáo.xlsx"
    write_atomically(target, _write("mới"))
    assert target.read_text(encoding="utf-8") == "mới"
    assert list(tmp_path.iterdir()) == [target]
    assert os.stat(target).st_mode & 0o777 == 0o644


def test_replaces_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_text("cũ", encoding="utf-8")
    os.chmod(target, 0o640)
    write_atomically(target, _write("mới"))
    assert target.read_text(encoding="utf-8") == "mới"
    assert os.stat(target).st_mode & 0o777 == 0o640


def test_locked_target_raises_and_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What Windows reports when Excel holds the file open; root ignores chmod, so simulate it.
    target = tmp_path / "out.xlsx"
    target.write_text("cũ", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as info:
        write_atomically(target, _write("mới"))
    assert info.value.code == "locked"
    assert "open in another program" in info.value.detail
    assert info.value.path == target
    assert target.read_text(encoding="utf-8") == "cũ"
    assert list(tmp_path.iterdir()) == [target]


def test_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("comparer.store.atomic.tempfile.mkstemp", refuse)
    with pytest.raises(ExportError) as info:
        write_atomically(tmp_path / "out.xlsx", _write("x"))
    assert info.value.code == "permission_denied"
    assert str(tmp_path) in info.value.detail


def test_target_is_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    with pytest.raises(ExportError) as info:
        write_atomically(folder, _write("x"))
    assert info.value.code == "is_directory"
    assert folder.is_dir()
    assert list(tmp_path.iterdir()) == [folder]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as info:
        write_atomically(tmp_path / "không có" / "out.xlsx", _write("x"))
    assert info.value.code == "no_folder"


def test_disk_full(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_text("cũ", encoding="utf-8")

    def full(tmp: Path) -> None:
        tmp.write_text("nửa chừng", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as info:
        write_atomically(target, full)
    assert info.value.code == "disk_full"
    assert target.read_text(encoding="utf-8") == "cũ"
    assert list(tmp_path.iterdir()) == [target]


def test_writer_bug_propagates_and_cleans_up(tmp_path: Path) -> None:
    def broken(tmp: Path) -> None:
        tmp.write_text("x", encoding="utf-8")
        raise ValueError("bug in a writer")

    with pytest.raises(ValueError, match="bug in a writer"):
        write_atomically(tmp_path / "out.xlsx", broken)
    assert list(tmp_path.iterdir()) == []


def test_read_only_target_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.xlsx"
    target.write_text("cũ", encoding="utf-8")
    real_access = os.access
    # Root may write anything, so chmod alone proves nothing here; ask as a normal user would.
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == target else real_access(p, mode))
    with pytest.raises(ExportError) as info:
        write_atomically(target, _write("mới"))
    assert info.value.code == "read_only"
    assert target.read_text(encoding="utf-8") == "cũ"
    assert list(tmp_path.iterdir()) == [target]
