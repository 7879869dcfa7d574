"""Arrows end on the outline a box draws (an ellipse's rim, a diamond's edge), not on its bounding box."""

from __future__ import annotations

import math

import pytest

from editor.model import Anchor, Arrow, Box, BoxShape, Document, Endpoint, Rect, Routing
from editor.render.box_outlines import outline_geometry
from editor.render.layout_geometry import arrow_route, flatten

TARGET = (400.0, 300.0, 200.0, 120.0)


def _document(
    shape: BoxShape, *, anchor: Anchor = Anchor.AUTO, offset: float = 0.0, routing: Routing = Routing.STRAIGHT
) -> Document:
    x, y, width, height = TARGET
    return Document(
        elements=[
            Box(id="source", rect=Rect(x=0, y=0, width=80, height=50)),
            Box(id="target", rect=Rect(x=x, y=y, width=width, height=height), shape=shape),
            Arrow(
                id="arrow",
                source=Endpoint(element="source"),
                target=Endpoint(element="target", anchor=anchor, offset=offset),
                routing=routing,
            ),
        ]
    )


def _end(document: Document) -> tuple[float, float]:
    arrow = document.element("arrow")
    assert isinstance(arrow, Arrow)
    return arrow_route(document, arrow)[0][-1]


def _distance_to_outline(shape: BoxShape, point: tuple[float, float]) -> float:
    outline = flatten(outline_geometry(shape, *TARGET).body)
    px, py = point
    best = math.inf
    for (ax, ay), (bx, by) in zip(outline, [*outline[1:], outline[0]], strict=True):
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(px - ax - t * dx, py - ay - t * dy))
    return best


def _distance_to_box(point: tuple[float, float]) -> float:
    x, y, width, height = TARGET
    return min(abs(point[0] - x), abs(point[0] - x - width), abs(point[1] - y), abs(point[1] - y - height))


OUTLINED = [shape for shape in BoxShape if shape not in (BoxShape.RECTANGLE, BoxShape.ACTOR)]


@pytest.mark.parametrize("shape", OUTLINED, ids=str)
def test_a_floating_end_meets_the_drawn_outline(shape: BoxShape) -> None:
    end = _end(_document(shape))
    assert _distance_to_outline(shape, end) < 0.5, end


@pytest.mark.parametrize("shape", [BoxShape.ELLIPSE, BoxShape.DIAMOND, BoxShape.CLOUD, BoxShape.HEXAGON], ids=str)
def test_a_diagonal_arrow_stops_short_of_the_bounding_box(shape: BoxShape) -> None:
    """Coming in from the top left, the bounding box's corner region is empty for these outlines."""
    assert _distance_to_box(_end(_document(shape))) > 5


def test_the_ellipse_end_lies_on_the_ellipse_itself() -> None:
    x, y, width, height = TARGET
    ex, ey = _end(_document(BoxShape.ELLIPSE))
    assert math.hypot((ex - x - width / 2) / (width / 2), (ey - y - height / 2) / (height / 2)) == pytest.approx(
        1, abs=0.01
    )


def test_an_end_fixed_at_a_side_moves_in_onto_the_diamond() -> None:
    """Fixed at the top a quarter to the right: the diamond's edge is half-way down to its middle."""
    x, y, width, height = TARGET
    ex, ey = _end(_document(BoxShape.DIAMOND, anchor=Anchor.TOP, offset=0.25))
    assert ex == pytest.approx(x + width * 0.75)
    assert ey == pytest.approx(y + height / 4, abs=0.01)


def test_a_right_angled_arrow_arrives_at_the_diamonds_tip() -> None:
    x, y, width, height = TARGET
    ex, ey = _end(_document(BoxShape.DIAMOND, routing=Routing.ORTHOGONAL))
    assert (ex, ey) in {(x, y + height / 2), (x + width / 2, y)}  # the left tip or the top tip


def test_a_rectangle_end_is_still_on_its_border() -> None:
    assert _distance_to_box(_end(_document(BoxShape.RECTANGLE))) == pytest.approx(0, abs=1e-6)


def test_an_actor_end_meets_the_figure_column_not_the_empty_box_side() -> None:
    geometry = outline_geometry(BoxShape.ACTOR, *TARGET)
    assert geometry.perimeter is not None
    left, _, width, _ = geometry.perimeter
    ex, _ = _end(_document(BoxShape.ACTOR))
    assert ex == pytest.approx(left, abs=0.01) and width < TARGET[2] / 2
