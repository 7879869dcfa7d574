"""In the main window: zoom keys and the zoom indicator, wheel scrolling, undo/redo keys for gestures.

Keys go to the canvas viewport as a user's would, so the window's shortcuts (QActions)
and the canvas compete exactly as in the running app.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from editor.model import Box, Document
from tests.canvas.conftest import Canvas, arrow, box

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(window, qtbot) -> Canvas:
    document = Document(elements=[box("a", 100, 100), box("b", 500, 100), box("c", 300, 900), arrow("ab", "a", "b")])
    window.resize(1400, 900)
    window.show_document(document)
    QApplication.processEvents()  # the fit queued by show_document
    window.view.setFocus()
    return Canvas(window.view, qtbot)


def _indicator(window) -> str:
    label = window.findChild(QLabel, "status.zoom")
    assert label is not None and label.isVisible()
    return label.text()


def _key(canvas: Canvas, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    canvas.qtbot.keyClick(canvas.view.viewport(), key, modifiers)  # type: ignore[attr-defined]


def test_zoom_keys_and_the_indicator_in_the_status_bar(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    _key(canvas, Qt.Key.Key_0, CTRL)
    assert canvas.view.zoom() == 1.0 and _indicator(window) == "100 %"
    _key(canvas, Qt.Key.Key_Plus, CTRL)
    assert canvas.view.zoom() == 1.25 and _indicator(window) == "125 %"
    _key(canvas, Qt.Key.Key_Equal, CTRL)  # Ctrl+= too: the same key without Shift on most layouts
    assert abs(canvas.view.zoom() - 1.5625) < 1e-9 and _indicator(window) == "156 %"
    _key(canvas, Qt.Key.Key_Minus, CTRL)
    _key(canvas, Qt.Key.Key_Minus, CTRL)
    assert abs(canvas.view.zoom() - 1.0) < 1e-9 and _indicator(window) == "100 %"
    _key(canvas, Qt.Key.Key_H, CTRL | SHIFT)  # fit to content
    fitted = canvas.view.zoom()
    assert fitted < 1.0 and _indicator(window) == f"{fitted * 100:.0f} %"
    shown = canvas.view.mapToScene(canvas.view.viewport().rect()).boundingRect()
    assert shown.contains(canvas.scene.content_bounds())  # all three boxes (b is far down) in view
    _key(canvas, Qt.Key.Key_0, CTRL)
    _key(canvas, Qt.Key.Key_1, SHIFT)  # the draw.io / Excalidraw fit key
    assert canvas.view.zoom() == fitted
    assert canvas.scene.undo_stack.count() == 0  # zooming is not an edit


def test_zoom_keys_keep_the_point_under_the_cursor(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    _key(canvas, Qt.Key.Key_0, CTRL)
    viewport = canvas.view.viewport()
    cursor = QPoint(viewport.width() // 4, viewport.height() // 3)  # well away from the centre
    QCursor.setPos(viewport.mapToGlobal(cursor))
    pointed = canvas.view.mapToScene(cursor)
    _key(canvas, Qt.Key.Key_Plus, CTRL)
    _key(canvas, Qt.Key.Key_Plus, CTRL)
    assert canvas.view.zoom() == 1.25**2
    under = canvas.view.mapToScene(cursor)
    assert abs(under.x() - pointed.x()) <= 1 and abs(under.y() - pointed.y()) <= 1
    _key(canvas, Qt.Key.Key_Minus, CTRL)
    under = canvas.view.mapToScene(cursor)
    assert abs(under.x() - pointed.x()) <= 1 and abs(under.y() - pointed.y()) <= 1


def _wheel(canvas: Canvas, delta: QPoint, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    at = canvas.view.viewport().rect().center()
    event = QWheelEvent(
        QPointF(at),
        QPointF(canvas.view.viewport().mapToGlobal(at)),
        QPoint(0, 0),
        delta,
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.view.viewport(), event)


def test_the_wheel_without_ctrl_scrolls_and_shift_wheel_scrolls_sideways(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    _key(canvas, Qt.Key.Key_0, CTRL)
    vertical, horizontal = canvas.view.verticalScrollBar(), canvas.view.horizontalScrollBar()
    top, left = vertical.value(), horizontal.value()
    _wheel(canvas, QPoint(0, -240))  # two notches towards the user: content moves up
    assert vertical.value() > top and horizontal.value() == left
    assert canvas.view.zoom() == 1.0
    top = vertical.value()
    _wheel(canvas, QPoint(0, -240), SHIFT)
    assert horizontal.value() > left and vertical.value() == top
    assert canvas.view.zoom() == 1.0 and _indicator(window) == "100 %"


def _corner(canvas: Canvas, element_id: str) -> tuple[float, float]:
    element = canvas.document.element(element_id)
    assert isinstance(element, Box)
    return (element.rect.x, element.rect.y)


def test_a_drag_is_one_step_for_ctrl_z_and_both_redo_keys(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    _key(canvas, Qt.Key.Key_0, CTRL)
    canvas.view.centerOn(QPointF(450, 300))
    canvas.drag((180, 150), (300, 260), steps=12, modifiers=Qt.KeyboardModifier.AltModifier)
    assert _corner(canvas, "a") == (220, 210)
    stack = canvas.scene.undo_stack
    assert stack.count() == 1
    _key(canvas, Qt.Key.Key_Z, CTRL)
    assert _corner(canvas, "a") == (100, 100)
    _key(canvas, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _corner(canvas, "a") == (220, 210)
    _key(canvas, Qt.Key.Key_Z, CTRL)
    _key(canvas, Qt.Key.Key_Y, CTRL)
    assert _corner(canvas, "a") == (220, 210)
    assert (stack.count(), stack.index()) == (1, 1)
    assert window.isWindowModified()


def test_a_burst_of_arrow_keys_is_one_step_for_ctrl_z(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    canvas.scene.select_ids(["b"])
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        _key(canvas, key)
    _key(canvas, Qt.Key.Key_Down, SHIFT)
    large = canvas.document.settings.grid.size if canvas.scene.snap_to_grid else 10  # snapping: one grid cell
    assert _corner(canvas, "b") == (502, 101 + large)
    _key(canvas, Qt.Key.Key_Z, CTRL)
    assert _corner(canvas, "b") == (500, 100)
    assert canvas.scene.undo_stack.index() == 0


def test_while_editing_a_label_the_editing_keys_act_on_the_text(window, qtbot) -> None:
    """Ctrl+Z, Delete and Ctrl+A are window shortcuts too; the open editor must get them first."""
    canvas = _open(window, qtbot)
    _key(canvas, Qt.Key.Key_0, CTRL)
    canvas.view.centerOn(QPointF(450, 300))
    canvas.drag((580, 150), (600, 150), modifiers=Qt.KeyboardModifier.AltModifier)  # b moves: one step
    canvas.scene.select_ids(["a"])
    _key(canvas, Qt.Key.Key_F2)
    assert canvas.scene.editor is not None
    canvas.type("Gateway")
    _key(canvas, Qt.Key.Key_Z, CTRL)  # undoes typing in the editor, not the move of b
    assert _corner(canvas, "b") == (520, 100)
    _key(canvas, Qt.Key.Key_A, CTRL)
    canvas.type("Edge")
    _key(canvas, Qt.Key.Key_End)
    _key(canvas, Qt.Key.Key_Left)
    _key(canvas, Qt.Key.Key_Delete)  # the "e", not the box
    _key(canvas, Qt.Key.Key_Return)
    edited = canvas.document.element("a")
    assert isinstance(edited, Box) and edited.name.text == "Edg"
    assert [element.id for element in canvas.document.elements] == ["a", "b", "c", "ab"]
    assert canvas.scene.undo_stack.count() == 2
    _key(canvas, Qt.Key.Key_Z, CTRL)  # now the window's undo: the edit
    assert canvas.document.element("a").name.text == "a"  # type: ignore[union-attr]


def test_undo_and_redo_keys_wait_for_the_drag_in_progress(window, qtbot) -> None:
    """Ctrl+Z mid-drag would revert a step under the previewed move and break the history."""
    canvas = _open(window, qtbot)
    _key(canvas, Qt.Key.Key_0, CTRL)
    canvas.view.centerOn(QPointF(450, 300))
    start = canvas.document.model_dump()
    canvas.drag((180, 150), (180, 250), modifiers=Qt.KeyboardModifier.AltModifier)  # step 1: a down by 100
    canvas.hover(180, 250)
    canvas.press(180, 250, Qt.KeyboardModifier.AltModifier)
    canvas.hover(230, 250, Qt.MouseButton.LeftButton)
    canvas.hover(280, 250, Qt.MouseButton.LeftButton)
    _key(canvas, Qt.Key.Key_Z, CTRL)
    _key(canvas, Qt.Key.Key_Y, CTRL)
    canvas.release(280, 250, Qt.KeyboardModifier.AltModifier)
    assert _corner(canvas, "a") == (200, 200)
    stack = canvas.scene.undo_stack
    assert (stack.count(), stack.index()) == (2, 2)
    _key(canvas, Qt.Key.Key_Z, CTRL)
    _key(canvas, Qt.Key.Key_Z, CTRL)
    assert canvas.document.model_dump() == start


def test_escape_mid_drag_in_the_window_puts_the_box_back_and_leaves_no_step(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    _key(canvas, Qt.Key.Key_0, CTRL)
    canvas.view.centerOn(QPointF(450, 300))
    canvas.hover(180, 150)
    canvas.press(180, 150)
    canvas.hover(260, 230, Qt.MouseButton.LeftButton)
    assert _corner(canvas, "a") != (100, 100)  # the preview moved it
    _key(canvas, Qt.Key.Key_Escape)
    assert _corner(canvas, "a") == (100, 100)
    canvas.release(260, 230)
    assert _corner(canvas, "a") == (100, 100)
    assert canvas.scene.undo_stack.count() == 0 and not window.isWindowModified()


def test_clicking_into_a_dock_commits_the_label_being_edited(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    canvas.scene.select_ids(["a"])
    _key(canvas, Qt.Key.Key_F2)
    canvas.type("Gateway")
    search = window.icons.search
    QTest.mouseClick(search, Qt.MouseButton.LeftButton)  # the icon picker's search field
    assert canvas.scene.editor is None
    edited = canvas.document.element("a")
    assert isinstance(edited, Box) and edited.name.text == "Gateway"
    assert canvas.scene.undo_stack.count() == 1
