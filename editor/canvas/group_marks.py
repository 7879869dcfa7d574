"""Screen-only marks for groups and locks, and resizing a group by its marks.

Drawn with the overlay (``DiagramScene.drawForeground``), never into the display list, so
exports never show them. A selected group gets one frame with corner marks around all its
members (draw.io and Excalidraw show a group's bounds, not each member's); its members keep
their own thin dashed outlines inside it. A locked element carries a small padlock at its
top-left corner, the way it can be told apart from one that just does not move.

Dragging a corner mark resizes the frame as a single box's handle resizes the box (Shift keeps
the ratio), and each member's rectangle keeps its place and share inside it; arrows follow their
ends. The drag previews one merged ``SetRects`` and commits it as one undo step, like every
gesture. A group holding a locked member has no marks to drag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from editor.canvas.geometry import model_rect, resized
from editor.canvas.interactions import Previewing
from editor.canvas.items import ArrowView, BoxView, ElementView
from editor.canvas.overlay import SELECTION
from editor.canvas.tiles import PROXY_LOD
from editor.commands import QT_TRANSLATE_NOOP, SetRects
from editor.model import Arrow

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene
    from editor.canvas.scene_groups import SceneGroups

#: How far (screen pixels) a group's frame stands off its members, and its corner marks' size.
GROUP_GAP_PIXELS = 8.0
CORNER_PIXELS = 7.0
LOCK_PIXELS = 14.0
LOCK_COLOUR = QColor("#5c6b7a")


def element_bounds(view: ElementView) -> QRectF:
    """The element's own rectangle, or the box around an arrow's route."""
    if isinstance(view, BoxView):
        return view.rect()
    assert isinstance(view, ArrowView)
    points = view.points()
    if not points:
        return QRectF()
    xs, ys = [point.x() for point in points], [point.y() for point in points]
    return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))


def group_bounds(scene: SceneGroups, group_id: str) -> QRectF:
    bounds = QRectF()
    for element_id in scene.members_of(group_id):
        view = scene.views_by_id.get(element_id)
        if view is not None:
            rect = element_bounds(view)
            bounds = rect if bounds.isNull() else bounds.united(rect)
    return bounds


def group_frame(scene: SceneGroups, group_id: str) -> QRectF:
    """The frame drawn around a selected group: its bounds with a few screen pixels to spare."""
    gap = GROUP_GAP_PIXELS / scene.view_scale()
    return group_bounds(scene, group_id).adjusted(-gap, -gap, gap, gap)


def selection_bounds(scene: SceneGroups) -> QRectF:
    """The box around everything selected, in scene coordinates (null when nothing is)."""
    bounds = QRectF()
    for element_id in scene.selected_ids():
        view = scene.views_by_id.get(element_id)
        if view is not None:
            rect = element_bounds(view)
            bounds = rect if bounds.isNull() else bounds.united(rect)
    return bounds


def draw_group_frames(scene: SceneGroups, painter: QPainter) -> None:
    groups = scene.selected_groups()
    if not groups:
        return
    unit = 1.0 / scene.view_scale()
    corner = CORNER_PIXELS * unit
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for group_id in groups:
        bounds = group_frame(scene, group_id)
        painter.setPen(QPen(SELECTION, 1.5 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bounds)
        painter.setBrush(QBrush(SELECTION))
        for point in (bounds.topLeft(), bounds.topRight(), bounds.bottomLeft(), bounds.bottomRight()):
            painter.drawRect(QRectF(point.x() - corner / 2, point.y() - corner / 2, corner, corner))
    painter.restore()


def padlock(centre: QPointF, size: float) -> QPainterPath:
    """A padlock outline: a shackle arc over a rounded body, ``size`` wide."""
    body = QRectF(centre.x() - size / 2, centre.y() - size * 0.1, size, size * 0.6)
    path = QPainterPath()
    path.addRoundedRect(body, size * 0.12, size * 0.12)
    shackle = QRectF(centre.x() - size * 0.3, centre.y() - size * 0.55, size * 0.6, size * 0.9)
    path.moveTo(shackle.left(), body.top())
    path.arcTo(shackle, 180, -180)
    return path


def draw_lock_badges(scene: SceneGroups, painter: QPainter, exposed: QRectF) -> None:
    locked = scene.locked_ids()
    if not locked or scene.view_scale() < PROXY_LOD:
        return
    unit = 1.0 / scene.view_scale()
    size = LOCK_PIXELS * unit
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for element_id in locked:
        view = scene.views_by_id.loaded.get(element_id)
        if view is None:
            continue
        bounds = element_bounds(view)
        if not bounds.intersects(exposed):
            continue
        centre = bounds.topLeft() + QPointF(size * 0.9, size * 0.9) if isinstance(view, BoxView) else bounds.center()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(255, 255, 255, 220)))
        painter.drawEllipse(centre, size * 0.85, size * 0.85)
        painter.setPen(QPen(LOCK_COLOUR, 1.6 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(padlock(centre + QPointF(0, size * 0.05), size))
    painter.restore()


# --- resizing a group by a corner mark ------------------------------------------------------
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
