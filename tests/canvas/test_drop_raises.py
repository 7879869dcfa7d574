"""A box dragged onto another comes to the front, in the same undo step as the move (it used to
vanish under the target, with no feedback)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF

from editor.model import Box, Document
from tests.canvas.conftest import Canvas, box


def _rect(element: Any) -> QRectF:
    return QRectF(element.rect.x, element.rect.y, element.rect.width, element.rect.height)


def test_a_box_dropped_on_another_comes_to_the_front_in_the_same_step(make_canvas: Any) -> None:
    lower, upper = box("low", 100, 100, "Dragged"), box("high", 500, 100, "Target")
    lower.z, upper.z = 1, 5
    canvas: Canvas = make_canvas(Document(elements=[lower, upper]))
    canvas.drag((180, 150), (560, 170))  # onto the target
    moved, target = canvas.document.element("low"), canvas.document.element("high")
    assert isinstance(moved, Box) and _rect(moved).intersects(_rect(target))
    assert moved.z > target.z
    view_low, view_high = canvas.scene.views_by_id["low"], canvas.scene.views_by_id["high"]
    assert view_low.zValue() > view_high.zValue() or view_low.parentItem().zValue() > view_high.parentItem().zValue()
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert canvas.document.element("low").z == 1 and canvas.document.element("low").rect.x == 100
