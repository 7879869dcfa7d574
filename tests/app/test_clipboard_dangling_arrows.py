"""Copy, cut and duplicate with arrows whose boxes are not all selected, by the real keys.

A user selects one box and the arrow leaving it (or the arrow alone) and presses Ctrl+C, Ctrl+X
or Ctrl+D: nothing may print a traceback, the clipboard must hold the arrow, Ctrl+X must remove
what it copied. Ends bound to boxes left out come free where they were drawn, so a pasted or
duplicated arrow keeps its geometry (a lone arrow duplicates as a free copy, one real step).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from editor.canvas.clipboard import CLIPBOARD_MIME, PASTE_STEP, SVG_MIME
from editor.canvas.items import ArrowView
from editor.model import Arrow, Document, Point, dumps
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


def _route_ends(canvas: Canvas, arrow_id: str) -> tuple[Point, Point]:
    view = canvas.scene.views_by_id[arrow_id]
    assert isinstance(view, ArrowView)
    points = view.points()
    return Point(x=points[0].x(), y=points[0].y()), Point(x=points[-1].x(), y=points[-1].y())


def _shifted(point: Point, by: float) -> Point:
    return Point(x=point.x + by, y=point.y + by)


def test_copy_of_a_box_with_its_dangling_arrow_copies_both_and_pastes_them(window, qtbot, capfd) -> None:
    canvas = _open(window, qtbot)
    _select_box_and_arrow(canvas)
    _, drawn_end = _route_ends(canvas, "ab")
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
    assert new_arrow.source.element == new_box.id
    assert new_arrow.target.element is None  # the end left on b comes free where it was drawn, shifted
    assert new_arrow.target.point == _shifted(drawn_end, PASTE_STEP)
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


def test_a_lone_arrow_copies_and_pastes_with_its_geometry_as_a_free_arrow(window, qtbot, capfd) -> None:
    canvas = _open(window, qtbot)
    canvas.press(400, 150)
    canvas.release(400, 150)
    assert canvas.scene.selected_ids() == ["ab"]
    start, end = _route_ends(canvas, "ab")
    canvas.key(Qt.Key.Key_C, CTRL)
    assert 'id="ab"' in bytes(QGuiApplication.clipboard().mimeData().data(SVG_MIME).data()).decode("utf-8")
    canvas.key(Qt.Key.Key_V, CTRL)
    arrows = [element for element in canvas.document.elements if isinstance(element, Arrow)]
    assert len(arrows) == 2
    copy = next(element for element in arrows if element.id != "ab")
    assert (copy.source.point, copy.target.point) == (_shifted(start, PASTE_STEP), _shifted(end, PASTE_STEP))
    assert "Traceback" not in capfd.readouterr().err


def test_duplicate_of_a_lone_arrow_is_one_step_adding_a_free_copy(window, qtbot) -> None:
    canvas = _open(window, qtbot)
    before = dumps(canvas.document)
    canvas.press(400, 150)
    canvas.release(400, 150)
    assert canvas.scene.selected_ids() == ["ab"]
    start, end = _route_ends(canvas, "ab")
    canvas.key(Qt.Key.Key_D, CTRL)
    assert canvas.scene.undo_stack.count() == 1
    copy = canvas.document.elements[-1]
    assert isinstance(copy, Arrow) and copy.id != "ab"
    assert (copy.source.point, copy.target.point) == (_shifted(start, PASTE_STEP), _shifted(end, PASTE_STEP))
    canvas.scene.undo_stack.undo()
    assert dumps(canvas.document) == before
