"""Resizing a whole group by the corner marks of its frame: every member scales with the frame.

A selected group shows one frame around its members (``group_marks``) with a mark at each
corner. Dragging a mark resizes that frame as a single box's handle resizes the box (Shift keeps
the ratio), and each member's rectangle keeps its place and share inside it; arrows follow their
ends. The drag previews one merged ``SetRects`` and commits it as one undo step, like every
gesture. A group holding a locked member has no marks to drag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt

from editor.canvas.geometry import model_rect, resized
from editor.canvas.group_marks import group_bounds, group_frame
from editor.canvas.interactions import Previewing
from editor.commands import QT_TRANSLATE_NOOP, SetRects
from editor.model import Arrow

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

RESIZE_GROUP = QT_TRANSLATE_NOOP("Commands", "Resize group")


def corner_points(frame: QRectF) -> dict[str, QPointF]:
    return {
        "top-left": frame.topLeft(),
        "top-right": frame.topRight(),
        "bottom-left": frame.bottomLeft(),
        "bottom-right": frame.bottomRight(),
    }


def scaled(rect: QRectF, before: QRectF, after: QRectF) -> QRectF:
    """``rect`` moved and sized so it holds the same place in ``after`` as it did in ``before``."""
    sx = after.width() / before.width() if before.width() > 0 else 1.0
    sy = after.height() / before.height() if before.height() > 0 else 1.0
    return QRectF(
        after.left() + (rect.left() - before.left()) * sx,
        after.top() + (rect.top() - before.top()) * sy,
        max(rect.width() * sx, 1.0),
        max(rect.height() * sy, 1.0),
    )


class ResizeGroup(Previewing):
    """Drag a corner mark of the one selected group's frame."""

    def __init__(self, scene: DiagramScene, start: QPointF, group_id: str, corner: str, bounds: QRectF) -> None:
        super().__init__(scene, start)
        self.corner = corner
        self.original = bounds
        self.rects: dict[str, QRectF] = {}
        for element_id in scene.members_of(group_id):
            element = scene.document.element(element_id)
            if not isinstance(element, Arrow):
                self.rects[element_id] = QRectF(element.rect.x, element.rect.y, element.rect.width, element.rect.height)

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        keep = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        frame = resized(self.original, self.corner, point - self.start, keep_ratio=keep)
        rects = {element_id: model_rect(scaled(rect, self.original, frame)) for element_id, rect in self.rects.items()}
        self.show(SetRects(rects, title=RESIZE_GROUP, gesture=self.gesture))


def group_corner_at(scene: DiagramScene, point: QPointF, reach: float) -> ResizeGroup | None:
    """A drag starting on a corner mark of the selected group's frame, when the selection is
    exactly one group and nothing in it is locked."""
    groups = scene.selected_groups()
    if len(groups) != 1:
        return None
    members = scene.members_of(groups[0])
    if set(members) != set(scene.selected_ids()) or any(scene.document.element(i).locked for i in members):
        return None
    for corner, spot in corner_points(group_frame(scene, groups[0])).items():
        if (spot - point).manhattanLength() <= reach:
            return ResizeGroup(scene, spot, groups[0], corner, group_bounds(scene, groups[0]))
    return None
