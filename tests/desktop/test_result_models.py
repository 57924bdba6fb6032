"""Gaps / overlaps / emphases models: model tester, sorting and the text + plan filter."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop.result_models import DecisionsModel, EmphasesModel, GapsModel, OverlapsModel, ResultFilterProxy, Role
from tests.desktop.fixtures import build_comparison


def test_models_pass_modeltester(qtmodeltester: ModelTester) -> None:
    comparison = build_comparison()
    for cls in (GapsModel, OverlapsModel, EmphasesModel):
        model = cls()
        qtmodeltester.check(model)
        model.set_comparison(comparison)
        assert model.rowCount() > 0
        qtmodeltester.check(model)
        proxy = ResultFilterProxy()
        proxy.setSourceModel(model)
        proxy.set_plan(1)
        qtmodeltester.check(proxy)


def test_gap_filter_by_plan_and_text() -> None:
    comparison = build_comparison()
    model = GapsModel()
    model.set_comparison(comparison)
    proxy = ResultFilterProxy()
    proxy.setSourceModel(model)
    total = proxy.rowCount()
    proxy.set_plan(2)  # Bắc Kạn
    bac_kan = [g for g in comparison.gaps if g.plan == 2]
    assert proxy.rowCount() == len(bac_kan) < total
    proxy.set_query("TIẾNG ANH")  # case-insensitive, Vietnamese capitals
    assert proxy.rowCount() == 1
    assert proxy.index(0, 1).data() == "KL91-8"
    proxy.set_query(unicodedata.normalize("NFD", "tiếng anh"))  # as some keyboards send it
    assert proxy.rowCount() == 1
    proxy.set_plan(-1)
    proxy.set_query("hoá")  # tone placement: the plans write "hóa"
    assert proxy.rowCount() > 0
    proxy.set_query("")
    assert proxy.rowCount() == total


def test_overlaps_sort_by_plan_count() -> None:
    model = OverlapsModel()
    model.set_comparison(build_comparison())
    proxy = ResultFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    counts = [proxy.index(r, 3).data(Role.SORT) for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] == 3


def test_decisions_model(qtmodeltester: ModelTester) -> None:
    from comparer.review import Decision, DecisionKind, review

    comparison = build_comparison()
    p = comparison.plans[2]
    kept = Decision(DecisionKind.ADDRESSED, p.sha256, p.name, "KL91-8", "", "Có KH riêng")
    lost = Decision(DecisionKind.CONFIRM, p.sha256, p.name, "KL91-4", "Đoạn không còn trong kế hoạch")
    result = review(comparison, [kept, lost])
    model = DecisionsModel()
    qtmodeltester.check(model)
    model.set_decisions((kept, lost), result.unattached)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["Đã xử lý khoảng trống", "Xác nhận"]
    assert model.index(0, 5).data() == "Đang áp dụng"
    assert model.index(1, 5).data() == "Đoạn văn đã bị sửa hoặc xóa"
    assert model.index(0, 4).data() == "Có KH riêng"


def test_similar_pairs_model(qtmodeltester: ModelTester) -> None:
    from dataclasses import replace

    from comparer.models import SimilarPair
    from desktop.result_models import SimilarPairsModel

    comparison = build_comparison()
    a, b = comparison.plans[0].tasks[0], comparison.plans[2].tasks[0]
    comparison = replace(comparison, similar_pairs=(SimilarPair(0, a.id, 2, b.id, 83.4),))
    model = SimilarPairsModel()
    qtmodeltester.check(model)
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == a.text and model.index(0, 3).data() == b.text
    assert model.index(0, 4).data() == "83"
    proxy = ResultFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_plan(2)
    assert proxy.rowCount() == 1
    proxy.set_plan(1)
    assert proxy.rowCount() == 0


def test_headers_are_built_once_per_result_not_per_call(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.coverage_model import CoverageModel

    comparison = build_comparison()
    models = [GapsModel(), OverlapsModel(), EmphasesModel(), DecisionsModel(), CoverageModel()]
    for model in models:
        if hasattr(model, "set_comparison"):
            model.set_comparison(comparison)
        before = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        calls: list[str] = []
        monkeypatch.setattr(model, "tr", lambda text, *a, calls=calls: calls.append(text) or text)
        for _ in range(50):  # what a header view does on each repaint
            again = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert again == before and calls == [], type(model).__name__
        # A new result (or a language switch, which goes through the same path) builds them afresh.
        if hasattr(model, "set_comparison"):
            model.set_comparison(comparison)
        else:
            model.retranslate()
        assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == before
        assert calls, type(model).__name__  # the words were looked up again
