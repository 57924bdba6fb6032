"""Autosave of unsaved work: where it goes, what it is named, and which files a crashed session left."""

from __future__ import annotations

import contextlib
import math
import os
import socket
import stat
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from comparer.atomic import ExportError, write_atomically
from comparer.project import MAX_PATH, SUFFIX, Project, ProjectError, load_project, to_json
from comparer.scratch import pid_alive

PREFIX = "autosave-"
KEY = "autosave"  # the project's extra key holding who wrote the file, when, and from which project
HEARTBEAT_S = 60.0  # a live session with unsaved work rewrites its file at least this often
# A file not rewritten for this long belongs to no live session, whatever its pid says (the pid
# may have been reused, or the file written on another computer sharing the profile).
STALE_AFTER_S = 5 * HEARTBEAT_S
SET_ASIDE = "set-aside"  # subfolder where malformed autosave files are moved, kept for the user
MAX_PID = 2**32  # process ids are 32-bit on every system we run on
MAX_TIME = 1e11  # seconds since the epoch: year 5138; a larger saved_at is not a time


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
    pid, saved_at = meta.get("pid", 0), meta.get("saved_at", 0.0)
    host, origin = meta.get("host", ""), meta.get("origin") or ""
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 <= pid <= MAX_PID:
        raise ProjectError(path, "corrupt", f"the autosave's process id {str(pid)[:30]} is not a process id")
    if (not isinstance(saved_at, int | float) or isinstance(saved_at, bool) or not math.isfinite(saved_at)
            or not 0 <= saved_at <= MAX_TIME):
        raise ProjectError(path, "corrupt", f"the autosave's time {str(saved_at)[:30]} is not a time")
    if not isinstance(host, str) or len(host) > 255:
        raise ProjectError(path, "corrupt", "the autosave's computer name is not valid")
    if not isinstance(origin, str) or len(origin) > MAX_PATH or "\x00" in origin:
        raise ProjectError(path, "corrupt", "the autosave's project path is not valid")
    extra = {k: v for k, v in project.extra.items() if k != KEY}
    return Autosave(path=Path(path), project=replace(project, extra=extra, outside=()), origin=origin,
                    saved_at=float(saved_at), pid=pid, host=host)


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


@dataclass(frozen=True)
class AutosaveScan:
    """What start-up found in the autosave folder.

    Attributes:
        stale: work left by sessions that did not close cleanly, newest first.
        set_aside: malformed files moved to the ``set-aside`` subfolder, with why
            (``ProjectError.path`` is the file's new place): the window says so once.
    """

    stale: list[Autosave] = field(default_factory=list)
    set_aside: list[ProjectError] = field(default_factory=list)


def scan_autosaves(folder: str | Path, *, alive: Callable[[int], bool] | None = None, host: str | None = None,
                   now: float | None = None, set_aside: bool = True) -> AutosaveScan:
    """Autosaves in ``folder`` left by sessions that did not close cleanly; malformed ones set aside.

    Never raises and never blocks: only regular files are opened (a FIFO named like an autosave
    is set aside unopened), each read is capped (``comparer.project.MAX_BYTES``) and strictly
    checked. A malformed file (``corrupt``, ``too_large``, ``not_regular``) is moved to
    ``folder/set-aside`` rather than deleted: it may still be someone's only copy, and a user
    can send it to us. Files a newer version wrote and unreadable files stay where they are.
    """
    scan = AutosaveScan()
    folder = Path(folder)
    try:
        paths = sorted(folder.glob(f"{PREFIX}*{SUFFIX}")) if folder.is_dir() else []
    except OSError:
        return scan
    for path in paths:
        try:
            autosave = read_autosave(path)
        except ProjectError as exc:
            if set_aside and exc.code in ("corrupt", "too_large", "not_regular"):
                moved = _set_aside(path)
                if moved is not None:
                    scan.set_aside.append(ProjectError(moved, exc.code, exc.detail))
            continue
        try:
            if is_stale(autosave, alive=alive, host=host, now=now):
                scan.stale.append(autosave)
        except (OSError, ValueError, OverflowError):
            continue
    scan.stale.sort(key=lambda a: a.saved_at, reverse=True)
    return scan


def _set_aside(path: Path) -> Path | None:
    """Move a malformed autosave into the ``set-aside`` subfolder (a new name if one is taken)."""
    target_dir = path.parent / SET_ASIDE
    try:
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        n = 1
        while os.path.lexists(target):
            n += 1
            target = target_dir / f"{path.stem}-{n}{path.suffix}"
        os.replace(path, target)  # a rename: a FIFO is moved without being opened
    except OSError:
        return None
    return target


def find_stale(folder: str | Path, *, alive: Callable[[int], bool] | None = None, host: str | None = None,
               now: float | None = None) -> list[Autosave]:
    """Autosaves in ``folder`` left by sessions that did not close cleanly, newest first.

    Unreadable and malformed files are skipped and left in place (``scan_autosaves`` sets them aside).
    """
    return scan_autosaves(folder, alive=alive, host=host, now=now, set_aside=False).stale


def remove_autosave(path: str | Path) -> None:
    """Delete an autosave file (no error when it is already gone or cannot be deleted)."""
    with contextlib.suppress(OSError):
        path = Path(path)
        if stat.S_ISREG(os.lstat(path).st_mode):
            path.unlink(missing_ok=True)
