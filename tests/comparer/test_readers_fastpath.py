"""The text reader's shortcuts (issue 13) read every input exactly as the general code does.

Each shortcut skips work that cannot change the result: a whole-text check instead of a
per-paragraph clean-up, a first-character test before the marker patterns, byte counting
instead of a loop. Here each is compared with the plain way of computing the same thing on
real texts and on generated ones full of the cases the shortcuts skip (odd spaces, private-use
bullets, markers, Markdown, tables, tabs).
"""

from __future__ import annotations

import importlib
import random
import re
import sys
import textwrap

import pytest

from comparer.models import Block
from comparer.readers import txt, wrapped
from comparer.text import markers
from comparer.text.markers import Marker, split_marker
from tests.comparer.paths import SAMPLES, SEEDS

sniff = importlib.import_module("comparer.readers.sniff")  # the package exports a function of that name

_OPENERS = ["1. ", "2) ", "1.2. ", "a) ", "đ) ", "(3) ", "II. ", "IV/ ", "- ", "– ", "• ", "\uf0b7 ", "+ ", "* ",
            "** ", "# ", "## ", "-- ", "|", "\t", "   ", "\u2003", "M. ", "Ví dụ: ", "2025 ", "20% ", ". ", ""]
_WORDS = ("Tăng cường công tác tuyên truyền quán triệt phổ biến giáo dục đào tạo nâng cao chất lượng đội ngũ "
          "nhà giáo cán bộ quản lý; Sở Nội vụ chủ trì phối hợp. UBND các huyện thực hiện **kịp thời**").split()
_ODD = ["\u2003", "\u00a0", "\x1c", "\u2028", "\uf0a7", "\u200b", "\t", "  ", "\\*", "*x*", " -- "]


def _generated(seed: int) -> str:
    rnd = random.Random(seed)
    lines = []
    for _ in range(rnd.randrange(5, 60)):
        if rnd.random() < 0.15:
            lines.append("")
            continue
        words = [rnd.choice(_WORDS) for _ in range(rnd.randrange(1, 30))]
        if rnd.random() < 0.3:
            words.insert(rnd.randrange(len(words) + 1), rnd.choice(_ODD))
        line = rnd.choice(_OPENERS) + " ".join(words) + rnd.choice(["", ".", ";", ":", "  ", " |"])
        if rnd.random() < 0.1:
            line = line.replace(" ", "\t", 2)
        lines.append(line)
    return "\n".join(lines)


def _texts() -> list[str]:
    real = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))]
    assert real
    wrapped_real = ["\n".join("\n".join(textwrap.wrap(p, 72)) for p in t.split("\n")) for t in real]
    # Plain generated texts (no odd character at all) take the shortcuts; the others do not.
    plain = [re.sub("[\u2003\u00a0\x1c\u2028\uf0a7\u200b]", "", _generated(k)) for k in range(60)]
    return real + wrapped_real + plain + [_generated(k) for k in range(60)]


def _blocks(text: str, markdown: bool | None) -> list[Block]:
    return txt.build_blocks(text, markdown=markdown).blocks


@pytest.mark.parametrize("markdown", [None, True, False])
def test_build_blocks_shortcuts_read_as_the_general_path_does(
    markdown: bool | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts()
    fast = [_blocks(t, markdown) for t in texts]
    # Every text "unusual": the paragraph-by-paragraph clean-up runs for each.
    monkeypatch.setattr(txt, "_UNUSUAL", re.compile(""))
    assert any(fast) and [_blocks(t, markdown) for t in texts] == fast


def test_odd_spaces_are_every_space_but_the_plain_one_and_newline() -> None:
    listed = set(re.findall(f"[{txt.ODD_SPACES}]", "".join(map(chr, range(sys.maxunicode + 1)))))
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} - {" ", "\n"}
    assert listed == spaces


def _split_marker_reference(text: str) -> tuple[Marker | None, str]:
    """split_marker without its first-character test: every pattern tried on every line."""
    stripped = text.lstrip()
    for family, pattern in markers._PATTERNS:
        m = pattern.match(stripped)
        if not m or (family == "roman" and not m.group("m").strip(".)/")):
            continue
        rest = stripped[m.end() :].strip()
        if rest:
            return Marker(m.group("m"), family), rest
    return None, stripped


def test_marker_gate_keeps_every_marker_the_patterns_find() -> None:
    lines = [line for k in range(200) for line in _generated(k).split("\n")]
    lines += [chr(c) + " Tăng cường công tác" for c in range(0x20, 0x3000)] + ["  1. Tăng", " \u2003a) b", "v. x"]
    lines += [chr(c) + chr(d) + " x" for c in range(0x20, 0x80) for d in (0x2E, 0x29, 0x2F, 0x20, 0x31)]
    found = 0
    for line in lines:
        expected = _split_marker_reference(line)
        assert split_marker(line) == expected, line
        found += expected[0] is not None
    assert found > 100


def _blank_separated_reference(raw: list[str]) -> bool:
    chunks = lines = 0
    inside = False
    for line in raw:
        if line.strip():
            lines += 1
            chunks += not inside
            inside = True
        else:
            inside = False
    return chunks >= 3 and lines >= chunks * 1.5


def test_blank_separated_counts_chunks_as_a_line_by_line_loop_does() -> None:
    rnd = random.Random(3)
    cases = [[], [""], ["a"], ["a", "b", "", "c", "d", "", "e", "f"], [" ", "\u2003", "x"]]
    cases += [[rnd.choice(["", "  ", "x", "y z", "\t"]) for _ in range(rnd.randrange(30))] for _ in range(500)]
    results = [wrapped.blank_separated(c) for c in cases]
    assert results == [_blank_separated_reference(c) for c in cases]
    assert True in results and False in results


def test_control_characters_counted_on_the_bytes_as_on_the_text() -> None:
    from comparer.readers.decoding import decode

    rnd = random.Random(5)
    pieces = ["Tăng cường ", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\xa0", "\u2003", "\n"]
    datas = [("".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 400)))).encode() for _ in range(300)]
    datas += [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))] + ["a\x80b".encode() * 30_000]
    seen = set()
    for data in datas:
        text, encoding, warnings = decode(data)
        expected = len(txt._CONTROLS.findall(text[:65536]))
        assert txt.control_count(text, data, encoding, warnings) == expected
        seen.add(expected > 0)
    assert seen == {True, False}


def _looks_html_reference(data: bytes, suffix: str) -> bool:
    head_bytes = data[:4096]
    if head_bytes.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head_bytes.decode("utf-16", errors="replace")
    else:
        head = head_bytes.decode("latin-1")
    head = head.lstrip("\ufeff\u00ef\u00bb\u00bf \t\r\n").lower()
    if "<!doctype html" in head or "<html" in head:
        return True
    if not head.startswith("<"):
        return False
    return suffix in (".html", ".htm", ".xhtml") or any(tag in head for tag in sniff._HTML_START)


def test_html_sniffed_on_the_bytes_as_on_latin1_text() -> None:
    rnd = random.Random(9)
    pieces = [b"<", b"<!DOCTYPE HTML>", b"<HtMl", b"<P>", b"<Div", b"\xef\xbb\xbf", b"\xcf", b"\xc0", b" ", b"\t",
              b"\n", b"Ti\xc3\xaau \xc4\x91\xe1\xbb\x81", b"x", b"\xff\xfe", b"<\x00h\x00t\x00m\x00l\x00"]
    datas = [b"".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12))) for _ in range(3000)]
    results = []
    for data in datas:
        for suffix in (".txt", ".html"):
            results.append(sniff._looks_html(data, suffix))
            assert results[-1] == _looks_html_reference(data, suffix), data
    assert True in results and False in results
