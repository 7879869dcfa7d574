"""The display list: what to draw, fully laid out, shared by the screen, PNG and SVG.

Plain data. Coordinates are document pixels; colours are ``#rrggbb`` or ``#rrggbbaa``
strings (as in the document). Paths are lists of commands (``("M", x, y)``,
``("L", x, y)``, ``("C", x1, y1, x2, y2, x, y)``, ``("Z",)``) so the SVG writer needs no
Qt call per point; :meth:`PathOp.qpath` builds the QPainterPath once, on demand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

Command = tuple[Any, ...]  # ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",)


def append_command(path: QPainterPath, command: tuple[Any, ...]) -> None:
    """One move/line/cubic/close command of a display-list path onto a QPainterPath."""
    kind = command[0]
    if kind == "M":
        path.moveTo(command[1], command[2])
    elif kind == "L":
        path.lineTo(command[1], command[2])
    elif kind == "C":
        path.cubicTo(*command[1:])
    else:
        path.closeSubpath()


@dataclass(slots=True, eq=False)
class PathOp:
    """A filled and/or stroked path. ``dash`` is a pattern in pixels (empty: solid)."""

    commands: list[Command]
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 1.0
    dash: tuple[float, ...] = ()
    opacity: float = 1.0
    #: (x, y, width, height, radius) when the commands trace exactly this rounded rectangle,
    #: so the SVG writer can say ``<rect>`` instead of spelling out the path
    rect: tuple[float, float, float, float, float] | None = None
    _qpath: QPainterPath | None = field(default=None, repr=False)

    def qpath(self) -> QPainterPath:
        if self._qpath is None:
            path = QPainterPath()
            for command in self.commands:
                append_command(path, command)
            self._qpath = path
        return self._qpath

    def extent(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of every coordinate, control points included."""
        if self.rect is not None:
            x, y, w, h, _ = self.rect
            grow = self.stroke_width / 2 if self.stroke else 0.0
            return (x - grow, y - grow, x + w + grow, y + h + grow)
        # every command holds (x, y) pairs after its letter: flattened, x and y alternate
        values = [value for command in self.commands for value in command[1:]]
        if not values:
            return (0.0, 0.0, 0.0, 0.0)
        xs, ys = values[0::2], values[1::2]
        grow = self.stroke_width / 2 if self.stroke else 0.0
        return (min(xs) - grow, min(ys) - grow, max(xs) + grow, max(ys) + grow)


Anchor = Literal["left", "center", "right"]


@dataclass(slots=True, eq=False)
class TextLineOp:
    """One line of text, already broken and positioned.

    ``x`` is the left edge of the line's ink box and ``width`` its advance, as Qt measured;
    ``y`` is the baseline. ``anchor`` tells which point of the line the layout aligned
    (left edge, centre or right edge), which an SVG viewer should keep fixed.
    """

    text: str
    families: tuple[str, ...]
    size: float
    weight: int
    color: str
    x: float
    y: float
    width: float
    ascent: float
    descent: float
    direction: Literal["ltr", "rtl"] = "ltr"
    language: str = "en"
    anchor: Anchor = "left"
    opacity: float = 1.0
    #: the sum of the glyphs' advances (``width`` adds the overhang of a slanted last letter):
    #: the length an SVG viewer is told to give the line
    advance: float = 0.0

    def anchor_x(self) -> float:
        if self.anchor == "center":
            return self.x + self.width / 2
        return self.x + self.width if self.anchor == "right" else self.x

    def extent(self) -> tuple[float, float, float, float]:
        return (self.x, self.y - self.ascent, self.x + self.width, self.y + self.descent)


@dataclass(slots=True, eq=False)
class IconOp:
    """A qtawesome glyph (``mdi6.database``) filled with ``color`` inside the square ``rect``."""

    name: str
    rect: QRectF
    color: str
    opacity: float = 1.0

    def extent(self) -> tuple[float, float, float, float]:
        return self.rect.getCoords()  # type: ignore[return-value]  # (left, top, right, bottom), one Qt call


@dataclass(slots=True, eq=False)
class ImageOp:
    """An embedded picture: base64 ``data`` of type ``mime`` scaled into ``rect``."""

    rect: QRectF
    mime: str
    data: str
    opacity: float = 1.0

    def extent(self) -> tuple[float, float, float, float]:
        return self.rect.getCoords()  # type: ignore[return-value]  # (left, top, right, bottom), one Qt call


DrawOp = PathOp | TextLineOp | IconOp | ImageOp


@dataclass(slots=True)
class Overflow:
    """Text that does not fit its element: how many pixels it needs beyond the room it has."""

    element_id: str
    language: str
    field: str
    overflow: float


@dataclass(slots=True, eq=False)
class ElementGroup:
    """Everything one element draws, in paint order; ``bounds`` covers all of it."""

    element_id: str
    z: int
    bounds: QRectF
    ops: list[DrawOp] = field(default_factory=list)
    overflows: list[Overflow] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class GridSpec:
    size: float
    color: str
    visible: bool = True


@dataclass(slots=True, eq=False)
class DisplayList:
    """A whole document in one language, ready for any backend."""

    bounds: QRectF
    background: str
    grid: GridSpec
    groups: list[ElementGroup]
    overflows: list[Overflow]
    language: str
    title: str
    direction: Literal["ltr", "rtl"] = "ltr"
    #: element ids in the order a reader takes them: the legend first, then the document's order
    #: (paint order is by z, which is no order for reading)
    reading_order: tuple[str, ...] = ()
