"""The properties panel edits a multi-selection, and each change is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from editor.model import Arrow, Box, Routing

BOXES = ["api", "redis", "database"]


def shift_click_boxes(window, qtbot, ids: list[str]) -> None:
    """Select with real clicks on the canvas: click the first, Shift-click the others."""
    window.view.zoom_to_fit()
    for number, element_id in enumerate(ids):
        element = window.document.element(element_id)
        assert isinstance(element, Box)
        center = window.view.mapFromScene(element.rect.x + element.rect.width / 2, element.rect.y + 8)
        modifier = Qt.KeyboardModifier.ShiftModifier if number else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, modifier, QPoint(center.x(), center.y()))
    assert sorted(window.scene.selected_ids()) == sorted(ids)


def choose_with_keyboard(qtbot, combo, value: str) -> None:
    """Arrow-key through a combo box until it shows ``value`` (each step is a real key press)."""
    combo.setFocus()
    for _ in range(combo.count() + 1):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{value!r} not reachable")


def test_fill_on_three_boxes_is_one_undo_step(window, example_path, qtbot) -> None:
    window.files.open_path(str(example_path))
    before = {element_id: window.document.element(element_id).style.fill for element_id in BOXES}
    shift_click_boxes(window, qtbot, BOXES)
    assert sorted(window.properties.ids) == sorted(BOXES)
    assert "3" in window.properties.summary.text()

    code = window.properties.style_fields["fill"].code
    assert isinstance(code, QLineEdit)
    code.setFocus()
    code.selectAll()
    qtbot.keyClicks(code, "#FF8800")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert all(window.document.element(element_id).style.fill == "#ff8800" for element_id in BOXES)
    assert window.scene.undo_stack.count() == 1

    window.actions_["edit.undo"].trigger()
    assert {element_id: window.document.element(element_id).style.fill for element_id in BOXES} == before
    assert code.text() == ""  # the panel re-read the restored values (all follow the theme again)


def test_spinning_stroke_width_merges_into_one_step(window, example_path, qtbot) -> None:
    window.files.open_path(str(example_path))
    shift_click_boxes(window, qtbot, ["api", "redis"])
    spin = window.properties.style_fields["stroke_width"]
    spin.setFocus()
    for _ in range(4):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    widths = {window.document.element(element_id).style.stroke_width for element_id in ("api", "redis")}
    assert widths == {1.5}  # from "Theme" to 0, then three steps of 0.5
    assert window.scene.undo_stack.count() == 1
    window.scene.undo_stack.undo()
    assert {window.document.element(element_id).style.stroke_width for element_id in ("api", "redis")} == {None}


def test_mixed_values_show_as_mixed_and_palette_role_applies_to_all(window, example_path, qtbot) -> None:
    window.files.open_path(str(example_path))
    shift_click_boxes(window, qtbot, ["redis", "database"])
    palette = window.properties.style_fields["palette"]
    roles = {window.document.element(element_id).style.palette for element_id in ("redis", "database")}
    if len(roles) > 1:
        assert palette.currentIndex() == -1
    choose_with_keyboard(qtbot, palette, "accent")
    assert {window.document.element(element_id).style.palette for element_id in ("redis", "database")} == {"accent"}
    assert window.scene.undo_stack.count() == 1  # arrowing through the list is one step
    window.scene.undo_stack.undo()
    assert {window.document.element(element_id).style.palette for element_id in ("redis", "database")} == roles


def test_arrow_routing_applies_to_the_selected_arrows(window, example_path, qtbot) -> None:
    window.files.open_path(str(example_path))
    arrows = [element.id for element in window.document.elements if isinstance(element, Arrow)][:3]
    window.scene.select_ids(arrows)
    assert not window.properties.arrow_group.isHidden()
    routing = window.properties.arrow_fields["routing"]
    choose_with_keyboard(qtbot, routing, Routing.CURVED.value)
    assert {window.document.element(arrow_id).routing for arrow_id in arrows} == {Routing.CURVED}
    assert window.scene.undo_stack.count() == 1
