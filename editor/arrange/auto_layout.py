"""Automatic layered layout of a document: boxes sized to their text, frames around their members,
orthogonal arrow routes that avoid boxes, arrow labels that never overlap.

Graphviz ``dot`` places everything (``graphviz``); each arrow label becomes a node of its own size
in the middle of its arrow, so the engine keeps labels apart from each other and from boxes, and the
route passes through the label's centre. Routes are then drawn orthogonally here (``routing``). The
result is a new document; the input is never changed, so the app can make it one undo step.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise

from editor.arrange.graphviz import GraphOutput, LayoutError, run_dot
from editor.arrange.nested import chosen_elements, inside, loose_elements, own_way_frames, shift_frame
from editor.arrange.plan import Plan, bound_ends, build_plan
from editor.arrange.routing import (
    SHARED_RANK,
    XY,
    Frame,
    build_rows,
    length_to,
    route_down,
    route_flat,
    route_loop,
    simplify,
)
from editor.model import (
    Anchor,
    AnyElement,
    Arrow,
    Document,
    Endpoint,
    Point,
    Rect,
    Routing,
    TextElement,
    TextRole,
    bound_ids,
)
from editor.model import Frame as FrameElement

DIRECTIONS = ("TB", "LR", "BT", "RL")
MARGIN = 40.0
#: between stacked free texts, and between the drawing and the column beside it (doubled)
GAP = 24.0
Rectangle = tuple[float, float, float, float]

__all__ = ["DIRECTIONS", "LayoutError", "auto_layout", "detect_direction"]


def detect_direction(document: Document, arrows: Sequence[Arrow] | None = None) -> str:
    """The direction in which most arrows lead to an element lying wholly beyond their source (a
    Mermaid import's grid keeps its chart's ranks apart that way); ``TB`` when none do.

    Counting clear separation rather than the larger displacement matters: an arrow fanning out to
    a far column of the next rank moves more sideways than down, yet only "down" holds for all."""
    between_boxes = dict.fromkeys(DIRECTIONS, 0)
    any_ends = dict.fromkeys(DIRECTIONS, 0)
    for arrow in document.elements if arrows is None else arrows:
        if not isinstance(arrow, Arrow):
            continue
        if arrow.source.element is None or arrow.target.element is None:  # a free end ranks nothing
            continue
        source, target = document.get(arrow.source.element), document.get(arrow.target.element)
        if source is None or target is None or isinstance(source, Arrow) or isinstance(target, Arrow):
            continue
        a, b = source.rect, target.rect
        beyond = {"TB": b.y >= a.bottom, "BT": b.bottom <= a.y, "LR": b.x >= a.right, "RL": b.right <= a.x}
        # frames span their members, so arrows to them say little while arrows between boxes exist
        counts = any_ends if isinstance(source, FrameElement) or isinstance(target, FrameElement) else between_boxes
        for direction, holds in beyond.items():
            counts[direction] += holds
    votes = between_boxes if any(between_boxes.values()) else any_ends
    best = max(DIRECTIONS, key=lambda direction: votes[direction])
    return best if votes[best] else "TB"


def _stack(elements: Sequence[AnyElement], x: float, y: float) -> float:
    """Place ``elements`` one under another from (x, y), in their reading order; returns the y below."""
    for element in sorted(elements, key=lambda e: (e.rect.y, e.rect.x)):  # type: ignore[union-attr]
        assert not isinstance(element, Arrow)
        element.rect = Rect(x=x, y=y, width=element.rect.width, height=element.rect.height)
        y += element.rect.height + GAP
    return y


def _rect(center: XY, size: tuple[float, float]) -> Rectangle:
    return (center[0] - size[0] / 2, center[1] - size[1] / 2, center[0] + size[0] / 2, center[1] + size[1] / 2)


def _endpoint(element_id: str, point: XY, box: Rectangle) -> Endpoint:
    x0, y0, x1, y1 = box
    x, y = point
    distances = {
        Anchor.TOP: abs(y - y0),
        Anchor.BOTTOM: abs(y - y1),
        Anchor.LEFT: abs(x - x0),
        Anchor.RIGHT: abs(x - x1),
    }
    side = min(distances, key=lambda anchor: distances[anchor])
    if side in (Anchor.TOP, Anchor.BOTTOM):
        offset = (x - (x0 + x1) / 2) / max(x1 - x0, 1e-6)
    else:
        offset = (y - (y0 + y1) / 2) / max(y1 - y0, 1e-6)
    return Endpoint(element=element_id, anchor=side, offset=min(max(offset, -0.5), 0.5))


class _Router:
    def __init__(self, rects: dict[str, Rectangle], obstacles: dict[str, Rectangle], swap: bool) -> None:
        self.rects = rects
        self.down, self.up = Frame(swap, False), Frame(swap, True)
        self.rows_down = build_rows({name: self.down.box(box) for name, box in obstacles.items()})
        self.rows_up = build_rows({name: self.up.box(box) for name, box in obstacles.items()})

    def route(self, source: str, target: str, guide: list[XY], centred: tuple[bool, bool]) -> list[XY]:
        s, t = self.down.box(self.rects[source]), self.down.box(self.rects[target])
        if t[1] >= s[3] - SHARED_RANK:
            frame, rows = self.down, self.rows_down
        elif t[3] <= s[1] + SHARED_RANK:
            frame, rows = self.up, self.rows_up
        else:
            points = route_flat(s, t, self.rows_down, (source, target))
            return [self.down.back(point) for point in points]
        turned = [frame.point(point) for point in guide]
        points = route_down(
            frame.box(self.rects[source]), frame.box(self.rects[target]), rows, turned, (source, target), centred
        )
        return [frame.back(point) for point in points]

    def loop(self, element: str, reach: float) -> list[XY]:
        return [self.down.back(point) for point in route_loop(self.down.box(self.rects[element]), reach)]


def _place(plan: Plan, output: GraphOutput, origin: XY) -> dict[str, Rectangle]:
    """Rectangles of every laid-out element and label slot, shifted so the drawing starts at ``origin``."""
    rects: dict[str, Rectangle] = {}
    for element_id, name in plan.names.items():
        rects[element_id] = _rect(output.centers[name], plan.graph.sizes[name])
    for key, box in output.cluster_boxes.items():
        rects[plan.clusters[key]] = box
    for slot in plan.labels.values():
        rects[slot] = _rect(output.centers[slot], plan.graph.sizes[slot])
    left = min(box[0] for box in rects.values())
    top = min(box[1] for box in rects.values())
    dx, dy = origin[0] - left, origin[1] - top
    for key, (x0, y0, x1, y1) in rects.items():
        rects[key] = (x0 + dx, y0 + dy, x1 + dx, y1 + dy)
    for key, points in output.splines.items():
        output.splines[key] = [(x + dx, y + dy) for x, y in points]
    return rects


def _apply_route(arrow: Arrow, points: list[XY], rects: dict[str, Rectangle], label_at: float | None) -> None:
    arrow.routing = Routing.ORTHOGONAL
    source, target = bound_ends(arrow)
    arrow.source = _endpoint(source, points[0], rects[source])
    arrow.target = _endpoint(target, points[-1], rects[target])
    arrow.waypoints = [Point(x=x, y=y) for x, y in points[1:-1]]
    if label_at is not None:
        arrow.label_position = min(max(label_at, 0.0), 1.0)


def auto_layout(
    document: Document,
    *,
    direction: str = "auto",
    languages: Sequence[str] | None = None,
    only: Collection[str] | None = None,
) -> Document:
    """A copy of ``document`` laid out in layers along ``direction`` (TB, LR, BT, RL, or ``auto`` for
    the way its arrows point now), sized for the text of ``languages`` (all of the document's by
    default), for the elements ``only`` names (with their frames' members) or the whole diagram.

    Arrows between laid-out elements are routed; arrows with one end outside lose their waypoints
    and follow their ends. Raises ``LayoutError`` when ``dot`` is missing or fails.
    """
    # Shallow copies: layout only assigns new rectangles, ends and waypoints, never edits texts or
    # styles in place, so the copies share those with ``document`` (a deep copy cost 0.4 s at 1,000 boxes).
    result = document.model_copy(update={"elements": [element.model_copy() for element in document.elements]})
    result.invalidate_index()
    chosen = chosen_elements(result, only)
    if direction != "auto" and direction.upper() not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}; use one of {', '.join(DIRECTIONS)} or auto")
    if chosen:
        _lay_out(result, chosen, direction, languages, only is not None)
    result.invalidate_index()
    return result


def _lay_out(result: Document, chosen: set[str], direction: str, languages: Sequence[str] | None, stay: bool) -> None:
    """Lay ``chosen`` out in place, from the page margin or (``stay``) from where they are now;
    frames of their own direction first, each then placed as one block (``nested``)."""
    arrows = [e for e in result.elements if isinstance(e, Arrow) and {e.source.element, e.target.element} <= chosen]
    rankdir = detect_direction(result, arrows) if direction == "auto" else direction.upper()
    blocks = own_way_frames(result, chosen, arrows, rankdir)
    hidden: set[str] = set()
    for block in blocks:
        members = inside(result, block, chosen)
        assert block.direction is not None
        _lay_out(result, members | {block.id}, block.direction, languages, True)
        hidden |= members
    before = {block.id: block.rect for block in blocks}
    chosen = chosen - hidden
    arrows = [arrow for arrow in arrows if not hidden.intersection(bound_ids(arrow))]
    placed = [e for e in result.elements if e.id in chosen and not isinstance(e, Arrow)]
    origin = (MARGIN, MARGIN) if not stay else (min(e.rect.x for e in placed), min(e.rect.y for e in placed))
    loose = loose_elements(result, chosen)
    if not chosen - loose:
        return
    plan = build_plan(result, chosen - loose, arrows, rankdir, languages)
    output = run_dot(plan.graph)
    titles = [e for e in placed if e.id in loose and isinstance(e, TextElement) and e.role is TextRole.TITLE]
    top = _stack(titles, origin[0], origin[1])
    rects = _place(plan, output, (origin[0], top))
    right = max(box[2] for box in rects.values())
    _stack([e for e in placed if e.id in loose and e not in titles], right + 2 * GAP, top)
    for element in placed:
        if element.id in rects:
            x0, y0, x1, y1 = rects[element.id]
            element.rect = Rect(x=x0, y=y0, width=max(x1 - x0, 1.0), height=max(y1 - y0, 1.0))
    for block in blocks:
        shift_frame(result, block, before[block.id], chosen | hidden)
    obstacles = {name: rects[element_id] for element_id, name in plan.names.items()}
    obstacles.update({slot: rects[slot] for slot in plan.labels.values()})
    named = {plan.names.get(element_id, element_id): box for element_id, box in rects.items()}
    router = _Router(named, obstacles, rankdir in ("LR", "RL"))
    for arrow in arrows:
        _route_arrow(arrow, plan, output, router, rects)
    routed = {arrow.id for arrow in arrows}
    for other in result.elements:
        if isinstance(other, Arrow) and other.id not in routed and (set(bound_ids(other)) & chosen):
            other.waypoints = []
            other.source = other.source if other.source.is_free else Endpoint(element=other.source.element)
            other.target = other.target if other.target.is_free else Endpoint(element=other.target.element)


def _route_arrow(arrow: Arrow, plan: Plan, output: GraphOutput, router: _Router, rects: dict[str, Rectangle]) -> None:
    bound_source, bound_target = bound_ends(arrow)
    source = plan.names.get(bound_source, bound_source)
    target = plan.names.get(bound_target, bound_target)
    keys = plan.edges.get(arrow.id, [])
    guides = [output.splines.get(key, []) for key in keys]
    if source == target:
        label = plan.graph.loop_labels.get(keys[0]) if keys else None
        points = router.loop(source, (label[0] / 2 + 16) if label else 24.0)
        _apply_route(arrow, points, rects, 0.5)
        return
    slot = plan.labels.get(arrow.id)
    if slot is None:
        points = router.route(source, target, guides[0] if guides else [], (False, False))
        _apply_route(arrow, points, rects, None)
        return
    first = router.route(source, slot, guides[0], (False, True))
    second = router.route(slot, target, guides[1], (True, False))
    x0, y0, x1, y1 = rects[slot]
    centre = ((x0 + x1) / 2, (y0 + y1) / 2)
    joined = simplify([*first, centre, *second])
    total = length_to(joined, len(joined) - 1)
    at = min(
        range(len(joined)), key=lambda index: abs(joined[index][0] - centre[0]) + abs(joined[index][1] - centre[1])
    )
    on_route = abs(joined[at][0] - centre[0]) + abs(joined[at][1] - centre[1]) < 0.5
    label_at = length_to(joined, at) / total if total > 0 and on_route else _fraction_at(joined, centre, total)
    _apply_route(arrow, joined, rects, label_at)


def _fraction_at(points: list[XY], target: XY, total: float) -> float:
    """How far along ``points`` (as a share of ``total``) the point nearest ``target`` lies."""
    best, best_distance, walked = 0.5, float("inf"), 0.0
    for a, b in pairwise(points):
        length = abs(b[0] - a[0]) + abs(b[1] - a[1])
        if length > 0:
            t = max(
                0.0, min(1.0, ((target[0] - a[0]) * (b[0] - a[0]) + (target[1] - a[1]) * (b[1] - a[1])) / length**2)
            )
            x, y = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
            distance = abs(x - target[0]) + abs(y - target[1])
            if distance < best_distance:
                best, best_distance = (walked + t * length) / total if total else 0.5, distance
        walked += length
    return best
