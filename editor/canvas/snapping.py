"""Snapping while dragging: to the grid (when on) and to other elements' edges and centres.

Targets are collected once per gesture from the elements near what the user sees, and
looked up with bisect, so a drag frame costs the same on 50,000 boxes as on 5.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF

from editor.canvas.items import BoxView

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

#: Snap distance in screen pixels.
SNAP_PIXELS = 7.0
MAX_TARGETS = 3000


def _nearest(sorted_values: list[float], value: float) -> float | None:
    if not sorted_values:
        return None
    index = bisect_left(sorted_values, value)
    candidates = sorted_values[max(0, index - 1) : index + 1]
    return min(candidates, key=lambda candidate: abs(candidate - value))


class SnapTargets:
    """Edges and centres of elements around the visible area, excluding the dragged ones."""

    def __init__(self, scene: DiagramScene, exclude: set[str]) -> None:
        self.scene = scene
        scale = scene.view_scale()
        self.threshold = SNAP_PIXELS / scale
        area = scene.visible_area()
        xs: set[float] = set()
        ys: set[float] = set()
        self.rects: list[QRectF] = []
        for item in scene.items(area):
            if isinstance(item, BoxView) and item.element_id not in exclude:
                rect = item.rect()
                self.rects.append(rect)
                xs.update((rect.left(), rect.center().x(), rect.right()))
                ys.update((rect.top(), rect.center().y(), rect.bottom()))
                if len(self.rects) >= MAX_TARGETS:
                    break
        for element_id, rect in scene.unmade_rects_in(area):  # tiles without items yet: from the model
            if len(self.rects) >= MAX_TARGETS:
                break
            if element_id not in exclude:
                self.rects.append(rect)
                xs.update((rect.left(), rect.center().x(), rect.right()))
                ys.update((rect.top(), rect.center().y(), rect.bottom()))
        self.xs = sorted(xs)
        self.ys = sorted(ys)

    def _snap_axis(self, values: list[float], targets: list[float]) -> tuple[float, float | None]:
        """(correction, matched target) for the candidate value closest to a target."""
        best: tuple[float, float | None] = (0.0, None)
        best_distance = self.threshold
        for value in values:
            target = _nearest(targets, value)
            if target is not None and abs(target - value) <= best_distance:
                best_distance = abs(target - value)
                best = (target - value, target)
        return best

    def _grid(self, value: float) -> float:
        size = self.scene.document.settings.grid.size
        return round(value / size) * size - value

    def snap_move(self, origin: QRectF, delta: QPointF) -> tuple[QPointF, list[QLineF]]:
        """``delta`` corrected so the moved ``origin`` rectangle lines up; plus guides to draw."""
        moved = origin.translated(delta)
        xs = [moved.left(), moved.center().x(), moved.right()]
        ys = [moved.top(), moved.center().y(), moved.bottom()]
        dx, x_line = self._snap_axis(xs, self.xs)
        dy, y_line = self._snap_axis(ys, self.ys)
        if x_line is None and self.scene.snap_to_grid:
            dx = self._grid(moved.left())
        if y_line is None and self.scene.snap_to_grid:
            dy = self._grid(moved.top())
        result = QPointF(delta.x() + dx, delta.y() + dy)
        return result, self._guides(origin.translated(result), x_line, y_line)

    def snap_point(self, point: QPointF) -> tuple[QPointF, list[QLineF]]:
        dx, x_line = self._snap_axis([point.x()], self.xs)
        dy, y_line = self._snap_axis([point.y()], self.ys)
        if x_line is None and self.scene.snap_to_grid:
            dx = self._grid(point.x())
        if y_line is None and self.scene.snap_to_grid:
            dy = self._grid(point.y())
        snapped = QPointF(point.x() + dx, point.y() + dy)
        return snapped, self._guides(QRectF(snapped, snapped), x_line, y_line)

    def _guides(self, moved: QRectF, x_line: float | None, y_line: float | None) -> list[QLineF]:
        """A guide spans the moved rectangle and every target rectangle on the same line."""
        guides: list[QLineF] = []
        if x_line is not None:
            top, bottom = moved.top(), moved.bottom()
            for rect in self.rects:
                if x_line in (rect.left(), rect.center().x(), rect.right()):
                    top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
            guides.append(QLineF(x_line, top, x_line, bottom))
        if y_line is not None:
            left, right = moved.left(), moved.right()
            for rect in self.rects:
                if y_line in (rect.top(), rect.center().y(), rect.bottom()):
                    left, right = min(left, rect.left()), max(right, rect.right())
            guides.append(QLineF(left, y_line, right, y_line))
        return guides
