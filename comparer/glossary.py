"""One vocabulary per language (resources/glossary/*.json): the words and number formats every face uses.

The window, the CLI and both exports name statuses, key points, plans, scores and flags
through a Glossary, and format scores and coverage with it, so one fact reads the same
everywhere ("Đầy đủ (92)" in the window was "Đã đề cập (92)" in Word; 94 % was 93,8 %).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from comparer.match.status import points
from comparer.models import Plan, Reference, Status
from comparer.resources import resources_dir

GLOSSARY_DIR = resources_dir() / "glossary"
LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Glossary:
    """The shared words of one language; see resources/glossary/vi.json for what each names."""

    status_covered: str
    status_partial: str
    status_missing: str
    mark_covered: str
    mark_partial: str
    mark_missing: str
    task: str
    key_point: str
    plan: str
    score: str
    needs_review: str
    mark_needs_review: str
    reviewed: str
    mark_reviewed: str
    rejected: str
    restore: str
    gaps: str
    shared: str
    emphases: str
    coverage: str
    addressed: str
    closest: str
    decimal_separator: str
    percent: str
    counts: str
    legend_status: str
    legend_point: str
    legend_score: str
    legend_coverage: str
    legend_review: str
    legend_brief: str  # the status and coverage rules in one line, under the matrix
    lang: str = "vi"

    def status(self, status: Status) -> str:
        """The word for a status ("Đầy đủ", "Một phần", "Chưa có")."""
        return {Status.COVERED: self.status_covered, Status.PARTIAL: self.status_partial,
                Status.MISSING: self.status_missing}[status]

    def mark(self, status: Status) -> str:
        """The symbol for a status (● ◐ ○); ✓ is kept for "reviewed" alone."""
        return {Status.COVERED: self.mark_covered, Status.PARTIAL: self.mark_partial,
                Status.MISSING: self.mark_missing}[status]

    def level(self, level: str) -> str:
        """``task`` or ``key_point`` in words."""
        return self.task if level == "task" else self.key_point

    @staticmethod
    def score_text(score: float) -> str:
        """A score as every face prints it: the engine's integer (``comparer.match.status.points``)."""
        return str(points(score))

    def percent_text(self, value: float) -> str:
        """Coverage as every face prints it: one decimal, none when whole ("93,8%", "100%")."""
        text = f"{value:.1f}"
        if text.endswith(".0"):
            text = text[:-2]
        return self.percent.format(value=text.replace(".", self.decimal_separator))

    def counts_text(self, covered: int, partial: int, missing: int) -> str:
        """"7 đầy đủ · 1 một phần · 0 chưa có / 8 nhiệm vụ" (replaces the unclear "7+1/8")."""
        return self.counts.format(covered=covered, partial=partial, missing=missing,
                                  total=covered + partial + missing)

    def legend(self) -> tuple[str, ...]:
        """The legend lines, in the order every face shows them."""
        return (self.legend_status, self.legend_point, self.legend_score, self.legend_coverage,
                self.legend_review)


@lru_cache(maxsize=8)
def load_glossary(lang: str = "vi", directory: Path = GLOSSARY_DIR) -> Glossary:
    """The glossary of ``lang`` (``vi`` or ``en``) read from ``directory``.

    Raises:
        ValueError: an unknown language, or a file missing a word (a packaging error).
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    data = json.loads((directory / f"{lang}.json").read_text(encoding="utf-8"))
    names = [f.name for f in fields(Glossary) if f.name != "lang"]
    missing = [n for n in names if not isinstance(data.get(n), str)]
    if missing:
        raise ValueError(f"glossary {lang}: missing {missing}")
    return Glossary(**{n: data[n] for n in names}, lang=lang)


_ISSUER_PREFIXES = ("Ủy ban nhân dân thành phố ", "Ủy ban nhân dân tỉnh ", "UBND thành phố ", "UBND tỉnh ",
                    "Sở Giáo dục và Đào tạo ", "Sở GD&ĐT ", "Thành ủy ", "Tỉnh ủy ")


def plan_name(plan: Plan, one_line: bool = True) -> str:
    """How every face names a plan: the place from the issuer and the number ("Hà Nội · 285-KH/TU").

    The place is the issuer without its body ("UBND thành phố Hà Nội" → "Hà Nội"); with no
    usable issuer, the number, else the file name.
    """
    place = ""
    for prefix in _ISSUER_PREFIXES:
        if plan.issuer.startswith(prefix):
            place = plan.issuer[len(prefix):].strip()
            break
    if not place or not place[:1].isupper():
        place = ""
    if place and plan.number:
        return f"{place} · {plan.number}" if one_line else f"{place}\n{plan.number}"
    return place or plan.label


def short_name(reference: Reference) -> str:
    """The reference's short name (``Kết luận 91``) for use inside sentences.

    Without one, the name is cut before its date and subject: ``Kết luận số 91-KL/TW ngày
    12/8/2024 của Bộ Chính trị về …`` → ``Kết luận số 91-KL/TW``; repeated in every
    recommendation, the full name made each one three lines long.
    """
    if reference.short_name:
        return reference.short_name
    name = reference.name
    for cut in (" ngày ", " của ", " về ", " of ", " on "):
        head = name.split(cut, 1)[0]
        if len(head) >= 8:
            name = head
    return name


def plan_names(plans: Sequence[Plan], one_line: bool = True) -> list[str]:
    """Names for several plans; the same plan in two formats (298.txt, 298.docx) gets its file type."""
    names = [plan_name(p, one_line) for p in plans]
    return [
        f"{n} ({Path(p.path).suffix.lstrip('.') or p.format})" if names.count(n) > 1 else n
        for n, p in zip(names, plans, strict=True)
    ]
