"""Excalidraw import from the suite's own fixture: JSON, SVG and PNG carriers, bindings old and new."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.importers import ImportFormatError, import_path
from editor.model import (
    Anchor,
    Arrow,
    ArrowHead,
    Box,
    BoxShape,
    Dash,
    Frame,
    Image,
    Point,
    Routing,
    TextAlign,
    TextElement,
)
from editor.model.style import BOX_NAME_SCALE

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["features.excalidraw", "features.excalidraw.svg", "features.excalidraw.png"])
def test_every_carrier_gives_the_same_scene(name: str) -> None:
    result = import_path(FIXTURES / name)[0]
    reference = import_path(FIXTURES / "features.excalidraw")[0]
    assert result.report.format == "Excalidraw"
    assert result.document.model_dump() == reference.document.model_dump()


def _elements() -> dict[str, object]:
    return {element.id: element for element in import_path(FIXTURES / "features.excalidraw")[0].document.elements}


def test_shapes_with_bound_text_and_styles() -> None:
    box = _elements()["box1"]
    assert isinstance(box, Box) and box.name.text == "Web server"
    style = box.style
    assert (style.fill, style.stroke, style.dash, style.stroke_width) == ("#a5d8ff", "#1971c2", Dash.DASHED, 2)
    assert (style.sketch, style.seed, style.font_size * BOX_NAME_SCALE) == (True, 1234, pytest.approx(20))
    assert style.corner_radius == pytest.approx(20)
    free = _elements()["free"]
    assert isinstance(free, TextElement) and free.text.text == "Free text\nsecond line"
    assert (free.style.font_size, free.style.text_align, free.style.text_color) == (28, TextAlign.START, "#e03131")


def test_bindings_new_old_and_fixed_point() -> None:
    elements = _elements()
    new = elements["arrow-new"]
    assert isinstance(new, Arrow) and (new.source.element, new.target.element) == ("box1", "box2")
    assert new.label.text == "calls" and new.head_end is ArrowHead.TRIANGLE and new.head_start is ArrowHead.NONE
    assert [(p.x, p.y) for p in new.waypoints] == [(300, 60)]
    old = elements["arrow-old"]  # no startBinding/endBinding: the shapes' boundElementIds decide
    assert isinstance(old, Arrow) and (old.source.element, old.target.element) == ("diamond", "oval")
    fixed = elements["arrow-fixed"]
    assert isinstance(fixed, Arrow) and fixed.routing is Routing.ORTHOGONAL
    assert (fixed.source.anchor, fixed.target.anchor) == (Anchor.BOTTOM, Anchor.TOP)


def test_frames_groups_images_and_deleted() -> None:
    """Frames stay frames; groups become our groups, nested as in the file."""
    elements = _elements()
    frame = elements["frame1"]
    assert isinstance(frame, Frame) and frame.title.text == "Cluster" and set(frame.members) == {"box1", "box2"}
    assert elements["box1"].groups == ["group:g-inner", "group:g-outer"]  # innermost first, as in the file
    assert elements["box2"].groups == ["group:g-outer"]
    assert not any(key.startswith("group:") for key in elements)  # groups are no elements (nor frames)
    assert isinstance(elements["pic"], Image)
    assert "gone" not in elements and "gone-text" not in elements
    assert elements["oval"].locked and not elements["box1"].locked  # type: ignore[attr-defined]
    assert elements["oval"].shape is BoxShape.ELLIPSE and elements["diamond"].shape is BoxShape.DIAMOND  # type: ignore[union-attr]
    assert elements["box1"].shape is None  # type: ignore[union-attr]  # a rectangle: the plain box


def test_losses_and_counts() -> None:
    report = import_path(FIXTURES / "features.excalidraw")[0].report
    lines = report.lines()
    for expected in (
        "1 Excalidraw freehand strokes left out (no such element yet)",
        '1 Excalidraw arrowheads of kind "bar" imported as plain arrowheads',
        "1 Excalidraw links on elements left out (elements have no links)",
    ):
        assert f"features.excalidraw: {expected}" in lines
    assert not any("arrows" in line and "left out" in line for line in lines)
    assert not any("ellipse" in line or "diamond" in line for line in lines)  # both arrive as outlines
    assert (report.edges.found, report.edges.arrived) == (6, 6)  # five arrows and a line
    assert report.texts.found == report.texts.arrived == 5  # the deleted text is not counted


def test_arrows_without_bindings_arrive_free_where_excalidraw_draws_them() -> None:
    elements = _elements()
    loose = elements["loose"]  # bound to nothing: free at both ends, its label kept on it
    assert isinstance(loose, Arrow) and loose.label.text == "unbound"
    assert (loose.source.point, loose.target.point) == (Point(x=600, y=300), Point(x=650, y=350))
    line = elements["sketch-line"]  # a line: an arrow without heads, free at both ends
    assert isinstance(line, Arrow) and (line.head_start, line.head_end) == (ArrowHead.NONE, ArrowHead.NONE)
    assert (line.source.point, line.target.point) == (Point(x=10, y=10), Point(x=20, y=20))
    half = elements["half"]  # "half" names box2 but box2 does not list it back: its start stays free
    assert isinstance(half, Arrow) and half.source.point == Point(x=480, y=0) and half.target.element == "box2"


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("bad.excalidraw", b'{"type": "excalidraw", "elements": [', "bad.excalidraw: not valid JSON at line 1"),
        ("bad.excalidraw", b'{"type": "excalidraw", "elements": 3}', '"elements" is not a list'),
        (
            "bad.excalidraw.svg",
            b"<svg><!-- payload-type:application/vnd.excalidraw+json -->"
            b"<!-- payload-start -->%%%<!-- payload-end --></svg>",
            "not valid JSON",
        ),
        ("bad.excalidraw", b'{"type": "tldraw"}', "not an Excalidraw scene"),
    ],
)
def test_undecodable_scenes_raise_one_located_line(tmp_path: Path, name: str, body: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(body)
    with pytest.raises(ImportFormatError) as raised:
        import_path(path)
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_font_families_keep_their_kind_or_are_reported(tmp_path: Path) -> None:
    """Hand fonts are the whiteboard theme's own; Helvetica and Cascadia text stay sans and code
    (they were all drawn in handwriting, silently); a family we have no kin for is reported."""

    def text(element_id: str, family: int, **more: object) -> dict[str, object]:
        element = {"id": element_id, "type": "text", "x": 0, "y": 0, "width": 80, "height": 20, "text": element_id}
        return element | {"fontFamily": family, "fontSize": 16} | more

    box = {"id": "box", "type": "rectangle", "x": 0, "y": 100, "width": 120, "height": 60}
    box["boundElements"] = [{"id": "inside", "type": "text"}]
    scene = {"type": "excalidraw", "version": 2, "elements": [
        text("hand", 1), text("sans", 2), text("code", 3), text("poster", 7), box, text("inside", 3, containerId="box"),
    ]}  # fmt: skip
    path = tmp_path / "fonts.excalidraw"
    path.write_text(json.dumps(scene), encoding="utf-8")
    [result] = import_path(path)
    family = {element.id: element.style.font_family for element in result.document.elements}
    assert family == {"hand": None, "sans": "Noto Sans", "code": "DejaVu Sans Mono", "poster": None} | {
        "box": "DejaVu Sans Mono"  # its bound text's
    }
    assert result.report.losses == {"Excalidraw texts in other font families drawn in the theme's handwriting": 1}
