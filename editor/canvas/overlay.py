"""UI chrome drawn on top of the scene, never into the display list.

Selection outlines and handles (a selected arrow's add-a-bend handles too), connection
handles on the hovered box, snap guides, the rubber band and the line of a connection being
dragged. Sizes are in screen pixels, so handles stay grabbable at any zoom.
"""

from __future__ import annotations

import math
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from editor.canvas.geometry import resize_handles, side_handles
from editor.canvas.items import ArrowView, BoxView, ElementView
from editor.render.layout_geometry import point_along

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

SELECTION = QColor("#2b7bd6")
GUIDE = QColor("#e0399b")
HANDLE_PIXELS = 8.0
CONNECT_PIXELS = 10.0
#: How close (in screen pixels) the pointer must be to a handle to grab it.
GRAB_PIXELS = 9.0


def draw_overlay(scene: DiagramScene, painter: QPainter, exposed: QRectF) -> None:
    scale = scene.view_scale()
    unit = 1.0 / scale
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    selected = [item for item in scene.selectedItems() if isinstance(item, ElementView)]  # per drag frame: cheap
    outline = QPen(SELECTION, 1.0, Qt.PenStyle.DashLine)
    outline.setCosmetic(True)  # a crisp hairline batch: 100 selected boxes cost one call per frame
    handle_pen = QPen(SELECTION, 1.2 * unit)
    white = QBrush(QColor("#ffffff"))
    gap = 3 * unit
    outlines: list[QRectF] = []
    for view in selected:
        if isinstance(view, BoxView):
            corner, (width, height) = view.pos(), view.size()
            outlines.append(QRectF(corner.x() - gap, corner.y() - gap, width + 2 * gap, height + 2 * gap))
    if outlines:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects(outlines)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    single = selected[0] if len(selected) == 1 and isinstance(selected[0], BoxView) else None
    if single is not None:
        painter.setPen(handle_pen)
        painter.setBrush(white)
        half = HANDLE_PIXELS / 2 * unit
        for point in resize_handles(single.rect()).values():
            painter.drawRect(QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half))
    for view in selected:
        if isinstance(view, ArrowView):
            points = view.points()
            if len(points) < 2:
                continue
            painter.setPen(handle_pen)
            painter.setBrush(QBrush(SELECTION))
            radius = HANDLE_PIXELS / 2 * unit
            for end in (points[0], points[-1]):
                painter.drawEllipse(end, radius, radius)
            painter.setBrush(white)
            for waypoint in scene.waypoint_points(view.element_id):
                painter.drawEllipse(waypoint, radius, radius)
            painter.setBrush(QBrush(QColor(43, 123, 214, 90)))
            for middle in bend_handles(points, scene.waypoint_points(view.element_id)):
                painter.drawEllipse(middle, radius * 0.8, radius * 0.8)
    hovered = scene.views_by_id.get(scene.hover_id or "")
    if isinstance(hovered, BoxView) and scene.interaction is None:
        painter.setPen(QPen(SELECTION, 1.2 * unit))
        painter.setBrush(QBrush(QColor(43, 123, 214, 150)))
        radius = CONNECT_PIXELS / 2 * unit
        for point in side_handles(hovered.rect()).values():
            painter.drawEllipse(point, radius, radius)
    if scene.drop_target is not None:
        painter.setPen(QPen(SELECTION, 3 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(scene.drop_target.rect().adjusted(-4 * unit, -4 * unit, 4 * unit, 4 * unit))
    if scene.rubber_line is not None:
        painter.setPen(QPen(SELECTION, 2 * unit, Qt.PenStyle.DashLine))
        painter.drawLine(*scene.rubber_line)
    if scene.guides:
        painter.setPen(QPen(GUIDE, 1 * unit))
        for guide in scene.guides:
            painter.drawLine(guide)
    if scene.rubber_band is not None:
        painter.setPen(QPen(SELECTION, 1 * unit))
        painter.setBrush(QBrush(QColor(43, 123, 214, 40)))
        painter.drawRect(scene.rubber_band)
    painter.restore()


def _same(a: QPointF, b: QPointF) -> bool:
    return math.isclose(a.x(), b.x(), abs_tol=1e-6) and math.isclose(a.y(), b.y(), abs_tol=1e-6)


def bend_handles(route: list[QPointF], waypoints: list[QPointF]) -> list[QPointF]:
    """The add-a-bend handles of an arrow drawn along ``route`` (its corners, elbows included)
    through ``waypoints``, in waypoint-index order: one per stretch between its ends and bends.

    A stretch is drawn as one segment (straight and curved routes) or as several joined by
    elbows (orthogonal routes); either way its handle sits on the drawn line halfway along the
    stretch, and dragging it inserts a waypoint at the stretch's index. This module draws these
    handles and the scene hit-tests the same ones.
    """
    if len(route) < 2:
        return []
    stops = [*waypoints, route[-1]]
    if len(route) == len(stops) + 1:  # no elbows: each stretch is one segment
        return [(a + b) / 2 for a, b in pairwise(route)]
    handles: list[QPointF] = []
    start = 0
    for stop in stops:  # the route passes the waypoints and the end in order, with elbows between
        end = next((index for index in range(start + 1, len(route)) if _same(route[index], stop)), len(route) - 1)
        x, y = point_along([(point.x(), point.y()) for point in route[start : end + 1]], 0.5)
        handles.append(QPointF(x, y))
        start = end
    return handles
