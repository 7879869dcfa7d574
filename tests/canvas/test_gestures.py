"""Gestures with real mouse events: resize, reconnect, waypoints, snapping, Esc, connect to a new box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.canvas.items import ArrowView
from editor.model import Arrow, Box, Document, Point
from tests.canvas.conftest import Canvas, arrow, box


def _rect(canvas: Canvas, element_id: str) -> tuple[float, float, float, float]:
    element = canvas.document.element(element_id)
    assert isinstance(element, Box)
    return (element.rect.x, element.rect.y, element.rect.width, element.rect.height)


def test_resize_by_the_bottom_right_handle_is_one_undo_step(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100)]))
    canvas.press(180, 150)
    canvas.release(180, 150)
    assert canvas.scene.selected_ids() == ["a"]
    canvas.drag((260, 200), (340, 260), modifiers=Qt.KeyboardModifier.AltModifier)  # Alt: no snapping
    assert _rect(canvas, "a") == (100, 100, 240, 160)
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert _rect(canvas, "a") == (100, 100, 160, 100)


def test_reconnect_an_arrow_end_onto_a_third_box(make_canvas) -> None:
    document = Document(elements=[box("a", 100, 100), box("b", 400, 100), box("c", 400, 400), arrow("ab", "a", "b")])
    canvas: Canvas = make_canvas(document)
    canvas.scene.select_ids(["ab"])
    view = canvas.scene.views_by_id["ab"]
    assert isinstance(view, ArrowView)
    end = view.points()[-1]
    canvas.drag((end.x(), end.y()), (480, 440))
    moved = canvas.document.element("ab")
    assert isinstance(moved, Arrow) and moved.target.element == "c" and moved.source.element == "a"
    assert view.points()[-1].y() >= 400  # the drawn route now ends on c
    assert canvas.scene.undo_stack.undoText() == "Reconnect arrow"  # an arrow without a label: its kind


def test_drag_a_segment_midpoint_adds_a_waypoint_then_drag_it(make_canvas) -> None:
    document = Document(elements=[box("a", 100, 100), box("b", 500, 100), arrow("ab", "a", "b")])
    canvas: Canvas = make_canvas(document)
    canvas.scene.select_ids(["ab"])
    view = canvas.scene.views_by_id["ab"]
    assert isinstance(view, ArrowView)
    start, end = view.points()[0], view.points()[-1]
    middle = ((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
    canvas.drag(middle, (middle[0], middle[1] + 120), modifiers=Qt.KeyboardModifier.AltModifier)
    added = canvas.document.element("ab")
    assert isinstance(added, Arrow) and added.waypoints == [Point(x=middle[0], y=middle[1] + 120)]
    canvas.drag(
        (middle[0], middle[1] + 120), (middle[0] + 40, middle[1] + 200), modifiers=Qt.KeyboardModifier.AltModifier
    )
    dragged = canvas.document.element("ab")
    assert isinstance(dragged, Arrow) and dragged.waypoints == [Point(x=middle[0] + 40, y=middle[1] + 200)]
    assert any(abs(point.y() - (middle[1] + 200)) < 1 for point in view.points())
    assert canvas.scene.undo_stack.count() == 2
    canvas.scene.undo_stack.undo()
    canvas.scene.undo_stack.undo()
    restored = canvas.document.element("ab")
    assert isinstance(restored, Arrow) and restored.waypoints == []


def test_snapping_to_the_grid_when_on(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100)]))
    canvas.scene.set_snap_to_grid(True)
    canvas.drag((180, 150), (180 + 47, 150 + 33))
    x, y, _, _ = _rect(canvas, "a")
    assert (x % 20, y % 20) == (0, 0)
    assert (x, y) == (140, 140)


def test_snapping_to_another_box_shows_a_guide_while_dragging(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100), box("b", 400, 300)]))
    canvas.hover(180, 150)
    canvas.press(180, 150)
    for step in range(1, 6):  # towards a left edge 3 px off b's left edge (x = 400)
        canvas.hover(180 + step * 60.6, 150 + step * 20, Qt.MouseButton.LeftButton)
    guides = list(canvas.scene.guides)
    canvas.release(180 + 303, 250)
    assert _rect(canvas, "a")[:2] == (400, 200)  # 403 snapped into line with b (same width: both edges)
    vertical = [guide for guide in guides if guide.x1() == guide.x2()]
    assert vertical and vertical[0].x1() in (400, 560)
    assert vertical[0].y1() <= 200 and vertical[0].y2() >= 400  # the guide spans both boxes
    assert canvas.scene.guides == []  # the guide goes with the gesture


@pytest.mark.parametrize("gesture", ["move", "resize", "connect", "rubber band"])
def test_escape_cancels_the_gesture_in_progress(make_canvas, gesture: str) -> None:
    document = Document(elements=[box("a", 100, 100), box("b", 500, 100)])
    canvas: Canvas = make_canvas(document)
    before = document.model_dump()
    if gesture == "resize":
        canvas.scene.select_ids(["a"])
        start, path = (260, 200), [(300, 240), (340, 280)]
    elif gesture == "connect":
        canvas.hover(180, 150)
        start, path = (260, 150), [(400, 150), (560, 150)]
    elif gesture == "rubber band":
        start, path = (50, 50), [(300, 300), (700, 300)]
    else:
        start, path = (180, 150), [(220, 190), (300, 260)]
    canvas.hover(*start)
    canvas.press(*start)
    for point in path:
        canvas.hover(*point, Qt.MouseButton.LeftButton)
    assert canvas.scene.interaction is not None
    canvas.key(Qt.Key.Key_Escape)
    assert canvas.scene.interaction is None
    canvas.release(*path[-1])
    assert canvas.document.model_dump() == before
    assert canvas.scene.undo_stack.count() == 0
    assert canvas.scene.rubber_band is None and canvas.scene.rubber_line is None
    if gesture == "rubber band":
        assert canvas.scene.selected_ids() == []


def test_escape_cancels_text_editing(make_canvas) -> None:
    document = Document(elements=[box("a", 100, 100, "API")])
    canvas: Canvas = make_canvas(document)
    canvas.double_click(180, 150)
    assert canvas.scene.editor is not None
    canvas.type("Gateway")
    canvas.key(Qt.Key.Key_Escape)
    assert canvas.scene.editor is None
    element = canvas.document.element("a")
    assert isinstance(element, Box) and element.name.text == "API"
    assert canvas.scene.undo_stack.count() == 0


def test_connection_dropped_on_empty_canvas_makes_a_connected_box_in_one_step(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100)]))
    canvas.hover(180, 150)
    canvas.drag((260, 150), (600, 300))
    boxes = [element for element in canvas.document.elements if isinstance(element, Box)]
    arrows = [element for element in canvas.document.elements if isinstance(element, Arrow)]
    assert len(boxes) == 2 and len(arrows) == 1
    new = boxes[1]
    assert new.rect.center.x == pytest.approx(600) and new.rect.center.y == pytest.approx(300)
    assert (arrows[0].source.element, arrows[0].target.element) == ("a", new.id)
    assert canvas.scene.editor is not None and canvas.scene.editor.element_id == new.id  # name it right away
    canvas.key(Qt.Key.Key_Escape)
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert [element.id for element in canvas.document.elements] == ["a"]
