"""XLIFF 2.0 export and import, checked with a real XML parser against the 2.0 structure."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from editor.i18n.memory import TranslationMemory
from editor.i18n.providers import make_provider
from editor.i18n.service import apply_translation, translate_document
from editor.i18n.xliff import XLIFF_NAMESPACE, apply_xliff, export_xliff, read_xliff
from editor.model import Box, Document, DocumentError, Origin, VariantStatus, iter_texts
from editor.model.document import replace_texts, texts_by_address

NS = {"x": XLIFF_NAMESPACE}


def _units(data: bytes) -> list[ET.Element]:
    return ET.fromstring(data).findall("x:file/x:unit", NS)


def test_export_has_the_xliff_2_structure(example: Document) -> None:
    # machine variants for every string (the pseudo-locale, into its own tag), then one human edit
    document = apply_translation(example, translate_document(example, ["en-XA"], make_provider("pseudo")))
    queue = document.element("queue")
    assert isinstance(queue, Box)
    document = replace_texts(document, {("queue", "name"): queue.name.with_text("en-XA", "en", "Nachrichtenschlange")})
    data = export_xliff(document, "en-XA", original="redis.diagram.json")
    root = ET.fromstring(data)
    assert root.tag == f"{{{XLIFF_NAMESPACE}}}xliff"
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en", "en-XA")
    files = root.findall("x:file", NS)
    assert len(files) == 1 and files[0].get("id") and files[0].get("original") == "redis.diagram.json"
    units = _units(data)
    assert len(units) == 46 and len({unit.get("id") for unit in units}) == 46
    for unit in units:
        children = [child.tag.split("}")[1] for child in unit]
        assert children == ["notes", "segment"]  # notes come first in XLIFF 2.0
        segment = unit.find("x:segment", NS)
        assert segment is not None and segment.get("state") in ("initial", "translated", "final")
        assert [child.tag.split("}")[1] for child in segment] == ["source", "target"]
        assert unit.find("x:notes/x:note[@category='location']", NS) is not None
    by_name = {unit.get("name"): unit for unit in units}
    assert by_name["queue#name"].find("x:segment", NS).get("state") == "final"  # type: ignore[union-attr]
    assert by_name["api#role"].find("x:segment", NS).get("state") == "translated"  # type: ignore[union-attr]
    location = by_name["legend#entries[1]"].find("x:notes/x:note[@category='location']", NS)
    assert location is not None and location.text == "legend 'legend', field entries[1]"
    protected = by_name["r6#label"].find("x:notes/x:note[@category='protected']", NS)
    assert protected is not None and protected.text == "keep unchanged: SETEX cache:key:42 TTL 300s"


def test_round_trip_through_a_translator(example: Document, memory: TranslationMemory) -> None:
    data = export_xliff(example, "fr")
    root = ET.fromstring(data)
    assert all(unit.find("x:segment", NS).get("state") == "initial" for unit in _units(data))  # type: ignore[union-attr]
    assert not root.findall(".//x:target", NS)
    for unit in root.findall("x:file/x:unit", NS):  # what a translator's tool does: fill targets, mark them final
        segment = unit.find("x:segment", NS)
        source = segment.find("x:source", NS)  # type: ignore[union-attr]
        target = ET.SubElement(segment, f"{{{XLIFF_NAMESPACE}}}target")  # type: ignore[arg-type]
        target.text = f"FR {source.text}"  # type: ignore[union-attr]
        segment.set("state", "final")  # type: ignore[union-attr]
    edited = ET.tostring(root, encoding="utf-8")
    imported = read_xliff(example, edited, memory=memory)
    assert imported.imported == 46 and not imported.unknown and not imported.review
    translated = apply_xliff(example, imported)
    assert translated.settings.languages == ["en", "fr"]
    for _, _, text in iter_texts(translated):
        if text.text.strip():
            variant = text.variants["fr"]
            assert variant.text == f"FR {text.text}" and variant.origin is Origin.FILE
            assert text.status("fr", "en") is VariantStatus.CURRENT
    assert memory.lookup("en", "fr", "Read path") is not None
    again = export_xliff(translated, "fr")
    assert all(unit.find("x:segment", NS).get("state") == "final" for unit in _units(again))  # type: ignore[union-attr]


def test_import_marks_stale_and_damaged_translations(example: Document) -> None:
    root = ET.fromstring(export_xliff(example, "de"))
    for unit in root.findall("x:file/x:unit", NS):
        segment = unit.find("x:segment", NS)
        assert segment is not None
        target = ET.SubElement(segment, f"{{{XLIFF_NAMESPACE}}}target")
        target.text = "Antwort" if unit.get("name") == "r7#label" else "Übersetzt"
        segment.set("state", "translated")
    data = ET.tostring(root, encoding="utf-8")
    browser = example.element("browser")
    assert isinstance(browser, Box)
    changed = replace_texts(example, {("browser", "name"): browser.name.with_text("en", "en", "Web browser")})
    imported = read_xliff(changed, data)
    assert ("r7", "label") in imported.review  # "200 OK JSON" went missing in the translation
    assert imported.stale == [("browser", "name")]
    texts = texts_by_address(apply_xliff(changed, imported))
    assert texts["browser", "name"].status("de", "en") is VariantStatus.STALE
    assert texts["r7", "label"].status("de", "en") is VariantStatus.REVIEW


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<xliff", "not well-formed XML"),
        (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>', "not an XLIFF 2.0 file"),
        (b'<!DOCTYPE x [<!ENTITY a "b">]><x/>', "DOCTYPE"),
        (f'<xliff xmlns="{XLIFF_NAMESPACE}" version="2.0" srcLang="de" trgLang="fr"/>'.encode(), "srcLang"),
    ],
)
def test_bad_files_give_one_clear_error(example: Document, data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        read_xliff(example, data, source="de.xlf")
