"""Orthogonal arrow routes through a layered drawing that never cross a box other than their ends.

The layered layout leaves horizontal channels between ranks that hold no box. A route therefore
leaves its source through the side facing its target, runs along the channel below each rank it
passes, and crosses each rank vertically at a gap between that rank's boxes: the gap nearest the
x where ``dot``'s own spline crossed it (so dot's crossing reduction still shows), widened away from
any box by a margin. Everything here works in a frame where ranks are stacked downwards and the
target lies below the source; callers turn the other directions into it and back (``Frame``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, pairwise

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
XY = tuple[float, float]
MARGIN = 8.0
#: extents overlapping by more than this belong to one rank (dot may leave neighbours touching)
SHARED_RANK = 4.0
#: a step sideways smaller than this, where going straight on is free, is dropped from a route
JOG = 24.0


@dataclass
class Row:
    """One rank: its vertical extent and the horizontal extents of what stands in it."""

    top: float
    bottom: float
    spans: list[tuple[float, float]] = field(default_factory=list)
    members: set[str] = field(default_factory=set)

    def free_x(self, wanted: float) -> float:
        """``wanted``, or the nearest x outside every span (with a margin) when it would hit one."""
        for x0, x1 in self.spans:
            if x0 - MARGIN < wanted < x1 + MARGIN:
                left, right = x0 - MARGIN, x1 + MARGIN
                return left if wanted - left <= right - wanted else right
        return wanted


@dataclass
class Rows:
    """The ranks top to bottom, with what is needed to find the ones a route passes quickly."""

    rows: list[Row]
    tops: list[float]
    bottoms: list[float]
    of: dict[str, Row]

    def between(self, y0: float, y1: float) -> list[Row]:
        """Rows reaching below ``y0`` and starting above ``y1``."""
        return self.rows[bisect_right(self.bottoms, y0) : bisect_left(self.tops, y1)]


def build_rows(rects: dict[str, Box]) -> Rows:
    """Ranks from the rectangles' vertical extents: clearly overlapping extents share a row."""
    rows: list[Row] = []
    for name, (x0, y0, x1, y1) in sorted(rects.items(), key=lambda item: item[1][1]):
        if rows and y0 < rows[-1].bottom - SHARED_RANK:
            row = rows[-1]
            row.bottom = max(row.bottom, y1)
        else:
            row = Row(y0, y1)
            rows.append(row)
        row.spans.append((x0, x1))
        row.members.add(name)
    for row in rows:
        row.spans.sort()
    bottoms = list(accumulate((row.bottom for row in rows), max))
    return Rows(rows, [row.top for row in rows], bottoms, {name: row for row in rows for name in row.members})


@dataclass(frozen=True)
class Frame:
    """A view of the drawing turned so that ranks run downwards: ``swap`` exchanges x and y (for
    left-to-right drawings), ``flip`` mirrors y (for routes that go up)."""

    swap: bool
    flip: bool

    def point(self, point: XY) -> XY:
        x, y = (point[1], point[0]) if self.swap else point
        return (x, -y) if self.flip else (x, y)

    def back(self, point: XY) -> XY:
        x, y = (point[0], -point[1]) if self.flip else point
        return (y, x) if self.swap else (x, y)

    def box(self, box: Box) -> Box:
        (ax, ay), (bx, by) = self.point((box[0], box[1])), self.point((box[2], box[3]))
        return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def guide_x(guide: list[XY], y: float, fallback: float) -> float:
    """The x where the polyline ``guide`` first crosses height ``y``; ``fallback`` if it never does."""
    for (ax, ay), (bx, by) in pairwise(guide):
        if min(ay, by) <= y <= max(ay, by):
            if abs(by - ay) < 1e-9:
                return (ax + bx) / 2
            return ax + (bx - ax) * (y - ay) / (by - ay)
    return fallback


def _clamp_into(value: float, low: float, high: float) -> float:
    inset = min(12.0, (high - low) / 4)
    return min(max(value, low + inset), high - inset)


def route_down(  # noqa: PLR0917
    source: Box,
    target: Box,
    rows: Rows,
    guide: list[XY],
    ends: tuple[str, str],
    centred: tuple[bool, bool] = (False, False),
) -> list[XY]:
    """Corners of a route from ``source``'s bottom to ``target``'s top (the target lies lower).

    ``ends`` names the two ends (their own rows do not block them); ``centred`` pins an end to the
    middle of its side (label slots, so the route passes through the label's centre).
    """
    sx0, _, sx1, y0 = source
    tx0, y1, tx1, _ = target
    line = [((sx0 + sx1) / 2, y0), ((tx0 + tx1) / 2, y1)]

    def along(y: float) -> float:
        return guide_x(guide, y, guide_x(line, y, (sx0 + sx1) / 2))

    x_start = (sx0 + sx1) / 2 if centred[0] else _clamp_into(along(y0), sx0, sx1)
    x_end = (tx0 + tx1) / 2 if centred[1] else _clamp_into(along(y1), tx0, tx1)
    own, target_row = rows.of.get(ends[0]), rows.of.get(ends[1])
    crossed = [row for row in rows.between(y0, y1) if row is not own and row is not target_row and row.bottom > y0]
    previous_bottom = max(y0, own.bottom) if own is not None else y0
    next_top = min(y1, target_row.top) if target_row is not None else y1
    points: list[XY] = [(x_start, y0)]
    x = x_start
    for row in crossed:
        channel = (previous_bottom + row.top) / 2 if row.top > previous_bottom else previous_bottom
        crossing = row.free_x(along((row.top + row.bottom) / 2))
        if abs(crossing - x) < JOG and row.free_x(x) == x:
            crossing = x  # dot's spline drifts a little at each rank: no staircase of small steps
        points += [(x, channel), (crossing, channel)]
        x, previous_bottom = crossing, max(previous_bottom, row.bottom)
    if not centred[1] and abs(x_end - x) < JOG and _clamp_into(x, tx0, tx1) == x:
        x_end = x  # straight in, rather than a small step just above the target
    channel = (previous_bottom + next_top) / 2 if next_top > previous_bottom else (y0 + y1) / 2
    points += [(x, channel), (x_end, channel), (x_end, y1)]
    return simplify(points)


def route_flat(source: Box, target: Box, rows: Rows, ends: tuple[str, str]) -> list[XY]:
    """Two ends side by side in one rank: down into the channel under it, across, and back up."""
    bottoms = [row.bottom for row in (rows.of.get(ends[0]), rows.of.get(ends[1])) if row is not None]
    lowest = max([*bottoms, source[3], target[3]])
    below = [top for top in rows.tops if top >= lowest]
    channel = (lowest + min(below)) / 2 if below else lowest + 2 * MARGIN
    x_start = _clamp_into((source[0] + source[2]) / 2 + (target[0] - source[0]) * 0.001, source[0], source[2])
    x_end = _clamp_into((target[0] + target[2]) / 2, target[0], target[2])
    return simplify([(x_start, source[3]), (x_start, channel), (x_end, channel), (x_end, target[3])])


def route_loop(box: Box, reach: float) -> list[XY]:
    """An arrow from a box to itself: out of its right side and back, ``reach`` beyond it."""
    _, y0, x1, y1 = box
    height = y1 - y0
    return [
        (x1, y0 + height * 0.3),
        (x1 + reach, y0 + height * 0.3),
        (x1 + reach, y0 + height * 0.7),
        (x1, y0 + height * 0.7),
    ]


def simplify(points: list[XY]) -> list[XY]:
    """Drop repeated points and the middle of three collinear ones that run on in one direction
    (a route that turns back, into a label slot and out again, keeps its turning point)."""
    kept: list[XY] = []
    for point in points:
        if kept and abs(kept[-1][0] - point[0]) < 0.01 and abs(kept[-1][1] - point[1]) < 0.01:
            continue
        if len(kept) >= 2:
            (ax, ay), (bx, by) = kept[-2], kept[-1]
            vertical = abs(ax - bx) < 0.01 and abs(bx - point[0]) < 0.01 and (by - ay) * (point[1] - by) > 0
            horizontal = abs(ay - by) < 0.01 and abs(by - point[1]) < 0.01 and (bx - ax) * (point[0] - bx) > 0
            if vertical or horizontal:
                kept[-1] = point
                continue
        kept.append(point)
    return kept


def length_to(points: list[XY], index: int) -> float:
    """Length of the polyline from its start to ``points[index]``."""
    return sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in pairwise(points[: index + 1]))
