"""Which elements a layout takes, and frames laid out their own way (a Mermaid subgraph's ``direction``).

``dot`` has one rank direction per graph. A frame whose ``direction`` differs from the one around it
is therefore laid out first, on its own, in its direction; the outer layout then places it as one
rigid block of its size, and everything inside moves with it. As in Mermaid, a frame keeps its own
direction only while no arrow crosses its edge (arrows to the frame itself are fine): an arrow from
inside to outside ties its members to the outer ranks, so they follow the outer direction.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from editor.model import Arrow, Document, Endpoint, Frame, Image, Legend, Point, Rect, TextElement, bound_ids


def chosen_elements(document: Document, only: Collection[str] | None) -> set[str]:
    """The elements (never arrows) a layout places: all, or those ``only`` names with their frames'
    members at any depth."""
    placed = {element.id for element in document.elements if not isinstance(element, Arrow)}
    if only is None:
        return placed
    chosen = {element_id for element_id in only if element_id in placed}
    frontier = list(chosen)
    while frontier:
        element = document.get(frontier.pop())
        if isinstance(element, Frame):
            for member in element.members:
                if member in placed and member not in chosen:
                    chosen.add(member)
                    frontier.append(member)
    return chosen


def loose_elements(document: Document, chosen: set[str]) -> set[str]:
    """Free text, legends and images that no arrow binds and no frame holds: they carry no rank, so
    they stay out of the layered drawing (titles go above it, the rest in a column beside it)."""
    bound = {end for e in document.elements if isinstance(e, Arrow) for end in bound_ids(e)}
    held = {member for e in document.elements if isinstance(e, Frame) and e.id in chosen for member in e.members}
    return {
        e.id
        for e in document.elements
        if e.id in chosen and isinstance(e, (TextElement, Legend, Image)) and e.id not in bound | held
    }


def inside(document: Document, frame: Frame, chosen: set[str]) -> set[str]:
    """The members of ``frame`` among ``chosen``, at any depth (not the frame itself)."""
    return chosen_elements(document, [frame.id]) & chosen - {frame.id}


def own_way_frames(document: Document, chosen: set[str], arrows: Sequence[Arrow], rankdir: str) -> list[Frame]:
    """The outermost frames among ``chosen`` to lay out apart: their direction differs from
    ``rankdir`` and no arrow crosses their edge. Frames inside them are their own layout's business."""
    candidates: dict[str, set[str]] = {}
    for element in document.elements:
        if not isinstance(element, Frame) or element.id not in chosen:
            continue
        if element.direction is None or element.direction == rankdir:
            continue
        members = inside(document, element, chosen)
        crossing = any(len(members.intersection(bound_ids(arrow))) == 1 for arrow in arrows)
        if members and not crossing:
            candidates[element.id] = members
    nested = {member for members in candidates.values() for member in members}
    return [frame for frame in document.elements if isinstance(frame, Frame) and frame.id in set(candidates) - nested]


def _moved(end: Endpoint, dx: float, dy: float) -> Endpoint:
    """A free end moved (a new object: the elements' parts are shared with the document laid out)."""
    if end.point is None:
        return end
    return end.model_copy(update={"point": Point(x=end.point.x + dx, y=end.point.y + dy)})


def shift_frame(document: Document, frame: Frame, before: Rect, chosen: set[str]) -> None:
    """Move everything inside ``frame`` by the way the frame moved from ``before`` (arrows bound
    inside too: their waypoints and free ends)."""
    dx, dy = frame.rect.x - before.x, frame.rect.y - before.y
    if not dx and not dy:
        return
    members = inside(document, frame, chosen)
    for element in document.elements:
        if isinstance(element, Arrow):
            if not members.intersection(bound_ids(element)):
                continue
            element.waypoints = [Point(x=point.x + dx, y=point.y + dy) for point in element.waypoints]
            element.source, element.target = (_moved(end, dx, dy) for end in (element.source, element.target))
        elif element.id in members:
            rect = element.rect
            element.rect = Rect(x=rect.x + dx, y=rect.y + dy, width=rect.width, height=rect.height)
