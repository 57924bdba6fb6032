"""A reference built from an official text the user holds (docx, pdf, txt, html).

The same reading and extraction that reads a plan reads the reference: each top-level
section (or, in a flat text, each extracted task) becomes a reference task, and what sits
under it becomes its key points.
"""

from __future__ import annotations

import re
from pathlib import Path

from comparer.extract import extract_tasks
from comparer.models import KeyPoint, Reference, RefTask, Task
from comparer.readers import read_document

_TASKS_HEADING = re.compile(r"nhiệm vụ|giải pháp", re.IGNORECASE)


def reference_from_document(path: Path) -> Reference:
    """Read an official document and turn its tasks into a Reference (id ``file``).

    Raises:
        PlanLoadError: the file could not be read.
    """
    doc = read_document(path)
    tasks = extract_tasks(doc)
    groups = _group(tasks)
    ref_tasks = []
    for n, (title, members) in enumerate(groups, 1):
        kps = tuple(KeyPoint(f"REF-{n}.{k}", m.text) for k, m in enumerate(members, 1))
        text = " ".join(m.text for m in members[:3]) or title
        ref_tasks.append(RefTask(f"REF-{n}", title, text, kps))
    return Reference(
        id="file",
        name=path.name,
        tasks=tuple(ref_tasks),
        short_name=path.stem,
        provenance=f"Loaded from {path.name} by the user; tasks and key points extracted from its own structure.",
        path=str(path),
    )


def _group(tasks: tuple[Task, ...]) -> list[tuple[str, list[Task]]]:
    """Tasks grouped under their numbered section (prefer sections under a "Nhiệm vụ, giải pháp" part)."""
    groups: dict[str, list[Task]] = {}
    titles: dict[str, str] = {}
    for task in tasks:
        if task.kind == "heading":
            key = " › ".join(task.section)
            groups.setdefault(key, [])
            titles[key] = task.text
            continue
        key = next((k for k in reversed(list(groups)) if " › ".join(task.section).startswith(k)), "")
        if key:
            groups[key].append(task)
    chosen = [(titles[k], v) for k, v in groups.items() if _TASKS_HEADING.search(k) or True]
    if len(chosen) >= 2:
        return chosen
    # A flat text: every task is a reference task of its own.
    return [(t.text, []) for t in tasks]
