"""A reference built from an official text the user holds (docx, pdf, txt, html…).

The document is read as what it is (comparer.refdoc): the numbered items of its tasks part are
tasks, what sits under each is its key points. When the text is a version of a built-in
reference (same number of tasks, each heading closest to its built-in counterpart: the official
KL 91 is a version of the built-in outline), the built-in ids, key points, cues and mapping are
kept and the official wording replaces the outline's for display and exports, so loading the
official text never makes matching worse. Otherwise its own tasks and key points are the reference.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz

from comparer.errors import ReferenceLoadError
from comparer.models import KeyPoint, Reference, RefTask
from comparer.normalize import norm
from comparer.readers import read_document
from comparer.refdoc import NOT_TASK_LIST, DocTask, ReferenceDocument, read_structure

# A text is a version of a built-in reference when every heading is nearest its own counterpart
# and the headings agree on the whole. Measured on the official-layout KL 91 (tests/comparer/
# official_kl91.py): its headings score 66–100 (mean 96) against the outline's, at most 66 against
# another task; against NQ 71's eight tasks (same count) they score 52–73, mean 57, and three are
# nearer another task than their own.
VERSION_MIN_MEAN = 75.0
VERSION_MIN_EACH = 55.0

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def reference_from_document(path: Path, builtins: Sequence[Reference] = ()) -> Reference:
    """Read an official document and turn its tasks into a Reference.

    Args:
        path: the file (any format a plan can be read from).
        builtins: the built-in references a version of which the text may be.

    Returns:
        For a version of a built-in: that reference with the official wording (its id kept);
        else a reference with id ``file``, tasks ``REF-1``… and key points ``REF-1.1``….
        Either carries the structure's warnings (comparer.refdoc.WARNING_CODES).

    Raises:
        PlanLoadError: the file could not be read.
        ReferenceLoadError: no task could be found in it.
    """
    structure = read_reference_document(path)
    if not structure.tasks:
        raise ReferenceLoadError(str(path), "no tasks found in the document")
    found = version_of(structure, builtins)
    if found is not None:
        return _as_version(structure, found, Path(path))
    return _own(structure, Path(path))


def read_reference_document(path: Path) -> ReferenceDocument:
    """The tasks and key points of a central document as written in it (comparer.refdoc).

    Raises:
        PlanLoadError: the file could not be read.
    """
    return read_structure(read_document(path))


def heading_similarity(task: DocTask, ref_task: RefTask) -> float:
    """How alike a document's task heading and a reference task are (0–100, rapidfuzz token sort)."""
    heading = norm(task.heading)
    first = _SENTENCE.split(ref_task.text.strip(), maxsplit=1)[0]
    return max(fuzz.token_sort_ratio(heading, norm(t)) for t in (ref_task.title, ref_task.text, first))


def version_of(structure: ReferenceDocument, builtins: Sequence[Reference]) -> Reference | None:
    """The built-in reference the document is a version of, or None.

    Same task count, each heading nearest its counterpart in order, mean similarity at least
    VERSION_MIN_MEAN and none below VERSION_MIN_EACH; the best such built-in wins.
    """
    best: tuple[float, Reference] | None = None
    n = len(structure.tasks)
    for ref in builtins:
        if len(ref.tasks) != n:
            continue
        sims = [[heading_similarity(dt, rt) for rt in ref.tasks] for dt in structure.tasks]
        own = [sims[i][i] for i in range(n)]
        if min(own) < VERSION_MIN_EACH or sum(own) / n < VERSION_MIN_MEAN:
            continue
        if any(own[i] < max(sims[i]) for i in range(n)):
            continue
        mean = sum(own) / n
        if best is None or mean > best[0]:
            best = (mean, ref)
    return None if best is None else best[1]


def _as_version(structure: ReferenceDocument, builtin: Reference, path: Path) -> Reference:
    pairs = zip(structure.tasks, builtin.tasks, strict=True)
    tasks = tuple(dataclasses.replace(rt, title=dt.heading, text=dt.text) for dt, rt in pairs)
    n_tasks, n_points = len(structure.tasks), structure.key_point_count
    label = builtin.short_name or builtin.id
    provenance = (
        f"Văn bản chính thức do người dùng nạp từ tệp {path.name}: đọc được {n_tasks} nhiệm vụ, {n_points} ý chính "
        f"trong phần “{structure.section or 'nhiệm vụ'}”. Văn bản là một bản của {label} có sẵn trong chương trình "
        f"(tên {n_tasks} nhiệm vụ khớp theo thứ tự), nên lời văn nhiệm vụ lấy theo văn bản chính thức; mã nhiệm vụ, "
        f"ý chính và từ khóa đối chiếu giữ như bản có sẵn để kết quả đối chiếu không đổi."
    )
    provenance_en = (
        f"Official text loaded by the user from {path.name}: {n_tasks} tasks and {n_points} key points read from its "
        f"part “{structure.section or 'tasks'}”. It is a version of the built-in {builtin.id} (the {n_tasks} task "
        f"headings match in order), so task wording is the official text's; task ids, key points and matching cues "
        f"are the built-in ones, so matching results do not change."
    )
    return dataclasses.replace(
        builtin,
        name=builtin.name,  # curated and short; the document's own title block says the same at length
        tasks=tasks,
        provenance=provenance,
        provenance_en=provenance_en,
        path=str(path),
        builtin=False,
        warnings=structure.warnings,
    )


def _own(structure: ReferenceDocument, path: Path) -> Reference:
    ref_tasks = []
    for n, dt in enumerate(structure.tasks, 1):
        kps = tuple(KeyPoint(f"REF-{n}.{k}", text) for k, text in enumerate(dt.key_points, 1))
        ref_tasks.append(RefTask(f"REF-{n}", dt.heading, dt.text, kps))
    if structure.section:
        where, where_en = f"trong phần “{structure.section}”", f"from its part “{structure.section}”"
    elif NOT_TASK_LIST in structure.warnings:
        where = "theo từng đoạn văn (không thấy danh sách nhiệm vụ)"
        where_en = "paragraph by paragraph (no task list found)"
    else:
        where, where_en = "theo các mục đánh số của văn bản", "from the document's numbered items"
    return Reference(
        id="file",
        name=structure.title or path.name,
        tasks=tuple(ref_tasks),
        short_name=structure.number or path.stem,
        provenance=(f"Văn bản do người dùng nạp từ tệp {path.name}: {len(ref_tasks)} nhiệm vụ, "
                    f"{structure.key_point_count} ý chính đọc {where}."),
        provenance_en=(f"Loaded by the user from {path.name}: {len(ref_tasks)} tasks and "
                       f"{structure.key_point_count} key points read {where_en}."),
        path=str(path),
        warnings=structure.warnings,
    )
