"""Reviewed XLIFF files kept next to a document that ships translated (the bundled templates).

A shipped document is its source-language text plus one reviewed XLIFF 2.0 file per language.
The shipped JSON holds every variant, so the app needs no import step, but it must never drift
from those files: ``with_reviewed_translations(source_only(document), files)`` rebuilds it, and a
test compares the two. Anything short of a clean import (a unit left untranslated or not final,
a unit for an element that is gone, a source text changed since the translation, a protected
term lost) is an error, never a silent fallback to English.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from editor.i18n.untrusted_xml import parse_untrusted_xml
from editor.i18n.xliff import MAX_XLIFF_BYTES, XLIFF_NAMESPACE, apply_xliff, read_xliff
from editor.model import Document, LocalizedText, iter_texts
from editor.model.document import replace_texts

#: The XLIFF 2.0 segment state of a translation a person wrote and checked.
REVIEWED_STATE = "final"


class TranslationProblem(ValueError):
    """A reviewed XLIFF file that does not import cleanly; the message names the file and what is wrong."""


def xliff_file(folder: Path, stem: str, language: str) -> Path:
    """Where the reviewed file of one language lives: ``<folder>/<stem>.<language>.xlf``."""
    return folder / f"{stem}.{language}.xlf"


def source_only(document: Document) -> Document:
    """A copy without any translation: every text keeps its source, the language list only the source."""
    changes = {
        (element_id, field): LocalizedText(text=text.text)
        for element_id, field, text in iter_texts(document)
        if text.variants
    }
    stripped = replace_texts(document, changes)
    stripped.settings.languages = [stripped.settings.source_language]
    return stripped


def _unreviewed_segments(data: bytes, source: str) -> int:
    """How many segments a person has not marked final (a machine's ``translated``, a draft)."""
    root = parse_untrusted_xml(data, source, kind="XLIFF", max_bytes=MAX_XLIFF_BYTES, allow_doctype=False)
    segments = root.iter(f"{{{XLIFF_NAMESPACE}}}segment")
    return sum(1 for segment in segments if segment.get("state") != REVIEWED_STATE)


def with_reviewed_translations(document: Document, files: Iterable[Path]) -> Document:
    """``document`` with each file's translations imported (origin ``file``), in the order given.

    Raises TranslationProblem when a file's units are not all translated and final, name unknown
    texts, were made from another source text, or lost a protected term.
    """
    for path in files:
        data = path.read_bytes()
        imported = read_xliff(document, data, source=str(path))
        problems = {
            f"not {REVIEWED_STATE}": _unreviewed_segments(data, str(path)),
            "untranslated": imported.untranslated,
            "for unknown texts": len(imported.unknown),
            "stale (source changed since)": len(imported.stale),
            "with damaged protected terms": len(imported.review),
        }
        found = [f"{count} {what}" for what, count in problems.items() if count]
        if not path.name.endswith(f".{imported.language}.xlf"):
            found.append(f"trgLang is {imported.language!r}, not the language its name says")
        if found:
            raise TranslationProblem(f"{path}: " + ", ".join(found))
        document = apply_xliff(document, imported)
    return document
