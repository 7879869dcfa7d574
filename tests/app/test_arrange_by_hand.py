"""Arranging in the main window by hand: toolbar clicks and shortcuts on a selection made with the mouse.

The canvas tests call ``scene.align`` and friends directly; these go the way a user does,
through the window's toolbar buttons and keys, and check what lands on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from editor.model import Box, Document
from tests.canvas.conftest import Canvas, box

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(window, qtbot, document: Document) -> Canvas:
    window.resize(1400, 900)
    window.show_document(document)
    QApplication.processEvents()  # the fit queued by show_document
    window.view.zoom_reset()
    window.view.centerOn(QPointF(450, 300))
    window.activateWindow()
    window.view.setFocus()
    return Canvas(window.view, qtbot)


def _rect(canvas: Canvas, element_id: str) -> tuple[float, float]:
    element = canvas.document.element(element_id)
    assert isinstance(element, Box)
    return (element.rect.x, element.rect.y)


def _click_tool(window, action_id: str) -> None:
    """A real click on the toolbar button of ``action_id``."""
    toolbar = window.findChild(QToolBar, "toolbar.main")
    action = window.actions_[action_id]
    button = toolbar.widgetForAction(action)
    assert button is not None and button.isVisible() and action.isEnabled(), action_id
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _key(canvas: Canvas, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    QTest.keyClick(canvas.view.viewport(), key, modifiers)


def test_rubber_band_then_toolbar_align_and_the_distribute_key(window, qtbot) -> None:
    document = Document(elements=[box("a", 100, 100), box("b", 340, 160), box("c", 700, 60), box("far", 100, 900)])
    canvas = _open(window, qtbot, document)
    canvas.drag((60, 40), (880, 300))  # band over a, b and c (not far)
    assert set(canvas.scene.selected_ids()) == {"a", "b", "c"}
    _click_tool(window, "arrange.align_top")
    assert {_rect(canvas, i)[1] for i in "abc"} == {60}
    _key(canvas, Qt.Key.Key_H, ALT | SHIFT)  # distribute horizontally
    xs = [_rect(canvas, i)[0] for i in "abc"]
    assert xs == [100, 400, 700]  # even gaps of 140 between 160-wide boxes
    assert _rect(canvas, "far") == (100, 900)
    stack = canvas.scene.undo_stack
    assert stack.count() == 2
    _key(canvas, Qt.Key.Key_Z, CTRL)
    _key(canvas, Qt.Key.Key_Z, CTRL)
    assert canvas.document.model_dump() == document.model_dump()


def test_bring_to_front_and_send_to_back_change_what_a_click_on_the_overlap_picks(window, qtbot) -> None:
    document = Document(elements=[box("under", 100, 100), box("over", 180, 150)])
    document.elements[1].z = 5
    canvas = _open(window, qtbot, document)
    overlap = (220, 180)
    canvas.press(*overlap)
    canvas.release(*overlap)
    assert canvas.scene.selected_ids() == ["over"]
    canvas.press(140, 120)  # the part of "under" nothing covers
    canvas.release(140, 120)
    _key(canvas, Qt.Key.Key_BracketRight, CTRL | SHIFT)  # bring to front
    canvas.press(600, 500)  # empty canvas: nothing selected
    canvas.release(600, 500)
    canvas.press(*overlap)
    canvas.release(*overlap)
    assert canvas.scene.selected_ids() == ["under"]
    _click_tool(window, "arrange.back")  # and back again, by the toolbar
    canvas.press(600, 500)
    canvas.release(600, 500)
    canvas.press(*overlap)
    canvas.release(*overlap)
    assert canvas.scene.selected_ids() == ["over"]
    assert canvas.scene.undo_stack.count() == 2


def test_the_snap_toggle_key_decides_where_a_drag_lands(window, qtbot) -> None:
    canvas = _open(window, qtbot, Document(elements=[box("a", 100, 100)]))
    if not canvas.scene.snap_to_grid:
        _key(canvas, Qt.Key.Key_Semicolon, CTRL)
    assert canvas.scene.snap_to_grid and window.actions_["view.snap"].isChecked()
    canvas.drag((180, 150), (180 + 47, 150 + 33))
    assert _rect(canvas, "a") == (140, 140)  # on the 20 px grid
    _key(canvas, Qt.Key.Key_Semicolon, CTRL)
    assert not canvas.scene.snap_to_grid and not window.actions_["view.snap"].isChecked()
    canvas.drag((220, 190), (220 + 13, 190 + 7))
    assert _rect(canvas, "a") == (153, 147)  # exactly where the mouse took it
