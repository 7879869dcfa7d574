"""The translation memory: every translation made or imported, reused across documents.

One SQLite file in the user data folder (``DIAGRAM_EDITOR_DATA_DIR`` overrides the folder, for
tests and portable installs). Each finished string is committed at once, so a run that fails
half-way leaves its work here and the next run resumes from it. Lookups try the exact source
text first, then the same text with whitespace normalized.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_VARIABLE = "DIAGRAM_EDITOR_DATA_DIR"
MEMORY_FILE_NAME = "translation-memory.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS memory (
    source_language TEXT NOT NULL,
    target_language TEXT NOT NULL,
    source TEXT NOT NULL,
    normalized TEXT NOT NULL,
    target TEXT NOT NULL,
    origin TEXT NOT NULL,
    provider TEXT,
    updated REAL NOT NULL,
    PRIMARY KEY (source_language, target_language, source)
);
CREATE INDEX IF NOT EXISTS memory_normalized ON memory (source_language, target_language, normalized);
"""


def user_data_dir() -> Path:
    """Where per-user data lives: the override variable, else the platform's usual place."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "Diagram Editor"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Diagram Editor"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "diagram-editor"


def normalized(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Remembered:
    target: str
    origin: str
    provider: str | None


class TranslationMemory:
    """Thread-safe: the service's worker threads write to it as strings finish."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else user_data_dir() / MEMORY_FILE_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        with self._lock, self._connection:
            self._connection.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def lookup(self, source_language: str, target_language: str, source: str) -> Remembered | None:
        with self._lock:
            row = self._connection.execute(
                "SELECT target, origin, provider FROM memory WHERE source_language=? AND target_language=? "
                "AND source=?",
                (source_language, target_language, source),
            ).fetchone()
            if row is None:
                row = self._connection.execute(
                    "SELECT target, origin, provider FROM memory WHERE source_language=? AND target_language=? "
                    "AND normalized=? ORDER BY updated DESC LIMIT 1",
                    (source_language, target_language, normalized(source)),
                ).fetchone()
        return None if row is None else Remembered(row[0], row[1], row[2])

    def remember(
        self, source_language: str, target_language: str, source: str, target: str, *, origin: str, provider: str | None
    ) -> None:
        self.remember_many(source_language, target_language, [(source, target)], origin=origin, provider=provider)

    def remember_many(
        self,
        source_language: str,
        target_language: str,
        pairs: Iterable[tuple[str, str]],
        *,
        origin: str,
        provider: str | None,
    ) -> None:
        now = time.time()
        rows = [
            (source_language, target_language, source, normalized(source), target, origin, provider, now)
            for source, target in pairs
            if source.strip() and target.strip()
        ]
        if not rows:
            return
        with self._lock, self._connection:
            self._connection.executemany("INSERT OR REPLACE INTO memory VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def __len__(self) -> int:
        with self._lock:
            count: int = self._connection.execute("SELECT COUNT(*) FROM memory").fetchone()[0]
        return count
