"""At 100 % the canvas shows the bundled example exactly as the PNG export draws it, before
and after an edit: one layout and one painter for both, no canvas-only look."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from editor.model import load
from editor.render.layout import layout_document
from editor.render.png import to_png
from editor.render.svg import export_area
from tests.canvas.conftest import Canvas
from tests.render.test_mixed_direction import corpus_document

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "redis-cache-invalidation.diagram.json"
ARROW_EXAMPLE = EXAMPLE.parents[2] / "docs" / "examples" / "arrow-tool.diagram.json"
PADDING = 24.0
#: Sampled pixels (every other one each way) allowed to differ: antialiased edge shades only.
MOST_DIFFERING = 0.005


def _canvas_and_export(canvas: Canvas) -> tuple[QImage, QImage]:
    """The viewport at 100 % and the same scene area cut from the export."""
    display_list = layout_document(canvas.document)
    area = export_area(display_list, PADDING)
    exported = QImage.fromData(to_png(display_list, padding=PADDING)).convertToFormat(QImage.Format.Format_RGB32)
    view = canvas.view
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    canvas.scene.select_ids([])
    view.set_zoom(1.0)
    view.centerOn(QPointF(area.left() + view.viewport().width() / 2, area.top() + view.viewport().height() / 2))
    QApplication.processEvents()
    canvas.scene.hover_id = None
    view.viewport().repaint()
    shot = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    corner = view.mapToScene(0, 0)
    left, top = round(corner.x() - area.left()), round(corner.y() - area.top())
    width, height = min(shot.width(), exported.width() - left), min(shot.height(), exported.height() - top)
    return shot.copy(0, 0, width, height), exported.copy(left, top, width, height)


def _differing_share(first: QImage, second: QImage) -> float:
    assert first.size() == second.size() and not first.isNull()
    differing = sampled = 0
    for y in range(0, first.height(), 2):
        for x in range(0, first.width(), 2):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            sampled += 1
            if max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 48:
                differing += 1
    return differing / sampled


def test_the_example_on_the_canvas_is_the_export(make_canvas) -> None:
    canvas: Canvas = make_canvas(load(EXAMPLE))
    shown, exported = _canvas_and_export(canvas)
    assert shown.width() > 900 and shown.height() > 600
    assert _differing_share(shown, exported) <= MOST_DIFFERING


def test_after_a_drag_the_canvas_is_still_the_export(make_canvas) -> None:
    canvas: Canvas = make_canvas(load(EXAMPLE))
    browser = canvas.document.element("browser").rect  # type: ignore[union-attr]
    start = (browser.x + browser.width / 2, browser.y + 20)
    canvas.view.centerOn(QPointF(*start))
    QApplication.processEvents()
    canvas.drag(start, (start[0] + 37, start[1] + 61), steps=6)
    assert canvas.document.element("browser").rect.y != browser.y  # type: ignore[union-attr]
    shown, exported = _canvas_and_export(canvas)
    assert _differing_share(shown, exported) <= MOST_DIFFERING


def test_mixed_direction_labels_on_the_canvas_are_the_export(make_canvas) -> None:
    """The canvas draws the isolated right-to-left lines of the mixed-direction corpus exactly as
    the PNG does (their visual order is checked in tests/render/test_mixed_direction.py)."""
    canvas: Canvas = make_canvas(corpus_document("whiteboard"))
    shown, exported = _canvas_and_export(canvas)
    assert shown.width() > 900 and shown.height() > 600
    assert _differing_share(shown, exported) <= MOST_DIFFERING


def test_free_and_bound_arrows_on_the_canvas_are_the_export(make_canvas) -> None:
    """The arrow-tool example: straight, orthogonal and curved arrows, bound and free, drawn on the
    canvas exactly where the export puts them."""
    canvas: Canvas = make_canvas(load(ARROW_EXAMPLE))
    shown, exported = _canvas_and_export(canvas)
    assert shown.width() > 900 and shown.height() > 600
    assert _differing_share(shown, exported) <= MOST_DIFFERING
