"""Whether an embedded SVG is safe to hand to a renderer: refused, never rewritten.

The SVG is streamed through expat (no tree is built) with DOCTYPE, entity declarations,
external entities and processing instructions refused, so no entity expansion and no DTD fetch
can happen. Then every element and attribute is held to these rules:

- no ``script``, ``foreignObject``, ``iframe``, ``embed``, ``object``, ``handler``, ``listener``;
- no event attribute (``onload``, ``onclick``, ...);
- every ``href``/``xlink:href``/``src`` is a fragment (``#id``) or a base64 ``data:`` URL of a
  PNG, JPEG, GIF or WebP that passes the raster rule itself;
- every CSS ``url(...)`` (in attributes and ``<style>``) is a fragment; no ``@import``, no CSS
  escapes (they could spell ``url`` in a way this check would not see);
- no animation of ``href``;
- the declared size (``width``/``height``, else the ``viewBox``) within the image limits, and at
  most :data:`MAX_SVG_ELEMENTS` elements;
- the embedded rasters together within the pixel budget of one image (a renderer decodes each
  of them whole when it reads the SVG);
- what is drawn once every ``#fragment`` reference is followed (``<use href="#a">``,
  ``fill="url(#p)"``) at most :data:`MAX_SVG_ELEMENTS` elements and :data:`MAX_SVG_DEPTH`
  levels deep, with no reference leading back to itself: ten ``<use>`` of a group of ten
  ``<use>``, eight levels down, is 10^8 rectangles from 1.6 KB (100 s of export before), and
  Qt drops, with a warning on stderr, whatever is nested deeper than its own limit of 32.

Why refuse rather than sanitise: a sanitiser rewrites the picture without showing what it took
out, and its own serialiser becomes code every document goes through; refusing keeps the file
byte for byte what its author saved, and ``validate`` names the image and the reason.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import NoReturn
from xml.parsers import expat

from editor.model.images import PIXEL_BUDGET, check_raster, check_size, decode_base64

MAX_SVG_ELEMENTS = 100_000
#: Deepest nesting drawn, counting what a reference brings in: Qt's SVG renderer draws no deeper.
MAX_SVG_DEPTH = 32
_FORBIDDEN_ELEMENTS = frozenset({"script", "foreignObject", "iframe", "embed", "object", "handler", "listener"})
#: Paint servers: drawing what uses one costs no more elements (its stops only say colours).
_GRADIENTS = frozenset({"linearGradient", "radialGradient"})
_ANIMATIONS = frozenset({"set", "animate", "animateMotion", "animateColor", "animateTransform"})
_REFERENCES = frozenset({"href", "src"})
_DATA_URL = re.compile(r"^data:(image/(?:png|jpeg|gif|webp));base64,(.*)$", re.DOTALL | re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_FRAGMENT_URL = re.compile(r"url\(\s*['\"]?#([^'\")\s]*)", re.IGNORECASE)
_LENGTH = re.compile(r"^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(px|pt|pc|mm|cm|in|em|ex|%)?\s*$")
_UNIT_PX = {None: 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_UNIT_PX |= {"em": 16.0, "ex": 8.0}
#: Qt's size for an SVG that states neither a size nor a viewBox.
DEFAULT_SIZE = 100.0


def _local(name: str) -> str:
    """``uri local`` (expat's namespaced form) or ``prefix:local`` to ``local``."""
    return name.rpartition(" ")[2].rpartition(":")[2]


def _check_reference(value: str, where: str) -> int:
    """Refuses anything but a fragment or an embedded raster; the raster's pixels (0 for a fragment)."""
    target = value.strip()
    if target.startswith("#"):
        return 0
    data_url = _DATA_URL.match(target)
    if data_url is None:
        shown = target if len(target) <= 60 else target[:57] + "..."
        raise ValueError(f"SVG {where} refers to {shown!r}; only #fragments and embedded PNG/JPEG/GIF/WebP are allowed")
    mime = data_url.group(1).lower()
    try:
        width, height = check_raster(decode_base64(re.sub(r"\s+", "", data_url.group(2))), mime)
    except ValueError as error:
        raise ValueError(f"SVG {where} embeds a picture that is refused: {error}") from None
    return width * height


def _check_css(text: str, where: str) -> None:
    if "\\" in text:
        raise ValueError(f"SVG {where} uses a CSS escape, which is not accepted")
    if "@import" in text.lower():
        raise ValueError(f"SVG {where} uses @import; styles must be inside the image")
    found = 0
    for match in _CSS_URL.finditer(text):
        found += 1
        if not match.group(2).strip().startswith("#"):
            raise ValueError(f"SVG {where} refers to url({match.group(2).strip()!r}); only url(#fragment) is allowed")
    if text.lower().count("url(") != found:
        raise ValueError(f"SVG {where} has a url( this check cannot read")


def _length(value: str | None) -> float | None:
    """An absolute length in px, or None when absent or relative (a percentage)."""
    if value is None:
        return None
    match = _LENGTH.match(value)
    if match is None:
        raise ValueError(f"SVG size {value!r} is not a length")
    if match.group(2) == "%":
        return None
    number = float(match.group(1)) * _UNIT_PX[match.group(2)]
    if not math.isfinite(number):
        raise ValueError(f"SVG size {value!r} is not a finite length")
    return number


def _declared_size(attributes: dict[str, str]) -> tuple[float, float]:
    """What a renderer allocates for the picture: width/height, falling back to the viewBox."""
    width, height = _length(attributes.get("width")), _length(attributes.get("height"))
    box = attributes.get("viewBox")
    if box is not None:
        try:
            numbers = [float(part) for part in box.replace(",", " ").split()]
        except ValueError:
            raise ValueError(f"SVG viewBox {box!r} is not four numbers") from None
        if len(numbers) != 4 or not all(math.isfinite(number) for number in numbers):
            raise ValueError(f"SVG viewBox {box!r} is not four finite numbers")
        width = numbers[2] if width is None else width
        height = numbers[3] if height is None else height
    return (DEFAULT_SIZE if width is None else width), (DEFAULT_SIZE if height is None else height)


class _Tree:
    """Where each element sits and which ``#fragments`` it draws, to measure the drawing once every
    reference is followed (after the whole SVG is read, since a reference may point forward)."""

    def __init__(self) -> None:
        self.depth: list[int] = []
        self.end: list[int] = []  # one past the element's last descendant
        self.refs: dict[int, list[str]] = {}
        self.ids: dict[str, int] = {}
        self.open_nodes: list[int] = []
        self.measured: dict[str, tuple[int, int]] = {}
        self.following: list[str] = []
        self.gradients: set[int] = set()  # a fill names them, but their stops are not drawn again

    def open(self, local: str, attributes: dict[str, str]) -> None:
        node = len(self.depth)
        if local in _GRADIENTS:
            self.gradients.add(node)
        self.depth.append(len(self.open_nodes))
        self.end.append(node + 1)
        self.open_nodes.append(node)
        targets = []
        for key, value in attributes.items():
            attribute = _local(key)
            if attribute == "id":
                self.ids.setdefault(value.strip(), node)
            elif attribute in _REFERENCES and value.strip().startswith("#"):
                targets.append(value.strip()[1:])
            elif "url(" in value.lower():
                targets.extend(match.group(1) for match in _FRAGMENT_URL.finditer(value))
        if targets:
            self.refs[node] = targets

    def close(self) -> None:
        node = self.open_nodes.pop()
        self.end[node] = len(self.depth)

    def measure(self, start: int = 0) -> tuple[int, int]:
        """(elements drawn, levels deep) of the element at ``start`` with what its references bring in."""
        drawn, levels, base = 0, 0, self.depth[start]
        for node in range(start, self.end[start]):
            drawn += 1
            level = self.depth[node] - base + 1
            for target in self.refs.get(node, ()):
                target_drawn, target_levels = self._follow(target)
                drawn += target_drawn
                level = max(level, self.depth[node] - base + 1 + target_levels)
            levels = max(levels, level)
            if drawn > MAX_SVG_ELEMENTS:
                raise ValueError(f"SVG draws more than {MAX_SVG_ELEMENTS} elements once its #references are followed")
            if levels > MAX_SVG_DEPTH:
                raise ValueError(f"SVG nests more than {MAX_SVG_DEPTH} levels deep, counting what #references bring in")
        return drawn, levels

    def _follow(self, target: str) -> tuple[int, int]:
        if target in self.measured:
            return self.measured[target]
        node = self.ids.get(target)
        if node is None:
            return 0, 0
        if target in self.following:
            raise ValueError(f"SVG reference #{target} leads back to itself")
        if len(self.following) >= MAX_SVG_DEPTH:  # every reference followed is a level deeper
            raise ValueError(f"SVG nests more than {MAX_SVG_DEPTH} levels deep, counting what #references bring in")
        self.following.append(target)
        measured = self.measure(node)  # a gradient too: a cycle or a bomb inside it is still refused
        self.measured[target] = (0, 0) if node in self.gradients else measured
        self.following.pop()
        return self.measured[target]


class _Checker:
    """Expat handlers that raise ``ValueError`` at the first thing not allowed."""

    def __init__(self) -> None:
        self.size: tuple[float, float] | None = None
        self.elements = 0
        self.style_depth = 0
        self.style_text: list[str] = []  # expat may hand one text over in pieces: checked whole
        self.pixels = 0  # of the embedded rasters, together
        self.tree = _Tree()

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = _local(name)
        self.elements += 1
        self.tree.open(local, attributes)
        if self.elements > MAX_SVG_ELEMENTS:
            raise ValueError(f"SVG has more than {MAX_SVG_ELEMENTS} elements")
        if self.size is None:
            if local != "svg":
                raise ValueError(f"SVG data does not start with an <svg> element (found <{local}>)")
            plain = {_local(key): value for key, value in attributes.items()}
            self.size = _declared_size(plain)
            check_size(*self.size, "SVG image")
        if local in _FORBIDDEN_ELEMENTS:
            raise ValueError(f"SVG contains <{local}>, which is not allowed in an image")
        if local == "style":
            self.style_depth += 1
        for key, value in attributes.items():
            attribute = _local(key)
            where = f"<{local} {attribute}>"
            if attribute.lower().startswith("on"):
                raise ValueError(f"SVG {where} is an event handler (scripts are not allowed)")
            if attribute in _REFERENCES:
                self.pixels += _check_reference(value, where)
                if self.pixels > PIXEL_BUDGET:
                    raise ValueError(
                        f"SVG embeds pictures of {self.pixels / 1e6:.0f} megapixels in all, "
                        f"over the {PIXEL_BUDGET // 1_000_000} megapixel budget of one image"
                    )
            elif attribute == "style" or "url(" in value.lower():
                _check_css(value, where)
            if local in _ANIMATIONS and attribute == "attributeName" and _local(value) in _REFERENCES:
                raise ValueError(f"SVG <{local}> animates {value}, which is not allowed")

    def end(self, name: str) -> None:
        self.tree.close()
        if _local(name) == "style":
            self.style_depth -= 1
            _check_css("".join(self.style_text), "<style>")
            self.style_text.clear()

    def text(self, data: str) -> None:
        if self.style_depth:
            self.style_text.append(data)


def _refuse(message: str) -> Callable[..., NoReturn]:
    def handler(*_: object) -> NoReturn:
        raise ValueError(message)

    return handler


def check_svg(raw: bytes) -> tuple[float, float]:
    """The declared (width, height) of SVG bytes that pass every rule above; ``ValueError`` otherwise."""
    width, height, _ = inspect_svg(raw)
    return width, height


def inspect_svg(raw: bytes) -> tuple[float, float, int]:
    """:func:`check_svg`'s size and the pixels of the rasters embedded in the SVG, together (what a
    renderer decodes and holds while it keeps the picture)."""
    checker = _Checker()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse("SVG has a DOCTYPE (DTDs and entities are not allowed)")
    parser.EntityDeclHandler = _refuse("SVG declares an entity, which is not allowed")
    parser.ExternalEntityRefHandler = _refuse("SVG refers to an external entity, which is not allowed")
    parser.ProcessingInstructionHandler = _refuse("SVG has a processing instruction (such as xml-stylesheet)")
    parser.StartElementHandler = checker.start
    parser.EndElementHandler = checker.end
    parser.CharacterDataHandler = checker.text
    try:
        parser.Parse(raw, True)
    except expat.ExpatError as error:
        reason = expat.ErrorString(error.code)
        raise ValueError(f"SVG data is not well-formed XML ({reason}, line {error.lineno})") from None
    if checker.size is None:
        raise ValueError("SVG data has no <svg> element")
    checker.tree.measure()
    return checker.size[0], checker.size[1], checker.pixels
