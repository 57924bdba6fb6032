"""One status and one number per cell in every face: JSON, CLI text, the window's model, Excel and Word.

Before: Bắc Kạn KL91-2 read "Chưa đề cập (0)" in Word and Excel, `✘ 0` then "closest … (26.1)"
in the CLI and 26 in the evidence pane; coverage was 94 % in the window and 93,8 % in the exports.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from comparer.analysis import compare
from comparer.cli import main
from comparer.export_docx import write_docx
from comparer.export_xlsx import write_xlsx
from comparer.glossary import load_glossary
from comparer.labels import ExportLabels
from comparer.loading import load_plan
from comparer.models import Comparison, Status
from comparer.reference import load_reference
from comparer.serialize import comparison_json
from desktop.coverage_model import CoverageModel, Role

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [str(ROOT / "samples" / n) for n in ("hanoi-kh285.html", "haiphong-kh298.docx", "backan-kl51.txt")]
VI = load_glossary("vi")
Facts = dict[tuple[int, str], tuple[str, int, bool]]  # (plan, ref id) → (status, number, needs review)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare([load_plan(p) for p in SAMPLES], load_reference("kl91"))


def _from_json(c: Comparison) -> tuple[Facts, Facts, list[float]]:
    data = json.loads(json.dumps(comparison_json(c), ensure_ascii=False))
    tasks: Facts = {}
    points: Facts = {}
    for p, plan in enumerate(data["plans"]):
        for ref_id, cell in plan["coverage_detail"].items():
            tasks[(p, ref_id)] = (cell["status"], int(cell["score"]), cell["flagged"])
            for kp_id, pt in cell["key_point_cells"].items():
                points[(p, kp_id)] = (pt["status"], int(pt["score"]), pt["needs_review"] and not cell["reviewed"])
    return tasks, points, [plan["coverage_percent"] for plan in data["plans"]]


def _from_cli(capsys: pytest.CaptureFixture[str], c: Comparison) -> tuple[Facts, str]:
    assert main(["compare", *SAMPLES]) == 0
    out = capsys.readouterr().out
    marks = {VI.mark(s): s.value for s in Status}
    facts: Facts = {}
    for line in out.splitlines():
        m = re.match(r"(KL91-\d)\s+(.*)$", line)
        if not m:
            continue
        cells = re.findall(r"([●◐○])\s*(\d+)([?✓ ])", m.group(2))
        assert len(cells) == len(c.plans), line
        for p, (mark, number, flag) in enumerate(cells):
            facts[(p, m.group(1))] = (marks[mark], int(number), flag == VI.mark_needs_review)
    return facts, out


def _from_model(c: Comparison) -> tuple[Facts, Facts, list[str]]:
    model = CoverageModel()
    model.set_comparison(c)
    tasks: Facts = {}
    points: Facts = {}
    for row, task in enumerate(c.reference.tasks):
        for p in range(len(c.plans)):
            index = model.index(row, p + 1)
            number = int(str(index.data()))
            tasks[(p, task.id)] = (index.data(Role.STATUS), number, bool(index.data(Role.NEEDS_REVIEW)))
            parent = model.index(row, 0)
            for k, kp in enumerate(task.key_points):
                kp_index = model.index(k, p + 1, parent)
                shown = str(kp_index.data())  # "◐ 28": mark and number
                points[(p, kp.id)] = (kp_index.data(Role.STATUS), int(shown.split()[-1]),
                                      bool(kp_index.data(Role.NEEDS_REVIEW)))
    headers = [str(model.headerData(p + 1, Qt.Orientation.Horizontal)) for p in range(len(c.plans))]
    return tasks, points, headers


def _from_excel(c: Comparison, path: Path) -> tuple[Facts, Facts, list[str]]:
    write_xlsx(c, path, created=datetime(2026, 12, 6, 9, 0))
    ws = load_workbook(path)["Tổng hợp"]
    words = {VI.status(s): s.value for s in Status}
    tasks: Facts = {}
    points: Facts = {}
    formulas: list[str] = []
    for row in range(2, ws.max_row + 1):
        ref_id = ws.cell(row=row, column=1).value
        if not ref_id and ws.cell(row=row, column=2).value == VI.coverage:
            formulas = [ws.cell(row=row, column=3 + p).value for p in range(len(c.plans))]
            break
        for p in range(len(c.plans)):
            # "Một phần (28) ?": the status word (its colour is a conditional format on the word),
            # the cell's one score, and the needs-review mark.
            m = re.fullmatch(r"(.+) \((\d+)\)(.*)", ws.cell(row=row, column=3 + p).value)
            assert m, ws.cell(row=row, column=3 + p).value
            fact = (words[m.group(1)], int(m.group(2)), VI.mark_needs_review in m.group(3))
            (points if "." in str(ref_id) else tasks)[(p, str(ref_id))] = fact
    return tasks, points, formulas


def _from_word(c: Comparison, path: Path) -> tuple[Facts, list[str]]:
    write_docx(c, path, created=datetime(2026, 12, 6).date())
    doc = Document(str(path))
    words = {VI.status(s): s.value for s in Status}
    # Phụ lục I: plans x tasks, "Đầy đủ (92)" with "(*)" (the note's mark for "cần xem lại").
    matrix = next(t for t in doc.tables if len(t.rows) > 1 and t.cell(1, 0).text == "1" and "(" in t.cell(1, 2).text)
    facts: Facts = {}
    task_ids = [t.id for t in c.reference.tasks]
    for r, ref_id in enumerate(task_ids, 1):
        for p in range(len(c.plans)):
            m = re.fullmatch(r"(.+?) \((\d+)\)(.*)", matrix.cell(r, 2 + p).text)
            assert m, matrix.cell(r, 2 + p).text
            facts[(p, ref_id)] = (words[m.group(1)], int(m.group(2)), ExportLabels().review_mark in m.group(3))
    percents = [matrix.cell(len(task_ids) + 1, 2 + p).text for p in range(len(c.plans))]
    return facts, percents


def test_every_face_shows_the_same_status_number_and_flag(
    comparison: Comparison, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    json_tasks, json_points, json_percent = _from_json(comparison)
    cli_tasks, cli_text = _from_cli(capsys, comparison)
    model_tasks, model_points, headers = _from_model(comparison)
    xlsx_tasks, xlsx_points, xlsx_percent = _from_excel(comparison, tmp_path / "bang.xlsx")
    docx_tasks, docx_percent = _from_word(comparison, tmp_path / "bao-cao.docx")
    assert len(json_tasks) == 8 * len(SAMPLES)
    assert cli_tasks == json_tasks
    assert model_tasks == json_tasks
    assert xlsx_tasks == json_tasks
    assert docx_tasks == json_tasks
    # Key points: the same three states, numbers and flags in the JSON, the window and Excel.
    assert model_points == json_points
    assert xlsx_points == json_points
    # Coverage: one figure, formatted one way; Excel computes it from the status words.
    shown = [VI.percent_text(v) for v in json_percent]
    assert all(f.startswith("=((COUNTIF(") for f in xlsx_percent)
    assert docx_percent == shown
    for header, text in zip(headers, shown, strict=True):
        assert header.endswith(f"\n{text}")
        assert f"{VI.coverage.lower()} {text}" in cli_text
