"""The geometry of every box outline: one function per shape, in plain floats.

Each shape function takes the box rectangle and returns an :class:`OutlineGeometry`: the
closed ``body`` that is filled (and stroked), any ``marks`` that are only stroked (a
cylinder's front lid, a note's fold, an actor's limbs), and the ``inner`` rectangle where the
icon and the text go. The layout fills and strokes them (crisp, or sketched with the
element's seed by :func:`editor.render.sketch.sketch_path`), the canvas hit-tests the body,
and the arrow geometry ends arrows on it. So the screen, PNG, SVG and PDF share one shape.

Proportions follow draw.io's shapes (its cylinder lid, document wave, cloud and actor).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from editor.model.elements import ACTOR_FIGURE, BoxShape
from editor.render import sketch
from editor.render.display_list import Command

Rect = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class OutlineGeometry:
    """What one box outline draws: a filled ``body``, stroke-only ``marks``, the ``inner`` text area."""

    body: list[Command]
    marks: list[Command]
    inner: Rect
    #: the rectangle arrows end on instead of the body (an actor's limbs are no closed outline)
    perimeter: Rect | None = None


def _rectangle(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    return OutlineGeometry(sketch.rounded_rect(x, y, w, h, radius), [], (x, y, w, h))


def _ellipse(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    """The widest text area inside an ellipse with this aspect: 0.8 x 0.6 of its box touches the curve."""
    del radius
    return OutlineGeometry(
        sketch.ellipse(x + w / 2, y + h / 2, w / 2, h / 2), [], (x + w * 0.1, y + h * 0.2, w * 0.8, h * 0.6)
    )


def _diamond(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    """A rhombus; 0.6 x 0.4 of the box, centred, touches its sides (text is wider than tall)."""
    del radius
    body: list[Command] = [
        ("M", x + w / 2, y),
        ("L", x + w, y + h / 2),
        ("L", x + w / 2, y + h),
        ("L", x, y + h / 2),
        ("Z",),
    ]
    return OutlineGeometry(body, [], (x + w * 0.2, y + h * 0.3, w * 0.6, h * 0.4))


def _lid(w: float, h: float) -> float:
    """The half-height of a cylinder's elliptic lid (draw.io's cylinder3 uses 15 px)."""
    return min(h * 0.1, w * 0.15, 20.0)


def _cylinder(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    """A database drum: the body with its back rim, the lid's front rim a stroke; text below the lid."""
    del radius
    ry = _lid(w, h)
    k = ry * 0.5523
    kx = w / 2 * 0.5523
    cx, right, bottom = x + w / 2, x + w, y + h
    body: list[Command] = [
        ("M", x, y + ry),
        ("C", x, y + ry - k, cx - kx, y, cx, y),
        ("C", cx + kx, y, right, y + ry - k, right, y + ry),
        ("L", right, bottom - ry),
        ("C", right, bottom - ry + k, cx + kx, bottom, cx, bottom),
        ("C", cx - kx, bottom, x, bottom - ry + k, x, bottom - ry),
        ("Z",),
    ]
    marks: list[Command] = [
        ("M", x, y + ry),
        ("C", x, y + ry + k, cx - kx, y + 2 * ry, cx, y + 2 * ry),
        ("C", cx + kx, y + 2 * ry, right, y + ry + k, right, y + ry),
    ]
    return OutlineGeometry(body, marks, (x, y + 2 * ry, w, h - 3 * ry))


def _wave(h: float) -> float:
    """The depth of a document's wavy bottom edge: an eighth of the height, at most 24 px."""
    return min(h * 0.12, 24.0)


def _document(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    """A page whose bottom edge waves (draw.io's ``shape=document``); text above the wave."""
    del radius
    d = _wave(h)
    right, base = x + w, y + h - d
    body: list[Command] = [
        ("M", x, y),
        ("L", right, y),
        ("L", right, base),
        ("C", x + w * 0.75, base - d, x + w * 0.6, base - d, x + w / 2, base),
        ("C", x + w * 0.4, base + d, x + w * 0.25, base + d, x, base),
        ("Z",),
    ]
    return OutlineGeometry(body, [], (x, y, w, h - 2 * d))


#: draw.io's mxCloud path, as fractions of the box: (x1, y1, x2, y2, x, y) per curve
_CLOUD = (
    (0.05, 0.25, 0.0, 0.5, 0.16, 0.55),
    (0.0, 0.66, 0.18, 0.9, 0.31, 0.8),
    (0.4, 1.0, 0.7, 1.0, 0.8, 0.8),
    (1.0, 0.8, 1.0, 0.6, 0.875, 0.5),
    (1.0, 0.3, 0.8, 0.1, 0.625, 0.2),
    (0.5, 0.05, 0.3, 0.05, 0.25, 0.25),
)


def _cloud(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    del radius
    body: list[Command] = [("M", x + 0.25 * w, y + 0.25 * h)]
    for x1, y1, x2, y2, ex, ey in _CLOUD:
        body.append(("C", x + x1 * w, y + y1 * h, x + x2 * w, y + y2 * h, x + ex * w, y + ey * h))
    body.append(("Z",))
    return OutlineGeometry(body, [], (x + 0.16 * w, y + 0.24 * h, w * 0.68, h * 0.56))


def _actor(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    """A stick figure (draw.io's umlActor proportions, 1 wide to 2 tall) over its name and role.

    draw.io puts an actor's label below the shape; here the label area is the box's lower part,
    so the text stays inside the element like every other box's. Arrows end on the figure's
    column (as wide as the figure, the box's full height), not on the empty room beside it.
    """
    del radius
    fh = h * ACTOR_FIGURE
    fw = min(w, fh / 2)
    left, cx = x + (w - fw) / 2, x + w / 2
    head = sketch.ellipse(cx, y + fh / 8, fw / 4, fh / 8)
    neck, hip = y + fh / 4, y + fh * 2 / 3
    marks: list[Command] = [
        ("M", cx, neck),
        ("L", cx, hip),
        ("M", left, y + fh / 3),
        ("L", left + fw, y + fh / 3),
        ("M", left, y + fh),
        ("L", cx, hip),
        ("L", left + fw, y + fh),
    ]
    gap = min(h * 0.04, 8.0)
    return OutlineGeometry(head, marks, (x, y + fh + gap, w, h - fh - gap), perimeter=(left, y, fw, h))


def _hexagon_inset(w: float, h: float) -> float:
    return min(w * 0.25, h * 0.5)


def _hexagon(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    del radius
    s = _hexagon_inset(w, h)
    right, bottom, cy = x + w, y + h, y + h / 2
    body: list[Command] = [
        ("M", x + s, y),
        ("L", right - s, y),
        ("L", right, cy),
        ("L", right - s, bottom),
        ("L", x + s, bottom),
        ("L", x, cy),
        ("Z",),
    ]
    # the band 0.2-0.8 of the height: there the slanted sides are at most 0.6 of the inset in
    return OutlineGeometry(body, [], (x + s * 0.6, y + h * 0.2, w - s * 1.2, h * 0.6))


def _parallelogram(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    """Leaning right, as draw.io's and Mermaid's ``[/ /]``; the text keeps clear of both slanted sides
    in the band 0.15-0.85 of the height (where they are at most 0.85 of the slant in)."""
    del radius
    s = min(w * 0.2, h * 0.6)
    right, bottom = x + w, y + h
    body: list[Command] = [("M", x + s, y), ("L", right, y), ("L", right - s, bottom), ("L", x, bottom), ("Z",)]
    return OutlineGeometry(body, [], (x + s * 0.85, y + h * 0.15, w - s * 1.7, h * 0.7))


def _stadium(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    """A pill: fully rounded ends; the text keeps out of the round caps' corners."""
    del radius
    r = min(w, h) / 2
    inset = r * (1 - math.sqrt(0.5))
    return OutlineGeometry(sketch.rounded_rect(x, y, w, h, r), [], (x + inset, y + inset, w - 2 * inset, h - 2 * inset))


def _fold(w: float, h: float) -> float:
    """The folded corner of a note (draw.io's ``shape=note`` uses 30 px)."""
    return min(w * 0.25, h * 0.25, 30.0)


def _note(x: float, y: float, w: float, h: float, radius: float) -> OutlineGeometry:
    """A sticky note: a page with its top right corner folded over."""
    del radius
    f = _fold(w, h)
    right, bottom = x + w, y + h
    body: list[Command] = [
        ("M", x, y),
        ("L", right - f, y),
        ("L", right, y + f),
        ("L", right, bottom),
        ("L", x, bottom),
        ("Z",),
    ]
    marks: list[Command] = [("M", right - f, y), ("L", right - f, y + f), ("L", right, y + f)]
    return OutlineGeometry(body, marks, (x, y + f / 2, w, h - f / 2))


_SHAPES: dict[BoxShape, Callable[[float, float, float, float, float], OutlineGeometry]] = {
    BoxShape.RECTANGLE: _rectangle,
    BoxShape.ELLIPSE: _ellipse,
    BoxShape.DIAMOND: _diamond,
    BoxShape.CYLINDER: _cylinder,
    BoxShape.DOCUMENT: _document,
    BoxShape.CLOUD: _cloud,
    BoxShape.ACTOR: _actor,
    BoxShape.HEXAGON: _hexagon,
    BoxShape.PARALLELOGRAM: _parallelogram,
    BoxShape.STADIUM: _stadium,
    BoxShape.NOTE: _note,
}


@lru_cache(maxsize=4096)
def outline_geometry(  # noqa: PLR0917
    shape: BoxShape, x: float, y: float, w: float, h: float, radius: float = 0.0
) -> OutlineGeometry:
    """The outline of ``shape`` in the box ``(x, y, w, h)``; ``radius`` rounds a rectangle's corners only.

    Shared between callers (the canvas asks again on every hit test): do not modify the lists.
    """
    return _SHAPES[shape](x, y, w, h, radius)


def outer_size(shape: BoxShape, width: float, height: float) -> tuple[float, float]:
    """The box size whose inner area is ``width`` x ``height`` (what a layout sizing boxes to their
    text needs: an ellipse must be wider and taller than its text)."""
    if shape is BoxShape.RECTANGLE:
        return width, height
    outer_width, outer_height = width, height
    for _ in range(8):  # the inner area is nearly a fixed share of the box: a few steps settle it
        _, _, inner_width, inner_height = outline_geometry(shape, 0.0, 0.0, outer_width, outer_height).inner
        outer_width *= width / max(inner_width, 1e-6)
        outer_height *= height / max(inner_height, 1e-6)
    return outer_width, outer_height
