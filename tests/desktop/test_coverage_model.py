"""The coverage matrix model: passes Qt's model tester, shows statuses, scores and key points."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from comparer.models import Status
from desktop.models.coverage_model import CoverageModel, Role
from tests.desktop.fixtures import build_comparison


def test_model_passes_modeltester(qtmodeltester: ModelTester) -> None:
    model = CoverageModel()
    qtmodeltester.check(model)
    model.set_comparison(build_comparison())
    qtmodeltester.check(model)
    model.set_comparison(build_comparison(threshold=60))  # same shape: in-place refresh
    qtmodeltester.check(model)
    model.set_comparison(None)
    qtmodeltester.check(model)


def test_cells_and_headers() -> None:
    model = CoverageModel()
    comparison = build_comparison()
    model.set_comparison(comparison)
    assert model.rowCount() == 8
    assert model.columnCount() == 4
    header = model.headerData(1, Qt.Orientation.Horizontal)
    assert header.startswith("Hà Nội\nKH 215/KH-UBND\n")
    # The engine's figure in the glossary's format, as the CLI and exports print it: (4 + 2 × ½) / 8.
    assert header.endswith("\n62,5%")
    tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "4 đầy đủ · 2 một phần · 2 chưa có / 8 nhiệm vụ" in tip and "Tỷ lệ bao phủ: 62,5%" in tip
    first = model.index(0, 0)
    assert "Nâng cao nhận thức" in model.data(first)
    cell = model.index(3, 1)  # KL91-4 × Hà Nội: partial, 64
    assert model.data(cell, Role.STATUS) == Status.PARTIAL.value
    assert model.data(cell) == "64"
    assert model.data(model.index(1, 1)) == "0"  # missing, no close passage: the engine's 0, as in the exports
    # Key points under KL91-4: the first is found, the others are not.
    kp_parent = model.index(3, 0)
    assert model.rowCount(kp_parent) == 3
    assert model.data(model.index(0, 1, kp_parent)).startswith("●")  # ✓ means "reviewed" only
    assert model.data(model.index(1, 1, kp_parent), Role.STATUS) == Status.MISSING.value
    assert model.data(model.index(1, 0, kp_parent), Role.REF_ID) == "KL91-4.2"
    assert model.rowCount(model.index(3, 1)) == 0  # only column 0 has children
    assert model.parent(model.index(1, 2, kp_parent)) == kp_parent
    assert model.parent(kp_parent) == QModelIndex()


def test_reviewed_cell_refreshes_in_place(qtbot: object) -> None:
    model = CoverageModel()
    comparison = build_comparison()
    model.set_comparison(comparison)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    row = list(comparison.coverage[0])
    row[3] = replace(row[3], reviewed=True)
    model.set_comparison(replace(comparison, coverage=(tuple(row), *comparison.coverage[1:])))
    assert resets == []
    assert model.data(model.index(3, 1), Role.REVIEWED) is True


def test_task_header_names_the_reference_as_the_exports_do() -> None:
    from comparer.export.export_data import short_name

    comparison = build_comparison()
    # An official text loaded from a file has no short name: its long title is cut before its date
    # and subject, the same way in the window and in both exports.
    reference = replace(comparison.reference, short_name="",
                        name="Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện")
    model = CoverageModel()
    model.set_comparison(replace(comparison, reference=reference))
    header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == f"Nhiệm vụ theo {short_name(reference)}" == "Nhiệm vụ theo Kết luận số 91-KL/TW"
