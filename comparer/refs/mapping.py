"""Topic mapping as data: how other resolutions' topics map onto a reference's tasks (LABELLING §7).

``resources/references/mapping/<reference id>.json`` holds, for a reference:

- ``topics``: groups of cue phrases, each for one task (and a key point where one fits), with
  their weights. They join the reference's own cues; precedence comes from length, as for every
  cue (a longer phrase claims its words first: "ứng dụng trí tuệ nhân tạo" → 5 before
  "trí tuệ nhân tạo" → 4).
- ``synonyms``: abbreviations plans use ("GD&ĐT", "GDNN", "CSVC"), read as their full form
  before cues are matched.
- ``neutral``: compounds and place names that claim their words and count for nothing, so that
  no cue fires inside them ("trường chuyên" inside "trường chuyên biệt").

A reference without a mapping file (one a user loads that is not a version of a built-in one)
is matched with its own cues only.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from comparer.resources import resources_dir
from comparer.text.normalize import match_tokens

MAPPING_DIR = resources_dir() / "references" / "mapping"


@dataclass(frozen=True)
class MappedCue:
    """One cue phrase of the mapping (matching-form text)."""

    text: str
    weight: float
    ref_id: str  # "" for a neutral phrase
    kp_id: str


@functools.lru_cache(maxsize=16)
def load_mapping(reference_id: str, directory: Path = MAPPING_DIR) -> tuple[MappedCue, ...]:
    """The mapping cues of a reference (empty when it has no mapping file or the file is broken)."""
    path = directory / f"{reference_id.lower()}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    out: list[MappedCue] = []
    for topic in data.get("topics", []):
        task = str(topic.get("task", ""))
        kp = str(topic.get("key_point", ""))
        for phrase, weight in dict(topic.get("cues", {})).items():
            text = " ".join(match_tokens(str(phrase)))
            if text and task:
                out.append(MappedCue(text, float(weight), task, kp))
    for phrase in data.get("neutral", []):
        text = " ".join(match_tokens(str(phrase)))
        if text:
            out.append(MappedCue(text, 0.0, "", ""))
    return tuple(out)


_FIRSTS: set[str] = set()  # first words of all abbreviations ("gd" of "gd đt", "gdnn")


@functools.lru_cache(maxsize=16)
def load_synonyms(reference_id: str, directory: Path = MAPPING_DIR) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Abbreviation (matching-form words) → full form, from the mapping file (empty without one)."""
    path = directory / f"{reference_id.lower()}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for short, full in dict(data.get("synonyms", {})).items():
        key = tuple(match_tokens(str(short)))
        value = tuple(match_tokens(str(full)))
        if key and value:
            out[key] = value
            _FIRSTS.add(key[0])
    return out


def expand(tokens: list[str], synonyms: dict[tuple[str, ...], tuple[str, ...]]) -> list[str]:
    """``tokens`` with every abbreviation replaced by its full form (longest abbreviation first)."""
    if not synonyms or _FIRSTS.isdisjoint(tokens):
        return tokens
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        for size in (3, 2, 1):
            key = tuple(tokens[i : i + size])
            if len(key) == size and key in synonyms:
                out.extend(synonyms[key])
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out
