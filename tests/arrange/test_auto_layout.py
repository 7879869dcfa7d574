"""Automatic layout checked for real: the geometry the renderer draws after ``auto_layout``."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.arrange.auto_layout import LayoutError, auto_layout
from editor.importers.mermaid import import_mermaid
from editor.model import (
    Arrow,
    Box,
    Document,
    Endpoint,
    Frame,
    Legend,
    Point,
    Rect,
    TextElement,
    TextRole,
    Variant,
    dumps,
    load,
)
from editor.render.layout import layout_element
from tests.arrange.geometry import box_of, placed_boxes, problems

FIXTURE = Path(__file__).parent / "fixtures" / "layered.mmd"
_AXIS = {"TB": (1, 1), "BT": (1, -1), "LR": (0, 1), "RL": (0, -1)}


def layered() -> Document:
    return import_mermaid(FIXTURE.read_text(encoding="utf-8"), FIXTURE.name)[0].document


def _centre(document: Document, element_id: str) -> tuple[float, float]:
    rect = document.element(element_id).rect  # type: ignore[union-attr]
    return rect.center.x, rect.center.y


@pytest.mark.parametrize("direction", ["TB", "LR", "BT", "RL"])
def test_a_tidy_layered_drawing_in_every_direction(direction: str) -> None:
    document = auto_layout(layered(), direction=direction)
    assert problems(document) == []
    axis, sign = _AXIS[direction]
    arrows = [element for element in document.elements if isinstance(element, Arrow)]
    assert len(arrows) == 9
    for arrow in arrows:  # the fixture has no cycle: every arrow points along the direction
        source, target = _centre(document, arrow.source.element), _centre(document, arrow.target.element)
        assert (target[axis] - source[axis]) * sign > 20, (arrow.id, source, target)


def test_the_input_is_left_as_it_was_and_labels_sit_on_their_arrows() -> None:
    document = layered()
    before = dumps(document)
    laid_out = auto_layout(document)
    assert dumps(document) == before
    assert sum(bool(arrow.label.text) for arrow in laid_out.elements if isinstance(arrow, Arrow)) == 6
    assert all(box_of(box.rect)[0] >= 40 - 0.01 for box in laid_out.elements if isinstance(box, Box))


def test_boxes_fit_their_text_in_the_widest_language() -> None:
    document = layered()
    document.settings.languages = ["en", "de"]
    audit = document.element("audit")
    assert isinstance(audit, Box)
    audit.name.variants["de"] = Variant(text="Prüfprotokoll der Bestellvorgänge und Zugriffe", source="Audit log")
    only_english = auto_layout(document, direction="TB", languages=["en"])
    assert layout_element(only_english, "audit", "en").overflows == []
    assert layout_element(only_english, "audit", "de").overflows != []  # sized for English alone
    both = auto_layout(document, direction="TB")
    for language in ("en", "de"):
        assert all(layout_element(both, element.id, language).overflows == [] for element in both.elements)
    assert problems(both) == []


def test_only_the_selection_is_laid_out() -> None:
    document = auto_layout(layered(), direction="TB")
    selection = {"orders", "users", "audit"}
    moved_apart = document.model_copy(deep=True)
    for element in moved_apart.elements:
        if element.id in selection:
            element.rect = element.rect.moved(500 + 37 * len(element.id), 900)  # type: ignore[union-attr]
    corner = min(box_of(moved_apart.element(i).rect)[0] for i in selection)  # type: ignore[union-attr]
    result = auto_layout(moved_apart, direction="LR", only=selection)
    for element in result.elements:
        if not isinstance(element, Arrow) and element.id not in selection:
            assert element.rect == moved_apart.element(element.id).rect  # type: ignore[union-attr]
    boxes = placed_boxes(result)
    assert min(boxes[i][0] for i in selection) == pytest.approx(corner)
    assert boxes["audit"][0] > boxes["orders"][2]  # laid out left to right
    inside = {i: boxes[i] for i in selection}
    assert len({(round(b[0]), round(b[1])) for b in inside.values()}) == 3


def test_a_missing_dot_is_one_clear_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LayoutError) as raised:
        auto_layout(layered())
    assert "Graphviz" in str(raised.value) and "not installed" in str(raised.value)
    assert "\n" not in str(raised.value)


def test_auto_direction_reads_the_imported_chart_direction() -> None:
    document = import_mermaid("flowchart RL\n a --> b --> c\n", "rl.mmd")[0].document
    laid_out = auto_layout(document)
    xs = [_centre(laid_out, name)[0] for name in "abc"]
    assert xs[0] > xs[1] > xs[2]
    # a wide fan-out moves further sideways than down on the import's grid, yet stays top-down
    fan = auto_layout(import_mermaid("flowchart TD\n a --> b & c & d & e & f & g\n", "fan.mmd")[0].document)
    assert all(_centre(fan, name)[1] > _centre(fan, "a")[1] + 20 for name in "bcdefg")


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_hand_made_diagram_keeps_its_title_on_top_and_notes_beside(example_path: Path, direction: str) -> None:
    laid_out = auto_layout(load(example_path), direction=direction)
    assert problems(laid_out) == []
    title = next(e for e in laid_out.elements if isinstance(e, TextElement) and e.role is TextRole.TITLE)
    drawing = [e for e in laid_out.elements if isinstance(e, (Box, Frame))]
    assert all(title.rect.bottom <= e.rect.y for e in drawing)
    right = max(e.rect.right for e in drawing)
    loose = [e for e in laid_out.elements if isinstance(e, (Legend, TextElement)) and e is not title]
    assert loose and all(e.rect.x >= right for e in loose)


def test_free_arrow_ends_stay_where_they_were_drawn() -> None:
    """Arrows free at an end rank nothing: the boxes are laid out, the free points do not move and
    the arrow still follows its bound end."""
    boxes = [Box(id=name, rect=Rect(x=300 * index, y=0, width=160, height=80)) for index, name in enumerate("abc")]
    arrows = [
        Arrow(id="ab", source=Endpoint(element="a"), target=Endpoint(element="b")),
        Arrow(id="bc", source=Endpoint(element="b"), target=Endpoint(element="c")),
        Arrow(id="loose", source=Endpoint(element="c"), target=Endpoint(point=Point(x=900, y=500))),
        Arrow(id="free", source=Endpoint(point=Point(x=-50, y=40)), target=Endpoint(point=Point(x=20, y=700))),
    ]
    laid = auto_layout(Document(elements=[*boxes, *arrows]), direction="TB")
    assert laid.element("loose").source == Endpoint(element="c")  # type: ignore[union-attr]
    assert laid.element("loose").target.point == Point(x=900, y=500)  # type: ignore[union-attr]
    assert laid.element("free") == arrows[3]
    b, c = laid.element("b").rect, laid.element("c").rect  # type: ignore[union-attr]
    assert c.y > b.bottom  # top to bottom: the bound arrows ranked the boxes


OWN_DIRECTIONS = """flowchart TB
  start[Start] --> steps
  subgraph steps [Steps]
    direction LR
    fetch[Fetch] --> build[Build] --> test[Test]
    subgraph checks [Checks]
      direction TB
      lint[Lint] --> types[Types]
    end
    test --> checks
  end
  steps --> done[Done]
"""


def _inside(document: Document, frame_id: str, member: str) -> bool:
    outer, inner = document.element(frame_id).rect, document.element(member).rect  # type: ignore[union-attr]
    return outer.x <= inner.x and inner.right <= outer.right and outer.y <= inner.y and inner.bottom <= outer.bottom


def test_subgraphs_keep_their_own_direction() -> None:
    """As Mermaid draws it: the chart top-down, Steps left to right, Checks inside it top-down."""
    document = auto_layout(import_mermaid(OWN_DIRECTIONS, "own.mmd")[0].document)
    assert problems(document) == []
    fetch, build, test = (_centre(document, name) for name in ("fetch", "build", "test"))
    assert fetch[0] < build[0] < test[0] and abs(fetch[1] - build[1]) < 1 and abs(build[1] - test[1]) < 1
    lint, types = _centre(document, "lint"), _centre(document, "types")
    assert lint[1] < types[1] and abs(lint[0] - types[0]) < 1
    assert _centre(document, "start")[1] < fetch[1] < _centre(document, "done")[1]
    assert all(_inside(document, "frame-steps", member) for member in ("fetch", "build", "test", "lint", "types"))
    assert _inside(document, "frame-checks", "lint") and _inside(document, "frame-checks", "types")


def test_a_subgraph_linked_from_inside_to_outside_follows_the_chart() -> None:
    """Mermaid's rule: a node of the subgraph linked outside ties it to the chart's direction."""
    chart = OWN_DIRECTIONS.replace("  steps --> done[Done]", "  build --> done[Done]")
    document = auto_layout(import_mermaid(chart, "own.mmd")[0].document)
    fetch, build = _centre(document, "fetch"), _centre(document, "build")
    assert fetch[1] < build[1]  # top-down like the chart, not left to right


def test_labels_stay_in_their_frame_and_arrows_out_of_a_frame_leave_it_whole() -> None:
    """A labelled arrow between two boxes of a frame keeps its label in the frame (its route no
    longer leaves and re-enters it), and an arrow from the frame leads below the whole frame."""
    chart = "flowchart TB\n  start[Start] --> steps\n  subgraph steps [Steps]\n"
    chart += "    fetch[Fetch] --> build[Build] -->|ok| test[Test]\n  end\n  steps --> done[Done]\n"
    document = auto_layout(import_mermaid(chart, "steps.mmd")[0].document)
    assert problems(document) == []
    steps = document.element("frame-steps").rect  # type: ignore[union-attr]
    assert document.element("done").rect.y > steps.bottom  # type: ignore[union-attr]
    assert document.element("start").rect.bottom < steps.y  # type: ignore[union-attr]
