"""The comparison as plain JSON-ready data (the CLI contract; other tools depend on it)."""

from __future__ import annotations

from typing import Any

from comparer.models import Comparison, Plan, Reference, Task
from comparer.status import coverage_percent

__all__ = ["comparison_json", "coverage_percent", "plan_json", "reference_json", "task_json"]


def reference_json(ref: Reference) -> dict[str, Any]:
    """The reference's identity, provenance and tasks."""
    return {
        "id": ref.id,
        "name": ref.name,
        "short_name": ref.short_name,
        "builtin": ref.builtin,
        "provenance": ref.provenance,
        "completeness": ref.completeness,
        "provenance_en": ref.provenance_en,
        "completeness_en": ref.completeness_en,
        "sources": list(ref.sources),
        "warnings": list(ref.warnings),
        "tasks": [
            {
                "id": t.id,
                "title": t.title,
                "text": t.text,
                "key_points": [{"id": k.id, "text": k.text} for k in t.key_points],
            }
            for t in ref.tasks
        ],
    }


def task_json(task: Task) -> dict[str, Any]:
    """One extracted task with its place in the source."""
    loc = task.location
    out: dict[str, Any] = {
        "id": task.id,
        "text": task.text,
        "section": task.section_path,
        "kind": task.kind,
        "location": {k: v for k, v in (("block", loc.block), ("line", loc.line), ("page", loc.page),
                                       ("table", loc.table), ("row", loc.row)) if v is not None},
    }
    for key in ("agency", "partners", "deadline", "output"):
        value = getattr(task, key)
        if value:
            out[key] = value
    return out


def plan_json(plan: Plan) -> dict[str, Any]:
    """A plan's identity and tasks (no matching)."""
    return {
        "name": plan.name,
        "path": plan.path,
        "format": plan.format,
        "sha256": plan.sha256,
        "title": plan.title,
        "issuer": plan.issuer,
        "number": plan.number,
        "warnings": list(plan.warnings),
        "tasks": [task_json(t) for t in plan.tasks],
    }


def comparison_json(c: Comparison) -> dict[str, Any]:
    """The whole comparison in the CLI's JSON contract."""
    plans = []
    for p, plan in enumerate(c.plans):
        data = plan_json(plan)
        by_task: dict[str, list[dict[str, Any]]] = {}
        for m in c.matches[p]:
            by_task.setdefault(m.task_id, []).append(
                {"ref": m.ref_id, "score": m.score, "reason": list(m.reason), "key_points": list(m.key_points),
                 "reviewed": m.reviewed}
            )
        for t in data["tasks"]:
            t["matches"] = by_task.get(t["id"], [])
        data["coverage"] = {cell.ref_id: cell.status.value for cell in c.coverage[p]}
        data["coverage_percent"] = coverage_percent(c, p)
        data["coverage_detail"] = {
            cell.ref_id: {
                "status": cell.status.value,
                "score": cell.score,
                "evidence": [m.task_id for m in cell.evidence],
                "key_points_found": list(cell.key_points_found),
                "key_points_missing": list(cell.key_points_missing),
                "needs_review": cell.needs_review,
                "reviewed": cell.reviewed,
                # The cell or one of its key points waits for an officer's look (matrix "?", F8).
                "flagged": cell.flagged,
                "key_point_cells": {
                    pt.id: {"status": pt.status.value, "score": pt.score, "needs_review": pt.needs_review}
                    for pt in cell.points
                },
            }
            for cell in c.coverage[p]
        }
        plans.append(data)
    names = [p.name for p in c.plans]
    return {
        "reference": reference_json(c.reference),
        "options": {"threshold": c.options.threshold},
        "plans": plans,
        "gaps": [
            {"plan": names[g.plan], "ref": g.ref_id, "level": g.level, "text": g.text, "needs_review": g.needs_review,
             "addressed": g.addressed, "note": g.note,
             "candidates": [{"task": k.task_id, "text": k.text, "score": k.score} for k in g.candidates]}
            for g in c.gaps
        ],
        "overlaps": [
            {"ref": o.ref_id, "level": o.level, "text": o.text, "plans": [names[i] for i in o.plans]}
            for o in c.overlaps
        ],
        "similar_pairs": [
            {"plan_a": names[s.plan_a], "task_a": s.task_a, "plan_b": names[s.plan_b], "task_b": s.task_b,
             "score": s.score}
            for s in c.similar_pairs
        ],
        "emphases": [
            {"plan": names[e.plan], "kind": e.kind, "subject": e.subject, "text": e.text, "score": e.score,
             "count": e.count, "others_count": e.others_count}
            for e in c.emphases
        ],
    }
