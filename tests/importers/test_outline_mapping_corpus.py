"""The peers' shapes arrive as our box outlines, measured on real files of the shared corpus: a
draw.io cross-functional flowchart, Excalidraw scenes and Mermaid flowcharts. A shape that arrives
is no longer reported as lost."""

from __future__ import annotations

from collections import Counter

import pytest

from editor.importers import import_path
from editor.model import Box
from tests.importers.corpus import ENVIRONMENT_VARIABLE, corpus_root

ROOT = corpus_root()
pytestmark = pytest.mark.skipif(
    not (ROOT / "drawio").is_dir(), reason=f"no corpus at {ROOT} (set {ENVIRONMENT_VARIABLE})"
)


def _outlines(relative: str) -> tuple[Counter[str], list[str]]:
    result = import_path(ROOT / relative)[0]
    shapes = Counter(element.outline.value for element in result.document.elements if isinstance(element, Box))
    return shapes, result.report.lines()


def test_drawio_flowchart_shapes_arrive_as_their_outlines() -> None:
    """rhombus, hexagon, document, parallelogram and a pill (rounded=1;arcSize=50) in one flowchart."""
    shapes, lines = _outlines("drawio/cross_functional_flowchart_1.xml")
    assert shapes["diamond"] == 3 and shapes["hexagon"] == 1 and shapes["document"] == 1
    assert shapes["parallelogram"] == 1 and shapes["stadium"] == 1
    assert not any("plain boxes" in line or "rounded boxes" in line for line in lines), lines


@pytest.mark.parametrize(
    ("relative", "ellipses"),
    [("drawio/aws-internet-of-things.drawio", 36), ("drawio/uml-component-example.drawio", 8)],
)
def test_drawio_ellipses_arrive_as_ellipses(relative: str, ellipses: int) -> None:
    shapes, lines = _outlines(relative)
    assert shapes["ellipse"] == ellipses
    assert not any('"ellipse"' in line for line in lines), lines


@pytest.mark.parametrize(
    ("relative", "ellipses", "diamonds"),
    [("excalidraw/txtai-embeddings.excalidraw", 7, 4), ("excalidraw/excalidraw-converter-test_input.excalidraw", 5, 2)],
)
def test_excalidraw_ellipses_and_diamonds_arrive(relative: str, ellipses: int, diamonds: int) -> None:
    shapes, lines = _outlines(relative)
    assert (shapes["ellipse"], shapes["diamond"]) == (ellipses, diamonds)
    assert not any("ellipses" in line or "diamonds" in line for line in lines), lines


def test_mermaid_node_shapes_arrive_as_outlines() -> None:
    """The Mermaid demo flowchart uses most bracket forms: ([ ]) (( )) [( )] { } {{ }} [/ /]."""
    shapes, lines = _outlines("mermaid/mermaid-demo-flowchart-L906.mmd")
    assert {
        name: shapes[name] for name in ("stadium", "cylinder", "ellipse", "diamond", "hexagon", "parallelogram")
    } == {
        "stadium": 2,
        "cylinder": 2,
        "ellipse": 2,
        "diamond": 2,
        "hexagon": 2,
        "parallelogram": 4,
    }
    assert any("trapezoid" in line for line in lines)  # still no trapezoid of ours: still reported
    assert not any("diamond" in line or "hexagon" in line or "circle" in line for line in lines), lines
