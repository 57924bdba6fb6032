"""The plancompare command: everything the GUI does, headless.

Exit codes: 0 done; 2 bad usage; 3 an input could not be read; 4 an output could not be written
(locked by another program, read-only, no such folder). Failures print one line on stderr naming
the file and why, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from comparer import __version__
from comparer.atomic import ExportError, write_atomically
from comparer.errors import PlanLoadError, ReferenceLoadError
from comparer.loading import load_plan
from comparer.matching import Matcher
from comparer.models import DEFAULT_REFERENCE, Comparison, Options, Plan, Reference
from comparer.pipeline import Pipeline, load_plans
from comparer.reference import builtin_ids, load_reference
from comparer.report import text_summary, text_tasks
from comparer.serialize import comparison_json, plan_json

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT = 0, 2, 3, 4


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="plancompare", description="Compare Vietnamese implementation plans with "
                                 "a central document (KL 91-KL/TW built in).")
    ap.add_argument("--version", action="version", version=f"plancompare {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    def reference_arg(p: argparse.ArgumentParser) -> None:
        known = ", ".join(builtin_ids())
        p.add_argument("--reference", default=DEFAULT_REFERENCE,
                       help=f"built-in id ({known}) or a file with the official text")
        p.add_argument("--threshold", type=float, default=Options().threshold,
                       help="how strict matching is, 0–100 (default %(default)s)")

    c = sub.add_parser("compare", help="compare one or more plans with the reference")
    c.add_argument("plans", nargs="+", metavar="PLAN")
    reference_arg(c)
    c.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT ('-' for stdout)")
    c.add_argument("--xlsx", metavar="OUT", help="write the Excel gap table")
    c.add_argument("--docx", metavar="OUT", help="write the Word briefing note")
    c.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the exports")
    c.add_argument("--issuer", default=None, help="issuing body printed on the briefing note")
    c.add_argument("--place", default=None, help="place printed on the briefing note's date line")
    c.add_argument("--signer", default=None, help="name of the signer of the briefing note")

    t = sub.add_parser("tasks", help="print the tasks extracted from a plan")
    t.add_argument("plan", metavar="PLAN")
    t.add_argument("--json", action="store_true", help="print JSON instead of text")

    k = sub.add_parser("classify", help="classify passages read from stdin, one per line (JSON lines out)")
    reference_arg(k)

    sub.add_parser("references", help="list the built-in references and their provenance")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (also used as the process exit status)."""
    try:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        sys.stdin.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    args = _parser().parse_args(argv)
    try:
        if args.command == "compare":
            return _compare(args)
        if args.command == "tasks":
            return _tasks(args)
        if args.command == "classify":
            return _classify(args)
        return _references()
    except PlanLoadError as exc:
        print(f"plancompare: {exc.path}: {exc.detail}", file=sys.stderr)
        return EXIT_INPUT
    except ReferenceLoadError as exc:
        print(f"plancompare: reference {exc.name}: {exc.detail}", file=sys.stderr)
        return EXIT_INPUT
    except ExportError as exc:
        print(f"plancompare: {exc.path}: {exc.detail}", file=sys.stderr)
        return EXIT_OUTPUT
    except BrokenPipeError:
        return EXIT_OK


def _reference(args: argparse.Namespace) -> Reference:
    return load_reference(args.reference)


def _load_all(pipeline: Pipeline, paths: Sequence[str]) -> list[Plan]:
    loaded = load_plans(pipeline.load_plan, paths)
    got = [loaded[path] for path in paths]
    plans = [p for p in got if isinstance(p, Plan)]
    failures = [p for p in got if isinstance(p, PlanLoadError)]
    if failures:
        for other in failures[1:]:
            print(f"plancompare: {other.path}: {other.detail}", file=sys.stderr)
        raise failures[0]
    return plans


def _compare(args: argparse.Namespace) -> int:
    if not 0 <= args.threshold <= 100:
        print("plancompare: --threshold must be between 0 and 100", file=sys.stderr)
        return EXIT_USAGE
    pipeline = Pipeline()
    reference = _reference(args)
    plans = _load_all(pipeline, args.plans)
    comparison = pipeline.compare(plans, reference, Options(threshold=args.threshold))
    if args.json == "-":
        json.dump(comparison_json(comparison), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        if args.json:
            _write_json(Path(args.json), comparison_json(comparison))
        print(text_summary(comparison))
    _exports(args, comparison)
    return EXIT_OK


def _exports(args: argparse.Namespace, comparison: Comparison) -> None:
    if not (args.xlsx or args.docx):
        return
    from comparer.exports import export_all  # the writers load openpyxl/python-docx; only when asked

    export_all(comparison, xlsx=args.xlsx, docx=args.docx, lang=args.lang, issuer=args.issuer,
               place=args.place, signer=args.signer)


def _write_json(path: Path, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _tasks(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)
    if args.json:
        json.dump(plan_json(plan), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(text_tasks(plan))
    return EXIT_OK


def _classify(args: argparse.Namespace) -> int:
    matcher = Matcher(_reference(args))
    for line in sys.stdin:
        text = line.rstrip("\r\n")  # lines piped on Windows end in CRLF
        found = matcher.classify(text, args.threshold) if text.strip() else []
        out = {"text": text, "matches": [{"ref": s.ref_id, "score": round(s.score, 1)} for s in found]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return EXIT_OK


def _references() -> int:
    for rid in builtin_ids():
        ref = load_reference(rid)
        print(f"{rid}: {ref.name}")
        print(f"  {len(ref.tasks)} tasks, {sum(len(t.key_points) for t in ref.tasks)} key points")
        for label, text in (("provenance", ref.provenance_en or ref.provenance),
                            ("completeness", ref.completeness_en or ref.completeness)):
            if text:
                print(f"  {label}: {text}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
