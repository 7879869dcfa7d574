"""What the scene's gestures ask about it: zoom and visible area, what a drag moves, the element
or box under the pointer, waypoints, grid snapping. Read-only, except the snap-to-grid switch."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QPolygonF

from editor.canvas.items import ArrowView, BoxView, ElementView
from editor.canvas.picking import elements_at
from editor.canvas.scene import SceneMirror
from editor.model import Arrow, Document, Frame, bound_ids

#: Where a palette click looks for room: 40 px steps, 20 rings (800 px) around the view's centre;
#: the worst case (a full area of a 10,000-box diagram) measured 78 ms here (526 ms with 20 px steps
#: and 40 rings), a free spot near the centre well under 1 ms.
FREE_SPOT_STEP = 40.0
FREE_SPOT_RINGS = 20


class SceneQueries(SceneMirror):
    """The questions interactions and handles ask; ``DiagramScene`` adds input and editing."""

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(document, parent)
        self.snap_to_grid = False

    # --- view facts ----------------------------------------------------------------------
    def view_scale(self) -> float:
        views = self.views()
        return views[0].transform().m11() if views else 1.0

    def visible_area(self) -> QRectF:
        views = self.views()
        if not views:
            return self.sceneRect()
        view = views[0]
        return view.mapToScene(view.viewport().rect()).boundingRect()

    # --- helpers for interactions ----------------------------------------------------------
    def obstacles(self, exclude: Iterable[str] = ()) -> list[QRectF]:
        """Rectangles a new or dropped element would hide or be hidden by: everything placed
        except frames (which are meant to hold things) and ``exclude``."""
        skipped = set(exclude)
        return [
            QRectF(element.rect.x, element.rect.y, element.rect.width, element.rect.height)
            for element in self.document.elements
            if element.id not in skipped and not isinstance(element, Arrow | Frame)
        ]

    def covered_by_others(self, ids: list[str]) -> bool:
        """Whether any of ``ids`` overlaps a placed element (not a frame) stacked above it."""
        chosen = set(ids)
        lowest = min(self.document.element(i).z for i in ids)
        mine = [view.rect() for i in ids if isinstance(view := self.views_by_id.get(i), BoxView)]
        return any(
            other.rect.x < rect.right()
            and rect.left() < other.rect.right
            and other.rect.y < rect.bottom()
            and rect.top() < other.rect.bottom
            for other in self.document.elements
            if other.id not in chosen and other.z >= lowest and not isinstance(other, Arrow | Frame)
            for rect in mine
        )

    def free_spot(self, centre: QPointF, width: float, height: float, margin: float = 20.0) -> QPointF:
        """The centre nearest ``centre`` (searched ring by ring on a ``FREE_SPOT_STEP`` grid, up to
        ``FREE_SPOT_RINGS`` rings out) where a ``width`` x ``height`` element overlaps nothing
        placed, with ``margin`` around it; ``centre`` itself when the whole search area is full."""
        reach = FREE_SPOT_RINGS * FREE_SPOT_STEP
        area = QRectF(
            centre.x() - reach - width, centre.y() - reach - height, 2 * (reach + width), 2 * (reach + height)
        )
        nearby = [rect for rect in self.obstacles() if rect.intersects(area)]

        def free(at: QPointF) -> bool:
            rect = QRectF(
                at.x() - width / 2 - margin, at.y() - height / 2 - margin, width + 2 * margin, height + 2 * margin
            )
            return not any(rect.intersects(other) for other in nearby)

        for ring in range(FREE_SPOT_RINGS + 1):
            spots = [
                QPointF(centre.x() + dx * FREE_SPOT_STEP, centre.y() + dy * FREE_SPOT_STEP)
                for dx in range(-ring, ring + 1)
                for dy in range(-ring, ring + 1)
                if max(abs(dx), abs(dy)) == ring
            ]
            spots.sort(key=lambda spot: (spot - centre).manhattanLength())
            for spot in spots:
                if free(spot):
                    return spot
        return centre

    def top_z(self) -> int:
        return max((element.z for element in self.document.elements), default=0)

    def movable_ids(self, ids: Iterable[str]) -> list[str]:
        """What dragging ``ids`` moves: frame members too, arrows between moved elements, no locked ones."""
        chosen = [i for i in frame_members_closure(self.document, list(ids)) if not self.document.element(i).locked]
        moving = set(chosen)
        for element_id in list(chosen):
            for arrow_id in self._arrows_of.get(element_id, ()):
                arrow = self.document.get(arrow_id)
                if (
                    isinstance(arrow, Arrow)
                    and arrow_id not in moving
                    and arrow.waypoints
                    and len(bound := bound_ids(arrow)) == 2
                    and set(bound) <= moving
                ):
                    moving.add(arrow_id)
                    chosen.append(arrow_id)
        return chosen

    def bounds_of(self, ids: Iterable[str]) -> QRectF | None:
        """What ``ids`` cover: their rectangles, and the routes of arrows with free ends (an arrow
        bound at both ends is carried by its boxes, so it adds nothing to move)."""
        bounds: QRectF | None = None
        for element_id in ids:
            view = self.views_by_id.get(element_id)
            rect = None
            if isinstance(view, BoxView):
                rect = view.rect()
            elif isinstance(view, ArrowView) and len(self._ends_of.get(element_id, ())) < 2:
                rect = QPolygonF(view.points()).boundingRect()
            if rect is not None:
                bounds = rect if bounds is None else bounds.united(rect)
        return bounds

    def single_selected_box(self) -> BoxView | None:
        selected = self.selected_ids()
        if len(selected) != 1:
            return None
        view = self.views_by_id.get(selected[0])
        return view if isinstance(view, BoxView) else None

    # --- what is at a point: every question goes through the picking rules (``picking``) ----
    def element_at(self, point: QPointF) -> ElementView | None:
        """The topmost element at ``point``: what a click, double-click or right-click is on."""
        return next(elements_at(self, point), None)

    def box_at(self, point: QPointF, exclude: str | None = None) -> BoxView | None:
        """The topmost box at ``point`` other than ``exclude``, looking through arrows: what a
        connection dropped there binds to, and whose connection handles hovering there shows."""
        for item in elements_at(self, point, arrows=False):
            if isinstance(item, BoxView) and item.element_id != exclude:
                return item
        return None

    def waypoint_points(self, arrow_id: str) -> list[QPointF]:
        arrow = self.document.get(arrow_id)
        return [QPointF(p.x, p.y) for p in arrow.waypoints] if isinstance(arrow, Arrow) else []

    def snap_to_grid_point(self, point: QPointF) -> QPointF:
        if not self.snap_to_grid:
            return point
        size = self.document.settings.grid.size
        return QPointF(round(point.x() / size) * size, round(point.y() / size) * size)

    def set_snap_to_grid(self, enabled: bool) -> None:
        self.snap_to_grid = enabled


def frame_members_closure(document: Document, ids: list[str]) -> list[str]:
    """``ids`` plus, for every frame among them, its members (recursively)."""
    result = list(dict.fromkeys(ids))
    index = 0
    while index < len(result):
        element = document.get(result[index])
        if isinstance(element, Frame):
            for member in element.members:
                if member not in result:
                    result.append(member)
        index += 1
    return result
