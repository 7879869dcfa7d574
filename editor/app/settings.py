"""The user's preferences, kept in QSettings (never in documents).

Organization "DiagramEditor", application "Diagram Editor". Tests point QSettings at a
temporary folder with ``QSettings.setPath`` and the INI format, so nothing here knows
about tests. API keys for translation providers live here too, and only here: a document
never carries one.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

from editor.model import THEMES
from editor.resources import resource_roots

ORGANIZATION = "DiagramEditor"
APPLICATION = "Diagram Editor"
MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 30
DEFAULT_AUTOSAVE_EDITS = 20
#: The provider a first run offers: deep-translator's default, never the testing-only pseudo-locale.
DEFAULT_PROVIDER = "google"
TRANSLATION_PROVIDERS = ("pseudo", "memory", "libre", "google", "deepl", "microsoft", "mymemory")


def identify_application() -> None:
    """Names the app for QSettings and QStandardPaths; call before either is used."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def _as_bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(value, int):
        return bool(value)
    return default


def _as_int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


class AppSettings:
    """Typed access to the preferences, with defaults and clamping for hand-edited files."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    # --- recent files -------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [str(path) for path in value if str(path)][:MAX_RECENT]

    def add_recent_file(self, path: str | Path) -> list[str]:
        absolute = str(Path(path).resolve())
        files = [absolute, *(item for item in self.recent_files() if item != absolute)][:MAX_RECENT]
        self.store.setValue("files/recent", files)
        return files

    def remove_recent_file(self, path: str) -> list[str]:
        files = [item for item in self.recent_files() if item != path]
        self.store.setValue("files/recent", files)
        return files

    def clear_recent_files(self) -> None:
        self.store.setValue("files/recent", [])

    # --- window -------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    # --- new documents and the canvas ---------------------------------------------------
    @property
    def default_theme(self) -> str:
        value = str(self.store.value("documents/theme", "whiteboard"))
        return value if value in THEMES else "whiteboard"

    @default_theme.setter
    def default_theme(self, name: str) -> None:
        self.store.setValue("documents/theme", name if name in THEMES else "whiteboard")

    @property
    def grid_visible(self) -> bool:
        return _as_bool(self.store.value("canvas/grid", True), True)

    @grid_visible.setter
    def grid_visible(self, visible: bool) -> None:
        self.store.setValue("canvas/grid", bool(visible))

    @property
    def grid_size(self) -> int:
        return _as_int(self.store.value("canvas/grid_size", 20), 20, 2, 200)

    @grid_size.setter
    def grid_size(self, size: int) -> None:
        self.store.setValue("canvas/grid_size", _as_int(size, 20, 2, 200))

    @property
    def snapping(self) -> bool:
        return _as_bool(self.store.value("canvas/snapping", True), True)

    @snapping.setter
    def snapping(self, enabled: bool) -> None:
        self.store.setValue("canvas/snapping", bool(enabled))

    # --- never lose work ----------------------------------------------------------------
    @property
    def autosave_seconds(self) -> int:
        return _as_int(
            self.store.value("recovery/interval", DEFAULT_AUTOSAVE_SECONDS), DEFAULT_AUTOSAVE_SECONDS, 5, 3600
        )

    @autosave_seconds.setter
    def autosave_seconds(self, seconds: int) -> None:
        self.store.setValue("recovery/interval", _as_int(seconds, DEFAULT_AUTOSAVE_SECONDS, 5, 3600))

    @property
    def autosave_edits(self) -> int:
        return _as_int(self.store.value("recovery/edits", DEFAULT_AUTOSAVE_EDITS), DEFAULT_AUTOSAVE_EDITS, 1, 1000)

    @autosave_edits.setter
    def autosave_edits(self, edits: int) -> None:
        self.store.setValue("recovery/edits", _as_int(edits, DEFAULT_AUTOSAVE_EDITS, 1, 1000))

    # --- content translation ------------------------------------------------------------
    @property
    def translation_provider(self) -> str:
        value = str(self.store.value("translation/provider", DEFAULT_PROVIDER))
        return value if value in TRANSLATION_PROVIDERS else DEFAULT_PROVIDER

    @translation_provider.setter
    def translation_provider(self, name: str) -> None:
        self.store.setValue("translation/provider", name if name in TRANSLATION_PROVIDERS else DEFAULT_PROVIDER)

    @property
    def translation_endpoint(self) -> str:
        return str(self.store.value("translation/endpoint", ""))

    @translation_endpoint.setter
    def translation_endpoint(self, url: str) -> None:
        self.store.setValue("translation/endpoint", url.strip())

    def api_key(self, provider: str) -> str:
        return str(self.store.value(f"translation/keys/{provider}", ""))

    def set_api_key(self, provider: str, key: str) -> None:
        if key.strip():
            self.store.setValue(f"translation/keys/{provider}", key.strip())
        else:
            self.store.remove(f"translation/keys/{provider}")

    # --- export ---------------------------------------------------------------------------
    def export_folder(self, document_path: str | None) -> Path:
        """Where Export proposes to write for this document: the folder of its last export when
        it still exists, else the document's own folder when writable, else Pictures or home."""
        remembered = str(self.store.value(_export_key(document_path), ""))
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        return default_export_folder(document_path)

    def set_export_folder(self, document_path: str | None, folder: str | Path) -> None:
        self.store.setValue(_export_key(document_path), str(Path(folder).resolve()))

    def sync(self) -> None:
        self.store.sync()


def _export_key(document_path: str | None) -> str:
    """One settings key per document (a hash: paths hold characters QSettings keys may not)."""
    name = str(Path(document_path).resolve()) if document_path else "untitled"
    return "export/folders/" + hashlib.sha1(name.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def default_export_folder(document_path: str | None) -> Path:
    """The document's folder if the user may write there and it is not part of the installation
    (the bundled examples), else the Pictures folder, else home."""
    if document_path:
        folder = Path(document_path).resolve().parent
        installed = any(folder.is_relative_to(root.resolve()) for root in resource_roots())
        if not installed and folder.is_dir() and os.access(folder, os.W_OK):
            return folder
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    if pictures and Path(pictures).is_dir():
        return Path(pictures)
    return Path.home()
