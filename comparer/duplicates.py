"""Plans given twice: the same content (a copied or renamed file) or the same document number.

Hải Phòng's 298/KH-UBND as .docx and .pdf was accepted silently and counted twice in every
"several plans share" figure; the window and the CLI now name such pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from comparer.models import Plan


@dataclass(frozen=True)
class Duplicate:
    """Two plans that look like one: ``kind`` is ``content`` (same file hash) or ``number``."""

    kind: str
    first: str  # path of the plan given first
    second: str  # path of the one given later


def find_duplicates(plans: Sequence[Plan]) -> list[Duplicate]:
    """Each later plan with the content or the document number of an earlier one, in order."""
    out: list[Duplicate] = []
    by_hash: dict[str, str] = {}
    by_number: dict[str, str] = {}
    for plan in plans:
        first = by_hash.get(plan.sha256)
        if first is not None:
            out.append(Duplicate("content", first, plan.path))
            continue
        by_hash[plan.sha256] = plan.path
        number = plan.number.strip().casefold()
        if number:
            first = by_number.get(number)
            if first is not None:
                out.append(Duplicate("number", first, plan.path))
            else:
                by_number[number] = plan.path
    return out
