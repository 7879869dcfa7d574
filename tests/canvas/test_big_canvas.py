"""What the speed work must not change: after drags the canvas draws what a fresh build draws."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from editor.model import Document, dumps, loads
from tests.canvas.conftest import Canvas, arrow, box

#: Pixels allowed to differ: a cached pixmap lands up to half a pixel from a direct paint, which
#: moves a few antialiased edge shades (a missing or misplaced box changes hundreds).
EDGE_SHADES = 20


def _grid_document() -> Document:
    """Boxes above arrows (elements of equal z in different tiles stack in tile order)."""
    boxes = [box(f"b{n}", (n % 8) * 240, (n // 8) * 160).model_copy(update={"z": 1}) for n in range(48)]
    arrows = [arrow(f"a{n}", f"b{n}", f"b{n + 1}") for n in range(47)]
    return Document(elements=[*boxes, *arrows])


def _picture(canvas: Canvas, zoom: float, centre: QPointF) -> QImage:
    """The viewport as painted (one scene rectangle and no scroll bars, so the views can match)."""
    canvas.scene.setSceneRect(QRectF(-4000, -4000, 12000, 12000))
    canvas.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    canvas.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    canvas.scene.select_ids([])
    canvas.view.set_zoom(zoom)
    canvas.view.centerOn(centre)
    QApplication.processEvents()  # the view replays the last mouse move after scrolling
    canvas.scene.hover_id = None  # no connection handles
    canvas.view.viewport().repaint()
    QApplication.processEvents()
    return canvas.view.viewport().grab().toImage()


def _differing_pixels(first: QImage, second: QImage, threshold: int = 64) -> int:
    """Pixels where a channel differs by more than ``threshold``: an item painted through its
    cached pixmap may sit a fraction of a pixel from one painted directly (faint edge shades)."""
    assert first.size() == second.size()
    converted = [image.convertToFormat(QImage.Format.Format_RGBA8888) for image in (first, second)]
    a, b = (bytes(image.constBits()) for image in converted)
    if a == b:
        return 0
    return sum(
        1
        for index in range(0, len(a), 4)
        if a[index : index + 4] != b[index : index + 4]
        and max(abs(x - y) for x, y in zip(a[index : index + 4], b[index : index + 4], strict=True)) > threshold
    )


def _fresh_copy(make_canvas, canvas: Canvas) -> Canvas:  # type: ignore[no-untyped-def]
    return make_canvas(loads(dumps(canvas.document)))  # type: ignore[no-any-return]


def test_a_box_dragged_out_of_its_tile_is_drawn_and_bounded_like_a_fresh_build(make_canvas) -> None:
    canvas: Canvas = make_canvas(_grid_document())
    canvas.drag((80, 50), (80 + 2600, 50 + 900), steps=12)  # b0 leaves its 2048-px tile
    moved = canvas.document.element("b0").rect  # type: ignore[union-attr]
    assert (moved.x, moved.y) == (2600, 900)
    fresh = _fresh_copy(make_canvas, canvas)
    assert canvas.scene.content_bounds() == fresh.scene.content_bounds()  # exact again, not the loose drag bounds
    for zoom, centre in ((0.15, QPointF(1400, 600)), (0.6, QPointF(2600, 900)), (0.6, QPointF(100, 80))):
        assert _differing_pixels(_picture(canvas, zoom, centre), _picture(fresh, zoom, centre)) <= EDGE_SHADES, (
            zoom,
            centre,
        )


def test_undo_of_a_drag_draws_the_start_again(make_canvas) -> None:
    canvas: Canvas = make_canvas(_grid_document())
    before = _picture(canvas, 0.6, QPointF(400, 300))
    canvas.view.set_zoom(1.0)
    canvas.view.centerOn(QPointF(450, 300))
    canvas.scene.select_ids(["b0", "b1", "b8", "b9"])
    canvas.drag((80, 50), (380, 350), steps=10)
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert _differing_pixels(_picture(canvas, 0.6, QPointF(400, 300)), before) <= EDGE_SHADES
