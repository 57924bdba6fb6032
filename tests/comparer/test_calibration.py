"""The fitted selection model: shipped as data, read at run time, moved by the user's threshold."""

from __future__ import annotations

from comparer.match.calibration import FEATURES, Model, current_model, cut, features, use_model
from comparer.match.matching import Matcher
from comparer.refs.reference import load_reference


def test_the_shipped_model_matches_this_versions_features() -> None:
    model = current_model()
    assert model is not None
    assert len(model.weights) == len(FEATURES)
    assert Model.from_dict(model.to_dict()).weights == model.weights


def test_threshold_moves_the_cut_and_stricter_never_shows_more() -> None:
    assert cut(55.0) == 0.5 and cut(75.0) > cut(55.0) > cut(35.0)
    matcher = Matcher(load_reference("kl91"))
    text = ("Tăng cường công tác tuyên truyền về chuyển đổi số; bố trí kinh phí mua sắm thiết bị dạy học "
            "cho các trường vùng khó khăn.")
    loose = {s.ref_id for s in matcher.classify(text, 30.0)}
    strict = {s.ref_id for s in matcher.classify(text, 80.0)}
    assert strict <= loose and loose


def test_probabilities_follow_evidence_strength() -> None:
    matcher = Matcher(load_reference("kl91"))
    strong = matcher.score("Bảo đảm chi ngân sách nhà nước cho giáo dục tối thiểu 20% tổng chi ngân sách.")["KL91-7"]
    weak = matcher.score("Các trường học trên địa bàn tổ chức lễ khai giảng năm học mới trang trọng.")
    model = current_model()
    assert model is not None
    p_strong = model.prob(features(strong, [strong]))
    assert p_strong > 0.8
    for ts in weak.values():
        assert model.prob(features(ts, list(weak.values()))) < p_strong


def test_references_without_a_mapping_keep_the_hand_set_rule() -> None:
    nq71 = Matcher(load_reference("nq71"))
    assert not nq71.calibrated
    use_model(None, rule=True)
    try:
        assert current_model() is None
    finally:
        use_model(None)
    assert current_model() is not None
