"""Arrange > Auto Layout in the window: real key presses and menu clicks, one undo step, exact undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from editor.model import Box, Document, dumps
from tests.app.conftest import click_in_next_modal
from tests.arrange.geometry import placed_boxes, problems
from tests.arrange.test_auto_layout import layered
from tests.canvas.conftest import Canvas

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _untidy() -> Document:
    """The layered fixture with its boxes heaped up on top of each other."""
    document = layered()
    for number, element in enumerate(document.elements):
        if isinstance(element, Box):
            element.rect = element.rect.model_copy(update={"x": 100 + 23 * number, "y": 80 + 11 * number})
    return document


def _open(window, qtbot, document: Document) -> Canvas:
    window.resize(1400, 900)
    window.show_document(document)
    QApplication.processEvents()
    window.activateWindow()
    window.view.setFocus()
    return Canvas(window.view, qtbot)


def test_the_shortcut_lays_out_the_whole_diagram_in_one_undo_step(window, qtbot) -> None:
    canvas = _open(window, qtbot, _untidy())
    before = dumps(canvas.document)
    assert problems(canvas.document)  # heaped up: overlapping boxes
    steps = canvas.scene.undo_stack.count()
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_A, CTRL_SHIFT)
    assert canvas.scene.undo_stack.count() == steps + 1
    assert canvas.scene.undo_stack.undoText() == "Auto Layout"
    assert problems(canvas.document) == []
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dumps(canvas.document) == before


def test_the_menu_item_lays_out_only_the_selection(window, qtbot) -> None:
    document = _untidy()
    gateway_box = document.element("gateway")
    assert isinstance(gateway_box, Box)
    gateway_box.rect = gateway_box.rect.model_copy(update={"x": 160, "y": 420})  # wholly below the client
    canvas = _open(window, qtbot, document)
    canvas.view.zoom_reset()
    canvas.view.centerOn(QPointF(400, 300))
    others = {key: box for key, box in placed_boxes(canvas.document).items() if key not in {"client", "gateway"}}
    canvas.scene.select_ids(["client", "gateway"])
    arrange = next(
        action.menu() for action in window.menuBar().actions() if action.text().replace("&", "") == "Arrange"
    )
    assert isinstance(arrange, QMenu)
    window.menuBar().setActiveAction(arrange.menuAction())
    qtbot.waitUntil(arrange.isVisible)
    item = window.actions_["arrange.auto_layout"]
    QTest.mouseClick(
        arrange, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, arrange.actionGeometry(item).center()
    )
    after = placed_boxes(canvas.document)
    assert {key: box for key, box in after.items() if key in others} == others  # the rest stays put
    client, gateway = after["client"], after["gateway"]
    # the one arrow inside the selection leads down now, so the layout keeps it pointing down
    assert gateway[1] >= client[3] and not (gateway[0] >= client[2] or gateway[2] <= client[0])


def test_without_graphviz_a_dialog_says_so_and_nothing_changes(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    canvas = _open(window, qtbot, _untidy())
    before = dumps(canvas.document)
    steps = canvas.scene.undo_stack.count()
    monkeypatch.setenv("PATH", str(tmp_path))
    seen: list = []
    texts: list[str] = []

    def ok_button(modal):
        texts.append(modal.text())
        return modal.button(QMessageBox.StandardButton.Ok)

    click_in_next_modal(ok_button, seen)
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_A, CTRL_SHIFT)
    assert len(texts) == 1 and "Graphviz" in texts[0] and "not installed" in texts[0]
    assert dumps(canvas.document) == before and canvas.scene.undo_stack.count() == steps


@pytest.mark.parametrize("action_id", ["arrange.auto_layout"])
def test_the_action_is_disabled_on_an_empty_canvas(window, qtbot, action_id: str) -> None:
    _open(window, qtbot, Document())
    assert not window.actions_[action_id].isEnabled()
