"""The CLI under hostile conditions: every failure one line, Ctrl-C exits 130, nothing left behind.

Issue 11, items 8, 9 and 11: a traceback after a full disk, KeyboardInterrupt tracebacks and
OCR that SIGINT did not stop, scratch folders left by interrupted runs, ``--xlsx ""`` writing
nothing, one path for --xlsx and --docx.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from comparer.scratch import sweep_stale
from tests.comparer.conftest import make_pdf
from tests.comparer.intake_corpus import scanned_pdf
from tests.hostile.builders import odt
from tests.hostile.conftest import needs_posix

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "samples" / "backan-kl51.txt"
PLANS = [str(PLAN), str(ROOT / "samples" / "haiphong-kh298.docx")]

pytestmark = needs_posix


def _env(tmp_path: Path, extra_path: Path | None = None) -> dict[str, str]:
    env = dict(os.environ, TMPDIR=str(tmp_path / "tmp"), PYTHONDONTWRITEBYTECODE="1")
    (tmp_path / "tmp").mkdir(exist_ok=True)
    if extra_path is not None:
        env["PATH"] = f"{extra_path}{os.pathsep}{env.get('PATH', '')}"
    return env


def _cli(args: list[str], tmp_path: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "comparer.cli", *args], capture_output=True, text=True,
                          timeout=170, cwd=ROOT, env=_env(tmp_path), check=False, **kwargs)  # type: ignore[call-overload]


def _one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("plancompare: ") and "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    "outputs",
    [["--xlsx", ""], ["--docx", " "], ["--json", ""]],
    ids=["empty-xlsx", "blank-docx", "empty-json"],
)
def test_empty_output_name_is_a_usage_error(tmp_path: Path, outputs: list[str]) -> None:
    done = _cli(["compare", str(PLAN), *outputs], tmp_path)
    assert done.returncode == 2
    assert "needs a file name" in _one_line(done.stderr)


def test_one_path_for_two_outputs_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.xlsx"
    done = _cli(["compare", str(PLAN), "--xlsx", str(target), "--docx", str(tmp_path / "." / "bao-cao.xlsx")],
                tmp_path)
    assert done.returncode == 2
    assert "same file" in _one_line(done.stderr)
    assert not target.exists()


@pytest.mark.parametrize("kind", ["long-name", "fifo", "symlink", "no-folder"])
def test_output_failures_are_one_line(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "bao-cao.json"
    if kind == "long-name":
        target = tmp_path / ("b" * 300 + ".xlsx")
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        target.symlink_to(tmp_path / "that.json")
    else:
        target = tmp_path / "khong-co" / "bao-cao.json"
    flag = "--xlsx" if target.suffix == ".xlsx" else "--json"
    done = _cli(["compare", str(PLAN), flag, str(target)], tmp_path)
    assert done.returncode == 4
    _one_line(done.stderr)


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16_384, 16_384))


@pytest.mark.parametrize("flag", ["--xlsx", "--docx", "--json"])
def test_no_room_to_write_is_one_line_and_leaves_nothing(tmp_path: Path, flag: str) -> None:
    """A write that fails part-way (here: a 16 KB file size limit) ends in one line, rc 4, no temp file.

    Before, the Excel and Word writers' open ZipFile printed "Exception ignored in
    ZipFile.__del__" with a traceback after the message.
    """
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"so-sanh.{flag[2:]}"
    done = _cli(["compare", *PLANS, flag, str(target)], tmp_path, preexec_fn=_limit_file_size)
    assert done.returncode == 4, done.stderr
    assert "Exception ignored" not in done.stderr
    _one_line(done.stderr)
    assert list(out.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None, reason="needs root to mount a tmpfs")
def test_full_disk_is_one_line(tmp_path: Path) -> None:
    """A real full disk: a 24 KB tmpfs mounted in a private mount namespace."""
    mount = tmp_path / "dia-day"
    mount.mkdir()
    script = (f"mount -t tmpfs -o size=24k tmpfs {mount} || exit 99; "
              f"{sys.executable} -m comparer.cli compare {' '.join(PLANS)} --xlsx {mount}/a.xlsx --docx {mount}/a.docx;"
              f" echo rc=$?; ls -A {mount}")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env=_env(tmp_path), timeout=170, check=False)
    if done.returncode == 99 or "rc=" not in done.stdout:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()[:200]}")
    assert "rc=4" in done.stdout
    assert "not enough disk space" in _one_line(done.stderr)
    assert done.stdout.rstrip().endswith("rc=4")  # ls printed nothing: no temp file left


_FAKE_TOOL = """#!/bin/sh
if [ "$1" = "--list-langs" ]; then echo "List of available languages (2):"; echo eng; echo vie; exit 0; fi
echo $$ >> "{pids}"
exec sleep 600
"""


@pytest.fixture
def slow_tools(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A folder with a ``tesseract`` and a ``soffice`` that never finish, and the file their pids go to."""
    folder = tmp_path / "bin"
    folder.mkdir()
    pids = tmp_path / "pids"
    for name in ("tesseract", "soffice"):
        tool = folder / name
        tool.write_text(_FAKE_TOOL.format(pids=pids), encoding="utf-8")
        tool.chmod(0o755)
    yield folder, pids
    for pid in _pids(pids):  # whatever the test did, no process of ours outlives it
        if _running(pid) and b"sleep" in _cmdline(pid):  # still our fake tool, not a reused pid
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _pids(path: Path) -> list[int]:
    return [int(line) for line in path.read_text().split()] if path.exists() else []


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _input(tmp_path: Path, kind: str) -> Path:
    if kind == "ocr":
        path = tmp_path / "ban-scan.pdf"
        text = make_pdf([[(72, 700, "1. Tang cuong cong tac tuyen truyen")]] * 2)
        path.write_bytes(scanned_pdf(text, [0, 1], dpi=100))
    else:
        path = tmp_path / "ke-hoach.odt"
        path.write_bytes(odt(""))
    return path


def _start(tmp_path: Path, tools: Path, pids: Path, source: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-m", "comparer.cli", "tasks", str(source)], cwd=ROOT,
                            env=_env(tmp_path, tools), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(1200):
        if _pids(pids) or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert _pids(pids), f"the converter never started: {proc.communicate(timeout=30)}"
    return proc


def _scratch(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in (tmp_path / "tmp").iterdir() if p.name.startswith("plancompare-"))


@pytest.mark.parametrize("kind", ["ocr", "lo"])
def test_sigint_to_python_alone_stops_the_converter_and_exits_130(
    tmp_path: Path, slow_tools: tuple[Path, Path], kind: str,
) -> None:
    """SIGINT to the Python process only (the converter runs in a session of its own, as a
    terminal's Ctrl-C would leave it): the converter stops, one line, exit 130, no scratch left."""
    tools, pids = slow_tools
    proc = _start(tmp_path, tools, pids, _input(tmp_path, kind))
    assert _scratch(tmp_path)  # the run's own scratch folder exists while it works
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert _one_line(stderr) == "plancompare: interrupted"
    assert [pid for pid in _pids(pids) if _running(pid)] == []
    assert _scratch(tmp_path) == []


def test_scratch_folder_of_a_killed_run_is_removed_by_the_next(tmp_path: Path,
                                                                slow_tools: tuple[Path, Path]) -> None:
    tools, pids = slow_tools
    proc = _start(tmp_path, tools, pids, _input(tmp_path, "lo"))
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    left = _scratch(tmp_path)
    assert len(left) == 1 and left[0].startswith(f"plancompare-lo-{proc.pid}-")
    assert sweep_stale(tmp_path / "tmp") == 1
    assert _scratch(tmp_path) == []
