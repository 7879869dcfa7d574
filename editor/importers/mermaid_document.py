"""A parsed Mermaid flowchart built into a document, with every loss counted in its report.

Node ids become element ids where they are valid ones (``sid-B365`` stays, ``403`` becomes
``node-403``), so a re-import and the source stay easy to compare. Boxes start on a rough layered
grid along the chart's direction: the model needs rectangles, and the automatic layout that follows
reads the direction back from it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from editor.importers.building import drawn_at
from editor.importers.language_guess import detect_language
from editor.importers.mermaid_parser import Edge, Flowchart, Node
from editor.importers.mermaid_styles import style_overrides
from editor.importers.mermaid_syntax import SHAPE_ALIASES
from editor.importers.mermaid_text import (
    ICON_FONTS,
    LOST_ARROW_ICONS,
    LOST_EXTRA_ICONS,
    LOST_UNKNOWN_ICONS,
    decode_label,
    font_awesome_icon,
)
from editor.importers.report import ImportReport
from editor.model import (
    Anchor,
    AnyElement,
    Arrow,
    ArrowHead,
    Box,
    BoxShape,
    Dash,
    Document,
    Endpoint,
    Frame,
    Rect,
    Routing,
    Settings,
    Style,
    arrow_ranks,
    plain,
)
from editor.model.style import ARROW_LABEL_SCALE, BOX_NAME_SCALE

_VALID_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.:-]{0,127}$")
BOX_WIDTH, BOX_HEIGHT, STEP_ALONG, STEP_ACROSS = 160.0, 70.0, 140.0, 220.0
#: corner radius per shape the model draws faithfully (a radius beyond half the height is a pill)
_RADII = {"rect": 0.0, "round": 14.0}
#: Mermaid's node shapes that are box outlines of ours
_OUTLINES = {
    "circle": BoxShape.ELLIPSE,
    "double-circle": BoxShape.ELLIPSE,
    "diamond": BoxShape.DIAMOND,
    "cylinder": BoxShape.CYLINDER,
    "stadium": BoxShape.STADIUM,
    "hexagon": BoxShape.HEXAGON,
    "lean-right": BoxShape.PARALLELOGRAM,
    "lean-left": BoxShape.PARALLELOGRAM,
    "document": BoxShape.DOCUMENT,
    "cloud": BoxShape.CLOUD,
}
_SHAPE_NAMES = {
    "double-circle": "double-circle shapes drawn as single ellipses",
    "subroutine": "subroutine (double-sided) shapes drawn as boxes",
    "lean-left": "left-leaning parallelograms drawn leaning right",
    "trapezoid": "trapezoid shapes drawn as boxes",
    "inverted-trapezoid": "trapezoid shapes drawn as boxes",
    "asymmetric": "asymmetric (flag) shapes drawn as boxes",
}
_HEADS = {None: ArrowHead.NONE, ">": ArrowHead.ARROW, "<": ArrowHead.ARROW, "o": ArrowHead.CIRCLE, "x": ArrowHead.ARROW}
LOST_CROSS_HEADS = "cross (x) arrowheads drawn as plain arrowheads"
LOST_INVISIBLE = "invisible links (~~~, layout hints only) not drawn"


def _unique_id(raw: str, prefix: str, taken: set[str]) -> str:
    candidate = raw if _VALID_ID.match(raw) else prefix + "-" + re.sub(r"[^A-Za-z0-9_.:-]", "_", raw)[:100]
    if not _VALID_ID.match(candidate):
        candidate = f"{prefix}-{len(taken) + 1}"
    base, number = candidate, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


class _Builder:
    def __init__(self, chart: Flowchart, report: ImportReport) -> None:
        self.chart = chart
        self.report = report
        self.losses: list[str] = []
        self.taken: set[str] = set()
        self.ids: dict[str, str] = {}
        self.texts: list[str] = []

    def text(self, raw: str, *, arrow: bool = False) -> tuple[str, list[str]]:
        decoded = decode_label(raw)
        self.losses.extend(decoded.losses)
        if arrow and decoded.icons:
            self.losses.extend([LOST_ARROW_ICONS] * len(decoded.icons))
        if decoded.text:
            self.report.texts.found += 1
            self.texts.append(decoded.text)
        return decoded.text, decoded.icons

    def style(self, classes: list[str], own: list[str]) -> Style:
        fields: dict[str, Any] = {}
        for properties in [self.chart.class_defs.get(name, "") for name in classes] + own:
            fields.update(style_overrides(properties, self.losses))
        return Style(**fields)

    def box(self, node: Node) -> Box:
        self.report.shapes.found += 1
        text, icons = self.text(node.label if node.label is not None else node.id)
        shape = node.shape
        if shape.startswith("@"):
            named = SHAPE_ALIASES.get(shape[1:])
            if named is None:
                self.losses.append(f"Mermaid {shape[1:]!r} shapes drawn as boxes")
            shape = named or "rect"
        if shape in _SHAPE_NAMES:
            self.losses.append(_SHAPE_NAMES[shape])
        if node.icon:
            prefix, _, name = node.icon.partition(":")
            icon = font_awesome_icon(ICON_FONTS.get(prefix, "fa6s"), name.removeprefix("fa-"))
            if icon is None or prefix not in ICON_FONTS:
                self.losses.append(LOST_UNKNOWN_ICONS)
            else:
                icons.insert(0, icon)
        self.losses.extend([LOST_EXTRA_ICONS] * max(len(icons) - 1, 0))
        classes = ["default", *node.classes] if "default" in self.chart.class_defs else node.classes
        own = [value for target, value in self.chart.node_styles if target == node.id]
        style = drawn_at(self.style(classes, own), BOX_NAME_SCALE)  # a node's font-size is the label's px
        outline = _OUTLINES.get(shape)
        radius = _RADII.get(shape, 0.0)
        if style.corner_radius is None and outline is None:
            style = style.model_copy(update={"corner_radius": radius})
        name, _, role = text.partition("\n")
        self.report.shapes.arrived += 1
        return Box(
            id=self.ids[node.id],
            rect=Rect(x=0, y=0, width=BOX_WIDTH, height=BOX_HEIGHT),
            shape=outline,
            icon=icons[0] if icons else None,
            name=plain(name),
            role=plain(role),
            style=style,
        )

    def arrow(self, number: int, edge: Edge) -> Arrow | None:
        self.report.edges.found += 1
        if edge.kind == "invisible":
            self.losses.append(LOST_INVISIBLE)
            return None
        label, _ = self.text(edge.label or "", arrow=True)
        if "x" in (edge.start, edge.end):
            self.losses.append(LOST_CROSS_HEADS)
        # linkStyle default first, so a link's own linkStyle wins whatever the order of the lines
        own = [value for target, value in self.chart.link_styles if target == "default"]
        own += [value for target, value in self.chart.link_styles if str(number) in target.split(",")]
        fields = drawn_at(self.style([], own), ARROW_LABEL_SCALE).model_dump(exclude_none=True)
        fields.pop("fill", None)
        if edge.kind == "thick":
            fields.setdefault("stroke_width", 3.5)
        elif edge.kind == "dotted":
            fields.setdefault("dash", Dash.DOTTED)
        self.report.edges.arrived += 1
        raw_id = f"edge-{edge.edge_id}" if edge.edge_id else f"edge-{number + 1}"
        return Arrow(
            id=_unique_id(raw_id, "edge", self.taken),
            z=1,
            source=Endpoint(element=self.ids[edge.source], anchor=Anchor.AUTO),
            target=Endpoint(element=self.ids[edge.target], anchor=Anchor.AUTO),
            routing=Routing.ORTHOGONAL,
            label=plain(label),
            head_start=_HEADS[edge.start],
            head_end=_HEADS[edge.end],
            style=Style(**fields),
        )

    def build(self) -> Document:
        chart = self.chart
        nodes = [node for node in chart.nodes.values() if not (node.id in chart.subgraphs and not node.defined)]
        for node in nodes:
            self.ids[node.id] = _unique_id(node.id, "node", self.taken)
        for graph_id in chart.subgraphs:
            self.ids[graph_id] = _unique_id("frame-" + graph_id, "frame", self.taken)
        boxes = {node.id: self.box(node) for node in nodes}
        arrows = [arrow for number, edge in enumerate(chart.edges) if (arrow := self.arrow(number, edge))]
        frames: dict[str, Frame] = {}
        depth = _depths(chart)
        for graph in chart.subgraphs.values():
            title, _ = self.text(graph.title)
            members = [self.ids[member] for member in graph.members if member in boxes]
            members += [self.ids[child] for child in graph.children]
            frames[graph.id] = Frame(
                id=self.ids[graph.id],
                z=-100 + depth[graph.id],
                rect=Rect(x=0, y=0, width=BOX_WIDTH, height=BOX_HEIGHT),
                title=plain(title),
                members=members,
                direction=graph.direction,  # the layout keeps it where Mermaid does: no link leaves the subgraph
            )
        title = self.text(chart.title)[0] if chart.title else ""
        self.report.texts.arrived = self.report.texts.found
        for sentence, count in (Counter(self.losses) + chart.losses).items():
            self.report.lose(sentence, count)
        language = detect_language(self.texts)
        elements: list[AnyElement] = [*frames.values(), *boxes.values(), *arrows]
        _place_on_grid(chart, elements)
        theme = "whiteboard" if chart.hand_drawn else "clean"
        settings = Settings(title=plain(title), source_language=language, languages=[language], theme=theme)
        return Document(settings=settings, elements=elements)


def _depths(chart: Flowchart) -> dict[str, int]:
    parents = {child: graph.id for graph in chart.subgraphs.values() for child in graph.children}
    depth: dict[str, int] = {}
    for graph_id in chart.subgraphs:
        level, current = 0, graph_id
        while current in parents and level < len(chart.subgraphs):
            current, level = parents[current], level + 1
        depth[graph_id] = level
    return depth


def _place_on_grid(chart: Flowchart, elements: list[AnyElement]) -> None:
    """Boxes on layers along the chart's direction; frames around their members."""
    boxes = {element.id: element for element in elements if isinstance(element, Box)}
    rank = arrow_ranks(list(boxes), [element for element in elements if isinstance(element, Arrow)])
    slots: dict[int, int] = {}
    sideways = chart.direction in ("LR", "RL")
    top = max(rank.values(), default=0)
    for box_id, box in boxes.items():
        layer = top - rank[box_id] if chart.direction in ("BT", "RL") else rank[box_id]
        along = layer * STEP_ALONG * (1.6 if sideways else 1.0)
        across = slots.get(layer, 0) * (STEP_ACROSS if not sideways else STEP_ALONG)
        slots[layer] = slots.get(layer, 0) + 1
        x, y = (along, across) if sideways else (across, along)
        box.rect = Rect(x=x, y=y, width=BOX_WIDTH, height=BOX_HEIGHT)
    frames = sorted((element for element in elements if isinstance(element, Frame)), key=lambda frame: -frame.z)
    placed = {element.id: element for element in elements if not isinstance(element, Arrow)}
    spare_x = max((box.rect.right for box in boxes.values()), default=0.0) + STEP_ACROSS
    for frame in frames:
        rects = [element.rect for member in frame.members if not isinstance(element := placed[member], Arrow)]
        if not rects:
            frame.rect = Rect(x=spare_x, y=0, width=BOX_WIDTH, height=BOX_HEIGHT)
            spare_x += STEP_ACROSS
            continue
        union = rects[0]
        for rect in rects[1:]:
            union = union.united(rect)
        frame.rect = Rect(x=union.x - 20, y=union.y - 40, width=union.width + 40, height=union.height + 60)


def build_document(chart: Flowchart, report: ImportReport) -> Document:
    """The document for ``chart``; fills the report's counts and losses."""
    return _Builder(chart, report).build()
