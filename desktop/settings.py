"""The one owner of QSettings: typed preferences, recent files and window layout, kept apart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from comparer.models import DEFAULT_REFERENCE, DEFAULT_THRESHOLD

# Keyword arguments of comparer.export_docx.write_docx that the officer fills in.
# The note's date is not among them: offered again next week it would be wrong.
EXPORT_FIELDS = ("issuer", "parent_body", "number", "place", "signer", "signer_title", "recipients")

MAX_RECENT = 8
LANGUAGES = ("vi", "en")


class Settings:
    """Typed access to the app's settings.

    Preferences live under ``prefs/``, recent files under ``recent/``, window layout under
    ``window/`` so that "reset layout" never loses a preference (Picard's ``config.py``).
    Tests pass an .ini path in a temp dir; the app uses the platform's native store.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                 "plancompare", "plancompare")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        """Where the settings are stored."""
        return self._qs.fileName()

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qs.sync()

    # -- preferences ---------------------------------------------------------------------
    def language(self) -> str:
        """UI language, ``vi`` (default) or ``en``."""
        value = str(self._qs.value("prefs/language", "vi"))
        return value if value in LANGUAGES else "vi"

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self._qs.setValue("prefs/language", lang)

    def reference(self) -> str:
        """The reference last chosen: ``kl91``, ``nq71`` or a file path."""
        return str(self._qs.value("prefs/reference", DEFAULT_REFERENCE))

    def set_reference(self, name_or_path: str) -> None:
        self._qs.setValue("prefs/reference", name_or_path)

    def threshold(self) -> float:
        """Matching threshold 0–100 (default: the engine's, so the window and the CLI agree)."""
        default = DEFAULT_THRESHOLD
        try:
            value = float(str(self._qs.value("prefs/threshold", default)))
        except ValueError:
            return default
        return min(100.0, max(0.0, value))

    def set_threshold(self, value: float) -> None:
        self._qs.setValue("prefs/threshold", float(value))

    def last_dir(self) -> str:
        """The folder the last file dialog ended in ("" if none)."""
        return str(self._qs.value("prefs/last_dir", ""))

    def set_last_dir(self, folder: str | Path) -> None:
        self._qs.setValue("prefs/last_dir", str(folder))

    def export_options(self) -> dict[str, str]:
        """The briefing note's header and signature fields as last used (empty where never set)."""
        return {key: str(self._qs.value(f"export/{key}", "") or "") for key in EXPORT_FIELDS}

    def set_export_options(self, values: dict[str, str]) -> None:
        for key in EXPORT_FIELDS:
            self._qs.setValue(f"export/{key}", values.get(key, ""))

    def autosave_dir(self) -> Path:
        """Where unsaved work is autosaved: ``prefs/autosave_dir`` if set, else ``autosave`` beside the settings.

        Beside the settings file keeps it per user (the native store is in the user's profile) and
        keeps a portable or test .ini's autosaves with it.
        """
        value = str(self._qs.value("prefs/autosave_dir", "") or "")
        return Path(value) if value else Path(self.file_name).parent / "autosave"

    def set_autosave_dir(self, folder: str | Path) -> None:
        self._qs.setValue("prefs/autosave_dir", str(folder))

    # -- recent files --------------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        """Recently saved or opened .plancompare files, newest first."""
        value = self._qs.value("recent/projects", [])
        # An .ini stores a one-item list as a plain string.
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value][:MAX_RECENT] if isinstance(value, list) else []

    def add_recent_project(self, path: str | Path) -> None:
        path = str(Path(path))
        items = [p for p in self.recent_projects() if p != path]
        self._qs.setValue("recent/projects", [path, *items][:MAX_RECENT])

    def clear_recent_projects(self) -> None:
        self._qs.remove("recent/projects")

    # -- window layout -------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, data: QByteArray) -> None:
        self._qs.setValue("window/geometry", data)

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, data: QByteArray) -> None:
        self._qs.setValue("window/state", data)

    def splitter_state(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"window/splitter_{name}")
        return value if isinstance(value, QByteArray) else None

    def set_splitter_state(self, name: str, data: QByteArray) -> None:
        self._qs.setValue(f"window/splitter_{name}", data)

    def reset_layout(self) -> None:
        """Forget the window layout, keeping preferences and recent files."""
        self._qs.remove("window")
