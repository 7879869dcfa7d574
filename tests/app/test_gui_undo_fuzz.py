"""Undo fuzz through the GUI: hundreds of seeded random gestures by real mouse and keys, then
undo everything (the document must be byte for byte the one we started with) and redo
everything (byte for byte the end state).

Each kind of gesture is one entry of ``GESTURES``: a name, a weight and a function that does it
through the window as a user would (clicks, drags, key presses, palette and quick bar clicks).
The single-key tools (R, O, D, T, F), the arrow tool, arrow ends dragged onto and off boxes and
the routing buttons are entries like the others; a new tool joins the fuzz as one more entry. A gesture that
finds nothing to work on (no grouped element to ungroup) simply does nothing; the test counts
how many steps the undo stack gained, so a fuzz that stopped doing anything would fail.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from editor.canvas.group_marks import group_frame
from editor.canvas.items import ArrowView, BoxView
from editor.model import Arrow, Document, Frame, dumps
from editor.model.style import Dash
from editor.model.theme import PALETTE_ROLES
from tests.canvas.conftest import Canvas, arrow, box

SEEDS = (20261204,)
ACTIONS_PER_RUN = 400
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class Fuzz:
    """The window under test, the random source, and the helpers gestures share."""

    def __init__(self, window: Any, qtbot: Any, seed: int) -> None:
        self.window = window
        self.canvas = Canvas(window.view, qtbot)
        self.scene = window.scene
        self.rng = random.Random(seed)

    @property
    def document(self) -> Document:
        return self.scene.document

    def settle(self) -> None:
        QApplication.processEvents()
        if self.scene.editor is not None:  # a gesture that opened a text: type into it and commit
            QTest.keyClicks(self.window.view.viewport(), self.rng.choice(["Cache", "API", "Queue", "x"]))
            QTest.keyClick(self.window.view.viewport(), Qt.Key.Key_Return)
            QApplication.processEvents()

    def visible(self, point: QPointF) -> bool:
        return (
            self.window.view.viewport().rect().adjusted(20, 20, -20, -20).contains(self.canvas.at(point.x(), point.y()))
        )

    def grab_point(self, element_id: str) -> QPointF | None:
        """A visible point that picks ``element_id`` (a frame by its title strip, an arrow on its line)."""
        view = self.scene.views_by_id.get(element_id)
        if isinstance(view, BoxView):
            rect = view.rect()
            candidates = [rect.center(), QPointF(rect.center().x(), rect.top() + 8), rect.topLeft() + QPointF(10, 8)]
        elif isinstance(view, ArrowView) and len(view.points()) >= 2:
            points = view.points()
            candidates = [(points[i] + points[i + 1]) / 2 for i in range(len(points) - 1)]
        else:
            return None
        for point in candidates:
            picked = self.scene.element_at(point)
            if picked is not None and picked.element_id == element_id and self.visible(point):
                return point
        return None

    def pick(self, wanted: Callable[[Any], bool] = lambda element: True) -> tuple[str, QPointF] | None:
        """A random element that ``wanted`` accepts and that a click can reach."""
        elements = [element for element in self.document.elements if wanted(element)]
        self.rng.shuffle(elements)
        for element in elements[:12]:
            point = self.grab_point(element.id)
            if point is not None:
                return element.id, point
        return None

    def click(self, point: QPointF, modifiers: Qt.KeyboardModifier = NO) -> None:
        self.canvas.press(point.x(), point.y(), modifiers)
        self.canvas.release(point.x(), point.y(), modifiers)

    def select_one(self, wanted: Callable[[Any], bool] = lambda element: True) -> str | None:
        picked = self.pick(wanted)
        if picked is None:
            return None
        self.click(picked[1])
        return picked[0]

    def free_point(self) -> QPointF | None:
        area = self.scene.visible_area().adjusted(120, 80, -120, -80)
        for _ in range(20):
            point = QPointF(self.rng.uniform(area.left(), area.right()), self.rng.uniform(area.top(), area.bottom()))
            if self.scene.element_at(point) is None:
                return point
        return None

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
        QTest.keyClick(self.window.view.viewport(), key, modifiers)

    def quick_bar_click(self, name: str) -> None:
        QApplication.processEvents()  # the bar follows the selection after the click's events
        bar = self.window.quick_bar
        button = bar.findChild(QToolButton, name)
        if bar.isVisible() and button is not None:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)


# --- the gestures ------------------------------------------------------------------------------
def insert_box(fuzz: Fuzz) -> None:
    """A double-click on empty canvas makes a box there and opens its name."""
    point = fuzz.free_point()
    if point is not None:
        fuzz.canvas.double_click(point.x(), point.y())


def insert_from_palette(kind: str) -> Callable[[Fuzz], None]:
    def insert(fuzz: Fuzz) -> None:
        grid = fuzz.window.shapes.grid_for(kind)
        rect = grid.visualItemRect(fuzz.window.shapes.item_for(kind))
        QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, NO, rect.center())
        fuzz.window.view.setFocus()

    return insert


def move_by_drag(fuzz: Fuzz) -> None:
    picked = fuzz.pick(lambda element: not isinstance(element, Arrow))
    if picked is None:
        return
    start = picked[1]
    centre = fuzz.scene.visible_area().center()
    end = (
        start
        + (centre - start) * fuzz.rng.uniform(0.0, 0.4)
        + QPointF(fuzz.rng.uniform(-60, 60), fuzz.rng.uniform(-60, 60))
    )
    fuzz.canvas.drag((start.x(), start.y()), (end.x(), end.y()), steps=4, modifiers=fuzz.rng.choice([NO, ALT]))


def resize(fuzz: Fuzz) -> None:
    """Drag the bottom-right handle of one selected box (a group shows no handles: nothing)."""
    element_id = fuzz.select_one(lambda element: not isinstance(element, Arrow | Frame) and not element.groups)
    if element_id is None or fuzz.scene.selected_ids() != [element_id]:
        return
    corner = fuzz.scene.views_by_id[element_id].rect().bottomRight()
    end = corner + QPointF(fuzz.rng.uniform(-30, 60), fuzz.rng.uniform(-20, 40))
    fuzz.canvas.drag((corner.x(), corner.y()), (end.x(), end.y()), steps=3)


def resize_group(fuzz: Fuzz) -> None:
    """Drag the bottom-right mark of a selected group's frame."""
    if fuzz.select_one(lambda element: bool(element.groups)) is None:
        return
    groups = fuzz.scene.selected_groups()
    if len(groups) != 1:
        return
    corner = group_frame(fuzz.scene, groups[0]).bottomRight()
    end = corner + QPointF(fuzz.rng.uniform(-40, 60), fuzz.rng.uniform(-30, 40))
    fuzz.canvas.drag((corner.x(), corner.y()), (end.x(), end.y()), steps=3)


def edit_text(fuzz: Fuzz) -> None:
    """Double-click a box (again, as many times as it has groups to enter) and type."""
    picked = fuzz.pick(lambda element: not isinstance(element, Arrow | Frame))
    if picked is None:
        return
    for _ in range(4):
        fuzz.canvas.double_click(picked[1].x(), picked[1].y())
        if fuzz.scene.editor is not None:
            break


def key_on_selection(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> Callable[[Fuzz], None]:
    def press(fuzz: Fuzz) -> None:
        if fuzz.select_one() is not None:
            fuzz.key(key, modifiers)

    return press


def copy_paste(fuzz: Fuzz) -> None:
    if fuzz.select_one() is not None:
        fuzz.key(Qt.Key.Key_C, CTRL)
        fuzz.key(Qt.Key.Key_V, CTRL)


def group(fuzz: Fuzz) -> None:
    first, second = fuzz.pick(), fuzz.pick()
    if first is None or second is None or first[0] == second[0]:
        return
    fuzz.click(first[1])
    fuzz.click(second[1], CTRL)
    fuzz.key(Qt.Key.Key_G, CTRL)


def ungroup(fuzz: Fuzz) -> None:
    if fuzz.select_one(lambda element: bool(element.groups)) is not None:
        fuzz.key(Qt.Key.Key_G, CTRL | SHIFT)


def quick_bar(kind: str) -> Callable[[Fuzz], None]:
    def restyle(fuzz: Fuzz) -> None:
        if fuzz.select_one() is None:
            return
        if kind == "palette":
            fuzz.quick_bar_click(f"style_quick_bar.palette.{fuzz.rng.choice(PALETTE_ROLES)}")
        elif kind == "dash":
            fuzz.quick_bar_click(f"style_quick_bar.dash.{fuzz.rng.choice(list(Dash)).value}")
        else:
            fuzz.quick_bar_click("style_quick_bar.sketch")

    return restyle


def paste_style(fuzz: Fuzz) -> None:
    if fuzz.select_one() is None:
        return
    fuzz.key(Qt.Key.Key_C, CTRL | ALT)
    if fuzz.select_one() is not None:
        fuzz.key(Qt.Key.Key_V, CTRL | ALT)


def spot(fuzz: Fuzz) -> QPointF | None:
    """A point on a reachable element half of the time (an arrow end there binds), else free canvas."""
    if fuzz.rng.random() < 0.5:
        picked = fuzz.pick(lambda element: not isinstance(element, Arrow | Frame))
        if picked is not None:
            return picked[1]
    return fuzz.free_point()


def tool_key(key: Qt.Key) -> Callable[[Fuzz], None]:
    """A single-key tool (R box, O ellipse, D diamond, T text, F frame): a click or a drag makes one."""

    def make(fuzz: Fuzz) -> None:
        start = fuzz.free_point()
        if start is None:
            return
        fuzz.window.view.setFocus()
        fuzz.key(key)
        if fuzz.rng.random() < 0.5:
            fuzz.click(start)
        else:
            end = start + QPointF(fuzz.rng.uniform(60, 200), fuzz.rng.uniform(50, 140))
            fuzz.canvas.drag((start.x(), start.y()), (end.x(), end.y()), steps=3)
        fuzz.key(Qt.Key.Key_Escape)  # nothing made (a drag that ended on a box): back to select

    return make


def draw_arrow(fuzz: Fuzz) -> None:
    """The arrow tool (A): from a box or the canvas to another; ends over boxes bind, others are free."""
    start, end = spot(fuzz), spot(fuzz)
    if start is None or end is None:
        return
    fuzz.window.view.setFocus()
    fuzz.key(Qt.Key.Key_A)
    fuzz.canvas.drag((start.x(), start.y()), (end.x(), end.y()), steps=4)
    fuzz.key(Qt.Key.Key_Escape)


def drag_arrow_end(fuzz: Fuzz) -> None:
    """Select an arrow, then drag one of its ends onto a box (binds) or the canvas (frees)."""
    arrow_id = fuzz.select_one(lambda element: isinstance(element, Arrow) and not element.locked)
    if arrow_id is None or fuzz.scene.selected_ids() != [arrow_id]:
        return
    view = fuzz.scene.views_by_id[arrow_id]
    points = view.points()
    end = points[0] if fuzz.rng.random() < 0.5 else points[-1]
    target = spot(fuzz)
    if target is not None and fuzz.visible(end):
        fuzz.canvas.drag((end.x(), end.y()), (target.x(), target.y()), steps=4)


def switch_routing(fuzz: Fuzz) -> None:
    """Select an arrow and click one of the tools bar's routing buttons."""
    if fuzz.select_one(lambda element: isinstance(element, Arrow)) is None:
        return
    name = fuzz.rng.choice(["straight", "orthogonal", "curved"])
    bar = fuzz.window.findChild(QToolBar, "toolbar.tools")
    button = bar.widgetForAction(fuzz.window.actions_[f"arrange.route_{name}"]) if bar is not None else None
    if isinstance(button, QToolButton) and button.isEnabled():
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    fuzz.window.view.setFocus()


def undo_some(fuzz: Fuzz) -> None:
    for _ in range(fuzz.rng.randint(1, 3)):
        fuzz.key(Qt.Key.Key_Z, CTRL)


@dataclass(frozen=True)
class Gesture:
    name: str
    weight: int
    run: Callable[[Fuzz], None]


GESTURES: tuple[Gesture, ...] = (
    Gesture("insert box", 6, insert_box),
    Gesture("insert caption", 2, insert_from_palette("caption")),
    Gesture("insert note", 1, insert_from_palette("note")),
    Gesture("insert frame", 1, insert_from_palette("frame")),
    Gesture("move by drag", 10, move_by_drag),
    Gesture("resize", 5, resize),
    Gesture("resize group", 2, resize_group),
    Gesture("edit text", 5, edit_text),
    Gesture("delete", 3, key_on_selection(Qt.Key.Key_Delete)),
    Gesture("duplicate", 3, key_on_selection(Qt.Key.Key_D, CTRL)),
    Gesture("copy and paste", 3, copy_paste),
    Gesture("group", 5, group),
    Gesture("ungroup", 3, ungroup),
    Gesture("lock or unlock", 3, key_on_selection(Qt.Key.Key_L, CTRL)),
    Gesture("palette", 3, quick_bar("palette")),
    Gesture("dash", 2, quick_bar("dash")),
    Gesture("sketch", 2, quick_bar("sketch")),
    Gesture("paste style", 2, paste_style),
    Gesture("bring to front", 2, key_on_selection(Qt.Key.Key_BracketRight, CTRL | SHIFT)),
    Gesture("send to back", 2, key_on_selection(Qt.Key.Key_BracketLeft, CTRL | SHIFT)),
    Gesture("nudge", 2, key_on_selection(Qt.Key.Key_Right, SHIFT)),
    Gesture("box tool", 2, tool_key(Qt.Key.Key_R)),
    Gesture("ellipse tool", 2, tool_key(Qt.Key.Key_O)),
    Gesture("diamond tool", 2, tool_key(Qt.Key.Key_D)),
    Gesture("text tool", 1, tool_key(Qt.Key.Key_T)),
    Gesture("frame tool", 1, tool_key(Qt.Key.Key_F)),
    Gesture("arrow tool", 5, draw_arrow),
    Gesture("drag an arrow end", 3, drag_arrow_end),
    Gesture("routing", 2, switch_routing),
    Gesture("undo", 2, undo_some),
)


def start_document() -> Document:
    return Document(
        elements=[
            box("web", 0, 0, "Web"),
            box("api", 300, 0, "API"),
            box("db", 300, 250, "Database"),
            box("cache", 0, 250, "Cache"),
            arrow("web-api", "web", "api"),
            arrow("api-db", "api", "db"),
        ]
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_random_gestures_undo_to_the_first_byte_and_redo_to_the_last(window: Any, qtbot: Any, seed: int) -> None:
    window.resize(1600, 1000)
    window.show_document(start_document())
    QApplication.processEvents()
    window.view.set_zoom(0.6)
    window.view.centerOn(QPointF(230, 175))
    window.view.setFocus()
    fuzz = Fuzz(window, qtbot, seed)
    stack = window.scene.undo_stack
    start = dumps(window.document)
    done: dict[str, int] = {}
    for _ in range(ACTIONS_PER_RUN):
        gesture = fuzz.rng.choices(GESTURES, weights=[g.weight for g in GESTURES])[0]
        before = stack.index()
        gesture.run(fuzz)
        fuzz.settle()
        if stack.index() != before:
            done[gesture.name] = done.get(gesture.name, 0) + 1
    end = dumps(window.document)
    end_index = stack.index()  # a closing undo gesture leaves steps to redo past the end: stop there
    assert stack.index() >= ACTIONS_PER_RUN // 3, done
    assert len(done) >= len(GESTURES) - 3, done  # nearly every kind of gesture changed something
    while stack.canUndo():
        fuzz.key(Qt.Key.Key_Z, CTRL)
    assert dumps(window.document) == start
    while stack.index() < end_index:
        fuzz.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert dumps(window.document) == end
