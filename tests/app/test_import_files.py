"""Other tools' files in the window: File > Open and drag and drop import them as unsaved work."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

FIXTURES = Path(__file__).resolve().parents[1] / "importers" / "fixtures"


def test_dropping_a_drawio_file_imports_it_unsaved(window, tmp_path, qtbot) -> None:
    source = tmp_path / "legacy-ztxt.drawio.png"  # one page: no page question
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
    assert window.files.suggested_name == "legacy-ztxt"
    assert "legacy-ztxt.drawio.png" in window.statusBar().currentMessage()
    assert source.read_bytes() == before


def test_opening_an_excalidraw_scene_shows_its_elements(window, tmp_path) -> None:
    assert window.files.open_path(str(FIXTURES / "features.excalidraw"), ask=False)
    assert window.document.get("box1") is not None and window.files.path is None


def test_the_status_bar_lists_every_loss_in_its_tooltip(window, tmp_path) -> None:
    """The message names one kind of loss; none may be silent, so its tooltip holds them all (and
    an import that lost nothing says so)."""
    assert window.files.open_path(str(FIXTURES / "features.excalidraw"), ask=False)
    bar = window.statusBar()
    assert "3 kinds of loss" in bar.currentMessage()
    tooltip = bar.toolTip().splitlines()
    assert len(tooltip) == 3 and all(line.startswith("features.excalidraw: 1 Excalidraw ") for line in tooltip)
    assert any("freehand strokes left out" in line for line in tooltip)
    assert any('arrowheads of kind "bar"' in line for line in tooltip)
    window.show_status("Saved elsewhere")  # another message: the list goes with the import's
    assert bar.toolTip() == ""
    clean = tmp_path / "clean.mmd"
    clean.write_text("flowchart LR\n  a[Ask] --> b[Answer]\n", encoding="utf-8")
    assert window.files.open_path(str(clean), ask=False)
    assert bar.currentMessage().endswith("; nothing was lost") and bar.toolTip() == ""


def test_a_multi_page_drawio_file_asks_which_page(window, qtbot) -> None:
    seen: list = []

    def pick_second_page() -> None:
        from PySide6.QtWidgets import QComboBox, QDialogButtonBox

        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, pick_second_page)
            return
        seen.append(modal)
        modal.findChild(QComboBox).setCurrentIndex(1)
        ok = modal.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, pick_second_page)
    assert window.files.open_path(str(FIXTURES / "features-compressed.drawio"), ask=False)
    assert [modal.objectName() for modal in seen] == ["dialog.import_page"]
    assert window.document.get("a") is not None and window.document.get("api") is None  # page 2, "Second"
