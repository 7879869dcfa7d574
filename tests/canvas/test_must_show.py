"""Issue 4's must-shows, driven by real mouse and keyboard events on the viewport."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.canvas.items import ArrowView
from editor.model import Arrow, Box, Document
from tests.canvas.conftest import Canvas, arrow, box


def test_draw_two_boxes_connect_them_move_one_and_the_arrow_follows(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document())
    canvas.double_click(150, 200)  # empty canvas: a new box, its name editor open
    canvas.type("Client")
    canvas.key(Qt.Key.Key_Return)
    canvas.double_click(650, 200)
    canvas.type("Server")
    canvas.key(Qt.Key.Key_Return)
    boxes = [element for element in canvas.document.elements if isinstance(element, Box)]
    assert [b.name.text for b in boxes] == ["Client", "Server"]
    first, second = boxes
    # hover the first box, then drag from its right-side connection handle to the second box
    canvas.hover(first.rect.center.x, first.rect.center.y)
    handle = (first.rect.right, first.rect.center.y)
    canvas.drag(handle, (second.rect.center.x, second.rect.center.y))
    arrows = [element for element in canvas.document.elements if isinstance(element, Arrow)]
    assert len(arrows) == 1
    assert (arrows[0].source.element, arrows[0].target.element) == (first.id, second.id)
    view = canvas.scene.views_by_id[arrows[0].id]
    assert isinstance(view, ArrowView)
    end_before = view.points()[-1]
    # drag the second box down by 150 px: the arrow's end follows it
    rect_before = second.rect
    center = rect_before.center
    canvas.drag((center.x, center.y), (center.x, center.y + 150))
    moved = canvas.document.element(second.id)
    assert isinstance(moved, Box)
    assert moved.rect.y == rect_before.y + 150
    end_after = view.points()[-1]
    assert end_after.y() > end_before.y() + 100
    assert canvas.scene.undo_stack.undoText() == "Move Server"  # named by its text, not its id


def test_double_click_a_label_type_enter_then_one_undo_restores(make_canvas) -> None:
    document = Document(elements=[box("api", 100, 100, "API"), box("db", 500, 100, "DB"), arrow("reads", "api", "db")])
    canvas: Canvas = make_canvas(document)
    before = document.model_dump()
    canvas.double_click(180, 150)
    assert canvas.scene.editor is not None and canvas.scene.editor.field == "name"
    canvas.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    canvas.type("Gateway")
    canvas.key(Qt.Key.Key_Return)
    assert canvas.scene.editor is None
    edited = canvas.document.element("api")
    assert isinstance(edited, Box) and edited.name.text == "Gateway"
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert canvas.document.model_dump() == before


def test_rubber_band_select_delete_and_undo_brings_everything_back_with_arrows(make_canvas) -> None:
    document = Document(
        elements=[
            box("a", 100, 100),
            box("b", 400, 100),
            box("c", 100, 400),
            arrow("ab", "a", "b"),
            arrow("ac", "a", "c"),
            arrow("bc", "b", "c"),
        ]
    )
    canvas: Canvas = make_canvas(document)
    before = document.model_dump()
    canvas.drag((50, 50), (600, 250))  # empty canvas to past b: a, b and the arrow between them
    assert set(canvas.scene.selected_ids()) == {"a", "b", "ab"}
    canvas.key(Qt.Key.Key_Delete)
    assert [element.id for element in canvas.document.elements] == ["c"]
    assert set(canvas.scene.views_by_id) == {"c"}
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert canvas.document.model_dump() == before
    assert set(canvas.scene.views_by_id) == {"a", "b", "c", "ab", "ac", "bc"}
