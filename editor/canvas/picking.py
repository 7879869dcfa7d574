"""What is at a point of the canvas: the one rule for clicks, right-clicks, hover handles and
connection targets. It looks through the inside of frames and takes an arrow's label for the arrow.

A frame (a lane, a group) is picked by its title strip and its border only, as in
Excalidraw. Its inside belongs to what it holds and to the empty canvas: a drag there
starts a rubber band over the boxes in the lane, a double-click makes a box there, hovering
there shows no connection handles and a connection dropped there makes a new connected box,
instead of dragging, retitling or binding to a lane that covers half the diagram.
The scene asks through ``element_at`` and ``box_at`` (``scene_queries``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt

from editor.canvas.items import ArrowView, BoxView, ElementView
from editor.canvas.overlay import GRAB_PIXELS
from editor.model import Arrow, Frame
from editor.render.display_list import TextLineOp
from editor.render.layout import layout_element

if TYPE_CHECKING:
    from editor.canvas.scene_queries import SceneQueries

#: Below the title's last line, this much more (scene pixels) still picks the frame.
TITLE_MARGIN = 6.0
#: The strip that picks a frame with no title shown.
UNTITLED_STRIP = 28.0
#: Around each line of an arrow's label, as much as its background plate shows.
LABEL_PAD = 4.0


def frame_body(scene: SceneQueries, frame_id: str) -> QRectF | None:
    """The inside of the frame that clicks go through (None: ``frame_id`` is no frame)."""
    frame = scene.document.get(frame_id)
    if not isinstance(frame, Frame):
        return None
    rect = QRectF(frame.rect.x, frame.rect.y, frame.rect.width, frame.rect.height)
    lines = [
        op
        for op in layout_element(scene.document, frame_id, scene.language).ops
        if isinstance(op, TextLineOp) and op.text.strip()
    ]
    top = max((op.y + op.descent for op in lines), default=rect.top() + UNTITLED_STRIP - TITLE_MARGIN) + TITLE_MARGIN
    border = GRAB_PIXELS / scene.view_scale()
    return QRectF(QPointF(rect.left() + border, top), QPointF(rect.right() - border, rect.bottom() - border))


def on_label(scene: SceneQueries, arrow_id: str, point: QPointF) -> bool:
    """Whether ``point`` is on the arrow's label (its text plate), which may stand off the line."""
    arrow = scene.document.get(arrow_id)
    if (
        not isinstance(arrow, Arrow)
        or not arrow.label.in_language(scene.language, scene.document.settings.source_language).strip()
    ):
        return False
    for op in layout_element(scene.document, arrow_id, scene.language).ops:
        if isinstance(op, TextLineOp):
            plate = QRectF(op.x, op.y - op.ascent, op.width, op.ascent + op.descent)
            if plate.adjusted(-LABEL_PAD, -LABEL_PAD, LABEL_PAD, LABEL_PAD).contains(point):
                return True
    return False


def elements_at(scene: SceneQueries, point: QPointF, *, arrows: bool = True) -> Iterator[ElementView]:
    """The element items at ``point``, topmost first: on a box's area but not a frame's inside,
    on an arrow's line or on its label (``arrows=False``: boxes only, arrows are looked through)."""
    scene.materialize_in(point)
    for item in scene.items(point, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
        if isinstance(item, BoxView):
            if not item.contains(item.mapFromScene(point)):
                continue
            body = frame_body(scene, item.element_id)
            if body is None or not body.contains(point):
                yield item
        elif (
            arrows
            and isinstance(item, ArrowView)
            and (item.contains(item.mapFromScene(point)) or on_label(scene, item.element_id, point))
        ):
            yield item
