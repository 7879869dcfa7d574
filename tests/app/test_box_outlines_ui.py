"""Box outlines in the app: the Shapes dock's outlines and search (real key events), inserting by
click, hit-testing an outline on the canvas, and the Outline choice in the Properties dock."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app.palette_entries import OUTLINE_ENTRIES
from editor.i18n.ui_locale import set_ui_language
from editor.model import ACTOR_FIGURE, Box, BoxShape, Document, Rect, plain
from tests.app.test_shapes_palette import click_entry, drop_on_canvas


@pytest.fixture
def shown(window: Any) -> Any:
    window.resize(1600, 1000)
    QApplication.processEvents()
    window.shapes.show()
    return window


def search(window: Any, text: str) -> list[str]:
    """Type ``text`` into the dock's search field as a user does; the keys of the cells left shown."""
    field = window.shapes.search
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, text)
    QApplication.processEvents()
    return window.shapes.shown_keys()


def palette_keys(keys: list[str]) -> list[str]:
    return [key for key in keys if not key.startswith("icon.")]


def test_the_dock_offers_every_outline(shown: Any) -> None:
    assert {entry.outline or BoxShape.RECTANGLE for entry in OUTLINE_ENTRIES} == set(BoxShape)
    keys = shown.shapes.shown_keys()
    assert all(f"outline.{shape.value}" in keys for shape in BoxShape)
    assert not any(key.startswith("icon.") for key in keys)  # icons only answer a search


def test_search_filters_shapes_and_icons_by_name_in_any_case(shown: Any) -> None:
    keys = search(shown, "ELLip")
    assert palette_keys(keys) == ["outline.ellipse"]
    assert "icon.mdi6.ellipse" in keys
    assert shown.shapes.boxes.isHidden() and shown.shapes.elements.isHidden()  # no match there: heading gone too

    keys = search(shown, "database")
    assert palette_keys(keys) == ["box.database"]
    assert keys[1:4] == ["icon.mdi6.database", "icon.mdi6.database-outline", "icon.fa6s.database"]

    assert search(shown, "qqzzx") == [] and shown.shapes.no_match.isVisibleTo(shown.shapes)
    keys = search(shown, "")
    assert len(keys) == sum(grid.count() for grid in shown.shapes.grids()) and not shown.shapes.no_match.isVisibleTo(
        shown.shapes
    )


def test_search_in_german_finds_by_the_german_and_the_english_name(shown: Any) -> None:
    try:
        set_ui_language("de", remember=False)
        keys = search(shown, "zylinder")
        assert palette_keys(keys) == ["outline.cylinder"]
        assert "icon.mdi6.cylinder" in keys  # icons have English names: reached through "Cylinder"
        keys = search(shown, "Datenbank")
        assert palette_keys(keys) == ["box.database"] and "icon.mdi6.database" in keys
        assert palette_keys(search(shown, "hexagon")) == ["outline.hexagon"]  # English still works
        assert shown.shapes.item_for("outline.hexagon").text() == "Sechseck"
    finally:
        set_ui_language("en", remember=False)
    assert palette_keys(search(shown, "sechseck")) == []  # back in English


def test_clicking_the_ellipse_inserts_an_ellipse_in_one_step(shown: Any) -> None:
    click_entry(shown, "outline.ellipse")
    (box,) = shown.document.elements
    assert isinstance(box, Box) and box.shape is BoxShape.ELLIPSE and box.name.text == ""
    assert shown.scene.undo_stack.count() == 1 and shown.scene.undo_stack.undoText() == "Add box"
    QTest.keyClicks(shown.view.viewport(), "Start")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
    assert shown.document.element(box.id).name.text == "Start"


def test_a_found_outline_and_a_found_icon_insert_from_the_search(shown: Any) -> None:
    search(shown, "actor")
    click_entry(shown, "outline.actor")
    (actor,) = shown.document.elements
    assert isinstance(actor, Box) and actor.shape is BoxShape.ACTOR and actor.rect.height > actor.rect.width
    search(shown, "database")
    click_entry(shown, "icon.mdi6.database")
    boxes = [element for element in shown.document.elements if element.id != actor.id]
    assert len(boxes) == 1 and isinstance(boxes[0], Box) and boxes[0].icon == "mdi6.database"


def test_dropping_a_cylinder_makes_a_cylinder_there(shown: Any) -> None:
    point = shown.scene.visible_area().center()
    drop_on_canvas(shown, "outline.cylinder", point)
    (box,) = shown.document.elements
    assert isinstance(box, Box) and box.shape is BoxShape.CYLINDER


def _click_scene(window: Any, x: float, y: float) -> None:
    where: QPoint = window.view.mapFromScene(QPointF(x, y))
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def test_an_ellipse_is_hit_inside_its_outline_only(shown: Any) -> None:
    document = Document(
        elements=[Box(id="oval", rect=Rect(x=100, y=100, width=300, height=200), shape="ellipse", name=plain("Oval"))]
    )
    shown.show_document(document)
    QApplication.processEvents()
    _click_scene(shown, 112, 112)  # inside the bounding box, outside the ellipse
    assert shown.scene.selected_ids() == []
    _click_scene(shown, 250, 290)  # inside, near the bottom of the rim
    assert shown.scene.selected_ids() == ["oval"]


def test_the_outline_choice_changes_every_selected_box_undoably(shown: Any) -> None:
    document = Document(
        elements=[
            Box(id="a", rect=Rect(x=0, y=0, width=200, height=120), name=plain("A")),
            Box(id="b", rect=Rect(x=300, y=0, width=200, height=120), shape="diamond", name=plain("B")),
        ]
    )
    shown.show_document(document)
    shown.properties.show()
    shown.scene.select_ids(["a"])
    QApplication.processEvents()
    combo = shown.properties.box_fields["shape"]
    assert combo.isVisibleTo(shown.properties) and combo.currentText() == "Rectangle"
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # rectangle -> ellipse, as a user arrows through the list
    assert shown.document.element("a").outline is BoxShape.ELLIPSE  # type: ignore[union-attr]
    assert shown.scene.undo_stack.undoText() == "Change outline"
    shown.scene.undo_stack.undo()
    assert shown.document.element("a").outline is BoxShape.RECTANGLE  # type: ignore[union-attr]

    shown.scene.select_ids(["a", "b"])
    QApplication.processEvents()
    assert combo.currentIndex() == -1  # mixed
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)  # the last outline: the note
    assert {shown.document.element(key).outline for key in "ab"} == {BoxShape.NOTE}  # type: ignore[union-attr]
    shown.scene.undo_stack.undo()  # one step for both boxes
    assert [shown.document.element(key).outline.value for key in "ab"] == ["rectangle", "diamond"]  # type: ignore[union-attr]


def test_typing_a_new_actors_name_happens_under_the_figure(shown: Any) -> None:
    click_entry(shown, "outline.actor")
    (actor,) = shown.document.elements
    editor = shown.scene.editor
    assert editor is not None and editor.element_id == actor.id
    figure_bottom = actor.rect.y + actor.rect.height * ACTOR_FIGURE
    assert editor.pos().y() >= figure_bottom  # not over the stick figure
    QTest.keyClicks(shown.view.viewport(), "Customer")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
    assert shown.document.element(actor.id).name.text == "Customer"
