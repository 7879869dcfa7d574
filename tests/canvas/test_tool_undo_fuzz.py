"""A seeded run of 300 gestures with the tools, by real mouse and key events: arrows drawn between
boxes and empty canvas, free and bound ends dragged on and off boxes, boxes, texts and frames placed,
boxes moved, routings switched, undo and redo mixed in. The document stays valid after every step,
and undoing everything gives back the starting document byte for byte."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from editor.canvas.items import ArrowView
from editor.model import Arrow, Box, Document, dumps
from tests.canvas.conftest import Canvas, box

ACTIONS = 300
SEED = 16


def _spot(rng: random.Random, canvas: Canvas) -> tuple[float, float]:
    """A point on a box half of the time, else anywhere in view."""
    boxes = [element for element in canvas.document.elements if isinstance(element, Box)]
    if boxes and rng.random() < 0.5:
        rect = rng.choice(boxes).rect
        return rect.x + rect.width * rng.uniform(0.2, 0.8), rect.y + rect.height * rng.uniform(0.3, 0.7)
    return rng.uniform(0, 900), rng.uniform(0, 600)


def _close_editor(canvas: Canvas) -> None:
    if canvas.scene.editor is not None:
        canvas.key(Qt.Key.Key_Escape)


def _drag_an_end(rng: random.Random, canvas: Canvas) -> None:
    arrows = [element.id for element in canvas.document.elements if isinstance(element, Arrow)]
    if not arrows:
        return
    arrow_id = rng.choice(arrows)
    canvas.scene.select_ids([arrow_id])
    view = canvas.scene.views_by_id[arrow_id]
    assert isinstance(view, ArrowView)
    points = view.points()
    end = points[0] if rng.random() < 0.5 else points[-1]
    canvas.drag((end.x(), end.y()), _spot(rng, canvas), steps=4)


def _move_a_box(rng: random.Random, canvas: Canvas) -> None:
    boxes = [element for element in canvas.document.elements if isinstance(element, Box)]
    if boxes:
        rect = rng.choice(boxes).rect
        start = (rect.x + rect.width / 2, rect.y + rect.height / 2)
        canvas.drag(start, (start[0] + rng.uniform(-80, 80), start[1] + rng.uniform(-80, 80)), steps=4)


def _one_gesture(rng: random.Random, canvas: Canvas) -> None:
    scene = canvas.scene
    choice = rng.random()
    if choice < 0.3:
        canvas.key(Qt.Key.Key_A) if rng.random() < 0.5 else scene.set_tool("arrow")
        canvas.drag(_spot(rng, canvas), _spot(rng, canvas), steps=4)
    elif choice < 0.45:
        _drag_an_end(rng, canvas)
    elif choice < 0.55:
        scene.set_tool(rng.choice(["box", "text", "frame"]))
        start = _spot(rng, canvas)
        if rng.random() < 0.5:
            canvas.press(*start)
            canvas.release(*start)
        else:
            canvas.drag(start, (start[0] + rng.uniform(40, 200), start[1] + rng.uniform(40, 150)), steps=4)
        _close_editor(canvas)
    elif choice < 0.7:
        _move_a_box(rng, canvas)
    elif choice < 0.8:
        arrows = [element.id for element in canvas.document.elements if isinstance(element, Arrow)]
        if arrows:
            scene.select_ids(rng.sample(arrows, k=min(len(arrows), rng.randint(1, 3))))
            scene.set_routing(rng.choice(["straight", "orthogonal", "curved"]))
    elif choice < 0.9:
        canvas.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    else:
        canvas.key(Qt.Key.Key_Escape)
        scene.undo_stack.redo()
    scene.set_tool("select")


def test_three_hundred_tool_gestures_undo_to_the_byte(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100), box("b", 500, 100), box("c", 300, 400)]))
    before = dumps(canvas.document)
    rng = random.Random(SEED)
    kinds: set[str] = set()
    for _ in range(ACTIONS):
        _one_gesture(rng, canvas)
        Document.model_validate_json(dumps(canvas.document))  # every reference still holds
        for element in canvas.document.elements:
            if isinstance(element, Arrow):
                kinds.add("free" if element.source.is_free or element.target.is_free else "bound")
    assert kinds == {"free", "bound"}
    assert canvas.scene.undo_stack.count() > 100
    while canvas.scene.undo_stack.canUndo():
        canvas.scene.undo_stack.undo()
    assert dumps(canvas.document) == before
