"""Builders of hostile files: OpenDocument and RTF with remote and local links, broken project files."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

from comparer.project import FORMAT, VERSION

PLAN_TEXT = "Nâng cao chất lượng giáo dục mầm non và phổ thông trên địa bàn thành phố."
PLAN_LINE = f"1. {PLAN_TEXT}"  # the readers keep "1." apart, as a list marker
_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"'
)


def odt(body: str, *, doctype: str = "", link_update_mode: int | None = None) -> bytes:
    """An .odt whose text is ``PLAN_LINE`` followed by ``body`` (raw ODF XML).

    ``doctype`` goes before the root element (an external DTD); ``link_update_mode`` writes
    the document's own LinkUpdateMode setting (a document may ask for links to be updated).
    """
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}'
        f'<office:document-content {_NS} office:version="1.3"><office:body><office:text>'
        f"<text:p>{PLAN_LINE}</text:p>{body}</office:text></office:body></office:document-content>"
    )
    files = {"content.xml": content}
    if link_update_mode is not None:
        files["settings.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-settings {_NS} office:version="1.3">'
            '<office:settings><config:config-item-set config:name="ooo:configuration-settings">'
            f'<config:config-item config:name="LinkUpdateMode" config:type="short">{link_update_mode}'
            "</config:config-item></config:config-item-set></office:settings></office:document-settings>"
        )
    entries = "".join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="text/xml"/>' for n in files)
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        f"{entries}</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        for name, text in files.items():
            archive.writestr(name, text, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def linked_image(url: str) -> str:
    """ODF for an image that is not embedded but fetched from ``url`` when the document loads."""
    return (
        '<text:p><draw:frame draw:name="anh" svg:width="2cm" svg:height="2cm" text:anchor-type="as-char">'
        f'<draw:image xlink:href="{url}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
        "</draw:frame></text:p>"
    )


def linked_section(url: str) -> str:
    """ODF for a section whose text comes from ``url`` (a link LibreOffice updates on request)."""
    return (
        f'<text:section text:name="muc"><text:section-source xlink:href="{url}" xlink:type="simple" '
        'text:filter-name="Text"/><text:p>chỗ giữ chỗ</text:p></text:section>'
    )


def rtf_include(url: str) -> bytes:
    """An RTF plan with INCLUDEPICTURE and INCLUDETEXT fields pointing at ``url``."""
    return (
        r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}"
        r"\pard 1. N\u226?ng cao ch\u7845?t l\u432?\u7907?ng gi\u225?o d\u7909?c "
        r"tr\u234?n \u273?\u7883?a b\u224?n.\par "
        r"{\field{\*\fldinst INCLUDEPICTURE \\d " + f'"{url}/anh.png"' + r"}{\fldrslt }}\par "
        r"{\field{\*\fldinst INCLUDETEXT " + f'"{url}/muc.txt"' + r"}{\fldrslt cho}}\par }"
    ).encode("ascii")


def png(width: int = 4, height: int = 4) -> bytes:
    """A small grey PNG."""
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def project_text(**fields: object) -> str:
    """A project file's JSON with ``fields`` over a valid minimal project."""
    data: dict[str, object] = {"format": FORMAT, "version": VERSION, "reference": "kl91", "threshold": 50,
                               "plans": [], "decisions": []}
    data.update(fields)
    return json.dumps(data, ensure_ascii=False)


def autosave_text(plans: list[dict[str, object]] | None = None, **meta: object) -> str:
    """An autosave file's JSON; ``meta`` overrides the autosave record (pid, saved_at, host, origin)."""
    record: dict[str, object] = {"pid": 1, "host": "pc", "saved_at": 1_700_000_000.0, "origin": ""}
    record.update(meta)
    return project_text(plans=plans or [], autosave=record)


def nested(depth: int) -> str:
    """JSON nested ``depth`` lists deep."""
    return "[" * depth + "]" * depth


def dead_pid() -> int:
    """The id of a process that has just exited (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def atime(path: Path) -> float:
    return os.stat(path).st_atime
