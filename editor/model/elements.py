"""The element kinds a diagram is made of, discriminated by ``type``, and where they stand.

Coordinates and rectangles are finite and bounded so no file can ask for absurd canvases.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from editor.model.images import check_image_data, decode_base64
from editor.model.style import Style
from editor.model.text import LocalizedText, Text

COORDINATE_LIMIT = 1e7

Coordinate = Annotated[float, Field(allow_inf_nan=False, ge=-COORDINATE_LIMIT, le=COORDINATE_LIMIT)]
Length = Annotated[float, Field(allow_inf_nan=False, gt=0, le=COORDINATE_LIMIT)]


class Point(BaseModel):
    model_config = ConfigDict(extra="forbid")

    x: Coordinate
    y: Coordinate


class Rect(BaseModel):
    """An axis-aligned rectangle: top-left corner plus a positive size."""

    model_config = ConfigDict(extra="forbid")

    x: Coordinate
    y: Coordinate
    width: Length
    height: Length

    @property
    def center(self) -> Point:
        return Point(x=self.x + self.width / 2, y=self.y + self.height / 2)

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(x=self.x + dx, y=self.y + dy, width=self.width, height=self.height)

    def united(self, other: Rect) -> Rect:
        left, top = min(self.x, other.x), min(self.y, other.y)
        right, bottom = max(self.right, other.right), max(self.bottom, other.bottom)
        return Rect(x=left, y=top, width=right - left, height=bottom - top)


#: Checked by pydantic-core's own regex engine: a Python validator per id cost 0.35 s at 40,000 ids.
ELEMENT_ID_PATTERN = r"^[A-Za-z_][A-Za-z0-9_.:-]{0,127}$"
ELEMENT_ID_RULE = "a letter or _, then letters, digits, _ . : -, at most 128"

ElementId = Annotated[str, StringConstraints(pattern=ELEMENT_ID_PATTERN)]
ZOrder = Annotated[int, Field(ge=-(10**9), le=10**9)]


class _Element(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: ElementId
    z: ZOrder = 0
    style: Style = Field(default_factory=Style)
    locked: bool = Field(
        default=False, description="Kept where it is: not moved, resized, edited or deleted on the canvas"
    )
    groups: Annotated[list[ElementId], Field(min_length=1, max_length=100)] | None = Field(
        default=None,
        description="The groups the element belongs to, innermost first (Excalidraw's groupIds); "
        "a group is every element that names it, and it moves, copies and deletes as one",
    )

    @field_validator("groups")
    @classmethod
    def _each_group_once(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("names a group twice")
        return value


class BoxShape(StrEnum):
    """A box's outline, the ones draw.io and Excalidraw users reach for; text stays inside it."""

    RECTANGLE = "rectangle"
    ELLIPSE = "ellipse"
    DIAMOND = "diamond"
    CYLINDER = "cylinder"
    DOCUMENT = "document"
    CLOUD = "cloud"
    ACTOR = "actor"
    HEXAGON = "hexagon"
    PARALLELOGRAM = "parallelogram"
    STADIUM = "stadium"
    NOTE = "note"


#: An actor's stick figure takes this share of its box's height; its name and role go below it.
ACTOR_FIGURE = 0.56


class Box(_Element):
    """A component: an icon, a name and a one-line role, inside an outline (a rectangle unless ``shape`` says)."""

    type: Literal["box"] = "box"
    rect: Rect
    shape: BoxShape | None = Field(
        default=None,
        description="The outline: rectangle (also when absent), ellipse, diamond, cylinder (database), "
        "document, cloud, actor (person), hexagon, parallelogram, stadium (pill) or note (folded corner)",
    )
    icon: Annotated[Text, Field(max_length=100)] | None = Field(
        default=None, description="qtawesome icon name, e.g. mdi6.database"
    )
    name: LocalizedText = Field(default_factory=LocalizedText)
    role: LocalizedText = Field(default_factory=LocalizedText)

    @property
    def outline(self) -> BoxShape:
        """The outline drawn; a rectangle when ``shape`` is absent (files stay as they were)."""
        return self.shape or BoxShape.RECTANGLE


class Anchor(StrEnum):
    AUTO = "auto"
    TOP = "top"
    BOTTOM = "bottom"
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


class Endpoint(BaseModel):
    """One end of an arrow: bound to an element (the arrow follows it when it moves) or free at a
    canvas point (an end drawn on empty canvas, as Excalidraw and draw.io allow; it binds later
    when dragged onto a box). Exactly one of ``element`` and ``point`` is given."""

    model_config = ConfigDict(extra="forbid")

    element: ElementId | None = Field(default=None, description="The element this end is bound to")
    point: Point | None = Field(default=None, description="Where a free end (bound to nothing) lies")
    anchor: Anchor = Anchor.AUTO
    offset: Annotated[float, Field(ge=-0.5, le=0.5, allow_inf_nan=False)] = Field(
        default=0.0, description="Shift along the anchored side, as a fraction of its length"
    )

    @model_validator(mode="after")
    def _bound_or_free(self) -> Endpoint:
        if (self.element is None) == (self.point is None):
            raise ValueError(
                "an arrow end needs exactly one of element (bound to it) or point (free on the canvas)"
                + ("" if self.element is None else ", not both")
            )
        return self

    @property
    def is_free(self) -> bool:
        return self.element is None


def bound_ids(arrow: Arrow) -> tuple[str, ...]:
    """The elements ``arrow`` is bound to (none, one or two ids; free ends have none)."""
    return tuple(end.element for end in (arrow.source, arrow.target) if end.element is not None)


def icon_uses(elements: Iterable[BaseModel]) -> list[tuple[str, str]]:
    """``(element id, icon)`` for every element that names an icon, in order (what ``validate`` and
    ``export`` check against the icon fonts)."""
    # through __dict__: most elements have no icon field, and pydantic's __getattr__ is slow to say so
    return [(element.__dict__["id"], icon) for element in elements if (icon := element.__dict__.get("icon"))]


class Routing(StrEnum):
    STRAIGHT = "straight"
    ORTHOGONAL = "orthogonal"
    CURVED = "curved"


class ArrowHead(StrEnum):
    NONE = "none"
    ARROW = "arrow"
    TRIANGLE = "triangle"
    CIRCLE = "circle"
    DIAMOND = "diamond"


class Arrow(_Element):
    type: Literal["arrow"] = "arrow"
    source: Endpoint
    target: Endpoint
    waypoints: list[Point] = Field(default_factory=list, max_length=1000)
    routing: Routing = Routing.STRAIGHT
    label: LocalizedText = Field(default_factory=LocalizedText)
    label_position: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)] = 0.5
    head_start: ArrowHead = ArrowHead.NONE
    head_end: ArrowHead = ArrowHead.ARROW


class TextRole(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    CAPTION = "caption"
    CALLOUT = "callout"
    NOTE = "note"


class TextElement(_Element):
    """Free text: a title, heading, caption, callout or note."""

    type: Literal["text"] = "text"
    rect: Rect
    role: TextRole = TextRole.CAPTION
    text: LocalizedText = Field(default_factory=LocalizedText)
    icon: Annotated[Text, Field(max_length=100)] | None = None


class LegendEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: LocalizedText


class Legend(_Element):
    """A numbered list explaining the steps of the diagram."""

    type: Literal["legend"] = "legend"
    rect: Rect
    title: LocalizedText = Field(default_factory=LocalizedText)
    start: Annotated[int, Field(ge=0, le=10**6)] = 1
    entries: list[LegendEntry] = Field(default_factory=list, max_length=1000)


class Frame(_Element):
    """A titled region (a lane or group) that gathers elements."""

    type: Literal["frame"] = "frame"
    rect: Rect
    title: LocalizedText = Field(default_factory=LocalizedText)
    members: list[ElementId] = Field(default_factory=list)
    direction: Literal["TB", "LR", "BT", "RL"] | None = Field(
        default=None,
        description="The way automatic layout lays the members out when no arrow crosses the frame's edge "
        "(a Mermaid subgraph's own direction); None: the way of the frame around it",
    )


class ImageMime(StrEnum):
    """The accepted image formats (the rule itself is in ``editor.model.images``)."""

    PNG = "image/png"
    JPEG = "image/jpeg"
    WEBP = "image/webp"
    GIF = "image/gif"
    SVG = "image/svg+xml"


class Image(_Element):
    """An embedded picture; the data lives in the document, never a path or URL.

    The data is held to the image rule when the document is built (loading, pasting, any
    command): format, size limits and, for SVG, no external references or scripts. So every
    renderer only ever sees checked bytes.
    """

    type: Literal["image"] = "image"
    rect: Rect
    mime: ImageMime = ImageMime.PNG
    data: str
    description: LocalizedText = Field(default_factory=LocalizedText)

    @field_validator("data")
    @classmethod
    def _follows_image_rule(cls, value: str, info: ValidationInfo) -> str:
        mime = info.data.get("mime")
        if mime is None:  # the mime itself was refused; that is the error to show
            decode_base64(value)
        else:
            check_image_data(value, str(mime))
        return value


Element = Annotated[
    Box | Arrow | TextElement | Legend | Frame | Image,
    Field(discriminator="type"),
]
PlacedElement = Box | TextElement | Legend | Frame | Image
ELEMENT_TYPES = ("box", "arrow", "text", "legend", "frame", "image")


def element_rect(element: Box | Arrow | TextElement | Legend | Frame | Image) -> Rect | None:
    """The element's own rectangle; arrows have none (their path depends on their ends)."""
    return None if isinstance(element, Arrow) else element.rect
