"""A scene and a view shown offscreen, plus helpers that send real mouse events to the viewport."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import editor.canvas  # noqa: F401  (imports the model before Qt; see editor/canvas/__init__.py)
from editor.canvas import DiagramScene, DiagramView
from editor.model import Arrow, Box, Document, Endpoint, Rect, plain


def box(element_id: str, x: float, y: float, name: str = "") -> Box:
    return Box(
        id=element_id, rect=Rect(x=x, y=y, width=160, height=100), name=plain(name or element_id), role=plain("")
    )


def arrow(element_id: str, source: str, target: str) -> Arrow:
    return Arrow(id=element_id, source=Endpoint(element=source), target=Endpoint(element=target))


class Canvas:
    """A shown view over a scene, with helpers in scene coordinates."""

    def __init__(self, view: DiagramView, qtbot: object) -> None:
        self.view = view
        self.scene = view.diagram
        self.qtbot = qtbot

    @property
    def document(self) -> Document:
        return self.scene.document

    def at(self, x: float, y: float) -> QPoint:
        return self.view.mapFromScene(QPointF(x, y))

    def press(self, x: float, y: float, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.mousePress(self.view.viewport(), Qt.MouseButton.LeftButton, modifiers, self.at(x, y))

    def release(self, x: float, y: float, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.mouseRelease(self.view.viewport(), Qt.MouseButton.LeftButton, modifiers, self.at(x, y))

    def hover(self, x: float, y: float, buttons: Qt.MouseButton = Qt.MouseButton.NoButton) -> None:
        """A real mouse move event (QTest.mouseMove sends no button state on all platforms)."""
        point = QPointF(self.at(x, y))
        global_point = QPointF(self.view.viewport().mapToGlobal(point.toPoint()))
        event = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            point,
            global_point,
            Qt.MouseButton.NoButton,
            buttons,
            QApplication.keyboardModifiers(),
        )
        QApplication.sendEvent(self.view.viewport(), event)

    def drag(
        self,
        start: tuple[float, float],
        end: tuple[float, float],
        steps: int = 8,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self.hover(*start)
        self.press(*start, modifiers)
        for step in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * step / steps
            y = start[1] + (end[1] - start[1]) * step / steps
            self.hover(x, y, Qt.MouseButton.LeftButton)
        self.release(*end, modifiers)

    def double_click(self, x: float, y: float) -> None:
        QTest.mouseDClick(
            self.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, self.at(x, y)
        )

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.view.viewport(), key, modifiers)

    def type(self, text: str) -> None:
        QTest.keyClicks(self.view.viewport(), text)


@pytest.fixture
def make_canvas(qtbot: object) -> Iterator[object]:
    made: list[DiagramView] = []

    def build(document: Document) -> Canvas:
        scene = DiagramScene(document)
        view = DiagramView(scene)
        view.resize(1000, 700)
        view.show()
        qtbot.waitExposed(view)  # type: ignore[attr-defined]
        view.zoom_reset()
        view.centerOn(QPointF(450, 300))
        view.activateWindow()
        view.setFocus()
        QApplication.processEvents()
        made.append(view)
        return Canvas(view, qtbot)

    yield build
    for view in made:
        view.close()
        view.deleteLater()
