"""The translation memory: every translation made or imported, reused across documents.

One SQLite file in the user data folder (``DIAGRAM_EDITOR_DATA_DIR`` overrides the folder, for
tests and portable installs). Each finished string is committed at once, so a run that fails
half-way leaves its work here and the next run resumes from it. Lookups try the exact source
text first, then the same text with whitespace normalized.

An entry is keyed by source, target language and a *fingerprint* of the protection it was made
under (the protected terms and forced translations the string contained, see
:func:`editor.i18n.protect.fingerprint`). A machine translation is reused only under the same
fingerprint: a glossary added after a run changes the fingerprint, so the next run asks the
engine again instead of serving the text it damaged. Entries with no fingerprint (made by people,
imported from TMX or XLIFF, or kept from the version-1 file, which had none) are reused only when
their target contains every term the current protection requires.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_VARIABLE = "DIAGRAM_EDITOR_DATA_DIR"
MEMORY_FILE_NAME = "translation-memory.sqlite3"
SCHEMA_VERSION = 2
NO_FINGERPRINT = ""
"""Fingerprint of entries whose protection is unknown (people's work, imports, version-1 entries)."""
MACHINE_ORIGINS = ("machine", "memory")

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
    fingerprint TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source_language, target_language, source, fingerprint)
);
CREATE INDEX IF NOT EXISTS memory_normalized ON memory (source_language, target_language, normalized);
"""
_MIGRATE_FROM_1 = """
DROP INDEX IF EXISTS memory_normalized;
ALTER TABLE memory RENAME TO memory_version_1;
{schema}
INSERT INTO memory SELECT source_language, target_language, source, normalized, target, origin, provider, updated, ''
    FROM memory_version_1;
DROP TABLE memory_version_1;
"""
_COLUMNS = "source_language, target_language, source, target, origin, provider, fingerprint, updated"


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


@dataclass(frozen=True)
class MemoryEntry:
    """One remembered translation, as the memory command lists it and TMX carries it."""

    source_language: str
    target_language: str
    source: str
    target: str
    origin: str
    provider: str | None = None
    fingerprint: str = NO_FINGERPRINT
    updated: float = 0.0


@dataclass(frozen=True)
class MemoryCount:
    """How many entries one language pair holds, from one provider (None: made or imported by people)."""

    source_language: str
    target_language: str
    provider: str | None
    entries: int


class TranslationMemory:
    """Thread-safe: the service's worker threads write to it as strings finish."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else user_data_dir() / MEMORY_FILE_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        with self._lock, self._connection:
            self._migrate()

    def _migrate(self) -> None:
        """Version 1 keyed entries by source alone; its entries move over with no fingerprint."""
        version: int = self._connection.execute("PRAGMA user_version").fetchone()[0]
        columns = {row[1] for row in self._connection.execute("PRAGMA table_info(memory)")}
        if columns and "fingerprint" not in columns:
            self._connection.executescript("BEGIN;" + _MIGRATE_FROM_1.format(schema=_SCHEMA) + "COMMIT;")
        else:
            self._connection.executescript(_SCHEMA)
        if version != SCHEMA_VERSION:
            self._connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def lookup(
        self,
        source_language: str,
        target_language: str,
        source: str,
        *,
        fingerprint: str = NO_FINGERPRINT,
        must_contain: Sequence[str] = (),
        reuse_machine: bool = True,
    ) -> Remembered | None:
        """The newest entry made under the same protection (see the module docstring), exact text first.

        ``reuse_machine=False`` skips machine translations (``translate --all`` asks the engine again)
        and still answers with what people made or imported.
        """
        with self._lock:
            rows = self._connection.execute(
                "SELECT target, origin, provider, fingerprint, source = ? AS exact FROM memory "
                "WHERE source_language=? AND target_language=? AND normalized=? ORDER BY exact DESC, updated DESC",
                (source, source_language, target_language, normalized(source)),
            ).fetchall()
        for target, origin, provider, stored_fingerprint, _ in rows:
            if not reuse_machine and origin in MACHINE_ORIGINS:
                continue
            same = stored_fingerprint == fingerprint and fingerprint != NO_FINGERPRINT
            honoured = stored_fingerprint == NO_FINGERPRINT and all(term in target for term in must_contain)
            if same or honoured:
                return Remembered(target, origin, provider)
        return None

    def remember(
        self,
        source_language: str,
        target_language: str,
        source: str,
        target: str,
        *,
        origin: str,
        provider: str | None,
        fingerprint: str = NO_FINGERPRINT,
    ) -> None:
        self.remember_many(
            source_language,
            target_language,
            [(source, target)],
            origin=origin,
            provider=provider,
            fingerprints={source: fingerprint},
        )

    def remember_many(
        self,
        source_language: str,
        target_language: str,
        pairs: Iterable[tuple[str, str]],
        *,
        origin: str,
        provider: str | None,
        fingerprints: Mapping[str, str] | None = None,
    ) -> None:
        now = time.time()
        self.store(
            MemoryEntry(
                source_language,
                target_language,
                source,
                target,
                origin,
                provider,
                (fingerprints or {}).get(source, NO_FINGERPRINT),
                now,
            )
            for source, target in pairs
        )

    def store(self, entries: Iterable[MemoryEntry]) -> int:
        """Write entries (replacing any with the same key); returns how many were written."""
        rows = [
            (
                entry.source_language,
                entry.target_language,
                entry.source,
                normalized(entry.source),
                entry.target,
                entry.origin,
                entry.provider,
                entry.updated or time.time(),
                entry.fingerprint,
            )
            for entry in entries
            if entry.source.strip() and entry.target.strip()
        ]
        if rows:
            with self._lock, self._connection:
                self._connection.executemany("INSERT OR REPLACE INTO memory VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def entries(self, target_language: str | None = None) -> Iterator[MemoryEntry]:
        """Every entry (or one target language's), in a stable order."""
        where, parameters = _selection(target_language, None)
        with self._lock:
            rows = self._connection.execute(
                f"SELECT {_COLUMNS} FROM memory{where} ORDER BY source_language, target_language, source, fingerprint",
                parameters,
            ).fetchall()
        for row in rows:
            yield MemoryEntry(*row)

    def counts(self) -> list[MemoryCount]:
        with self._lock:
            rows = self._connection.execute(
                "SELECT source_language, target_language, provider, COUNT(*) FROM memory "
                "GROUP BY source_language, target_language, provider ORDER BY 1, 2, 3"
            ).fetchall()
        return [MemoryCount(*row) for row in rows]

    def clear(self, *, target_language: str | None = None, provider: str | None = None) -> int:
        """Delete every entry, or those of one target language and/or one provider; returns how many."""
        where, parameters = _selection(target_language, provider)
        with self._lock, self._connection:
            cursor = self._connection.execute(f"DELETE FROM memory{where}", parameters)
        return cursor.rowcount

    def __len__(self) -> int:
        with self._lock:
            count: int = self._connection.execute("SELECT COUNT(*) FROM memory").fetchone()[0]
        return count


#: the provider name that selects entries no provider made (people's translations, imports)
NO_PROVIDER = "none"


def _selection(target_language: str | None, provider: str | None) -> tuple[str, tuple[str, ...]]:
    clauses: list[str] = []
    parameters: list[str] = []
    if target_language is not None:
        clauses.append("target_language = ?")
        parameters.append(target_language)
    if provider == NO_PROVIDER:
        clauses.append("provider IS NULL")
    elif provider is not None:
        clauses.append("provider = ?")
        parameters.append(provider)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(parameters)
