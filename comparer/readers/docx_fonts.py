"""Which font a Word run is set in, to find runs typed in legacy TCVN3/VNI fonts."""

from __future__ import annotations

from typing import Any

from comparer.readers import legacy
from comparer.readers.docx_numbering import W, child_val

Legacy = tuple[str, bool]  # (encoding, all-caps font)


def _rfonts_name(fonts: Any) -> str | None:
    name = fonts.get(W + "ascii") or fonts.get(W + "hAnsi")
    return str(name) if name else None


def _rfonts(rpr: Any | None) -> str | None:
    """The Latin font an rPr names: w:ascii, else w:hAnsi (Vietnamese letters fall in both)."""
    if rpr is None:
        return None
    fonts = rpr.find(W + "rFonts")
    if fonts is None:
        return None
    return _rfonts_name(fonts)


class RunFonts:
    """Resolves a run's font through run, character style, paragraph style and defaults."""

    def __init__(self, styles_el: Any | None, forced: str | None = None) -> None:
        self._forced = forced  # every run is in this encoding (detected from the text itself)
        self._by_id: dict[str, Any] = {}
        self._default_para: str | None = None
        self._default_font: str | None = None
        self._cache: dict[tuple[str | None, str | None], str | None] = {}
        self.any_legacy = False
        self.seen: set[str] = set()  # legacy encodings met, for the document's warning
        if styles_el is None:
            return
        for st in styles_el.findall(W + "style"):
            sid = str(st.get(W + "styleId"))
            self._by_id[sid] = st
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true", "on"):
                self._default_para = sid
        self._default_font = _rfonts(styles_el.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        self.any_legacy = self._scan_for_legacy(styles_el)

    @staticmethod
    def _scan_for_legacy(root: Any) -> bool:
        return any(legacy.encoding_for_font(_rfonts_name(f)) for f in root.iter(W + "rFonts"))

    def _style_font(self, style_id: str | None) -> str | None:
        seen: set[str] = set()
        while style_id and style_id in self._by_id and style_id not in seen:
            seen.add(style_id)
            st = self._by_id[style_id]
            font = _rfonts(st.find(W + "rPr"))
            if font:
                return font
            style_id = child_val(st, "basedOn")
        return None

    def font(self, run: Any) -> str | None:
        """The font name Word would draw ``run`` (a w:r element) in, theme fonts aside."""
        rpr = run.find(W + "rPr")
        own = _rfonts(rpr)
        if own:
            return own
        para = run.getparent()
        while para is not None and para.tag != W + "p":
            para = para.getparent()
        p_style = child_val(para.find(W + "pPr"), "pStyle") if para is not None else None
        key = (child_val(rpr, "rStyle"), p_style or self._default_para)
        if key not in self._cache:
            self._cache[key] = self._style_font(key[0]) or self._style_font(key[1]) or self._default_font
        return self._cache[key]

    def legacy(self, run: Any) -> Legacy | None:
        """``(encoding, caps)`` when the run is set in a TCVN3 or VNI font, else None."""
        font = self.font(run)
        encoding = legacy.encoding_for_font(font) or self._forced
        if encoding is None:
            return None
        self.seen.add(encoding)
        return encoding, legacy.is_caps_font(font)


def legacy_fonts(document_el: Any, styles_el: Any | None) -> RunFonts | None:
    """A font resolver when the document has legacy text, else None (nothing to convert).

    Legacy fonts named anywhere mean run-by-run conversion. Without them, the text itself may
    still be TCVN3/VNI: a legacy file whose fonts were changed to Times New Roman afterwards
    shows the same garbage, so all runs are converted when the whole text reads as legacy.
    """
    fonts = RunFonts(styles_el)
    if fonts.any_legacy or RunFonts._scan_for_legacy(document_el):
        return fonts
    text = "".join(t.text or "" for t in document_el.iter(W + "t"))
    found = legacy.detect(text)
    return RunFonts(styles_el, forced=found) if found else None
