"""Selecting with modifier clicks and moving with arrow keys: real mouse and key events on the viewport."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from editor.canvas import CLIPBOARD_MIME
from editor.canvas.items import ArrowView
from editor.model import Arrow, Box, Document, Frame, Rect, plain
from editor.render.display_list import TextLineOp
from editor.render.layout import layout_element
from tests.canvas.conftest import Canvas, arrow, box

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _three_boxes() -> Document:
    return Document(elements=[box("a", 100, 100), box("b", 400, 100), box("c", 100, 400), arrow("ab", "a", "b")])


def _click(canvas: Canvas, x: float, y: float, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    canvas.hover(x, y)
    canvas.press(x, y, modifiers)
    canvas.release(x, y, modifiers)


def _corner(canvas: Canvas, element_id: str) -> tuple[float, float]:
    element = canvas.document.element(element_id)
    assert isinstance(element, Box)
    return (element.rect.x, element.rect.y)


def test_shift_click_adds_ctrl_click_toggles_and_a_click_on_empty_canvas_clears(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    _click(canvas, 180, 150)
    assert canvas.scene.selected_ids() == ["a"]
    _click(canvas, 480, 150, SHIFT)
    assert set(canvas.scene.selected_ids()) == {"a", "b"}
    _click(canvas, 180, 450, CTRL)
    assert set(canvas.scene.selected_ids()) == {"a", "b", "c"}
    _click(canvas, 480, 150, CTRL)  # Ctrl on a selected box takes it out
    assert set(canvas.scene.selected_ids()) == {"a", "c"}
    _click(canvas, 480, 150, SHIFT)  # Shift toggles too, as in draw.io
    assert set(canvas.scene.selected_ids()) == {"a", "b", "c"}
    _click(canvas, 800, 600)  # empty canvas
    assert canvas.scene.selected_ids() == []
    assert canvas.scene.undo_stack.count() == 0  # selecting is not an edit


def test_a_plain_click_on_another_box_replaces_the_selection_and_shift_click_keeps_it_for_dragging(
    make_canvas,
) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    _click(canvas, 180, 150)
    _click(canvas, 480, 150, SHIFT)
    canvas.drag((480, 150), (480, 250))  # dragging one of two selected boxes moves both
    assert (_corner(canvas, "a"), _corner(canvas, "b")) == ((100, 200), (400, 200))
    assert canvas.scene.undo_stack.count() == 1
    _click(canvas, 180, 450)
    assert canvas.scene.selected_ids() == ["c"]


def test_a_plain_click_on_one_of_several_selected_keeps_only_it_unless_it_drags(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    canvas.scene.select_ids(["a", "b", "c"])
    canvas.drag((180, 450), (180, 480))  # a drag keeps the selection and moves all three
    assert set(canvas.scene.selected_ids()) == {"a", "b", "c"}
    assert (_corner(canvas, "a"), _corner(canvas, "c")) == ((100, 130), (100, 430))
    _click(canvas, 480, 180)  # a click without a drag: only b stays selected
    assert canvas.scene.selected_ids() == ["b"]
    assert canvas.scene.undo_stack.count() == 1


def test_arrow_keys_nudge_one_pixel_shift_ten_and_a_burst_is_one_undo_step(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    view = canvas.scene.views_by_id["ab"]
    assert isinstance(view, ArrowView)
    end_before = view.points()[-1]
    _click(canvas, 480, 150)
    for _ in range(3):
        canvas.key(Qt.Key.Key_Right)
    canvas.key(Qt.Key.Key_Down, SHIFT)
    canvas.key(Qt.Key.Key_Down, SHIFT)
    canvas.key(Qt.Key.Key_Up)
    canvas.key(Qt.Key.Key_Left, SHIFT)
    assert _corner(canvas, "b") == (400 + 3 - 10, 100 + 20 - 1)
    end_after = view.points()[-1]  # the arrow into b follows each nudge on screen: it ends on b's left side
    assert end_after.x() == 393 and 119 < end_after.y() < 219
    assert end_after.y() != end_before.y()
    assert canvas.scene.undo_stack.count() == 1
    assert canvas.scene.undo_stack.undoText() == "Move b"
    canvas.scene.undo_stack.undo()
    assert _corner(canvas, "b") == (400, 100)
    assert view.points()[-1] == end_before


def test_nudging_another_selection_is_a_new_undo_step(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    _click(canvas, 180, 150)
    canvas.key(Qt.Key.Key_Right)
    _click(canvas, 180, 450)
    canvas.key(Qt.Key.Key_Right)
    canvas.key(Qt.Key.Key_Right)
    assert (_corner(canvas, "a"), _corner(canvas, "c")) == ((101, 100), (102, 400))
    assert canvas.scene.undo_stack.count() == 2
    canvas.scene.undo_stack.undo()
    assert (_corner(canvas, "a"), _corner(canvas, "c")) == ((101, 100), (100, 400))


def test_arrow_keys_with_nothing_selected_change_nothing(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    before = canvas.document.model_dump()
    canvas.key(Qt.Key.Key_Right)
    canvas.key(Qt.Key.Key_Down, SHIFT)
    assert canvas.document.model_dump() == before
    assert canvas.scene.undo_stack.count() == 0


def test_ctrl_x_cuts_to_our_json_mime_and_ctrl_v_brings_the_elements_back_under_free_ids(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    _click(canvas, 180, 150)
    _click(canvas, 480, 150, SHIFT)
    canvas.key(Qt.Key.Key_X, CTRL)
    payload = json.loads(bytes(QGuiApplication.clipboard().mimeData().data(CLIPBOARD_MIME).data()).decode("utf-8"))
    assert [element["id"] for element in payload["elements"]] == ["a", "b", "ab"]
    assert [element.id for element in canvas.document.elements] == ["c"]
    assert set(canvas.scene.views_by_id) == {"c"}
    assert canvas.scene.undo_stack.undoText() == "Cut"
    canvas.key(Qt.Key.Key_V, CTRL)
    pasted = [canvas.document.element(i) for i in canvas.scene.selected_ids()]
    assert len(pasted) == 3 and "c" not in {element.id for element in pasted}
    boxes = sorted((e for e in pasted if isinstance(e, Box)), key=lambda e: e.rect.x)
    assert [(b.rect.x, b.rect.y) for b in boxes] == [(120, 120), (420, 120)]  # one paste step, same layout
    pasted_arrow = next(e for e in pasted if isinstance(e, Arrow))
    assert (pasted_arrow.source.element, pasted_arrow.target.element) == (boxes[0].id, boxes[1].id)
    assert set(canvas.scene.views_by_id) == {element.id for element in canvas.document.elements}
    canvas.key(Qt.Key.Key_V, CTRL)  # again: the ids are taken now, so the second copies get new ones
    again = canvas.scene.selected_ids()
    assert len(again) == 3 and not set(again) & {element.id for element in pasted}
    assert len({element.id for element in canvas.document.elements}) == 7
    canvas.scene.undo_stack.undo()
    assert canvas.scene.undo_stack.index() == 2  # cut, paste
    canvas.scene.undo_stack.undo()
    canvas.scene.undo_stack.undo()
    assert canvas.document.model_dump() == _three_boxes().model_dump()


def test_keys_pressed_during_a_drag_leave_the_gesture_whole(make_canvas) -> None:
    """Delete, arrows or Ctrl+D mid-drag would edit under the previewed move; only Esc counts then."""
    canvas: Canvas = make_canvas(_three_boxes())
    start = canvas.document.model_dump()
    canvas.hover(180, 150)
    canvas.press(180, 150)
    canvas.hover(230, 200, Qt.MouseButton.LeftButton)
    canvas.hover(280, 250, Qt.MouseButton.LeftButton)
    for key, modifiers in ((Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Right, SHIFT)):
        canvas.key(key, modifiers)
    canvas.key(Qt.Key.Key_D, CTRL)
    canvas.key(Qt.Key.Key_X, CTRL)
    canvas.release(280, 250)
    assert [element.id for element in canvas.document.elements] == ["a", "b", "c", "ab"]
    assert _corner(canvas, "a") == (200, 200)
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert canvas.document.model_dump() == start


def test_arrow_keys_on_a_lone_straight_arrow_make_no_empty_undo_step(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    view = canvas.scene.views_by_id["ab"]
    assert isinstance(view, ArrowView)
    start, end = view.points()[0], view.points()[-1]
    _click(canvas, (start.x() + end.x()) / 2 + 30, (start.y() + end.y()) / 2)  # on the line, off its midpoint
    assert canvas.scene.selected_ids() == ["ab"]
    canvas.key(Qt.Key.Key_Right)
    canvas.key(Qt.Key.Key_Down, SHIFT)
    assert canvas.scene.undo_stack.count() == 0  # it follows its boxes; it has no place of its own to move
    assert canvas.document.model_dump() == _three_boxes().model_dump()


def test_gestures_and_commands_that_change_nothing_leave_no_undo_step(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    stack = canvas.scene.undo_stack
    canvas.hover(180, 150)
    canvas.press(180, 150)
    canvas.hover(260, 230, Qt.MouseButton.LeftButton)  # out and back in one drag
    canvas.hover(180, 150, Qt.MouseButton.LeftButton)
    canvas.release(180, 150)
    canvas.key(Qt.Key.Key_Right)  # there and back in one burst of nudges
    canvas.key(Qt.Key.Key_Left)
    _click(canvas, 480, 150, SHIFT)
    canvas.scene.align("top")  # a and b are top-aligned already
    canvas.scene.select_ids(["ab"])
    canvas.scene.set_routing("straight")  # its routing already
    assert stack.count() == 0
    assert canvas.document.model_dump() == _three_boxes().model_dump()
    canvas.key(Qt.Key.Key_Escape)
    _click(canvas, 180, 150)
    canvas.key(Qt.Key.Key_Right)
    canvas.key(Qt.Key.Key_Right)
    assert (stack.count(), _corner(canvas, "a")) == (1, (102, 100))  # a real change still makes its step


def _lane() -> Document:
    lane = Frame(id="lane", rect=Rect(x=40, y=40, width=800, height=400), title=plain("Read path"), members=["a", "b"])
    return Document(elements=[lane.model_copy(update={"z": -1}), box("a", 100, 150), box("b", 400, 150)])


def test_a_drag_inside_a_lane_is_a_rubber_band_over_its_boxes(make_canvas) -> None:
    canvas: Canvas = make_canvas(_lane())
    canvas.drag((80, 120), (620, 300))  # starts on the lane's empty inside
    assert set(canvas.scene.selected_ids()) == {"a", "b"}
    assert canvas.document.model_dump() == _lane().model_dump() and canvas.scene.undo_stack.count() == 0
    _click(canvas, 700, 400)  # a click inside the lane is a click on empty canvas
    assert canvas.scene.selected_ids() == []


def test_a_lane_is_picked_by_its_title_or_border_and_its_title_drags_it_with_its_boxes(make_canvas) -> None:
    canvas: Canvas = make_canvas(_lane())
    _click(canvas, 40, 300)  # the left border
    assert canvas.scene.selected_ids() == ["lane"]
    _click(canvas, 700, 400)
    title = next(op for op in layout_element(canvas.document, "lane").ops if isinstance(op, TextLineOp))
    grip = (title.x + title.width / 2, title.y - title.ascent / 2)
    canvas.drag(grip, (grip[0] + 60, grip[1] + 40), modifiers=Qt.KeyboardModifier.AltModifier)
    assert _corner(canvas, "a") == (160, 190) and _corner(canvas, "b") == (460, 190)
    lane = canvas.document.element("lane")
    assert isinstance(lane, Frame) and (lane.rect.x, lane.rect.y) == (100, 80)
    assert canvas.scene.undo_stack.count() == 1


def test_a_double_click_inside_a_lane_makes_a_box_there(make_canvas) -> None:
    canvas: Canvas = make_canvas(_lane())
    canvas.double_click(700, 350)
    boxes = [e for e in canvas.document.elements if isinstance(e, Box) and e.id not in ("a", "b")]
    assert len(boxes) == 1 and boxes[0].rect.center.x == 700 and boxes[0].rect.center.y == 350
    assert canvas.scene.editor is not None and canvas.scene.editor.element_id == boxes[0].id
    canvas.key(Qt.Key.Key_Escape)


def test_with_snapping_on_shift_arrow_steps_one_grid_cell(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    canvas.scene.set_snap_to_grid(True)
    grid = canvas.document.settings.grid.size
    _click(canvas, 180, 150)
    canvas.key(Qt.Key.Key_Right, SHIFT)
    canvas.key(Qt.Key.Key_Down, SHIFT)
    assert _corner(canvas, "a") == (100 + grid, 100 + grid)  # still on the grid
    canvas.key(Qt.Key.Key_Left)  # a plain arrow still fine-tunes by one pixel
    assert _corner(canvas, "a") == (100 + grid - 1, 100 + grid)
