"""draw.io styles read as box outlines: pills, actors with their label below, clouds, notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.importers import import_path
from editor.model import ACTOR_FIGURE, Box, BoxShape

CELLS = {
    "pill": ("rounded=1;arcSize=50;whiteSpace=wrap;", "Start", (0, 0, 120, 40)),
    "soft": ("rounded=1;arcSize=20;", "Soft", (200, 0, 120, 40)),
    "cloud": ("ellipse;shape=cloud;whiteSpace=wrap;html=1;", "Internet", (0, 100, 120, 80)),
    "note": ("shape=note;whiteSpace=wrap;size=20;", "Remember", (200, 100, 120, 80)),
    "user": ("shape=umlActor;verticalLabelPosition=bottom;verticalAlign=top;html=1;", "Customer", (400, 100, 30, 60)),
    "ring": ("ellipse;shape=doubleEllipse;", "Ring", (0, 200, 80, 80)),
}


@pytest.fixture
def imported(tmp_path: Path) -> tuple[dict[str, Box], list[str]]:
    vertices = "".join(
        f'<mxCell id="{key}" value="{label}" style="{style}" vertex="1" parent="1">'
        f'<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry"/></mxCell>'
        for key, (style, label, (x, y, w, h)) in CELLS.items()
    )
    path = tmp_path / "outlines.drawio"
    path.write_text(
        '<mxfile><diagram name="Page-1"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
        f"{vertices}</root></mxGraphModel></diagram></mxfile>",
        encoding="utf-8",
    )
    result = import_path(path)[0]
    boxes = {element.id: element for element in result.document.elements if isinstance(element, Box)}
    return boxes, result.report.lines()


def test_styles_become_outlines(imported: tuple[dict[str, Box], list[str]]) -> None:
    boxes, lines = imported
    assert {key: box.outline for key, box in boxes.items()} == {
        "pill": BoxShape.STADIUM,
        "soft": BoxShape.RECTANGLE,  # rounded corners, not a pill
        "cloud": BoxShape.CLOUD,
        "note": BoxShape.NOTE,
        "user": BoxShape.ACTOR,
        "ring": BoxShape.ELLIPSE,
    }
    assert lines == ['outlines.drawio: 1 draw.io shapes of kind "doubleEllipse" imported as single ellipses']


def test_an_actor_holds_its_label_below_the_figure(imported: tuple[dict[str, Box], list[str]]) -> None:
    boxes, _ = imported
    user = boxes["user"]
    assert user.name.text == "Customer" and user.icon is None
    assert user.rect.center.x == pytest.approx(415) and user.rect.y == 100  # the figure stays where it was
    assert user.rect.height * ACTOR_FIGURE == pytest.approx(60)  # ... at its size, the label room below it
    assert user.rect.width >= 120
