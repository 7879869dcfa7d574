"""The arrow tool and the free arrow ends it makes, by real mouse events on the viewport."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.canvas.items import ArrowView
from editor.model import Anchor, Arrow, Document, Endpoint, Point, dumps
from tests.canvas.conftest import Canvas, box

ALT = Qt.KeyboardModifier.AltModifier  # no snapping: ends land exactly where dropped


def _two_boxes(make_canvas) -> Canvas:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100), box("b", 500, 100)]))
    canvas.scene.set_tool("arrow")
    return canvas


def _only_arrow(canvas: Canvas) -> Arrow:
    arrows = [element for element in canvas.document.elements if isinstance(element, Arrow)]
    assert len(arrows) == 1
    return arrows[0]


def test_an_arrow_dragged_from_a_box_to_a_box_binds_both_floating_in_one_step(make_canvas) -> None:
    canvas = _two_boxes(make_canvas)
    before = dumps(canvas.document)
    canvas.drag((180, 150), (580, 160))
    arrow = _only_arrow(canvas)
    assert arrow.source == Endpoint(element="a", anchor=Anchor.AUTO)
    assert arrow.target == Endpoint(element="b", anchor=Anchor.AUTO)
    assert canvas.scene.undo_stack.count() == 1
    assert canvas.scene.selected_ids() == [arrow.id]
    assert canvas.scene.tool == "select"  # back to select after one arrow, as in Excalidraw
    canvas.scene.undo_stack.undo()
    assert dumps(canvas.document) == before


def test_an_arrow_dropped_on_empty_canvas_ends_free_at_the_drop_point(make_canvas) -> None:
    canvas = _two_boxes(make_canvas)
    canvas.drag((180, 150), (400, 420))
    arrow = _only_arrow(canvas)
    assert arrow.source.element == "a"
    assert arrow.target.element is None and arrow.target.point == Point(x=400, y=420)
    view = canvas.scene.views_by_id[arrow.id]
    assert isinstance(view, ArrowView)
    tip = view.points()[-1]
    assert (tip.x(), tip.y()) == (400, 420)  # the drawn line ends there too


def test_an_arrow_from_empty_canvas_to_empty_canvas_is_free_at_both_ends(make_canvas) -> None:
    canvas = _two_boxes(make_canvas)
    canvas.drag((113, 333), (451, 517), modifiers=ALT)
    arrow = _only_arrow(canvas)
    assert (arrow.source.point, arrow.target.point) == (Point(x=113, y=333), Point(x=451, y=517))


def test_the_arrow_is_previewed_while_dragging_and_esc_cancels_it(make_canvas) -> None:
    canvas = _two_boxes(make_canvas)
    before = dumps(canvas.document)
    canvas.hover(180, 150)
    canvas.press(180, 150)
    for x in (250, 350, 450):
        canvas.hover(x, 300, Qt.MouseButton.LeftButton)
    preview = _only_arrow(canvas)  # drawn live, as it will be saved
    assert preview.target.point == Point(x=450, y=300)
    assert canvas.scene.undo_stack.count() == 0
    canvas.key(Qt.Key.Key_Escape)
    canvas.release(450, 300)
    assert dumps(canvas.document) == before
    assert canvas.scene.undo_stack.count() == 0
    assert canvas.scene.tool == "select"


def test_a_click_with_the_arrow_tool_makes_nothing(make_canvas) -> None:
    canvas = _two_boxes(make_canvas)
    canvas.press(300, 400)
    canvas.release(300, 400)
    assert not any(isinstance(element, Arrow) for element in canvas.document.elements)
    assert canvas.scene.undo_stack.count() == 0


def test_a_free_end_dragged_onto_a_box_binds_and_off_it_frees_again(make_canvas) -> None:
    canvas = _two_boxes(make_canvas)
    canvas.drag((180, 150), (400, 420))
    arrow_id = _only_arrow(canvas).id
    assert canvas.scene.selected_ids() == [arrow_id]  # its end handles are grabbable now
    canvas.drag((400, 420), (560, 170))
    bound = _only_arrow(canvas)
    assert bound.target == Endpoint(element="b", anchor=Anchor.AUTO)
    assert canvas.scene.undo_stack.count() == 2
    view = canvas.scene.views_by_id[arrow_id]
    assert isinstance(view, ArrowView)
    tip = view.points()[-1]
    assert tip.x() == 500  # the end sits on b's left side, facing a
    canvas.drag((tip.x(), tip.y()), (300, 500), modifiers=ALT)
    freed = _only_arrow(canvas)
    assert freed.target == Endpoint(point=Point(x=300, y=500))
    assert canvas.scene.undo_stack.count() == 3
    canvas.scene.undo_stack.undo()
    assert _only_arrow(canvas).target.element == "b"


def test_moving_a_selected_free_arrow_moves_its_free_ends(make_canvas) -> None:
    canvas = _two_boxes(make_canvas)
    canvas.drag((113, 333), (451, 517), modifiers=ALT)
    canvas.drag((197.5, 379), (217.5, 399), modifiers=ALT)  # on its line (not the bend handle): it all moves
    arrow = _only_arrow(canvas)
    assert (arrow.source.point, arrow.target.point) == (Point(x=133, y=353), Point(x=471, y=537))
