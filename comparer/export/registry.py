"""The one table of exports: a new export is added here, and the CLI, ``export_all`` and the window offer it.

Each entry names its writer by module and function, imported on first use: openpyxl and
python-docx add ~0.3 s to a start-up that writes nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from comparer.export.labels import ExportLabels
from comparer.models import Comparison


@dataclass(frozen=True)
class Exporter:
    """One export the officer can ask for.

    Attributes:
        kind: the CLI's flag (``--xlsx``) and the key of ``EXPORTERS``.
        suffix: the file name's ending, with the dot.
        label_vi / label_en: what the file is ("Bảng Excel"), for file dialogs.
        action_vi / action_en: the menu entry, ``&`` before its mnemonic ("Xuất bảng &Excel").
        cli_help: the CLI flag's help.
        module / function: the writer, ``function(comparison, path, labels, **options)``.
        shortcut: the window's key for the menu entry.
        note: the writer takes the briefing note's Nghị định 30 fields (issuer, signer, date, …),
            which the window asks for before writing.
    """

    kind: str
    suffix: str
    label_vi: str
    label_en: str
    action_vi: str
    action_en: str
    cli_help: str
    module: str
    function: str
    shortcut: str
    note: bool = False

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_vi

    def action(self, lang: str) -> str:
        """The menu entry in ``lang``, with its ``&`` mnemonic; ``title`` drops it."""
        return self.action_en if lang == "en" else self.action_vi

    def title(self, lang: str) -> str:
        """The save dialog's title in ``lang`` ("Xuất bảng Excel")."""
        return self.action(lang).replace("&", "")

    def file_filter(self, lang: str) -> str:
        """The save dialog's filter ("Bảng Excel (*.xlsx)")."""
        return f"{self.label(lang)} (*{self.suffix})"

    def writer(self) -> Callable[..., None]:
        fn: Callable[..., None] = getattr(importlib.import_module(self.module), self.function)
        return fn

    def write(self, comparison: Comparison, path: str | Path, labels: ExportLabels, **options: Any) -> None:
        """Write ``comparison`` to ``path`` (atomically; ExportError when it cannot be written)."""
        self.writer()(comparison, path, labels, **options)


# In menu order.
EXPORTERS: dict[str, Exporter] = {
    e.kind: e
    for e in (
        Exporter("xlsx", ".xlsx", "Bảng Excel", "Excel workbook", "Xuất bảng &Excel", "Export &Excel workbook",
                 "write the Excel gap table", "comparer.export.export_xlsx", "write_xlsx", "Ctrl+E"),
        Exporter("docx", ".docx", "Văn bản Word", "Word document", "Xuất báo cáo &Word", "Export &Word report",
                 "write the Word briefing note", "comparer.export.export_docx", "write_docx", "Ctrl+Shift+E",
                 note=True),
    )
}
