"""Never lose work: unsaved documents are copied to a recovery sidecar in the user data folder.

Each window writes ``recovery/<session>.recovery.json`` (the document plus where it came
from and which process wrote it) every ``interval`` seconds and after every ``edits``
edits while there are unsaved changes, and deletes it once the work is saved or
deliberately discarded. A sidecar whose process is gone is what a crash leaves behind;
the next start offers it back.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from editor.model import Document, DocumentError, dumps, loads
from editor.model.atomic_files import write_atomically

DATA_DIR_VARIABLE = "DIAGRAM_EDITOR_DATA_DIR"
SUFFIX = ".recovery.json"


def data_folder() -> Path:
    """The user data folder (``DIAGRAM_EDITOR_DATA_DIR`` overrides it, for tests and portable use)."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".local" / "share" / "diagram-editor")


def recovery_folder() -> Path:
    return data_folder() / "recovery"


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process holds that id: not ours to recover
    return True


@dataclass(frozen=True, slots=True)
class RecoveredWork:
    """A sidecar left by a process that is gone."""

    sidecar: Path
    original_path: str | None
    saved_at: float
    document: Document

    @property
    def display_name(self) -> str:
        return Path(self.original_path).name if self.original_path else "Untitled"

    def discard(self) -> None:
        self.sidecar.unlink(missing_ok=True)


def orphaned_work(folder: Path | None = None) -> list[RecoveredWork]:
    """Sidecars whose writer is no longer running, newest first; unreadable ones are skipped."""
    folder = folder or recovery_folder()
    if not folder.is_dir():
        return []
    found: list[RecoveredWork] = []
    for sidecar in folder.glob(f"*{SUFFIX}"):
        try:
            envelope = json.loads(sidecar.read_text(encoding="utf-8"))
            pid = int(envelope["pid"])
            if pid == os.getpid() or _process_alive(pid):
                continue
            document = loads(json.dumps(envelope["document"]), source=str(sidecar))
        except (OSError, ValueError, KeyError, TypeError, DocumentError):
            continue
        original = envelope.get("path")
        found.append(
            RecoveredWork(
                sidecar=sidecar,
                original_path=str(original) if original else None,
                saved_at=float(envelope.get("saved_at", sidecar.stat().st_mtime)),
                document=document,
            )
        )
    return sorted(found, key=lambda work: work.saved_at, reverse=True)


class RecoverySidecar:
    """The sidecar of one open document; writing is atomic, so a crash mid-write loses nothing."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_folder()
        self.path = self.folder / f"{int(time.time())}-{os.getpid()}-{uuid.uuid4().hex[:8]}{SUFFIX}"

    def write(self, document: Document, original_path: str | None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        envelope = {
            "pid": os.getpid(),
            "path": original_path,
            "saved_at": time.time(),
            "document": json.loads(dumps(document)),
        }
        payload = json.dumps(envelope, ensure_ascii=False).encode("utf-8")
        write_atomically(self.path, payload, keep_backup=False, private=True)  # unsaved work is nobody else's

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)

    @property
    def exists(self) -> bool:
        return self.path.is_file()


class Autosaver(QObject):
    """Writes the sidecar on a timer and after every N edits, but only while work is unsaved.

    The window tells it about edits (``note_edit``) and saves (``mark_saved``); ``snapshot``
    returns the document and its path, or None when there is nothing unsaved to protect.
    """

    def __init__(self, sidecar: RecoverySidecar, interval_seconds: int, every_edits: int, parent: QObject) -> None:
        super().__init__(parent)
        self.sidecar = sidecar
        self.every_edits = max(1, every_edits)
        self.edits_since_write = 0
        self.dirty = False
        self.writes = 0
        self.last_error: str | None = None
        self.source: tuple[Document, str | None] | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write_if_needed)
        self.set_interval(interval_seconds)

    def set_interval(self, seconds: int) -> None:
        self.timer.start(max(1, seconds) * 1000)

    def set_every_edits(self, edits: int) -> None:
        self.every_edits = max(1, edits)

    def track(self, document: Document, path: str | None) -> None:
        """Follow another document (after new/open); the previous sidecar goes."""
        self.source = (document, path)
        self.mark_saved()

    def note_edit(self, unsaved: bool) -> None:
        self.dirty = unsaved
        if not unsaved:
            self.mark_saved()
            return
        self.edits_since_write += 1
        if self.edits_since_write >= self.every_edits:
            self.write_if_needed()

    def protect_now(self) -> None:
        """Unsaved work that has no edit history yet (restored, or read from a PNG): write at once."""
        self.dirty = True
        self.write_if_needed()

    def mark_saved(self) -> None:
        self.dirty = False
        self.edits_since_write = 0
        self.sidecar.remove()

    def write_if_needed(self) -> None:
        if not self.dirty or self.source is None:
            return
        document, path = self.source
        try:
            self.sidecar.write(document, path)
        except OSError as error:  # a full disk must not interrupt editing; the window shows it
            self.last_error = error.strerror or str(error)
            return
        self.last_error = None
        self.writes += 1
        self.edits_since_write = 0
