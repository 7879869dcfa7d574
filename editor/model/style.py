"""Per-element style overrides on top of a theme's palette roles."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from editor.model.text import Text

#: How large each kind of text is drawn, as a multiple of its style's ``font_size``: a box's name
#: stands out over its role, a frame's title a little, an arrow's label sits smaller than the boxes
#: it joins. The renderer, the auto layout's sizing and the importers share them, so a label of
#: 14 px in draw.io is imported at 14 / BOX_NAME_SCALE and drawn at 14 px here too.
BOX_NAME_SCALE = 1.25
BOX_ROLE_SCALE = 0.9
FRAME_TITLE_SCALE = 1.05
ARROW_LABEL_SCALE = 0.85
_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


def _check_color(value: str) -> str:
    if not _COLOR.match(value):
        raise ValueError(f"{value!r} is not a colour of the form #rrggbb or #rrggbbaa")
    return value.lower()


Color = Annotated[str, AfterValidator(_check_color)]


class Dash(StrEnum):
    SOLID = "solid"
    DASHED = "dashed"
    DOTTED = "dotted"


class TextFit(StrEnum):
    """What to do when a translated label does not fit its element."""

    NONE = "none"
    SHRINK = "shrink"
    GROW = "grow"


class TextAlign(StrEnum):
    START = "start"
    CENTER = "center"
    END = "end"


class TextDirection(StrEnum):
    """A text's base direction: ``auto`` takes each paragraph's from its first strong letter."""

    AUTO = "auto"
    LTR = "ltr"
    RTL = "rtl"


class Style(BaseModel):
    """Overrides; ``None`` everywhere means "as the theme says for this palette role"."""

    model_config = ConfigDict(extra="forbid")

    palette: Text | None = Field(default=None, description="Theme palette role, e.g. read-path")
    fill: Color | None = None
    stroke: Color | None = None
    stroke_width: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = None
    dash: Dash | None = None
    corner_radius: Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)] | None = None
    font_family: Annotated[Text, Field(min_length=1, max_length=200)] | None = None
    font_size: Annotated[float, Field(gt=0, le=1000, allow_inf_nan=False)] | None = None
    text_color: Color | None = None
    text_align: TextAlign | None = None
    bold: bool | None = Field(
        default=None, description="True: every text of the element bold; False: none; None: as its kind draws it"
    )
    text_direction: TextDirection | None = Field(
        default=None, description="None or auto: each paragraph's direction comes from its first strong letter"
    )
    opacity: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)] | None = None
    sketch: bool | None = Field(default=None, description="Hand-drawn outlines; None follows the theme")
    roughness: Annotated[float, Field(ge=0, le=10, allow_inf_nan=False)] | None = None
    seed: Annotated[int, Field(ge=0, le=2**31 - 1)] | None = Field(
        default=None, description="Sketch seed; None derives a stable one from the element id"
    )
    fit: TextFit | None = None
    min_font_size: Annotated[float, Field(gt=0, le=1000, allow_inf_nan=False)] | None = None

    def merged(self, override: Style) -> Style:
        """This style with every field ``override`` sets replaced."""
        return self.model_copy(update=override.model_dump(exclude_none=True))
