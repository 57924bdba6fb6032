"""The plancompare command: everything the GUI does, headless.

Exit codes: 0 done; 1 an unexpected failure; 2 bad usage; 3 an input could not be read; 4 an
output could not be written (locked by another program, read-only, no such folder, disk full);
130 interrupted (Ctrl-C). Failures print one line on stderr naming the file and why, never a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from comparer import __version__
from comparer.errors import PlanLoadError, ReferenceLoadError
from comparer.export.registry import EXPORTERS
from comparer.export.report import text_summary, text_tasks
from comparer.match.matching import Matcher
from comparer.models import DEFAULT_REFERENCE, Comparison, Options, Plan, Reference
from comparer.pipeline import Pipeline
from comparer.plans.duplicates import find_duplicates
from comparer.plans.loading import load_plan
from comparer.readers.formats import supported_extensions
from comparer.refs.refdoc import WARNING_TEXT
from comparer.refs.reference import builtin_ids, load_reference
from comparer.store.atomic import ExportError, write_atomically
from comparer.store.serialize import comparison_json, plan_json

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C

# Why a file failed, in Vietnamese (the default language of the text output); English prints the
# engine's detail. The same reasons the window gives (desktop/i18n.py).
_REASONS_VI = {
    "not_found": "không tìm thấy tệp",
    "empty": "tệp rỗng",
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
    if lang != "vi":
        return detail
    if code == "unsupported":  # the formats we read, from the readers' FORMATS table
        return f"định dạng không hỗ trợ (dùng {supported_extensions()})"
    return _REASONS_VI.get(code, detail)


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
    for exporter in EXPORTERS.values():
        c.add_argument(f"--{exporter.kind}", metavar="OUT", help=exporter.cli_help)
    c.add_argument("--lang", choices=("vi", "en"), default="vi",
                   help="language of the text output and the exports (default vi; JSON is the same in both)")
    # The briefing note's Nghị định 30 fields; any one missing makes the note a draft (DỰ THẢO).
    c.add_argument("--parent-body", default="", help="body above the issuer (cơ quan chủ quản)")
    c.add_argument("--issuer", default="", help="issuing body printed on the briefing note")
    c.add_argument("--number", default="", help="the note's number and symbol, e.g. '125/BC-SGDĐT'")
    c.add_argument("--place", default="", help="place on the date line, e.g. 'Hà Nội' (no default)")
    c.add_argument("--date", default="", help="date on the note, dd/mm/yyyy (default today)")
    c.add_argument("--signer-title", default="", help="signer's position: 'GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 'Q. GIÁM ĐỐC', "
                   "or lines separated by '|' ('TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH')")
    c.add_argument("--signer", default="", help="name of the signer of the briefing note")
    c.add_argument("--recipient", action="append", default=[], metavar="LINE",
                   help="one line of 'Nơi nhận' (repeat for each line), e.g. 'Lưu: VT, KHTC.'")

    t = sub.add_parser("tasks", help="print the tasks extracted from a plan")
    t.add_argument("plan", metavar="PLAN")
    t.add_argument("--json", action="store_true", help="print JSON instead of text")
    t.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the text output")

    k = sub.add_parser("classify", help="classify passages read from stdin, one per line (JSON lines out)")
    reference_arg(k)

    r = sub.add_parser("references", help="list the built-in references and their provenance, or show what "
                       "was read from one reference (--reference)")
    r.add_argument("--reference", default=None, metavar="ID|FILE",
                   help="show the tasks and key points of this reference (a built-in id or a file)")
    r.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the text output")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (also used as the process exit status).

    Every failure, Ctrl-C included, ends in one line on stderr and an exit code; none in a
    traceback (issue 11).
    """
    try:
        return _main(argv)
    except KeyboardInterrupt:
        # Converters and OCR run in sessions of their own and are stopped on the way out (run_tool);
        # worker processes stop reading at their next check.
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except MemoryError:
        _say("out of memory; try fewer or smaller files")
        return EXIT_FAILED
    except OSError as exc:  # stdin/stdout failing, a temp folder that cannot be made
        where = f"{exc.filename}: " if exc.filename else ""
        _say(f"{where}{exc.strerror or exc}")
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 — a bug must still end in one line, not a traceback
        _say(f"unexpected error ({type(exc).__name__}: {str(exc)[:200]})")
        return EXIT_FAILED
    finally:
        if "comparer.workers" in sys.modules:
            sys.modules["comparer.workers"].stop()


def _say(message: str) -> None:
    """One line on stderr (newlines in a message would break the one-line promise)."""
    text = " ".join(str(message).split())
    with contextlib.suppress(OSError, ValueError):
        print(f"plancompare: {text}", file=sys.stderr, flush=True)


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at devnull so the interpreter's final flush stays silent."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _output_usage(args: argparse.Namespace) -> str | None:
    """What is wrong with the output options, or None.

    ``--xlsx ""`` used to write nothing and say nothing; one path for two outputs kept only the
    last written (issue 11).
    """
    outputs = [(flag, getattr(args, flag, None)) for flag in ("json", *EXPORTERS)]
    named = [(flag, value) for flag, value in outputs if isinstance(value, str)]
    for flag, value in named:
        if not value.strip():
            return f"--{flag} needs a file name"
    files = [(flag, value) for flag, value in named if value != "-"]
    seen: dict[str, str] = {}
    for flag, value in files:
        key = str(Path(value).absolute()).casefold() if sys.platform in ("win32", "darwin") else str(
            Path(value).absolute())
        if key in seen:
            return f"--{seen[key]} and --{flag} name the same file {value}; give each its own"
        seen[key] = flag
    return None


def _main(argv: Sequence[str] | None) -> int:
    try:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        sys.stdin.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    args = _parser().parse_args(argv)
    lang = getattr(args, "lang", "vi")
    problem = _output_usage(args)
    if problem is not None:
        _say(problem)
        return EXIT_USAGE
    try:
        if args.command == "compare":
            return _compare(args)
        if args.command == "tasks":
            return _tasks(args)
        if args.command == "classify":
            return _classify(args)
        if args.reference:
            return _show_reference(args.reference)
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
        _quiet_stdout()
        return EXIT_OK


def _reference(args: argparse.Namespace) -> Reference:
    return load_reference(args.reference)


def _load_all(
    pipeline: Pipeline, paths: Sequence[str], lang: str = "vi", reference: Reference | None = None
) -> list[Plan]:
    loaded = pipeline.read_plans(paths, reference)
    got = [loaded[path] for path in paths]
    plans = [p for p in got if isinstance(p, Plan)]
    failures = [p for p in got if isinstance(p, PlanLoadError)]
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
    if args.date:
        from comparer.export.exports import parse_day

        try:
            args.note_date = parse_day(args.date)
        except ValueError:
            print(f"plancompare: --date {args.date!r} is not a date (dd/mm/yyyy)", file=sys.stderr)
            return EXIT_USAGE
    else:
        args.note_date = None
    pipeline = Pipeline()
    reference = _reference(args)
    plans = _load_all(pipeline, args.plans, args.lang, reference)
    for dup in find_duplicates(plans):
        first, second = Path(dup.first).name, Path(dup.second).name
        if args.lang == "vi":
            same = "cùng nội dung với" if dup.kind == "content" else "cùng số ký hiệu với"
            print(f"plancompare: cảnh báo: {second} có {same} {first}", file=sys.stderr)
        else:
            same = "the same content as" if dup.kind == "content" else "the same document number as"
            print(f"plancompare: warning: {second} has {same} {first}", file=sys.stderr)
    comparison = pipeline.compare(plans, reference, Options(threshold=args.threshold))
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
    outputs = {kind: getattr(args, kind) for kind in EXPORTERS}
    if not any(outputs.values()):
        return
    from comparer.export.exports import NoteFields, export_all  # the writers load openpyxl/python-docx; only when asked

    note = NoteFields(parent_body=args.parent_body, issuer=args.issuer, number=args.number, place=args.place,
                      note_date=args.note_date, signer_title=args.signer_title, signer=args.signer,
                      recipients=tuple(args.recipient))
    export_all(comparison, outputs, lang=args.lang, note=note)


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
        out = {"text": text, "matches": [{"ref": s.ref_id, "score": round(s.shown, 1)} for s in found]}
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


def _show_reference(spec: str) -> int:
    """What was read from a reference: its tasks and key points, where they come from, any warning."""
    ref = load_reference(spec)
    n_points = sum(len(t.key_points) for t in ref.tasks)
    print(f"{ref.id}: {ref.name}")
    print(f"  {len(ref.tasks)} tasks, {n_points} key points")
    if ref.provenance_en or ref.provenance:
        print(f"  provenance: {ref.provenance_en or ref.provenance}")
    for code in ref.warnings:
        print(f"  warning: {WARNING_TEXT.get(code, code)}")
    for task in ref.tasks:
        print(f"{task.id}\t{task.title}")
        for kp in task.key_points:
            print(f"  {kp.id}\t{kp.text}")
    if ref.path and not ref.builtin and ref.id != "file":
        # A version of a built-in matches with the built-in key points; show the file's own too.
        from comparer.refs.official import read_reference_document

        read = read_reference_document(Path(ref.path))
        print(f"as written in {Path(ref.path).name} ({len(read.tasks)} tasks, {read.key_point_count} key points):")
        for task, doc_task in zip(ref.tasks, read.tasks, strict=False):
            print(f"{task.id}\t{doc_task.marker}")
            for text in doc_task.key_points:
                print(f"  - {text}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
