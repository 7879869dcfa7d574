"""History steps and the Properties header name elements by their visible text or kind, never by id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.model import Document, plain
from tests.canvas.conftest import Canvas, box


def _history(window) -> list[str]:
    model = window.history_view.model()
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def _open(window, qtbot) -> Canvas:
    long_name = box("box-32", 500, 100)
    long_name.name = plain("A very long service name that goes on and on")
    document = Document(elements=[box("worker-3", 100, 100, "Worker"), long_name, box("box-33", 100, 400, " ")])
    document.elements[2].name = plain("")
    window.resize(1400, 900)
    window.show_document(document)
    QApplication.processEvents()
    window.view.setFocus()
    return Canvas(window.view, qtbot)


def test_history_names_moved_and_edited_elements_by_their_text_or_kind(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    canvas.drag((150, 150), (190, 170))  # Worker
    canvas.drag((550, 150), (590, 170))  # the long name
    canvas.drag((150, 450), (190, 470))  # the box without text
    canvas.double_click(230, 170)  # edit Worker's name
    canvas.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    canvas.type("Queue worker")
    canvas.key(Qt.Key.Key_Return)
    entries = _history(window)[1:]
    assert entries[:3] == ["Move Worker", "Move A very long service name that…", "Move box"]
    assert entries[3].startswith("Edit text of Worker")
    assert not any(element_id in entry for entry in entries for element_id in ("worker-3", "box-32", "box-33"))
    window.scene.undo_stack.setClean()


def test_properties_header_names_the_selection_by_its_text(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    canvas.press(150, 150)
    canvas.release(150, 150)
    assert window.properties.summary.text() == "Box “Worker”"
    canvas.press(150, 450)
    canvas.release(150, 450)
    assert window.properties.summary.text() == "Box"
