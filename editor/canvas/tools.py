"""What a press on the canvas does while a tool other than select is active (``actions.tool_actions``).

The arrow tool draws an arrow from the press to the release: an end over a box binds to it
(floating: its side follows the other end), an end on empty canvas stays free at that point.
The other tools place an element: a click makes one of the default size centred there, a drag
makes one of the dragged size. Each is previewed while the mouse moves, is one undo step, and
Esc cancels it; afterwards the scene hands back to the select tool, as Excalidraw does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt

from editor.actions.tool_actions import TOOLS_BY_NAME, Tool
from editor.canvas import operations
from editor.canvas.geometry import model_rect
from editor.canvas.interactions import Interaction, end_at
from editor.commands import QT_TRANSLATE_NOOP, AddElements
from editor.model import Arrow

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

#: Screen pixels a press must travel before it counts as a drag (an arrow, a sized element).
DRAG_PIXELS = 6.0
ADD_ARROW = QT_TRANSLATE_NOOP("Commands", "Add arrow")


def _dragged(scene: DiagramScene, start: QPointF, point: QPointF) -> bool:
    return QLineF(start, point).length() * scene.view_scale() >= DRAG_PIXELS


class DrawArrow(Interaction):
    """The arrow tool's gesture: a new arrow previewed as it is dragged, added on release."""

    def __init__(self, scene: DiagramScene, start: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        super().__init__(scene, start)
        self.source = end_at(scene, start, modifiers)[0]
        self.arrow_id = scene.document.fresh_id("arrow")
        self.z = scene.top_z() + 1
        self.preview: AddElements | None = None
        self.modifiers = modifiers

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.modifiers = modifiers
        if self.preview is None and not _dragged(self.scene, self.start, point):
            return
        target, self.scene.drop_target = end_at(self.scene, point, modifiers, exclude=self.source.element)
        arrow = Arrow(id=self.arrow_id, source=self.source, target=target, z=self.z)
        self._withdraw()
        command = AddElements([arrow], title=ADD_ARROW)
        if self.scene.preview(command):
            self.preview = command
        self.scene.update()

    def _withdraw(self) -> None:
        if self.preview is not None:
            self.scene.revert_preview(self.preview)
            self.preview = None

    def finish(self, point: QPointF) -> None:
        if self.preview is not None:
            self.move(point, self.modifiers)  # the release point decides the end
        self.scene.drop_target = None
        if self.preview is None:  # a click: no arrow (it would have no length)
            return
        self.scene.commit_preview(self.preview)
        self.preview = None
        self.scene.select_ids([self.arrow_id])
        self.scene.tool_done()

    def cancel(self) -> None:
        self._withdraw()
        self.scene.drop_target = None
        self.scene.update()


class PlaceElement(Interaction):
    """A box, text or frame tool's gesture: click for the default size, drag for a size of one's own."""

    def __init__(self, scene: DiagramScene, start: QPointF, tool: Tool) -> None:
        super().__init__(scene, start)
        self.tool = tool

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if _dragged(self.scene, self.start, point):
            self.scene.rubber_band = self._dragged_rect(point)
            self.scene.update()

    def _dragged_rect(self, point: QPointF) -> QRectF:
        return QRectF(self.scene.snap_to_grid_point(self.start), self.scene.snap_to_grid_point(point)).normalized()

    def finish(self, point: QPointF) -> None:
        self.scene.rubber_band = None
        sized = model_rect(self._dragged_rect(point)) if _dragged(self.scene, self.start, point) else None
        kind = self.tool.creates
        if kind == "box":
            operations.create_box_at(self.scene, point, edit=True, rect=sized, fields=self.tool.box)
        elif kind is not None:
            operations.create_element_at(self.scene, kind, point, rect=sized)
        self.scene.tool_done()

    def cancel(self) -> None:
        self.scene.rubber_band = None
        self.scene.update()


def tool_gesture(
    scene: DiagramScene, start: QPointF, tool_name: str, modifiers: Qt.KeyboardModifier
) -> Interaction | None:
    """The gesture a press at ``start`` begins with ``tool_name`` (None for the select tool)."""
    tool = TOOLS_BY_NAME.get(tool_name)
    if tool is None or tool.creates is None:
        return None
    if tool.creates == "arrow":
        return DrawArrow(scene, start, modifiers)
    return PlaceElement(scene, start, tool)
