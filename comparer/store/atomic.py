"""Write export files atomically: a temp file in the target's folder, fsync, then os.replace."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import GeneratorType, TracebackType

from lxml import etree

from comparer.errors import FileError
from comparer.scratch import host_tag, leftovers, pid_alive

# Most file systems (NTFS, ext4, APFS) allow 255 characters (ext4: bytes) in one name.
MAX_NAME = 255
# The temp file's name carries a short form of the target's: a 255-character target name must
# still leave room for ".<stem>.<pid>-<host>-<random>.tmp<suffix>".
_TMP_STEM = 40
# A temp file another computer may be writing (a shared folder), or one whose pid was reused,
# is removed only when it has not been touched for this long.
STALE_TMP_S = 3600.0


class ExportError(FileError):
    """An export file could not be written; the previous file (if any) is untouched.

    Attributes:
        path: the file the export was meant to produce.
        code: a stable machine code: ``locked`` (target open in another program),
            ``read_only`` (target file marked read-only), ``permission_denied`` (folder not
            writable), ``is_directory``, ``not_regular`` (a FIFO, device or symbolic link),
            ``name_too_long``, ``no_folder``, ``disk_full`` or ``write_failed``.
        detail: one human-readable sentence (English) naming what is wrong.
    """


def _error(path: Path, exc: OSError, stage: str) -> ExportError:
    """Map an OSError raised while writing ``path`` at ``stage`` to a typed ExportError."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(path, "disk_full", f"There is not enough disk space to write {path.name}.")
    if exc.errno == errno.ENAMETOOLONG:
        return _too_long(path)
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
    if not target.name or target.name in (".", ".."):
        raise ExportError(target, "is_directory", f"{target} is a folder, not a file; choose a file name.")
    # NTFS counts UTF-16 units, ext4 bytes (a Vietnamese letter is 2–3 bytes in UTF-8).
    if len(target.name) > MAX_NAME or (os.name == "posix" and len(os.fsencode(target.name)) > MAX_NAME):
        raise _too_long(target)
    existing = _existing(target)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(target, "no_folder", f"The folder {folder} does not exist.")
    if existing is not None and not os.access(target, os.W_OK):
        # os.replace would swap a read-only file without asking; Word and Excel refuse, so do we.
        raise ExportError(target, "read_only", f"{target.name} is read-only; choose another name or folder.")
    sweep_stale_temps(target)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f"{_tmp_prefix(target)}{os.getpid()}-{host_tag()}-",
                                        suffix=f".tmp{target.suffix[:20]}")
    except OSError as exc:
        raise _error(target, exc, "create") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    stage = "write"
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        # mkstemp makes 0600 files; an export should be readable like any saved document, and
        # a file replaced keeps the permissions its owner gave it (a 0600 report stays private).
        # (Reading the umask would mean setting it, which races with other threads.)
        mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o644
        os.chmod(tmp, mode)
        stage = "replace"
        os.replace(tmp, target)
    except OSError as exc:
        _release(exc.__traceback__)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _error(target, exc, stage) from exc
    except etree.SerialisationError as exc:
        # openpyxl streams worksheets through lxml, which reports a failed write as "IO_ENOSPC".
        _release(exc.__traceback__)
        with contextlib.suppress(OSError):
            tmp.unlink()
        code = errno.ENOSPC if "ENOSPC" in str(exc) or "EDQUOT" in str(exc) else errno.EIO
        reason = "File too large" if "EFBIG" in str(exc) else str(exc)
        raise _error(target, OSError(code, reason), stage) from exc
    except BaseException as exc:
        _release(exc.__traceback__)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(folder)


def _existing(target: Path) -> os.stat_result | None:
    """The target's own status (not a link's), or None when it does not exist yet.

    Raises:
        ExportError: ``is_directory``, or ``not_regular`` for a FIFO, a device or a symbolic
            link: replacing those swaps a pipe another program reads, or a link the user made,
            for a plain file (issue 11 saw ``--json`` onto a symlink leave a 0666 file).
    """
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _error(target, exc, "create") from exc
    if stat.S_ISDIR(info.st_mode):
        raise ExportError(target, "is_directory", f"{target} is a folder, not a file; choose a file name.")
    if stat.S_ISLNK(info.st_mode):
        raise ExportError(target, "not_regular", f"{target.name} is a link to another file; choose another name.")
    if not stat.S_ISREG(info.st_mode):
        raise ExportError(
            target, "not_regular", f"{target.name} is not an ordinary file (a pipe or device); choose another name."
        )
    return info


def _too_long(target: Path) -> ExportError:
    return ExportError(
        target, "name_too_long", f"The file name is longer than {MAX_NAME} characters; choose a shorter name."
    )


def _tmp_prefix(target: Path) -> str:
    return f".{target.stem[:_TMP_STEM]}."


_TMP_NAME = re.compile(r"^(?:(\d+)-([0-9a-f]{6})-)?[^.]*\.tmp")


def sweep_stale_temps(target: str | Path, *, now: float | None = None) -> int:
    """Remove temp files a killed export of ``target`` left in its folder; returns how many.

    A temp file is ``.<stem>.<pid>-<host>-<random>.tmp<suffix>``. One written on this computer
    by a process that is gone is removed at once; any other (another computer on a shared
    folder, or a name from an older version) only when untouched for ``STALE_TMP_S``.
    """
    target = Path(target)
    prefix = _tmp_prefix(target)
    suffix = f".tmp{target.suffix[:20]}"
    now = time.time() if now is None else now
    here = host_tag()
    removed = 0

    def temp_name(name: str) -> re.Match[str] | None:
        if not (name.startswith(prefix) and name.endswith(suffix)):
            return None
        return _TMP_NAME.match(name[len(prefix):])

    for entry, match, info in leftovers(target.parent, temp_name, stat.S_ISREG):
        pid, host = (int(match.group(1)), match.group(2)) if match.group(1) else (0, "")
        mine_dead = host == here and pid != os.getpid() and not pid_alive(pid)
        if mine_dead or now - info.st_mtime > STALE_TMP_S:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def _release(tb: TracebackType | None) -> None:
    """Close the streams a failed writer left open in its frames (openpyxl, python-docx).

    On a full disk the writer's ZipFile (and openpyxl's worksheet generator) stay open; when
    they are collected later, they try to write again and Python prints "Exception ignored in
    ZipFile.__del__" with a traceback after our one-line message. Closing them here, where the
    error is handled, lets the second failure pass silently.
    """
    found: list[object] = []
    seen = 0
    while tb is not None and seen < 64:
        for value in list(tb.tb_frame.f_locals.values()):
            found.extend(c for c in (value, *getattr(value, "__dict__", {}).values())
                         if isinstance(c, GeneratorType | zipfile.ZipFile))
        tb = tb.tb_next
        seen += 1
    # Generators first: closing one flushes into the archive it writes to.
    for item in sorted(found, key=lambda c: isinstance(c, zipfile.ZipFile)):
        with contextlib.suppress(Exception):
            item.close()  # type: ignore[attr-defined]


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
