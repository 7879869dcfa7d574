"""Excalidraw scenes as documents: rectangles, diamonds and ellipses become boxes of that outline (with
the text bound inside them as their name), free text becomes text elements, arrows become our arrows (an
end bound to nothing we drew stays free where Excalidraw draws it) and lines arrows without heads, frames
become frames and groups our groups (``groups``), embedded images become image elements.

Bindings are read in both generations: ``startBinding``/``endBinding`` (with ``focus``/``gap`` or
``fixedPoint``) and, for arrows that lack them, the shapes' ``boundElements``/``boundElementIds``.
"""

from __future__ import annotations

import math
import re
from typing import Any

from editor.importers.building import DocumentBuilder, drawn_at, endpoint_at, image_data, safe_rect
from editor.importers.excalidraw_scene import FONT_FAMILIES, LOST_FONTS, arrow_head, element_style, read_scene
from editor.importers.report import ImportReport, ImportResult
from editor.model import (
    Arrow,
    ArrowHead,
    Box,
    BoxShape,
    Endpoint,
    Frame,
    Image,
    Point,
    Rect,
    Routing,
    TextElement,
)
from editor.model.style import ARROW_LABEL_SCALE, BOX_NAME_SCALE

FORMAT = "Excalidraw"
SHAPES = ("rectangle", "diamond", "ellipse")
#: Excalidraw's shapes that are box outlines of ours (its rectangle is the plain box)
_OUTLINES = {"ellipse": BoxShape.ELLIPSE, "diamond": BoxShape.DIAMOND}
#: How far (px) an old arrow's end may stop short of the shape it is bound to (Excalidraw's gap).
REACH = 24.0


def _number(element: dict[str, Any], name: str, default: float = 0.0) -> float:
    value = element.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return default
    return float(value) if abs(value) < 1e7 else default


def _rect(element: dict[str, Any]) -> Rect:
    x, y = _number(element, "x"), _number(element, "y")
    width, height = _number(element, "width", 1), _number(element, "height", 1)
    return safe_rect(min(x, x + width), min(y, y + height), abs(width), abs(height))


def _text_of(element: dict[str, Any]) -> str:
    text = element.get("text") or element.get("originalText") or ""
    return text.replace("\r\n", "\n") if isinstance(text, str) else ""


def _points(element: dict[str, Any]) -> list[tuple[float, float]]:
    x, y = _number(element, "x"), _number(element, "y")
    found = []
    for point in element.get("points") or []:
        if isinstance(point, list) and len(point) >= 2 and all(isinstance(v, int | float) for v in point[:2]):
            found.append((x + float(point[0]), y + float(point[1])))
    return found


def _plural(element: dict[str, Any]) -> str:
    return "lines" if element.get("type") == "line" else "arrows"


class _SceneImport:
    def __init__(self, scene: dict[str, Any], report: ImportReport) -> None:
        self.elements = [element for element in scene["elements"] if not element.get("isDeleted")]
        files = scene.get("files")
        self.files: dict[str, Any] = files if isinstance(files, dict) else {}
        self.report = report
        self.builder = DocumentBuilder(report)
        self.by_id = {str(element.get("id")): element for element in self.elements}
        self.bound_texts: dict[str, dict[str, Any]] = {}
        for element in self.elements:
            container = element.get("containerId")
            if element.get("type") == "text" and isinstance(container, str) and container in self.by_id:
                self.bound_texts[container] = element

    def run(self) -> None:
        for element in self.elements:
            kind = element.get("type")
            foreign = str(element.get("id"))
            if kind in SHAPES:
                self.shape(element, foreign, str(kind))
            elif kind == "text" and element.get("containerId") not in self.by_id:
                self.text(element, foreign)
            elif kind == "image":
                self.image(element, foreign)
            elif kind in ("frame", "magicframe"):
                title = self.builder.text(str(element.get("name") or ""))
                self.builder.build_shape(
                    Frame,
                    "Excalidraw frames we could not hold left out",
                    id=self.builder.id_for(foreign),
                    rect=_rect(element),
                    title=title,
                )
            elif kind == "freedraw":
                self.report.shapes.found += 1
                self.report.lose("Excalidraw freehand strokes left out (no such element yet)")
            elif kind in ("arrow", "line"):
                pass
            elif kind != "text":
                self.report.shapes.found += 1
                self.report.lose(f'Excalidraw elements of type "{kind}" left out')
            if element.get("angle") and kind != "arrow" and _number(element, "angle"):
                self.report.lose("rotated Excalidraw elements imported unrotated")
            family = element.get("fontFamily")
            if kind == "text" and isinstance(family, int) and family not in FONT_FAMILIES:
                self.report.lose(LOST_FONTS)
        for element in self.elements:
            if element.get("type") in ("arrow", "line"):
                self.arrow(element, str(element.get("id")))
        self.frames_and_groups()
        self.links_and_locks()

    def links_and_locks(self) -> None:
        """Locked elements stay locked; links (which elements do not have) are counted."""
        placed = {element.id: element for element in self.builder.elements}
        for element in self.elements:
            if element.get("link"):
                self.report.lose("Excalidraw links on elements left out (elements have no links)")
            ours = placed.get(self.builder.known(str(element.get("id"))) or "")
            if element.get("locked") is True and ours is not None:
                ours.locked = True

    def label(self, element: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
        bound = self.bound_texts.get(str(element.get("id")))
        return ("", None) if bound is None else (_text_of(bound), bound)

    def shape(self, element: dict[str, Any], foreign: str, kind: str) -> None:
        self.report.shapes.found += 1
        text, bound = self.label(element)
        style = drawn_at(element_style(element, bound), BOX_NAME_SCALE)
        rect = _rect(element)
        outline = _OUTLINES.get(kind)
        if outline is None and kind != "rectangle":
            self.report.lose(f"Excalidraw {kind}s imported as plain boxes")
        name = self.builder.text(text)
        if self.builder.build(
            Box,
            "Excalidraw shapes we could not hold left out",
            id=self.builder.id_for(foreign),
            rect=rect,
            shape=outline,
            name=name,
            style=style,
        ):
            self.report.shapes.arrived += 1

    def text(self, element: dict[str, Any], foreign: str) -> None:
        text = self.builder.text(_text_of(element))
        style = element_style(element, element)
        self.builder.build(
            TextElement,
            "Excalidraw texts we could not hold left out",
            id=self.builder.id_for(foreign),
            rect=_rect(element),
            text=text,
            style=style,
        )

    def image(self, element: dict[str, Any], foreign: str) -> None:
        file = self.files.get(str(element.get("fileId")))
        decoded = image_data(str(file.get("dataURL", "")) if isinstance(file, dict) else "")
        if isinstance(decoded, str):
            self.report.shapes.found += 1
            self.report.lose(f"Excalidraw images {decoded} left out")
            return
        mime, data = decoded
        loss = "Excalidraw images the model refused left out"
        self.builder.build_shape(
            Image, loss, id=self.builder.id_for(foreign), rect=_rect(element), mime=mime, data=data
        )

    def end(self, arrow: dict[str, Any], which: str, point: tuple[float, float]) -> Endpoint | None:
        binding = arrow.get(f"{which}Binding")
        target = binding.get("elementId") if isinstance(binding, dict) else None
        if target is None:
            other = arrow.get("endBinding" if which == "start" else "startBinding")
            other_id = other.get("elementId") if isinstance(other, dict) else None
            target = self.legacy_binding(arrow, point, None if other_id is None else str(other_id))
        if target is None:
            return None
        element = self.by_id.get(str(target))
        if element is not None and element.get("type") == "text" and element.get("containerId") in self.by_id:
            target = element["containerId"]
        our_id = self.builder.known(str(target))
        if our_id is None or our_id not in self.builder.placed:
            return None
        fixed = binding.get("fixedPoint") if isinstance(binding, dict) else None
        if isinstance(fixed, list) and len(fixed) == 2 and all(isinstance(v, int | float) for v in fixed):
            rect = _rect(self.by_id[str(target)]) if str(target) in self.by_id else None
            size = (1.0, 1.0) if rect is None else (rect.width, rect.height)
            return endpoint_at(our_id, float(fixed[0]), float(fixed[1]), size)
        return Endpoint(element=our_id)

    def legacy_binding(self, arrow: dict[str, Any], point: tuple[float, float], other: str | None) -> str | None:
        """Old scenes (``boundElementIds``) list bound arrows on the shape only: the shape that lists
        the arrow and that this end touches (within ``REACH`` px), never the one bound at the other
        end. Newer scenes (``boundElements``) always bind on the arrow too, so they need no guess."""
        arrow_id = arrow.get("id")
        for element in self.elements:
            listed = element.get("boundElementIds") or []
            if arrow_id not in listed or element.get("type") == "text" or str(element.get("id")) == other:
                continue
            rect = _rect(element)
            inside_x = rect.x - REACH <= point[0] <= rect.right + REACH
            if inside_x and rect.y - REACH <= point[1] <= rect.bottom + REACH:
                return str(element.get("id"))
        return None

    def arrow(self, element: dict[str, Any], foreign: str) -> None:
        self.report.edges.found += 1
        points = _points(element)
        text, bound = self.label(element)
        if len(points) < 2:
            self.report.lose(f"Excalidraw {_plural(element)} without points left out")
            return
        # an end bound to nothing we drew stays free where Excalidraw draws it
        source = self.end(element, "start", points[0]) or Endpoint(point=Point(x=points[0][0], y=points[0][1]))
        target = self.end(element, "end", points[-1]) or Endpoint(point=Point(x=points[-1][0], y=points[-1][1]))
        head_start, head_end = self.heads(element)
        routing = (
            Routing.ORTHOGONAL
            if element.get("elbowed")
            else Routing.CURVED
            if element.get("roundness") and len(points) > 2
            else Routing.STRAIGHT
        )
        arrow = self.builder.build(
            Arrow,
            f"Excalidraw {_plural(element)} the model refused left out",
            id=self.builder.id_for(foreign),
            source=source,
            target=target,
            waypoints=[Point(x=x, y=y) for x, y in points[1:-1]],
            routing=routing,
            label=self.builder.text(text),
            head_start=head_start,
            head_end=head_end,
            style=drawn_at(element_style(element, bound, edge=True), ARROW_LABEL_SCALE),
        )
        if arrow is not None:
            self.report.edges.arrived += 1

    def heads(self, element: dict[str, Any]) -> tuple[ArrowHead, ArrowHead]:
        """An arrow's heads; a line (an arrow without heads unless it names some) has none, and a
        closed filled line (a polygon) arrives as its outline."""
        if element.get("type") != "line":
            return arrow_head(element, "start", self.report), arrow_head(element, "end", self.report)
        points = element.get("points") or []
        if len(points) > 2 and points[0] == points[-1] and element.get("backgroundColor") not in (None, "transparent"):
            self.report.lose("closed Excalidraw lines imported as outlines (their fill left out)")
        start, end = (
            arrow_head(element, which, self.report) if element.get(f"{which}Arrowhead") else ArrowHead.NONE
            for which in ("start", "end")
        )
        return start, end

    def frames_and_groups(self) -> None:
        """Frame members from ``frameId``; groups from ``groupIds`` (innermost first in both formats)."""
        frames = {element.id: element for element in self.builder.elements if isinstance(element, Frame)}
        placed = {element.id: element for element in self.builder.elements}
        names: dict[str, str] = {}
        for element in self.elements:
            our_id = self.builder.known(str(element.get("id")))
            if our_id is None or our_id not in self.builder.placed:
                continue
            frame = self.builder.known(str(element.get("frameId")))
            if frame in frames and frame != our_id:
                frames[frame].members.append(our_id)
            chain = [group_id(str(group), names) for group in element.get("groupIds") or []]
            if chain and our_id in placed:
                placed[our_id].groups = list(dict.fromkeys(chain))[:100]
        for z, element in enumerate(self.builder.elements):
            element.z = z


def group_id(foreign: str, names: dict[str, str]) -> str:
    """Our id for an Excalidraw group id (any text): valid as an element id, one per group."""
    if foreign not in names:
        cleaned = re.sub(r"[^A-Za-z0-9_.:-]", "_", foreign)[:100]
        name = f"group:{cleaned}"
        while name in names.values():
            name += "_"
        names[foreign] = name
    return names[foreign]


def import_excalidraw(data: bytes, source: str, *, language: str | None = None) -> list[ImportResult]:
    """The scene of an Excalidraw file (JSON, SVG or PNG export) as one document."""
    scene = read_scene(data, source)
    report = ImportReport(source=source, format=FORMAT)
    importer = _SceneImport(scene, report)
    importer.run()
    return [ImportResult(importer.builder.document(language, theme="whiteboard"), report)]
