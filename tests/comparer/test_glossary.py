"""The glossary and the status rules every face shares (comparer/glossary.py, comparer/match/status.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from comparer.export.labels import ExportLabels
from comparer.glossary import GLOSSARY_DIR, load_glossary, plan_name, plan_names
from comparer.match.status import points, task_status
from comparer.models import Plan, Status


def test_both_languages_name_the_same_words() -> None:
    keys = [set(json.loads((GLOSSARY_DIR / f"{lang}.json").read_text(encoding="utf-8"))) for lang in ("vi", "en")]
    assert keys[0] == keys[1]
    vi, en = load_glossary("vi"), load_glossary("en")
    assert (vi.status_covered, vi.status_partial, vi.status_missing) == ("Đầy đủ", "Một phần", "Chưa có")
    assert (vi.key_point, vi.shared, vi.needs_review) == ("Ý chính", "Nội dung chung", "Cần xem lại")
    assert en.status(Status.PARTIAL) == "Partly" and en.level("key_point") == "Key point"
    # ✓ means reviewed and nothing else; statuses have their own marks.
    assert vi.mark_reviewed == "✓" and "✓" not in {vi.mark(s) for s in Status}


def test_missing_word_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "vi.json").write_text('{"status_covered": "Đầy đủ"}', encoding="utf-8")
    with pytest.raises(ValueError, match="missing"):
        load_glossary("vi", tmp_path)
    with pytest.raises(ValueError, match="unknown language"):
        load_glossary("fr")


def test_exports_take_their_words_from_the_glossary() -> None:
    for labels, g in ((ExportLabels.vietnamese(), load_glossary("vi")), (ExportLabels.english(), load_glossary("en"))):
        assert [labels.status(s) for s in Status] == [g.status(s) for s in Status]
        assert labels.level_key_point == g.key_point and labels.sheet_overlaps == g.shared
        assert labels.needs_review == g.needs_review == labels.col_needs_review


@pytest.mark.parametrize(("score", "shown"), [(92.5, 93), (92.4, 92), (26.1, 26), (0.0, 0), (99.95, 100)])
def test_one_integer_per_score(score: float, shown: int) -> None:
    assert points(score) == shown
    assert load_glossary("vi").score_text(score) == str(shown)


@pytest.mark.parametrize(("value", "vi", "en"), [(93.8, "93,8%", "93.8%"), (100.0, "100%", "100%"),
                                                  (56.2, "56,2%", "56.2%"), (50.0, "50%", "50%")])
def test_one_coverage_format(value: float, vi: str, en: str) -> None:
    assert load_glossary("vi").percent_text(value) == vi
    assert load_glossary("en").percent_text(value) == en


def test_counts_replace_the_unclear_fraction() -> None:
    assert load_glossary("vi").counts_text(7, 1, 0) == "7 đầy đủ · 1 một phần · 0 chưa có / 8 nhiệm vụ"


@pytest.mark.parametrize(("evidence", "found", "total", "status"), [
    (True, 1, 5, Status.PARTIAL),  # Hà Nội KL91-2: a strong passage, 1 of 5 key points
    (True, 3, 6, Status.COVERED),  # half is enough
    (True, 0, 0, Status.COVERED),  # a task without key points: the match alone
    (False, 2, 6, Status.PARTIAL),  # key points named, no passage matching the task
    (False, 0, 6, Status.MISSING),
])
def test_task_status_follows_the_key_points(evidence: bool, found: int, total: int, status: Status) -> None:
    assert task_status(evidence, found, total) is status


def _plan(name: str, issuer: str, number: str, path: str = "") -> Plan:
    return Plan(name=name, path=path or name, format="txt", sha256=name, tasks=(), issuer=issuer, number=number)


def test_plan_names_are_place_and_number() -> None:
    assert plan_name(_plan("hanoi.html", "Thành ủy Hà Nội", "285-KH/TU")) == "Hà Nội · 285-KH/TU"
    assert plan_name(_plan("backan-kl51.txt", "UBND tỉnh Bắc Kạn", "")) == "Bắc Kạn"
    assert plan_name(_plan("x.txt", "", "12/KH-SGDĐT")) == "12/KH-SGDĐT"
    assert plan_name(_plan("x.txt", "", "")) == "x.txt"
    twins = [_plan("a.docx", "UBND thành phố Hải Phòng", "298/KH-UBND", "a.docx"),
             _plan("a.pdf", "UBND thành phố Hải Phòng", "298/KH-UBND", "a.pdf")]
    assert plan_names(twins) == ["Hải Phòng · 298/KH-UBND (docx)", "Hải Phòng · 298/KH-UBND (pdf)"]


def test_a_missing_task_flags_once() -> None:
    from comparer.match.status import without_point_flags_if_missing
    from comparer.models import PointCell

    pts = (PointCell("KL91-8.1", Status.PARTIAL, 28.0, True, 28.0, 28.0),)
    assert without_point_flags_if_missing(pts, Status.MISSING)[0].needs_review is False
    assert without_point_flags_if_missing(pts, Status.PARTIAL)[0].needs_review is True


def test_coverage_rounds_half_up_as_a_spreadsheet_shows_it() -> None:
    # Hà Nội's 1 covered + 7 partly covered of 8 tasks is 56.25 %: the Excel formula printed
    # "56.3%" while the window, the CLI and Word said 56,2 %.
    from comparer.match.status import coverage_percent
    from tests import comparisons as fx

    comparison = fx.three_plans()
    row = comparison.coverage[0]
    assert len(row) == 8
    cells = tuple(replace(c, status=Status.COVERED if i == 0 else Status.PARTIAL) for i, c in enumerate(row))
    comparison = replace(comparison, coverage=(cells, *comparison.coverage[1:]))
    assert coverage_percent(comparison, 0) == 56.3
