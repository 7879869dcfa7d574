"""draw.io style strings (``rounded=1;fillColor=#dae8fc;shape=cylinder3``) read into our terms: the
shape's kind, the style overrides we can carry, the icon a well-known shape stands for.
"""

from __future__ import annotations

import re

from editor.model import ArrowHead, BoxShape, Dash, Rect, Routing, Style, TextAlign
from editor.model.elements import ACTOR_FIGURE

#: Shapes drawn as our plain box without loss: rectangles and the label-only kinds.
PLAIN_KINDS = frozenset({"", "rect", "rectangle", "label", "text", "process", "partialRectangle"})
#: Shapes whose meaning an icon keeps (the box shows the icon beside its label): cloud services,
#: databases and people drawn as pictures, whose picture says the same as one of ours.
ICONS = {
    "mxgraph.flowchart.stored_data": "mdi6.database",
    "mxgraph.aws4.dynamodb": "mdi6.database",
    "mxgraph.aws4.rds": "mdi6.database",
    "mxgraph.aws4.aurora": "mdi6.database",
    "mxgraph.aws4.lambda": "mdi6.lambda",
    "mxgraph.aws4.lambda_function": "mdi6.lambda",
    "mxgraph.aws4.s3": "mdi6.bucket",
    "mxgraph.aws4.bucket": "mdi6.bucket",
    "mxgraph.aws4.user": "mdi6.account",
    "mxgraph.aws4.users": "mdi6.account-group",
    "mxgraph.aws4.mobile_client": "mdi6.cellphone",
    "mxgraph.c4.person": "mdi6.account",
    "mxgraph.c4.person2": "mdi6.account",
    "mxgraph.gcp2.laptop": "mdi6.laptop",
    "mxgraph.gcp2.mobile_devices": "mdi6.cellphone-link",
    "mxgraph.gcp2.google_cloud_platform": "mdi6.google-cloud",
}
#: Shapes drawn as one of our box outlines (``doubleEllipse`` loses its inner ring: reported).
OUTLINES: dict[str, BoxShape] = {
    "ellipse": BoxShape.ELLIPSE,
    "doubleEllipse": BoxShape.ELLIPSE,
    "mxgraph.basic.oval": BoxShape.ELLIPSE,
    "mxgraph.bpmn.event": BoxShape.ELLIPSE,
    "mxgraph.flowchart.start_1": BoxShape.ELLIPSE,
    "mxgraph.flowchart.start_2": BoxShape.ELLIPSE,
    "rhombus": BoxShape.DIAMOND,
    "mxgraph.flowchart.decision": BoxShape.DIAMOND,
    "cylinder": BoxShape.CYLINDER,
    "cylinder2": BoxShape.CYLINDER,
    "cylinder3": BoxShape.CYLINDER,
    "datastore": BoxShape.CYLINDER,
    "mxgraph.flowchart.database": BoxShape.CYLINDER,
    "document": BoxShape.DOCUMENT,
    "mxgraph.flowchart.document": BoxShape.DOCUMENT,
    "cloud": BoxShape.CLOUD,
    "mxgraph.cisco.storage.cloud": BoxShape.CLOUD,
    "mxgraph.networks.cloud": BoxShape.CLOUD,
    "umlActor": BoxShape.ACTOR,
    "actor": BoxShape.ACTOR,
    "hexagon": BoxShape.HEXAGON,
    "mxgraph.flowchart.preparation": BoxShape.HEXAGON,
    "parallelogram": BoxShape.PARALLELOGRAM,
    "mxgraph.flowchart.data": BoxShape.PARALLELOGRAM,
    "mxgraph.flowchart.terminator": BoxShape.STADIUM,
    "note": BoxShape.NOTE,
    "note2": BoxShape.NOTE,
}
#: Round shapes with no outline of ours: drawn as boxes rounded all the way.
ROUND_KINDS = frozenset({"waypoint"})
#: Shapes that hold other cells: they become frames.
CONTAINER_KINDS = frozenset({"swimlane", "group", "table", "tableRow", "mxgraph.bpmn.swimlane"})

_HEADS = {
    "none": ArrowHead.NONE,
    "": ArrowHead.NONE,
    "classic": ArrowHead.ARROW,
    "classicThin": ArrowHead.ARROW,
    "open": ArrowHead.ARROW,
    "openThin": ArrowHead.ARROW,
    "block": ArrowHead.TRIANGLE,
    "blockThin": ArrowHead.TRIANGLE,
    "oval": ArrowHead.CIRCLE,
    "circle": ArrowHead.CIRCLE,
    "dot": ArrowHead.CIRCLE,
    "diamond": ArrowHead.DIAMOND,
    "diamondThin": ArrowHead.DIAMOND,
}
_ALIGN = {"left": TextAlign.START, "center": TextAlign.CENTER, "right": TextAlign.END}
_HEX = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
TRANSPARENT = "#00000000"
_STYLE_NAME = re.compile(r"^[A-Za-z][\w.]*$")


def parse_style(style: str | None) -> dict[str, str]:
    """``key=value`` pairs; a bare first word (``ellipse;...``) is recorded as ``shape``.

    Any other bare word names a stylesheet style; draw.io ignores one it does not know, as it does a
    stray colour left in the middle (``fontColor=#717171;9E9E9E;``), which is no shape."""
    values: dict[str, str] = {}
    for part in (style or "").split(";"):
        key, equals, value = part.partition("=")
        key = key.strip()
        if not key:
            continue
        if equals:
            values[key] = value.strip()
        elif "shape" not in values and _STYLE_NAME.match(key):
            values["shape"] = key
    return values


def shape_kind(style: dict[str, str]) -> str:
    """The draw.io name of the shape this cell draws (``""`` for a plain rectangle)."""
    return style.get("shape", "")


def is_pill(style: dict[str, str]) -> bool:
    """A rounded rectangle whose arcs meet (``rounded=1;arcSize=50`` or more): our stadium."""
    arc = _number(style.get("arcSize"))
    return style.get("rounded") == "1" and style.get("absoluteArcSize") != "1" and arc is not None and arc >= 50


#: The narrowest label room an imported actor gets (draw.io's figure is 30 px wide, its label wider).
ACTOR_LABEL_WIDTH = 120.0


def actor_with_label(rect: Rect) -> Rect:
    """The box of an actor whose draw.io label sits below its figure: the figure keeps its size at
    the top, the box grows down (and wide enough) to hold the label inside, under it."""
    width = max(rect.width, ACTOR_LABEL_WIDTH)
    return Rect(x=rect.center.x - width / 2, y=rect.y, width=width, height=rect.height / ACTOR_FIGURE)


def color(value: str | None) -> str | None:
    """A colour in our ``#rrggbb`` form; ``none`` is transparent; names and ``default`` are unknown."""
    if value is None:
        return None
    if value == "none":
        return TRANSPARENT
    match = _HEX.match(value)
    if not match:
        return None
    digits = match.group(1)
    return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits).lower()


def _number(value: str | None) -> float | None:
    try:
        return None if value is None else float(value)
    except ValueError:
        return None


def font_style_bits(style: dict[str, str]) -> int:
    """draw.io's ``fontStyle``: 1 bold, 2 italic, 4 underline, 8 strike-through."""
    return int(_number(style.get("fontStyle")) or 0)


def label_side(style: dict[str, str]) -> str:
    """Where draw.io draws the label outside the shape: ``bottom`` or ``top`` (centred under or over
    it), ``right`` or ``left`` (level with its middle); ``""`` inside it."""
    vertical = style.get("verticalLabelPosition", "middle")
    if vertical in ("bottom", "top"):
        return vertical
    side = style.get("labelPosition", "")
    return side if side in ("right", "left") else ""


def label_gap(style: dict[str, str], side: str) -> float:
    """Room between a shape and the label beside it: draw.io's spacing on that side, plus 2 px."""
    spacing = _number(style.get("spacingLeft" if side == "right" else "spacingRight"))
    return 2.0 + (spacing if spacing is not None and 0 <= spacing < 1000 else 0.0)


def is_bold(style: dict[str, str]) -> bool:
    return font_style_bits(style) & 1 == 1


def element_style(style: dict[str, str], *, width: float, height: float, edge: bool = False) -> Style:
    """The overrides this draw.io style asks for; what it leaves unsaid follows our theme."""
    # draw.io's own defaults, where they differ from our themes: square corners, 11 px text, 1 px lines,
    # and labels in regular weight unless fontStyle says bold
    values: dict[str, object] = {"corner_radius": 0.0, "font_size": 11.0, "stroke_width": 1.0, "bold": is_bold(style)}
    fill, stroke = color(style.get("fillColor")), color(style.get("strokeColor"))
    if fill is not None and not edge:
        values["fill"] = fill
    if stroke is not None:
        values["stroke"] = stroke
    text_color = color(style.get("fontColor"))
    if text_color is not None and text_color != TRANSPARENT:
        values["text_color"] = text_color
    stroke_width = _number(style.get("strokeWidth"))
    if stroke_width is not None and 0 <= stroke_width <= 100:
        values["stroke_width"] = stroke_width
    if style.get("dashed") == "1":
        pattern = [_number(part) or 0 for part in style.get("dashPattern", "").split()]
        values["dash"] = Dash.DOTTED if pattern and max(pattern) <= 2 else Dash.DASHED
    if style.get("rounded") == "1" and not edge:
        arc = _number(style.get("arcSize"))
        if style.get("absoluteArcSize") == "1" and arc is not None:
            values["corner_radius"] = min(arc / 2, 1000)
        else:
            values["corner_radius"] = min(width, height) * (15 if arc is None else arc) / 100
    font_size = _number(style.get("fontSize"))
    if font_size is not None and 0 < font_size <= 1000:
        values["font_size"] = font_size
    if style.get("align") in _ALIGN:
        values["text_align"] = _ALIGN[style["align"]]
    opacity = _number(style.get("opacity"))
    if opacity is not None and 0 <= opacity <= 100:
        values["opacity"] = opacity / 100
    if style.get("sketch") == "1":
        values["sketch"] = True
    return Style.model_validate(values)


def routing(style: dict[str, str]) -> Routing:
    if style.get("curved") == "1":
        return Routing.CURVED
    if style.get("edgeStyle") in (
        "orthogonalEdgeStyle",
        "elbowEdgeStyle",
        "entityRelationEdgeStyle",
        "isometricEdgeStyle",
    ):
        return Routing.ORTHOGONAL
    return Routing.STRAIGHT


def arrow_head(style: dict[str, str], end: str) -> tuple[ArrowHead, str | None]:
    """Our head for ``startArrow``/``endArrow``, and draw.io's name when we have no such head."""
    name = style.get(f"{end}Arrow", "classic" if end == "end" else "none")
    head = _HEADS.get(name)
    return (ArrowHead.ARROW, name) if head is None else (head, None)
