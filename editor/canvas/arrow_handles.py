"""Where a selected arrow offers to add a bend: one handle per stretch between its ends and bends.

A stretch is drawn as one segment (straight and curved routes) or as several joined by
elbows (orthogonal routes); either way its handle sits on the drawn line halfway along
the stretch, and dragging it inserts a waypoint at the stretch's index. The overlay
draws these handles and the scene hit-tests the same ones.
"""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QPointF

from editor.render.layout_geometry import point_along


def _same(a: QPointF, b: QPointF) -> bool:
    return math.isclose(a.x(), b.x(), abs_tol=1e-6) and math.isclose(a.y(), b.y(), abs_tol=1e-6)


def bend_handles(route: list[QPointF], waypoints: list[QPointF]) -> list[QPointF]:
    """The add-a-bend handles of an arrow drawn along ``route`` (its corners, elbows included)
    through ``waypoints``, in waypoint-index order."""
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
