"""Coordinates and rectangles, finite and bounded so no file can ask for absurd canvases."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

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
