"""What a zoomed-out element looks like and covers, worked out from the model alone.

A tile whose items were never made (``tiles.Tile`` before it is materialized)
draws and bounds its elements from these; items use the same functions, so a tile looks
the same before and after its items exist.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QPen

from editor.model import AnyElement, Arrow, Box
from editor.model.theme import theme_named

#: Room around an element's rectangle for sketch strokes and text that overhangs.
MARGIN = 12.0
#: (x, y, width, height) of both ends, then the waypoints: what an arrow's route depends on.
EndGeometry = tuple[tuple[float, float, float, float], tuple[float, float, float, float], tuple[float, ...]]
NO_RECT = (0.0, 0.0, 0.0, 0.0)
_proxy_styles: dict[tuple[object, ...], tuple[QPen, QBrush]] = {}


def proxy_style(theme: str, element: AnyElement) -> tuple[QPen, QBrush]:
    """Pen and brush for the zoomed-out proxy, cached per distinct style (few per document)."""
    style = element.style
    key = (theme, style.palette, style.fill, style.stroke, element.type)
    found = _proxy_styles.get(key)
    if found is None:
        resolved = theme_named(theme).style_for(style.palette).merged(style)
        pen = QPen(QColor(resolved.stroke or "#1f3b57"))
        pen.setCosmetic(True)
        pen.setWidthF(1.0)
        fill = QColor(resolved.fill or "#ffffff") if isinstance(element, Box) else QColor(0, 0, 0, 0)
        found = (pen, QBrush(fill))
        _proxy_styles[key] = found
    return found


def end_geometry(lookup: Callable[[str], AnyElement | None], arrow: Arrow) -> EndGeometry:
    """What ``arrow``'s route depends on; ``lookup`` finds its ends (``document.get``)."""
    rects = []
    for end in (arrow.source, arrow.target):
        if end.point is not None:  # a free end: a rectangle of no size at its point
            rects.append((end.point.x, end.point.y, 0.0, 0.0))
            continue
        bound = lookup(end.element) if end.element is not None else None
        if bound is None or isinstance(bound, Arrow):
            rects.append(NO_RECT)
        else:
            rect = bound.rect
            rects.append((rect.x, rect.y, rect.width, rect.height))
    waypoints = tuple(value for point in arrow.waypoints for value in (point.x, point.y))
    return rects[0], rects[1], waypoints


def ends_span(ends: EndGeometry) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of both ends' rectangles and the waypoints."""
    (sx, sy, sw, sh), (tx, ty, tw, th), waypoints = ends
    xs, ys = [sx, sx + sw, tx, tx + tw, *waypoints[0::2]], [sy, sy + sh, ty, ty + th, *waypoints[1::2]]
    return min(xs), min(ys), max(xs), max(ys)


def arrow_bounds(ends: EndGeometry) -> QRectF:
    """What an arrow between these ends may cover before its route is known."""
    left, top, right, bottom = ends_span(ends)
    return QRectF(left - MARGIN, top - MARGIN, right - left + 2 * MARGIN, bottom - top + 2 * MARGIN)


def _clip(rect: tuple[float, float, float, float], toward: tuple[float, float]) -> tuple[float, float]:
    """Where the ray from the centre of ``rect`` toward a point leaves it."""
    x, y, width, height = rect
    cx, cy = x + width / 2, y + height / 2
    dx, dy = toward[0] - cx, toward[1] - cy
    scale = 1.0
    if dx:
        scale = min(scale, abs(width / 2 / dx))
    if dy:
        scale = min(scale, abs(height / 2 / dy))
    return cx + dx * scale, cy + dy * scale


def straight_segment(  # noqa: PLR0917 - eight floats, no tuples: it runs per arrow on open
    sx: float, sy: float, sw: float, sh: float, tx: float, ty: float, tw: float, th: float
) -> tuple[float, float, float, float]:
    """``centre_segments`` of an arrow without waypoints, worked out from plain floats."""
    scx, scy, tcx, tcy = sx + sw / 2, sy + sh / 2, tx + tw / 2, ty + th / 2
    dx, dy = tcx - scx, tcy - scy
    scale = 1.0
    if dx:
        scale = min(scale, abs(sw / 2 / dx))
    if dy:
        scale = min(scale, abs(sh / 2 / dy))
    x1, y1 = scx + dx * scale, scy + dy * scale
    scale = 1.0
    if dx:
        scale = min(scale, abs(tw / 2 / dx))
    if dy:
        scale = min(scale, abs(th / 2 / dy))
    return x1, y1, tcx - dx * scale, tcy - dy * scale


def centre_segments(ends: EndGeometry) -> list[tuple[float, float, float, float]]:
    """A cheap stand-in for an arrow's route: centre to centre through the waypoints, clipped
    at both ends, as (x1, y1, x2, y2) segments."""
    source, target, waypoints = ends
    middle = [(waypoints[i], waypoints[i + 1]) for i in range(0, len(waypoints), 2)]
    source_centre = (source[0] + source[2] / 2, source[1] + source[3] / 2)
    target_centre = (target[0] + target[2] / 2, target[1] + target[3] / 2)
    points = [_clip(source, middle[0] if middle else target_centre), *middle]
    points.append(_clip(target, middle[-1] if middle else source_centre))
    return [(*points[i], *points[i + 1]) for i in range(len(points) - 1)]


def centre_line(ends: EndGeometry) -> list[QPointF]:
    """``centre_segments`` as a polyline."""
    segments = centre_segments(ends)
    return [QPointF(segments[0][0], segments[0][1]), *(QPointF(x2, y2) for _, _, x2, y2 in segments)]
