"""Reference frameworks: the built-in data files (KL 91, NQ 71) and official texts a user loads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from comparer.errors import PlanLoadError, ReferenceLoadError
from comparer.models import Cue, KeyPoint, Reference, RefTask
from comparer.normalize import match_tokens, norm, one_line
from comparer.resources import references_dir

TIER_WEIGHTS = {"strong": 0.8, "medium": 0.45, "weak": 0.25}
BUILTIN_DIR = references_dir()


def builtin_ids(directory: Path = BUILTIN_DIR) -> list[str]:
    """Ids of the built-in references found in ``directory`` (e.g. ``["kl91", "nq71"]``)."""
    return sorted(p.stem for p in directory.glob("*.json"))


def _cues(raw: Any) -> tuple[Cue, ...]:
    if not raw:
        return ()
    out: list[Cue] = []
    for tier, phrases in raw.items():
        for phrase in phrases:
            # "phrase|0.6" sets a weight between the tiers for a phrase that needs one
            text, _, explicit = phrase.partition("|")
            if norm(text):
                out.append(Cue(" ".join(match_tokens(text)), float(explicit) if explicit else TIER_WEIGHTS[tier]))
    return tuple(out)


def reference_from_dict(data: dict[str, Any], path: str = "", builtin: bool = False) -> Reference:
    """Build a Reference from the JSON structure of ``resources/references/*.json``.

    Raises:
        KeyError, TypeError, ValueError: when a required field is missing or malformed.
    """
    tasks = []
    for t in data["tasks"]:
        kps = tuple(
            KeyPoint(
                id=kp["id"],
                text=kp["text"],
                cues=_cues(kp.get("cues")),
                communicative=bool(kp.get("communicative", False)),
            )
            for kp in t.get("key_points", [])
        )
        tasks.append(
            RefTask(
                id=t["id"],
                title=t["title"],
                text=t.get("text", t["title"]),
                key_points=kps,
                cues=_cues(t.get("cues")),
                attestation=t.get("attestation", ""),
            )
        )
    if not tasks:
        raise ValueError("no tasks")
    return Reference(
        id=data["id"],
        name=data["name"],
        tasks=tuple(tasks),
        short_name=data.get("short_name", ""),
        provenance=data.get("provenance", ""),
        completeness=data.get("completeness", ""),
        provenance_en=data.get("provenance_en", ""),
        completeness_en=data.get("completeness_en", ""),
        sources=tuple(data.get("sources", ())),
        path=path,
        builtin=builtin,
        context_phrases=tuple(norm(p) for p in data.get("context_phrases", ())),
    )


def load_reference(name_or_path: str | Path, directory: Path = BUILTIN_DIR) -> Reference:
    """Load a built-in reference by id ("kl91", "nq71") or an official text from a file.

    A ``.json`` file is read as reference data; any other file (docx, pdf, txt, html) is read
    as a central document (comparer.official): the numbered items of its tasks part become
    reference tasks, their sub-items key points. A text that is a version of a built-in
    reference (the official KL 91) keeps that reference's ids, key points and cues.

    Raises:
        ReferenceLoadError: unknown id or malformed data.
        PlanLoadError: the file could not be read.
    """
    key = str(name_or_path)
    builtin = directory / f"{key.lower()}.json"
    if key.lower() in builtin_ids(directory):
        return _load_json(builtin, builtin=True)
    path = Path(name_or_path)
    if path.suffix.lower() == ".json" and path.is_file():
        return _load_json(path, builtin=False)
    if not path.exists():
        known = ", ".join(builtin_ids(directory))
        raise ReferenceLoadError(key, f"no built-in reference or file by that name (built in: {known})")
    from comparer.official import reference_from_document  # reads documents; imported lazily

    builtins = [_load_json(directory / f"{rid}.json", builtin=True) for rid in builtin_ids(directory)]
    return reference_from_document(path, builtins)


def _load_json(path: Path, builtin: bool) -> Reference:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return reference_from_dict(data, path=str(path), builtin=builtin)
    except OSError as exc:
        raise PlanLoadError(path, "unreadable", f"cannot read the reference file: {exc.strerror}") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise ReferenceLoadError(str(path), f"malformed reference data: {exc!r}") from exc


def describe(reference: Reference) -> str:
    """One paragraph saying what the reference is and where its wording comes from."""
    parts = [reference.name]
    if reference.provenance:
        parts.append(one_line(reference.provenance))
    if reference.completeness:
        parts.append(one_line(reference.completeness))
    return " — ".join(parts)
