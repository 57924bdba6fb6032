"""A saved piece of work (.plancompare JSON): plans, reference, threshold and review decisions (no Qt)."""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeGuard

from comparer.atomic import ExportError, write_atomically
from comparer.errors import FileError
from comparer.models import DEFAULT_REFERENCE, DEFAULT_THRESHOLD
from comparer.review import Decision, DecisionKind

SUFFIX = ".plancompare"
FORMAT = "plancompare"
VERSION = 1

# Limits on what a project (or autosave) file may hold; docs/SECURITY.md lists them. A real
# project of 500 plans and 5,000 decisions is about 3 MB.
MAX_BYTES = 32 * 1024 * 1024
MAX_PLANS = 10_000
MAX_DECISIONS = 100_000
MAX_PATH = 4096  # characters in a plan or reference path (Linux PATH_MAX)
MAX_NAME = 1024
MAX_TEXT = 100_000  # characters in a decision's passage or note
MAX_DEPTH = 32  # nesting of unknown keys kept for a newer version
MAX_DIGITS = 20  # in any number
_SHA = re.compile(r"^[0-9a-fA-F]{64}$")


class ProjectError(FileError):
    """A project file could not be read or written.

    Attributes:
        path: the project file.
        code: reading: ``not_found``, ``unreadable``, ``not_regular`` (a folder, pipe or
            device), ``too_large`` (over ``MAX_BYTES``), ``corrupt`` (not JSON, wrong shape, a
            value out of range), ``version`` (written by a newer plancompare); writing: the codes of
            ``comparer.atomic.ExportError`` (``locked``, ``disk_full``, ``write_failed``…).
        detail: one English sentence.
    """


@dataclass(frozen=True)
class PlanRef:
    """A plan as a project remembers it: where it was and what it contained."""

    path: str
    sha256: str = ""
    name: str = ""


@dataclass(frozen=True)
class Project:
    """Everything needed to redo a comparison and lay the officer's decisions over it."""

    plans: tuple[PlanRef, ...] = ()
    reference: str = DEFAULT_REFERENCE  # built-in id or a file path
    threshold: float = DEFAULT_THRESHOLD
    decisions: tuple[Decision, ...] = ()
    extra: dict[str, object] = field(default_factory=dict, compare=False)  # unknown keys, kept on save
    # Plan and reference files that lie outside the project's folder once resolved: a project
    # someone sent may name ../../etc/passwd. The caller shows them and reads them only when
    # the user agrees (desktop asks); never filled for a project built in memory.
    outside: tuple[str, ...] = field(default=(), compare=False)


def without_outside(project: Project) -> Project:
    """``project`` without the files outside its folder (the user declined to read them).

    A reference file outside the folder falls back to the built-in default.
    """
    outside = set(project.outside)
    reference = project.reference if project.reference not in outside else Project().reference
    return replace(project, plans=tuple(p for p in project.plans if p.path not in outside), reference=reference,
                   outside=())


def to_json(project: Project, base: Path | None = None) -> str:
    """The project as JSON text; plan paths relative to ``base`` where possible."""
    data: dict[str, object] = dict(project.extra)
    data.update({
        "format": FORMAT,
        "version": VERSION,
        "reference": _rel(project.reference, base) if _is_path(project.reference) else project.reference,
        "threshold": project.threshold,
        "plans": [{"path": _rel(p.path, base), "abs_path": str(Path(p.path).absolute()), "sha256": p.sha256,
                   "name": p.name or Path(p.path).name} for p in project.plans],
        "decisions": [d.to_dict() for d in project.decisions],
    })
    return json.dumps(data, ensure_ascii=False, indent=2)


def from_json(text: str, base: Path | None = None, path: str | Path = "") -> Project:
    """Parse project JSON strictly; relative plan paths are resolved against ``base``.

    Every value is checked (types, ranges, finite numbers, lengths, nesting) before a Project
    is built, so a caller that takes the result has nothing left to fail on.

    Raises:
        ProjectError: ``corrupt`` or ``version``.
    """
    data = parse_json(text, path)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectError(path, "corrupt", "not a plancompare project")
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise ProjectError(path, "corrupt", f"the project version {_show(version)} is not a version number")
    if version > VERSION:
        raise ProjectError(path, "version", f"project version {version} is newer than this program")
    check = _Checker(path)
    raw_plans = check.items(data.get("plans", []), "plans", MAX_PLANS)
    plans: list[PlanRef] = []
    for n, item in enumerate(raw_plans, 1):
        entry = check.mapping(item, f"plan {n}")
        rel = check.path(entry.get("path"), f"plan {n}'s path", required=True)
        absolute = check.path(entry.get("abs_path", ""), f"plan {n}'s abs_path")
        sha = check.text(entry.get("sha256", ""), f"plan {n}'s sha256", 64)
        if sha and not _SHA.match(sha):
            raise ProjectError(path, "corrupt", f"plan {n}'s sha256 is not a SHA-256 hash")
        name = check.text(entry.get("name", ""), f"plan {n}'s name", MAX_NAME)
        plans.append(PlanRef(path=_resolve(rel, absolute, base), sha256=sha, name=name))
    reference = check.path(data.get("reference", DEFAULT_REFERENCE), "reference", required=True)
    if _is_path(reference):
        reference = _resolve(reference, "", base)
    decisions: list[Decision] = []
    for n, item in enumerate(check.items(data.get("decisions", []), "decisions", MAX_DECISIONS), 1):
        entry = check.mapping(item, f"decision {n}")
        kind = check.text(entry.get("kind"), f"decision {n}'s kind", 32)
        if kind not in {k.value for k in DecisionKind}:
            raise ProjectError(path, "corrupt", f"decision {n} has an unknown kind {_show(kind)}")
        decisions.append(Decision(
            kind=DecisionKind(kind),
            plan_sha256=check.text(entry.get("plan_sha256"), f"decision {n}'s plan_sha256", 128, required=True),
            plan_name=check.text(entry.get("plan_name"), f"decision {n}'s plan_name", MAX_NAME, required=True),
            ref_id=check.text(entry.get("ref_id"), f"decision {n}'s ref_id", 256, required=True),
            task_text=check.text(entry.get("task_text", ""), f"decision {n}'s task_text", MAX_TEXT),
            note=check.text(entry.get("note", ""), f"decision {n}'s note", MAX_TEXT),
        ))
    threshold = data.get("threshold", DEFAULT_THRESHOLD)
    if not _is_number(threshold) or not 0 <= threshold <= 100:
        raise ProjectError(path, "corrupt", f"the threshold {_show(threshold)} is not a number from 0 to 100")
    known = {"format", "version", "reference", "threshold", "plans", "decisions"}
    extra = {k: v for k, v in data.items() if k not in known}
    if _depth(extra) > MAX_DEPTH:
        raise ProjectError(path, "corrupt", f"the file is nested more than {MAX_DEPTH} levels deep")
    outside: tuple[str, ...] = ()
    if base is not None:
        files = [p.path for p in plans] + ([reference] if _is_path(reference) else [])
        outside = tuple(dict.fromkeys(f for f in files if not _inside(f, base)))
    return Project(plans=tuple(plans), reference=reference, threshold=float(threshold), decisions=tuple(decisions),
                   extra=extra, outside=outside)


class _NotAccepted(ValueError):
    """A JSON value the parser hooks refuse (NaN, Infinity, a number of hundreds of digits)."""


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _NotAccepted(f"a number of {len(text)} digits")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text) if len(text) <= 4 * MAX_DIGITS else math.inf
    if not math.isfinite(value):
        raise _NotAccepted(f"the number {text[:30]} is out of range")
    return value


def _parse_constant(text: str) -> object:
    raise _NotAccepted(f"{text} is not a number")


def parse_json(text: str, path: str | Path = "") -> object:
    """JSON as a project or autosave may hold it: finite numbers of at most ``MAX_DIGITS`` digits.

    Raises:
        ProjectError: ``corrupt``, naming what is wrong (line of a syntax error, NaN, nesting).
    """
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        raise ProjectError(path, "corrupt", f"not JSON: {exc.msg} at line {exc.lineno}") from exc
    except _NotAccepted as exc:
        raise ProjectError(path, "corrupt", f"not a valid project: {exc}") from exc
    except RecursionError as exc:
        raise ProjectError(path, "corrupt", "the file is nested too deeply") from exc
    except (ValueError, MemoryError) as exc:
        raise ProjectError(path, "corrupt", f"not a valid project: {type(exc).__name__}") from exc


class _Checker:
    """Type and size checks on parsed JSON, each failing with a ProjectError naming the field."""

    def __init__(self, path: str | Path) -> None:
        self.file = path

    def fail(self, what: str, found: object) -> ProjectError:
        return ProjectError(self.file, "corrupt", f"{what} is not valid ({_show(found)})")

    def items(self, value: object, what: str, limit: int) -> list[object]:
        if not isinstance(value, list):
            raise self.fail(f"the {what} list", value)
        if len(value) > limit:
            raise ProjectError(self.file, "corrupt", f"{len(value)} {what}: at most {limit} are accepted")
        return value

    def mapping(self, value: object, what: str) -> dict[str, object]:
        if not isinstance(value, dict):
            raise self.fail(what, value)
        return value

    def text(self, value: object, what: str, limit: int, *, required: bool = False) -> str:
        if not isinstance(value, str) or (required and not value):
            raise self.fail(what, value)
        if len(value) > limit:
            raise ProjectError(self.file, "corrupt", f"{what} is {len(value)} characters long; at most {limit}")
        return value

    def path(self, value: object, what: str, *, required: bool = False) -> str:
        text = self.text(value, what, MAX_PATH, required=required)
        if "\x00" in text:
            raise ProjectError(self.file, "corrupt", f"{what} contains a NUL character")
        return text


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[int | float]:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _depth(value: object) -> int:
    """How deep dicts and lists nest in ``value`` (iterative: a deep value must not recurse)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def _inside(file: str, folder: Path) -> bool:
    """Whether ``file`` (links followed) lies in ``folder`` or below it."""
    try:
        real, root = os.path.realpath(file), os.path.realpath(folder)
        return os.path.commonpath([real, root]) == root
    except (ValueError, OSError):  # another drive on Windows, a path the OS rejects
        return False


def save_project(path: str | Path, project: Project) -> None:
    """Write ``project`` atomically; the file it replaces is kept as ``<name>.bak``.

    A crash or a full disk mid-write leaves the old file intact (``comparer.atomic``).

    Raises:
        ProjectError: with the export codes of ``write_atomically`` (``locked``,
            ``permission_denied``, ``is_directory``, ``no_folder``, ``disk_full``,
            ``write_failed``).
    """
    path = Path(path)
    text = to_json(project, path.parent.absolute())
    try:
        if path.is_file():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))
    except ExportError as exc:
        raise ProjectError(path, exc.code, exc.detail) from exc
    except OSError as exc:  # the .bak copy
        raise ProjectError(path, "write_failed", f"cannot keep a backup: {exc.strerror or exc}") from exc


def load_project(path: str | Path) -> Project:
    """Read a project file: a regular file of at most ``MAX_BYTES``, checked strictly.

    A FIFO, a device or a folder is refused without reading (a FIFO would block for ever).

    Raises:
        ProjectError: ``not_found``, ``unreadable``, ``not_regular``, ``too_large``,
            ``corrupt`` or ``version``; never any other exception.
    """
    path = Path(path)
    data = read_limited(path, MAX_BYTES, ProjectError)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectError(path, "corrupt", "not UTF-8 text") from exc
    try:
        base = path.parent.absolute()
    except OSError as exc:
        raise ProjectError(path, "unreadable", f"cannot read: {exc.strerror or exc}") from exc
    return from_json(text, base, path)


def read_limited(path: Path, limit: int, error: Callable[[Path, str, str], FileError]) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; other files raise ``error(path, code, detail)``.

    The file is opened without blocking (a FIFO returns at once) and checked with fstat on the
    open handle, so a file swapped for a pipe between a check and the open is caught too.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise error(path, "not_found", "file not found") from exc
    except IsADirectoryError as exc:
        raise error(path, "not_regular", "is a folder, not a file") from exc
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise error(path, "unreadable", f"cannot read: {reason}") from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(path, "not_regular", "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise error(path, "not_regular", "is not an ordinary file (a pipe or a device)")
        if info.st_size > limit:
            raise error(path, "too_large", f"is {info.st_size / 2**20:.0f} MB; at most {limit // 2**20} MB is read")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # grew while being read
            raise error(path, "too_large", f"is larger than {limit // 2**20} MB")
        return b"".join(chunks)
    except OSError as exc:
        raise error(path, "unreadable", f"cannot read: {exc.strerror or exc}") from exc
    except MemoryError as exc:
        raise error(path, "too_large", "is too large to read") from exc
    finally:
        os.close(fd)


def _is_path(reference: str) -> bool:
    return any(sep in reference for sep in ("/", "\\")) or "." in reference


def _rel(path: str, base: Path | None) -> str:
    """``path`` relative to ``base`` in forward slashes, so a folder copied elsewhere still opens."""
    if base is None:
        return Path(path).as_posix()
    try:
        return Path(os.path.relpath(Path(path).absolute(), base)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).absolute().as_posix()


def _resolve(rel: str, absolute: str, base: Path | None) -> str:
    """Relative path first (the folder may have moved with the project), then the absolute one."""
    candidate = Path(rel)
    if not candidate.is_absolute() and base is not None:
        candidate = base / candidate
    try:
        found = candidate.exists()
    except (OSError, ValueError):  # a name the OS rejects (too long, NUL): not there
        found = False
    if found or not absolute:
        return str(Path(os.path.normpath(candidate)))
    return absolute
