"""TMX 1.4 (Translation Memory eXchange), the format CAT tools trade memories in: export and import.

Export writes one ``<tu>`` per memory entry: the header carries the attributes TMX 1.4 requires
(``creationtool``, ``creationtoolversion``, ``segtype``, ``o-tmf``, ``adminlang``, ``srclang``,
``datatype``), each ``<tuv>`` its ``xml:lang`` and ``<seg>``; what only this app needs (origin,
provider, protection fingerprint) rides in ``x-`` properties other tools keep or ignore. Text is
escaped by the XML writer; characters XML 1.0 cannot hold at all leave their entry out (counted).

Import is tolerant of other tools' files: the deprecated ``lang`` attribute, a ``<!DOCTYPE>``
naming the DTD, ``srclang="*all*"``, inline codes (``<ph>``, ``<bpt>``, ``<ept>``, ``<it>``,
``<hi>``, ``<ut>``: their text is kept, ``<sub>`` is not), language tags in any case or with
underscores, several target languages per unit. Entries without this app's properties arrive as
``file`` translations with no fingerprint, so they are reused only where they keep every
protected term. Entity declarations are refused, whatever the tool (a TMX file needs none).
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field

from editor import __version__
from editor.i18n.memory import NO_FINGERPRINT, MemoryEntry
from editor.i18n.untrusted_xml import parse_untrusted_xml
from editor.model import DocumentError
from editor.model.text import is_language_tag

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_TMX_BYTES = 100 * 1024 * 1024
ORIGIN_PROPERTY, PROVIDER_PROPERTY, FINGERPRINT_PROPERTY = "x-origin", "x-provider", "x-fingerprint"
ALL_LANGUAGES = "*all*"
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_INLINE_CODES = ("bpt", "ept", "ph", "it", "hi", "ut")


@dataclass
class TmxExport:
    data: bytes
    written: int
    left_out: int


@dataclass
class TmxImport:
    entries: list[MemoryEntry] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _stamp(seconds: float) -> str:
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _seconds(stamp: str | None) -> float:
    try:
        moment = datetime.datetime.strptime(stamp or "", "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.UTC)
    except ValueError:
        return 0.0
    return moment.timestamp()


def export_tmx(entries: Iterable[MemoryEntry]) -> TmxExport:
    """The entries as a TMX 1.4 document (UTF-8, with the XML declaration)."""
    kept: list[MemoryEntry] = []
    left_out = 0
    for entry in entries:
        if _NOT_IN_XML.search(entry.source + entry.target):
            left_out += 1
        else:
            kept.append(entry)
    source_languages = {entry.source_language for entry in kept}
    header_source = source_languages.pop() if len(source_languages) == 1 else ALL_LANGUAGES
    root = ET.Element("tmx", {"version": "1.4"})
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "Diagram Editor",
            "creationtoolversion": __version__,
            "segtype": "sentence",
            "o-tmf": "diagram-editor-sqlite",
            "adminlang": "en",
            "srclang": header_source,
            "datatype": "plaintext",
            "creationdate": _stamp(datetime.datetime.now(datetime.UTC).timestamp()),
        },
    )
    body = ET.SubElement(root, "body")
    for entry in kept:
        unit = ET.SubElement(body, "tu", {"srclang": entry.source_language})
        if entry.updated:
            unit.set("changedate", _stamp(entry.updated))
        for name, value in (
            (ORIGIN_PROPERTY, entry.origin),
            (PROVIDER_PROPERTY, entry.provider),
            (FINGERPRINT_PROPERTY, entry.fingerprint),
        ):
            if value:
                ET.SubElement(unit, "prop", {"type": name}).text = value
        for language, text in ((entry.source_language, entry.source), (entry.target_language, entry.target)):
            variant = ET.SubElement(unit, "tuv", {XML_LANG: language})
            ET.SubElement(variant, "seg").text = text
    ET.indent(root, space=" ")
    # a raw carriage return would come back as a line feed (XML end-of-line handling): keep it as a reference
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True).replace(b"\r", b"&#13;") + b"\n"
    return TmxExport(data, len(kept), left_out)


def canonical_language(tag: str) -> str:
    """``DE_de`` -> ``de-DE``, ``zh-hans`` -> ``zh-Hans``: the case this app writes tags in."""
    parts = tag.strip().replace("_", "-").split("-")
    fixed = [parts[0].lower()]
    for part in parts[1:]:
        fixed.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part.lower())
    return "-".join(fixed)


def _parse(data: bytes, source: str) -> ET.Element:
    root = parse_untrusted_xml(data, source, kind="TMX", max_bytes=MAX_TMX_BYTES, allow_doctype=True)
    if root.tag != "tmx" or root.find("body") is None:
        raise DocumentError(f"not a TMX file (root element {root.tag!r}, expected 'tmx' with a body)", source=source)
    return root


def _segment_text(segment: ET.Element) -> str:
    """The text of a ``<seg>``, inline codes included (their native text), ``<sub>`` flows left out."""
    pieces = [segment.text or ""]
    for child in segment:
        if child.tag in _INLINE_CODES:
            pieces.append(_segment_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _language(variant: ET.Element) -> str:
    return canonical_language(variant.get(XML_LANG) or variant.get("lang") or "")


def _properties(unit: ET.Element) -> dict[str, str]:
    return {prop.get("type", ""): prop.text or "" for prop in unit.findall("prop")}


def read_tmx(data: bytes, *, source: str = "<tmx>") -> TmxImport:
    """Entries from a TMX file (any version this side of 1.1); bad units are skipped with a reason."""
    root = _parse(data, source)
    header = root.find("header")
    header_source = header.get("srclang", ALL_LANGUAGES) if header is not None else ALL_LANGUAGES
    result = TmxImport()
    body = root.find("body")
    for number, unit in enumerate(body.iter("tu") if body is not None else (), start=1):
        variants = [(variant, _language(variant)) for variant in unit.findall("tuv")]
        bad = [language or "(none)" for _, language in variants if not is_language_tag(language)]
        if bad or len(variants) < 2:
            reason = f"language {bad[0]!r} is not a language tag" if bad else "fewer than two languages"
            result.skipped.append(f"unit {unit.get('tuid') or number}: {reason}")
            continue
        wanted = canonical_language(unit.get("srclang") or header_source)
        source_variant, source_language = next(
            ((variant, language) for variant, language in variants if language.lower() == wanted.lower()),
            variants[0],
        )
        segment = source_variant.find("seg")
        source_text = _segment_text(segment) if segment is not None else ""
        properties = _properties(unit)
        updated = _seconds(unit.get("changedate") or unit.get("creationdate"))
        for variant, language in variants:
            target_segment = variant.find("seg")
            if variant is source_variant or target_segment is None:
                continue
            result.entries.append(
                MemoryEntry(
                    source_language,
                    language,
                    source_text,
                    _segment_text(target_segment),
                    properties.get(ORIGIN_PROPERTY) or "file",
                    properties.get(PROVIDER_PROPERTY) or None,
                    properties.get(FINGERPRINT_PROPERTY, NO_FINGERPRINT),
                    updated,
                )
            )
    return result
