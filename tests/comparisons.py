"""The one builder of hand-made Comparison objects for engine, export, bench and window tests.

KL 91 with Hà Nội, Hải Phòng and Bắc Kạn (``three_plans``), one plan, a plan that matches
nothing, or many synthetic plans; ``build`` derives matches, coverage, gaps and overlaps from
per-plan hits the way the engine does. The window tests' ``window_comparison`` gives each cell
its status and passages outright, so those tests can name exactly what a cell shows.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace

from comparer.models import (
    Candidate,
    Comparison,
    CoverageCell,
    Emphasis,
    Gap,
    KeyPoint,
    Location,
    Match,
    Options,
    Overlap,
    Plan,
    Reference,
    RefTask,
    SimilarPair,
    Status,
    Task,
)

THRESHOLD = 50.0
MARGIN = 8.0

# (id, title, [(key point text), ...]) — wording follows Kết luận 91-KL/TW (12/8/2024).
KL91_TASKS: list[tuple[str, str, list[str]]] = [
    (
        "KL91-1",
        "Nâng cao nhận thức; tăng cường lãnh đạo, chỉ đạo",
        [
            "Nâng cao nhận thức của cấp ủy, chính quyền về vai trò quốc sách hàng đầu của giáo dục, đào tạo",
            "Đưa chỉ tiêu phát triển giáo dục, đào tạo vào nghị quyết, kế hoạch phát triển kinh tế - xã hội",
        ],
    ),
    (
        "KL91-2",
        "Hoàn thiện thể chế, chính sách; đổi mới quản lý nhà nước về giáo dục, đào tạo",
        [
            "Rà soát, sửa đổi, bổ sung cơ chế, chính sách về giáo dục, đào tạo",
            "Đẩy mạnh phân cấp, giao quyền tự chủ cho cơ sở giáo dục",
        ],
    ),
    (
        "KL91-3",
        "Phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục",
        [
            "Khắc phục tình trạng thừa, thiếu giáo viên cục bộ",
            "Có chính sách thu hút, đãi ngộ nhà giáo, nhất là ở vùng khó khăn",
            "Bồi dưỡng nâng cao năng lực đội ngũ nhà giáo, cán bộ quản lý",
        ],
    ),
    (
        "KL91-4",
        "Đổi mới chương trình, phương pháp dạy học, kiểm tra, đánh giá",
        [
            "Thực hiện hiệu quả chương trình giáo dục phổ thông 2018",
            "Đổi mới kiểm tra, đánh giá và thi theo hướng đánh giá năng lực",
        ],
    ),
    (
        "KL91-5",
        "Tăng cường đầu tư, bảo đảm cơ sở vật chất, trường lớp",
        [
            "Bảo đảm đủ trường, lớp học, nhất là ở khu công nghiệp, đô thị đông dân cư",
            "Ưu tiên ngân sách cho kiên cố hóa trường lớp học, nhà công vụ cho giáo viên",
        ],
    ),
    (
        "KL91-6",
        "Phát triển nguồn nhân lực chất lượng cao, giáo dục nghề nghiệp, đại học",
        [
            "Đào tạo nhân lực chất lượng cao trong các lĩnh vực công nghệ chiến lược",
            "Đẩy mạnh giáo dục STEM, hướng nghiệp và phân luồng học sinh",
        ],
    ),
    (
        "KL91-7",
        "Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong giáo dục",
        [
            "Xây dựng cơ sở dữ liệu ngành giáo dục đồng bộ, liên thông",
            "Phát triển học liệu số, dạy học trực tuyến",
        ],
    ),
    (
        "KL91-8",
        "Hội nhập quốc tế; từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai",
        [
            "Từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học",
            "Mở rộng hợp tác quốc tế về giáo dục, đào tạo",
        ],
    ),
]

# Per plan: (issuer, number, file, [(task text, [(ref id or key point id, score, reviewed)])]).
PLAN_SPECS: list[tuple[str, str, str, list[tuple[str, list[tuple[str, float, bool]]]]]] = [
    (
        "UBND thành phố Hà Nội",
        "245/KH-UBND",
        "ha-noi.txt",
        [
            (
                "Quán triệt sâu sắc Kết luận số 91-KL/TW đến cán bộ, đảng viên; nâng cao nhận thức "
                "về vai trò "
                "quốc sách hàng đầu của giáo dục, đào tạo.",
                [("KL91-1.1", 86.0, False)],
            ),
            (
                "Đưa các chỉ tiêu phát triển giáo dục vào kế hoạch phát triển kinh tế - xã hội 5 năm của Thành phố.",
                [("KL91-1.2", 78.0, False)],
            ),
            (
                "Rà soát, đề xuất sửa đổi cơ chế, chính sách đặc thù của Thành phố về giáo dục; đẩy "
                "mạnh tự chủ "
                "cho các trường trung học phổ thông.",
                [("KL91-2.1", 74.0, False), ("KL91-2.2", 66.0, False)],
            ),
            (
                "Tuyển dụng đủ giáo viên theo định mức, khắc phục tình trạng thiếu giáo viên mầm non, tiểu học.",
                [("KL91-3.1", 81.0, False)],
            ),
            (
                "Bồi dưỡng thường xuyên cho 100% giáo viên, cán bộ quản lý đáp ứng chương trình mới.",
                [("KL91-3.3", 56.0, True)],
            ),
            (
                "Triển khai hiệu quả Chương trình giáo dục phổ thông 2018; đổi mới kiểm tra, đánh "
                "giá theo định "
                "hướng phát triển năng lực học sinh.",
                [("KL91-4.1", 88.0, False), ("KL91-4.2", 83.0, False)],
            ),
            (
                "Xây dựng mới 120 trường học tại các quận, huyện có khu đô thị đông dân cư; ưu tiên "
                "ngân sách "
                "kiên cố hóa trường lớp.",
                [("KL91-5.1", 79.0, False), ("KL91-5.2", 71.0, False)],
            ),
            (
                "Hoàn thiện cơ sở dữ liệu ngành giáo dục Thủ đô, kết nối với cơ sở dữ liệu quốc gia; "
                "phát triển "
                "kho học liệu số dùng chung.",
                [("KL91-7.1", 84.0, False), ("KL91-7.2", 69.0, False)],
            ),
            (
                "Thí điểm dạy học bằng tiếng Anh các môn Toán, Khoa học tại 50 trường; mở rộng hợp "
                "tác với các "
                "trường quốc tế.",
                [("KL91-8.1", 63.0, False), ("KL91-8.2", 60.0, False)],
            ),
        ],
    ),
    (
        "UBND thành phố Hải Phòng",
        "112/KH-UBND",
        "hai-phong.docx",
        [
            (
                "Tổ chức học tập, quán triệt Kết luận 91-KL/TW; các cấp ủy tăng cường lãnh đạo, chỉ "
                "đạo công tác "
                "giáo dục, đào tạo.",
                [("KL91-1.1", 80.0, False)],
            ),
            (
                "Có chính sách thu hút giáo viên giỏi, hỗ trợ nhà ở cho giáo viên tại huyện đảo Bạch Long Vĩ, Cát Hải.",
                [("KL91-3.2", 77.0, False)],
            ),
            (
                "Bảo đảm đủ trường lớp tại các khu công nghiệp Đình Vũ, Tràng Duệ cho con em công nhân.",
                [("KL91-5.1", 72.0, False)],
            ),
            (
                "Đào tạo nhân lực chất lượng cao cho ngành công nghiệp bán dẫn và trí tuệ nhân tạo; "
                "liên kết với "
                "doanh nghiệp trong khu công nghiệp.",
                [("KL91-6.1", 90.0, False)],
            ),
            (
                "Đẩy mạnh giáo dục STEM, đưa trí tuệ nhân tạo vào hoạt động trải nghiệm; tăng cường "
                "hướng nghiệp, "
                "phân luồng sau trung học cơ sở.",
                [("KL91-6.2", 85.0, False)],
            ),
            (
                "Phát triển học liệu số, tổ chức dạy học trực tuyến cho học sinh vùng hải đảo.",
                [("KL91-7.2", 54.0, False)],
            ),
            ("Thành lập trung tâm đào tạo vi mạch bán dẫn tại Trường Đại học Hải Phòng.", []),
        ],
    ),
    (
        "UBND tỉnh Bắc Kạn",
        "58/KH-UBND",
        "bac-kan.pdf",
        [
            (
                "Các cấp ủy đảng, chính quyền nâng cao nhận thức về vai trò của giáo dục; đưa chỉ "
                "tiêu giáo dục "
                "vào nghị quyết của cấp ủy.",
                [("KL91-1.1", 75.0, False), ("KL91-1.2", 70.0, False)],
            ),
            (
                "Sắp xếp, điều chuyển giáo viên giữa các huyện để khắc phục thừa, thiếu cục bộ; thực "
                "hiện chính "
                "sách hỗ trợ giáo viên vùng đặc biệt khó khăn.",
                [("KL91-3.1", 76.0, False), ("KL91-3.2", 73.0, False)],
            ),
            (
                "Ưu tiên ngân sách xây dựng nhà công vụ cho giáo viên, kiên cố hóa phòng học tại các xã vùng cao.",
                [("KL91-5.2", 82.0, False)],
            ),
            (
                "Duy trì lớp học ghép, điểm trường lẻ ở thôn bản vùng cao, bảo đảm trẻ em người dân "
                "tộc thiểu số "
                "được đến trường.",
                [],
            ),
            ("Tăng cường dạy tiếng Việt cho trẻ em người dân tộc thiểu số trước khi vào lớp 1.", []),
        ],
    ),
]

# Nearest passages for gaps: (plan, ref id) → (task number in that plan, score).
NEAR_MISSES: dict[tuple[int, str], tuple[int, float]] = {
    (0, "KL91-6"): (4, 38.0),
    (0, "KL91-3.2"): (3, 45.0),
    (1, "KL91-2"): (0, 31.0),
    (1, "KL91-4"): (4, 44.0),
    (1, "KL91-8"): (5, 22.0),
    (2, "KL91-7"): (2, 18.0),
    (2, "KL91-4"): (1, 46.0),
}


def reference() -> Reference:
    """KL 91 as eight tasks with their key points."""
    tasks = tuple(
        RefTask(
            id=rid,
            title=title,
            text=title + ".",
            key_points=tuple(KeyPoint(f"{rid}.{i}", text) for i, text in enumerate(points, 1)),
        )
        for rid, title, points in KL91_TASKS
    )
    return Reference(
        id="kl91",
        name="Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị",
        short_name="Kết luận 91",
        tasks=tasks,
        provenance="Trích từ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị, đăng trên Báo Điện tử "
        "Đảng Cộng sản Việt Nam; nhiệm vụ được tóm lược theo từng mục.",
        completeness="Đầy đủ 8 nhóm nhiệm vụ; nội dung trọng tâm do người biên soạn chọn lọc.",
        sources=("https://dangcongsan.vn/",),
        path="resources/references/kl91.json",
    )


def _sha(name: str) -> str:
    """A stable stand-in for a plan file's SHA-256."""
    return hashlib.sha256(name.encode()).hexdigest()


def _plan(index: int, issuer: str, number: str, name: str, texts: list[str]) -> Plan:
    tasks = tuple(
        Task(
            id=f"P{index}-T{i}",
            text=text,
            norm=text.lower(),
            section=("II. NHIỆM VỤ, GIẢI PHÁP", f"{i}. Nhiệm vụ", f"gạch đầu dòng {i}"),
            location=Location(block=10 + i, line=20 + 2 * i),
            kind="item",
            agency="Sở Giáo dục và Đào tạo",
            deadline="Năm 2026",
        )
        for i, text in enumerate(texts, 1)
    )
    digest = _sha(name)
    title = "Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị"
    ext = name.rsplit(".", 1)[-1]
    return Plan(
        name=name,
        path=f"/data/{name}",
        format=ext,
        sha256=digest,
        tasks=tasks,
        title=title,
        issuer=issuer,
        number=number,
    )


def build(
    ref: Reference,
    plans: list[Plan],
    hits: list[list[tuple[str, str, float, bool]]],
    near: dict[tuple[int, str], tuple[str, float]],
    emphases: tuple[Emphasis, ...] = (),
    similar: tuple[SimilarPair, ...] = (),
    threshold: float = THRESHOLD,
) -> Comparison:
    """Derive matches, coverage, gaps and overlaps from per-plan hits (task id, kp id, score, reviewed).

    ``threshold`` is the comparison's; cells near it need review.
    """
    matches: list[tuple[Match, ...]] = []
    coverage: list[tuple[CoverageCell, ...]] = []
    gaps: list[Gap] = []
    takers: dict[str, list[int]] = {}
    texts = {t.id: t.text for p in plans for t in p.tasks}
    for p, plan_hits in enumerate(hits):
        plan_matches = tuple(
            Match(
                task_id=tid,
                ref_id=kp.rsplit(".", 1)[0],
                score=score,
                reason=tuple(w for w in ref.task(kp.rsplit(".", 1)[0]).title.lower().split()[:3]),
                key_points=(kp,),
                reviewed=rev,
            )
            for tid, kp, score, rev in plan_hits
        )
        matches.append(plan_matches)
        cells = []
        for rt in ref.tasks:
            evidence = tuple(m for m in plan_matches if m.ref_id == rt.id)
            found = tuple(kp.id for kp in rt.key_points if any(kp.id in m.key_points for m in evidence))
            missing = tuple(kp.id for kp in rt.key_points if kp.id not in found)
            best = max((m.score for m in evidence), default=0.0)
            status = Status.MISSING if not evidence else Status.PARTIAL if missing else Status.COVERED
            review = bool(evidence) and abs(best - threshold) <= MARGIN
            cands = tuple(
                Candidate(tid, texts[tid], sc) for (pp, rid), (tid, sc) in near.items() if pp == p and rid == rt.id
            )
            if evidence:
                takers.setdefault(rt.id, []).append(p)
            cells.append(
                CoverageCell(
                    plan=p,
                    ref_id=rt.id,
                    status=status,
                    score=best,
                    evidence=evidence,
                    key_points_found=found,
                    key_points_missing=missing,
                    candidates=cands,
                    needs_review=review,
                    reviewed=any(m.reviewed for m in evidence),
                )
            )
            if status is Status.MISSING:
                gaps.append(
                    Gap(
                        p,
                        rt.id,
                        "task",
                        rt.title,
                        cands,
                        needs_review=bool(cands) and cands[0].score >= threshold - MARGIN * 2,
                    )
                )
            elif missing:
                for kp_id in missing:
                    kp_cands = tuple(
                        Candidate(tid, texts[tid], sc)
                        for (pp, rid), (tid, sc) in near.items()
                        if pp == p and rid == kp_id
                    )
                    gaps.append(Gap(p, kp_id, "key_point", ref_text(ref, kp_id), kp_cands, needs_review=review))
        coverage.append(tuple(cells))
    overlaps = tuple(Overlap(rid, "task", ref.task(rid).title, tuple(ps)) for rid, ps in takers.items() if len(ps) > 1)
    return Comparison(
        reference=ref,
        plans=tuple(plans),
        matches=tuple(matches),
        coverage=tuple(coverage),
        gaps=tuple(gaps),
        overlaps=overlaps,
        similar_pairs=similar,
        emphases=emphases,
        options=Options(threshold=threshold, review_margin=MARGIN),
    )


def ref_text(ref: Reference, kp_id: str) -> str:
    """Text of a key point by id."""
    return next(kp.text for t in ref.tasks for kp in t.key_points if kp.id == kp_id)


def three_plans() -> Comparison:
    """The realistic comparison: Hà Nội, Hải Phòng and Bắc Kạn against KL 91."""
    ref = reference()
    plans, hits = [], []
    for p, (issuer, number, name, items) in enumerate(PLAN_SPECS):
        plan = _plan(p, issuer, number, name, [text for text, _ in items])
        plans.append(plan)
        hits.append([(plan.tasks[i].id, kp, sc, rev) for i, (_, found) in enumerate(items) for kp, sc, rev in found])
    near = {key: (plans[key[0]].tasks[i - 1].id, sc) for key, (i, sc) in NEAR_MISSES.items()}
    emphases = (
        Emphasis(
            1,
            "salient_term",
            "trí tuệ nhân tạo",
            "Đào tạo nhân lực … bán dẫn và trí tuệ nhân tạo",
            score=9.1,
            count=4,
            others_count=0,
        ),
        Emphasis(
            1,
            "salient_term",
            "bán dẫn",
            "Thành lập trung tâm đào tạo vi mạch bán dẫn",
            score=7.4,
            count=3,
            others_count=0,
        ),
        Emphasis(1, "local_initiative", plans[1].tasks[6].id, plans[1].tasks[6].text, score=1.0),
        Emphasis(0, "unique_key_point", "KL91-8.1", ref_text(ref, "KL91-8.1"), score=63.0),
        Emphasis(2, "local_initiative", plans[2].tasks[3].id, plans[2].tasks[3].text, score=1.0),
        Emphasis(2, "local_initiative", plans[2].tasks[4].id, plans[2].tasks[4].text, score=1.0),
    )
    similar = (
        SimilarPair(0, plans[0].tasks[0].id, 2, plans[2].tasks[0].id, 78.0),
        SimilarPair(1, plans[1].tasks[2].id, 0, plans[0].tasks[6].id, 76.0),
    )
    return build(ref, plans, hits, near, emphases, similar)


def one_plan() -> Comparison:
    """Only Hà Nội's plan."""
    full = three_plans()
    return replace(
        full,
        plans=full.plans[:1],
        matches=full.matches[:1],
        coverage=full.coverage[:1],
        gaps=tuple(g for g in full.gaps if g.plan == 0),
        overlaps=(),
        similar_pairs=(),
        emphases=tuple(e for e in full.emphases if e.plan == 0),
    )


def nothing_matched() -> Comparison:
    """Two plans, the second of which matches nothing (every task missing)."""
    ref = reference()
    plans = [
        _plan(0, "UBND thành phố Hà Nội", "245/KH-UBND", "ha-noi.txt", ["Quán triệt Kết luận 91."]),
        _plan(1, "UBND tỉnh Cao Bằng", "", "cao-bang-du-thao.txt", ["Tổ chức hội nghị tổng kết năm học."]),
    ]
    hits = [[(plans[0].tasks[0].id, "KL91-1.1", 70.0, False)], []]
    return build(ref, plans, hits, {})


def many_plans(count: int = 30, seed: int = 91, tasks: int = 24, per_point: int = 1) -> Comparison:
    """``count`` synthetic provincial plans with random but reproducible matches.

    Each plan has ``tasks`` tasks; each key point it takes up is matched by 1…``per_point`` tasks.
    """
    rng = random.Random(seed)
    ref = reference()
    kp_ids = [kp.id for t in ref.tasks for kp in t.key_points]
    plans, hits = [], []
    for p in range(count):
        texts = [
            f"Nhiệm vụ {i} của tỉnh số {p + 1}: triển khai {rng.choice(KL91_TASKS)[1].lower()}."
            for i in range(1, tasks + 1)
        ]
        plan = _plan(p, f"UBND tỉnh thứ {p + 1}", f"{100 + p}/KH-UBND", f"tinh-{p + 1:02d}.docx", texts)
        plans.append(plan)
        chosen = rng.sample(kp_ids, rng.randint(0, len(kp_ids)))
        pairs = [(kp, rng.randrange(tasks)) for kp in chosen for _ in range(rng.randint(1, per_point))]
        hits.append([(plan.tasks[i].id, kp, float(rng.randint(45, 95)), rng.random() < 0.1) for kp, i in pairs])
    emphases = tuple(Emphasis(p, "salient_term", "chuyển đổi số", "…", count=3) for p in range(0, count, 5))
    return build(ref, plans, hits, {}, emphases)


# ==== The window tests' comparison ===============================================================
# Cells are given with their status, passages and reason words, so the window tests can name
# exactly what each cell shows; a higher threshold empties the partial cells below it.

# (id, title, key points) — the eight tasks of Kết luận 91-KL/TW, shortened.
WINDOW_KL91_TASKS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("KL91-1", "Nâng cao nhận thức; tăng cường lãnh đạo, chỉ đạo",
     ("Quán triệt Kết luận đến cán bộ, đảng viên", "Đưa chỉ tiêu giáo dục vào nghị quyết cấp ủy")),
    ("KL91-2", "Hoàn thiện thể chế, cơ chế, chính sách phát triển giáo dục",
     ("Rà soát, sửa đổi văn bản quy phạm", "Cơ chế tự chủ của cơ sở giáo dục")),
    ("KL91-3", "Đổi mới chương trình, nội dung, phương pháp giáo dục",
     ("Thực hiện chương trình giáo dục phổ thông 2018", "Giáo dục kỹ năng sống, đạo đức, lối sống")),
    ("KL91-4", "Đội ngũ nhà giáo và cán bộ quản lý giáo dục",
     ("Khắc phục thiếu giáo viên", "Bồi dưỡng, chuẩn hóa trình độ nhà giáo", "Chế độ đãi ngộ nhà giáo")),
    ("KL91-5", "Tăng cường đầu tư, cơ sở vật chất trường lớp",
     ("Kiên cố hóa trường lớp học", "Sắp xếp mạng lưới trường, lớp")),
    ("KL91-6", "Phát triển giáo dục nghề nghiệp và đại học, nhân lực chất lượng cao",
     ("Phân luồng sau trung học cơ sở", "Đào tạo nhân lực chất lượng cao")),
    ("KL91-7", "Đẩy mạnh chuyển đổi số trong giáo dục và đào tạo",
     ("Xây dựng cơ sở dữ liệu ngành giáo dục", "Học liệu số, dạy học trực tuyến")),
    ("KL91-8", "Hội nhập quốc tế; từng bước đưa tiếng Anh thành ngôn ngữ thứ hai",
     ("Tăng cường dạy và học ngoại ngữ", "Hợp tác quốc tế về giáo dục")),
)

# Per plan: (name, number, {ref_id: (status, score, [(task text, section, reason words, key point idx)])})
_WINDOW_PLANS = (
    ("ha-noi.txt", "KH 215/KH-UBND", "UBND thành phố Hà Nội", {
        "KL91-1": ("covered", 86.0, [("Tổ chức quán triệt Kết luận số 91-KL/TW đến toàn thể cán bộ, "
                                      "đảng viên, nhà giáo", ("II. Nhiệm vụ", "1. Công tác tuyên truyền"),
                                      ("quán triệt", "cán bộ", "đảng viên"), (0, 1))]),
        "KL91-3": ("covered", 78.5, [("Thực hiện hiệu quả chương trình giáo dục phổ thông 2018 ở tất cả "
                                      "các cấp học", ("II. Nhiệm vụ", "3. Đổi mới chương trình"),
                                      ("chương trình", "giáo dục phổ thông"), (0, 1))]),
        "KL91-4": ("partial", 64.0, [("Tuyển dụng đủ giáo viên theo định mức, khắc phục tình trạng thiếu "
                                      "giáo viên mầm non", ("II. Nhiệm vụ", "4. Phát triển đội ngũ"),
                                      ("giáo viên", "khắc phục", "thiếu"), (0,))]),
        "KL91-5": ("covered", 81.0, [("Đầu tư kiên cố hóa trường lớp học, xây mới 40 trường học",
                                      ("II. Nhiệm vụ", "5. Cơ sở vật chất"), ("kiên cố hóa", "trường lớp"),
                                      (0, 1))]),
        "KL91-7": ("covered", 90.0, [("Hoàn thiện cơ sở dữ liệu ngành giáo dục, triển khai học bạ số",
                                      ("II. Nhiệm vụ", "7. Chuyển đổi số"), ("cơ sở dữ liệu", "số"),
                                      (0, 1))]),
        "KL91-8": ("partial", 58.0, [("Tăng thời lượng dạy tiếng Anh với giáo viên bản ngữ",
                                      ("II. Nhiệm vụ", "8. Hội nhập quốc tế"), ("tiếng Anh",), (0,))]),
    }),
    ("hai-phong.docx", "KH 88/KH-UBND", "UBND thành phố Hải Phòng", {
        "KL91-1": ("covered", 80.0, [("Các cấp ủy đưa chỉ tiêu phát triển giáo dục vào nghị quyết, "
                                      "chương trình công tác", ("I. Mục đích", "2. Yêu cầu"),
                                      ("chỉ tiêu", "nghị quyết", "cấp ủy"), (0, 1))]),
        "KL91-2": ("partial", 55.0, [("Rà soát các văn bản về học phí, cơ chế tự chủ của trường công lập",
                                      ("II. Nhiệm vụ", "2. Cơ chế chính sách"), ("rà soát", "tự chủ"),
                                      (1,))]),
        "KL91-4": ("covered", 83.0, [("Bồi dưỡng chuẩn hóa trình độ nhà giáo; thực hiện chính sách đãi "
                                      "ngộ giáo viên vùng khó khăn", ("II. Nhiệm vụ", "3. Đội ngũ"),
                                      ("bồi dưỡng", "chuẩn hóa", "nhà giáo", "đãi ngộ"), (1, 2)),
                                     ("Tuyển đủ giáo viên còn thiếu theo biên chế được giao",
                                      ("II. Nhiệm vụ", "3. Đội ngũ"), ("giáo viên", "thiếu"), (0,))]),
        "KL91-6": ("covered", 76.0, [("Phân luồng học sinh sau trung học cơ sở vào giáo dục nghề nghiệp",
                                      ("II. Nhiệm vụ", "5. Giáo dục nghề nghiệp"), ("phân luồng",), (0, 1))]),
        "KL91-7": ("partial", 61.0, [("Phát triển kho học liệu số dùng chung của thành phố",
                                      ("II. Nhiệm vụ", "6. Chuyển đổi số"), ("học liệu số",), (1,))]),
        "KL91-8": ("covered", 79.0, [("Mở rộng hợp tác quốc tế, dạy học ngoại ngữ theo chương trình tiên "
                                      "tiến", ("II. Nhiệm vụ", "7. Hội nhập"),
                                      ("hợp tác quốc tế", "ngoại ngữ"),
                                      (0, 1))]),
    }),
    ("bac-kan.pdf", "", "UBND tỉnh Bắc Kạn", {
        "KL91-1": ("covered", 75.0, [("Quán triệt Kết luận 91 đến chi bộ, cán bộ đảng viên trong ngành",
                                      ("II. Nhiệm vụ", "1. Lãnh đạo, chỉ đạo"), ("quán triệt", "đảng viên"),
                                      (0, 1))]),
        "KL91-3": ("partial", 57.0, [("Tăng cường giáo dục kỹ năng sống, đạo đức cho học sinh dân tộc "
                                      "thiểu số", ("II. Nhiệm vụ", "2. Chất lượng giáo dục"),
                                      ("kỹ năng sống", "đạo đức"), (1,))]),
        "KL91-4": ("covered", 72.0, [("Bố trí đủ giáo viên cho các điểm trường lẻ; chế độ đãi ngộ nhà "
                                      "giáo vùng đặc biệt khó khăn", ("II. Nhiệm vụ", "3. Nhà giáo"),
                                      ("giáo viên", "đãi ngộ", "nhà giáo"), (0, 2))]),
        "KL91-5": ("covered", 88.0, [("Sắp xếp mạng lưới trường lớp, xóa phòng học tạm, kiên cố hóa "
                                      "trường lớp", ("II. Nhiệm vụ", "4. Mạng lưới trường"),
                                      ("sắp xếp", "mạng lưới", "kiên cố hóa"), (0, 1))]),
    }),
)

_WINDOW_LOCAL = {
    0: "Xây dựng trường học hạnh phúc, thân thiện",
    1: "Giáo dục biển đảo trong trường học ven biển",
    2: "Duy trì trường phổ thông dân tộc bán trú",
}


def window_reference() -> Reference:
    """The KL 91 reference as the GUI sees it."""
    tasks = tuple(
        RefTask(
            id=rid,
            title=title,
            text=f"{title}. Nội dung nhiệm vụ theo Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị.",
            key_points=tuple(KeyPoint(id=f"{rid}.{i + 1}", text=kp) for i, kp in enumerate(kps)),
        )
        for rid, title, kps in WINDOW_KL91_TASKS
    )
    return Reference(
        id="kl91",
        name="Kết luận 91-KL/TW",
        tasks=tasks,
        provenance="Tóm lược từ văn bản Kết luận 91-KL/TW (12/8/2024); dùng cho kiểm thử",
        completeness="8/8 nhiệm vụ",
    )


def window_comparison(threshold: float = THRESHOLD) -> Comparison:
    """Three plans against KL 91 with covered, partial and missing cells, gaps, overlaps, emphases.

    A higher ``threshold`` turns partial cells whose score is below it into missing ones, so
    tests can see the matrix change when the slider moves.
    """
    reference = window_reference()
    plans: list[Plan] = []
    all_matches: list[tuple[Match, ...]] = []
    coverage: list[tuple[CoverageCell, ...]] = []
    gaps: list[Gap] = []
    covering: dict[str, list[int]] = {rid: [] for rid, _, _ in WINDOW_KL91_TASKS}
    for p, (name, number, issuer, cells) in enumerate(_WINDOW_PLANS):
        tasks: list[Task] = []
        matches: list[Match] = []
        row: list[CoverageCell] = []
        for ref in reference.tasks:
            entry = cells.get(ref.id)
            if entry is not None and entry[0] == "partial" and entry[1] < threshold:
                entry = None
            evidence: list[Match] = []
            found: set[int] = set()
            if entry is not None:
                status, score, passages = entry
                for text, section, reason, kps in passages:
                    tid = f"t{len(tasks) + 1}"
                    tasks.append(Task(id=tid, text=text, norm=text.lower(), section=section,
                                      location=Location(block=len(tasks), line=10 + 3 * len(tasks))))
                    m = Match(task_id=tid, ref_id=ref.id, score=score, reason=reason,
                              key_points=tuple(ref.key_points[k].id for k in kps))
                    evidence.append(m)
                    matches.append(m)
                    found.update(kps)
                covering[ref.id].append(p)
                cell = CoverageCell(
                    plan=p, ref_id=ref.id, status=Status(status), score=score, evidence=tuple(evidence),
                    key_points_found=tuple(kp.id for i, kp in enumerate(ref.key_points) if i in found),
                    key_points_missing=tuple(kp.id for i, kp in enumerate(ref.key_points) if i not in found),
                    needs_review=abs(score - threshold) < 8.0,
                )
                for i, kp in enumerate(ref.key_points):
                    if i not in found:
                        gaps.append(Gap(plan=p, ref_id=kp.id, level="key_point", text=kp.text))
            else:
                cand = (Candidate(task_id="", text=f"Các nội dung khác liên quan đến {ref.title.lower()}",
                                  score=31.0),)
                cell = CoverageCell(plan=p, ref_id=ref.id, status=Status.MISSING, score=0.0,
                                    key_points_missing=tuple(kp.id for kp in ref.key_points),
                                    candidates=cand)
                gaps.append(Gap(plan=p, ref_id=ref.id, level="task", text=ref.title, candidates=cand))
            row.append(cell)
        local_id = f"t{len(tasks) + 1}"
        tasks.append(Task(id=local_id, text=_WINDOW_LOCAL[p], norm=_WINDOW_LOCAL[p].lower(),
                          section=("III. Nhiệm vụ đặc thù",), location=Location(block=len(tasks))))
        # Tasks' ids must be stable per plan; candidates point at an unmatched task of the plan.
        row = [
            replace(c, candidates=(Candidate(task_id=local_id, text=_WINDOW_LOCAL[p], score=31.0),))
            if c.candidates else c
            for c in row
        ]
        plans.append(Plan(name=name, path=f"/data/{name}", format=name.rsplit(".", 1)[1],
                          sha256=_sha(name), tasks=tuple(tasks), title="Kế hoạch thực hiện Kết luận 91-KL/TW",
                          issuer=issuer, number=number))
        all_matches.append(tuple(matches))
        coverage.append(tuple(row))
    gaps = [
        g if g.level != "task" else Gap(plan=g.plan, ref_id=g.ref_id, level=g.level, text=g.text,
                                       candidates=coverage[g.plan][_task_index(reference, g.ref_id)].candidates)
        for g in gaps
    ]
    overlaps = tuple(
        Overlap(ref_id=rid, level="task", text=title, plans=tuple(covering[rid]))
        for rid, title, _ in WINDOW_KL91_TASKS
        if len(covering[rid]) >= 2
    )
    emphases = tuple(
        Emphasis(plan=p, kind="local_initiative", subject=plans[p].tasks[-1].id, text=_WINDOW_LOCAL[p], score=0.0)
        for p in range(len(plans))
    ) + (Emphasis(plan=0, kind="salient_term", subject="trường học hạnh phúc",
                  text="trường học hạnh phúc", score=4.2, count=5, others_count=0),)
    return Comparison(
        reference=reference, plans=tuple(plans), matches=tuple(all_matches), coverage=tuple(coverage),
        gaps=tuple(gaps), overlaps=overlaps, emphases=emphases, options=Options(threshold=threshold),
    )


def _task_index(reference: Reference, ref_id: str) -> int:
    return [t.id for t in reference.tasks].index(ref_id)
