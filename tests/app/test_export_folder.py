"""The Export dialog proposes a sensible folder and remembers the last one per document.

Settings live in the test's private QSettings (the ``isolated`` fixture), HOME in tmp_path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from editor.app.export_dialog import ExportDialog
from editor.model import Document
from editor.model.io import save
from editor.resources import resource_path
from tests.canvas.conftest import box


def _export_with_keys(window, qtbot, target: Path | None) -> str:
    """Ctrl+Shift+E; note the proposed path, then type ``target`` and Save (or Cancel when None)."""
    proposed: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, fill)
            return
        proposed.append(dialog.path_edit.text())
        buttons = dialog.findChild(QDialogButtonBox)
        if target is None:
            QTest.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
            return
        dialog.path_edit.selectAll()
        QTest.keyClicks(dialog.path_edit, str(target))
        QTest.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    QTest.keyClick(
        window.view.viewport(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(proposed))
    return proposed[0]


def _saved_document(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "plan.diagram.json"
    save(Document(elements=[box("a", 0, 0, "Cache")]), path)
    return path


def test_export_remembers_the_last_folder_per_document(window, qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    first = _saved_document(tmp_path / "one")
    second = _saved_document(tmp_path / "two")
    exports = tmp_path / "exports"
    exports.mkdir()
    assert window.files.open_path(str(first), ask=False)
    assert Path(_export_with_keys(window, qtbot, exports / "plan.png")).parent == first.parent  # its own folder
    assert (exports / "plan.png").is_file()
    assert Path(_export_with_keys(window, qtbot, None)).parent == exports  # remembered
    assert window.files.open_path(str(second), ask=False)
    assert Path(_export_with_keys(window, qtbot, None)).parent == second.parent  # another document, its folder
    assert window.files.open_path(str(first), ask=False)
    assert Path(_export_with_keys(window, qtbot, None)).parent == exports


def test_an_installed_example_proposes_pictures_or_home_not_the_installation(window, qtbot, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    example = resource_path("examples", "redis-cache-invalidation.diagram.json")
    assert window.files.open_path(str(example), ask=False)
    proposed = Path(_export_with_keys(window, qtbot, None)).parent
    assert proposed in (home, home / "Pictures")
    assert not proposed.is_relative_to(example.parent)
