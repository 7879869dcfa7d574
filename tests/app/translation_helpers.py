"""Driving the Translate dialog with real key presses and clicks, against the fake LibreTranslate server."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit

from editor.app.translate_dialog import TranslateDialog
from tests.i18n.fake_libretranslate import FakeLibreTranslate


def start_server(request: pytest.FixtureRequest, mode: str = "good") -> FakeLibreTranslate:
    """A fake LibreTranslate server on 127.0.0.1, stopped when the test ends."""
    server = FakeLibreTranslate(mode).start()
    request.addfinalizer(server.stop)
    return server


def open_dialog(window: Any, qtbot: Any) -> TranslateDialog:
    """Language > Translate Diagram… through its shortcut (Ctrl+Shift+T) on the canvas."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.activeModalWidget() is None)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.translate_dialog
    assert isinstance(dialog, TranslateDialog)
    qtbot.waitExposed(dialog)
    return dialog


def check_only(dialog: TranslateDialog, qtbot: Any, codes: Iterable[str]) -> None:
    """Tick exactly ``codes`` in the language list: arrow to each row, Space toggles its box."""
    wanted = set(codes)
    languages = dialog.languages
    languages.setFocus()
    for row in range(languages.count()):
        item = languages.item(row)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked != (item.data(Qt.ItemDataRole.UserRole) in wanted):
            languages.setCurrentItem(item)
            qtbot.keyClick(languages.viewport(), Qt.Key.Key_Space)
    chosen, _ = dialog.chosen_languages()
    assert set(chosen) == wanted


def choose(qtbot: Any, combo: QComboBox, value: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def retype(qtbot: Any, field: QLineEdit | QAbstractSpinBox, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def set_up_libre(dialog: TranslateDialog, qtbot: Any, server: FakeLibreTranslate, timeout: str = "5") -> None:
    choose(qtbot, dialog.provider, "libre")
    retype(qtbot, dialog.endpoint, server.url)
    retype(qtbot, dialog.timeout, timeout)


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2))


def translate_with_libre(
    window: Any, qtbot: Any, server: FakeLibreTranslate, codes: Iterable[str], *, only_pending: bool = True
) -> TranslateDialog:
    """Open the dialog, pick ``codes`` and the server, click Translate, wait for the dialog to close."""
    dialog = open_dialog(window, qtbot)
    check_only(dialog, qtbot, codes)
    set_up_libre(dialog, qtbot, server)
    if dialog.only_pending.isChecked() != only_pending:
        click(qtbot, dialog.only_pending)
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        click(qtbot, dialog.translate_button)
    return dialog
