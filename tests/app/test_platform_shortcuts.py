"""Shortcuts as they really work on X11: Ctrl+Y redoes, and the Help table lists no Qt aliases.

Offscreen Qt binds standard keys the Windows way (Redo is Ctrl+Y there anyway), so the check
runs a real window under Xvfb with the xcb platform, as a Linux user has it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget
app = QApplication([])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
    QSettings.setPath(kind, QSettings.Scope.UserScope, sys.argv[1])
from editor.app.dialogs import ShortcutsDialog
from editor.app.main_window import MainWindow
from editor.app.settings import AppSettings
from tests.canvas.conftest import box
from editor.model import Document
window = MainWindow(AppSettings())
window.show()
QTest.qWaitForWindowExposed(window)
window.show_document(Document(elements=[box("a", 100, 100)]))
app.processEvents()
window.activateWindow()
QTest.qWaitForWindowActive(window)
window.view.setFocus()
window.scene.select_ids(["a"])
QTest.keyClick(window.view.viewport(), Qt.Key.Key_Right)
QTest.keyClick(window.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
undone = window.scene.document.element("a").rect.x
QTest.keyClick(window.view.viewport(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
redone = window.scene.document.element("a").rect.x
dialog = ShortcutsDialog(window)
table = dialog.findChild(QTableWidget)
rows = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
window.scene.undo_stack.setClean()
print(json.dumps([app.platformName(), undone, redone, rows]))
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run not installed (Debian package xvfb)")
def test_ctrl_y_redoes_and_help_lists_only_working_keys_on_x11(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DIAGRAM_EDITOR_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", SCRIPT, str(tmp_path / "config")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
    )
    platform, undone, redone, rows = json.loads(result.stdout.strip().splitlines()[-1])
    assert platform == "xcb"
    assert undone == 100 and redone > 100, "Ctrl+Y did not redo the nudge"
    assert "Ctrl+Y" in rows["Redo"].split(", ") and "Ctrl+Shift+Z" in rows["Redo"].split(", ")
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Cut"] == "Ctrl+X, Shift+Del"
    listed = {key for keys in rows.values() for key in keys.split(", ")}
    assert not {"Undo", "Cut", "Help", "F14", "F20"} & listed
