"""Canvas geometry from the model: rectangles, connection handles, anchors, resize handles.

Arrow paths themselves come from the render layer (``arrow_path_points``), so hit
testing follows exactly what is drawn; this module only covers what the canvas adds.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from editor.model import Anchor, AnyElement, Arrow, Rect

#: Side of a box -> where its connection handle sits, as fractions of width and height.
SIDE_HANDLES: dict[Anchor, tuple[float, float]] = {
    Anchor.TOP: (0.5, 0.0),
    Anchor.RIGHT: (1.0, 0.5),
    Anchor.BOTTOM: (0.5, 1.0),
    Anchor.LEFT: (0.0, 0.5),
}

#: Resize handle name -> (x fraction, y fraction) of the rectangle.
RESIZE_HANDLES: dict[str, tuple[float, float]] = {
    "top-left": (0, 0),
    "top": (0.5, 0),
    "top-right": (1, 0),
    "right": (1, 0.5),
    "bottom-right": (1, 1),
    "bottom": (0.5, 1),
    "bottom-left": (0, 1),
    "left": (0, 0.5),
}

MIN_SIZE = 10.0


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def model_rect(rect: QRectF) -> Rect:
    normal = rect.normalized()
    return Rect(x=normal.x(), y=normal.y(), width=max(normal.width(), MIN_SIZE), height=max(normal.height(), MIN_SIZE))


def element_qrect(element: AnyElement) -> QRectF | None:
    return None if isinstance(element, Arrow) else qrect(element.rect)


def point_at(rect: QRectF, fractions: tuple[float, float]) -> QPointF:
    return QPointF(rect.x() + rect.width() * fractions[0], rect.y() + rect.height() * fractions[1])


def side_handles(rect: QRectF) -> dict[Anchor, QPointF]:
    return {side: point_at(rect, fractions) for side, fractions in SIDE_HANDLES.items()}


def resize_handles(rect: QRectF) -> dict[str, QPointF]:
    return {name: point_at(rect, fractions) for name, fractions in RESIZE_HANDLES.items()}


#: How near (screen pixels) to a side's connection handle a drop must land to fix the end there.
FIXED_ANCHOR_PIXELS = 12.0


def dropped_anchor(rect: QRectF, point: QPointF, scale: float) -> Anchor:
    """How an arrow end dropped at ``point`` on ``rect`` binds: fixed at a side when dropped on
    that side's handle (an explicit choice), else floating (``auto``: side and point follow the
    other end, as draw.io's floating and Excalidraw's default connections do)."""
    reach = FIXED_ANCHOR_PIXELS / max(scale, 1e-6)
    for side, handle in side_handles(rect).items():
        if abs(handle.x() - point.x()) <= reach and abs(handle.y() - point.y()) <= reach:
            return side
    return Anchor.AUTO


def resized(rect: QRectF, handle: str, delta: QPointF, keep_ratio: bool = False) -> QRectF:
    """``rect`` with the edges that ``handle`` controls moved by ``delta``; never below MIN_SIZE."""
    fx, fy = RESIZE_HANDLES[handle]
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    if fx == 0:
        left = min(left + delta.x(), right - MIN_SIZE)
    elif fx == 1:
        right = max(right + delta.x(), left + MIN_SIZE)
    if fy == 0:
        top = min(top + delta.y(), bottom - MIN_SIZE)
    elif fy == 1:
        bottom = max(bottom + delta.y(), top + MIN_SIZE)
    result = QRectF(left, top, right - left, bottom - top)
    if keep_ratio and fx != 0.5 and fy != 0.5 and rect.height() > 0:
        ratio = rect.width() / rect.height()
        height = max(result.width() / ratio, MIN_SIZE)
        result.setHeight(height)
        if fy == 0:
            result.moveBottom(bottom)
    return result


def distance_to_segment(point: QPointF, start: QPointF, end: QPointF) -> float:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length_squared = dx * dx + dy * dy
    if length_squared == 0:
        return float(QPointF(point - start).manhattanLength())
    t = max(0.0, min(1.0, ((point.x() - start.x()) * dx + (point.y() - start.y()) * dy) / length_squared))
    nearest = QPointF(start.x() + t * dx, start.y() + t * dy)
    offset = point - nearest
    return float((offset.x() ** 2 + offset.y() ** 2) ** 0.5)
