"""Arrows stay bound and drawn right when a box is resized or restyled, and routing changes the drawing.

Checked on the scene items (route, bounds, hit shape, drawn path), not only in the model:
what the user sees must follow.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPointF, Qt

from editor.canvas.items import ArrowView
from editor.canvas.overlay import bend_handles
from editor.commands import SetProperty, SetRect, SetStyle
from editor.model import Anchor, Arrow, Document, Endpoint, Point, Rect, Routing, Settings, plain
from editor.render.display_list import PathOp, TextLineOp
from editor.render.layout_geometry import arrow_route, curve, flatten, point_along
from tests.canvas.conftest import Canvas, arrow, box

ALT = Qt.KeyboardModifier.AltModifier  # no snapping: exact sizes


def _two_boxes_and_an_arrow(routing: Routing = Routing.STRAIGHT) -> Document:
    bound = arrow("ab", "a", "b").model_copy(
        update={
            "source": Endpoint(element="a", anchor=Anchor.RIGHT),
            "target": Endpoint(element="b", anchor=Anchor.TOP),
            "routing": routing,
        }
    )
    # the clean theme draws crisp lines, so the drawn path's corners are the route's
    return Document(settings=Settings(theme="clean"), elements=[box("a", 100, 100), box("b", 500, 300), bound])


def _arrow_view(canvas: Canvas) -> ArrowView:
    view = canvas.scene.views_by_id["ab"]
    assert isinstance(view, ArrowView)
    return view


def _shaft(view: ArrowView) -> PathOp:
    """The arrow's drawn line (the first path of its display list; the heads come after)."""
    op = view.element_group().ops[0]
    assert isinstance(op, PathOp)
    return op


def _covers(view: ArrowView, point: QPointF) -> bool:
    return view.sceneBoundingRect().contains(point) and view.shape().contains(view.mapFromScene(point))


def test_resizing_the_target_box_by_its_handle_moves_the_drawn_arrow_end(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes_and_an_arrow())
    view = _arrow_view(canvas)
    assert view.points()[-1] == QPointF(580, 300)  # the middle of b's top side
    canvas.press(580, 350)
    canvas.release(580, 350)
    canvas.drag((500, 300), (420, 200), modifiers=ALT)  # b's top-left handle: b grows up and left
    assert canvas.document.element("b").rect == Rect(x=420, y=200, width=240, height=200)
    end = view.points()[-1]
    assert (end.x(), end.y()) == (540, 200)  # the middle of the new top side
    assert _shaft(view).commands[-1][1:] == (540, 200)  # what is painted ends there too
    assert _covers(view, QPointF(539, 195)) and view.sceneBoundingRect().contains(end)
    canvas.scene.undo_stack.undo()
    assert view.points()[-1] == QPointF(580, 300)


def test_resizing_the_source_box_mid_drag_keeps_the_arrow_on_its_side(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes_and_an_arrow())
    view = _arrow_view(canvas)
    canvas.press(180, 150)
    canvas.release(180, 150)
    canvas.hover(260, 200)
    canvas.press(260, 200, ALT)  # a's bottom-right handle
    canvas.hover(300, 300, Qt.MouseButton.LeftButton)
    start = view.points()[0]
    assert (start.x(), start.y()) == (300, 200)  # the arrow follows while the mouse is still down
    canvas.hover(340, 340, Qt.MouseButton.LeftButton)
    canvas.release(340, 340, ALT)
    assert (view.points()[0].x(), view.points()[0].y()) == (340, 220)
    assert canvas.scene.undo_stack.count() == 1


def test_a_size_change_from_a_command_moves_the_arrow_end(make_canvas) -> None:
    """As the Properties dock does: a SetRect pushed on the scene's stack."""
    canvas: Canvas = make_canvas(_two_boxes_and_an_arrow())
    view = _arrow_view(canvas)
    assert canvas.scene.push(SetRect("b", Rect(x=500, y=400, width=300, height=80)))
    end = view.points()[-1]
    assert (end.x(), end.y()) == (650, 400)
    assert _shaft(view).commands[-1][1:] == (650, 400)
    assert _covers(view, QPointF(640, 390))


def test_restyling_the_bound_box_keeps_the_arrow_bound_and_drawn(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes_and_an_arrow())
    view = _arrow_view(canvas)
    before = [QPointF(point) for point in view.points()]
    assert canvas.scene.push(SetStyle(["b"], {"stroke_width": 6.0, "font_size": 30.0, "fill": "#ffeeaa"}))
    assert view.points() == before
    assert canvas.scene.views_by_id["ab"] is view
    moved_arrow = canvas.document.element("ab")
    assert isinstance(moved_arrow, Arrow) and moved_arrow.target.element == "b"
    center = canvas.document.element("b").rect.center
    canvas.drag((center.x, center.y), (center.x + 100, center.y + 50), modifiers=ALT)  # and still follows b
    end = view.points()[-1]
    assert (end.x(), end.y()) == (680, 350)


def test_restyling_the_arrow_redraws_it_with_the_new_width_and_a_bigger_head(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes_and_an_arrow())
    view = _arrow_view(canvas)
    thin_shaft, thin_head = view.element_group().ops[:2]
    assert isinstance(thin_shaft, PathOp) and isinstance(thin_head, PathOp) and thin_shaft.stroke_width < 3
    assert canvas.scene.push(SetStyle(["ab"], {"stroke_width": 8.0}))
    shaft, head = view.element_group().ops[:2]
    assert isinstance(shaft, PathOp) and isinstance(head, PathOp)
    assert shaft.stroke_width == head.stroke_width == 8.0
    assert head.qpath().boundingRect().height() > thin_head.qpath().boundingRect().height() * 2
    assert view.boundingRect().contains(view.mapFromScene(head.qpath().boundingRect()).boundingRect())
    canvas.scene.undo_stack.undo()
    assert _shaft(view).stroke_width == thin_shaft.stroke_width


def test_routing_straight_orthogonal_curved_changes_what_is_drawn(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes_and_an_arrow())
    view = _arrow_view(canvas)
    canvas.scene.select_ids(["ab"])
    drawn = {}
    for routing in ("straight", "orthogonal", "curved"):
        canvas.scene.set_routing(routing)
        drawn[routing] = _shaft(view).commands
        canvas.view.viewport().repaint()
    assert [command[0] for command in drawn["straight"]] == ["M", "L"]
    assert [tuple(command[1:]) for command in drawn["orthogonal"]] == [(260, 150), (580, 150), (580, 300)]
    assert drawn["curved"][1][0] == "C"
    assert canvas.scene.undo_stack.count() == 2  # straight was its routing already: no step
    canvas.scene.undo_stack.undo()
    assert _shaft(view).commands == drawn["orthogonal"]


@pytest.mark.parametrize("routing", list(Routing))
def test_a_click_on_the_drawn_line_selects_the_arrow_for_every_routing(make_canvas, routing: Routing) -> None:
    document = _two_boxes_and_an_arrow(routing)
    canvas: Canvas = make_canvas(document)
    arrow_element = document.element("ab")
    assert isinstance(arrow_element, Arrow)
    points, first, last = arrow_route(document, arrow_element)
    if routing is Routing.CURVED:
        points = flatten(curve(points, first, last))
    x, y = (
        points[len(points) // 2]
        if len(points) > 2
        else ((points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2)
    )
    canvas.press(x, y)
    canvas.release(x, y)
    assert canvas.scene.selected_ids() == ["ab"]


def test_a_routing_change_is_refused_for_nothing_but_arrows(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes_and_an_arrow())
    canvas.scene.select_ids(["a", "b"])
    canvas.scene.set_routing("curved")
    assert canvas.scene.undo_stack.count() == 0
    assert canvas.scene.push(SetProperty(["ab"], "routing", "curved"))
    assert _shaft(_arrow_view(canvas)).commands[1][0] == "C"


def test_an_arrow_with_a_waypoint_and_a_label_follows_one_end_and_moves_whole_with_both(make_canvas) -> None:
    document = _two_boxes_and_an_arrow()
    bent = document.element("ab").model_copy(update={"waypoints": [Point(x=400, y=60)], "label": plain("reads")})
    document = Document(settings=document.settings, elements=[*document.elements[:2], bent])
    canvas: Canvas = make_canvas(document)
    view = _arrow_view(canvas)
    canvas.drag((180, 150), (180, 250), modifiers=ALT)  # the source box alone: its end follows, the bend stays
    points = view.points()
    assert (points[0].x(), points[0].y()) == (260, 250) and (points[1].x(), points[1].y()) == (400, 60)
    assert _shaft(view).commands[0][1:] == (260, 250)
    canvas.scene.select_ids(["a", "b"])
    canvas.drag((580, 350), (630, 400), modifiers=ALT)  # both boxes: the arrow and its bend move along
    moved = canvas.document.element("ab")
    assert isinstance(moved, Arrow) and moved.waypoints == [Point(x=450, y=110)]
    points = view.points()
    assert [(p.x(), p.y()) for p in points] == [(310, 300), (450, 110), (630, 350)]
    label = next(op for op in view.element_group().ops if isinstance(op, TextLineOp) and op.text == "reads")
    shift = view.pos() - view._origin  # a whole move paints the laid-out group shifted, not laid out again
    middle = point_along([(p.x(), p.y()) for p in points], 0.5)
    drawn = (label.x + label.width / 2 + shift.x(), label.y - label.ascent / 2 + shift.y())
    assert abs(drawn[0] - middle[0]) < 1 and abs(drawn[1] - middle[1]) < 3  # the label rides along
    assert canvas.scene.undo_stack.count() == 2


def test_an_orthogonal_arrow_gets_a_bend_from_the_handle_drawn_on_its_line(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes_and_an_arrow(Routing.ORTHOGONAL))
    view = _arrow_view(canvas)
    assert [(p.x(), p.y()) for p in view.points()] == [(260, 150), (580, 150), (580, 300)]
    canvas.press(400, 150)  # a click on the line selects the arrow
    canvas.release(400, 150)
    assert canvas.scene.selected_ids() == ["ab"]
    handles = bend_handles(view.points(), [])
    assert [(p.x(), p.y()) for p in handles] == [(495, 150)]  # halfway along the elbowed stretch, on the line
    canvas.drag((495, 150), (430, 240), modifiers=ALT)
    bent = canvas.document.element("ab")
    assert isinstance(bent, Arrow) and bent.waypoints == [Point(x=430, y=240)]
    route = [(p.x(), p.y()) for p in view.points()]
    assert (430, 240) in route and route[0] == (260, 150) and route[-1] == (580, 300)
    assert all(a[0] == b[0] or a[1] == b[1] for a, b in pairwise(route))  # still square
    assert len(bend_handles(view.points(), [QPointF(430, 240)])) == 2  # one per stretch now
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert [(p.x(), p.y()) for p in view.points()] == [(260, 150), (580, 150), (580, 300)]
