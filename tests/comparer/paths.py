"""Where the tests find the project's samples and the shared seeds."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"
HANOI_TXT = SAMPLES / "hanoi-kh285.txt"
HAIPHONG_TXT = SAMPLES / "haiphong-kh298.txt"
BACKAN_TXT = SAMPLES / "backan-kl51.txt"
HAIPHONG_DOCX = SAMPLES / "haiphong-kh298.docx"
HAIPHONG_PDF = SAMPLES / "haiphong-kh298.pdf"
HANOI_HTML = SAMPLES / "hanoi-kh285.html"
