"""Official texts loaded as the reference: KL 91 in the official layout (.docx, .pdf), other layouts, non-task files.

Loading KL 91's official text once gave 71 reference tasks with no key points (title lines,
preamble, every a) item and ";" clause its own task). These tests hold the reading to the
document's structure and the loaded text to the built-in KL 91's matching.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from comparer.analysis import compare
from comparer.cli import main
from comparer.errors import ReferenceLoadError
from comparer.loading import load_plan
from comparer.models import Comparison, Plan, Reference, Status
from comparer.normalize import norm
from comparer.official import read_reference_document, reference_from_document
from comparer.refdoc import NO_TASK_SECTION, NOT_TASK_LIST, split_directives
from comparer.reference import load_reference
from tests.comparer import official_kl91 as kl91
from tests.comparer.intake_corpus import soffice_convert
from tests.comparer.official_kl91 import NEWS
from tests.comparer.paths import SEEDS


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("kl91")
    return {layout: kl91.build(folder / f"KL91-{layout}.docx", layout) for layout in kl91.LAYOUTS}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory, docs: dict[str, Path]) -> dict[str, Path]:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("kl91-pdf")
    return {layout: soffice_convert(path, folder, "pdf") for layout, path in docs.items()}


@pytest.fixture(scope="module")
def seed_plans() -> list[Plan]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 5
    return [load_plan(p) for p in paths]


@pytest.fixture(scope="module")
def builtin_comparison(seed_plans: list[Plan]) -> Comparison:
    return compare(seed_plans, load_reference("kl91"))


def _outside_texts() -> list[str]:
    """Every line of the official layout that is not a task or a key point."""
    lines = [*kl91.TITLE_LEFT, *kl91.TITLE_RIGHT, *kl91.TITLE, kl91.PREAMBLE, kl91.ASSESSMENT_HEAD, kl91.TASKS_INTRO,
             kl91.IMPLEMENTATION_HEAD, *kl91.IMPLEMENTATION, *kl91.SIGNATURE, *kl91.RECIPIENTS]
    for head, paragraphs in kl91.ASSESSMENT:
        lines += [head, *paragraphs]
    return [norm(x) for x in lines if len(norm(x)) > 3]


def _check_structure(path: Path) -> None:
    read = read_reference_document(path)
    assert read.warnings == ()
    assert norm(read.section) == "nhiệm vụ giải pháp"
    assert read.number == "91-KL/TW" and read.title.startswith("Kết luận số 91-KL/TW về tiếp tục thực hiện")
    assert len(read.tasks) == 8
    assert [len(t.key_points) for t in read.tasks] == kl91.key_point_counts()
    for task, (heading, items) in zip(read.tasks, kl91.TASKS, strict=True):
        assert norm(task.heading) == norm(heading)
        assert [norm(k) for k in task.key_points] == [norm(d) for item in items for d in item]


@pytest.mark.parametrize("layout", kl91.LAYOUTS)
def test_official_layout_docx_reads_as_eight_tasks_with_their_key_points(docs: dict[str, Path], layout: str) -> None:
    _check_structure(docs[layout])


@pytest.mark.slow
@pytest.mark.parametrize("layout", kl91.LAYOUTS)
def test_official_layout_pdf_reads_as_eight_tasks_with_their_key_points(pdfs: dict[str, Path], layout: str) -> None:
    _check_structure(pdfs[layout])


@pytest.mark.parametrize("layout", kl91.LAYOUTS)
def test_title_block_assessment_and_implementation_never_become_tasks(docs: dict[str, Path], layout: str) -> None:
    # Read on its own (no built-in to be a version of): the old reading made 71 tasks of this file.
    ref = reference_from_document(docs[layout], builtins=())
    assert ref.id == "file" and ref.warnings == ()
    assert [t.id for t in ref.tasks] == [f"REF-{n}" for n in range(1, 9)]
    assert [len(t.key_points) for t in ref.tasks] == kl91.key_point_counts()
    assert sum(len(t.key_points) for t in ref.tasks) == 50
    read = {norm(t.title) for t in ref.tasks} | {norm(k.text) for t in ref.tasks for k in t.key_points}
    for line in _outside_texts():
        assert not any(line in text for text in read), line


def _check_version(path: Path) -> Reference:
    builtin = load_reference("kl91")
    ref = load_reference(path)
    assert ref.id == "kl91" and not ref.builtin and ref.path == str(path)
    assert [t.id for t in ref.tasks] == [t.id for t in builtin.tasks]
    assert [t.key_points for t in ref.tasks] == [t.key_points for t in builtin.tasks]
    assert [t.cues for t in ref.tasks] == [t.cues for t in builtin.tasks]
    assert ref.context_phrases == builtin.context_phrases
    # The official wording is what people see.
    assert [norm(t.title) for t in ref.tasks] == [norm(h) for h, _ in kl91.TASKS]
    assert ref.tasks[0].title != builtin.tasks[0].title
    assert path.name in ref.provenance and "chính thức" in ref.provenance and "50 ý chính" in ref.provenance
    assert path.name in ref.provenance_en
    assert ref.warnings == ()
    return ref


def _check_same_coverage(reference: Reference, plans: list[Plan], builtin: Comparison) -> None:
    official = compare(plans, reference)
    statuses = [[cell.status for cell in row] for row in builtin.coverage]
    # The comparison compares something: the seeds cover some tasks and leave others out.
    assert any(Status.COVERED in row for row in statuses) and any(Status.MISSING in row for row in statuses)
    for row_b, row_o in zip(builtin.coverage, official.coverage, strict=True):
        for cell_b, cell_o in zip(row_b, row_o, strict=True):
            assert (cell_o.ref_id, cell_o.status) == (cell_b.ref_id, cell_b.status)
            if cell_b.status is not Status.MISSING:
                # A missing cell shows its closest passage, measured against the wording on display
                # (the official text's own): only found evidence must score the same.
                assert cell_o.score == cell_b.score
            assert cell_o.key_points_found == cell_b.key_points_found
            assert cell_o.key_points_missing == cell_b.key_points_missing
    assert [g.ref_id for g in official.gaps] == [g.ref_id for g in builtin.gaps]


@pytest.mark.parametrize("layout", kl91.LAYOUTS)
def test_official_docx_is_a_version_of_the_builtin_and_covers_the_seeds_alike(
    docs: dict[str, Path], layout: str, seed_plans: list[Plan], builtin_comparison: Comparison,
) -> None:
    _check_same_coverage(_check_version(docs[layout]), seed_plans, builtin_comparison)


@pytest.mark.slow
def test_official_pdf_is_a_version_of_the_builtin_and_covers_the_seeds_alike(
    pdfs: dict[str, Path], seed_plans: list[Plan], builtin_comparison: Comparison,
) -> None:
    _check_same_coverage(_check_version(pdfs["typed"]), seed_plans, builtin_comparison)


def test_a_text_in_another_order_is_not_taken_for_the_builtin(tmp_path: Path) -> None:
    # Same eight tasks, reversed: mapping them onto KL91-1…8 in order would mislabel every one.
    path = kl91.build(tmp_path / "dao-thu-tu.docx", order=tuple(reversed(range(8))))
    ref = load_reference(path)
    assert ref.id == "file" and len(ref.tasks) == 8
    assert norm(ref.tasks[0].title) == norm(kl91.TASKS[7][0])


def test_nq71_is_never_taken_for_kl91s_official_text(docs: dict[str, Path]) -> None:
    # NQ 71 also has eight tasks: the count alone must not make a version.
    ref = reference_from_document(docs["typed"], builtins=(load_reference("nq71"),))
    assert ref.id == "file"
    both = reference_from_document(docs["typed"], builtins=(load_reference("nq71"), load_reference("kl91")))
    assert both.id == "kl91"


@pytest.mark.parametrize(
    "head",
    ["II. NHIỆM VỤ VÀ GIẢI PHÁP", "B. NHIỆM VỤ TRỌNG TÂM", "III. NHỮNG NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
     "Nhiệm vụ và giải pháp chủ yếu"],
)
def test_tasks_part_is_found_under_its_usual_names(tmp_path: Path, head: str) -> None:
    path = tmp_path / "van-ban.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN TỈNH\n\nKẾ HOẠCH\n\nThực hiện Kết luận số 91-KL/TW của Bộ Chính trị\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Quán triệt đầy đủ nội dung của Kết luận đến cán bộ, đảng viên.\n\n"
        "2. Xác định rõ trách nhiệm của các cơ quan, đơn vị trong tổ chức thực hiện.\n\n"
        f"{head}\n\n"
        "1. Nâng cao chất lượng đội ngũ nhà giáo và cán bộ quản lý giáo dục\n\n"
        "a) Bảo đảm đủ giáo viên theo định mức; bố trí giáo viên cho vùng khó khăn.\n\n"
        "b) Đào tạo, bồi dưỡng chuẩn hóa trình độ đội ngũ nhà giáo.\n\n"
        "2. Tăng cường cơ sở vật chất trường học\n\n"
        "a) Kiên cố hóa trường, lớp học và xóa phòng học tạm.\n\n"
        "TỔ CHỨC THỰC HIỆN\n\n1. Sở Giáo dục và Đào tạo chủ trì theo dõi, đôn đốc thực hiện kế hoạch này.\n\n"
        "2. Các sở, ngành báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15 tháng 12 hằng năm.\n",
        encoding="utf-8",
    )
    read = read_reference_document(path)
    assert read.warnings == () and norm(read.section) in norm(head)
    assert [t.heading for t in read.tasks] == [
        "Nâng cao chất lượng đội ngũ nhà giáo và cán bộ quản lý giáo dục", "Tăng cường cơ sở vật chất trường học"]
    assert [len(t.key_points) for t in read.tasks] == [3, 1]


def test_a_numbered_tasks_part_with_sub_numbered_tasks(tmp_path: Path) -> None:
    # A plan's layout: "2. Nhiệm vụ, giải pháp" with tasks "2.1.", "2.2." and key points "-".
    path = tmp_path / "ke-hoach.txt"
    path.write_text(
        "1. Mục đích, yêu cầu\n\nQuán triệt đầy đủ nội dung Kết luận đến toàn thể cán bộ, giáo viên.\n\n"
        "2. Nhiệm vụ, giải pháp\n\n2.1. Đổi mới công tác quản lý nhà nước về giáo dục\n\n"
        "- Đẩy mạnh phân cấp, phân quyền cho các trường.\n\n- Thực hiện tự chủ gắn với trách nhiệm giải trình.\n\n"
        "2.2. Phát triển đội ngũ nhà giáo đủ về số lượng\n\n- Tuyển dụng đủ giáo viên theo định mức.\n\n"
        "3. Tổ chức thực hiện\n\nCác trường xây dựng kế hoạch và báo cáo kết quả thực hiện về Phòng.\n",
        encoding="utf-8",
    )
    read = read_reference_document(path)
    assert read.warnings == () and read.section == "Nhiệm vụ, giải pháp"
    assert [t.marker for t in read.tasks] == ["2.1.", "2.2."]
    assert [len(t.key_points) for t in read.tasks] == [2, 1]


def test_a_docx_with_another_name_for_its_tasks_part(tmp_path: Path) -> None:
    path = kl91.build(tmp_path / "kl91-nvtt.docx", "auto", tasks_head="NHIỆM VỤ TRỌNG TÂM")
    read = read_reference_document(path)
    assert norm(read.section) == "nhiệm vụ trọng tâm" and len(read.tasks) == 8 and read.key_point_count == 50


def test_numbered_parts_without_a_tasks_part_warn_and_skip_purpose_and_implementation(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.txt"
    path.write_text(
        "KẾ HOẠCH\n\nTriển khai công tác giáo dục năm học 2024 - 2025 trên địa bàn huyện\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Quán triệt đầy đủ các chỉ đạo của cấp trên về nhiệm vụ năm học.\n\n"
        "2. Xác định rõ trách nhiệm của các đơn vị trong tổ chức thực hiện.\n\n"
        "II. NỘI DUNG TRIỂN KHAI\n\n"
        "1. Rà soát, sắp xếp mạng lưới trường, lớp học phù hợp với quy hoạch.\n\n"
        "- Sáp nhập các điểm trường lẻ có quy mô nhỏ.\n\n"
        "2. Bảo đảm đủ giáo viên theo định mức cho các trường mầm non và tiểu học.\n\n"
        "3. Đẩy mạnh chuyển đổi số trong quản lý và dạy học.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Giáo dục và Đào tạo chủ trì, hướng dẫn các trường thực hiện.\n\n"
        "2. Các trường báo cáo kết quả về Phòng trước ngày 30 tháng 5.\n",
        encoding="utf-8",
    )
    ref = load_reference(path)
    assert ref.warnings == (NO_TASK_SECTION,) and ref.id == "file"
    assert [t.title[:20] for t in ref.tasks] == ["Rà soát, sắp xếp mạn", "Bảo đảm đủ giáo viên", "Đẩy mạnh chuyển đổi "]
    assert [len(t.key_points) for t in ref.tasks] == [1, 0, 0]




def test_a_news_text_loads_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tin-tuc.txt"
    path.write_text(NEWS, encoding="utf-8")
    ref = load_reference(path)
    assert ref.warnings == (NOT_TASK_LIST,) and ref.id == "file" and len(ref.tasks) == 3
    assert main(["references", "--reference", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3 tasks, 0 key points" in out and "warning: the document does not look like a list of tasks" in out


def test_a_file_with_no_task_at_all_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tieu-de.txt"
    path.write_text("KẾT LUẬN CỦA BỘ CHÍNH TRỊ\n", encoding="utf-8")
    with pytest.raises(ReferenceLoadError):
        load_reference(path)
    assert main(["references", "--reference", str(path)]) == 3
    assert path.name in capsys.readouterr().err


def test_cli_lists_what_was_read(docs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["references", "--reference", str(docs["typed"])]) == 0
    out = capsys.readouterr().out
    assert out.startswith("kl91: Kết luận số 91-KL/TW ngày 12/8/2024")
    assert "8 tasks, 48 key points" in out and "(8 tasks, 50 key points)" in out
    assert "KL91-8\tChủ động hội nhập" in out and "  - tạo sự đồng thuận, ủng hộ của Nhân dân." in out
    assert "warning" not in out


def test_directives_split_on_semicolons_only_when_each_stands_alone() -> None:
    assert split_directives("Thực hiện giáo dục bắt buộc 9 năm; xây dựng một chương trình thống nhất.") == [
        "Thực hiện giáo dục bắt buộc 9 năm", "xây dựng một chương trình thống nhất."]
    assert split_directives("Phát triển giáo dục mầm non; phổ thông; thường xuyên.") == [
        "Phát triển giáo dục mầm non; phổ thông; thường xuyên."]
    assert split_directives("Một việc cần làm ngay;") == ["Một việc cần làm ngay"]


def test_exports_carry_the_official_wording_even_with_a_long_title(
    tmp_path: Path, docs: dict[str, Path], seed_plans: list[Plan],
) -> None:
    import docx
    import openpyxl

    from comparer.exports import export_all

    # Read on its own, the reference is named by its full title block (over 255 characters,
    # Word's limit for the document title property).
    ref = reference_from_document(docs["typed"], builtins=())
    assert len(ref.name) > 255
    version = load_reference(docs["typed"])
    heading = kl91.TASKS[0][0]
    for n, reference in enumerate((ref, version)):
        xlsx, note = tmp_path / f"bang-{n}.xlsx", tmp_path / f"bao-cao-{n}.docx"
        export_all(compare(seed_plans[:2], reference), xlsx=str(xlsx), docx=str(note), lang="vi")
        cells = [c.value for ws in openpyxl.load_workbook(xlsx) for row in ws.iter_rows() for c in row]
        assert any(isinstance(v, str) and heading in v for v in cells)
        document = docx.Document(str(note))
        texts = [p.text for p in document.paragraphs] + [
            c.text for t in document.tables for r in t.rows for c in r.cells]
        assert any(heading in t for t in texts)


def test_tasks_stated_in_prose_take_each_sentence_and_directive_as_a_key_point(tmp_path: Path) -> None:
    path = tmp_path / "ket-luan.txt"
    path.write_text(
        "KẾT LUẬN\n\nCỦA BỘ CHÍNH TRỊ\n\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "1. Nâng cao chất lượng đội ngũ nhà giáo.\n\n"
        "Bảo đảm đủ giáo viên theo định mức cho các vùng khó khăn. Nâng cao chất lượng đào tạo giáo viên tại "
        "TP. Hồ Chí Minh và các đô thị lớn; thực hiện chế độ đãi ngộ phù hợp với nhà giáo.\n\n"
        "2. Tăng cường cơ sở vật chất trường học.\n\n"
        "Kiên cố hóa trường, lớp học, xóa phòng học tạm trong giai đoạn 2025 - 2030.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\nCác cấp ủy quán triệt và tổ chức thực hiện Kết luận này.\n",
        encoding="utf-8",
    )
    read = read_reference_document(path)
    assert read.warnings == () and len(read.tasks) == 2
    assert read.tasks[0].key_points == (
        "Bảo đảm đủ giáo viên theo định mức cho các vùng khó khăn.",
        "Nâng cao chất lượng đào tạo giáo viên tại TP. Hồ Chí Minh và các đô thị lớn",
        "thực hiện chế độ đãi ngộ phù hợp với nhà giáo.",
    )
    assert read.tasks[1].key_points == ("Kiên cố hóa trường, lớp học, xóa phòng học tạm trong giai đoạn 2025 - 2030.",)


def test_tasks_announced_by_a_lead_in_sentence(tmp_path: Path) -> None:
    # No "NHIỆM VỤ, GIẢI PHÁP" heading: a numbered point announces the tasks, which follow as (1), (2)…
    path = tmp_path / "ket-luan.txt"
    path.write_text(
        "KẾT LUẬN\n\nCỦA BỘ CHÍNH TRỊ\n\nBộ Chính trị kết luận như sau:\n\n"
        "1. Sau 10 năm thực hiện Nghị quyết, giáo dục và đào tạo đã đạt được nhiều kết quả quan trọng.\n\n"
        "2. Để tiếp tục thực hiện Nghị quyết, Bộ Chính trị yêu cầu thực hiện tốt các nhiệm vụ, giải pháp sau:\n\n"
        "(1) Nâng cao nhận thức, tăng cường lãnh đạo, chỉ đạo đổi mới giáo dục.\n\n"
        "- Quán triệt quan điểm giáo dục là quốc sách hàng đầu.\n\n"
        "(2) Hoàn thiện cơ chế, chính sách, pháp luật về giáo dục.\n\n"
        "(3) Chủ động hội nhập và nâng cao hiệu quả hợp tác quốc tế.\n\n"
        "3. Các cấp ủy, tổ chức đảng quán triệt và xây dựng kế hoạch thực hiện Kết luận.\n",
        encoding="utf-8",
    )
    read = read_reference_document(path)
    assert read.warnings == () and read.section.endswith("các nhiệm vụ, giải pháp sau:")
    assert [t.marker for t in read.tasks] == ["(1)", "(2)", "(3)"]
    assert [len(t.key_points) for t in read.tasks] == [1, 0, 0]


def test_a_news_web_page_among_the_seeds_loads_with_a_warning() -> None:
    # Seed 001 is a news report of a seminar (menus, byline, no numbered tasks).
    ref = load_reference(SEEDS / "001_68359d878f41134a.txt")
    assert ref.warnings == (NOT_TASK_LIST,) and ref.tasks
    assert all(len(t.title.split()) >= 8 for t in ref.tasks)
