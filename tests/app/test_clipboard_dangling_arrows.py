"""Copy, cut and duplicate with arrows whose boxes are not all selected, by the real keys.

A user selects one box and the arrow leaving it (or the arrow alone) and presses Ctrl+C, Ctrl+X
or Ctrl+D: nothing may print a traceback, the clipboard must hold the arrow, Ctrl+X must remove
what it copied, and Ctrl+D on a lone arrow must not leave an empty undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from editor.canvas.operations import CLIPBOARD_MIME, SVG_MIME
from editor.model import Arrow, Document
from tests.canvas.conftest import Canvas, arrow, box

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(window, qtbot) -> Canvas:
    document = Document(elements=[box("a", 100, 100, "Client"), box("b", 500, 100, "Server"), arrow("ab", "a", "b")])
    window.resize(1400, 900)
    window.show_document(document)
    QApplication.processEvents()
    window.view.setFocus()
    return Canvas(window.view, qtbot)


def _select_box_and_arrow(canvas: Canvas) -> None:
    canvas.press(180, 150)  # box a
    canvas.release(180, 150)
    canvas.press(400, 150, CTRL)  # the arrow's middle, added to the selection
    canvas.release(400, 150, CTRL)
    assert set(canvas.scene.selected_ids()) == {"a", "ab"}


def test_copy_of_a_box_with_its_dangling_arrow_copies_both_and_pastes_them(window, qtbot, capfd) -> None:
    canvas = _open(window, qtbot)
    _select_box_and_arrow(canvas)
    canvas.key(Qt.Key.Key_C, CTRL)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(CLIPBOARD_MIME) and mime.hasFormat("image/png")
    svg = bytes(mime.data(SVG_MIME).data()).decode("utf-8")
    assert 'id="a"' in svg and 'id="ab"' in svg and 'id="b"' not in svg  # the arrow's geometry, not its box
    canvas.key(Qt.Key.Key_V, CTRL)
    pasted = [element for element in canvas.document.elements if element.id not in {"a", "b", "ab"}]
    assert {element.type for element in pasted} == {"box", "arrow"}
    new_arrow = next(element for element in pasted if isinstance(element, Arrow))
    new_box = next(element for element in pasted if not isinstance(element, Arrow))
    assert (new_arrow.source.element, new_arrow.target.element) == (new_box.id, "b")  # the free end stays on b
    assert "Traceback" not in capfd.readouterr().err


def test_cut_removes_what_it_copied_and_paste_brings_it_back(window, qtbot, capfd) -> None:
    canvas = _open(window, qtbot)
    _select_box_and_arrow(canvas)
    canvas.key(Qt.Key.Key_X, CTRL)
    assert [element.id for element in canvas.document.elements] == ["b"]
    assert QGuiApplication.clipboard().mimeData().hasFormat(CLIPBOARD_MIME)
    canvas.key(Qt.Key.Key_V, CTRL)
    assert sorted(element.type for element in canvas.document.elements) == ["arrow", "box", "box"]
    assert "Traceback" not in capfd.readouterr().err


def test_a_lone_arrow_copies_and_pastes_as_a_second_connection(window, qtbot, capfd) -> None:
    canvas = _open(window, qtbot)
    canvas.press(400, 150)
    canvas.release(400, 150)
    assert canvas.scene.selected_ids() == ["ab"]
    canvas.key(Qt.Key.Key_C, CTRL)
    assert 'id="ab"' in bytes(QGuiApplication.clipboard().mimeData().data(SVG_MIME).data()).decode("utf-8")
    canvas.key(Qt.Key.Key_V, CTRL)
    arrows = [element for element in canvas.document.elements if isinstance(element, Arrow)]
    assert len(arrows) == 2 and {(a.source.element, a.target.element) for a in arrows} == {("a", "b")}
    assert "Traceback" not in capfd.readouterr().err


def test_duplicate_of_a_lone_arrow_adds_no_step_and_says_why(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    canvas.press(400, 150)
    canvas.release(400, 150)
    assert canvas.scene.selected_ids() == ["ab"]
    canvas.key(Qt.Key.Key_D, CTRL)
    assert canvas.scene.undo_stack.count() == 0
    assert not window.isWindowModified() and canvas.scene.undo_stack.isClean()
    assert len(canvas.document.elements) == 3
    assert "arrow" in window.statusBar().currentMessage()
