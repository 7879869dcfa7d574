"""draw.io files opened down to their pages: plain or compressed ``.drawio``/``.xml``, and the same
``mxfile`` carried by a ``.drawio.svg`` (its ``content`` attribute) or a ``.drawio.png`` (a text chunk).

A compressed ``<diagram>`` body is base64 of raw deflate of the URI-encoded ``mxGraphModel``. Every
failure names the file and the page it happened in.
"""

from __future__ import annotations

import base64
import binascii
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from editor.importers.building import inflate, png_texts
from editor.importers.report import ImportFormatError
from editor.model.io import PNG_SIGNATURE


@dataclass(frozen=True)
class DrawioPage:
    """One ``<diagram>`` of an mxfile: its title and its decoded ``mxGraphModel``."""

    name: str
    model: ET.Element


def parse_xml(text: str, where: str) -> ET.Element:
    """XML without entity declarations (no entity expansion bombs), errors as one located line."""
    if "<!ENTITY" in text:
        raise ImportFormatError(f"{where}: XML entity declarations are not accepted")
    try:
        return ET.fromstring(text)
    except ET.ParseError as error:
        line, column = error.position
        raise ImportFormatError(f"{where}: not well-formed XML at line {line}, column {column + 1}") from None


def _decoded_text(payload: bytes, where: str) -> str:
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"{where}: not UTF-8 text (byte {error.start})") from None


def _maybe_uri_decoded(text: str) -> str:
    stripped = text.strip()
    return urllib.parse.unquote(stripped) if stripped.startswith("%3C") else stripped


def _page_model(diagram: ET.Element, where: str) -> ET.Element:
    model = diagram.find("mxGraphModel")
    if model is not None:
        return model
    body = (diagram.text or "").strip()
    if not body:
        raise ImportFormatError(f"{where}: the page is empty")
    if not body.startswith(("<", "%3C")):
        try:
            packed = base64.b64decode(body, validate=False)
        except (binascii.Error, ValueError):
            raise ImportFormatError(f"{where}: not valid base64") from None
        body = _decoded_text(inflate(packed, where), where)
    root = parse_xml(_maybe_uri_decoded(body), where)
    if root.tag != "mxGraphModel":
        raise ImportFormatError(f"{where}: expected <mxGraphModel>, found <{root.tag}>")
    return root


def pages_of_mxfile(root: ET.Element, source: str) -> list[DrawioPage]:
    """The pages of an ``<mxfile>`` (or of a bare ``<mxGraphModel>``, one untitled page)."""
    if root.tag == "mxGraphModel":
        return [DrawioPage("Page-1", root)]
    if root.tag != "mxfile":
        raise ImportFormatError(f"{source}: not a draw.io file (root element <{root.tag}>, expected <mxfile>)")
    pages = []
    for number, diagram in enumerate(root.findall("diagram"), start=1):
        name = diagram.get("name") or f"Page-{number}"
        pages.append(DrawioPage(name, _page_model(diagram, f"{source}: <diagram> {number} ({name!r})")))
    if not pages:
        raise ImportFormatError(f"{source}: the mxfile holds no <diagram> page")
    return pages


def _mxfile_from_png(data: bytes, source: str) -> str:
    texts = png_texts(data, source)
    for keyword in ("mxfile", "mxGraphModel"):
        if keyword in texts:
            return _maybe_uri_decoded(_decoded_text(texts[keyword], f"{source}: PNG chunk {keyword!r}"))
    raise ImportFormatError(f"{source}: PNG image has no embedded draw.io diagram (no 'mxfile' text chunk)")


def _mxfile_from_svg(root: ET.Element, source: str) -> str:
    content = root.get("content")
    if not content:
        raise ImportFormatError(f"{source}: SVG image has no embedded draw.io diagram (no content attribute)")
    return _maybe_uri_decoded(content)


def read_drawio_pages(data: bytes, source: str) -> list[DrawioPage]:
    """Every page of a draw.io file, whatever its carrier (XML, SVG or PNG)."""
    if data.startswith(PNG_SIGNATURE):
        return pages_of_mxfile(parse_xml(_mxfile_from_png(data, source), f"{source}: embedded mxfile"), source)
    root = parse_xml(_decoded_text(data, source), source)
    if root.tag.rpartition("}")[2] == "svg":
        return pages_of_mxfile(parse_xml(_mxfile_from_svg(root, source), f"{source}: embedded mxfile"), source)
    return pages_of_mxfile(root, source)
