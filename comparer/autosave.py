"""Autosave of unsaved work: where it goes, what it is named, and which files a crashed session left."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from comparer.atomic import ExportError, write_atomically
from comparer.project import SUFFIX, Project, ProjectError, load_project, to_json

PREFIX = "autosave-"
KEY = "autosave"  # the project's extra key holding who wrote the file, when, and from which project
HEARTBEAT_S = 60.0  # a live session with unsaved work rewrites its file at least this often
# A file not rewritten for this long belongs to no live session, whatever its pid says (the pid
# may have been reused, or the file written on another computer sharing the profile).
STALE_AFTER_S = 5 * HEARTBEAT_S


@dataclass(frozen=True)
class Autosave:
    """One autosave file: the work it holds and the session that wrote it."""

    path: Path
    project: Project
    origin: str  # the .plancompare file the work came from; "" when it was never saved
    saved_at: float  # seconds since the epoch
    pid: int
    host: str


def new_token() -> str:
    """A name part unique to one window's session (two windows never share a file)."""
    return uuid.uuid4().hex[:12]


def autosave_path(folder: str | Path, token: str) -> Path:
    """The autosave file of session ``token`` in ``folder``."""
    return Path(folder) / f"{PREFIX}{token}{SUFFIX}"


def write_autosave(folder: str | Path, token: str, project: Project, origin: str = "",
                   *, now: float | None = None) -> Path:
    """Write ``project`` atomically as session ``token``'s autosave (no .bak: it is rewritten often).

    The file is an ordinary project file, with an extra ``autosave`` key saying which process
    wrote it, when, and which project file (if any) the work belongs to.

    Raises:
        ProjectError: the folder cannot be created or written (``comparer.atomic`` codes).
    """
    folder = Path(folder)
    path = autosave_path(folder, token)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(path, "no_folder", f"cannot create {folder}: {exc.strerror or exc}") from exc
    meta = {"pid": os.getpid(), "host": socket.gethostname(), "saved_at": time.time() if now is None else now,
            "origin": str(Path(origin).absolute()) if origin else ""}
    extra = {k: v for k, v in project.extra.items() if k != KEY}
    text = to_json(replace(project, extra={**extra, KEY: meta}), folder.absolute())
    try:
        write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))
    except ExportError as exc:
        raise ProjectError(path, exc.code, exc.detail) from exc
    return path


def read_autosave(path: str | Path) -> Autosave:
    """Read one autosave file.

    Raises:
        ProjectError: as ``load_project``; ``corrupt`` when the file lacks the autosave record.
    """
    project = load_project(path)
    meta = project.extra.get(KEY)
    if not isinstance(meta, dict):
        raise ProjectError(path, "corrupt", "not an autosave file")
    try:
        pid, saved_at = int(meta.get("pid", 0)), float(meta.get("saved_at", 0.0))
    except (TypeError, ValueError) as exc:
        raise ProjectError(path, "corrupt", f"malformed autosave record: {exc}") from exc
    extra = {k: v for k, v in project.extra.items() if k != KEY}
    return Autosave(path=Path(path), project=replace(project, extra=extra), origin=str(meta.get("origin") or ""),
                    saved_at=saved_at, pid=pid, host=str(meta.get("host", "")))


def is_stale(autosave: Autosave, *, alive: Callable[[int], bool] | None = None, host: str | None = None,
             now: float | None = None) -> bool:
    """Whether the session that wrote ``autosave`` is gone (it crashed or was killed).

    A live session deletes its file when it closes, so a file whose process no longer runs is
    work nobody saved. A file older than ``STALE_AFTER_S`` is stale too: live sessions rewrite
    theirs every ``HEARTBEAT_S``.
    """
    alive = pid_alive if alive is None else alive
    host = socket.gethostname() if host is None else host
    now = time.time() if now is None else now
    if now - autosave.saved_at > STALE_AFTER_S:
        return True
    return autosave.host == host and not alive(autosave.pid)


def find_stale(folder: str | Path, *, alive: Callable[[int], bool] | None = None, host: str | None = None,
               now: float | None = None) -> list[Autosave]:
    """Autosaves in ``folder`` left by sessions that did not close cleanly, newest first.

    Unreadable files are skipped, never deleted: they may still be someone's only copy.
    """
    found: list[Autosave] = []
    folder = Path(folder)
    if not folder.is_dir():
        return found
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            autosave = read_autosave(path)
        except ProjectError:
            continue
        if is_stale(autosave, alive=alive, host=host, now=now):
            found.append(autosave)
    return sorted(found, key=lambda a: a.saved_at, reverse=True)


def remove_autosave(path: str | Path) -> None:
    """Delete an autosave file (no error when it is already gone or cannot be deleted)."""
    with contextlib.suppress(OSError):
        Path(path).unlink(missing_ok=True)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
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
    except OSError:
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
