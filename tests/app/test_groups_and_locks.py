"""Group, ungroup and lock in a real window, by the real keys and mouse.

Two boxes grouped with Ctrl+G select together from a click on either, drag together (one undo
step), copy, paste and delete as one, and a double-click enters the group to pick one of them;
Ctrl+Shift+G dissolves the group. Ctrl+L locks: a locked box stays put under a drag and Delete.
Undo gives back the document byte for byte (``editor.model.dumps``).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.model import Arrow, Document, dumps
from tests.canvas.conftest import Canvas, arrow, box

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_boxes(window, qtbot) -> Canvas:
    """Boxes a and b side by side, c further right; the window shows them at 100 %."""
    document = Document(elements=[box("a", 100, 100), box("b", 300, 100), box("c", 600, 100)])
    window.resize(1400, 900)
    window.show_document(document)
    QApplication.processEvents()
    window.view.zoom_reset()
    window.view.centerOn(450, 200)
    window.view.setFocus()
    return Canvas(window.view, qtbot)


def click(canvas: Canvas, x: float, y: float, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    canvas.press(x, y, modifiers)
    canvas.release(x, y, modifiers)


def group_a_and_b(canvas: Canvas) -> None:
    click(canvas, 180, 150)
    click(canvas, 380, 150, CTRL)
    canvas.key(Qt.Key.Key_G, CTRL)
    groups = {element.id: element.groups for element in canvas.document.elements}
    assert groups["a"] == groups["b"] and groups["a"] is not None and groups["c"] is None


def test_a_click_on_one_member_selects_the_group_and_a_drag_moves_it_as_one_step(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    before = dumps(canvas.document)
    group_a_and_b(canvas)
    grouped = dumps(canvas.document)
    click(canvas, 680, 150)
    assert canvas.scene.selected_ids() == ["c"]
    click(canvas, 180, 150)
    assert sorted(canvas.scene.selected_ids()) == ["a", "b"]
    steps = canvas.scene.undo_stack.count()
    canvas.drag((380, 150), (420, 190))  # by b: both move
    rects = {element.id: element.rect for element in canvas.document.elements}  # type: ignore[union-attr]
    assert (rects["a"].x, rects["a"].y, rects["b"].x, rects["b"].y) == (140, 140, 340, 140)
    assert rects["c"].x == 600
    assert canvas.scene.undo_stack.count() == steps + 1
    canvas.key(Qt.Key.Key_Z, CTRL)
    assert dumps(canvas.document) == grouped
    canvas.key(Qt.Key.Key_Z, CTRL)
    assert dumps(canvas.document) == before


def test_copy_paste_gives_a_new_group_and_delete_removes_the_group(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    group_a_and_b(canvas)
    grouped = dumps(canvas.document)
    click(canvas, 180, 150)
    canvas.key(Qt.Key.Key_C, CTRL)
    canvas.key(Qt.Key.Key_V, CTRL)
    pasted = [element for element in canvas.document.elements if element.id not in {"a", "b", "c"}]
    assert len(pasted) == 2 and pasted[0].groups == pasted[1].groups
    original = canvas.document.element("a").groups
    assert pasted[0].groups is not None and pasted[0].groups != original  # a group of their own
    click(canvas, 680, 150)
    click(canvas, pasted[0].rect.x + 20, pasted[0].rect.y + 20)  # type: ignore[union-attr]
    assert sorted(canvas.scene.selected_ids()) == sorted(element.id for element in pasted)
    canvas.key(Qt.Key.Key_Delete)
    assert [element.id for element in canvas.document.elements] == ["a", "b", "c"]
    click(canvas, 380, 150)
    canvas.key(Qt.Key.Key_D, CTRL)  # duplicate: one more new group
    assert len(canvas.document.elements) == 5
    canvas.key(Qt.Key.Key_Delete)
    click(canvas, 180, 150)
    canvas.key(Qt.Key.Key_Delete)
    assert [element.id for element in canvas.document.elements] == ["c"]
    for _ in range(5):
        canvas.key(Qt.Key.Key_Z, CTRL)
    assert dumps(canvas.document) == grouped


def test_double_click_enters_the_group_then_edits_and_ungroup_dissolves_it(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    group_a_and_b(canvas)
    canvas.double_click(180, 150)
    assert canvas.scene.selected_ids() == ["a"]
    assert canvas.scene.editor is None
    click(canvas, 380, 150)  # inside the entered group: one member at a time
    assert canvas.scene.selected_ids() == ["b"]
    canvas.double_click(380, 150)  # the second double-click edits the box as before
    assert canvas.scene.editor is not None and canvas.scene.editor.element_id == "b"
    canvas.key(Qt.Key.Key_Escape)
    click(canvas, 680, 150)  # outside: the group is left
    click(canvas, 180, 150)
    assert sorted(canvas.scene.selected_ids()) == ["a", "b"]
    grouped = dumps(canvas.document)
    canvas.key(Qt.Key.Key_G, CTRL_SHIFT)
    assert all(element.groups is None for element in canvas.document.elements)
    click(canvas, 180, 150)
    assert canvas.scene.selected_ids() == ["a"]
    canvas.key(Qt.Key.Key_Z, CTRL)
    assert dumps(canvas.document) == grouped


def test_a_rubber_band_takes_a_group_only_whole(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    group_a_and_b(canvas)
    click(canvas, 680, 400)
    canvas.drag((80, 60), (290, 280))  # around a only
    assert canvas.scene.selected_ids() == []
    canvas.drag((80, 60), (490, 280))  # around a and b
    assert sorted(canvas.scene.selected_ids()) == ["a", "b"]


def test_a_locked_box_does_not_move_nor_go_but_can_be_unlocked(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    before = dumps(canvas.document)
    click(canvas, 180, 150)
    canvas.key(Qt.Key.Key_L, CTRL)
    assert canvas.document.element("a").locked
    assert window.actions_["arrange.lock"].isChecked()
    locked = dumps(canvas.document)
    canvas.drag((180, 150), (260, 260))
    canvas.key(Qt.Key.Key_Delete)
    canvas.key(Qt.Key.Key_Right)
    canvas.double_click(180, 150)
    assert canvas.scene.editor is None
    assert dumps(canvas.document) == locked
    assert "unlock" in window.statusBar().currentMessage()
    click(canvas, 180, 150)
    assert canvas.scene.selected_ids() == ["a"]  # still selectable, to unlock it
    canvas.key(Qt.Key.Key_L, CTRL)
    assert not canvas.document.element("a").locked
    canvas.key(Qt.Key.Key_Delete)
    assert "a" not in canvas.document
    canvas.key(Qt.Key.Key_Z, CTRL)
    canvas.key(Qt.Key.Key_Z, CTRL)
    canvas.key(Qt.Key.Key_Z, CTRL)
    assert dumps(canvas.document) == before


def test_align_leaves_a_locked_box_where_it_is(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    click(canvas, 180, 150)
    canvas.key(Qt.Key.Key_L, CTRL)
    canvas.key(Qt.Key.Key_A, CTRL)
    canvas.key(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)  # align left
    xs = {element.id: element.rect.x for element in canvas.document.elements}  # type: ignore[union-attr]
    assert xs == {"a": 100, "b": 300, "c": 300}


def test_a_corner_of_the_group_frame_resizes_every_member_in_one_step(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    group_a_and_b(canvas)  # a and b span (100, 100) to (460, 200); the frame stands 8 px off
    grouped = dumps(canvas.document)
    steps = canvas.scene.undo_stack.count()
    canvas.drag((468, 208), (568, 258))  # the bottom-right mark: 460 x 150 now
    rects = {element.id: element.rect for element in canvas.document.elements}  # type: ignore[union-attr]
    scale_x = 460 / 360
    assert (rects["a"].x, rects["a"].y) == (100, 100)
    near = {"abs": 1.0}  # the pointer lands on whole screen pixels
    assert rects["a"].width == pytest.approx(160 * scale_x, **near) and rects["a"].height == pytest.approx(150, **near)
    assert rects["b"].x == pytest.approx(100 + 200 * scale_x, **near) and rects["b"].right == pytest.approx(560, **near)
    assert rects["c"].x == 600 and rects["c"].width == 160
    assert canvas.scene.undo_stack.count() == steps + 1
    canvas.key(Qt.Key.Key_Z, CTRL)
    assert dumps(canvas.document) == grouped


def test_group_and_lock_keys_do_nothing_while_a_name_is_edited(window, qtbot) -> None:
    """Ctrl+G and Ctrl+L pressed while typing a box's name neither group nor lock it (they used to
    lock the box under the editor); the edit goes on and commits as one step."""
    canvas = open_boxes(window, qtbot)
    before = dumps(canvas.document)
    canvas.double_click(180, 150)
    assert canvas.scene.editor is not None
    canvas.key(Qt.Key.Key_L, CTRL)
    canvas.key(Qt.Key.Key_G, CTRL)
    canvas.key(Qt.Key.Key_G, CTRL_SHIFT)
    assert dumps(canvas.document) == before
    assert canvas.scene.editor is not None
    canvas.type("Gateway")
    canvas.key(Qt.Key.Key_Return)
    edited = canvas.document.element("a")
    assert edited.name.text == "Gateway"  # type: ignore[union-attr]
    assert edited.locked is not True and edited.groups is None
    assert canvas.scene.undo_stack.count() == 1


def test_deleting_a_box_keeps_a_locked_arrow_bound_to_it_with_that_end_freed_where_drawn(window, qtbot) -> None:
    """Delete takes an unlocked box's arrows with it, but a locked arrow stays where it is drawn:
    its end on the deleted box becomes a free point there, its other end stays bound; one undo
    step gives the document back byte for byte."""
    document = Document(
        elements=[
            box("a", 100, 100),
            box("b", 400, 100),
            box("c", 100, 400),
            arrow("locked-ab", "a", "b").model_copy(update={"locked": True}),
            arrow("plain-ac", "a", "c"),
        ]
    )
    window.resize(1400, 900)
    window.show_document(document)
    QApplication.processEvents()
    window.view.zoom_reset()
    window.view.centerOn(400, 300)
    window.view.setFocus()
    canvas = Canvas(window.view, qtbot)
    before = dumps(canvas.document)
    click(canvas, 180, 150)
    assert canvas.scene.selected_ids() == ["a"]
    canvas.key(Qt.Key.Key_Delete)
    ids = [element.id for element in canvas.document.elements]
    assert ids == ["b", "c", "locked-ab"]  # the unlocked arrow went with its box
    kept = canvas.document.element("locked-ab")
    assert isinstance(kept, Arrow) and kept.locked
    assert kept.source.element is None and kept.source.point is not None
    assert kept.source.point.x == pytest.approx(260, abs=1)  # a's right side, where the arrow left it
    assert kept.source.point.y == pytest.approx(150, abs=1)
    assert kept.target.element == "b"
    canvas.key(Qt.Key.Key_Z, CTRL)
    assert dumps(canvas.document) == before
