"""Typed errors the engine raises; desktop/ maps their codes to translated messages."""

from __future__ import annotations

from pathlib import Path


class FileError(Exception):
    """A file could not be read or written: which file, a stable code for desktop/, one sentence.

    Attributes:
        path: the file.
        code: a stable machine code (each subclass lists its own).
        detail: one human-readable sentence (English) naming what is wrong.
    """

    def __init__(self, path: str | Path, code: str, detail: str) -> None:
        self.path = Path(path)
        self.code = code
        self.detail = detail
        super().__init__(f"{self.path}: {detail}")

    def __reduce__(self) -> tuple[type[FileError], tuple[Path, str, str]]:
        # Pickled as its three fields (a worker process sends it back to the window).
        return type(self), (self.path, self.code, self.detail)


# Every code a PlanLoadError carries; desktop/ translates each one, tests check no other appears.
LOAD_CODES = frozenset(
    {
        "not_found", "unreadable", "empty", "too_large", "unsupported", "corrupt", "encrypted", "no_text",
        "converter_missing", "convert_failed",
    }
)


class PlanLoadError(FileError):
    """A plan or reference file could not be read.

    Attributes:
        path: the file that failed.
        code: a stable machine code (``not_found``, ``empty``, ``unsupported``,
            ``corrupt``, ``encrypted``, ``too_large``, ``unreadable``, ``no_text``,
            ``converter_missing`` when reading the format needs LibreOffice/antiword,
            ``convert_failed`` when such a converter crashed or timed out).
            docs/INTAKE.md lists what each input leads to.
        detail: one human-readable sentence (English) naming what is wrong.
    """


class ReferenceLoadError(Exception):
    """A reference framework is unknown or malformed."""

    def __init__(self, name: str, detail: str) -> None:
        self.name = name
        self.detail = detail
        super().__init__(f"{name}: {detail}")


class Cancelled(Exception):
    """Long work was cancelled through its cancel token."""
