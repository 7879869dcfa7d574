"""Every box outline drawn by the real renderers: PNG pixels inside and outside the outline, in both
themes; the SVG well-formed and rasterised by rsvg-convert, and the PDF by poppler, to the same
picture; text kept inside."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from editor.model import Box, BoxShape, Document, Rect, Settings, Style, load, plain
from editor.render.box_outlines import outline_geometry
from editor.render.display_list import TextLineOp
from editor.render.layout import layout_document, layout_element
from editor.render.pdf import to_pdf
from editor.render.png import to_image, to_png
from editor.render.svg import export_area, to_svg
from tests.render.helpers import differing_pixels, rsvg_png

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "shapes.diagram.json"
BOX = (100.0, 100.0, 200.0, 120.0)
FILL, STROKE = "#ff0000", "#0000ff"
#: (x, y) fractions of the box that each outline fills, and ones it leaves empty
#: (an ellipse leaves its bounding box's corners empty, a note its folded corner...)
POINTS: dict[BoxShape, tuple[list[tuple[float, float]], list[tuple[float, float]]]] = {
    BoxShape.RECTANGLE: ([(0.5, 0.5), (0.05, 0.08), (0.95, 0.92)], []),
    BoxShape.ELLIPSE: ([(0.5, 0.5), (0.1, 0.5)], [(0.05, 0.08), (0.95, 0.08), (0.05, 0.92), (0.95, 0.92)]),
    BoxShape.DIAMOND: ([(0.5, 0.5), (0.1, 0.5)], [(0.1, 0.12), (0.9, 0.12), (0.1, 0.88), (0.9, 0.88)]),
    BoxShape.CYLINDER: ([(0.5, 0.5), (0.05, 0.5)], [(0.02, 0.02), (0.98, 0.98)]),
    BoxShape.DOCUMENT: ([(0.5, 0.4), (0.05, 0.08)], [(0.8, 0.95)]),
    BoxShape.CLOUD: ([(0.5, 0.5)], [(0.03, 0.05), (0.97, 0.95), (0.03, 0.95)]),
    BoxShape.ACTOR: ([(0.5, 0.07)], [(0.1, 0.1), (0.9, 0.1), (0.1, 0.9)]),
    BoxShape.HEXAGON: ([(0.5, 0.5), (0.05, 0.5)], [(0.04, 0.08), (0.96, 0.92)]),
    BoxShape.PARALLELOGRAM: ([(0.5, 0.5), (0.95, 0.08), (0.05, 0.92)], [(0.04, 0.08), (0.96, 0.92)]),
    BoxShape.STADIUM: ([(0.5, 0.5), (0.5, 0.05)], [(0.04, 0.08), (0.96, 0.92)]),
    BoxShape.NOTE: ([(0.5, 0.5), (0.04, 0.06)], [(0.98, 0.03)]),
}


def _document(shape: BoxShape, theme: str, place: tuple[float, float, float, float] = BOX, **box: object) -> Document:
    x, y, width, height = place
    element = Box(
        id="shape",
        rect=Rect(x=x, y=y, width=width, height=height),
        shape=shape,
        style=Style(fill=FILL, stroke=STROKE, stroke_width=2),
        **box,  # type: ignore[arg-type]
    )
    corners = [  # two specks beyond the box, so an export covers the whole box (an actor draws less)
        Box(id=f"speck{index}", rect=Rect(x=left, y=top, width=4, height=4), style=Style(stroke_width=0))
        for index, (left, top) in enumerate([(x - 20, y - 20), (x + width + 16, y + height + 16)])
    ]
    return Document(settings=Settings(theme=theme), elements=[element, *corners])


def _is(color: QColor, hex_color: str, tolerance: int = 40) -> bool:
    other = QColor(hex_color)
    return all(abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], other.getRgb()[:3], strict=True))


@pytest.mark.parametrize("theme", ["clean", "whiteboard"])
@pytest.mark.parametrize("shape", list(BoxShape), ids=lambda shape: shape.value)
def test_each_outline_fills_its_inside_and_leaves_its_corners_empty(shape: BoxShape, theme: str) -> None:
    display_list = layout_document(_document(shape, theme), "en")
    image = to_image(display_list, padding=10, grid=False)
    area = export_area(display_list, 10)
    x, y, width, height = BOX

    def pixel(fx: float, fy: float) -> QColor:
        return image.pixelColor(round(x + fx * width - area.x()), round(y + fy * height - area.y()))

    inside, outside = POINTS[shape]
    for point in inside:
        assert _is(pixel(*point), FILL), (point, pixel(*point).name())
    for point in outside:
        assert _is(pixel(*point), display_list.background, 8), (point, pixel(*point).name())


@pytest.mark.parametrize("theme", ["clean", "whiteboard"])
def test_the_sketched_outline_is_the_elements_own_and_stable(theme: str) -> None:
    """Whiteboard outlines wobble by the element's seed: the same seed draws the same lines,
    another seed other lines; the clean theme draws the crisp geometry."""
    document = _document(BoxShape.CLOUD, theme)
    renamed = document.model_copy(update={"elements": [document.elements[0].model_copy(update={"id": "another"})]})
    first, again, other = (
        layout_element(each, each.elements[0].id, "en").ops
        for each in (document, _document(BoxShape.CLOUD, theme), renamed)
    )
    strokes = [[op.commands for op in ops if getattr(op, "stroke", None)] for ops in (first, again, other)]
    assert strokes[0] == strokes[1]
    if theme == "whiteboard":
        assert strokes[0] != strokes[2]
    else:
        assert strokes[0] == strokes[2] == [outline_geometry(BoxShape.CLOUD, *BOX).body]


@pytest.mark.parametrize("shape", [shape for shape in BoxShape if shape is not BoxShape.RECTANGLE], ids=str)
def test_text_and_icon_stay_in_the_inner_area(shape: BoxShape) -> None:
    roomy = (100.0, 100.0, 400.0, 320.0)  # room for the icon and both lines in every outline
    document = _document(shape, "clean", roomy, name=plain("Orders"), role=plain("Stores"), icon="mdi6.database")
    group = layout_element(document, "shape", "en")
    assert not group.overflows
    left, top, width, height = outline_geometry(shape, *roomy).inner
    drawn = [op.extent() for op in group.ops if not hasattr(op, "commands")]
    assert len(drawn) == 3  # the icon and both lines
    assert any(isinstance(op, TextLineOp) for op in group.ops)
    for x1, y1, x2, y2 in drawn:
        assert left - 0.5 <= x1 and x2 <= left + width + 0.5, (shape, x1, x2, left, width)
        assert top - 0.5 <= y1 and y2 <= top + height + 0.5, (shape, y1, y2, top, height)
    if shape is BoxShape.ELLIPSE:  # and the inner area's corners lie on or inside the curve itself
        cx, cy, rx, ry = roomy[0] + roomy[2] / 2, roomy[1] + roomy[3] / 2, roomy[2] / 2, roomy[3] / 2
        assert math.hypot((left - cx) / rx, (top - cy) / ry) <= 1.0 + 1e-9


@pytest.fixture(params=["clean", "whiteboard"])
def all_outlines(request: pytest.FixtureRequest, tmp_path: Path) -> Document:
    """The example with all eleven outlines, in the theme asked for."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["settings"]["theme"] = request.param
    path = tmp_path / f"shapes-{request.param}.diagram.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load(path)


def test_the_example_holds_every_outline(all_outlines: Document) -> None:
    shapes = {element.outline for element in all_outlines.elements if isinstance(element, Box)}
    assert shapes == set(BoxShape)


def test_svg_is_well_formed_and_rsvg_draws_what_the_png_shows(
    all_outlines: Document, tmp_path: Path, fontconfig_file: Path
) -> None:
    display_list = layout_document(all_outlines, "en")
    svg = to_svg(display_list)
    root = ET.fromstring(svg)  # well-formed, or this raises
    assert root.tag.endswith("svg")
    drawn = {element.get("id") for element in root.iter()}
    assert {shape.value for shape in BoxShape} <= drawn  # one group per box, named by its id
    ours = tmp_path / "ours.png"
    ours.write_bytes(to_png(display_list, None, scale=1))
    svg_path = tmp_path / "shapes.svg"
    svg_path.write_text(svg, encoding="utf-8")
    bad, total = differing_pixels(ours, rsvg_png(svg_path, tmp_path / "rsvg.png", fontconfig_file))
    assert bad / total <= 0.01, f"{bad / total:.2%} of pixels differ"


def test_the_pdf_draws_the_outlines_like_the_png(all_outlines: Document, tmp_path: Path) -> None:
    """poppler's rendering of our PDF page against our PNG: the same painter, so the same outlines."""
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm is not None, "pdftoppm (poppler-utils) is needed for this test"
    display_list = layout_document(all_outlines, "en")
    pdf = tmp_path / "shapes.pdf"
    pdf.write_bytes(to_pdf([display_list]))
    prefix = tmp_path / "page"
    command = [pdftoppm, "-r", "96", "-png", "-singlefile", str(pdf), str(prefix)]
    subprocess.run(command, check=True, timeout=120)
    ours = to_image(display_list)
    drawn = QImage(str(prefix.with_suffix(".png")))
    assert abs(drawn.width() - ours.width()) <= 1 and abs(drawn.height() - ours.height()) <= 1
    size = (min(drawn.width(), ours.width()), min(drawn.height(), ours.height()))
    drawn.copy(0, 0, *size).save(str(tmp_path / "poppler.png"))
    ours.copy(0, 0, *size).save(str(tmp_path / "ours.png"))
    bad, total = differing_pixels(tmp_path / "poppler.png", tmp_path / "ours.png")
    assert bad / total <= 0.03, f"{bad / total:.2%} of pixels differ"
