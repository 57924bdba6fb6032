"""Nothing leaves the machine: converting documents whose links point at a loopback server connects to nothing.

Issue 11: an .odt (or the same file renamed .docx) whose image links to http://host/… made
LibreOffice send OPTIONS and GET to that host. Each case here builds such a file pointing at a
listener on 127.0.0.1 (or ::1) that the test owns, reads it, and asserts the listener saw no
connection. The cases run twice where it matters: as the app reads (profile settings and the
network sandbox) and with the sandbox off, so the profile settings alone are proven too.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from comparer import convert
from comparer.convert import network_sandbox, soffice_to_docx, write_profile
from comparer.errors import PlanLoadError
from comparer.readers import read_document
from comparer.readers.docx import read as read_docx
from tests.hostile.builders import PLAN_TEXT, linked_image, linked_section, odt, png, rtf_include
from tests.hostile.conftest import Listener, needs_soffice

pytestmark = [pytest.mark.slow, needs_soffice]


def _text(path: Path) -> str:
    return "\n".join(block.text for block in read_document(path).blocks)


def _convert_without_sandbox(path: Path) -> str:
    """Convert with LibreOffice using the profile settings alone (no network namespace)."""
    data = soffice_to_docx(path, path.read_bytes(), path.suffix if path.suffix != ".docx" else ".odt", sandbox=False)
    return "\n".join(block.text for block in read_docx(path, data).blocks)


@pytest.mark.parametrize("name", ["ảnh liên kết.odt", "ảnh liên kết.docx"])
@pytest.mark.parametrize("sandbox", [True, False], ids=["as-the-app-reads", "profile-alone"])
def test_remote_image_is_not_fetched(tmp_path: Path, listener: Listener, name: str, sandbox: bool) -> None:
    path = tmp_path / name
    path.write_bytes(odt(linked_image(listener.url("anh.png"))))
    text = _text(path) if sandbox else _convert_without_sandbox(path)
    assert PLAN_TEXT in text  # the document is still read
    assert listener.connections == []


def test_remote_image_on_ipv6_loopback_is_not_fetched(tmp_path: Path, listener6: Listener) -> None:
    path = tmp_path / "ipv6.odt"
    path.write_bytes(odt(linked_image(listener6.url("anh.png"))))
    assert PLAN_TEXT in _convert_without_sandbox(path)
    assert listener6.connections == []


@pytest.mark.parametrize("mode", [0, 1, 2, 3])
def test_remote_section_is_not_fetched_whatever_the_document_asks(tmp_path: Path, listener: Listener,
                                                                  mode: int) -> None:
    """A document may carry its own LinkUpdateMode (0–3); none of them makes LibreOffice fetch."""
    path = tmp_path / f"muc-{mode}.odt"
    path.write_bytes(odt(linked_section(listener.url("muc.txt")), link_update_mode=mode))
    assert PLAN_TEXT in _convert_without_sandbox(path)
    assert listener.connections == []


def test_external_dtd_is_not_fetched(tmp_path: Path, listener: Listener) -> None:
    path = tmp_path / "dtd.odt"
    doctype = f'<!DOCTYPE office:document-content SYSTEM "{listener.url("x.dtd")}">\n'
    path.write_bytes(odt("", doctype=doctype))
    with contextlib.suppress(PlanLoadError):  # refusing the file is fine; fetching the DTD is not
        _convert_without_sandbox(path)
    assert listener.connections == []


def test_rtf_include_fields_are_not_fetched(tmp_path: Path, listener: Listener) -> None:
    path = tmp_path / "truong.rtf"
    path.write_bytes(rtf_include(listener.url("").rstrip("/")))
    _convert_without_sandbox(path)
    assert listener.connections == []


def test_local_files_outside_the_input_are_not_read(tmp_path: Path) -> None:
    """A link to a file beside (or anywhere outside) the input is neither opened nor copied in."""
    outside = tmp_path / "ngoài"
    outside.mkdir()
    secret = outside / "bi-mat.txt"
    secret.write_text("NỘI DUNG MẬT KHÔNG ĐƯỢC ĐỌC", encoding="utf-8")
    picture = outside / "anh.png"
    picture.write_bytes(png())
    for file in (secret, picture):  # atime older than mtime: the next read updates it (relatime)
        os.utime(file, (1_000_000, os.stat(file).st_mtime))
    path = tmp_path / "ke-hoach.odt"
    path.write_bytes(odt(linked_image(picture.as_uri()) + linked_section(secret.as_uri()), link_update_mode=0))
    text = _text(path)
    assert PLAN_TEXT in text
    assert "MẬT" not in text
    assert os.stat(secret).st_atime == 1_000_000
    assert os.stat(picture).st_atime == 1_000_000


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
def test_no_inet_connect_at_all_while_reading(tmp_path: Path, listener: Listener) -> None:
    """Every connect() of the CLI and LibreOffice, traced: none is AF_INET or AF_INET6."""
    path = tmp_path / "ke-hoach.docx"  # an .odt renamed .docx
    path.write_bytes(odt(linked_image(listener.url("anh.png")) + linked_section(listener.url("muc.txt"))))
    trace = tmp_path / "trace.txt"
    done = subprocess.run(
        ["strace", "-f", "-q", "-e", "trace=connect", "-o", str(trace), sys.executable, "-m", "comparer.cli",
         "tasks", str(path)],
        capture_output=True, text=True, timeout=170, check=False,
    )
    if not trace.exists() or "ptrace" in done.stderr.lower():
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr
    calls = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    assert any("exited with" in line for line in calls)  # the trace did follow the processes
    assert [line for line in calls if "AF_INET" in line] == []
    assert listener.connections == []


def test_profile_blocks_links_and_macros(tmp_path: Path) -> None:
    xcu = write_profile(tmp_path / "profile").read_text(encoding="utf-8")
    for name, value in [("BlockUntrustedRefererLinks", "true"), ("DisableMacrosExecution", "true"),
                        ("MacroSecurityLevel", "3")]:
        assert f'<prop oor:name="{name}" oor:op="fuse"><value>{value}</value>' in xcu
    assert "/org.openoffice.Office.Writer/Content/Update" in xcu


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network namespaces are Linux")
def test_sandbox_is_used_where_the_kernel_allows_and_skipped_cleanly_where_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    network_sandbox.cache_clear()
    try:
        prefix = network_sandbox()
        works = subprocess.run(["unshare", "-rn" if os.geteuid() else "-n", "true"], capture_output=True,
                               check=False).returncode == 0 if shutil.which("unshare") else False
        assert bool(prefix) == works
        if prefix:  # inside, there is no network at all
            probe = subprocess.run([*prefix, sys.executable, "-c",
                                    "import socket; s = socket.socket(); s.settimeout(2); s.connect(('127.0.0.1', 9))"],
                                   capture_output=True, text=True, check=False)
            assert probe.returncode != 0 and "Error" in probe.stderr
        network_sandbox.cache_clear()
        monkeypatch.setattr(convert.shutil, "which", lambda name: None)
        assert network_sandbox() == ()
        network_sandbox.cache_clear()
        monkeypatch.setattr(convert.shutil, "which", lambda name: "/bin/false")
        assert network_sandbox() == ()  # unshare refused (a container): no prefix, no failure
    finally:
        network_sandbox.cache_clear()
