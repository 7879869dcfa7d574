"""``diagram-editor strings``: XLIFF export and import from the command line, and the report."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor.cli import main
from editor.i18n.memory import TranslationMemory
from editor.i18n.xliff import XLIFF_NAMESPACE
from editor.model import Origin, load

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "redis-cache-invalidation.diagram.json"
NS = {"x": XLIFF_NAMESPACE}


@pytest.fixture(autouse=True)
def _private_data(private_data_dir: Path) -> None:
    """Every test here keeps its translation memory in tmp_path."""


def test_export_translate_import(
    document: Path, tmp_path: Path, private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xliff = tmp_path / "de.xlf"
    original = document.read_bytes()
    assert main(["strings", str(document), "--to", "de", "-o", str(xliff)]) == 0
    assert f"exported 46 strings for de to {xliff}" in capsys.readouterr().out
    assert document.read_bytes() == original
    root = ET.parse(xliff).getroot()
    assert root.get("trgLang") == "de" and root.find("x:file", NS).get("original") == "redis.diagram.json"  # type: ignore[union-attr]
    for segment in root.iterfind(".//x:segment", NS):  # a translator fills in the first five
        source = segment.find("x:source", NS)
        if len(root.findall(".//x:target", NS)) < 5:
            ET.SubElement(segment, f"{{{XLIFF_NAMESPACE}}}target").text = f"DE {source.text}"  # type: ignore[union-attr]
            segment.set("state", "final")
    ET.ElementTree(root).write(xliff, encoding="utf-8", xml_declaration=True)

    output = tmp_path / "translated.diagram.json"
    assert main(["strings", str(document), "--import", str(xliff), "-o", str(output)]) == 0
    out = capsys.readouterr().out
    assert "imported 5 de strings from" in out and "(41 untranslated, 0 stale, 0 to review" in out
    assert document.read_bytes() == original
    translated = load(output)
    title = translated.settings.title.variants["de"]
    assert title.text == "DE Redis Cache Invalidation" and title.origin is Origin.FILE
    with TranslationMemory(private_data_dir / "translation-memory.sqlite3") as memory:
        assert memory.lookup("en", "de", "Redis Cache Invalidation") is not None

    assert main(["strings", str(output)]) == 0
    assert "de: 5/46 current, 41 missing, 0 stale, 0 to review" in capsys.readouterr().out


def test_export_to_stdout(document: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["strings", str(document), "--to", "ja"]) == 0
    root = ET.fromstring(capsys.readouterr().out.encode())
    assert root.tag == f"{{{XLIFF_NAMESPACE}}}xliff" and root.get("trgLang") == "ja"


def test_a_bad_xliff_file_exits_2_and_changes_nothing(
    document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.xlf"
    bad.write_text("<xliff version='2.0'><file>", encoding="utf-8")
    original = document.read_bytes()
    assert main(["strings", str(document), "--import", str(bad)]) == 2
    error = capsys.readouterr().err
    assert "bad.xlf" in error and "not well-formed XML" in error and error.count("\n") == 1
    assert document.read_bytes() == original


def test_report_without_other_languages(document: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["strings", str(document)]) == 0
    assert "no languages besides the source (en)" in capsys.readouterr().out


def test_bad_language_exits_2(document: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["strings", str(document), "--to", "not a tag"]) == 2
    assert "is not a language tag" in capsys.readouterr().err
