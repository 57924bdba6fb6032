"""Hand-made, realistic Comparison objects (KL 91 × Hà Nội / Hải Phòng / Bắc Kạn) for GUI tests."""

from __future__ import annotations

import hashlib
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
    Status,
    Task,
)

# (id, title, key points) — the eight tasks of Kết luận 91-KL/TW, shortened.
KL91_TASKS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
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
_PLANS = (
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

_LOCAL = {
    0: "Xây dựng trường học hạnh phúc, thân thiện",
    1: "Giáo dục biển đảo trong trường học ven biển",
    2: "Duy trì trường phổ thông dân tộc bán trú",
}


def build_reference() -> Reference:
    """The KL 91 reference as the GUI sees it."""
    tasks = tuple(
        RefTask(
            id=rid,
            title=title,
            text=f"{title}. Nội dung nhiệm vụ theo Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị.",
            key_points=tuple(KeyPoint(id=f"{rid}.{i + 1}", text=kp) for i, kp in enumerate(kps)),
        )
        for rid, title, kps in KL91_TASKS
    )
    return Reference(
        id="kl91",
        name="Kết luận 91-KL/TW",
        tasks=tasks,
        provenance="Tóm lược từ văn bản Kết luận 91-KL/TW (12/8/2024); dùng cho kiểm thử",
        completeness="8/8 nhiệm vụ",
    )


def _sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def build_comparison(threshold: float = 50.0) -> Comparison:
    """Three plans against KL 91 with covered, partial and missing cells, gaps, overlaps, emphases.

    A higher ``threshold`` turns partial cells whose score is below it into missing ones, so
    tests can see the matrix change when the slider moves.
    """
    reference = build_reference()
    plans: list[Plan] = []
    all_matches: list[tuple[Match, ...]] = []
    coverage: list[tuple[CoverageCell, ...]] = []
    gaps: list[Gap] = []
    covering: dict[str, list[int]] = {rid: [] for rid, _, _ in KL91_TASKS}
    for p, (name, number, issuer, cells) in enumerate(_PLANS):
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
        tasks.append(Task(id=local_id, text=_LOCAL[p], norm=_LOCAL[p].lower(),
                          section=("III. Nhiệm vụ đặc thù",), location=Location(block=len(tasks))))
        # Tasks' ids must be stable per plan; candidates point at an unmatched task of the plan.
        row = [
            replace(c, candidates=(Candidate(task_id=local_id, text=_LOCAL[p], score=31.0),))
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
                                       candidates=coverage[g.plan][_index(reference, g.ref_id)].candidates)
        for g in gaps
    ]
    overlaps = tuple(
        Overlap(ref_id=rid, level="task", text=title, plans=tuple(covering[rid]))
        for rid, title, _ in KL91_TASKS
        if len(covering[rid]) >= 2
    )
    emphases = tuple(
        Emphasis(plan=p, kind="local_initiative", subject=plans[p].tasks[-1].id, text=_LOCAL[p], score=0.0)
        for p in range(len(plans))
    ) + (Emphasis(plan=0, kind="salient_term", subject="trường học hạnh phúc",
                  text="trường học hạnh phúc", score=4.2, count=5, others_count=0),)
    return Comparison(
        reference=reference, plans=tuple(plans), matches=tuple(all_matches), coverage=tuple(coverage),
        gaps=tuple(gaps), overlaps=overlaps, emphases=emphases, options=Options(threshold=threshold),
    )


def _index(reference: Reference, ref_id: str) -> int:
    return [t.id for t in reference.tasks].index(ref_id)
