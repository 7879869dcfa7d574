"""Single-key tools, the tools bar and its routing buttons, in the real window with real keys and clicks.

V, R, O, D, A, T and F switch the canvas tool only while the canvas has focus and no text is being
edited; a tool other than select makes one element where the canvas is clicked (or dragged),
as one undo step, and hands back to select.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolBar, QToolButton

from editor.model import Arrow, Box, BoxShape, Document, Frame, Routing, TextElement, dumps
from tests.canvas.conftest import Canvas, arrow, box

TOOL_KEYS = {
    Qt.Key.Key_R: "box",
    Qt.Key.Key_O: "ellipse",
    Qt.Key.Key_D: "diamond",
    Qt.Key.Key_A: "arrow",
    Qt.Key.Key_T: "text",
    Qt.Key.Key_F: "frame",
}


def _open(window, qtbot, document: Document | None = None) -> Canvas:
    window.resize(1400, 900)
    window.show_document(document or Document(elements=[box("a", 100, 100, "Client"), box("b", 500, 100, "Server")]))
    QApplication.processEvents()
    window.view.zoom_reset()
    window.view.centerOn(450, 300)
    window.view.activateWindow()
    window.view.setFocus()
    QApplication.processEvents()
    return Canvas(window.view, qtbot)


def _tool_button(window, name: str) -> QToolButton:
    bar = window.findChild(QToolBar, "toolbar.tools")
    button = bar.widgetForAction(window.actions_[name])
    assert isinstance(button, QToolButton)
    return button


def test_single_keys_switch_tools_and_the_tools_bar_follows(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    for key, name in TOOL_KEYS.items():
        QTest.keyClick(window.view, key)
        assert canvas.scene.tool == name
        assert window.actions_[f"tool.{name}"].isChecked()
        QTest.keyClick(window.view, Qt.Key.Key_V)
        assert canvas.scene.tool == "select" and window.actions_["tool.select"].isChecked()
    QTest.keyClick(window.view, Qt.Key.Key_A)
    QTest.keyClick(window.view, Qt.Key.Key_Escape)  # Esc puts the tool down
    assert canvas.scene.tool == "select"
    assert canvas.scene.undo_stack.count() == 0


def test_keys_do_nothing_while_a_text_is_edited(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    canvas.double_click(180, 150)  # edit box a's name
    assert canvas.scene.editor is not None
    QTest.keyClicks(window.view, "rat")
    assert canvas.scene.tool == "select"
    canvas.scene.editor.commit()
    name = canvas.document.element("a").name.text  # type: ignore[union-attr]
    assert name.endswith("rat")


def test_keys_do_nothing_in_a_text_field_of_a_dock(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    field = window.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    QApplication.processEvents()
    QTest.keyClicks(field, "ra")
    assert canvas.scene.tool == "select"


def test_keys_do_nothing_while_a_dock_list_has_focus(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    window.history_view.setFocus()  # a list, which takes no letters itself
    QApplication.processEvents()
    assert QApplication.focusWidget() is window.history_view
    QTest.keyClick(window.history_view, Qt.Key.Key_R)
    assert canvas.scene.tool == "select"


def test_the_box_tool_makes_a_box_where_clicked_then_select_returns(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    before = dumps(canvas.document)
    QTest.keyClick(window.view, Qt.Key.Key_R)
    canvas.press(300, 500)
    canvas.release(300, 500)
    added = canvas.document.elements[-1]
    assert isinstance(added, Box) and added.rect.center.x == 300 and added.rect.center.y == 500
    assert canvas.scene.tool == "select" and canvas.scene.undo_stack.count() == 1
    canvas.scene.editor.cancel()  # the new box's name was open for typing
    canvas.scene.undo_stack.undo()
    assert dumps(canvas.document) == before


def test_o_and_d_make_an_ellipse_and_a_diamond_of_the_dragged_size(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    before = dumps(canvas.document)
    made = []
    for key, corner in ((Qt.Key.Key_O, (700, 400)), (Qt.Key.Key_D, (700, 600))):
        window.view.setFocus()
        QTest.keyClick(window.view, key)
        canvas.drag(corner, (corner[0] + 160, corner[1] + 100))
        canvas.scene.editor.cancel()  # the new box's name was open for typing
        added = canvas.document.elements[-1]
        assert isinstance(added, Box) and (added.rect.width, added.rect.height) == (160, 100)
        made.append(added.shape)
        assert canvas.scene.tool == "select"
    assert made == [BoxShape.ELLIPSE, BoxShape.DIAMOND]
    assert canvas.scene.undo_stack.count() == 2
    while canvas.scene.undo_stack.canUndo():
        canvas.scene.undo_stack.undo()
    assert dumps(canvas.document) == before


def test_the_box_and_frame_tools_take_the_dragged_size(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_R)
    canvas.drag((700, 400), (900, 520))
    added = canvas.document.elements[-1]
    assert isinstance(added, Box) and (added.rect.x, added.rect.y, added.rect.width, added.rect.height) == (
        700,
        400,
        200,
        120,
    )
    canvas.scene.editor.cancel()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F)
    canvas.drag((60, 60), (1000, 640))
    frame = next(element for element in canvas.document.elements if isinstance(element, Frame))
    assert (frame.rect.width, frame.rect.height) == (940, 580)
    assert canvas.scene.undo_stack.count() == 2


def test_the_text_tool_makes_a_text_and_opens_it_for_typing(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_T)
    canvas.press(300, 450)
    canvas.release(300, 450)
    added = canvas.document.elements[-1]
    assert isinstance(added, TextElement)
    assert canvas.scene.editor is not None
    QTest.keyClicks(window.view, "vat")  # typed into the text, not taken as tool keys
    canvas.scene.editor.commit()
    assert canvas.document.element(added.id).text.text == "vat"  # type: ignore[union-attr]
    assert canvas.scene.tool == "select"


def test_the_arrow_tool_from_the_toolbar_and_the_insert_menu(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    QTest.mouseClick(_tool_button(window, "tool.arrow"), Qt.MouseButton.LeftButton)
    assert canvas.scene.tool == "arrow"
    canvas.drag((180, 150), (580, 150))
    made = canvas.document.elements[-1]
    assert isinstance(made, Arrow) and (made.source.element, made.target.element) == ("a", "b")
    insert = window.menus["menu.insert"]
    assert window.actions_["tool.arrow"] in insert.actions()


def test_the_routing_buttons_change_the_selected_arrow_and_follow_the_selection(window, qtbot) -> None:
    document = Document(elements=[box("a", 100, 100), box("b", 500, 300), arrow("ab", "a", "b"), box("c", 100, 500)])
    canvas = _open(window, qtbot, document)
    before = dumps(canvas.document)
    canvas.scene.select_ids(["ab"])
    QApplication.processEvents()
    assert window.actions_["arrange.route_straight"].isChecked()
    QTest.mouseClick(_tool_button(window, "arrange.route_orthogonal"), Qt.MouseButton.LeftButton)
    assert canvas.document.element("ab").routing is Routing.ORTHOGONAL  # type: ignore[union-attr]
    assert window.actions_["arrange.route_orthogonal"].isChecked()
    QTest.mouseClick(_tool_button(window, "arrange.route_curved"), Qt.MouseButton.LeftButton)
    assert canvas.document.element("ab").routing is Routing.CURVED  # type: ignore[union-attr]
    canvas.scene.select_ids(["c"])
    QApplication.processEvents()
    assert not _tool_button(window, "arrange.route_curved").isEnabled()
    canvas.scene.select_ids(["ab"])
    QApplication.processEvents()
    assert window.actions_["arrange.route_curved"].isChecked()
    assert canvas.scene.undo_stack.count() == 2
    canvas.scene.undo_stack.undo()
    canvas.scene.undo_stack.undo()
    assert dumps(canvas.document) == before


def test_a_double_clicked_tool_stays_until_esc(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    QTest.mouseDClick(_tool_button(window, "tool.arrow"), Qt.MouseButton.LeftButton)
    assert canvas.scene.tool == "arrow" and canvas.scene.tool_locked
    canvas.drag((180, 150), (580, 150))
    canvas.drag((180, 180), (400, 420))
    assert sum(isinstance(element, Arrow) for element in canvas.document.elements) == 2
    assert canvas.scene.tool == "arrow"  # locked: no hand-back to select
    canvas.key(Qt.Key.Key_Escape)
    assert canvas.scene.tool == "select" and not canvas.scene.tool_locked
