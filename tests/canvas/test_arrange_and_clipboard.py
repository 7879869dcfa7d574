"""Align, distribute, clipboard, duplicate, z-order, delete with arrows, icon drop: real keys and events."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from editor.canvas import CLIPBOARD_MIME, ICON_MIME
from editor.model import Arrow, Box, Document
from tests.canvas.conftest import Canvas, arrow, box


def _box(canvas: Canvas, element_id: str) -> Box:
    element = canvas.document.element(element_id)
    assert isinstance(element, Box)
    return element


def _three_boxes() -> Document:
    return Document(elements=[box("a", 100, 100), box("b", 330, 160), box("c", 700, 60), arrow("ab", "a", "b")])


def test_align_left_and_middle_then_distribute_horizontally(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    canvas.scene.select_ids(["a", "b", "c"])
    canvas.scene.align("middle")
    assert {_box(canvas, i).rect.center.y for i in "abc"} == {(60 + 260) / 2}
    assert canvas.scene.undo_stack.undoText() == "Align middle"
    canvas.scene.distribute("horizontal")
    a, b, c = (_box(canvas, i).rect for i in "abc")
    assert b.x - a.right == c.x - b.right == (860 - 100 - 3 * 160) / 2
    canvas.scene.align("left")
    assert {_box(canvas, i).rect.x for i in "abc"} == {100}
    assert canvas.scene.undo_stack.count() == 3


def test_copy_paste_uses_our_json_mime_fresh_ids_and_keeps_relative_layout(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    canvas.scene.select_ids(["a", "b"])
    canvas.key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    payload = json.loads(bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8"))
    assert [element["id"] for element in payload["elements"]] == ["a", "b", "ab"]
    svg = bytes(mime.data("image/svg+xml").data()).decode("utf-8")
    assert svg.startswith("<?xml") and 'id="a"' in svg and 'id="ab"' in svg and 'id="c"' not in svg
    assert mime.hasFormat("image/png") and "a" in mime.text()
    canvas.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    new_ids = canvas.scene.selected_ids()
    assert len(new_ids) == 3 and not set(new_ids) & {"a", "b", "c", "ab"}
    copies = {element.id: element for element in canvas.document.elements if element.id in new_ids}
    copied_boxes = sorted((e for e in copies.values() if isinstance(e, Box)), key=lambda e: e.rect.x)
    assert (copied_boxes[0].rect.x, copied_boxes[0].rect.y) == (120, 120)  # one paste step down-right
    dx = copied_boxes[1].rect.x - copied_boxes[0].rect.x
    dy = copied_boxes[1].rect.y - copied_boxes[0].rect.y
    assert (dx, dy) == (230, 60)  # same layout as a -> b
    copied_arrow = next(e for e in copies.values() if isinstance(e, Arrow))
    assert {copied_arrow.source.element, copied_arrow.target.element} == {b.id for b in copied_boxes}
    assert canvas.scene.undo_stack.undoText() == "Paste"
    canvas.scene.undo_stack.undo()
    assert len(canvas.document.elements) == 4


def test_ctrl_d_duplicates_the_selection_with_its_inner_arrows(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    canvas.scene.select_ids(["a", "b"])
    canvas.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(canvas.document.elements) == 7
    duplicated = [canvas.document.element(i) for i in canvas.scene.selected_ids()]
    assert sorted(type(e).__name__ for e in duplicated) == ["Arrow", "Box", "Box"]
    assert canvas.scene.undo_stack.undoText() == "Duplicate"
    assert set(canvas.scene.views_by_id) == {element.id for element in canvas.document.elements}


def test_bring_to_front_and_send_to_back(make_canvas) -> None:
    canvas: Canvas = make_canvas(_three_boxes())
    canvas.scene.select_ids(["a"])
    canvas.scene.bring_to_front()
    assert _box(canvas, "a").z > max(e.z for e in canvas.document.elements if e.id != "a")
    assert int(canvas.scene.views_by_id["a"].zValue()) == _box(canvas, "a").z  # z, then a fraction for list order
    canvas.scene.send_to_back()
    assert _box(canvas, "a").z < min(e.z for e in canvas.document.elements if e.id != "a")
    assert canvas.scene.element_at(QPointF(180, 150)) is not None


def test_deleting_a_box_takes_its_arrows_in_the_same_undo_step(make_canvas) -> None:
    document = Document(elements=[box("a", 100, 100), box("b", 400, 100), box("c", 100, 400), arrow("ab", "a", "b")])
    document.elements.append(arrow("ca", "c", "a"))
    document.invalidate_index()
    canvas: Canvas = make_canvas(document)
    before = document.model_dump()
    canvas.press(180, 150)
    canvas.release(180, 150)
    canvas.key(Qt.Key.Key_Delete)
    assert [e.id for e in canvas.document.elements] == ["b", "c"]
    assert set(canvas.scene.views_by_id) == {"b", "c"}
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert canvas.document.model_dump() == before


def test_dropping_an_icon_creates_a_box_with_that_icon(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document())
    mime = QMimeData()
    mime.setData(ICON_MIME, QByteArray(b"mdi6.database"))
    where = QPointF(canvas.at(300, 250))
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for maker in (QDragEnterEvent, QDragMoveEvent):  # the view only takes drops it was offered
        QApplication.sendEvent(canvas.view.viewport(), maker(where, Qt.DropAction.CopyAction, mime, buttons, modifiers))
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(canvas.view.viewport(), drop)
    boxes = [e for e in canvas.document.elements if isinstance(e, Box)]
    assert len(boxes) == 1 and boxes[0].icon == "mdi6.database"
    assert abs(boxes[0].rect.center.x - 300) <= 1 and abs(boxes[0].rect.center.y - 250) <= 1
    assert canvas.scene.undo_stack.count() == 1
