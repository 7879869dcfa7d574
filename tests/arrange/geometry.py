"""Geometry checks for laid-out documents, measured on what the renderer draws (routes and label
backgrounds come from ``editor.render``), shared by the layout, CLI and app tests."""

from __future__ import annotations

from itertools import combinations, pairwise

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from editor.model import Arrow, BoxShape, Document, Frame, Rect
from editor.model import Box as BoxElement
from editor.render.box_outlines import outline_geometry
from editor.render.display_list import PathOp, append_command
from editor.render.layout import layout_element
from editor.render.layout_geometry import arrow_route

Box = tuple[float, float, float, float]


def box_of(rect: Rect) -> Box:
    return (rect.x, rect.y, rect.right, rect.bottom)


def overlap(a: Box, b: Box, tolerance: float = 0.5) -> bool:
    return a[0] < b[2] - tolerance and b[0] < a[2] - tolerance and a[1] < b[3] - tolerance and b[1] < a[3] - tolerance


def segment_crosses(p: tuple[float, float], q: tuple[float, float], box: Box, inset: float = 1.0) -> bool:
    """Whether the segment p-q enters the inside of ``box`` (shrunk by ``inset``)."""
    x0, y0, x1, y1 = box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset
    steps = max(int((abs(q[0] - p[0]) + abs(q[1] - p[1])) / 2), 1)
    for index in range(steps + 1):
        x = p[0] + (q[0] - p[0]) * index / steps
        y = p[1] + (q[1] - p[1]) * index / steps
        if x0 < x < x1 and y0 < y < y1:
            return True
    return False


def placed_boxes(document: Document) -> dict[str, Box]:
    """Everything but frames and arrows: what must never overlap or be crossed."""
    return {e.id: box_of(e.rect) for e in document.elements if not isinstance(e, (Arrow, Frame))}


def label_boxes(document: Document, language: str | None = None) -> dict[str, Box]:
    """Each labelled arrow's label background, as the renderer draws it."""
    found = {}
    for arrow in document.elements:
        if isinstance(arrow, Arrow) and arrow.label.text.strip():
            group = layout_element(document, arrow.id, language)
            backgrounds = [op for op in group.ops if isinstance(op, PathOp) and op.rect is not None and op.fill]
            x, y, w, h, _ = backgrounds[0].rect  # type: ignore[misc]
            found[arrow.id] = (x, y, x + w, y + h)
    return found


def on_outline(document: Document, element_id: str, area: Box) -> bool:
    """Whether ``area`` touches what the element draws: its rectangle, or a box's outline (a label
    in the empty corner of a diamond's bounding box is clear of the diamond)."""
    element = document.element(element_id)
    if not isinstance(element, BoxElement) or element.outline is BoxShape.RECTANGLE:
        return True
    rect = element.rect
    path = QPainterPath()
    for command in outline_geometry(element.outline, rect.x, rect.y, rect.width, rect.height).body:
        append_command(path, command)
    return path.intersects(QRectF(area[0], area[1], area[2] - area[0], area[3] - area[1]))


def problems(document: Document, *, labels_clear_boxes: bool = True) -> list[str]:
    """Every violated rule of a tidy layered drawing, as readable lines (empty when all hold)."""
    found: list[str] = []
    boxes = placed_boxes(document)
    for (a, box_a), (b, box_b) in combinations(boxes.items(), 2):
        if overlap(box_a, box_b):
            found.append(f"boxes {a} and {b} overlap")
    for frame in (e for e in document.elements if isinstance(e, Frame)):
        outer = box_of(frame.rect)
        for member in frame.members:
            element = document.element(member)
            if isinstance(element, Arrow):  # an arrow listed in a frame follows its ends
                continue
            inner = box_of(element.rect)
            if not (outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]):
                found.append(f"frame {frame.id} does not contain {member}")
    for arrow in (e for e in document.elements if isinstance(e, Arrow)):
        points = arrow_route(document, arrow)[0]
        ends = {arrow.source.element, arrow.target.element}
        for p, q in pairwise(points):
            if abs(p[0] - q[0]) > 0.5 and abs(p[1] - q[1]) > 0.5:
                found.append(f"arrow {arrow.id} has a slanted segment {p} -> {q}")
            for name, box in boxes.items():
                if name not in ends and segment_crosses(p, q, box):
                    found.append(f"arrow {arrow.id} crosses box {name}")
    labels = label_boxes(document)
    for (a, box_a), (b, box_b) in combinations(labels.items(), 2):
        if overlap(box_a, box_b):
            found.append(f"labels of {a} and {b} overlap")
    if labels_clear_boxes:
        for arrow_id, label in labels.items():
            for name, box in boxes.items():
                if overlap(label, box) and on_outline(document, name, label):
                    found.append(f"label of {arrow_id} overlaps box {name}")
    found += _labels_outside_their_frames(document, labels)
    return found


def _labels_outside_their_frames(document: Document, labels: dict[str, Box]) -> list[str]:
    """An arrow between two members of a frame has its label inside that frame."""
    found = []
    for frame in (e for e in document.elements if isinstance(e, Frame)):
        members, frontier = set(), list(frame.members)
        while frontier:
            member = frontier.pop()
            if member not in members:
                members.add(member)
                element = document.element(member)
                frontier += element.members if isinstance(element, Frame) else []
        outer = box_of(frame.rect)
        for arrow_id, (x0, y0, x1, y1) in labels.items():
            arrow = document.element(arrow_id)
            assert isinstance(arrow, Arrow)
            if {arrow.source.element, arrow.target.element} <= members:
                if not (outer[0] <= x0 and outer[1] <= y0 and x1 <= outer[2] and y1 <= outer[3]):
                    found.append(f"label of {arrow_id} lies outside frame {frame.id}, around both its ends")
    return found
