"""The cells of one draw.io page, unwrapped: ``<object>``/``<UserObject>`` wrappers merged into their
``mxCell``, labels resolved (placeholders filled, HTML turned to plain text), per-language labels
(``label_de``) collected, and every cell's absolute origin on the page worked out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from editor.importers.drawio_styles import parse_style
from editor.importers.html_look import HtmlLook, html_look
from editor.importers.label_text import html_to_plain

_PLACEHOLDER = re.compile(r"%([A-Za-z_][A-Za-z0-9_.-]*)%")
_LANGUAGE_LABEL = re.compile(r"^label_([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$")


@dataclass
class Cell:
    """One mxCell with what its wrapper added."""

    id: str
    parent: str | None
    style: dict[str, str]
    vertex: bool
    edge: bool
    source: str | None
    target: str | None
    geometry: ET.Element | None
    label: str = ""
    translations: dict[str, str] = field(default_factory=dict)
    visible: bool = True
    link: str | None = None
    tooltip: str | None = None
    #: what an HTML label's markup says about its look (None for plain labels)
    look: HtmlLook | None = None

    def number(self, name: str, default: float = 0.0) -> float:
        """A geometry attribute (x, y, width, height) as a finite number."""
        if self.geometry is None:
            return default
        try:
            value = float(self.geometry.get(name, default))
        except ValueError:
            return default
        return value if abs(value) < 1e7 else default

    def points(self) -> list[tuple[float, float]]:
        """The waypoints of an edge, relative to its parent."""
        if self.geometry is None:
            return []
        array = self.geometry.find("Array[@as='points']")
        return [] if array is None else [_point(point) for point in array.findall("mxPoint")]

    def terminal_point(self, end: str) -> tuple[float, float] | None:
        if self.geometry is None:
            return None
        point = self.geometry.find(f"mxPoint[@as='{end}Point']")
        return None if point is None else _point(point)


def _point(element: ET.Element) -> tuple[float, float]:
    def coordinate(name: str) -> float:
        try:
            value = float(element.get(name, 0))
        except ValueError:
            return 0.0
        return value if abs(value) < 1e7 else 0.0

    return coordinate("x"), coordinate("y")


def _label_text(raw: str, style: dict[str, str]) -> str:
    if style.get("html") == "1":
        return html_to_plain(raw)
    return raw.replace("\r\n", "\n").strip()


class _Placeholders:
    """draw.io's ``%name%`` placeholders: the cell's own attribute, else its nearest ancestor's (a
    container's, a layer's, the root's), else the page's variables (``page``, ``pagenumber``,
    ``pagecount``); a name found nowhere stays as written, as draw.io shows it."""

    def __init__(self, wrappers: dict[str, dict[str, str]], parents: dict[str, str | None], page: dict[str, str]):
        self.wrappers, self.parents, self.page = wrappers, parents, page

    def value(self, cell_id: str, name: str) -> str | None:
        seen: set[str] = set()
        current: str | None = cell_id
        while current is not None and current not in seen:
            seen.add(current)
            attributes = self.wrappers.get(current, {})
            if name in attributes and name not in ("label", "placeholders"):
                return attributes[name]
            current = self.parents.get(current)
        return self.page.get(name)

    def fill(self, raw: str, cell_id: str) -> str:
        def replace(match: re.Match[str]) -> str:
            found = self.value(cell_id, match.group(1))
            return match.group(0) if found is None else found

        return _PLACEHOLDER.sub(replace, raw)


def read_cells(model: ET.Element, variables: dict[str, str] | None = None) -> list[Cell]:
    """The page's cells in document (paint) order; ``variables`` are the page's own placeholder
    values (``page``, ``pagenumber``, ``pagecount``)."""
    root = model.find("root")
    nodes: list[tuple[dict[str, str], ET.Element]] = []
    for node in [] if root is None else list(root):
        if node.tag in ("object", "UserObject"):
            found = node.find("mxCell")
            nodes.append((dict(node.attrib), found if found is not None else ET.Element("mxCell")))
        elif node.tag == "mxCell":
            nodes.append(({}, node))
    ids = [
        wrapper.get("id") or cell_node.get("id") or f"cell-{number}"
        for number, (wrapper, cell_node) in enumerate(nodes)
    ]
    placeholders = _Placeholders(
        {cell_id: wrapper for cell_id, (wrapper, _) in zip(ids, nodes, strict=True)},
        {cell_id: cell_node.get("parent") for cell_id, (_, cell_node) in zip(ids, nodes, strict=True)},
        variables or {},
    )
    cells: list[Cell] = []
    for cell_id, (wrapper, cell_node) in zip(ids, nodes, strict=True):
        attributes = dict(cell_node.attrib)
        style = parse_style(attributes.get("style"))
        raw = wrapper.get("label", attributes.get("value", "")) if wrapper else attributes.get("value", "")
        filling = wrapper.get("placeholders") == "1" or style.get("placeholders") == "1"
        raw = placeholders.fill(raw, cell_id) if filling else raw
        translations = {}
        for key, value in wrapper.items():
            language = _LANGUAGE_LABEL.match(key)
            if language and value.strip():
                text = _label_text(placeholders.fill(value, cell_id) if filling else value, style)
                translations[language.group(1).replace("_", "-")] = text
        cells.append(
            Cell(
                id=cell_id,
                parent=attributes.get("parent"),
                style=style,
                vertex=attributes.get("vertex") == "1",
                edge=attributes.get("edge") == "1",
                source=attributes.get("source"),
                target=attributes.get("target"),
                geometry=cell_node.find("mxGeometry"),
                label=_label_text(raw, style),
                translations=translations,
                visible=attributes.get("visible") != "0",
                link=wrapper.get("link"),
                tooltip=wrapper.get("tooltip") or attributes.get("tooltip"),
                look=html_look(raw) if style.get("html") == "1" and "<" in raw else None,
            )
        )
    return cells


def origins(cells: list[Cell]) -> dict[str, tuple[float, float]]:
    """Each cell's top-left corner on the page (vertex geometry is relative to its parent vertex)."""
    by_id = {cell.id: cell for cell in cells}
    found: dict[str, tuple[float, float]] = {}

    def origin(cell_id: str, depth: int = 0) -> tuple[float, float]:
        if cell_id in found:
            return found[cell_id]
        cell = by_id.get(cell_id)
        if cell is None or not cell.vertex or depth > 100:
            return 0.0, 0.0
        base = origin(cell.parent, depth + 1) if cell.parent else (0.0, 0.0)
        if cell.geometry is not None and cell.geometry.get("relative") == "1":
            # x and y are fractions of the parent's size, plus an offset in pixels (mxGraph's
            # relative vertex: a label pinned to a corner of its container)
            parent = by_id.get(cell.parent or "")
            width, height = (parent.number("width"), parent.number("height")) if parent and parent.vertex else (0, 0)
            offset = cell.geometry.find("mxPoint[@as='offset']")
            dx, dy = (0.0, 0.0) if offset is None else _point(offset)
            found[cell_id] = (base[0] + cell.number("x") * width + dx, base[1] + cell.number("y") * height + dy)
        else:
            found[cell_id] = (base[0] + cell.number("x"), base[1] + cell.number("y"))
        return found[cell_id]

    for cell in cells:
        origin(cell.id)
    return found
