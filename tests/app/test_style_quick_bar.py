"""The style quick bar and Copy or Paste Style, by real clicks and keys in a real window.

The bar floats next to the selection (never over it), sets a palette role, a dash or the
hand-drawn look on every selected element as one undo step each, and hides while a text is
edited. Ctrl+Alt+C copies the first selected element's style, Ctrl+Alt+V gives it to every
selected one as one step. Undo returns the document byte for byte.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QToolButton

from editor.i18n.ui_locale import set_ui_language
from editor.model import Dash, Style, dumps
from tests.app.test_groups_and_locks import CTRL, click, open_boxes

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def bar_button(window, name: str) -> QToolButton:
    button = window.quick_bar.findChild(QToolButton, name)
    assert button is not None, name
    return button


def selection_on_screen(window) -> QRect:
    rects = [window.view.mapFromScene(view.rect()).boundingRect() for view in window.scene.selectedItems()]
    united = rects[0]
    for rect in rects[1:]:
        united = united.united(rect)
    return united


def test_the_bar_follows_the_selection_and_restyles_all_of_it(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    before = dumps(canvas.document)
    assert not window.quick_bar.isVisible()
    click(canvas, 180, 150)
    click(canvas, 380, 150, CTRL)
    qtbot.waitUntil(window.quick_bar.isVisible)
    assert not window.quick_bar.geometry().intersects(selection_on_screen(window))
    steps = canvas.scene.undo_stack.count()
    qtbot.mouseClick(bar_button(window, "style_quick_bar.palette.accent"), Qt.MouseButton.LeftButton)
    assert [canvas.document.element(i).style.palette for i in "abc"] == ["accent", "accent", None]
    qtbot.mouseClick(bar_button(window, "style_quick_bar.dash.dotted"), Qt.MouseButton.LeftButton)
    assert [canvas.document.element(i).style.dash for i in "ab"] == [Dash.DOTTED, Dash.DOTTED]
    qtbot.mouseClick(bar_button(window, "style_quick_bar.sketch"), Qt.MouseButton.LeftButton)
    assert [canvas.document.element(i).style.sketch for i in "ab"] == [False, False]  # the whiteboard sketches
    assert canvas.scene.undo_stack.count() == steps + 3
    assert bar_button(window, "style_quick_bar.palette.accent").isChecked()
    assert bar_button(window, "style_quick_bar.dash.dotted").isChecked()
    for _ in range(3):
        canvas.key(Qt.Key.Key_Z, CTRL)
    assert dumps(canvas.document) == before


def test_the_bar_hides_while_a_text_is_edited_and_when_nothing_is_selected(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    click(canvas, 180, 150)
    qtbot.waitUntil(window.quick_bar.isVisible)
    canvas.double_click(180, 150)
    assert canvas.scene.editor is not None
    qtbot.waitUntil(lambda: not window.quick_bar.isVisible())
    canvas.key(Qt.Key.Key_Escape)  # closing without a change sends no document signal
    qtbot.waitUntil(window.quick_bar.isVisible)
    click(canvas, 700, 500)
    qtbot.waitUntil(lambda: not window.quick_bar.isVisible())


def test_copy_style_and_paste_style_by_their_keys(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    click(canvas, 180, 150)
    qtbot.mouseClick(bar_button(window, "style_quick_bar.palette.note"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar_button(window, "style_quick_bar.dash.dashed"), Qt.MouseButton.LeftButton)
    styled = dumps(canvas.document)
    source = canvas.document.element("a").style
    assert not window.actions_["edit.paste_style"].isEnabled()
    canvas.key(Qt.Key.Key_C, CTRL_ALT)
    assert window.actions_["edit.paste_style"].isEnabled()
    click(canvas, 380, 150)
    click(canvas, 680, 150, CTRL)
    steps = canvas.scene.undo_stack.count()
    canvas.key(Qt.Key.Key_V, CTRL_ALT)
    assert canvas.scene.undo_stack.count() == steps + 1
    for element_id in "bc":
        assert canvas.document.element(element_id).style == source
    assert source == Style(palette="note", dash=Dash.DASHED)
    canvas.key(Qt.Key.Key_Z, CTRL)
    assert dumps(canvas.document) == styled


def test_the_bar_hides_during_a_drag_and_comes_back_beside_the_moved_selection(window, qtbot) -> None:
    canvas = open_boxes(window, qtbot)
    click(canvas, 180, 150)
    qtbot.waitUntil(window.quick_bar.isVisible)
    before = window.quick_bar.pos()
    canvas.press(180, 150)
    canvas.hover(200, 170, Qt.MouseButton.LeftButton)
    canvas.hover(240, 230, Qt.MouseButton.LeftButton)
    assert canvas.scene.interaction is not None
    assert not window.quick_bar.isVisible()
    canvas.release(240, 230)
    qtbot.waitUntil(window.quick_bar.isVisible)
    assert window.quick_bar.pos() != before
    assert not window.quick_bar.geometry().intersects(selection_on_screen(window))


def test_the_bar_speaks_the_interface_language(window, qtbot) -> None:
    accent = bar_button(window, "style_quick_bar.palette.accent")
    assert accent.toolTip() == "Palette role: Accent"
    try:
        set_ui_language("de", remember=False)
        assert accent.toolTip().startswith("Palettenrolle: ")
        assert accent.accessibleName() == accent.toolTip()
        assert bar_button(window, "style_quick_bar.sketch").toolTip() == "Handgezeichnet ein oder aus"
    finally:
        set_ui_language("en", remember=False)
    assert accent.toolTip() == "Palette role: Accent"
