"""Addressing one translatable text of a document, and writing new texts into a copy of it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from editor.model import Document, Legend, LocalizedText, iter_texts

TextAddress = tuple[str, str]
"""(element id, or "settings" for the document title; field path such as "name" or "entries[2]")."""

SETTINGS = "settings"
_ENTRY = re.compile(r"^entries\[(\d+)\]$")


def texts_by_address(document: Document) -> dict[TextAddress, LocalizedText]:
    return {(element_id, field): text for element_id, field, text in iter_texts(document)}


def replace_texts(document: Document, changes: Mapping[TextAddress, LocalizedText]) -> Document:
    """A deep copy of ``document`` with each addressed text replaced; unknown addresses raise KeyError."""
    updated = document.model_copy(deep=True)
    for (element_id, field), text in changes.items():
        if element_id == SETTINGS:
            if field != "title":
                raise KeyError(f"settings.{field}")
            updated.settings.title = text
            continue
        element = updated.element(element_id)
        entry = _ENTRY.match(field)
        if entry and isinstance(element, Legend) and int(entry.group(1)) < len(element.entries):
            element.entries[int(entry.group(1))].text = text
        elif field in type(element).model_fields and isinstance(getattr(element, field), LocalizedText):
            setattr(element, field, text)
        else:
            raise KeyError(f"{element_id}.{field}")
    updated.invalidate_index()
    return updated
