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
from comparer.analysis import compare
from comparer.atomic import ExportError, write_atomically
from comparer.duplicates import find_duplicates
from comparer.errors import PlanLoadError, ReferenceLoadError
from comparer.loading import load_plan
from comparer.matching import Matcher
from comparer.models import Comparison, Options, Plan, Reference
from comparer.reference import builtin_ids, load_reference
from comparer.report import text_summary, text_tasks
from comparer.serialize import comparison_json, plan_json

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT = 0, 2, 3, 4

# Why a file failed, in Vietnamese (the default language of the text output); English prints the
# engine's detail. The same reasons the window gives (desktop/i18n.py).
_REASONS_VI = {
    "not_found": "không tìm thấy tệp",
    "empty": "tệp rỗng",
    "unsupported": "định dạng không hỗ trợ (dùng .docx, .doc, .odt, .rtf, .pdf, .txt, .html, .mht)",
    "corrupt": "tệp bị hỏng, không mở được",
    "encrypted": "tệp có mật khẩu; hãy bỏ mật khẩu rồi thử lại",
    "too_large": "tệp quá lớn",
    "no_text": "bản scan không có lớp chữ và chưa nhận dạng được chữ (cần Tesseract OCR kèm dữ liệu tiếng Việt)",
    "converter_missing": "cần LibreOffice để đọc định dạng này, hoặc lưu tệp thành .docx",
    "convert_failed": "chương trình chuyển đổi bị lỗi hoặc chạy quá lâu; hãy lưu tệp thành .docx",
    "unreadable": "không đọc được tệp",
    "locked": "tệp đang mở trong chương trình khác hoặc chỉ đọc",
    "permission_denied": "không có quyền ghi vào thư mục này",
    "disk_full": "ổ đĩa đã đầy",
    "no_folder": "thư mục không tồn tại",
    "is_directory": "đây là một thư mục, không phải tệp",
}


def _reason(code: str, detail: str, lang: str) -> str:
    return _REASONS_VI.get(code, detail) if lang == "vi" else detail


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="plancompare", description="Compare Vietnamese implementation plans with "
                                 "a central document (KL 91-KL/TW built in).")
    ap.add_argument("--version", action="version", version=f"plancompare {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    def reference_arg(p: argparse.ArgumentParser) -> None:
        known = ", ".join(builtin_ids())
        p.add_argument("--reference", default="kl91", help=f"built-in id ({known}) or a file with the official text")
        p.add_argument("--threshold", type=float, default=Options().threshold,
                       help="how strict matching is, 0–100 (default %(default)s)")

    c = sub.add_parser("compare", help="compare one or more plans with the reference")
    c.add_argument("plans", nargs="+", metavar="PLAN")
    reference_arg(c)
    c.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT ('-' for stdout)")
    c.add_argument("--xlsx", metavar="OUT", help="write the Excel gap table")
    c.add_argument("--docx", metavar="OUT", help="write the Word briefing note")
    c.add_argument("--lang", choices=("vi", "en"), default="vi",
                   help="language of the text output and the exports (default vi; JSON is the same in both)")
    c.add_argument("--issuer", default=None, help="issuing body printed on the briefing note")
    c.add_argument("--place", default=None, help="place printed on the briefing note's date line")
    c.add_argument("--signer", default=None, help="name of the signer of the briefing note")

    t = sub.add_parser("tasks", help="print the tasks extracted from a plan")
    t.add_argument("plan", metavar="PLAN")
    t.add_argument("--json", action="store_true", help="print JSON instead of text")
    t.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the text output")

    k = sub.add_parser("classify", help="classify passages read from stdin, one per line (JSON lines out)")
    reference_arg(k)

    r = sub.add_parser("references", help="list the built-in references and their provenance")
    r.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the text output")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (also used as the process exit status)."""
    try:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        sys.stdin.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    args = _parser().parse_args(argv)
    lang = getattr(args, "lang", "vi")
    try:
        if args.command == "compare":
            return _compare(args)
        if args.command == "tasks":
            return _tasks(args)
        if args.command == "classify":
            return _classify(args)
        return _references(args.lang)
    except PlanLoadError as exc:
        print(f"plancompare: {exc.path}: {_reason(exc.code, exc.detail, lang)}", file=sys.stderr)
        return EXIT_INPUT
    except ReferenceLoadError as exc:
        label = "văn bản đối chiếu" if lang == "vi" else "reference"
        print(f"plancompare: {label} {exc.name}: {exc.detail}", file=sys.stderr)
        return EXIT_INPUT
    except ExportError as exc:
        print(f"plancompare: {exc.path}: {_reason(exc.code, exc.detail, lang)}", file=sys.stderr)
        return EXIT_OUTPUT
    except BrokenPipeError:
        return EXIT_OK


def _reference(args: argparse.Namespace) -> Reference:
    return load_reference(args.reference)


def _load_all(paths: Sequence[str], lang: str = "vi") -> list[Plan]:
    plans: list[Plan] = []
    failures: list[PlanLoadError] = []
    for path in paths:
        try:
            plans.append(load_plan(path))
        except PlanLoadError as exc:
            failures.append(exc)
    if failures:
        for other in failures[1:]:
            print(f"plancompare: {other.path}: {_reason(other.code, other.detail, lang)}", file=sys.stderr)
        raise failures[0]
    return plans


def _compare(args: argparse.Namespace) -> int:
    if not 0 <= args.threshold <= 100:
        message = "--threshold phải từ 0 đến 100" if args.lang == "vi" else "--threshold must be between 0 and 100"
        print(f"plancompare: {message}", file=sys.stderr)
        return EXIT_USAGE
    reference = _reference(args)
    plans = _load_all(args.plans, args.lang)
    for dup in find_duplicates(plans):
        first, second = Path(dup.first).name, Path(dup.second).name
        if args.lang == "vi":
            same = "cùng nội dung với" if dup.kind == "content" else "cùng số ký hiệu với"
            print(f"plancompare: cảnh báo: {second} có {same} {first}", file=sys.stderr)
        else:
            same = "the same content as" if dup.kind == "content" else "the same document number as"
            print(f"plancompare: warning: {second} has {same} {first}", file=sys.stderr)
    comparison = compare(plans, reference, Options(threshold=args.threshold))
    if args.json == "-":
        json.dump(comparison_json(comparison), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        if args.json:
            _write_json(Path(args.json), comparison_json(comparison))
        print(text_summary(comparison, args.lang))
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
        print(text_tasks(plan, args.lang))
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


def _references(lang: str) -> int:
    vi = lang == "vi"
    for rid in builtin_ids():
        ref = load_reference(rid)
        print(f"{rid}: {ref.name}")
        count = sum(len(t.key_points) for t in ref.tasks)
        tasks = len(ref.tasks)
        print(f"  {tasks} nhiệm vụ, {count} ý chính" if vi else f"  {tasks} tasks, {count} key points")
        rows = ((("nguồn gốc", ref.provenance), ("mức độ đầy đủ", ref.completeness)) if vi else
                (("provenance", ref.provenance_en or ref.provenance),
                 ("completeness", ref.completeness_en or ref.completeness)))
        for label, text in rows:
            if text:
                print(f"  {label}: {text}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
