"""Several old office files converted in one LibreOffice run (issue 13), each read as alone."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from comparer.errors import PlanLoadError
from comparer.models import Document, Plan
from comparer.pipeline import load_plans as pipeline_load_plans
from comparer.plans.extract import extract_tasks
from comparer.plans.loading import load_plan, load_plans
from comparer.readers import convert, read_document, read_documents
from tests.comparer.intake_corpus import soffice_convert
from tests.comparer.paths import HAIPHONG_DOCX, HAIPHONG_TXT

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


def _tasks(doc: Document | PlanLoadError) -> list[str]:
    assert isinstance(doc, Document), doc
    return [t.text for t in extract_tasks(doc)]



@pytest.fixture
def converter_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The command line of every converter run (LibreOffice, antiword), which still runs."""
    runs: list[list[str]] = []
    real = convert.run_tool

    def counting(args: list[str], *rest: Any, **kwargs: Any) -> bytes:
        runs.append(args)
        return real(args, *rest, **kwargs)

    monkeypatch.setattr(convert, "run_tool", counting)
    return runs

@pytest.fixture(scope="module")
def office_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("batch")
    source = folder / "ke-hoach.docx"
    source.write_bytes(HAIPHONG_DOCX.read_bytes())
    rtf = soffice_convert(source, folder, "rtf")
    odt = soffice_convert(source, folder, "odt")
    copies = {"a.rtf": rtf, "b.rtf": rtf, "c.odt": odt, "d.odt": odt}
    out = {}
    for name, made in copies.items():
        target = folder / "in" / name
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(made.read_bytes())
        out[name] = target
    return out


@needs_soffice
def test_batch_reads_each_file_as_alone_in_one_run_per_type(
    office_files: dict[str, Path], tmp_path: Path, converter_runs: list[list[str]]
) -> None:
    damaged = tmp_path / "damaged.rtf"
    damaged.write_bytes(b"{\\rtf1\\ansi " + bytes(range(128, 256)) * 50)
    paths = [
        office_files["a.rtf"],
        HAIPHONG_TXT,
        office_files["c.odt"],
        damaged,
        office_files["b.rtf"],
        office_files["d.odt"],
        tmp_path / "missing.doc",
    ]
    alone = {p: _tasks(read_document(p)) for p in (office_files["a.rtf"], office_files["c.odt"], HAIPHONG_TXT)}
    runs = converter_runs
    runs.clear()  # count only the runs below, not the one-by-one reads above
    docs = read_documents(paths)
    assert len(runs) == 2  # one LibreOffice run for the .rtf files, one for the .odt files
    assert _tasks(docs[0]) == _tasks(docs[4]) == alone[office_files["a.rtf"]]
    assert _tasks(docs[2]) == _tasks(docs[5]) == alone[office_files["c.odt"]]
    assert _tasks(docs[1]) == alone[HAIPHONG_TXT]
    assert isinstance(docs[3], PlanLoadError) and docs[3].path == damaged
    assert isinstance(docs[6], PlanLoadError) and docs[6].code == "not_found"
    assert docs[0].format == "rtf" and docs[2].format == "odt"  # type: ignore[union-attr]


@needs_soffice
def test_load_plans_gives_plans_and_errors_in_order(office_files: dict[str, Path], tmp_path: Path) -> None:
    plans = load_plans([office_files["a.rtf"], tmp_path / "nothing.txt", office_files["b.rtf"]])
    assert [type(p).__name__ for p in plans] == ["Plan", "PlanLoadError", "Plan"]
    assert plans[0].tasks == plans[2].tasks  # type: ignore[union-attr]


def test_batch_runs_libreoffice_exactly_as_a_single_conversion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The batch must never be a way around what a single conversion is protected by (profile
    # settings, network sandbox, options): same command apart from the inputs, same run options,
    # same files in the private folder.
    seen: list[tuple[list[str], dict[str, Any], list[str]]] = []

    class Stop(Exception):
        pass

    def capture(args: list[str], path: Path, **kwargs: Any) -> bytes:
        folder = Path(kwargs["cwd"])
        files = sorted(str(f.relative_to(folder)) for f in folder.rglob("*") if "input" not in f.name)
        args = [a.replace(str(folder), "<folder>").replace(folder.as_uri(), "<folder-uri>") for a in args]
        args = [a for a in args if not a.endswith(".doc")]
        options = {k: v for k, v in kwargs.items() if k not in ("cwd", "timeout", "cancel")}
        seen.append((args, options, files))
        raise Stop

    monkeypatch.setattr(convert, "run_tool", capture)
    monkeypatch.setattr(convert, "find_soffice", lambda: "/opt/soffice")
    with pytest.raises(Stop):
        convert.soffice_to_docx(tmp_path / "a.doc", b"x", ".doc")
    with pytest.raises(Stop):
        convert.soffice_to_docx_many([(tmp_path / "a.doc", b"x"), (tmp_path / "b.doc", b"y")], ".doc")
    assert seen[0] == seen[1]


@needs_soffice
def test_the_pipeline_converts_office_files_together_as_the_window_and_cli_read_them(
    office_files: dict[str, Path], tmp_path: Path, converter_runs: list[list[str]]
) -> None:
    damaged = tmp_path / "damaged.rtf"
    damaged.write_bytes(b"{\\rtf1\\ansi " + bytes(range(128, 256)) * 50)
    paths = [str(p) for p in (HAIPHONG_TXT, office_files["a.rtf"], office_files["c.odt"], damaged,
                              office_files["b.rtf"], tmp_path / "missing.odt", office_files["d.odt"])]
    alone = {path: one_plan(path) for path in paths}
    runs = converter_runs
    runs.clear()  # count only the runs below, not the one-by-one reads above
    fractions: list[float] = []
    together = pipeline_load_plans(load_plan, paths, progress=fractions.append)
    assert len(runs) == 2  # one LibreOffice run for the .rtf files, one for the .odt files
    assert list(together) == paths
    for path in paths:  # each plan as read alone: same tasks, issuer, number, warnings
        got, want = together[path], alone[path]
        if isinstance(want, PlanLoadError):
            assert isinstance(got, PlanLoadError) and (got.path, got.code) == (want.path, want.code)
        else:
            assert got == want
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    # A stand-in reader (tests, other front ends) is called file by file, as before.
    called: list[str] = []

    def stand_in(path: str, **_: Any) -> Plan:
        called.append(path)
        return load_plan(path)

    runs.clear()
    pipeline_load_plans(stand_in, [paths[1], paths[4]])
    assert called == [paths[1], paths[4]] and len(runs) == 2


def one_plan(path: str) -> Plan | PlanLoadError:
    try:
        return load_plan(path)
    except PlanLoadError as err:
        return err


def test_read_plans_sends_most_files_to_the_workers_and_converts_office_files_together(
    office_files: dict[str, Path], converter_runs: list[list[str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from comparer import workers
    from comparer.pipeline import Pipeline
    from comparer.refs.reference import load_reference
    from tests.comparer.paths import BACKAN_TXT, HANOI_HTML, HANOI_TXT

    monkeypatch.setenv(workers.ENV_WORKERS, "2")
    pooled: list[list[str]] = []
    real = workers.read_and_score

    def spy(paths: list[str], *args: Any, **kwargs: Any) -> Any:
        pooled.append(list(paths))
        return real(paths, *args, **kwargs)

    monkeypatch.setattr(workers, "read_and_score", spy)
    plain = [str(p) for p in (HANOI_TXT, HAIPHONG_TXT, BACKAN_TXT, HANOI_HTML)]
    office = [str(office_files["a.rtf"]), str(office_files["c.odt"])]
    paths = [plain[0], office[0], plain[1], plain[2], office[1], plain[3]]
    pipeline = Pipeline()
    loaded = pipeline.read_plans(paths, load_reference("kl91"))
    assert pooled == [plain]  # the office files are not sent to the workers
    assert len(converter_runs) == 2  # one LibreOffice run per type, in this process
    assert list(loaded) == paths  # in the order given
    for path in paths:
        assert loaded[path] == load_plan(path)
