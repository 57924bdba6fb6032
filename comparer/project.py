"""A saved piece of work (.plancompare JSON): plans, reference, threshold and review decisions (no Qt)."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from comparer.atomic import ExportError, write_atomically
from comparer.errors import FileError
from comparer.models import DEFAULT_REFERENCE, DEFAULT_THRESHOLD
from comparer.review import Decision

SUFFIX = ".plancompare"
FORMAT = "plancompare"
VERSION = 1


class ProjectError(FileError):
    """A project file could not be read or written.

    Attributes:
        path: the project file.
        code: reading: ``not_found``, ``unreadable``, ``corrupt`` (not JSON / wrong shape),
            ``version`` (written by a newer plancompare); writing: the codes of
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
    """Parse project JSON; relative plan paths are resolved against ``base``.

    Raises:
        ProjectError: ``corrupt`` or ``version``.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectError(path, "corrupt", f"not JSON: {exc.msg} at line {exc.lineno}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectError(path, "corrupt", "not a plancompare project")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ProjectError(path, "version", f"project version {version!r} is newer than this program")
    try:
        plans = tuple(
            PlanRef(path=_resolve(str(p["path"]), str(p.get("abs_path", "")), base),
                    sha256=str(p.get("sha256", "")), name=str(p.get("name", "")))
            for p in data.get("plans", [])
        )
        reference = str(data.get("reference", DEFAULT_REFERENCE))
        if _is_path(reference):
            reference = _resolve(reference, "", base)
        decisions = tuple(Decision.from_dict(d) for d in data.get("decisions", []))
        threshold = float(data.get("threshold", DEFAULT_THRESHOLD))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProjectError(path, "corrupt", f"malformed project: {exc!r}") from exc
    known = {"format", "version", "reference", "threshold", "plans", "decisions"}
    extra = {k: v for k, v in data.items() if k not in known}
    return Project(plans=plans, reference=reference, threshold=threshold, decisions=decisions, extra=extra)


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
    """Read a project file.

    Raises:
        ProjectError: ``not_found``, ``unreadable``, ``corrupt`` or ``version``.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ProjectError(path, "not_found", "file not found") from exc
    except UnicodeDecodeError as exc:
        raise ProjectError(path, "corrupt", "not UTF-8 text") from exc
    except OSError as exc:
        raise ProjectError(path, "unreadable", f"cannot read: {exc.strerror or exc}") from exc
    return from_json(text, path.parent.absolute(), path)


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
    if candidate.exists() or not absolute:
        return str(Path(os.path.normpath(candidate)))
    return absolute
