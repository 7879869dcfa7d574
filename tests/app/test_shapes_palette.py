"""The Shapes palette: a click, Enter or a drop inserts an element as one undo step with its text open.

Clicks and keys are real events on the palette's grid and the canvas. A real ``QDrag`` cannot be
driven under the offscreen platform (its ``exec`` returns at once: there is no platform drag), so
the drop test sends the drag-enter, drag-move and drop events Qt would deliver to the canvas,
carrying the mime data the palette's own ``mimeData()`` makes for the dragged cell.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app.shapes_dock import ELEMENT_ENTRIES, ShapeGrid
from editor.canvas.shape_drop import SHAPE_MIME
from editor.i18n.ui_locale import set_ui_language
from editor.model import Box, Frame, Legend, TextElement, texts_of


@pytest.fixture
def shown(window: Any, qtbot: Any) -> Any:
    window.resize(1600, 1000)  # the offscreen screen is small: room for the docks and the canvas
    QApplication.processEvents()
    window.shapes.show()
    return window


def click_entry(window: Any, key: str) -> ShapeGrid:
    grid = window.shapes.grid_for(key)
    rect = grid.visualItemRect(window.shapes.item_for(key))
    assert grid.viewport().rect().contains(rect.center()), key
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    return grid


def new_elements(window: Any, before: set[str]) -> list[Any]:
    return [element for element in window.document.elements if element.id not in before]


def test_click_a_preset_inserts_the_box_in_view_and_edits_its_name(shown: Any) -> None:
    scene, stack = shown.scene, shown.scene.undo_stack
    before = {element.id for element in shown.document.elements}
    click_entry(shown, "box.database")

    (box,) = new_elements(shown, before)
    assert isinstance(box, Box)
    assert (box.icon, box.name.text, box.role.text) == ("mdi6.database", "Database", "Stores records")
    visible = scene.visible_area()
    assert visible.contains(QPointF(box.rect.center.x, box.rect.center.y))
    assert scene.editor is not None and (scene.editor.element_id, scene.editor.field) == (box.id, "name")
    assert stack.count() == 1 and stack.undoText() == "Add box"

    QTest.keyClicks(shown.view.viewport(), "Orders DB")  # the preset name is selected: typing replaces it
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
    assert scene.editor is None
    assert shown.document.element(box.id).name.text == "Orders DB"
    assert stack.count() == 2

    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.document.element(box.id).name.text == "Database"  # one undo: the typing
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.document.get(box.id) is None  # the next: the insert


def test_the_plain_box_starts_empty_without_an_icon(shown: Any) -> None:
    click_entry(shown, "box.plain")
    (box,) = shown.document.elements
    assert isinstance(box, Box) and box.icon is None and box.name.text == "" and box.role.text == ""
    QTest.keyClicks(shown.view.viewport(), "Gateway")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
    assert shown.document.element(box.id).name.text == "Gateway"


@pytest.mark.parametrize("entry", ELEMENT_ENTRIES, ids=lambda entry: entry.key)
def test_each_element_entry_makes_its_kind_in_one_step(shown: Any, entry: Any) -> None:
    click_entry(shown, entry.key)
    (element,) = shown.document.elements
    if entry.kind == "legend":
        assert isinstance(element, Legend) and len(element.entries) == 1
    elif entry.kind == "frame":
        assert isinstance(element, Frame)
    else:
        assert isinstance(element, TextElement) and element.role.value == entry.kind
    assert shown.scene.undo_stack.count() == 1
    if entry.kind == "frame":
        assert shown.scene.editor is None  # a frame is drawn around things first, titled later
    else:
        assert shown.scene.editor is not None and shown.scene.editor.element_id == element.id
        QTest.keyClicks(shown.view.viewport(), "Read path")
        QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
        texts = [text.text for _field, text in texts_of(shown.document.elements[0])]
        assert "Read path" in texts
    shown.scene.undo_stack.undo()
    if entry.kind != "frame":
        shown.scene.undo_stack.undo()
    assert shown.document.elements == []


def test_enter_on_the_focused_entry_inserts_it(shown: Any) -> None:
    grid = shown.shapes.grid_for("note")
    grid.setFocus()
    grid.setCurrentItem(shown.shapes.item_for("callout"))
    QTest.keyClick(grid, Qt.Key.Key_Right)  # arrow keys walk the grid: callout -> note
    assert grid.currentItem() is shown.shapes.item_for("note")
    QTest.keyClick(grid, Qt.Key.Key_Return)
    (note,) = shown.document.elements
    assert isinstance(note, TextElement) and note.role.value == "note"
    assert shown.scene.editor is not None and shown.view.hasFocus()  # typing goes to the canvas now
    QTest.keyClicks(shown.view.viewport(), "Invalidate after commit")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
    assert shown.document.element(note.id).text.text == "Invalidate after commit"  # type: ignore[union-attr]


def drop_on_canvas(window: Any, key: str, point: QPointF) -> None:
    """What Qt delivers to the canvas when the palette cell ``key`` is dragged there and dropped."""
    grid = window.shapes.grid_for(key)
    mime = grid.mimeData([window.shapes.item_for(key)])
    assert mime.hasFormat(SHAPE_MIME)
    where = QPointF(window.view.mapFromScene(point))
    viewport = window.view.viewport()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event_type in (QDragEnterEvent, QDragMoveEvent):
        offered = event_type(where, Qt.DropAction.CopyAction, mime, buttons, modifiers)
        QApplication.sendEvent(viewport, offered)
        assert offered.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def test_dropping_a_preset_inserts_it_at_the_drop_point(shown: Any) -> None:
    centre = shown.scene.visible_area().center()
    point = QPointF(centre.x() - 150, centre.y() + 80)
    drop_on_canvas(shown, "box.queue", point)
    (box,) = shown.document.elements
    assert isinstance(box, Box) and (box.icon, box.name.text) == ("mdi6.tray-full", "Queue")
    grid = shown.document.settings.grid.size
    assert abs(box.rect.center.x - point.x()) <= grid and abs(box.rect.center.y - point.y()) <= grid
    assert shown.scene.editor is not None
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Escape)  # keeps the preset name
    assert shown.scene.editor is None and shown.document.element(box.id).name.text == "Queue"
    assert shown.scene.undo_stack.count() == 1
    shown.scene.undo_stack.undo()
    assert shown.document.elements == []


def test_dropping_a_legend_inserts_a_legend_there(shown: Any) -> None:
    point = shown.scene.visible_area().center()
    drop_on_canvas(shown, "legend", point)
    (legend,) = shown.document.elements
    assert isinstance(legend, Legend)
    assert legend.rect.x <= point.x() <= legend.rect.right and legend.rect.y <= point.y() <= legend.rect.bottom


def test_presets_start_in_the_interface_language(shown: Any) -> None:
    try:
        set_ui_language("de", remember=False)
        assert shown.shapes.windowTitle() == "Formen"
        assert shown.shapes.item_for("box.database").text() == "Datenbank"
        click_entry(shown, "box.database")
    finally:
        set_ui_language("en", remember=False)
    (box,) = shown.document.elements
    assert (box.name.text, box.role.text) == ("Datenbank", "Speichert Datensätze")
    assert shown.shapes.item_for("box.database").text() == "Database"  # back in English


def test_the_panel_sits_left_and_moves_right_in_arabic_keeping_every_width(shown: Any, qtbot: Any) -> None:
    window = shown
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.shapes) == left
    assert window.shapes.geometry().right() < window.centralWidget().geometry().x()
    widths = (window.shapes.width(), window.properties.width())
    try:
        set_ui_language("ar", remember=False)
        qtbot.waitUntil(lambda: window.dockWidgetArea(window.shapes) == right)
        qtbot.waitUntil(lambda: (window.shapes.width(), window.properties.width()) == widths)
        assert window.shapes.geometry().x() > window.centralWidget().geometry().right()
        set_ui_language("en", remember=False)  # straight back, before Qt has settled the Arabic layout
    finally:
        set_ui_language("en", remember=False)
    qtbot.waitUntil(lambda: window.dockWidgetArea(window.shapes) == left)
    qtbot.waitUntil(lambda: (window.shapes.width(), window.properties.width()) == widths)


def test_a_double_click_on_an_entry_inserts_it_once(shown: Any) -> None:
    grid = shown.shapes.grid_for("box.cache")
    rect = grid.visualItemRect(shown.shapes.item_for("box.cache"))
    inside = grid.viewport().mapTo(shown, rect.center())
    assert shown.childAt(inside) is grid.viewport()
    # through the window, as the platform delivers it: press, release, double-click, release
    QTest.mouseDClick(shown.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside)
    assert [element.name.text for element in shown.document.elements] == ["Cache"]  # type: ignore[union-attr]
    click_entry(shown, "box.cache")  # the next single click inserts again
    assert len(shown.document.elements) == 2
