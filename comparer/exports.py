"""One call for the CLI (and scripts) to write the Excel and/or Word export in a chosen language."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from comparer.export_docx import write_docx
from comparer.export_xlsx import write_xlsx
from comparer.labels import ExportLabels
from comparer.models import Comparison

LANGUAGES = ("vi", "en")


def labels_for(lang: str) -> ExportLabels:
    """The export labels for a language code (``vi`` or ``en``).

    Raises:
        ValueError: an unknown language code.
    """
    if lang == "vi":
        return ExportLabels.vietnamese()
    if lang == "en":
        return ExportLabels.english()
    raise ValueError(f"unknown export language {lang!r}; expected one of {LANGUAGES}")


def export_all(
    comparison: Comparison,
    *,
    xlsx: str | Path | None = None,
    docx: str | Path | None = None,
    lang: str = "vi",
    created: datetime | None = None,
    note: NoteFields | None = None,
    **fields: Any,
) -> list[Path]:
    """Write the requested exports.

    Args:
        comparison: the result to export.
        xlsx: the Excel file to write, if any.
        docx: the Word briefing note to write, if any.
        lang: ``vi`` (default) or ``en``.
        created: the time stamped on both files (now if None); the note's date unless
            ``note_date`` is given.
        note: the briefing note's Nghị định 30 fields (issuer, number, place, signer, …).
        **fields: the same fields as keywords (``issuer="Sở GD&ĐT Hà Nội"``), for scripts.

    Returns:
        The paths written, Excel first.

    Raises:
        ExportError: a file cannot be written; files written before it stay in place.
        ValueError: an unknown language code.
    """
    labels = labels_for(lang)
    moment = created or datetime.now()
    values = replace(note or NoteFields(), **fields)
    written: list[Path] = []
    if xlsx:
        write_xlsx(comparison, xlsx, labels, created=moment)
        written.append(Path(xlsx))
    if docx:
        write_docx(
            comparison, docx, labels, issuer=values.issuer, parent_body=values.parent_body, place=values.place,
            signer=values.signer, signer_title=values.signer_title, created=values.note_date or moment.date(),
            recipients=values.recipients, doc_number=values.number,
        )  # fmt: skip
        written.append(Path(docx))
    return written


@dataclass(frozen=True)
class NoteFields:
    """The briefing note's header and signature fields (Nghị định 30/2020); empty means not set."""

    parent_body: str = ""
    issuer: str = ""
    number: str = ""
    place: str = ""
    note_date: date | None = None
    signer_title: str = ""
    signer: str = ""
    recipients: tuple[str, ...] = ()


def parse_day(text: str) -> date:
    """A date typed as officers type it: ``23/11/2026``, ``23-11-2026`` or ISO ``2026-11-23``.

    Raises:
        ValueError: not a date.
    """
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r} (expected dd/mm/yyyy)")
