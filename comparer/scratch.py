"""Private scratch folders (LibreOffice, OCR, screenshots) and the sweep of the ones a killed run left behind."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

__all__ = ["PREFIX", "host_tag", "pid_alive", "scratch_dir", "sweep_stale", "STALE_AGE_S"]

PREFIX = "plancompare-"
# A folder whose process is gone is litter at once; one whose process we cannot judge (the pid
# was reused, or a name from before pids were recorded) after a day: no conversion, OCR run or
# screenshot lives that long.
STALE_AGE_S = 24 * 3600.0
_NAME = re.compile(rf"^{re.escape(PREFIX)}[a-z]+-(?:(\d+)-)?")


def host_tag() -> str:
    """Six hex digits naming this computer, for file names other computers may see on a share."""
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0 or pid > 2**32:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except (OSError, OverflowError):
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:
    # os.kill on Windows terminates the process whatever the signal: ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def scratch_dir(kind: str) -> tempfile.TemporaryDirectory[str]:
    """A private temporary folder ``plancompare-<kind>-<pid>-…``, removed when the ``with`` block ends.

    The process id in the name lets the next run remove the folder when this one is killed
    (kill -9, a power cut) before it could clean up; the first call in a process sweeps.
    """
    _sweep_once()
    return tempfile.TemporaryDirectory(prefix=f"{PREFIX}{kind}-{os.getpid()}-", ignore_cleanup_errors=True)


@lru_cache(maxsize=1)
def _sweep_once() -> int:
    return sweep_stale()


def leftovers(
    folder: Path, name: Callable[[str], re.Match[str] | None], kind: Callable[[int], bool]
) -> Iterator[tuple[os.DirEntry[str], re.Match[str], os.stat_result]]:
    """Entries of ``folder`` whose name ``name`` matches and whose mode is of ``kind`` (links not
    followed), with the match and the entry's stat: what the sweeps of scratch folders and of
    export temp files look at. An unreadable folder or entry is passed over."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = name(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if kind(info.st_mode):
            yield entry, match, info


def sweep_stale(folder: str | Path | None = None, *, now: float | None = None) -> int:
    """Remove scratch folders left in the temp folder by runs that were killed; returns how many.

    Only folders named by ``scratch_dir`` (or its older pid-less form), owned by this user, are
    touched; one is removed when its process is gone, or when it is older than ``STALE_AGE_S``.
    """
    root = Path(folder or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = 0
    for entry, match, info in leftovers(root, _NAME.match, stat.S_ISDIR):
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            continue
        age = now - info.st_mtime
        pid = int(match.group(1)) if match.group(1) else 0
        if (pid and pid != os.getpid() and not pid_alive(pid)) or age > STALE_AGE_S:
            shutil.rmtree(entry.path, ignore_errors=True)
            with contextlib.suppress(OSError):
                if not os.path.lexists(entry.path):
                    removed += 1
    return removed
