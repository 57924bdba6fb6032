"""One call for the CLI (and scripts) to write any of the exports (registry.EXPORTERS) in a chosen language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from comparer.export.labels import ExportLabels
from comparer.export.registry import EXPORTERS
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
    outputs: Mapping[str, str | Path | None] | None = None,
    *,
    lang: str = "vi",
    created: datetime | None = None,
    note: NoteFields | None = None,
    **fields: Any,
) -> list[Path]:
    """Write the requested exports, in the order of ``EXPORTERS`` (Excel, then Word).

    Args:
        comparison: the result to export.
        outputs: the file to write for each export kind (``{"xlsx": "a.xlsx"}``); kinds may also
            be given as keywords (``xlsx="a.xlsx"``); a kind with no file is not written.
        lang: ``vi`` (default) or ``en``.
        created: the time stamped on every file (now if None); the note's date unless
            ``note_date`` is given.
        note: the briefing note's Nghị định 30 fields (issuer, number, place, signer, …).
        **fields: the same fields as keywords (``issuer="Sở GD&ĐT Hà Nội"``), for scripts.

    Returns:
        The paths written.

    Raises:
        ExportError: a file cannot be written; files written before it stay in place.
        ValueError: an unknown language code or export kind.
    """
    wanted = dict(outputs or {})
    for kind in EXPORTERS:
        if kind in fields:
            wanted[kind] = fields.pop(kind)
    unknown = sorted(set(wanted) - set(EXPORTERS))
    if unknown:
        raise ValueError(f"unknown export {unknown[0]!r}; expected one of {tuple(EXPORTERS)}")
    labels = labels_for(lang)
    moment = created or datetime.now()
    values = replace(note or NoteFields(), **fields)
    written: list[Path] = []
    for kind, exporter in EXPORTERS.items():
        path = wanted.get(kind)
        if not path:
            continue
        if exporter.note:
            exporter.write(comparison, path, labels, **note_options(values, moment.date()))
        else:
            exporter.write(comparison, path, labels, created=moment)
        written.append(Path(path))
    return written


def note_options(values: NoteFields, today: date) -> dict[str, Any]:
    """The keywords a note-taking writer (``Exporter.note``) takes for ``values``, dated ``today`` if unset."""
    return {
        "issuer": values.issuer, "parent_body": values.parent_body, "place": values.place,
        "signer": values.signer, "signer_title": values.signer_title, "created": values.note_date or today,
        "recipients": values.recipients, "doc_number": values.number,
    }  # fmt: skip


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
