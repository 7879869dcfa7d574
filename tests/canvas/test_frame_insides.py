"""Hover handles and connection targets follow the picking rules: a frame's inside is looked through.

A lane is picked by its title strip and border only, so hovering its empty inside shows no
connection handles, and a connection dropped there makes a new connected box (as on empty
canvas) instead of binding to the lane. Real mouse events on the viewport throughout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from editor.canvas.geometry import side_handles
from editor.canvas.items import ArrowView
from editor.model import Arrow, Box, Document, Frame, Point, Rect, plain
from tests.canvas.conftest import Canvas, arrow, box


def _lane(*extra: Box | Arrow) -> Document:
    """A lane (40, 40)-(840, 440) holding box a at (100, 150)-(260, 250), behind it."""
    lane = Frame(id="lane", rect=Rect(x=40, y=40, width=800, height=400), title=plain("Read path"), members=["a"])
    return Document(elements=[lane.model_copy(update={"z": -1}), box("a", 100, 150), *extra])


def _handles_drawn(canvas: Canvas, element_id: str) -> list[bool]:
    """Whether the viewport shows a connection handle (the selection blue) at each side of the element."""
    shown = canvas.view.viewport().grab().toImage()
    spots = side_handles(canvas.scene.views_by_id[element_id].rect()).values()
    colours = [QColor(shown.pixel(canvas.at(spot.x(), spot.y()))) for spot in spots]
    return [colour.blue() - colour.red() > 60 for colour in colours]


def test_hovering_a_lanes_inside_shows_no_handles_its_border_does(make_canvas) -> None:
    canvas: Canvas = make_canvas(_lane())
    canvas.hover(600, 350)
    assert canvas.scene.hover_id is None
    assert _handles_drawn(canvas, "lane") == [False] * 4
    canvas.hover(40, 300)  # the left border
    assert canvas.scene.hover_id == "lane"
    assert _handles_drawn(canvas, "lane") == [True] * 4
    canvas.hover(60, 300)  # from the border on into the inside: the handles go
    canvas.hover(120, 300)
    assert canvas.scene.hover_id is None
    assert _handles_drawn(canvas, "lane") == [False] * 4
    canvas.hover(180, 200)  # a box in the lane shows its own
    assert canvas.scene.hover_id == "a"


def test_handles_stay_while_the_pointer_goes_out_to_them(make_canvas) -> None:
    canvas: Canvas = make_canvas(_lane())
    canvas.hover(180, 200)
    canvas.hover(264, 200)  # just right of a, over its right handle
    assert canvas.scene.hover_id == "a"
    canvas.hover(264, 160)  # beside a, far from any handle, inside the lane
    assert canvas.scene.hover_id is None


def test_a_connection_dropped_inside_a_lane_makes_a_connected_box_there(make_canvas) -> None:
    canvas: Canvas = make_canvas(_lane())
    canvas.hover(180, 200)
    canvas.drag((260, 200), (600, 350))  # from a's right handle to the lane's empty inside
    boxes = [e for e in canvas.document.elements if isinstance(e, Box)]
    arrows = [e for e in canvas.document.elements if isinstance(e, Arrow)]
    assert len(boxes) == 2 and len(arrows) == 1
    new = boxes[1]
    assert (new.rect.center.x, new.rect.center.y) == (600, 350)
    assert (arrows[0].source.element, arrows[0].target.element) == ("a", new.id)  # not bound to the lane
    canvas.key(Qt.Key.Key_Escape)  # leave the new box's name empty
    assert canvas.scene.undo_stack.count() == 1


def test_a_connection_dropped_on_a_lanes_border_binds_to_the_lane(make_canvas) -> None:
    canvas: Canvas = make_canvas(_lane())
    canvas.hover(180, 200)
    canvas.drag((260, 200), (837, 300))  # onto the right border
    arrows = [e for e in canvas.document.elements if isinstance(e, Arrow)]
    assert [(a.source.element, a.target.element) for a in arrows] == [("a", "lane")]
    assert len(canvas.document.elements) == 3


def test_an_arrow_end_dropped_inside_a_lane_does_not_bind_to_it_but_comes_free(make_canvas) -> None:
    canvas: Canvas = make_canvas(_lane(box("b", 1000, 150), arrow("ab", "a", "b")))
    canvas.scene.select_ids(["ab"])
    view = canvas.scene.views_by_id["ab"]
    assert isinstance(view, ArrowView)
    end = view.points()[-1]
    canvas.drag((end.x(), end.y()), (600, 350))
    moved = canvas.document.element("ab")
    assert isinstance(moved, Arrow) and moved.target.element is None  # not the lane: free where dropped
    assert moved.target.point == Point(x=600, y=350)
    assert canvas.scene.undo_stack.count() == 1
