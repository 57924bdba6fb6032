"""Readable text for the terminal: the comparison summary and a plan's extracted tasks."""

from __future__ import annotations

from comparer.models import Comparison, Plan, Status
from comparer.serialize import coverage_percent

_MARK = {Status.COVERED: "✔", Status.PARTIAL: "◐", Status.MISSING: "✘"}


def text_summary(c: Comparison) -> str:
    """Coverage table, gaps, overlaps and emphases as plain text."""
    lines = [f"Reference: {c.reference.name}"]
    provenance = c.reference.provenance_en or c.reference.provenance
    if c.reference.builtin and provenance:
        lines.append(f"  (wording: {provenance.split(':')[0]})")
    lines.append(f"Threshold: {c.options.threshold:g}")
    lines.append("")
    for p, plan in enumerate(c.plans):
        ident = " · ".join(x for x in (plan.number, plan.issuer) if x)
        lines.append(f"[{p + 1}] {plan.name}" + (f" ({ident})" if ident else "") + f": {len(plan.tasks)} tasks, "
                     f"coverage {coverage_percent(c, p):g}%")
    lines.append("")
    header = "Task      " + "".join(f"  [{p + 1}]   " for p in range(len(c.plans)))
    lines.append(header)
    for i, ref in enumerate(c.reference.tasks):
        row = f"{ref.id:<10}"
        for cells in c.coverage:
            cell = cells[i]
            flag = "?" if cell.needs_review else " "
            row += f" {_MARK[cell.status]}{cell.score:5.0f}{flag} "
        lines.append(row + "  " + ref.title)
    lines.append("(✔ covered, ◐ partial, ✘ missing, ? needs review)")
    task_gaps = [g for g in c.gaps if g.level == "task"]
    if task_gaps:
        lines.append("")
        lines.append("Gaps (tasks a plan leaves out):")
        for g in task_gaps:
            near = f" — closest: “{g.candidates[0].text[:90]}” ({g.candidates[0].score:g})" if g.candidates else ""
            lines.append(f"  [{g.plan + 1}] {g.ref_id} {g.text}{' (review)' if g.needs_review else ''}{near}")
    kp_gaps = [g for g in c.gaps if g.level == "key_point"]
    if kp_gaps:
        lines.append(f"Key points left out: {len(kp_gaps)} (see --json or the Excel export)")
    if c.overlaps:
        lines.append("")
        lines.append("Shared by several plans:")
        for o in c.overlaps:
            if o.level == "task":
                lines.append(f"  {o.ref_id} {o.text}: plans {', '.join(str(p + 1) for p in o.plans)}")
    if c.emphases:
        lines.append("")
        lines.append("Emphases:")
        for e in c.emphases:
            if e.kind == "salient_term":
                lines.append(f"  [{e.plan + 1}] term “{e.text}” ×{e.count} (others ×{e.others_count})")
            elif e.kind == "unique_key_point":
                lines.append(f"  [{e.plan + 1}] only this plan: {e.subject} {e.text}")
            else:
                lines.append(f"  [{e.plan + 1}] local initiative: {e.text[:110]}")
    return "\n".join(lines)


def text_tasks(plan: Plan) -> str:
    """A plan's extracted tasks, one block each, with section path and attributes."""
    lines = [f"{plan.name}: {len(plan.tasks)} tasks" + (f" ({plan.number} · {plan.issuer})" if plan.number else "")]
    for w in plan.warnings:
        lines.append(f"warning: {w}")
    for t in plan.tasks:
        lines.append("")
        lines.append(f"{t.id} [{t.section_path}] ({t.location.describe()})")
        lines.append(f"  {t.text}")
        for key in ("agency", "partners", "deadline", "output"):
            value = getattr(t, key)
            if value:
                lines.append(f"  {key}: {value}")
    return "\n".join(lines)
