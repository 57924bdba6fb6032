"""The one table of plan file formats we read: a new reader is added here and nowhere else.

Sniffing (``sniff.py``) answers with a key of ``FORMATS``; ``read_document`` finds the reader
module and the format's name here; the window's "Thêm kế hoạch" file filter, its drop hint,
the CLI's and the window's "unsupported format" sentence all list the extensions from here.
Imports nothing but the standard library: the window reads it at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    """One plan file format.

    Attributes:
        kind: the key sniffing answers with ("docx", "pdf", …).
        extensions: the names offered in file dialogs and listed in messages; the first is the
            one named when a single extension stands for the format.
        also: further names read without a "misnamed file" warning (never offered).
        name_vi: the format as Vietnamese officers call it.
        name_en: the same in English (the engine's English messages use it).
        module: the reader under ``comparer.readers`` (imported on first use).
        office: read through LibreOffice (converted to .docx first).
        ocr: scans in this format are read by Tesseract OCR.
        binary: files of this format are never plain text, so binary content that fails to
            parse under one of its extensions is a damaged file, not an unknown one.
    """

    kind: str
    extensions: tuple[str, ...]
    name_vi: str
    name_en: str
    module: str
    also: tuple[str, ...] = ()
    office: bool = False
    ocr: bool = False
    binary: bool = False

    def name(self, lang: str) -> str:
        """The format's name in ``lang`` ("vi" or "en")."""
        return self.name_en if lang == "en" else self.name_vi

    def reads_without_warning(self, suffix: str) -> bool:
        """Whether a file named ``…suffix`` (lower case, "" for none) is expected to hold this format."""
        return suffix in self.extensions or suffix in self.also


# In the order users meet them: Word first, then the rest. The order is the order of every list
# shown to people (file filter, messages).
FORMATS: dict[str, Format] = {
    f.kind: f
    for f in (
        Format("docx", (".docx",), "văn bản Word", "Word document", "docx", binary=True),
        Format("doc", (".doc",), "văn bản Word 97-2003", "Word 97-2003 document", "office", also=(".dot",),
               office=True, binary=True),
        Format("odt", (".odt",), "văn bản OpenDocument", "OpenDocument text", "office", also=(".ott",), office=True,
               binary=True),
        # Word's "Save as RTF" under a .doc name is common and harmless.
        Format("rtf", (".rtf",), "văn bản RTF", "RTF document", "office", also=(".doc",), office=True),
        Format("pdf", (".pdf",), "PDF", "PDF", "pdf", ocr=True, binary=True),
        Format("txt", (".txt",), "tệp văn bản", "text file", "txt", also=(".md", ".text", ".csv", ".tsv", "")),
        Format("html", (".html", ".htm"), "trang web", "web page", "html", also=(".xhtml",)),
        Format("mht", (".mht", ".mhtml"), "trang web một tệp", "single-file web page", "mht"),
    )
}


def file_patterns() -> str:
    """The file-dialog patterns of every format: ``"*.docx *.doc … *.mhtml"``."""
    return " ".join(f"*{ext}" for f in FORMATS.values() for ext in f.extensions)


def supported_extensions() -> str:
    """One extension per format, for messages: ``".docx, .doc, .odt, …"``."""
    return ", ".join(f.extensions[0] for f in FORMATS.values())


def offered_extensions() -> frozenset[str]:
    """Every extension a file dialog offers (lower case, with the dot)."""
    return frozenset(ext for f in FORMATS.values() for ext in f.extensions)
