"""TMX 1.4: a valid export (xmllint against the TMX 1.4 DTD), a lossless round trip, other tools' files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor.i18n.memory import MemoryEntry, TranslationMemory
from editor.i18n.tmx import canonical_language, export_tmx, read_tmx
from editor.model import DocumentError

DTD = Path(__file__).resolve().parent / "tmx14.dtd"
HOSTILE = [
    '</seg></tuv><tuv xml:lang="fr"><seg>injected',
    "]]> & &amp; <b>bold</b> \"quoted\" 'single'",
    "مرحبا \u200f{0}\u200f بالعالم",
    "emoji 🚀 and tab\tand\nnewline and\r\nWindows line ends\r",
    "  leading and trailing spaces  ",
]


def _entries() -> list[MemoryEntry]:
    entries = [
        MemoryEntry("en", "de", "Primary database", "Primäre Datenbank", "machine", "libre", "plain", 1_700_000_000.0),
        MemoryEntry("en", "ja", "Read path", "読み取りパス", "file", None, "", 1_700_000_100.0),
        MemoryEntry("en", "pt-BR", "Worker", "Trabalhador", "human", None, "", 1_700_000_200.0),
    ]
    entries += [
        MemoryEntry("en", "ar", text, text[::-1], "machine", "pseudo", "f00d", 1_700_000_300.0) for text in HOSTILE
    ]
    return entries


def _valid(path: Path) -> None:
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint (libxml2-utils) is not installed")
    checked = subprocess.run(
        ["xmllint", "--noout", "--nonet", "--dtdvalid", str(DTD), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr


def test_export_is_valid_tmx_1_4_and_round_trips_every_field(tmp_path: Path) -> None:
    exported = export_tmx(_entries())
    assert exported.written == len(_entries()) and exported.left_out == 0
    path = tmp_path / "memory.tmx"
    path.write_bytes(exported.data)
    _valid(path)
    text = exported.data.decode("utf-8")
    assert '<tuv xml:lang="pt-BR">' in text and 'srclang="en"' in text and 'o-tmf="' in text
    assert read_tmx(exported.data).entries == _entries()


def test_memory_round_trip_export_clear_import(memory: TranslationMemory, tmp_path: Path) -> None:
    memory.store(_entries())
    before = list(memory.entries())
    data = export_tmx(memory.entries()).data
    assert memory.clear() == len(before) and len(memory) == 0
    assert memory.store(read_tmx(data).entries) == len(before)
    assert list(memory.entries()) == before


def test_characters_xml_cannot_hold_leave_their_entry_out() -> None:
    exported = export_tmx([MemoryEntry("en", "de", "bell \x07", "Glocke \x07", "machine", "libre")])
    assert (exported.written, exported.left_out) == (0, 1)
    assert read_tmx(exported.data).entries == []


OTHER_TOOL = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OtherCAT" creationtoolversion="9" segtype="sentence" o-tmf="x" adminlang="EN-US"
          srclang="*all*" datatype="xml"/>
  <body>
    <tu tuid="1" creationdate="20240102T030405Z">
      <note>from a customer project</note>
      <tuv xml:lang="EN_us"><seg>Press <ph x="1">&lt;b&gt;</ph>Save<ph x="2">&lt;/b&gt;</ph> now</seg></tuv>
      <tuv xml:lang="de-de"><seg>Dr\xc3\xbccken Sie <bpt i="1">&lt;b&gt;</bpt>Speichern<ept i="1">&lt;/b&gt;</ept>
</seg></tuv>
      <tuv lang="FR-fr"><seg>Appuyez sur <hi>Enregistrer<sub>footnote</sub></hi></seg></tuv>
    </tu>
    <tu tuid="2"><tuv xml:lang="en-US"><seg>Only one language</seg></tuv></tu>
    <tu tuid="3"><tuv xml:lang="en-US"><seg>Bad</seg></tuv><tuv xml:lang="not a tag!"><seg>x</seg></tuv></tu>
  </body>
</tmx>
"""


def test_import_is_tolerant_of_other_tools_files() -> None:
    imported = read_tmx(OTHER_TOOL)
    assert [(e.source_language, e.target_language, e.source, e.target) for e in imported.entries] == [
        ("en-US", "de-DE", "Press <b>Save</b> now", "Drücken Sie <b>Speichern</b>\n"),
        ("en-US", "fr-FR", "Press <b>Save</b> now", "Appuyez sur Enregistrer"),
    ]
    assert all(
        entry.origin == "file" and entry.provider is None and entry.fingerprint == "" for entry in imported.entries
    )
    assert imported.entries[0].updated == 1704164645.0
    assert imported.skipped == [
        "unit 2: fewer than two languages",
        "unit 3: language 'not a tag!' is not a language tag",
    ]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'<!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx version="1.4"><body/></tmx>', "entity declarations"),
        (b"<tmx><body><tu></body></tmx>", "not well-formed XML"),
        (b'<xliff version="2.0"/>', "not a TMX file"),
    ],
)
def test_hostile_or_foreign_files_are_refused_with_one_line(data: bytes, words: str) -> None:
    with pytest.raises(DocumentError) as caught:
        read_tmx(data, source="bad.tmx")
    assert words in str(caught.value) and "bad.tmx" in str(caught.value)


def test_language_tags_are_put_in_the_usual_case() -> None:
    assert [canonical_language(tag) for tag in ("DE_de", "zh-hans-cn", "pt-br", "EN")] == [
        "de-DE", "zh-Hans-CN", "pt-BR", "en"
    ]  # fmt: skip
