"""Other tools' files in the window: File > Open and drag and drop import them as unsaved work."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

FIXTURES = Path(__file__).resolve().parents[1] / "importers" / "fixtures"


def test_dropping_a_drawio_file_imports_it_unsaved(window, tmp_path, qtbot) -> None:
    source = tmp_path / "features.drawio.png"
    shutil.copy(FIXTURES / source.name, source)
    before = source.read_bytes()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    assert QApplication.sendEvent(window, drop) and drop.isAccepted()
    qtbot.waitUntil(lambda: window.document.get("api") is not None, timeout=3000)
    assert window.files.path is None  # unsaved: saving asks for a new name, never the source
    assert window.files.suggested_name == "features"
    assert "features.drawio.png" in window.statusBar().currentMessage()
    assert source.read_bytes() == before


def test_opening_an_excalidraw_scene_shows_its_elements(window, tmp_path) -> None:
    assert window.files.open_path(str(FIXTURES / "features.excalidraw"), ask=False)
    assert window.document.get("box1") is not None and window.files.path is None
