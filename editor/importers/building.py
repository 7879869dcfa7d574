"""What every importer does the same way: reading the text chunks of PNGs and the payloads of SVGs
(where draw.io and Excalidraw keep the editable scene next to the drawing), our ids from theirs,
texts counted as they are placed, elements checked one by one by the model (a refused one is a
counted loss, never a crash), and the document assembled with its source language.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Mapping

from pydantic import ValidationError

from editor.importers.language_guess import detect_language
from editor.importers.report import ImportFormatError, ImportReport
from editor.model import (
    Anchor,
    AnyElement,
    Document,
    DocumentError,
    Endpoint,
    ImageMime,
    LocalizedText,
    Origin,
    Rect,
    Settings,
    Style,
    TextFit,
    Variant,
    iter_texts,
)
from editor.model.elements import ELEMENT_ID_PATTERN
from editor.model.io import PNG_SIGNATURE, _chunks
from editor.model.text import is_language_tag

#: A decompressed chunk larger than this is refused: no real diagram comes near it, a zip bomb does.
MAX_PAYLOAD = 64 * 1024 * 1024


def inflate(data: bytes, where: str) -> bytes:
    """zlib or raw deflate (draw.io has written both), refusing more than ``MAX_PAYLOAD`` bytes."""
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        decompressor = zlib.decompressobj(wbits)
        try:
            result = decompressor.decompress(data, MAX_PAYLOAD)
        except zlib.error:
            continue
        if decompressor.unconsumed_tail:
            raise ImportFormatError(f"{where}: compressed data expands beyond {MAX_PAYLOAD // 2**20} MB")
        return result
    raise ImportFormatError(f"{where}: compressed data is corrupt")


def png_texts(data: bytes, source: str) -> dict[str, bytes]:
    """Every tEXt, zTXt and iTXt chunk of a PNG by keyword, decompressed (Latin-1 or UTF-8 bytes)."""
    if not data.startswith(PNG_SIGNATURE):
        raise ImportFormatError(f"{source}: not a PNG image")
    try:
        chunks = _chunks(data)
    except DocumentError as error:
        raise ImportFormatError(f"{source}: {error.message}") from None
    texts: dict[str, bytes] = {}
    for kind, body, offset in chunks:
        where = f"{source}: {kind.decode('latin-1')} chunk at byte {offset}"
        keyword_bytes, _, rest = body.partition(b"\x00")
        keyword = keyword_bytes.decode("latin-1")
        if kind == b"tEXt":
            texts[keyword] = rest
        elif kind == b"zTXt" and rest:
            texts[keyword] = inflate(rest[1:], where)
        elif kind == b"iTXt" and len(rest) >= 2:
            compressed = rest[0]
            parts = rest[2:].split(b"\x00", 2)
            if len(parts) < 3:
                raise ImportFormatError(f"{where}: iTXt chunk is truncated")
            texts[keyword] = inflate(parts[2], where) if compressed else parts[2]
    return texts


_EXCALIDRAW_PAYLOAD = re.compile(r"<!--\s*payload-start\s*-->\s*(.*?)\s*<!--\s*payload-end\s*-->", re.S)


def svg_excalidraw_payload(text: str) -> str | None:
    """The base64 scene payload an Excalidraw SVG export keeps between comments, if any."""
    match = _EXCALIDRAW_PAYLOAD.search(text)
    return match.group(1) if match else None


_ID = re.compile(ELEMENT_ID_PATTERN)
_NOT_ID = re.compile(r"[^A-Za-z0-9_.:-]")


def drawn_at(style: Style, scale: float) -> Style:
    """``style`` with its font size divided by how much larger we draw that kind of text than its
    style says (``BOX_NAME_SCALE``, ``ARROW_LABEL_SCALE``...), so a label keeps its size in pixels:
    a 14 px draw.io label used to come out as a 17.5 px box name and wrap onto twice the lines."""
    if style.font_size is None:
        return style
    return style.merged(Style(font_size=round(style.font_size / scale, 3)))


def safe_rect(x: float, y: float, width: float, height: float) -> Rect:
    """A rectangle the model accepts: sizes of at least one unit, corners inside its limits."""
    limit = 9e6
    return Rect(
        x=max(-limit, min(limit, x)),
        y=max(-limit, min(limit, y)),
        width=max(1.0, min(limit, width)),
        height=max(1.0, min(limit, height)),
    )


class DocumentBuilder:
    """Collects the elements of one imported page."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        self.elements: list[AnyElement] = []
        self._ids: dict[str, str] = {}
        self._taken: set[str] = set()
        self.placed: set[str] = set()

    def id_for(self, foreign: str) -> str:
        """Our id for the source's ``foreign`` id, stable within the page and always valid."""
        if foreign in self._ids:
            return self._ids[foreign]
        candidate = foreign if _ID.match(foreign) else "i_" + _NOT_ID.sub("_", foreign)[:120]
        unique, number = candidate, 1
        while unique in self._taken:
            number += 1
            unique = f"{candidate[:120]}-{number}"
        self._ids[foreign] = unique
        self._taken.add(unique)
        return unique

    def known(self, foreign: str) -> str | None:
        return self._ids.get(foreign)

    def text(self, text: str, translations: Mapping[str, str] | None = None) -> LocalizedText:
        """A text to place; counted as found and arrived (callers count it when it cannot be placed)."""
        if text.strip():
            self.report.texts.found += 1
            self.report.texts.arrived += 1
        variants = {
            language: Variant(text=value, source=text, origin=Origin.FILE)
            for language, value in (translations or {}).items()
            if is_language_tag(language) and text.strip()
        }
        unusable = len(translations or {}) - len(variants)
        if unusable:
            self.report.lose("per-language labels with a tag that is not a language left out", unusable)
        return LocalizedText(text=text, variants=variants)

    def add(self, element: AnyElement) -> bool:
        """Appends ``element`` (already built, so already validated); its z follows paint order."""
        element.z = len(self.elements)
        self.elements.append(element)
        self.placed.add(element.id)
        return True

    def build(self, factory: type[AnyElement], loss: str, **fields: object) -> AnyElement | None:
        """``factory(**fields)`` added to the page, or ``None`` with ``loss`` counted if the model refuses it."""
        try:
            element = factory.model_validate(fields)
        except ValidationError:
            self.report.lose(loss)
            for value in fields.values():
                if isinstance(value, LocalizedText) and value.text.strip():
                    self.report.texts.arrived -= 1
            return None
        self.add(element)
        return element

    def build_shape(self, factory: type[AnyElement], loss: str, **fields: object) -> AnyElement | None:
        """:meth:`build` for a shape of the source: counted as found, and as arrived once placed."""
        self.report.shapes.found += 1
        element = self.build(factory, loss, **fields)
        self.report.shapes.arrived += element is not None
        return element

    def document(self, language: str | None, background: str | None = None, theme: str = "clean") -> Document:
        """The page as a document in ``language`` (detected from its texts when ``None``)."""
        draft = Document.model_construct(elements=list(self.elements))
        texts = [text.text for _, _, text in iter_texts(draft)]
        source = language or detect_language(texts)
        languages = [source]
        for _, _, text in iter_texts(draft):
            languages.extend(tag for tag in text.variants if tag not in languages)
        # shrink: the source was measured with its own fonts (Helvetica, Virgil), ours are wider, so a
        # label that fitted there is set a little smaller here rather than run out of its shape
        settings = Settings(
            source_language=source, languages=languages, background=background, theme=theme, fit=TextFit.SHRINK
        )
        return Document(settings=settings, elements=self.elements)


def image_data(uri: str) -> tuple[ImageMime, str] | str:
    """The type and base64 data of a ``data:`` URI (draw.io leaves out ``;base64``, Excalidraw does
    not), or why it cannot become an image element: linked, of another type, or undecodable."""
    header, comma, payload = uri.partition(",")
    if not header.startswith("data:") or not comma:
        return "linked by URL"
    media = header.removeprefix("data:").split(";", 1)[0].lower()
    try:  # whatever types the model accepts; its image rule then checks the bytes
        mime = ImageMime("image/jpeg" if media == "image/jpg" else media)
    except ValueError:
        return f"of type {media!r}"
    try:
        return mime, base64.b64encode(base64.b64decode(payload, validate=False)).decode("ascii")
    except (binascii.Error, ValueError):
        return "with undecodable data"


def endpoint_at(element_id: str, x: float | None, y: float | None, size: tuple[float, float] = (1.0, 1.0)) -> Endpoint:
    """An end bound at the fraction (``x``, ``y``) of its element's box of ``size``: the nearest side
    (in pixels) and how far along it; a point in the middle fifth aims at the centre, and without a
    point we choose. A point inside a tall shape (a sequence diagram's lifeline) so lands on the side
    at its own height rather than in the middle."""
    if x is None or y is None:
        return Endpoint(element=element_id)
    if abs(x - 0.5) <= 0.1 and abs(y - 0.5) <= 0.1:
        return Endpoint(element=element_id, anchor=Anchor.CENTER)
    width, height = size
    sides = (
        (x * width, Anchor.LEFT, y),
        ((1 - x) * width, Anchor.RIGHT, y),
        (y * height, Anchor.TOP, x),
        ((1 - y) * height, Anchor.BOTTOM, x),
    )
    _, anchor, position = min(sides, key=lambda side: abs(side[0]))
    return Endpoint(element=element_id, anchor=anchor, offset=max(-0.5, min(0.5, position - 0.5)))
