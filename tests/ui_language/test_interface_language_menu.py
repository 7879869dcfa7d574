"""The Interface Language menu: native names, a real click switches and remembers, the title follows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QWidget

from editor.app.settings import identify_application
from editor.app.window_menus import InterfaceLanguageMenu
from editor.i18n.ui_locale import SETTINGS_KEY, current_ui_language


def click(menu: InterfaceLanguageMenu, code: str, qtbot: Any) -> None:
    action = next(action for action in menu.actions() if action.data() == code)
    menu.popup(QPoint(10, 10))
    qtbot.waitExposed(menu)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_pick_a_language_by_its_native_name(settings_folder: Path, qtbot: Any) -> None:
    identify_application()
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = InterfaceLanguageMenu(parent)
    names = [action.text() for action in menu.actions()]
    assert names == ["English", "Deutsch", "Français", "Español", "Português (Brasil)", "日本語", "简体中文", "العربية"]
    assert [action.data() for action in menu.actions() if action.isChecked()] == ["en"]
    assert menu.title() == "&Interface Language"

    click(menu, "de", qtbot)
    assert current_ui_language().code == "de"
    assert menu.title() == "&Oberflächensprache"
    assert [action.data() for action in menu.actions() if action.isChecked()] == ["de"]
    assert QSettings().value(SETTINGS_KEY) == "de"

    click(menu, "ar", qtbot)
    assert menu.title() == "لغة الوا&جهة"
    assert menu.isRightToLeft()
    assert [action.text() for action in menu.actions()][:2] == ["English", "Deutsch"], "names never translated"
    assert QSettings().value(SETTINGS_KEY) == "ar"
