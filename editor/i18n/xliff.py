"""XLIFF 2.0 files for human translators: export a document's strings, import the translations back.

One ``<unit>`` per text; its ``name`` is ``element-id#field`` (ids never contain ``#``), its notes
say which element and field it is, which terms must stay unchanged, and whether the translation
is stale. Segment states: ``initial`` (nothing usable yet: missing, stale or flagged for review),
``translated`` (a machine or memory translation), ``final`` (a person's). Imported targets become
variants with origin ``file``; each remembers the source text the translator saw, so a file made
before a source edit imports as stale instead of silently current.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from editor.i18n.memory import TranslationMemory
from editor.i18n.protect import Protector
from editor.i18n.untrusted_xml import parse_untrusted_xml
from editor.model import Document, DocumentError, LocalizedText, Origin, Variant, VariantStatus, iter_texts
from editor.model.document import TextAddress, replace_texts, texts_by_address
from editor.model.text import check_language_tag

XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MAX_XLIFF_BYTES = 50 * 1024 * 1024
_IMPORTED_STATES = ("translated", "reviewed", "final")


def _tag(name: str) -> str:
    return f"{{{XLIFF_NAMESPACE}}}{name}"


def _kind(document: Document, element_id: str) -> str:
    if element_id == "settings":
        return "document"
    element = document.get(element_id)
    return element.type if element is not None else "element"


def _state(text: LocalizedText, language: str, source_language: str) -> str:
    status = text.status(language, source_language)
    if status is not VariantStatus.CURRENT or language not in text.variants:
        return "initial"
    return "final" if text.variants[language].origin in (Origin.HUMAN, Origin.FILE) else "translated"


def export_xliff(document: Document, language: str, *, original: str = "document.diagram.json") -> bytes:
    """The document's non-empty texts as an XLIFF 2.0 file for translating into ``language``."""
    language = check_language_tag(language)
    source_language = document.settings.source_language
    protector = Protector(document.glossary.protected)
    ET.register_namespace("", XLIFF_NAMESPACE)
    root = ET.Element(_tag("xliff"), {"version": "2.0", "srcLang": source_language, "trgLang": language})
    file_element = ET.SubElement(root, _tag("file"), {"id": "f1", "original": original})
    number = 0
    for element_id, field_path, text in iter_texts(document):
        if not text.text.strip():
            continue
        number += 1
        unit = ET.SubElement(file_element, _tag("unit"), {"id": f"u{number}", "name": f"{element_id}#{field_path}"})
        unit.set(XML_SPACE, "preserve")
        notes = ET.SubElement(unit, _tag("notes"))
        where = f"{_kind(document, element_id)} {element_id!r}, field {field_path}"
        ET.SubElement(notes, _tag("note"), {"category": "location"}).text = where
        terms = protector.protected_terms(text.text)
        if terms:
            ET.SubElement(notes, _tag("note"), {"category": "protected"}).text = "keep unchanged: " + ", ".join(terms)
        status = text.status(language, source_language)
        variant = text.variants.get(language)
        if status is VariantStatus.STALE and variant is not None:
            ET.SubElement(
                notes, _tag("note"), {"category": "stale"}
            ).text = f"the source changed since this translation (it translated {variant.source!r})"
        elif status is VariantStatus.REVIEW:
            ET.SubElement(notes, _tag("note"), {"category": "review"}).text = "machine translation damaged terms"
        segment = ET.SubElement(unit, _tag("segment"), {"state": _state(text, language, source_language)})
        ET.SubElement(segment, _tag("source")).text = text.text
        if variant is not None and status is not VariantStatus.REVIEW:
            ET.SubElement(segment, _tag("target")).text = variant.text
    ET.indent(root)
    payload: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return payload + b"\n"


@dataclass
class XliffImport:
    """What an XLIFF file brings: new texts per field, and what was left out."""

    language: str
    changes: dict[TextAddress, LocalizedText] = field(default_factory=dict)
    imported: int = 0
    untranslated: int = 0
    unknown: list[str] = field(default_factory=list)
    review: list[TextAddress] = field(default_factory=list)
    stale: list[TextAddress] = field(default_factory=list)


def _parse(data: bytes, source: str) -> ET.Element:
    root = parse_untrusted_xml(data, source, kind="XLIFF", max_bytes=MAX_XLIFF_BYTES, allow_doctype=False)
    if root.tag != _tag("xliff") or root.get("version") != "2.0":
        raise DocumentError(
            f"not an XLIFF 2.0 file (root {root.tag!r}, version {root.get('version')!r})", source=source
        )
    return root


def read_xliff(
    document: Document, data: bytes, *, source: str = "<xliff>", memory: TranslationMemory | None = None
) -> XliffImport:
    """Read translated units into new texts (origin ``file``); the document itself is unchanged."""
    root = _parse(data, source)
    language = root.get("trgLang") or ""
    try:
        check_language_tag(language)
    except ValueError as error:
        raise DocumentError(f"trgLang: {error}", source=source) from None
    if root.get("srcLang") != document.settings.source_language:
        raise DocumentError(
            f"srcLang is {root.get('srcLang')!r} but the document's source language is "
            f"{document.settings.source_language!r}",
            source=source,
        )
    result = XliffImport(language)
    texts = texts_by_address(document)
    protector = Protector(document.glossary.protected)
    remembered: list[tuple[str, str]] = []
    for unit in root.iter(_tag("unit")):
        name = unit.get("name") or ""
        element_id, _, field_path = name.partition("#")
        current = result.changes.get((element_id, field_path)) or texts.get((element_id, field_path))
        segment = unit.find(_tag("segment"))
        if current is None or segment is None:
            result.unknown.append(name or unit.get("id", "?"))
            continue
        source_element, target_element = segment.find(_tag("source")), segment.find(_tag("target"))
        translated = "".join(target_element.itertext()) if target_element is not None else ""
        if segment.get("state", "initial") not in _IMPORTED_STATES or not translated.strip():
            result.untranslated += 1
            continue
        seen_source = "".join(source_element.itertext()) if source_element is not None else current.text
        damaged = any(term not in translated for term in protector.protected_terms(seen_source))
        variants = dict(current.variants)
        variants[language] = Variant(text=translated, source=seen_source, origin=Origin.FILE, needs_review=damaged)
        result.changes[element_id, field_path] = LocalizedText(text=current.text, variants=variants)
        result.imported += 1
        if damaged:
            result.review.append((element_id, field_path))
        elif seen_source != current.text:
            result.stale.append((element_id, field_path))
        else:
            remembered.append((seen_source, translated))
    if memory is not None:
        memory.remember_many(document.settings.source_language, language, remembered, origin="file", provider=None)
    return result


def apply_xliff(document: Document, imported: XliffImport) -> Document:
    """A new document with the imported texts, the language listed in the settings."""
    updated = replace_texts(document, imported.changes)
    if imported.language not in updated.settings.languages:
        updated.settings.languages = [*updated.settings.languages, imported.language]
    return updated
