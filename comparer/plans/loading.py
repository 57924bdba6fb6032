"""Load a plan: read the file, extract its tasks, and find its issuer and document number."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from comparer.errors import PlanLoadError
from comparer.models import Document, Plan
from comparer.plans.extract import extract_tasks
from comparer.progress import CancelToken, ProgressFn, check
from comparer.readers import read_document, read_documents
from comparer.text.normalize import one_line

_NUMBER = re.compile(
    r"(?:Kế hoạch|KH)\s+(?:số\s*)?:?\s*(\d{1,5}\s*[/-]\s*KH(?:\s*[/-]\s*[A-ZĐ][A-ZĐa-z&]*)?)", re.IGNORECASE
)
_ISSUER = re.compile(
    r"((?:Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Ủy ban nhân dân|UBND|Sở Giáo dục và Đào tạo|Ban Thường vụ)"
    r"(?:\s+(?:thành phố|tỉnh|huyện|quận|thị xã))?(?:\s+[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*){0,3})"
)
_PLACE = re.compile(r"\b(tỉnh|thành phố|huyện|quận)\s+([A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*)?)")
_TITLE_WORDS = re.compile(r"\b(?:kế hoạch|triển khai|thực hiện|ban hành)\b", re.IGNORECASE)


def load_plan(path: str | Path, *, progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> Plan:
    """Read a plan file and extract its tasks.

    Args:
        path: the plan file (any supported format, detected by content).
        progress: called with 0–1 while reading (OCR and conversions take seconds a page).
        cancel: polled by the reader (lines, paragraphs, pages, conversions) and around task
            extraction; raises Cancelled when set.

    Raises:
        PlanLoadError: the file could not be read (the message names the file and why).
        Cancelled: ``cancel`` was set.
    """
    doc = read_document(path, progress=progress, cancel=cancel)
    check(cancel)  # a cancel during reading stops here, and extraction polls it too
    plan = plan_from_document(doc, cancel=cancel)
    check(cancel)
    return plan


def load_plans(
    paths: Sequence[str | Path], *, progress: ProgressFn | None = None, cancel: CancelToken | None = None
) -> list[Plan | PlanLoadError]:
    """Read several plan files and extract their tasks; .doc/.odt/.rtf files share one LibreOffice run.

    Returns:
        For each path, in order, its Plan or the PlanLoadError naming what is wrong with it.

    Raises:
        Cancelled: ``cancel`` was set.
    """
    out: list[Plan | PlanLoadError] = []
    for doc in read_documents(paths, progress=progress, cancel=cancel):
        check(cancel)
        out.append(doc if isinstance(doc, PlanLoadError) else plan_from_document(doc, cancel=cancel))
    return out


def plan_from_document(doc: Document, *, cancel: CancelToken | None = None) -> Plan:
    """Build a Plan from a read document: tasks plus issuer and number where found.

    Raises:
        Cancelled: ``cancel`` was set (polled during extraction).
    """
    tasks = extract_tasks(doc, cancel=cancel)
    head = " ".join(one_line(b.text) for b in doc.blocks[:40])
    number = ""
    m = _NUMBER.search(head)
    if m:
        number = re.sub(r"\s+", "", m.group(1)).upper().replace("KH/", "KH/")
    issuer = ""
    m = _ISSUER.search(head)
    if m:
        issuer = m.group(1).strip()
        # "UBND tỉnh ban hành …" names the province further on ("… tỉnh Bắc Kạn").
        level = issuer.split()[-1].lower()
        if level in {"tỉnh", "phố", "huyện", "quận"}:
            place = _PLACE.search(head, m.end())
            if place and place.group(1).lower().endswith(level):
                issuer = f"{issuer} {place.group(2)}"
    # The title names the plan and what it implements; a bare "KẾ HOẠCH" heading is not enough.
    title = next(
        (
            one_line(b.text)
            for b in doc.blocks[:15]
            if _TITLE_WORDS.search(b.text) and len(b.text.split()) >= 6 and len(b.text) < 300
        ),
        "",
    )
    warnings = list(doc.warnings)
    if not tasks:
        warnings.append("no_tasks")
    return Plan(
        name=Path(doc.path).name,
        path=str(doc.path),
        format=doc.format,
        sha256=doc.sha256,
        tasks=tasks,
        title=title,
        issuer=issuer,
        number=number,
        warnings=tuple(warnings),
    )
