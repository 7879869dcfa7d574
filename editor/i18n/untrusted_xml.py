"""Parsing XML that comes from elsewhere (XLIFF, TMX): size limit, no entity declarations, one-line errors.

ElementTree's expat never fetches external DTDs, but internal entity declarations can still
expand into gigabytes; neither format needs them, so any ``<!ENTITY`` is refused before parsing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from editor.model import DocumentError

_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^>]*\[", re.IGNORECASE)


def parse_untrusted_xml(data: bytes, source: str, *, kind: str, max_bytes: int, allow_doctype: bool) -> ET.Element:
    """The root element, or :class:`DocumentError` naming ``source`` (and line and column when malformed).

    ``allow_doctype`` accepts a plain ``<!DOCTYPE x SYSTEM "x.dtd">`` (CAT tools write one into TMX);
    a DOCTYPE with an internal subset is refused either way.
    """
    if len(data) > max_bytes:
        raise DocumentError(f"file is larger than the {max_bytes // (1024 * 1024)} MB limit", source=source)
    head = data[:4096]
    if not allow_doctype and (b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in data.upper()):
        raise DocumentError(f"{kind} files with a DOCTYPE or entities are not accepted", source=source)
    if b"<!ENTITY" in data.upper() or _INTERNAL_SUBSET.search(head):
        raise DocumentError(f"{kind} files with entity declarations are not accepted", source=source)
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        reason = str(error.msg).split(": line ")[0]  # expat repeats the position the error already gives
        raise DocumentError(
            f"not well-formed XML: {reason}", source=source, where=f"line {line}, column {column}"
        ) from None
