"""Write export files atomically: a temp file in the target's folder, fsync, then os.replace."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from comparer.errors import FileError


class ExportError(FileError):
    """An export file could not be written; the previous file (if any) is untouched.

    Attributes:
        path: the file the export was meant to produce.
        code: a stable machine code: ``locked`` (target open in another program),
            ``read_only`` (target file marked read-only), ``permission_denied`` (folder not
            writable), ``is_directory``, ``no_folder``, ``disk_full`` or ``write_failed``.
        detail: one human-readable sentence (English) naming what is wrong.
    """


def _error(path: Path, exc: OSError, stage: str) -> ExportError:
    """Map an OSError raised while writing ``path`` at ``stage`` to a typed ExportError."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(path, "disk_full", f"There is not enough disk space to write {path.name}.")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if stage == "replace":
            # On Windows this is what Excel/Word holding the file open looks like.
            return ExportError(
                path,
                "locked",
                f"Could not replace {path.name}: it may be open in another program or read-only; "
                "close it and try again.",
            )
        return ExportError(
            path,
            "permission_denied",
            f"The folder {path.parent} cannot be written to; choose another folder.",
        )
    if isinstance(exc, IsADirectoryError):
        return ExportError(path, "is_directory", f"{path} is a folder, not a file; choose a file name.")
    return ExportError(path, "write_failed", f"Could not write {path.name}: {exc.strerror or exc}.")


def write_atomically(path: str | Path, write: Callable[[Path], object]) -> None:
    """Produce ``path`` by calling ``write`` on a temp file next to it, then swapping it in.

    Readers never see a half-written file and a failed export leaves the old file as it was.

    Args:
        path: the file to create or replace.
        write: called with the temp file's path; must write the complete file there (its
            return value is ignored, so `lambda tmp: tmp.write_text(...)` will do).

    Raises:
        ExportError: the folder is missing or not writable, the target is a folder, is open
            in another program, or the disk is full. The temp file is removed.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(target, "is_directory", f"{target} is a folder, not a file; choose a file name.")
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(target, "no_folder", f"The folder {folder} does not exist.")
    if target.exists() and not os.access(target, os.W_OK):
        # os.replace would swap a read-only file without asking; Word and Excel refuse, so do we.
        raise ExportError(target, "read_only", f"{target.name} is read-only; choose another name or folder.")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}")
    except OSError as exc:
        raise _error(target, exc, "create") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    stage = "write"
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        # mkstemp makes 0600 files; an export should be readable like any saved document.
        # (Reading the umask would mean setting it, which races with other threads.)
        mode = os.stat(target).st_mode & 0o777 if target.exists() else 0o644
        os.chmod(tmp, mode)
        stage = "replace"
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _error(target, exc, stage) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry so the rename survives a crash (POSIX only; best effort)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
