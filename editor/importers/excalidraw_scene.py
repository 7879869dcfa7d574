"""Excalidraw scenes out of their carriers (``.excalidraw`` JSON, and the scene an ``.excalidraw.svg``
keeps between payload comments or an ``.excalidraw.png`` keeps in a text chunk), and their element
properties (stroke, background, roughness, seed, font size, arrowheads) in our terms.

Embedded payloads come in two versions: v1 is the scene JSON itself; v2 wraps it as
``{"encoding": "bstring", "compressed": true, "encoded": "<one character per byte of zlib data>"}``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from editor.importers.building import inflate, png_texts, svg_excalidraw_payload
from editor.importers.report import ImportFormatError, ImportReport
from editor.model import ArrowHead, Dash, Style, TextAlign
from editor.model.io import PNG_SIGNATURE

MIME = "application/vnd.excalidraw+json"


def _json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(f"{where}: not valid JSON at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise ImportFormatError(f"{where}: JSON nested too deeply") from None


def _unwrapped(payload: Any, where: str) -> Any:
    """The scene inside a v2 wrapper (or the payload itself when it is already the scene)."""
    if not isinstance(payload, dict) or "encoded" not in payload:
        return payload
    encoded = payload["encoded"]
    if not isinstance(encoded, str):
        raise ImportFormatError(f"{where}: the embedded scene's 'encoded' field is not text")
    try:
        raw = encoded.encode("latin-1")
    except UnicodeEncodeError:
        raw = encoded.encode("utf-8")
    if payload.get("compressed"):
        raw = inflate(raw, where)
    try:
        return _json(raw.decode("utf-8"), where)
    except UnicodeDecodeError:
        raise ImportFormatError(f"{where}: the embedded scene is not UTF-8 text") from None


def read_scene(data: bytes, source: str) -> dict[str, Any]:
    """The scene of an Excalidraw file, whatever carries it; ``elements`` is always a list."""
    if data.startswith(PNG_SIGNATURE):
        texts = png_texts(data, source)
        if MIME not in texts:
            raise ImportFormatError(f"{source}: PNG image has no embedded Excalidraw scene")
        where = f"{source}: PNG chunk {MIME!r}"
        scene = _unwrapped(_json(texts[MIME].decode("utf-8", "replace"), where), where)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ImportFormatError(f"{source}: not UTF-8 text (byte {error.start})") from None
        payload = svg_excalidraw_payload(text) if text.lstrip().startswith("<") else None
        if payload is not None:
            where = f"{source}: embedded scene"
            try:
                decoded = base64.b64decode(payload)
            except (binascii.Error, ValueError):
                raise ImportFormatError(f"{where}: not valid base64") from None
            # v2 is a byte string (one character per byte), v1 is UTF-8
            wrapper = _json(decoded.decode("latin-1"), where)
            if not (isinstance(wrapper, dict) and "encoded" in wrapper):
                wrapper = _json(decoded.decode("utf-8", "replace"), where)
            scene = _unwrapped(wrapper, where)
        elif text.lstrip().startswith("<"):
            raise ImportFormatError(f"{source}: SVG image has no embedded Excalidraw scene")
        else:
            scene = _json(text, source)
    if not isinstance(scene, dict) or scene.get("type") not in ("excalidraw", None):
        raise ImportFormatError(f'{source}: not an Excalidraw scene (no "type": "excalidraw")')
    elements = scene.get("elements", [])
    if not isinstance(elements, list):
        raise ImportFormatError(f'{source}: "elements" is not a list')
    scene["elements"] = [element for element in elements if isinstance(element, dict)]
    return scene


_HEX = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_ALIGN = {"left": TextAlign.START, "center": TextAlign.CENTER, "right": TextAlign.END}
_DASH = {"dashed": Dash.DASHED, "dotted": Dash.DOTTED, "solid": Dash.SOLID}
_HEADS = {
    None: ArrowHead.NONE,
    "arrow": ArrowHead.ARROW,
    "triangle": ArrowHead.TRIANGLE,
    "triangle_outline": ArrowHead.TRIANGLE,
    "dot": ArrowHead.CIRCLE,
    "circle": ArrowHead.CIRCLE,
    "circle_outline": ArrowHead.CIRCLE,
    "diamond": ArrowHead.DIAMOND,
    "diamond_outline": ArrowHead.DIAMOND,
}


def color(value: object) -> str | None:
    """``#rgb``/``#rrggbb``/``#rrggbbaa`` in our form; ``transparent`` is fully transparent."""
    if value == "transparent":
        return "#00000000"
    match = _HEX.match(value) if isinstance(value, str) else None
    if not match:
        return None
    digits = match.group(1)
    return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits).lower()


def _number(element: dict[str, Any], name: str) -> float | None:
    value = element.get(name)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


#: Excalidraw's fontFamily numbers -> ours: its hand fonts (Virgil 1, Excalifont 5) are the whiteboard
#: theme's own, its sans (Helvetica 2, Nunito 6, Liberation Sans 9) and code fonts (Cascadia 3, Comic
#: Shanns 8) keep their kind; others (Lilita One 7) are reported and drawn in the theme's font
FONT_FAMILIES: dict[int, str | None] = {
    1: None,
    5: None,
    2: "Noto Sans",
    6: "Noto Sans",
    9: "Noto Sans",
    3: "DejaVu Sans Mono",
    8: "DejaVu Sans Mono",
}
LOST_FONTS = "Excalidraw texts in other font families drawn in the theme's handwriting"


def element_style(element: dict[str, Any], text: dict[str, Any] | None, *, edge: bool = False) -> Style:
    """The overrides of a shape (or arrow) and of the text bound to it."""
    values: dict[str, object] = {}
    if element.get("type") != "text":
        fill, stroke = color(element.get("backgroundColor")), color(element.get("strokeColor"))
        if fill is not None and not edge:
            values["fill"] = fill
        if stroke is not None:
            values["stroke"] = stroke
        width = _number(element, "strokeWidth")
        if width is not None and 0 <= width <= 100:
            values["stroke_width"] = width
        if element.get("strokeStyle") in _DASH:
            values["dash"] = _DASH[element["strokeStyle"]]
        rounded = element.get("roundness") or element.get("strokeSharpness") == "round"
        if rounded and not edge:
            size = min(abs(_number(element, "width") or 0), abs(_number(element, "height") or 0))
            values["corner_radius"] = min(32.0, size * 0.25)
        roughness = _number(element, "roughness")
        if roughness is not None and 0 <= roughness <= 10:
            values["sketch"] = roughness > 0
            values["roughness"] = roughness
        seed = _number(element, "seed")
        if seed is not None and 0 <= seed <= 2**31 - 1:
            values["seed"] = int(seed)
    opacity = _number(element, "opacity")
    if opacity is not None and 0 <= opacity <= 100 and opacity < 100:
        values["opacity"] = opacity / 100
    if text is not None:
        values["bold"] = False  # Excalidraw draws no text bold; a box's name would be, by default
        text_color = color(text.get("strokeColor"))
        if text_color is not None:
            values["text_color"] = text_color
        font_size = _number(text, "fontSize")
        if font_size is not None and 0 < font_size <= 1000:
            values["font_size"] = font_size
        if text.get("textAlign") in _ALIGN:
            values["text_align"] = _ALIGN[text["textAlign"]]
        family = text.get("fontFamily")
        if isinstance(family, int) and FONT_FAMILIES.get(family):
            values["font_family"] = FONT_FAMILIES[family]
    return Style.model_validate(values)


def arrow_head(element: dict[str, Any], end: str, report: ImportReport) -> ArrowHead:
    name = element.get(f"{end}Arrowhead", "arrow" if end == "end" and f"{end}Arrowhead" not in element else None)
    head = _HEADS.get(name) if isinstance(name, str | type(None)) else None
    if head is None:
        report.lose(f'Excalidraw arrowheads of kind "{name}" imported as plain arrowheads')
        return ArrowHead.ARROW
    return head
