"""What the scene's public methods do: each builds one command (one undo step) and pushes it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from editor.canvas.clipboard import freed_ends
from editor.canvas.geometry import model_rect
from editor.commands import QT_TRANSLATE_NOOP, Compound, RemoveElements, Reorder, SetProperty, SetRects, Title
from editor.commands.elements import DELETE, AddElements, ReplaceElements
from editor.model import (
    AnyElement,
    Arrow,
    Box,
    BoxShape,
    Endpoint,
    Frame,
    Legend,
    LegendEntry,
    Rect,
    TextElement,
    TextRole,
    bound_ids,
    plain,
)

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

BOX_SIZE = (200.0, 120.0)
ELEMENT_SIZES = {"legend": (320.0, 180.0), "frame": (480.0, 320.0), "title": (600.0, 64.0), "heading": (400.0, 48.0)}
#: Undo step names of the arranging and adding operations, by their argument.
ALIGN_TITLES = {
    "left": QT_TRANSLATE_NOOP("Commands", "Align left"),
    "center": QT_TRANSLATE_NOOP("Commands", "Align centre"),
    "right": QT_TRANSLATE_NOOP("Commands", "Align right"),
    "top": QT_TRANSLATE_NOOP("Commands", "Align top"),
    "middle": QT_TRANSLATE_NOOP("Commands", "Align middle"),
    "bottom": QT_TRANSLATE_NOOP("Commands", "Align bottom"),
}
DISTRIBUTE_TITLES = {
    "horizontal": QT_TRANSLATE_NOOP("Commands", "Distribute horizontally"),
    "vertical": QT_TRANSLATE_NOOP("Commands", "Distribute vertically"),
}
ADD_TITLES = {
    "title": QT_TRANSLATE_NOOP("Commands", "Add title"),
    "heading": QT_TRANSLATE_NOOP("Commands", "Add heading"),
    "caption": QT_TRANSLATE_NOOP("Commands", "Add caption"),
    "callout": QT_TRANSLATE_NOOP("Commands", "Add callout"),
    "note": QT_TRANSLATE_NOOP("Commands", "Add note"),
    "legend": QT_TRANSLATE_NOOP("Commands", "Add legend"),
    "frame": QT_TRANSLATE_NOOP("Commands", "Add frame"),
}


def delete(scene: DiagramScene, ids: list[str], title: str | Title = DELETE) -> None:
    """Remove ``ids`` with the arrows bound to them, as one step; a locked arrow stays, its ends
    on removed elements freed where they are drawn (a lock means the canvas never deletes it)."""
    if not ids:
        return
    removed = set(ids)
    locked: list[AnyElement] = [
        element
        for element in scene.document.elements
        if isinstance(element, Arrow)
        and element.locked
        and element.id not in removed
        and removed.intersection(bound_ids(element))
    ]
    if not locked:
        scene.push(RemoveElements(ids, title=title))
        return
    kept = {element.id for element in scene.document.elements} - removed
    freed = freed_ends(scene, locked, kept)
    scene.push(Compound([ReplaceElements(freed), RemoveElements(ids)], title=title))


def _placed(scene: DiagramScene, ids: list[str]) -> list[AnyElement]:
    return [element for element in map(scene.document.element, ids) if not isinstance(element, Arrow)]


def align(scene: DiagramScene, ids: list[str], edge: str) -> None:
    placed = _placed(scene, ids)
    if len(placed) < 2:
        return
    rects = {element.id: element.rect for element in placed}  # type: ignore[union-attr]
    lefts = [rect.x for rect in rects.values()]
    rights = [rect.right for rect in rects.values()]
    tops = [rect.y for rect in rects.values()]
    bottoms = [rect.bottom for rect in rects.values()]
    moved: dict[str, Rect] = {}
    for element_id, rect in rects.items():
        x, y = rect.x, rect.y
        if edge == "left":
            x = min(lefts)
        elif edge == "right":
            x = max(rights) - rect.width
        elif edge == "center":
            x = (min(lefts) + max(rights)) / 2 - rect.width / 2
        elif edge == "top":
            y = min(tops)
        elif edge == "bottom":
            y = max(bottoms) - rect.height
        elif edge == "middle":
            y = (min(tops) + max(bottoms)) / 2 - rect.height / 2
        else:
            raise ValueError(f"unknown edge {edge!r}: left, center, right, top, middle or bottom")
        moved[element_id] = Rect(x=x, y=y, width=rect.width, height=rect.height)
    scene.push(SetRects(moved, title=ALIGN_TITLES[edge]))


def distribute(scene: DiagramScene, ids: list[str], axis: str) -> None:
    if axis not in ("horizontal", "vertical"):
        raise ValueError(f"unknown axis {axis!r}: horizontal or vertical")
    placed = _placed(scene, ids)
    if len(placed) < 3:
        return
    horizontal = axis == "horizontal"
    ordered = sorted(placed, key=lambda e: e.rect.x if horizontal else e.rect.y)  # type: ignore[union-attr]
    rects = [element.rect for element in ordered]  # type: ignore[union-attr]
    start = rects[0].x if horizontal else rects[0].y
    end = rects[-1].right if horizontal else rects[-1].bottom
    total = sum(rect.width if horizontal else rect.height for rect in rects)
    gap = (end - start - total) / (len(rects) - 1)
    position = start
    moved: dict[str, Rect] = {}
    for element, rect in zip(ordered, rects, strict=True):
        if horizontal:
            moved[element.id] = Rect(x=position, y=rect.y, width=rect.width, height=rect.height)
            position += rect.width + gap
        else:
            moved[element.id] = Rect(x=rect.x, y=position, width=rect.width, height=rect.height)
            position += rect.height + gap
    scene.push(SetRects(moved, title=DISTRIBUTE_TITLES[axis]))


def reorder(scene: DiagramScene, ids: list[str], to_front: bool) -> None:
    if ids:
        scene.push(Reorder(ids, to_front))


def set_routing(scene: DiagramScene, ids: list[str], routing: str) -> None:
    arrows = [i for i in ids if isinstance(scene.document.get(i), Arrow)]
    if arrows:
        scene.push(SetProperty(arrows, "routing", routing))


def _centred(pos: QPointF, size: tuple[float, float], scene: DiagramScene) -> Rect:
    corner = scene.snap_to_grid_point(QPointF(pos.x() - size[0] / 2, pos.y() - size[1] / 2))
    return model_rect(QRectF(corner.x(), corner.y(), size[0], size[1]))


def create_box_at(
    scene: DiagramScene,
    pos: QPointF,
    *,
    icon: str | None = None,
    name: str = "",
    role: str = "",
    edit: bool = False,
    rect: Rect | None = None,
    shape: BoxShape | None = None,
    size: tuple[float, float] = BOX_SIZE,
    fields: Mapping[str, object] | None = None,
) -> str | None:
    """A box of ``size`` centred on ``pos`` (or at ``rect``, a tool's drag) with the outline
    ``shape``, and ``fields`` set on top (a box tool's style), as one step."""
    element_id = scene.document.fresh_id("box")
    box = Box.model_validate(
        {
            "id": element_id,
            "rect": rect or _centred(pos, size, scene),
            "icon": icon,
            "name": plain(name),
            "role": plain(role),
            "z": scene.top_z() + 1,
            **({"shape": shape} if shape is not None else {}),
            **(fields or {}),
        }
    )
    if not scene.push(AddElements([box], title=QT_TRANSLATE_NOOP("Commands", "Add box"))):
        return None
    scene.select_ids([element_id])
    if edit:
        scene.edit_text(element_id, "name")
    return element_id


def create_connected_box(scene: DiagramScene, source_id: str, pos: QPointF) -> str | None:
    """A connection dropped on empty canvas: a new box there, bound to the source (one undo step)."""
    element_id = scene.document.fresh_id("box")
    rect = _centred(pos, BOX_SIZE, scene)
    box = Box(id=element_id, rect=rect, name=plain(""), role=plain(""), z=scene.top_z() + 1)
    arrow_id = scene.document.fresh_id("arrow")
    arrow = Arrow(  # both ends floating: they follow the boxes wherever either moves
        id=arrow_id,
        source=Endpoint(element=source_id),
        target=Endpoint(element=element_id),
        z=scene.top_z() + 2,
    )
    if not scene.push(AddElements([box, arrow], title=QT_TRANSLATE_NOOP("Commands", "Connect to new box"))):
        return None
    scene.select_ids([element_id])
    scene.edit_text(element_id, "name")
    return element_id


def create_element_at(scene: DiagramScene, kind: str, pos: QPointF, rect: Rect | None = None) -> str | None:
    """A text, legend or frame centred on ``pos`` in its default size (or at ``rect``)."""
    z = scene.top_z() + 1
    element: AnyElement
    if kind in {role.value for role in TextRole}:
        element_id = scene.document.fresh_id(kind)
        size = ELEMENT_SIZES.get(kind, (260.0, 80.0))
        place = rect or _centred(pos, size, scene)
        element = TextElement(id=element_id, rect=place, role=TextRole(kind), text=plain(""), z=z)
    elif kind == "legend":
        element_id = scene.document.fresh_id("legend")
        place = rect or _centred(pos, ELEMENT_SIZES["legend"], scene)
        element = Legend(id=element_id, rect=place, title=plain("Legend"), entries=[LegendEntry(text=plain(""))], z=z)
    elif kind == "frame":
        element_id = scene.document.fresh_id("frame")
        place = rect or _centred(pos, ELEMENT_SIZES["frame"], scene)
        bottom = min((other.z for other in scene.document.elements), default=1) - 1
        element = Frame(id=element_id, rect=place, title=plain("Group"), z=bottom)
    else:
        raise ValueError(f"unknown element kind {kind!r}")
    if not scene.push(AddElements([element], title=ADD_TITLES[kind])):
        return None
    scene.select_ids([element_id])
    if kind != "frame":
        scene.edit_text(element_id, None)
    return element_id
