"""The scene rectangle follows the content: whatever is dragged, nudged, pasted or created far
away can be scrolled to and fitted, and the area never shrinks under what the view shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication, QScrollBar

from editor.canvas.tiled_scene import SCENE_MARGIN
from editor.model import Document
from tests.canvas.conftest import Canvas, arrow, box

FAR = (9000.0, 7000.0)


def _two_boxes() -> Document:
    return Document(elements=[box("a", 100, 100), box("b", 400, 100), arrow("ab", "a", "b")])


def _rect(canvas: Canvas, element_id: str) -> QRectF:
    rect = canvas.document.element(element_id).rect  # type: ignore[union-attr]
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def _shown(canvas: Canvas) -> QRectF:
    return canvas.view.mapToScene(canvas.view.viewport().rect()).boundingRect()


def _to_end(bar: QScrollBar) -> None:
    bar.setValue(bar.maximum())
    QApplication.processEvents()


def test_a_box_dragged_far_past_the_scene_rect_can_be_scrolled_to_and_fitted(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes())
    start = canvas.scene.sceneRect()
    assert not start.contains(QPointF(*FAR))
    canvas.view.set_zoom(0.25)
    canvas.view.centerOn(QPointF(180, 150))
    QApplication.processEvents()
    canvas.drag((180, 150), (FAR[0] + 80, FAR[1] + 50), steps=40)  # the pointer leaves the viewport on the way
    moved = _rect(canvas, "a")
    assert (moved.x(), moved.y()) == FAR
    area = canvas.scene.sceneRect()
    assert area.contains(moved.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))
    canvas.view.set_zoom(1.0)
    canvas.view.centerOn(QPointF(180, 150))
    _to_end(canvas.view.horizontalScrollBar())
    _to_end(canvas.view.verticalScrollBar())
    shown = _shown(canvas)
    assert shown.left() > moved.right() and shown.top() > moved.bottom()  # the scroll bars reach past it
    canvas.view.centerOn(moved.center())
    assert _shown(canvas).contains(moved)
    canvas.key(Qt.Key.Key_1, Qt.KeyboardModifier.ShiftModifier)  # Fit
    assert _shown(canvas).contains(moved) and _shown(canvas).contains(_rect(canvas, "b"))


@pytest.mark.parametrize("direction", [1, -1], ids=["down-right", "up-left"])
def test_the_scene_rect_grows_during_the_drag_itself_and_the_view_stays_put(make_canvas, direction: int) -> None:
    canvas: Canvas = make_canvas(_two_boxes())
    canvas.view.set_zoom(0.25)
    canvas.view.centerOn(QPointF(180, 150))
    QApplication.processEvents()
    shown = _shown(canvas)
    canvas.hover(180, 150)
    canvas.press(180, 150)
    for step in range(1, 31):
        dx, dy = direction * step * 300, direction * step * 200
        canvas.hover(180 + dx, 150 + dy, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        moved = _rect(canvas, "a")
        assert abs(moved.x() - (100 + dx)) < 30 and abs(moved.y() - (100 + dy)) < 30, step  # snapping aside
        assert canvas.scene.sceneRect().contains(moved), step
        assert _shown(canvas) == shown, step  # growing the area (left and up too) scrolls nothing
    canvas.release(180 + direction * 9000, 150 + direction * 6000)
    assert canvas.scene.undo_stack.count() == 1


def test_undo_after_scrolling_out_keeps_the_view_where_it_is(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes())
    canvas.view.set_zoom(0.25)
    canvas.view.centerOn(QPointF(180, 150))
    QApplication.processEvents()
    canvas.drag((180, 150), (FAR[0] + 80, FAR[1] + 50), steps=30)
    canvas.view.centerOn(_rect(canvas, "a").center())
    QApplication.processEvents()
    before = _shown(canvas)
    canvas.scene.undo_stack.undo()  # the box goes home; the view stays over the now empty spot
    QApplication.processEvents()
    assert _rect(canvas, "a").x() == 100
    assert canvas.scene.sceneRect().contains(before)
    assert _shown(canvas) == before
    canvas.view.zoom_to_fit()
    canvas.scene.fit_scene_rect()  # the next edit: the area shrinks back to the content and what is shown
    assert canvas.scene.sceneRect().width() < FAR[0]


def test_created_nudged_and_pasted_elements_far_away_are_inside_the_scene_rect(make_canvas) -> None:
    canvas: Canvas = make_canvas(_two_boxes())
    created = canvas.scene.create_box_at(QPointF(-20000, 30000))
    assert created is not None
    canvas.scene.cancel_interaction()  # the new box opens its name for editing
    assert canvas.scene.sceneRect().contains(_rect(canvas, created))
    canvas.view.setFocus()
    canvas.scene.select_ids([created])
    for _ in range(30):
        canvas.key(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert _rect(canvas, created).y() == 30000 - 60 + 300
    assert canvas.scene.sceneRect().contains(_rect(canvas, created).adjusted(-100, -100, 100, 100))
    canvas.key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        canvas.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = canvas.scene.selected_ids()
    assert len(pasted) == 1 and pasted[0] != created
    assert canvas.scene.sceneRect().contains(_rect(canvas, pasted[0]))
    canvas.view.zoom_to_fit()
    for element in canvas.document.elements:
        if element.type != "arrow":
            assert _shown(canvas).contains(_rect(canvas, element.id)), element.id


def test_small_edits_keep_the_scene_rect(make_canvas) -> None:
    """A new rectangle makes Qt rebuild its item index, so edits near the content keep it."""
    canvas: Canvas = make_canvas(_two_boxes())
    before = canvas.scene.sceneRect()
    changes: list[QRectF] = []
    canvas.scene.sceneRectChanged.connect(changes.append)
    canvas.scene.select_ids(["b"])
    for _ in range(5):
        canvas.key(Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    canvas.drag((480, 150), (680, 350))
    assert _rect(canvas, "b").x() == 650
    assert changes == [] and canvas.scene.sceneRect() == before
