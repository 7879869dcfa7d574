"""Arrows with free ends export where they are drawn: the PNG has ink at the free points and the
SVG's path ends there, in both themes' geometry (the clean theme draws exact lines)."""

from __future__ import annotations

import re

from PySide6.QtGui import QImage

from editor.model import Arrow, Box, Document, Endpoint, Grid, Point, Rect, Settings
from editor.render.layout import layout_document
from editor.render.png import to_png
from editor.render.svg import export_area, to_svg

PADDING = 24.0


def _document() -> Document:
    return Document(
        settings=Settings(theme="clean", grid=Grid(visible=False)),
        elements=[
            Box(id="a", rect=Rect(x=0, y=0, width=100, height=60)),
            Arrow(id="bound-free", source=Endpoint(element="a"), target=Endpoint(point=Point(x=400, y=30))),
            Arrow(id="free-free", source=Endpoint(point=Point(x=0, y=300)), target=Endpoint(point=Point(x=300, y=400))),
        ],
    )


def _ink(image: QImage, x: float, y: float, reach: int = 3) -> bool:
    """Whether any pixel within ``reach`` of (x, y) is dark (a stroke, not the white background)."""
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            if image.pixelColor(round(x) + dx, round(y) + dy).lightness() < 160:
                return True
    return False


def test_free_ends_export_to_png_at_their_points() -> None:
    display_list = layout_document(_document(), "en")
    area = export_area(display_list, PADDING)
    image = QImage.fromData(to_png(display_list, None, scale=1, padding=PADDING))
    left, top = area.left(), area.top()
    assert image.width() >= 400 + PADDING and area.bottom() >= 400  # the free points widen the picture
    assert _ink(image, 100 - left + 150, 30 - top)  # the line from a's right side toward (400, 30)
    assert _ink(image, 400 - left - 2, 30 - top)  # its tip, at the free point
    assert _ink(image, 0 - left + 1, 300 - top)  # the free arrow's start
    assert _ink(image, 150 - left, 350 - top)  # its middle
    assert not _ink(image, 200 - left, 200 - top)  # nothing where no arrow runs


def test_free_ends_export_to_svg_paths_ending_at_their_points() -> None:
    svg = to_svg(layout_document(_document(), "en"), padding=PADDING)
    groups = dict(re.findall(r'<g id="([\w-]+)"[^>]*>(.*?)</g>', svg, flags=re.S))
    bound_free, free_free = groups["bound-free"], groups["free-free"]
    assert 'd="M100.0 30.0L400.0 30.0M' in bound_free  # from a's right side to the free point, then the head
    assert 'd="M0.0 300.0L300.0 400.0M' in free_free
