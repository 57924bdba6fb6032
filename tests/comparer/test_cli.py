"""The plancompare command: its JSON contract, classify's line protocol and its exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from comparer.cli import main
from tests.comparer.paths import BACKAN_TXT, HAIPHONG_DOCX, HANOI_TXT, ROOT


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "comparer.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )


def test_compare_json_contract() -> None:
    done = run("compare", str(HANOI_TXT), str(BACKAN_TXT), "--json", "-")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["reference"]["id"] == "kl91"
    assert [t["id"] for t in data["reference"]["tasks"]] == [f"KL91-{i}" for i in range(1, 9)]
    assert all(t["title"] for t in data["reference"]["tasks"])
    assert [Path(p["path"]).name for p in data["plans"]] == ["hanoi-kh285.txt", "backan-kl51.txt"]
    for plan in data["plans"]:
        assert plan["name"] and plan["tasks"]
        assert set(plan["coverage"]) == {f"KL91-{i}" for i in range(1, 9)}
        assert set(plan["coverage"].values()) <= {"covered", "partial", "missing"}
        for task in plan["tasks"]:
            assert {"id", "text", "matches"} <= set(task)
            for m in task["matches"]:
                assert m["ref"].startswith("KL91-") and 0 <= m["score"] <= 100
    assert isinstance(data["overlaps"], list) and data["overlaps"]
    assert isinstance(data["emphases"], list)
    assert data["plans"][1]["coverage"]["KL91-8"] == "missing"


def test_compare_prints_a_readable_summary_and_writes_json_file(tmp_path: Path) -> None:
    out = tmp_path / "kết quả.json"
    done = run("compare", str(HANOI_TXT), str(HAIPHONG_DOCX), "--json", str(out))
    assert done.returncode == 0, done.stderr
    assert "KL91-1" in done.stdout and "Nâng cao nhận thức" in done.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["plans"][1]["number"] == "298/KH-UBND"


def test_classify_answers_one_json_line_per_input_line_in_order() -> None:
    lines = [
        "Tiếp tục quán triệt quan điểm coi giáo dục và đào tạo là “quốc sách hàng đầu”",
        "",
        "Lượt truy cập: 2987273",
        "Chủ động hội nhập và nâng cao hiệu quả hợp tác quốc tế trong giáo dục và đào tạo.",
    ]
    done = run("classify", stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["text"] for a in answers] == lines
    assert [[m["ref"] for m in a["matches"]] for a in answers] == [["KL91-1"], [], [], ["KL91-8"]]
    assert all(isinstance(m["score"], float) for a in answers for m in a["matches"])


def test_classify_accepts_windows_line_endings() -> None:
    done = run("classify", stdin="Đẩy mạnh chuyển đổi số trong giáo dục\r\nLượt truy cập: 12\r\n")
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["text"] for a in answers] == ["Đẩy mạnh chuyển đổi số trong giáo dục", "Lượt truy cập: 12"]
    assert [m["ref"] for m in answers[0]["matches"]] == ["KL91-5"]


def test_tasks_command_shows_sections_and_agencies() -> None:
    done = run("tasks", str(BACKAN_TXT), "--json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert len(data["tasks"]) >= 10 and all(t["section"] for t in data["tasks"])
    text = run("tasks", str(HANOI_TXT))
    assert "T1 [" in text.stdout


BAD_INPUTS = {
    "không-có.txt": (None, "không tìm thấy tệp"),  # Vietnamese by default, as the window says it
    "rỗng.txt": (b"", "tệp rỗng"),
    "hỏng.docx": (b"PK\x03\x04 broken zip", ".docx"),
    "ảnh.pdf": (b"\x89PNG\r\n\x1a\n" + bytes(200), ""),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_unreadable_input_exits_3_with_one_line_naming_the_file(tmp_path: Path, name: str) -> None:
    content, reason = BAD_INPUTS[name]
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    done = run("compare", str(HANOI_TXT), str(bad), "--json", "-")
    assert done.returncode == 3
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and bad.name in lines[0] and "Traceback" not in done.stderr
    assert reason in lines[0].lower()


def test_english_errors_on_request(tmp_path: Path) -> None:
    done = run("compare", str(HANOI_TXT), str(tmp_path / "không-có.txt"), "--lang", "en")
    assert done.returncode == 3 and "does not exist" in done.stderr


def test_text_output_vietnamese_by_default_json_the_same_in_both() -> None:
    vi = run("compare", str(HANOI_TXT))
    en = run("compare", str(HANOI_TXT), "--lang", "en")
    assert "Văn bản đối chiếu:" in vi.stdout and "tỷ lệ bao phủ" in vi.stdout and "Reference:" not in vi.stdout
    assert "Reference:" in en.stdout and "coverage" in en.stdout
    assert run("compare", str(HANOI_TXT), "--json", "-").stdout == \
        run("compare", str(HANOI_TXT), "--json", "-", "--lang", "en").stdout


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["compare"])
    assert exc.value.code == 2
    assert main(["compare", str(HANOI_TXT), "--threshold", "150"]) == 2


def test_unknown_reference_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(HANOI_TXT), "--reference", "kl99"]) == 3
    assert "kl99" in capsys.readouterr().err


def test_official_text_as_reference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    official = tmp_path / "KL91-chinh-thuc.txt"
    official.write_text(
        "III. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "1. Nâng cao nhận thức, tăng cường lãnh đạo, chỉ đạo\n\n"
        "Quán triệt quan điểm giáo dục và đào tạo là quốc sách hàng đầu.\n\n"
        "2. Hội nhập và hợp tác quốc tế trong giáo dục\n\n"
        "Thu hút đại học uy tín nước ngoài mở phân hiệu tại Việt Nam.\n",
        encoding="utf-8",
    )
    assert main(["compare", str(HANOI_TXT), "--reference", str(official), "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reference"]["id"] == "file" and len(data["reference"]["tasks"]) >= 2
    assert "covered" in data["plans"][0]["coverage"].values()


def test_references_lists_provenance(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["references", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "kl91" in out and "nq71" in out and "restatements" in out
    assert main(["references"]) == 0  # Vietnamese by default
    out = capsys.readouterr().out
    assert "nhiệm vụ" in out and "ý chính" in out and "nguồn gốc" in out


def test_engine_runs_with_qt_blocked() -> None:
    # The import contracts (lint-imports in make test) check the source; this checks the running
    # engine: with PySide6 unimportable, the CLI still compares.
    code = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
        "from comparer.cli import main\n"
        f"sys.exit(main(['compare', {str(HANOI_TXT)!r}, '--json', '-']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["plans"]


def test_an_export_that_cannot_be_written_exits_4(tmp_path: Path) -> None:
    target = tmp_path / "không-có-thư-mục" / "so-sánh.xlsx"
    done = run("compare", str(HANOI_TXT), "--xlsx", str(target))
    assert done.returncode == 4, done.stderr
    assert "Traceback" not in done.stderr and "so-sánh.xlsx" in done.stderr
    (tmp_path / "a-folder.json").mkdir()
    done = run("compare", str(HANOI_TXT), "--json", str(tmp_path / "a-folder.json"))
    assert done.returncode == 4
    assert (tmp_path / "a-folder.json").is_dir()


def test_a_failed_export_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The old file is the export's own target: the write fails at the last step (the disk fills
    # or the file is locked when it is swapped in), and what was there before must survive whole.
    existing = tmp_path / "kết quả.json"
    existing.write_text("old", encoding="utf-8")

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("comparer.atomic.os.replace", refuse)
    assert main(["compare", str(HANOI_TXT), "--json", str(existing)]) == 4
    assert existing.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == [existing.name]  # no temp file left beside it
    assert "kết quả.json" in capsys.readouterr().err


def test_a_plan_given_twice_is_named_on_stderr() -> None:
    docx, pdf = HANOI_TXT.parent / "haiphong-kh298.docx", HANOI_TXT.parent / "haiphong-kh298.pdf"
    done = run("compare", str(docx), str(pdf), "--json", "-")
    assert done.returncode == 0 and json.loads(done.stdout)  # the JSON stays clean
    assert "haiphong-kh298.pdf có cùng số ký hiệu với haiphong-kh298.docx" in done.stderr
