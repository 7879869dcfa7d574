"""New boxes land in free space: a click in the Shapes palette used to put the new box on top
of whatever sat at the centre of the view (a drop on the canvas stays where it was aimed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.model import Document
from tests.app.test_shapes_palette import click_entry, new_elements
from tests.canvas.conftest import box


def _rect(element: Any) -> QRectF:
    return QRectF(element.rect.x, element.rect.y, element.rect.width, element.rect.height)


def test_a_palette_click_places_the_box_in_free_space_near_the_centre(window: Any, qtbot: Any) -> None:
    window.resize(1600, 1000)
    QApplication.processEvents()
    window.shapes.show()
    window.show_document(Document(elements=[box("a", 0, 0, "Cache")]))
    QApplication.processEvents()
    window.view.centerOn(80, 50)  # the box sits right in the middle of the view
    QApplication.processEvents()
    for _ in range(3):
        before = {element.id for element in window.document.elements}
        click_entry(window, "box.database")
        QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)  # keep the preset name
        (added,) = new_elements(window, before)
        others = [element for element in window.document.elements if element.id != added.id]
        assert not any(_rect(added).intersects(_rect(other)) for other in others)
        centre = window.scene.visible_area().center()
        assert abs(added.rect.center.x - centre.x()) < 400 and abs(added.rect.center.y - centre.y()) < 400
    window.scene.undo_stack.setClean()
