"""The memory obeys the protection: fingerprints, the version-1 file, clearing by language and provider."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from editor.i18n.memory import MEMORY_FILE_NAME, NO_FINGERPRINT, MemoryEntry, TranslationMemory
from editor.i18n.protect import Protector, fingerprint

_VERSION_1 = """
CREATE TABLE memory (
    source_language TEXT NOT NULL, target_language TEXT NOT NULL, source TEXT NOT NULL,
    normalized TEXT NOT NULL, target TEXT NOT NULL, origin TEXT NOT NULL, provider TEXT,
    updated REAL NOT NULL, PRIMARY KEY (source_language, target_language, source)
);
CREATE INDEX memory_normalized ON memory (source_language, target_language, normalized);
INSERT INTO memory VALUES ('en', 'de', 'Primary database', 'Primary database', 'Primäre Datenbank',
    'machine', 'libre', 1.0);
INSERT INTO memory VALUES ('en', 'de', 'Read path', 'Read path', 'Lesepfad', 'machine', 'libre', 1.0);
"""


def test_a_version_1_file_migrates_and_its_entries_only_serve_where_they_keep_the_terms(
    private_data_dir: Path,
) -> None:
    private_data_dir.mkdir(parents=True)
    with sqlite3.connect(private_data_dir / MEMORY_FILE_NAME) as old:
        old.executescript(_VERSION_1)
    with TranslationMemory() as memory:
        assert len(memory) == 2
        assert {entry.fingerprint for entry in memory.entries()} == {NO_FINGERPRINT}
        plain = Protector().mask("Read path")
        hit = memory.lookup("en", "de", "Read path", fingerprint=fingerprint(plain), must_contain=plain.restorations)
        assert hit is not None and hit.target == "Lesepfad"
        glossary = Protector(["Primary"]).mask("Primary database")
        assert glossary.restorations == ("Primary",)
        missed = memory.lookup(
            "en", "de", "Primary database", fingerprint=fingerprint(glossary), must_contain=glossary.restorations
        )
        assert missed is None  # made before "Primary" was protected: "Primäre" lost it
    with sqlite3.connect(private_data_dir / MEMORY_FILE_NAME) as reopened:
        assert reopened.execute("PRAGMA user_version").fetchone()[0] == 2


def test_machine_entries_serve_only_under_the_same_fingerprint(memory: TranslationMemory) -> None:
    before, after = Protector().mask("Primary database"), Protector(["Primary"]).mask("Primary database")
    assert fingerprint(before) != fingerprint(after)
    memory.remember("en", "de", "Primary database", "Primäre Datenbank", origin="machine", provider="libre",
                    fingerprint=fingerprint(before))  # fmt: skip
    memory.remember("en", "de", "Primary database", "Primary Datenbank", origin="machine", provider="libre",
                    fingerprint=fingerprint(after))  # fmt: skip
    assert len(memory) == 2
    for masked, expected in ((before, "Primäre Datenbank"), (after, "Primary Datenbank")):
        found = memory.lookup("en", "de", "Primary database", fingerprint=fingerprint(masked))
        assert found is not None and found.target == expected
    assert memory.lookup("en", "de", "Primary database", fingerprint=fingerprint(after), reuse_machine=False) is None


def test_forced_translations_change_the_fingerprint() -> None:
    text = "Cache hit ratio"
    plain = fingerprint(Protector().mask(text))
    forced = fingerprint(Protector((), {"cache hit": "Cache-Treffer"}).mask(text))
    other = fingerprint(Protector((), {"cache hit": "Treffer im Cache"}).mask(text))
    assert len({plain, forced, other}) == 3


def _fill(memory: TranslationMemory) -> None:
    memory.store(
        MemoryEntry("en", language, f"Text {number}", f"{language} {number}", origin, provider)
        for language in ("de", "ja", "ar")
        for number, (origin, provider) in enumerate([("machine", "libre"), ("machine", "pseudo"), ("file", None)])
    )


def test_clear_by_language_by_provider_and_all(memory: TranslationMemory) -> None:
    _fill(memory)
    assert len(memory) == 9
    assert memory.clear(target_language="ja") == 3
    assert {entry.target_language for entry in memory.entries()} == {"de", "ar"}
    assert memory.clear(provider="pseudo") == 2
    assert {entry.provider for entry in memory.entries()} == {"libre", None}
    assert memory.clear(provider="none", target_language="de") == 1
    assert [(count.target_language, count.provider, count.entries) for count in memory.counts()] == [
        ("ar", None, 1), ("ar", "libre", 1), ("de", "libre", 1)
    ]  # fmt: skip
    assert memory.clear() == 3 and len(memory) == 0
