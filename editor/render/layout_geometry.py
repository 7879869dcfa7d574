"""Arrow geometry in plain floats: ends on box outlines, elbows, curves, heads, label spots.

Rectangles are ``(x, y, width, height)`` tuples and points ``(x, y)`` tuples: a 10,000-arrow
export does this for every arrow, and Python floats are several times cheaper than QRectF
and QPointF wrappers. The two Qt-typed functions at the end are the canvas's entry points.
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF

from editor.model.document import Document
from editor.model.elements import Anchor, Arrow, ArrowHead, Box, BoxShape, Endpoint, Routing
from editor.render import sketch
from editor.render.box_outlines import outline_geometry
from editor.render.display_list import Command

Rect = tuple[float, float, float, float]
Point = tuple[float, float]
_NOWHERE: Rect = (0.0, 0.0, 0.0, 0.0)
_AUTO = (Anchor.AUTO, Anchor.CENTER)
_NORMALS: dict[Anchor, Point] = {
    Anchor.TOP: (0.0, -1.0),
    Anchor.BOTTOM: (0.0, 1.0),
    Anchor.LEFT: (-1.0, 0.0),
    Anchor.RIGHT: (1.0, 0.0),
}


def anchor_xy(rect: Rect, side: Anchor, offset: float = 0.0) -> Point:
    """The point of ``rect`` an arrow end fixed at ``side`` touches (see :func:`anchor_point`)."""
    x, y, w, h = rect
    if side is Anchor.TOP:
        return (x + w / 2 + offset * w, y)
    if side is Anchor.BOTTOM:
        return (x + w / 2 + offset * w, y + h)
    if side is Anchor.LEFT:
        return (x, y + h / 2 + offset * h)
    if side is Anchor.RIGHT:
        return (x + w, y + h / 2 + offset * h)
    return (x + w / 2 + offset * w, y + h / 2)


def _clip_to_border(rect: Rect, inside: Point, toward: Point) -> Point:
    """Where the ray from ``inside`` to ``toward`` leaves ``rect`` (``inside`` if it never does)."""
    x, y, w, h = rect
    ix, iy = inside
    dx, dy = toward[0] - ix, toward[1] - iy
    if dx == 0 and dy == 0:
        return inside
    scales = []
    if dx > 0:
        scales.append((x + w - ix) / dx)
    elif dx < 0:
        scales.append((x - ix) / dx)
    if dy > 0:
        scales.append((y + h - iy) / dy)
    elif dy < 0:
        scales.append((y - iy) / dy)
    t = max(0.0, min(*scales, 1.0))
    return (ix + dx * t, iy + dy * t)


def _side_toward(rect: Rect, toward: Point) -> Anchor:
    x, y, w, h = rect
    if w == 0 and h == 0:  # a free end: leave along the longer direction
        w = h = 1.0
    dx = toward[0] - (x + w / 2)
    dy = toward[1] - (y + h / 2)
    if abs(dx) * h >= abs(dy) * w:
        return Anchor.RIGHT if dx >= 0 else Anchor.LEFT
    return Anchor.BOTTOM if dy >= 0 else Anchor.TOP


def _holds(rect: Rect, side: Anchor, aim: Point) -> bool:
    """Whether an end fixed at ``side`` of ``rect`` may leave by it toward ``aim``: only when
    ``aim`` lies beyond that side; otherwise the line would cut through its own box."""
    x, y, w, h = rect
    if side is Anchor.TOP:
        return aim[1] <= y
    if side is Anchor.BOTTOM:
        return aim[1] >= y + h
    if side is Anchor.LEFT:
        return aim[0] <= x
    if side is Anchor.RIGHT:
        return aim[0] >= x + w
    return True


def _floating(rect: Rect, side: Anchor, other: Rect, waypoint: Point | None) -> Anchor:
    """The anchor an end really uses: ``auto`` (floating: side and point follow the other end)
    unless it is fixed at a side that faces the other end (its first waypoint, else its centre)."""
    if side in _AUTO or rect is _NOWHERE:
        return side
    aim = waypoint if waypoint is not None else (other[0] + other[2] / 2, other[1] + other[3] / 2)
    return side if _holds(rect, side, aim) else Anchor.AUTO


def _end_shape(document: Document, element_id: str | None) -> BoxShape | None:
    """The outline an end lands on: None for a rectangle, any element without a box shape, or an
    end bound to no element."""
    element = document.get(element_id) if element_id is not None else None
    shape = element.outline if isinstance(element, Box) else None
    return None if shape is BoxShape.RECTANGLE else shape


#: points per curve where arrows meet an outline: an end on a 200 x 120 cloud is then under 0.4 px
#: inside the drawn curve (half a stroke), and a cloud has 48 edges to cross instead of 96
HIT_STEPS = 8


@lru_cache(maxsize=4096)
def _outline_edges(shape: BoxShape, rect: Rect) -> tuple[tuple[float, float, float, float], ...]:
    """The closed outline an arrow ends on as edges ``(x, y, dx, dy)`` (curves sampled)."""
    geometry = outline_geometry(shape, *rect)
    if geometry.perimeter is not None:
        x, y, w, h = geometry.perimeter
        points = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    else:
        points = flatten(geometry.body, HIT_STEPS)
    return tuple((ax, ay, bx - ax, by - ay) for (ax, ay), (bx, by) in pairwise([*points, points[0]]))


def _ellipse_hit(rect: Rect, origin: Point, direction: Point) -> float | None:
    """The smallest ``t >= 0`` where ``origin + t * direction`` meets the ellipse inscribed in ``rect``."""
    x, y, w, h = rect
    rx, ry = w / 2, h / 2
    px, py = (origin[0] - x - rx) / rx, (origin[1] - y - ry) / ry
    dx, dy = direction[0] / rx, direction[1] / ry
    a, b, c = dx * dx + dy * dy, 2 * (px * dx + py * dy), px * px + py * py - 1
    disc = b * b - 4 * a * c
    if a == 0 or disc < 0:
        return None
    root = math.sqrt(disc)
    for t in sorted(((-b - root) / (2 * a), (-b + root) / (2 * a))):
        if t >= 0:
            return t
    return None


def _ray_hit(shape: BoxShape, rect: Rect, origin: Point, direction: Point) -> float | None:
    """The smallest ``t >= 0`` at which ``origin + t * direction`` crosses the outline, if any.

    An ellipse is solved exactly (the most common outline, and ten times cheaper); the others
    cross their sampled edges.
    """
    if shape is BoxShape.ELLIPSE:
        return _ellipse_hit(rect, origin, direction)
    ox, oy = origin
    dx, dy = direction
    best: float | None = None
    for ax, ay, ex, ey in _outline_edges(shape, rect):
        denominator = dx * ey - dy * ex
        if -1e-12 < denominator < 1e-12:
            continue
        rx, ry = ax - ox, ay - oy
        t = (rx * ey - ry * ex) / denominator
        if t < 0 or (best is not None and t >= best):
            continue
        u = (rx * dy - ry * dx) / denominator
        if -1e-9 <= u <= 1 + 1e-9:
            best = t
    return best


def _border(rect: Rect, shape: BoxShape | None, inside: Point, toward: Point) -> Point:
    """Where the ray from ``inside`` to ``toward`` leaves the end's outline (``toward`` if it
    lies inside): the rectangle's border, or the ellipse, diamond, cloud... it draws."""
    if shape is None or rect is _NOWHERE:
        return _clip_to_border(rect, inside, toward)
    direction = (toward[0] - inside[0], toward[1] - inside[1])
    if direction == (0.0, 0.0):
        return inside
    t = _ray_hit(shape, rect, inside, direction)
    t = 1.0 if t is None else min(t, 1.0)
    return (inside[0] + direction[0] * t, inside[1] + direction[1] * t)


def _fixed(rect: Rect, shape: BoxShape | None, side: Anchor, offset: float) -> Point:
    """An end fixed at ``side``: its point on the rectangle, moved in square to the side until it
    meets the outline (a diamond's tip, an ellipse's rim, a cylinder's bottom curve)."""
    point = anchor_xy(rect, side, offset)
    normal = _NORMALS.get(side)
    if shape is None or normal is None or rect is _NOWHERE:
        return point
    reach = rect[2] + rect[3]
    t = _ray_hit(shape, rect, point, (-normal[0] * reach, -normal[1] * reach))
    if t is None or t > 1:
        return point
    return (point[0] - normal[0] * reach * t, point[1] - normal[1] * reach * t)


def _end_rect(document: Document, end: Endpoint) -> Rect:
    """The rectangle an end leaves from; a free end is a rectangle of no size at its point, so
    clipping, anchoring and routing treat it like a tiny box there."""
    if end.point is not None:
        return (end.point.x, end.point.y, 0.0, 0.0)
    element = document.get(end.element) if end.element is not None else None
    rect = None if element is None or isinstance(element, Arrow) else element.rect
    return _NOWHERE if rect is None else (rect.x, rect.y, rect.width, rect.height)


def _ends(document: Document, arrow: Arrow) -> tuple[Point, Point, Anchor, Anchor]:
    """Start and end points on the borders, and the side each leaves by."""
    source, target = arrow.source, arrow.target
    source_rect, target_rect = _end_rect(document, source), _end_rect(document, target)
    source_shape, target_shape = _end_shape(document, source.element), _end_shape(document, target.element)
    waypoints = arrow.waypoints
    first_waypoint = (waypoints[0].x, waypoints[0].y) if waypoints else None
    last_waypoint = (waypoints[-1].x, waypoints[-1].y) if waypoints else None
    source_anchor = _floating(source_rect, source.anchor, target_rect, first_waypoint)
    target_anchor = _floating(target_rect, target.anchor, source_rect, last_waypoint)
    if not waypoints and source_anchor not in _AUTO and target_anchor not in _AUTO:  # both fixed: each must face
        source_point = anchor_xy(source_rect, source_anchor, source.offset)  # the other's real point, too
        target_point = anchor_xy(target_rect, target_anchor, target.offset)
        if not _holds(source_rect, source_anchor, target_point):
            source_anchor = Anchor.AUTO
        if not _holds(target_rect, target_anchor, source_point):
            target_anchor = Anchor.AUTO
    orthogonal = arrow.routing is Routing.ORTHOGONAL
    first_aim = (waypoints[0].x, waypoints[0].y) if waypoints else anchor_xy(target_rect, target_anchor, target.offset)
    last_aim = (waypoints[-1].x, waypoints[-1].y) if waypoints else anchor_xy(source_rect, source_anchor, source.offset)
    if orthogonal and source_anchor in _AUTO:
        source_anchor = _side_toward(source_rect, first_aim)
    if orthogonal and target_anchor in _AUTO:
        target_anchor = _side_toward(target_rect, last_aim)
    if source_anchor in _AUTO:
        start = _border(source_rect, source_shape, anchor_xy(source_rect, source_anchor, source.offset), first_aim)
    else:
        start = _fixed(source_rect, source_shape, source_anchor, source.offset)
    if target_anchor in _AUTO:
        end = _border(target_rect, target_shape, anchor_xy(target_rect, target_anchor, target.offset), last_aim)
    else:
        end = _fixed(target_rect, target_shape, target_anchor, target.offset)
    if not waypoints and not orthogonal:  # an auto end aims at the other end's final point, not its centre
        if source_anchor in _AUTO:
            start = _border(source_rect, source_shape, anchor_xy(source_rect, Anchor.CENTER, source.offset), end)
        if target_anchor in _AUTO:
            end = _border(target_rect, target_shape, anchor_xy(target_rect, Anchor.CENTER, target.offset), start)
    return start, end, source_anchor, target_anchor


def _orthogonal(points: list[Point], first: Anchor, last: Anchor) -> list[Point]:
    """Axis-aligned elbows between consecutive points: leave along ``first``, arrive along ``last``."""
    routed = [points[0]]
    count = len(points) - 1
    for index in range(count):
        p, q = routed[-1], points[index + 1]
        aligned = math.isclose(p[0], q[0], abs_tol=0.01) or math.isclose(p[1], q[1], abs_tol=0.01)
        if not aligned:
            start_vertical = first in (Anchor.TOP, Anchor.BOTTOM) if index == 0 else not _was_vertical(routed)
            if index == count - 1 and start_vertical == (last in (Anchor.TOP, Anchor.BOTTOM)):
                if start_vertical:
                    middle = (p[1] + q[1]) / 2
                    routed += [(p[0], middle), (q[0], middle)]
                else:
                    middle = (p[0] + q[0]) / 2
                    routed += [(middle, p[1]), (middle, q[1])]
            else:
                routed.append((p[0], q[1]) if start_vertical else (q[0], p[1]))
        routed.append(q)
    return routed


def _was_vertical(points: list[Point]) -> bool:
    if len(points) < 2:
        return False
    a, b = points[-2], points[-1]
    return abs(b[1] - a[1]) > abs(b[0] - a[0])


def arrow_route(document: Document, arrow: Arrow) -> tuple[list[Point], Anchor, Anchor]:
    """The corners an arrow passes, border to border (with elbows when orthogonal), and its end sides."""
    start, end, first, last = _ends(document, arrow)
    points = [start, *((point.x, point.y) for point in arrow.waypoints), end]
    if arrow.routing is Routing.ORTHOGONAL:
        points = _orthogonal(points, first, last)
    return points, first, last


def curve(points: list[Point], first: Anchor, last: Anchor) -> list[Command]:
    """A smooth curve through the points (Catmull-Rom), leaving and arriving square to the sides."""
    commands: list[Command] = [("M", *points[0])]
    count = len(points)
    for index in range(count - 1):
        (x1, y1), (x2, y2) = points[index], points[index + 1]
        reach = math.hypot(x2 - x1, y2 - y1) * 0.4
        if index == 0 and (normal := _NORMALS.get(first)) is not None:
            c1 = (x1 + normal[0] * reach, y1 + normal[1] * reach)
        else:
            x0, y0 = points[index - 1] if index > 0 else points[index]
            c1 = (x1 + (x2 - x0) / 6, y1 + (y2 - y0) / 6)
        if index == count - 2 and (normal := _NORMALS.get(last)) is not None:
            c2 = (x2 + normal[0] * reach, y2 + normal[1] * reach)
        else:
            x3, y3 = points[index + 2] if index + 2 < count else points[index + 1]
            c2 = (x2 - (x3 - x1) / 6, y2 - (y3 - y1) / 6)
        commands.append(("C", *c1, *c2, x2, y2))
    return commands


def flatten(commands: list[Command], steps: int = 16) -> list[Point]:
    """Points along a path (each curve sampled at ``steps`` points), for measuring lengths and directions."""
    points: list[Point] = []
    for command in commands:
        kind = command[0]
        if kind in ("M", "L"):
            points.append((float(command[1]), float(command[2])))
        elif kind == "C" and points:
            x0, y0 = points[-1]
            x1, y1, x2, y2, x3, y3 = (float(value) for value in command[1:])
            for step in range(1, steps + 1):
                t = step / steps
                u = 1 - t
                points.append(
                    (
                        u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
                        u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
                    )
                )
    return points


def point_along(points: list[Point], fraction: float) -> Point:
    lengths = [math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in pairwise(points)]
    total = sum(lengths)
    if total <= 0:
        return points[0]
    goal = total * fraction
    for (a, b), length in zip(pairwise(points), lengths, strict=True):
        if goal <= length and length > 0:
            t = goal / length
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        goal -= length
    return points[-1]


def behind(track: list[Point], length: float) -> Point:
    """A point about ``length`` back from the end of the track, for the head's direction."""
    tip = track[-1]
    for point in reversed(track[:-1]):
        if math.hypot(tip[0] - point[0], tip[1] - point[1]) >= length * 0.5:
            return point
    return track[0] if len(track) > 1 else (tip[0] - 1.0, tip[1])


def head(kind: ArrowHead, tip: Point, back: Point, length: float) -> tuple[list[Command], bool]:
    """Commands for an arrowhead at ``tip`` pointing away from ``back``; True when it is filled."""
    dx, dy = tip[0] - back[0], tip[1] - back[1]
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    px, py = -uy, ux
    half = length * 0.45
    bx, by = tip[0] - ux * length, tip[1] - uy * length
    if kind is ArrowHead.ARROW:
        return [("M", bx + px * half, by + py * half), ("L", *tip), ("L", bx - px * half, by - py * half)], False
    if kind is ArrowHead.TRIANGLE:
        return [("M", *tip), ("L", bx + px * half, by + py * half), ("L", bx - px * half, by - py * half), ("Z",)], True
    if kind is ArrowHead.DIAMOND:
        mx, my = tip[0] - ux * length / 2, tip[1] - uy * length / 2
        return [
            ("M", *tip),
            ("L", mx + px * half, my + py * half),
            ("L", bx, by),
            ("L", mx - px * half, my - py * half),
            ("Z",),
        ], True
    if kind is ArrowHead.CIRCLE:
        radius = length * 0.3
        return sketch.ellipse(tip[0] - ux * radius, tip[1] - uy * radius, radius, radius), True
    return [], False


# --------------------------------------------------------------------------------------
# Qt-typed entry points (the canvas uses them while dragging)
# --------------------------------------------------------------------------------------
def anchor_point(rect: QRectF, anchor: Anchor | str, offset: float = 0.0) -> QPointF:
    """The point of ``rect`` an arrow end fixed at ``anchor`` touches.

    ``offset`` shifts it along the side, as a fraction of the side's length; ``auto`` and
    ``center`` give the centre (shifted horizontally).
    """
    x, y = anchor_xy((rect.x(), rect.y(), rect.width(), rect.height()), Anchor(anchor), offset)
    return QPointF(x, y)


def arrow_path_points(document: Document, arrow: Arrow) -> list[QPointF]:
    """The polyline an arrow follows, from border to border, through its waypoints.

    Orthogonal arrows come with their elbows; curved arrows give the points the curve passes
    through (the curve itself is smooth between them).
    """
    return [QPointF(x, y) for x, y in arrow_route(document, arrow)[0]]
