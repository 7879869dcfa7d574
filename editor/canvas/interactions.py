"""Interactions: one object per gesture, with start / move / finish / cancel (Esc cancels).

A gesture previews its command on the document while the mouse moves (so arrows
follow and what is drawn is what will be saved) and commits it as one undo step on
release; cancel reverts the preview, leaving no trace in the history.
"""

from __future__ import annotations

import gc
import itertools
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt

from editor.canvas import operations
from editor.canvas.geometry import dropped_anchor, model_rect, resized
from editor.canvas.geometry import qrect as model_qrect
from editor.canvas.items import BoxView
from editor.canvas.snapping import SnapTargets
from editor.commands import (
    QT_TRANSLATE_NOOP,
    AddElements,
    Command,
    Compound,
    MoveElements,
    Reconnect,
    Reorder,
    SetRect,
    SetWaypoints,
)
from editor.model import Anchor, AnyElement, Arrow, Endpoint, Frame, Point
from editor.render.layout_geometry import arrow_path_points

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

_gestures = itertools.count(1)
#: A connection dropped on empty canvas at least this far (screen pixels) from its handle
#: makes a new box there (as draw.io does); closer, it is taken for a slip and dropped.
NEW_BOX_PIXELS = 40.0


def gesture_key(kind: str) -> str:
    return f"{kind}-{next(_gestures)}"


class Interaction:
    """Base: a gesture in progress on ``scene``."""

    def __init__(self, scene: DiagramScene, start: QPointF) -> None:
        self.scene = scene
        self.start = QPointF(start)

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        return

    def finish(self, point: QPointF) -> None:
        return

    def cancel(self) -> None:
        return


class Previewing(Interaction):
    """A gesture whose document edit is previewed as merged commands, committed once."""

    def __init__(self, scene: DiagramScene, start: QPointF) -> None:
        super().__init__(scene, start)
        self.gesture = gesture_key(type(self).__name__)
        self.preview: Command | None = None

    def show(self, command: Command) -> None:
        if self.preview is None:
            if self.scene.preview(command):
                self.preview = command
        elif self.scene.preview(command):
            self.preview.merge(command)

    def finish(self, point: QPointF) -> None:
        if self.preview is not None:
            if not self.preview.changes_nothing():  # dragged back to where it started: no step
                self.scene.commit_preview(self.preview)
            self.preview = None
        self.scene.guides = []

    def cancel(self) -> None:
        if self.preview is not None:
            self.scene.revert_preview(self.preview)
            self.preview = None
        self.scene.guides = []
        self.scene.update()


def _segment_touches(band: QRectF, a: QPointF, b: QPointF) -> bool:
    if band.contains(a) or band.contains(b):
        return True
    corners = [band.topLeft(), band.topRight(), band.bottomRight(), band.bottomLeft()]
    segment = QLineF(a, b)
    return any(
        segment.intersects(QLineF(corners[i], corners[(i + 1) % 4]))[0] == QLineF.IntersectionType.BoundedIntersection
        for i in range(4)
    )


class RubberBand(Interaction):
    """Drag on empty canvas: select every element (of any kind) the band wholly contains, or with
    Alt held every element it touches, as draw.io does; Shift/Ctrl adds to the selection.

    Elements are judged by their model geometry (rectangles, arrow routes), not by their items'
    shapes, which reach past the drawn outline for handles and sketch strokes."""

    def __init__(self, scene: DiagramScene, start: QPointF, adding: bool) -> None:
        super().__init__(scene, start)
        self.before = scene.selected_ids() if adding else []
        self.touching = False
        if not adding:
            scene.select_ids([])

    def band(self) -> QRectF:
        return QRectF(self.start, self.scene.pointer).normalized()

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.touching = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        self.scene.rubber_band = self.band()
        self.scene.update()

    def _caught(self, band: QRectF, element: AnyElement) -> bool:
        if isinstance(element, Arrow):
            route = arrow_path_points(self.scene.document, element)
            if self.touching:
                return any(_segment_touches(band, a, b) for a, b in itertools.pairwise(route))
            return all(band.contains(point) for point in route)
        rect = model_qrect(element.rect)
        return band.intersects(rect) if self.touching else band.contains(rect)

    def finish(self, point: QPointF) -> None:
        band = self.band()
        self.scene.materialize_in(band)
        caught = [element.id for element in self.scene.document.elements if self._caught(band, element)]
        caught = self.scene.whole_units(caught)  # a group is caught whole or not at all
        self.scene.rubber_band = None
        self.scene.select_ids([*self.before, *caught])

    def cancel(self) -> None:
        self.scene.rubber_band = None
        self.scene.select_ids(self.before)


class MoveSelection(Previewing):
    """Drag selected elements (frames bring their members); snaps to grid and to other elements.

    Cyclic garbage collection waits while the drag lasts: a frame allocates little, and a
    collection pass that lands in a frame adds its whole time to that frame.
    """

    def __init__(self, scene: DiagramScene, start: QPointF) -> None:
        super().__init__(scene, start)
        self.ids = scene.movable_ids(scene.selected_ids())
        self.origin = scene.bounds_of(self.ids)
        self.snap = SnapTargets(scene, exclude=set(self.ids))
        self.applied = QPointF(0, 0)
        scene.set_moving(self.ids, True)
        self._collecting = gc.isenabled()
        gc.disable()

    def _done(self) -> None:
        self.scene.set_moving(self.ids, False)
        if self._collecting:
            gc.enable()

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if not self.ids or self.origin is None:
            return
        wanted = point - self.start
        if not modifiers & Qt.KeyboardModifier.AltModifier:
            wanted, self.scene.guides = self.snap.snap_move(self.origin, wanted)
        step = wanted - self.applied
        if step.isNull():
            return
        self.show(MoveElements(self.ids, step.x(), step.y(), gesture=self.gesture))
        self.applied = wanted

    def finish(self, point: QPointF) -> None:
        try:
            self._raise_over_drop_target()
            super().finish(point)
        finally:
            self._done()

    def _raise_over_drop_target(self) -> None:
        """Dropped on another element: the moved ones come to the front (in the same undo step),
        so a box dropped on a box shows on top instead of vanishing under it."""
        if self.preview is None or self.preview.changes_nothing():
            return
        placed = [i for i in self.ids if not isinstance(self.scene.document.get(i), Arrow | Frame)]
        if not placed or not self.scene.covered_by_others(placed):
            return
        raised = Reorder(placed, to_front=True)
        if self.scene.preview(raised):
            self.preview = Compound([self.preview, raised], title=self.preview.caption)

    def cancel(self) -> None:
        try:
            super().cancel()
        finally:
            self._done()


class ResizeElement(Previewing):
    """Drag one of the eight handles of a single selected element (Shift keeps the ratio)."""

    def __init__(self, scene: DiagramScene, start: QPointF, element_id: str, handle: str) -> None:
        super().__init__(scene, start)
        self.element_id = element_id
        self.handle = handle
        view = scene.views_by_id[element_id]
        assert isinstance(view, BoxView)
        self.original = view.rect()
        self.snap = SnapTargets(scene, exclude={element_id})

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        target = point
        if not modifiers & Qt.KeyboardModifier.AltModifier:
            target, self.scene.guides = self.snap.snap_point(point)
        keep = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        rect = resized(self.original, self.handle, target - self.start, keep_ratio=keep)
        self.show(SetRect(self.element_id, model_rect(rect), gesture=self.gesture))


def end_at(
    scene: DiagramScene, point: QPointF, modifiers: Qt.KeyboardModifier, exclude: str | None = None
) -> tuple[Endpoint, BoxView | None]:
    """The arrow end a press or drop at ``point`` makes, and the box it binds to: the box there
    other than ``exclude`` (fixed at a side when on that side's handle, else floating), or none:
    free at the point (on the grid when snapping, unless Alt is held)."""
    box = scene.box_at(point, exclude=exclude)
    if box is not None:
        return Endpoint(element=box.element_id, anchor=dropped_anchor(box.rect(), point, scene.view_scale())), box
    spot = point if modifiers & Qt.KeyboardModifier.AltModifier else scene.snap_to_grid_point(point)
    return Endpoint(point=Point(x=spot.x(), y=spot.y())), None


class Connect(Interaction):
    """Drag from a box's connection handle to another element: a new bound arrow."""

    def __init__(self, scene: DiagramScene, start: QPointF, source_id: str, side: Anchor) -> None:
        super().__init__(scene, start)
        self.source_id = source_id
        self.side = side

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.scene.rubber_line = (QPointF(self.start), QPointF(point))
        self.scene.drop_target = self.scene.box_at(point, exclude=self.source_id)
        self.scene.update()

    def finish(self, point: QPointF) -> None:
        target = self.scene.box_at(point, exclude=self.source_id)
        self.cancel()
        if target is None:
            if QLineF(self.start, point).length() * self.scene.view_scale() >= NEW_BOX_PIXELS:
                operations.create_connected_box(self.scene, self.source_id, point)
            return
        arrow_id = self.scene.document.fresh_id("arrow")
        side = dropped_anchor(target.rect(), point, self.scene.view_scale())
        arrow = Arrow(
            id=arrow_id,
            source=Endpoint(element=self.source_id, anchor=Anchor.AUTO),  # the handle starts a drag, it fixes nothing
            target=Endpoint(element=target.element_id, anchor=side),
            z=self.scene.top_z() + 1,
        )
        if self.scene.push(AddElements([arrow], title=QT_TRANSLATE_NOOP("Commands", "Connect"))):
            self.scene.select_ids([arrow_id])

    def cancel(self) -> None:
        self.scene.rubber_line = None
        self.scene.drop_target = None
        self.scene.update()


class ReconnectEnd(Previewing):
    """Drag the source or target end of a selected arrow: dropped on an element it binds there
    (fixed at a side when dropped on that side's handle, else floating); dropped on empty canvas
    it is free at that point. The arrow follows live; one undo step."""

    def __init__(self, scene: DiagramScene, start: QPointF, arrow_id: str, end: str) -> None:
        super().__init__(scene, start)
        self.arrow_id = arrow_id
        self.end: Literal["source", "target"] = "source" if end == "source" else "target"

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        endpoint, self.scene.drop_target = end_at(self.scene, point, modifiers)
        self.show(Reconnect(self.arrow_id, self.end, endpoint, gesture=self.gesture))
        self.scene.update()

    def finish(self, point: QPointF) -> None:
        self.scene.drop_target = None
        super().finish(point)

    def cancel(self) -> None:
        self.scene.drop_target = None
        super().cancel()


class DragWaypoint(Previewing):
    """Drag a waypoint of a selected arrow, or a segment's midpoint to add one there."""

    def __init__(self, scene: DiagramScene, start: QPointF, arrow_id: str, index: int, insert: bool) -> None:
        super().__init__(scene, start)
        self.arrow_id = arrow_id
        arrow = scene.document.element(arrow_id)
        assert isinstance(arrow, Arrow)
        self.points = list(arrow.waypoints)
        if insert:
            self.points.insert(index, Point(x=start.x(), y=start.y()))
        self.index = index

    def move(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        target = point
        if not modifiers & Qt.KeyboardModifier.AltModifier:
            target = self.scene.snap_to_grid_point(point)
        points = list(self.points)
        points[self.index] = Point(x=target.x(), y=target.y())
        self.show(SetWaypoints(self.arrow_id, points, gesture=self.gesture))
