"""What the scene's public methods do: each builds one command (one undo step) and pushes it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import TypeAdapter, ValidationError
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QPointF, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from editor.canvas.geometry import model_rect
from editor.commands import QT_TRANSLATE_NOOP, Compound, Paste, RemoveElements, Reorder, SetProperty, SetRects, Title
from editor.commands.elements import DELETE, AddElements, ReplaceElements
from editor.model import (
    AnyElement,
    Arrow,
    Box,
    BoxShape,
    Document,
    Endpoint,
    Frame,
    Legend,
    LegendEntry,
    Point,
    Rect,
    TextElement,
    TextRole,
    bound_ids,
    plain,
)
from editor.model.elements import Element
from editor.model.io import located_error
from editor.render.layout import layout_document, layout_element
from editor.render.layout_geometry import arrow_route
from editor.render.painter import paint_group
from editor.render.svg import to_svg

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

CLIPBOARD_MIME = "application/x-diagram-editor+json"
SVG_MIME = "image/svg+xml"
PASTE_STEP = 20.0
PASTE_TITLE = QT_TRANSLATE_NOOP("Commands", "Paste")
BOX_SIZE = (200.0, 120.0)
ELEMENT_SIZES = {"legend": (320.0, 180.0), "frame": (480.0, 320.0), "title": (600.0, 64.0), "heading": (400.0, 48.0)}
PNG_SCALE = 2.0
_elements = TypeAdapter(list[Element])
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
    freed = _freed_ends(scene, locked, kept)
    scene.push(Compound([ReplaceElements(freed), RemoveElements(ids)], title=title))


def _with_internal_arrows(scene: DiagramScene, ids: list[str]) -> list[AnyElement]:
    chosen = set(ids)
    for element in scene.document.elements:
        if isinstance(element, Arrow) and len(bound := bound_ids(element)) == 2 and set(bound) <= chosen:
            chosen.add(element.id)
    return [element for element in scene.document.elements if element.id in chosen]


def _png(scene: DiagramScene, elements: list[AnyElement]) -> QByteArray | None:
    groups = [layout_element(scene.document, element.id, scene.language) for element in elements]
    groups.sort(key=lambda group: group.z)
    bounds = QRectF()
    for group in groups:
        bounds = bounds.united(group.bounds)
    if bounds.isEmpty():
        return None
    bounds.adjust(-8, -8, 8, 8)
    image = QImage(int(bounds.width() * PNG_SCALE), int(bounds.height() * PNG_SCALE), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(PNG_SCALE, PNG_SCALE)
    painter.translate(-bounds.topLeft())
    for group in groups:
        paint_group(painter, group)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; 6.12 takes only str here
    return data


def _freed_ends(scene: DiagramScene, elements: list[AnyElement], kept: set[str] | None = None) -> list[AnyElement]:
    """``elements`` with every arrow end bound outside ``kept`` (default: outside them) freed where
    it is drawn now, so a copied arrow keeps its geometry without the boxes it leaves behind (as
    Excalidraw does), and a locked arrow keeps it when its boxes are deleted."""
    kept = {element.id for element in elements} if kept is None else kept
    freed: list[AnyElement] = []
    for element in elements:
        if isinstance(element, Arrow) and not set(bound_ids(element)) <= kept:
            route = arrow_route(scene.document, element)[0]
            update: dict[str, Endpoint] = {}
            for end, (x, y) in (("source", route[0]), ("target", route[-1])):
                endpoint: Endpoint = getattr(element, end)
                if endpoint.element is not None and endpoint.element not in kept:
                    update[end] = Endpoint(point=Point(x=x, y=y))
            element = element.model_copy(update=update)
        freed.append(element)
    return freed


def _svg(scene: DiagramScene, elements: list[AnyElement]) -> bytes:
    """The copied elements (their outside ends freed) as a standalone SVG (transparent, no grid)
    by the export writer."""
    kept = {element.id for element in elements}
    parts = [
        element.model_copy(update={"members": [m for m in element.members if m in kept]})
        if isinstance(element, Frame)
        else element
        for element in elements
    ]
    excerpt = Document(settings=scene.document.settings, elements=parts)
    display_list = layout_document(excerpt, scene.language)
    groups = list(display_list.groups)
    bounds = QRectF()
    for group in groups:
        bounds = bounds.united(group.bounds)
    display_list = replace(display_list, groups=groups, bounds=bounds)
    return to_svg(display_list, transparent=True, grid=False, padding=8.0).encode("utf-8")


def copy(scene: DiagramScene, ids: list[str]) -> None:
    """Selection (plus arrows between its elements) to the system clipboard: our JSON, PNG and SVG.
    Arrow ends bound to elements left out are freed where they are drawn."""
    elements = _freed_ends(scene, _with_internal_arrows(scene, ids))
    if not elements:
        return
    mime = QMimeData()
    payload = {
        "format": "diagram-editor-clipboard",
        "source_language": scene.document.settings.source_language,
        "elements": [element.model_dump(mode="json", exclude_none=True) for element in elements],
    }
    mime.setData(CLIPBOARD_MIME, QByteArray(json.dumps(payload, ensure_ascii=False).encode("utf-8")))
    png = _png(scene, elements)
    if png is not None:
        mime.setData("image/png", png)
    mime.setData(SVG_MIME, QByteArray(_svg(scene, elements)))
    texts = [text for element in elements for text in _visible_texts(scene, element)]
    mime.setText("\n".join(text for text in texts if text))
    QGuiApplication.clipboard().setMimeData(mime)
    scene.paste_count = 0


def _visible_texts(scene: DiagramScene, element: AnyElement) -> list[str]:
    from editor.model import texts_of

    source = scene.document.settings.source_language
    return [text.in_language(scene.language, source) for _, text in texts_of(element)]


class ClipboardRefused(ValueError):
    """Our clipboard format holding what a document may not: one located line, as a file would get."""


def clipboard_elements() -> list[AnyElement]:
    """The elements on the clipboard in our format (none for anything else); :class:`ClipboardRefused`
    when our format holds elements a document may not hold."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasFormat(CLIPBOARD_MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8"))
        elements = payload["elements"]
    except (ValueError, KeyError, TypeError):
        return []
    try:
        return list(_elements.validate_python(elements))
    except ValidationError as error:
        problem = located_error(error, {"elements": elements}, ("elements",))
        raise ClipboardRefused(f"{problem.where}: {problem.message}") from None


def _paste_elements(
    scene: DiagramScene, elements: list[AnyElement], offset: float, title: Title, keep_outside_ends: bool
) -> bool:
    """One step adding copies; False (no step, a status message) when none would arrive, as for
    a lone arrow duplicated without its boxes."""
    command = Paste(scene.document, elements, offset, offset, keep_outside_ends)
    command.title = title
    if not command.elements:
        scene.command_refused.emit(
            QCoreApplication.translate("Commands", "Nothing to add: an arrow needs the boxes it connects")
        )
        return False
    if scene.push(command):
        scene.select_ids(copy.id for copy in command.elements)
        return True
    return False


def paste(scene: DiagramScene) -> None:
    """Our clipboard JSON, each paste a step further down-right, with fresh ids; clipboard data a
    document may not hold is refused with its located line in the status bar."""
    try:
        elements = clipboard_elements()
    except ClipboardRefused as refused:
        message = QCoreApplication.translate("Commands", "Nothing pasted: the clipboard's %1")
        scene.command_refused.emit(message.replace("%1", str(refused)))
        return
    if not elements:
        return
    scene.paste_count += 1
    _paste_elements(scene, elements, PASTE_STEP * scene.paste_count, Title(PASTE_TITLE), keep_outside_ends=True)


def duplicate(scene: DiagramScene, ids: list[str]) -> None:
    """Copies a step down-right; an arrow duplicated without its boxes comes free at both ends."""
    elements = _freed_ends(scene, _with_internal_arrows(scene, ids))
    if elements:
        _paste_elements(scene, elements, PASTE_STEP, Title(QT_TRANSLATE_NOOP("Commands", "Duplicate")), False)


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
