"""The bundled example holds every item of the reference infographic (shared/reference-infographic.md)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF

from editor.model import Arrow, Box, Document, Legend, TextElement, TextRole, load
from editor.render.display_list import PathOp, TextLineOp
from tests.conftest import EXAMPLE

# QApplication first: later widget tests in this process need it, not a bare QGuiApplication
pytestmark = pytest.mark.usefixtures("qapp")

BOXES = {
    "Browser": ("Sends read and write requests", "mdi6.web"),
    "API Service": ("Handles REST requests and business logic", "mdi6.server"),
    "Redis Cache": ("Stores hot key-value data for fast reads", "mdi6.layers-triple"),
    "Message Queue": ("Buffers invalidation events asynchronously", "mdi6.tray-full"),
    "Worker": ("Consumes events and deletes or refreshes cache keys", "mdi6.cog"),
    "Primary Database": ("Source of truth for persistent records", "mdi6.database"),
    "Monitoring": ("Tracks cache hit rate and invalidation lag", "mdi6.chart-line"),
}
READ = [
    ("Browser", "API Service", "HTTPS GET /item/42"),
    ("API Service", "Redis Cache", "GET cache:key:42"),
    ("Redis Cache", "API Service", "Cache hit: JSON value"),
    ("API Service", "Primary Database", "SELECT row"),
    ("Primary Database", "API Service", "Row data"),
    ("API Service", "Redis Cache", "SETEX cache:key:42 TTL 300s"),
    ("API Service", "Browser", "200 OK JSON response"),
]
WRITE = [
    ("Browser", "API Service", "HTTPS PUT /item/42"),
    ("API Service", "Primary Database", "UPDATE row"),
    ("API Service", "Message Queue", "Publish invalidation event"),
    ("Message Queue", "Worker", "Cache key event"),
    ("Worker", "Redis Cache", "DEL cache:key:42"),
    ("Worker", "Redis Cache", "SET refreshed JSON"),
]
CALLOUTS = {"Cache miss", "Cache hit", "Stale data risk", "TTL fallback"}
LEGEND = [
    "Browser sends an HTTPS read request to the API",
    "API checks Redis for cache:key:42",
    "On cache miss, API reads the record from the primary database",
    "API stores the fresh result in Redis with TTL and returns 200 OK JSON",
    "A write request updates the database source of truth",
    "API publishes an invalidation event to the queue after the update succeeds",
    "Worker deletes or refreshes the Redis key so later reads do not serve stale data",
]


@pytest.fixture(scope="module")
def document() -> Document:
    return load(EXAMPLE)


def _names(document: Document) -> dict[str, Box]:
    return {box.name.text.removesuffix(" (optional)"): box for box in document.elements if isinstance(box, Box)}


def test_title_theme_and_grid(document) -> None:
    assert document.settings.title.text == "Redis Cache Invalidation"
    titles = [e for e in document.elements if isinstance(e, TextElement) and e.role is TextRole.TITLE]
    assert [t.text.text for t in titles] == ["Redis Cache Invalidation"]
    assert document.settings.theme == "whiteboard"
    assert document.settings.grid.visible


def test_seven_boxes_with_icon_name_and_role(document) -> None:
    boxes = _names(document)
    assert set(boxes) == set(BOXES)
    for name, (role, icon) in BOXES.items():
        assert boxes[name].role.text == role
        assert boxes[name].icon == icon
    assert "optional" in boxes["Monitoring"].name.text


def test_thirteen_arrows_with_exact_labels_ends_and_palette(document) -> None:
    by_id = {box.id: name for name, box in _names(document).items()}
    arrows = [e for e in document.elements if isinstance(e, Arrow)]
    assert len(arrows) == 13
    found = {(by_id[a.source.element], by_id[a.target.element], a.label.text): a.style.palette for a in arrows}
    for path, palette in ((READ, "read-path"), (WRITE, "write-path")):
        for item in path:
            assert found.get(item) == palette, item
    optional = next(a for a in arrows if a.label.text == "SET refreshed JSON")
    assert optional.style.dash is not None and optional.style.dash.value == "dashed"


def test_callouts_and_notes(document) -> None:
    texts = [e for e in document.elements if isinstance(e, TextElement)]
    assert {t.text.text for t in texts if t.role is TextRole.CALLOUT} == CALLOUTS
    notes = [t for t in texts if t.role is TextRole.NOTE]
    assert len(notes) == 1 and notes[0].style.palette == "note"
    highlighted = notes[0].text.text.lower()
    assert "after" in highlighted and "database update succeeds" in highlighted
    caution = [t for t in texts if t.text.text == "Illustrative pattern, not an audited reference architecture"]
    assert len(caution) == 1 and caution[0].style.palette == "caution"


def test_numbered_legend(document) -> None:
    legends = [e for e in document.elements if isinstance(e, Legend)]
    assert len(legends) == 1 and legends[0].start == 1
    assert [entry.text.text for entry in legends[0].entries] == LEGEND


def test_layout_is_uncluttered(document) -> None:
    """No box, callout, note or arrow label overlaps another; read and write lanes do not overlap."""
    from editor.render.layout import layout_document

    display_list = layout_document(document, "en")
    areas: dict[str, QRectF] = {}
    for group in display_list.groups:
        element = document.element(group.element_id)
        if isinstance(element, Arrow):
            backgrounds = [op for op in group.ops if isinstance(op, PathOp) and op.fill and not op.stroke]
            xs = [c[1] for c in backgrounds[0].commands if len(c) > 2]
            ys = [c[2] for c in backgrounds[0].commands if len(c) > 2]
            areas[group.element_id] = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        elif isinstance(element, (Box, TextElement, Legend)):
            areas[group.element_id] = QRectF(element.rect.x, element.rect.y, element.rect.width, element.rect.height)
    for (a, first), (b, second) in itertools.combinations(areas.items(), 2):
        assert not first.intersects(second), f"{a} overlaps {b}"
    lanes = [document.element("lane-read").rect, document.element("lane-write").rect]
    assert lanes[0].bottom < lanes[1].y
    assert display_list.overflows == []
    for group in display_list.groups:  # every text line stays inside its element
        element = document.element(group.element_id)
        if isinstance(element, (Box, Legend)):
            rect = QRectF(element.rect.x, element.rect.y, element.rect.width, element.rect.height)
            for op in group.ops:
                if isinstance(op, TextLineOp):
                    assert rect.contains(QRectF(op.x, op.y - op.ascent, op.width, op.ascent)), (element.id, op.text)
