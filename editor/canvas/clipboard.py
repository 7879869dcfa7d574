"""The system clipboard: copy writes our JSON (with a PNG and an SVG of the selection for other
programs), paste and duplicate add fresh copies, each as one undo step.

Arrow ends bound to elements left out of a copy are freed where they are drawn, so an arrow
keeps its geometry without the boxes it leaves behind (as Excalidraw does); :func:`freed_ends` is
also how a locked arrow survives the deletion of its boxes (``operations.delete``). Clipboard data
in our format that a document may not hold is refused with its located line, as a file would be.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import TypeAdapter, ValidationError
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from editor.commands import QT_TRANSLATE_NOOP, Paste, Title
from editor.model import AnyElement, Arrow, Document, Endpoint, Frame, Point, bound_ids
from editor.model.elements import Element
from editor.model.errors import located_error
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
PNG_SCALE = 2.0
_elements = TypeAdapter(list[Element])


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
        paint_group(painter, group, placeholders=True)  # a refused SVG image is copied crossed out
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; 6.12 takes only str here
    return data


def freed_ends(scene: DiagramScene, elements: list[AnyElement], kept: set[str] | None = None) -> list[AnyElement]:
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
    elements = freed_ends(scene, _with_internal_arrows(scene, ids))
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
    elements = freed_ends(scene, _with_internal_arrows(scene, ids))
    if elements:
        _paste_elements(scene, elements, PASTE_STEP, Title(QT_TRANSLATE_NOOP("Commands", "Duplicate")), False)
