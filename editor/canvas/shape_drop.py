"""A shape from the app's Shapes palette or an icon from its picker, carried as mime data and made on the canvas.

The palette (in the app) knows the presets and their translated starting texts; the canvas
only needs what to make. So a drag carries a small JSON payload under ``SHAPE_MIME`` and
the scene turns a drop of it into one ``create_box_at`` or ``create_element_at`` call
(one undo step), exactly as a click in the palette does at the centre of the view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QPointF

from editor.canvas import operations
from editor.model import BoxShape, TextRole

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

SHAPE_MIME = "application/x-diagram-editor-shape"
#: An icon name from the icon picker: dropped on the canvas, a box with that icon.
ICON_MIME = "application/x-diagram-editor-icon"
#: Everything ``create_element_at`` makes besides boxes.
ELEMENT_KINDS: tuple[str, ...] = (*(role.value for role in TextRole), "legend", "frame")
#: Outlines that start at another size than ``operations.BOX_SIZE``: a person stands upright.
OUTLINE_SIZES: dict[BoxShape, tuple[float, float]] = {BoxShape.ACTOR: (120.0, 170.0)}


@dataclass(frozen=True, slots=True)
class ShapeSpec:
    """What to create: ``kind`` "box" (with icon, starting name and role, and its outline) or an element kind."""

    kind: str
    icon: str | None = None
    name: str = ""
    role: str = ""
    outline: BoxShape | None = None

    def __post_init__(self) -> None:
        if self.kind != "box" and self.kind not in ELEMENT_KINDS:
            raise ValueError(f"unknown shape kind {self.kind!r}: box or one of {', '.join(ELEMENT_KINDS)}")

    def size(self) -> tuple[float, float]:
        """The size the new element starts at."""
        if self.kind == "box":
            return OUTLINE_SIZES.get(self.outline or BoxShape.RECTANGLE, operations.BOX_SIZE)
        return operations.ELEMENT_SIZES.get(self.kind, (260.0, 80.0))


def shape_mime_data(shape: ShapeSpec) -> QMimeData:
    payload = {"kind": shape.kind, "icon": shape.icon, "name": shape.name, "role": shape.role, "outline": shape.outline}
    data = QMimeData()
    data.setData(SHAPE_MIME, QByteArray(json.dumps(payload, ensure_ascii=False).encode("utf-8")))
    data.setText(shape.name or shape.kind)
    return data


def shape_from_mime(mime: QMimeData) -> ShapeSpec | None:
    """The shape a drag carries; None for other or malformed data (a drop from another program)."""
    if not mime.hasFormat(SHAPE_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(SHAPE_MIME).data()).decode("utf-8"))
        icon, outline = payload.get("icon"), payload.get("outline")
        return ShapeSpec(
            kind=str(payload["kind"]),
            icon=str(icon) if icon else None,
            name=str(payload.get("name") or ""),
            role=str(payload.get("role") or ""),
            outline=BoxShape(outline) if outline else None,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def create_shape_at(scene: DiagramScene, pos: QPointF, shape: ShapeSpec, find_room: bool = False) -> str | None:
    """Make ``shape`` centred on ``pos`` as one undo step and start editing its text; returns its id.

    ``find_room`` (a palette click, not a drop the user aimed) moves it to the nearest free
    space around ``pos``, so it never lands on top of what sits at the centre of the view.
    The canvas takes the keyboard first, so the text typed next lands in the in-place editor
    even when the click or the drag started in a dock.
    """
    views = scene.views()
    if views:
        views[0].setFocus()
    if find_room and shape.kind != "frame":
        pos = scene.free_spot(pos, *shape.size())
    if shape.kind == "box":
        return operations.create_box_at(
            scene,
            pos,
            icon=shape.icon,
            name=shape.name,
            role=shape.role,
            edit=True,
            shape=shape.outline,
            size=shape.size(),
        )
    return operations.create_element_at(scene, shape.kind, pos)


def accepts_drop(mime: QMimeData) -> bool:
    """Whether a drag carries something the canvas makes an element of: a palette shape or an icon."""
    return mime.hasFormat(SHAPE_MIME) or mime.hasFormat(ICON_MIME)


def drop_at(scene: DiagramScene, pos: QPointF, mime: QMimeData) -> bool:
    """Makes what a drop carries at ``pos`` (one undo step); False for data of another kind."""
    shape = shape_from_mime(mime)
    if shape is not None:
        create_shape_at(scene, pos, shape)
        return True
    if not mime.hasFormat(ICON_MIME):
        return False
    icon = bytes(mime.data(ICON_MIME).data()).decode("utf-8").strip()
    operations.create_box_at(scene, pos, icon=icon or None)
    return True
