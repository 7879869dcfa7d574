"""Elements of equal z stack on the canvas as the export paints them: by z, then document order,
whichever tile holds them and in whatever order their items were made."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from editor.canvas.items import ElementView
from editor.canvas.tiles import TILE_SIZE
from editor.model import Box, Document, Rect, Style, plain
from editor.render.layout import layout_document
from editor.render.png import to_png
from editor.render.svg import export_area
from tests.canvas.conftest import Canvas

#: Where the two overlapping boxes overlap (well inside both, away from outlines and text).
OVERLAP = QPointF(TILE_SIZE + 30, 160)
PADDING = 24.0


def _flat_box(element_id: str, x: float, y: float, fill: str) -> Box:
    return Box(
        id=element_id,
        rect=Rect(x=x, y=y, width=200, height=120),
        name=plain(""),
        role=plain(""),
        style=Style(fill=fill, sketch=False, corner_radius=0),
    )


def _overlapping_in_two_tiles() -> Document:
    """ "left" opens the first tile; "right" (next tile) comes before "late" in the document,
    and "late" (first tile again, overlapping "right") is last, so it is on top in the export.
    Tiles as stacking parents put "right"'s whole tile above "late"."""
    return Document(
        elements=[
            _flat_box("left", TILE_SIZE - 600, 100, "#2e7d32"),
            _flat_box("right", TILE_SIZE + 10, 100, "#c62828"),
            _flat_box("late", TILE_SIZE - 150, 100, "#1565c0"),
        ]
    )


def _stacked_ids(canvas: Canvas) -> list[str]:
    """Every element's item, bottom to top as Qt stacks them."""
    views = [canvas.scene.views_by_id[element.id] for element in canvas.document.elements]
    return [view.element_id for view in sorted(views, key=lambda view: view.zValue())]


def _assert_stacks_like_the_export(canvas: Canvas) -> None:
    assert _stacked_ids(canvas) == [element.id for element in canvas.document.in_paint_order()]
    keys = [canvas.scene.views_by_id[element.id].zValue() for element in canvas.document.in_paint_order()]
    assert keys == sorted(set(keys)), "two items share a z value: Qt would stack them by creation order"


def _on_screen(canvas: Canvas, point: QPointF) -> QColor:
    canvas.scene.select_ids([])
    canvas.scene.hover_id = None
    canvas.view.centerOn(point)
    QApplication.processEvents()
    canvas.view.viewport().repaint()
    image = canvas.view.viewport().grab().toImage()
    return image.pixelColor(canvas.view.mapFromScene(point))


def _exported(document: Document, point: QPointF) -> QColor:
    display_list = layout_document(document)
    image = QImage.fromData(to_png(display_list, padding=PADDING))
    area = export_area(display_list, PADDING)
    return image.pixelColor(int(point.x() - area.left()), int(point.y() - area.top()))


def _close(first: QColor, second: QColor) -> bool:
    channels = ((first.red(), second.red()), (first.green(), second.green()), (first.blue(), second.blue()))
    return max(abs(a - b) for a, b in channels) < 24


def test_equal_z_boxes_in_different_tiles_show_on_screen_what_the_export_shows_on_top(make_canvas) -> None:
    canvas: Canvas = make_canvas(_overlapping_in_two_tiles())
    right, late = (canvas.scene.tile_of(i) for i in ("right", "late"))
    assert right is not None and late is not None and right is not late  # really two tiles
    exported = _exported(canvas.document, OVERLAP)
    assert _close(exported, QColor("#1565c0")), exported.name()  # "late" is on top in the export
    assert _close(_on_screen(canvas, OVERLAP), exported)
    _assert_stacks_like_the_export(canvas)


def test_undo_of_a_delete_puts_the_element_back_at_its_place_in_the_stack(make_canvas) -> None:
    document = _overlapping_in_two_tiles()
    document.elements.append(_flat_box("last", TILE_SIZE + 150, 120, "#f9a825"))
    canvas: Canvas = make_canvas(document)
    canvas.scene.select_ids(["late"])
    canvas.key(Qt.Key.Key_Delete)
    assert _close(_on_screen(canvas, OVERLAP), QColor("#c62828"))  # "right" shows once "late" is gone
    canvas.scene.undo_stack.undo()
    assert [element.id for element in canvas.document.elements] == ["left", "right", "late", "last"]
    _assert_stacks_like_the_export(canvas)
    assert _close(_on_screen(canvas, OVERLAP), _exported(canvas.document, OVERLAP))
    spot = QPointF(TILE_SIZE + 160, 170)  # under "right" and "last", which is on top
    assert _close(_on_screen(canvas, spot), _exported(canvas.document, spot))
    assert _close(_on_screen(canvas, spot), QColor("#f9a825"))


def test_bring_to_front_and_send_to_back_restack_across_tiles(make_canvas) -> None:
    canvas: Canvas = make_canvas(_overlapping_in_two_tiles())
    canvas.scene.select_ids(["right"])
    canvas.scene.bring_to_front()
    _assert_stacks_like_the_export(canvas)
    assert _close(_on_screen(canvas, OVERLAP), QColor("#c62828"))
    canvas.scene.select_ids(["right"])
    canvas.scene.send_to_back()
    _assert_stacks_like_the_export(canvas)
    assert _close(_on_screen(canvas, OVERLAP), QColor("#1565c0"))
    canvas.scene.undo_stack.undo()
    canvas.scene.undo_stack.undo()
    _assert_stacks_like_the_export(canvas)
    assert _close(_on_screen(canvas, OVERLAP), _exported(canvas.document, OVERLAP))


def test_paste_and_duplicate_stack_the_copies_on_top_like_the_export(make_canvas) -> None:
    canvas: Canvas = make_canvas(_overlapping_in_two_tiles())
    canvas.scene.select_ids(["right"])
    canvas.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # the copy lands 20 px down-right
    canvas.scene.select_ids(["left", "right"])
    canvas.key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    canvas.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(canvas.document.elements) == 6
    _assert_stacks_like_the_export(canvas)
    for spot in (OVERLAP, QPointF(TILE_SIZE + 10, 215), QPointF(TILE_SIZE - 120, 130)):
        assert _close(_on_screen(canvas, spot), _exported(canvas.document, spot)), spot
    canvas.scene.undo_stack.undo()
    canvas.scene.undo_stack.undo()
    _assert_stacks_like_the_export(canvas)
    assert all(isinstance(view, ElementView) for view in canvas.scene.views_by_id.values())
