"""What the speed work must not change: after drags the canvas draws what a fresh build draws."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from editor.canvas import DiagramScene, DiagramView
from editor.commands import SetSettings
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


def _wide_document(columns: int = 24, rows: int = 16) -> Document:
    """Several tiles' worth of boxes (z 1) with arrows (z 0) to their right neighbours."""
    count = columns * rows
    boxes = [box(f"b{n}", (n % columns) * 240, (n // columns) * 160).model_copy(update={"z": 1}) for n in range(count)]
    arrows = [arrow(f"a{n}", f"b{n}", f"b{n + 1}") for n in range(count - 1) if (n + 1) % columns]
    return Document(elements=[*boxes, *arrows])


def _fit(canvas: Canvas) -> None:
    canvas.scene.setSceneRect(QRectF(-4000, -4000, 16000, 12000))
    canvas.view.zoom_to_fit()
    canvas.view.viewport().repaint()


def test_a_fitted_big_document_makes_no_items_and_draws_like_one_with_all_items(make_canvas, qtbot) -> None:
    view = DiagramView(DiagramScene(_wide_document()))  # opened as the app opens a file: fitted, then shown
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.zoom_to_fit()
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    assert view.zoom() < 0.4
    assert not view.diagram.views_by_id.loaded  # opened and painted from the model alone
    lazy = Canvas(view, qtbot)
    _fit(lazy)
    full: Canvas = make_canvas(_wide_document())
    assert set(full.scene.views_by_id) == {element.id for element in full.document.elements}  # iterating makes all
    _fit(full)
    assert lazy.scene.content_bounds() == full.scene.content_bounds()
    centre = lazy.scene.content_bounds().center()
    assert _differing_pixels(_picture(lazy, lazy.view.zoom(), centre), _picture(full, full.view.zoom(), centre)) == 0
    # zoomed in, only the tiles in view make their items, and the picture is the same
    zoomed = _picture(lazy, 0.8, QPointF(300, 200))
    made = len(lazy.scene.views_by_id.loaded)
    assert 0 < made < len(lazy.document.elements) / 2
    assert _differing_pixels(zoomed, _picture(full, 0.8, QPointF(300, 200))) <= EDGE_SHADES


def test_click_rubber_band_and_snapping_reach_elements_whose_tiles_have_no_items(make_canvas) -> None:
    canvas: Canvas = make_canvas(_wide_document())
    _fit(canvas)
    far = canvas.document.element("b383").rect  # type: ignore[union-attr]
    canvas.press(far.x + 80, far.y + 50)
    canvas.release(far.x + 80, far.y + 50)
    assert canvas.scene.selected_ids() == ["b383"]
    canvas.drag((-100, -100), (3 * 240 - 40, 2 * 160 - 20))  # a band around the first three columns of two rows
    assert sorted(canvas.scene.selected_ids()) == sorted(
        ["b0", "b1", "b2", "b24", "b25", "b26", "a0", "a1", "a24", "a25"]
    )
    assert len(canvas.scene.views_by_id.loaded) < len(canvas.document.elements)
    fresh: Canvas = make_canvas(_wide_document())
    _fit(fresh)
    targets = __import__("editor.canvas.snapping", fromlist=["SnapTargets"]).SnapTargets(fresh.scene, exclude=set())
    assert 0.0 in targets.xs and far.x + far.width in targets.xs  # from tiles without items too


def test_commands_on_elements_without_items_update_the_picture(make_canvas) -> None:
    canvas: Canvas = make_canvas(_wide_document())
    _fit(canvas)
    canvas.scene.select_ids(["b100", "b101"])
    canvas.scene.delete_selection()
    assert "b100" not in canvas.scene.views_by_id and "a100" not in canvas.scene.views_by_id
    canvas.scene.undo_stack.undo()
    assert canvas.scene.views_by_id["a100"].element_id == "a100"
    full: Canvas = make_canvas(_wide_document())
    list(full.scene.views_by_id.values())
    for zoom in (full.view.zoom(), 0.8):
        _fit(canvas)
        _fit(full)
        centre = QPointF(2400, 700)
        assert _differing_pixels(_picture(canvas, zoom, centre), _picture(full, zoom, centre)) <= EDGE_SHADES


def _shot(canvas: Canvas) -> QImage:
    """The viewport repainted as it stands (no zoom or scroll change, which would drop caches)."""
    canvas.view.viewport().repaint()
    return canvas.view.viewport().grab().toImage()


def test_the_cached_background_follows_grid_and_background_changes_and_their_undo(make_canvas) -> None:
    canvas: Canvas = make_canvas(_grid_document())
    canvas.scene.hover_id = None
    with_grid = _shot(canvas)
    assert canvas.view.cacheMode() & canvas.view.CacheModeFlag.CacheBackground
    grid = canvas.document.settings.grid.model_copy(update={"visible": False})
    assert canvas.scene.push(SetSettings({"grid": grid, "background": "#fff4d6"}))
    changed = _shot(canvas)
    assert changed.pixelColor(2, 2).name() == "#fff4d6"
    assert _differing_pixels(changed, with_grid, threshold=8) > 10000
    canvas.scene.undo_stack.undo()
    assert _differing_pixels(_shot(canvas), with_grid) == 0


def test_dragged_boxes_and_arrows_moving_whole_blit_from_qt_device_cache_only_during_the_drag(make_canvas) -> None:
    canvas: Canvas = make_canvas(_grid_document())
    moved = ["b0", "b1", "b8", "b9"]
    canvas.scene.select_ids(moved)
    canvas.hover(80, 50)
    canvas.press(80, 50)
    for step in range(1, 7):
        canvas.hover(80 + 23 * step, 50 + 11 * step, Qt.MouseButton.LeftButton)
    views = [canvas.scene.views_by_id[element_id] for element_id in [*moved, "a0", "a8"]]  # both ends move
    assert all(view.cacheMode() == view.CacheMode.DeviceCoordinateCache for view in views)
    for left_behind in ("b2", "a1", "a7"):  # a static box, arrows routed again every frame
        assert canvas.scene.views_by_id[left_behind].cacheMode() == views[0].CacheMode.NoCache, left_behind
    assert canvas.view.viewportUpdateMode() == canvas.view.ViewportUpdateMode.BoundingRectViewportUpdate
    canvas.scene.guides = []
    during = _shot(canvas)
    fresh: Canvas = make_canvas(loads(dumps(canvas.document)))  # the previewed positions, built afresh
    fresh.scene.select_ids(moved)
    assert _differing_pixels(during, _shot(fresh)) <= EDGE_SHADES
    canvas.release(80 + 23 * 6, 50 + 11 * 6)
    assert all(view.cacheMode() == view.CacheMode.NoCache for view in views)
    assert canvas.view.viewportUpdateMode() == canvas.view.ViewportUpdateMode.MinimalViewportUpdate
    assert canvas.scene.undo_stack.count() == 1


def test_a_drag_of_far_apart_boxes_repaints_only_around_them(make_canvas) -> None:
    """One bounding rectangle suits a dense drag; two corners of the grid would repaint it all."""
    canvas: Canvas = make_canvas(_grid_document())
    canvas.view.set_zoom(0.4)
    canvas.view.centerOn(QPointF(900, 450))
    canvas.scene.select_ids(["b0", "b47"])
    canvas.hover(80, 50)
    canvas.press(80, 50)
    canvas.hover(120, 90, Qt.MouseButton.LeftButton)
    canvas.hover(160, 130, Qt.MouseButton.LeftButton)
    assert canvas.view.viewportUpdateMode() == canvas.view.ViewportUpdateMode.MinimalViewportUpdate
    assert (
        canvas.scene.views_by_id["b47"].cacheMode() == canvas.scene.views_by_id["b47"].CacheMode.DeviceCoordinateCache
    )
    canvas.release(160, 130)
    assert canvas.document.element("b47").rect.x == 7 * 240 + 80  # type: ignore[union-attr]
