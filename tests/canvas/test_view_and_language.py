"""Zoom and pan with real wheel/mouse/keys, editing in another language, badges, label editor, tiles."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.canvas.badges import visible_badges
from editor.model import Box, Document, Origin, Settings
from editor.render.fonts import qfont
from editor.render.layout import layout_document
from editor.render.svg import to_svg
from tests.canvas.conftest import Canvas, box


def _wheel(canvas: Canvas, at: QPoint, steps: int, modifiers: Qt.KeyboardModifier) -> None:
    event = QWheelEvent(
        QPointF(at),
        QPointF(canvas.view.viewport().mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.view.viewport(), event)


def test_ctrl_wheel_zooms_around_the_cursor(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100)]))
    cursor = canvas.at(180, 150)
    _wheel(canvas, cursor, 2, Qt.KeyboardModifier.ControlModifier)
    assert canvas.view.zoom() == 1.25**2
    under = canvas.view.mapToScene(cursor)
    assert abs(under.x() - 180) <= 1 and abs(under.y() - 150) <= 1  # the point under the cursor stayed
    _wheel(canvas, cursor, -1, Qt.KeyboardModifier.ControlModifier)
    assert abs(canvas.view.zoom() - 1.25) < 1e-9


def _move(canvas: Canvas, at: QPoint, buttons: Qt.MouseButton) -> None:
    """A mouse move at a viewport point (the scene moves under it while panning)."""
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(at),
        QPointF(canvas.view.viewport().mapToGlobal(at)),
        Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas.view.viewport(), event)


def test_middle_button_and_space_drag_pan(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100)]))
    viewport = canvas.view.viewport()
    before = canvas.view.mapToScene(QPoint(500, 350))
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(500, 350))
    _move(canvas, QPoint(400, 300), Qt.MouseButton.MiddleButton)
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 300))
    after = canvas.view.mapToScene(QPoint(500, 350))
    assert (round(after.x() - before.x()), round(after.y() - before.y())) == (100, 50)
    QTest.keyPress(viewport, Qt.Key.Key_Space)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 300))
    _move(canvas, QPoint(430, 315), Qt.MouseButton.LeftButton)
    _move(canvas, QPoint(460, 330), Qt.MouseButton.LeftButton)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(460, 330))
    QTest.keyRelease(viewport, Qt.Key.Key_Space)
    moved = canvas.view.mapToScene(QPoint(500, 350))
    assert (round(moved.x() - after.x()), round(moved.y() - after.y())) == (-60, -30)
    assert canvas.document.model_dump() == Document(elements=[box("a", 100, 100)]).model_dump()  # nothing moved
    assert canvas.scene.undo_stack.count() == 0


def _bilingual() -> Document:
    return Document(
        settings=Settings(languages=["en", "de"]), elements=[box("api", 100, 100, "API"), box("db", 400, 100)]
    )


def test_editing_a_label_in_another_language_writes_that_variant_only(make_canvas) -> None:
    canvas: Canvas = make_canvas(_bilingual())
    canvas.scene.set_language("de")
    canvas.double_click(180, 130)
    assert canvas.scene.editor is not None and canvas.scene.editor.field == "name"
    canvas.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    canvas.type("Schnittstelle")
    canvas.key(Qt.Key.Key_Return)
    edited = canvas.document.element("api")
    assert isinstance(edited, Box)
    assert edited.name.text == "API"  # the source stays
    variant = edited.name.variants["de"]
    assert (variant.text, variant.source, variant.origin) == ("Schnittstelle", "API", Origin.HUMAN)


def test_translation_badges_draw_on_screen_only_and_clear(make_canvas) -> None:
    canvas: Canvas = make_canvas(_bilingual())
    canvas.scene.set_translation_badges({"api": "stale", "db": "review"})
    exposed = canvas.view.mapToScene(canvas.view.viewport().rect()).boundingRect()
    assert visible_badges(canvas.scene, exposed) == {"api": "stale", "db": "review"}
    image = canvas.view.grab().toImage()
    corner = canvas.at(260, 100) + QPoint(0, 5)  # api's top-right corner, below the glyph: the stale amber
    colour = image.pixelColor(corner)
    assert (colour.red(), colour.green(), colour.blue()) == (0xE0, 0xA1, 0x00)
    svg = to_svg(layout_document(canvas.document))
    assert "e0a100" not in svg.lower()  # never in exports
    canvas.scene.set_translation_badges({})
    assert visible_badges(canvas.scene, exposed) == {}
    # source text shown for a missing German name is marked by the canvas itself
    canvas.scene.set_language("de")
    assert visible_badges(canvas.scene, exposed) == {"api": "missing", "db": "missing"}
    canvas.view.grab()


def test_the_text_editor_sits_over_the_label_it_edits(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("api", 100, 100, "Gateway")]))
    canvas.double_click(180, 130)
    editor = canvas.scene.editor
    assert editor is not None
    lines = [op for op in canvas.scene.views_by_id["api"].element_group().ops if getattr(op, "text", "") == "Gateway"]
    assert len(lines) == 1
    line = lines[0]
    top = editor.pos().y()
    assert abs(top - (line.y - line.ascent)) < 0.5
    assert editor.font() == qfont(line.families, line.size, line.weight)  # the font the label is painted in
    centre = editor.pos().x() + editor.textWidth() / 2
    assert abs(centre - (line.x + line.width / 2)) < 1.5


def test_zoomed_out_tiles_paint_proxies_and_detail_returns_on_zoom_in(make_canvas) -> None:
    elements = [box(f"b{n}", (n % 10) * 240, (n // 10) * 160) for n in range(60)]
    canvas: Canvas = make_canvas(Document(elements=elements))
    canvas.view.set_zoom(0.2)
    canvas.view.viewport().repaint()
    tiles = canvas.scene._tiles.values()
    assert tiles and not any(tile.detailed for tile in tiles)
    assert canvas.scene.element_at(QPointF(50, 50)) is not None  # still hit-testable
    canvas.view.set_zoom(1.0)
    canvas.view.centerOn(QPointF(100, 100))
    canvas.view.viewport().repaint()
    assert any(tile.detailed for tile in canvas.scene._tiles.values())
