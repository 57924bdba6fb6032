"""One call for the CLI (and scripts) to write the Excel and/or Word export in a chosen language."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

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
    issuer: str | None = None,
    place: str | None = None,
    signer: str | None = None,
    created: datetime | None = None,
) -> list[Path]:
    """Write the requested exports; options left as None keep the writers' defaults.

    Args:
        comparison: the result to export.
        xlsx: the Excel file to write, if any.
        docx: the Word briefing note to write, if any.
        lang: ``vi`` (default) or ``en``.
        issuer: the issuing body on the briefing note.
        place: the place on the briefing note's date line.
        signer: the signer's name on the briefing note.
        created: the time stamped on both files (now if None).

    Returns:
        The paths written, Excel first.

    Raises:
        ExportError: a file cannot be written; files written before it stay in place.
        ValueError: an unknown language code.
    """
    labels = labels_for(lang)
    moment = created or datetime.now()
    written: list[Path] = []
    if xlsx:
        write_xlsx(comparison, xlsx, labels, created=moment)
        written.append(Path(xlsx))
    if docx:
        options: dict[str, str] = {}
        if issuer is not None:
            options["issuer"] = issuer
        if place is not None:
            options["place"] = place
        if signer is not None:
            options["signer"] = signer
        write_docx(comparison, docx, labels, created=moment.date(), **options)
        written.append(Path(docx))
    return written
