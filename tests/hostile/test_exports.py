"""Exports onto special files, long names and the litter of killed exports (issue 11, items 7, 8 and 9)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from comparer.atomic import MAX_NAME, STALE_TMP_S, ExportError, sweep_stale_temps, write_atomically
from comparer.scratch import host_tag
from tests.hostile.conftest import needs_posix

ROOT = Path(__file__).resolve().parents[2]


def _write(text: str) -> object:
    return lambda tmp: tmp.write_text(text, encoding="utf-8")


def _litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


@needs_posix
def test_fifo_target_is_refused_and_left_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "so-sanh.json"
    os.mkfifo(fifo)
    with pytest.raises(ExportError) as info:
        write_atomically(fifo, _write("{}"))
    assert info.value.code == "not_regular"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _litter(tmp_path) == []


@needs_posix
def test_device_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as info:
        write_atomically("/dev/null", _write("{}"))
    assert info.value.code == "not_regular"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@needs_posix
def test_symlink_target_is_refused_and_both_ends_kept(tmp_path: Path) -> None:
    real = tmp_path / "that.json"
    real.write_text("giữ nguyên", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "bao-cao.json"
    link.symlink_to(real)
    with pytest.raises(ExportError) as info:
        write_atomically(link, _write("{}"))
    assert info.value.code == "not_regular"
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "giữ nguyên"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    dangling = tmp_path / "treo.json"
    dangling.symlink_to(tmp_path / "khong-co.json")
    with pytest.raises(ExportError):
        write_atomically(dangling, _write("{}"))
    assert not (tmp_path / "khong-co.json").exists()


@needs_posix
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_replaced_file_keeps_its_permissions(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "bao-cao.json"
    target.write_text("cũ", encoding="utf-8")
    target.chmod(mode)
    write_atomically(target, _write("mới"))
    assert target.read_text(encoding="utf-8") == "mới"
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_new_file_is_readable_like_a_document(tmp_path: Path) -> None:
    target = tmp_path / "moi.json"
    write_atomically(target, _write("x"))
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_names_up_to_the_limit_work_and_longer_ones_are_named(tmp_path: Path) -> None:
    longest = tmp_path / ("a" * (MAX_NAME - 5) + ".json")
    write_atomically(longest, _write("x"))
    assert longest.read_text(encoding="utf-8") == "x"
    with pytest.raises(ExportError) as info:
        write_atomically(tmp_path / ("a" * MAX_NAME + ".xlsx"), _write("x"))
    assert info.value.code == "name_too_long"
    assert "255" in info.value.detail
    if os.name == "posix":  # ext4 counts bytes: 100 Vietnamese letters are 300 bytes
        with pytest.raises(ExportError) as info:
            write_atomically(tmp_path / ("ấ" * 100 + ".xlsx"), _write("x"))
        assert info.value.code == "name_too_long"
    assert _litter(tmp_path) == []


_KILLED_WRITER = """
import sys, time
from pathlib import Path
from comparer.atomic import write_atomically
def write(tmp):
    tmp.write_text("một nửa", encoding="utf-8")
    Path(sys.argv[2]).write_text("ready")
    time.sleep(600)
write_atomically(sys.argv[1], write)
"""


@needs_posix
def test_temp_file_of_a_killed_export_is_removed_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "so-sanh.xlsx"
    target.write_text("bản trước", encoding="utf-8")
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(target), str(ready)], cwd=ROOT)
    try:
        for _ in range(600):
            if ready.exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert ready.exists(), "the writer never started"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert target.read_text(encoding="utf-8") == "bản trước"  # a kill never leaves a half file
    assert len(_litter(tmp_path)) == 1  # …but it leaves its temp file
    write_atomically(target, _write("bản mới"))
    assert target.read_text(encoding="utf-8") == "bản mới"
    assert _litter(tmp_path) == []


def test_foreign_temp_files_wait_an_hour(tmp_path: Path) -> None:
    target = tmp_path / "so-sanh.docx"
    elsewhere = "000000" if host_tag() != "000000" else "111111"
    fresh = tmp_path / f".so-sanh.77-{elsewhere}-xyz.tmp.docx"  # another computer writing on a share
    old = tmp_path / ".so-sanh.a1b2c3d4.tmp.docx"  # an older version's name, long dead
    other = tmp_path / ".khac.1-abcdef-q.tmp.docx"  # another export's: not ours to judge
    unrelated = tmp_path / "so-sanh.tmp.docx"
    for path in (fresh, old, other, unrelated):
        path.write_bytes(b"x")
    past = time.time() - STALE_TMP_S - 60
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    assert sweep_stale_temps(target) == 1
    assert not old.exists() and fresh.exists() and other.exists() and unrelated.exists()
