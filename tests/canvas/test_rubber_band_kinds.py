"""The rubber band selects what it wholly contains (judged by the drawn geometry, no hidden margin),
every element kind alike; with Alt held it selects whatever it touches (draw.io's convention)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.model import Document, Frame, Legend, LegendEntry, Rect, TextElement, TextRole, plain
from tests.canvas.conftest import Canvas, arrow, box

ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def _document() -> Document:
    return Document(
        elements=[
            Frame(id="group", rect=Rect(x=20, y=20, width=800, height=360), title=plain("Group"), z=0),
            box("api", 100, 100, "API"),
            box("db", 500, 100, "DB"),
            arrow("reads", "api", "db"),
            TextElement(id="note", rect=Rect(x=100, y=420, width=200, height=60), role=TextRole.NOTE, text=plain("Hi")),
            Legend(
                id="key",
                rect=Rect(x=400, y=420, width=240, height=120),
                title=plain("Key"),
                entries=[LegendEntry(text=plain("read"))],
            ),
        ]
    )


def _band(canvas: Canvas, start: tuple[float, float], end: tuple[float, float], modifiers=NONE) -> list[str]:
    viewport = canvas.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, canvas.at(*start))
    for step in range(1, 9):
        x = start[0] + (end[0] - start[0]) * step / 8
        y = start[1] + (end[1] - start[1]) * step / 8
        local = QPointF(canvas.at(x, y))
        event = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            local,
            QPointF(viewport.mapToGlobal(local.toPoint())),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            modifiers,
        )
        QApplication.sendEvent(viewport, event)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, canvas.at(*end))
    return sorted(canvas.scene.selected_ids())


def test_a_band_just_around_a_box_selects_it(make_canvas) -> None:
    canvas: Canvas = make_canvas(_document())
    assert _band(canvas, (95, 95), (266, 206)) == ["api"]  # 5 px of margin is enough


def test_a_band_around_everything_selects_every_kind(make_canvas) -> None:
    canvas: Canvas = make_canvas(_document())
    assert _band(canvas, (5, 5), (830, 560)) == ["api", "db", "group", "key", "note", "reads"]
    assert _band(canvas, (90, 410), (310, 490)) == ["note"]
    assert _band(canvas, (390, 410), (650, 550)) == ["key"]


def test_alt_selects_what_the_band_touches(make_canvas) -> None:
    canvas: Canvas = make_canvas(_document())
    assert _band(canvas, (90, 380), (150, 440)) == []  # only touches the note: not contained
    assert _band(canvas, (90, 380), (150, 440), ALT) == ["note"]
    assert _band(canvas, (380, 140), (420, 400), ALT) == ["group", "reads"]  # crosses the arrow and the frame
