"""Convert old and foreign office formats (.doc, .odt, .rtf) to .docx with LibreOffice, or .doc to text.

Documents come from outside and LibreOffice follows links inside them (an image at
``http://host/…`` made it connect there, issue 11), so it runs with a profile that blocks
links, macros and link updates, and on Linux with no network at all (``unshare -n``).
docs/SECURITY.md says what is promised and how the tests prove it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from comparer.errors import PlanLoadError
from comparer.progress import CancelToken, check
from comparer.scratch import scratch_dir

__all__ = [
    "DEFAULT_TIMEOUT", "PROFILE_SETTINGS", "find_soffice", "find_tool", "network_sandbox", "run_tool",
    "soffice_to_docx", "soffice_to_docx_many", "doc_to_text",
]

DEFAULT_TIMEOUT = 120.0
# Where the installers put the tools when they are not on PATH (PATH is tried first).
_WINDOWS_DIRS = {
    "soffice": [r"C:\Program Files\LibreOffice\program", r"C:\Program Files (x86)\LibreOffice\program"],
    "tesseract": [r"C:\Program Files\Tesseract-OCR", r"C:\Program Files (x86)\Tesseract-OCR"],
}
_MAC_PATHS = {
    "soffice": ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
    "tesseract": ["/opt/homebrew/bin/tesseract", "/usr/local/bin/tesseract"],
}
# A GUI app on Windows would flash a console window for every converter run.
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)
_POLL = 0.2
# Import filters by input type: without one, LibreOffice opens anything it cannot parse as
# plain text, and a damaged .doc would come back as a page of binary garbage.
_FILTERS = {".doc": "MS Word 97", ".odt": "writer8", ".rtf": "Rich Text Format"}

# The conversion profile's settings (written as the profile's registrymodifications.xcu before
# LibreOffice first starts). Each is (path, property, XML type, value).
PROFILE_SETTINGS: tuple[tuple[str, str, str, str], ...] = (
    # Linked images and other resources: LibreOffice fetches them only from trusted locations,
    # and a converted document has none. This is what stops `<draw:image xlink:href="http://…">`
    # (and file:// or \\host\share links) from being opened; measured with LibreOffice 7.4.
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "boolean", "true"),
    # Newer LibreOffice (7.6+, 24.x): no DDE/OLE link updates or other active content at all.
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableActiveContent", "boolean", "true"),
    # Macros never run: the highest security level, and macro execution switched off.
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "int", "3"),
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "boolean", "true"),
    # Linked sections, OLE links and fields are never updated on load (Writer: 2 = never;
    # Calc counts differently: 1 = never).
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "int", "2"),
    ("/org.openoffice.Office.Calc/Content/Update", "Link", "int", "1"),
    # No Java (nothing we convert needs it), no lock files, no usage data, no update checks.
    ("/org.openoffice.Office.Java/VirtualMachine", "Enable", "boolean", "false"),
    ("/org.openoffice.Office.Common/Misc", "UseLocking", "boolean", "false"),
    ("/org.openoffice.Office.Common/Misc", "CollectUsageInformation", "boolean", "false"),
    (
        "/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments",
        "AutoCheckEnabled",
        "boolean",
        "false",
    ),
)


def find_tool(name: str) -> str | None:
    """The full path of a command-line tool, from PATH or its usual Windows install folder."""
    found = shutil.which(name)
    if found:
        return found
    candidates: list[Path] = []
    if sys.platform == "win32":
        candidates = [Path(folder) / f"{name}.exe" for folder in _WINDOWS_DIRS.get(name, [])]
    elif sys.platform == "darwin":  # apps started from Finder do not get the shell's PATH
        candidates = [Path(p) for p in _MAC_PATHS.get(name, [])]
    return next((str(c) for c in candidates if c.is_file()), None)


def find_soffice() -> str | None:
    """LibreOffice's command (``soffice``; ``libreoffice`` on some Linux packages)."""
    return find_tool("soffice") or find_tool("libreoffice")


def write_profile(profile: Path) -> Path:
    """Create a LibreOffice user installation at ``profile`` holding ``PROFILE_SETTINGS``; returns its xcu."""
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    items = "".join(
        f'<item oor:path="{_xml(path)}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>\n'
        for path, name, _type, value in PROFILE_SETTINGS
    )
    xcu = user / "registrymodifications.xcu"
    xcu.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' + items + "</oor:items>\n",
        encoding="utf-8",
    )
    return xcu


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


@lru_cache(maxsize=1)
def network_sandbox() -> tuple[str, ...]:
    """The command prefix that runs a converter with no network, or () where the OS offers none.

    On Linux ``unshare -n`` gives the process a network namespace of its own with nothing in
    it (not even a working loopback); a non-root user needs ``-r`` (a user namespace) as well.
    Some containers and hardened kernels forbid namespaces: then the prefix is empty and the
    profile settings alone keep LibreOffice from following links. Windows and macOS have no
    unprivileged equivalent.
    """
    if not sys.platform.startswith("linux"):
        return ()
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    prefix = (unshare, "-n") if os.geteuid() == 0 else (unshare, "-rn")
    try:
        probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    return prefix if probe.returncode == 0 else ()


def run_tool(
    args: list[str],
    path: Path,
    *,
    timeout: float,
    cancel: CancelToken | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    sandbox: tuple[str, ...] = (),
) -> bytes:
    """Run a converter, polling the cancel token; return its standard output.

    ``sandbox`` is a command prefix the converter runs under (``network_sandbox()``).

    Raises:
        PlanLoadError: ``convert_failed`` on timeout, a crash or a non-zero exit.
        Cancelled: the token was set; the process is killed first.
    """
    name = Path(args[0]).stem
    full_env = dict(os.environ, **(env or {}))
    if sys.platform.startswith("linux"):
        full_env["LC_ALL"] = "C.UTF-8"  # converters print UTF-8 only under a UTF-8 locale
    try:
        proc = subprocess.Popen(
            [*sandbox, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=full_env,
            creationflags=NO_WINDOW,
            # Its own process group, so that stopping it stops what it started (soffice.bin).
            start_new_session=sys.platform != "win32",
        )
    except OSError as exc:
        raise PlanLoadError(path, "convert_failed", f"{name} could not be started ({exc}).") from exc
    deadline = time.monotonic() + timeout
    with proc:
        try:
            while True:
                try:
                    out, err = proc.communicate(timeout=_POLL)
                    break
                except subprocess.TimeoutExpired:
                    if (cancel is not None and cancel.cancelled) or time.monotonic() > deadline:
                        _kill_tree(proc)
                        proc.communicate()
                        check(cancel)
                        raise PlanLoadError(
                            path, "convert_failed", f"{name} took longer than {timeout:.0f} s and was stopped."
                        ) from None
        except BaseException:
            # Ctrl-C (KeyboardInterrupt) or any other escape: the converter runs in a session of
            # its own, so the terminal's SIGINT never reached it; stop it before Popen's exit
            # waits for it, or the process would hang until the tool finished by itself.
            if proc.poll() is None:
                _kill_tree(proc)
                with contextlib.suppress(Exception):
                    proc.communicate(timeout=5)
            raise
    if proc.returncode != 0:
        message = err.decode("utf-8", errors="replace").strip().splitlines()
        reason = message[-1] if message else f"exit code {proc.returncode}"
        raise PlanLoadError(path, "convert_failed", f"{name} could not convert the file ({reason}).")
    return out


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    """Stop a converter and its children: LibreOffice's launcher runs soffice.bin apart."""
    if sys.platform == "win32":
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False, creationflags=NO_WINDOW
        )
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    proc.kill()


def _soffice_args(soffice: str, folder: Path, suffix: str, outdir: Path, sources: Sequence[Path]) -> list[str]:
    """LibreOffice's command line converting ``sources`` to .docx with the profile in ``folder``."""
    return [
        soffice,
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        f"--infilter={_FILTERS[suffix]}",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(outdir),
        *(str(s) for s in sources),
    ]


def _require_soffice(path: str | Path, suffix: str) -> str:
    """LibreOffice's program, or the error that names the file it was needed for."""
    soffice = find_soffice()
    if soffice is None:
        raise PlanLoadError(
            path,
            "converter_missing",
            f"Reading {suffix} files needs LibreOffice; install it, or save the file as .docx.",
        )
    return soffice


def soffice_to_docx(
    path: Path,
    data: bytes,
    suffix: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: CancelToken | None = None,
    sandbox: bool = True,
) -> bytes:
    """Convert a .doc/.odt/.rtf file's bytes to .docx bytes with LibreOffice headless.

    The input is copied to an ASCII name in a private temporary folder, and LibreOffice runs
    with its own profile there: a user's open LibreOffice window, or another conversion,
    would otherwise take the conversion over or lock the profile. The profile blocks links,
    macros and link updates (``PROFILE_SETTINGS``); a relative link in the document resolves
    inside the scratch folder, never next to the user's file. With ``sandbox`` (the default)
    LibreOffice also runs with no network where the OS allows (``network_sandbox``); tests
    turn it off to prove the profile alone holds.

    Raises:
        PlanLoadError: ``converter_missing`` without LibreOffice, ``convert_failed`` when
            the conversion fails or times out.
    """
    soffice = _require_soffice(path, suffix)
    with scratch_dir("lo") as tmp:
        folder = Path(tmp)
        source = folder / f"input{suffix}"
        source.write_bytes(data)
        outdir = folder / "out"
        write_profile(folder / "profile")
        run_tool(
            _soffice_args(soffice, folder, suffix, outdir, [source]),
            path,
            timeout=timeout,
            cancel=cancel,
            cwd=folder,
            sandbox=network_sandbox() if sandbox else (),
        )
        result = outdir / "input.docx"
        if not result.is_file() or result.stat().st_size == 0:
            # LibreOffice exits 0 when it cannot load a file; only the missing output says so.
            raise PlanLoadError(path, "corrupt", f"LibreOffice could not open the {suffix} file; it may be damaged.")
        return result.read_bytes()


def doc_to_text(
    path: Path,
    data: bytes,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: CancelToken | None = None,
) -> tuple[bytes, str] | None:
    """Extract a .doc's text as UTF-8 with antiword or catdoc, or None when neither is installed.

    Returns:
        ``(utf-8 text, tool name)``.
    """
    for tool, options in (("antiword", ["-m", "UTF-8.txt"]), ("catdoc", ["-d", "utf-8", "-w"])):
        exe = find_tool(tool)
        if exe is None:
            continue
        with scratch_dir("doc") as tmp:
            source = Path(tmp) / "input.doc"
            source.write_bytes(data)
            return run_tool([exe, *options, str(source)], path, timeout=timeout, cancel=cancel), tool
    return None


def soffice_to_docx_many(
    items: Sequence[tuple[Path, bytes]],
    suffix: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: CancelToken | None = None,
    sandbox: bool = True,
) -> list[bytes | PlanLoadError]:
    """Convert several files of one type to .docx in one LibreOffice run.

    LibreOffice takes ≈ 2 s to start (issue 13: each .doc/.rtf paid it anew); one run converts
    a whole folder's worth. It runs exactly as ``soffice_to_docx`` does (the same hardened
    profile, network sandbox and options: ``_soffice_args``), with the inputs under ASCII names
    in one private scratch folder. The time limit grows with the number of files.

    Returns:
        For each item, in order, the .docx bytes, or the PlanLoadError for a file LibreOffice
        could not open (the others are not affected).

    Raises:
        PlanLoadError: ``converter_missing`` without LibreOffice; ``convert_failed`` when the
            run as a whole failed or timed out (callers then convert file by file).
        Cancelled: ``cancel`` was set.
    """
    if not items:
        return []
    first = items[0][0]
    soffice = _require_soffice(first, suffix)
    with scratch_dir("lo") as tmp:
        folder = Path(tmp)
        sources = []
        for k, (_, data) in enumerate(items):
            source = folder / f"input{k}{suffix}"
            source.write_bytes(data)
            sources.append(source)
        outdir = folder / "out"
        write_profile(folder / "profile")
        run_tool(
            _soffice_args(soffice, folder, suffix, outdir, sources),
            first,
            timeout=timeout * (1 + 0.25 * (len(items) - 1)),
            cancel=cancel,
            cwd=folder,
            sandbox=network_sandbox() if sandbox else (),
        )
        results: list[bytes | PlanLoadError] = []
        for (path, _), source in zip(items, sources, strict=True):
            result = outdir / f"{source.stem}.docx"
            if result.is_file() and result.stat().st_size > 0:
                results.append(result.read_bytes())
            else:
                results.append(
                    PlanLoadError(path, "corrupt", f"LibreOffice could not open the {suffix} file; it may be damaged.")
                )
        return results
