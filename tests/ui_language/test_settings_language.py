"""Settings > Interface language: the combo lists native names and switches the running app on Apply and OK.

Driven by key presses on the combo and clicks on the dialog's buttons; the Language menu's
submenu shows the same choice afterwards, and the choice is remembered for the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from editor.app.dialogs import SettingsDialog
from editor.app.window_menus import InterfaceLanguageMenu
from editor.i18n.ui_locale import current_ui_language, remembered_ui_language, ui_language


def checked_in_menu(window: Any) -> list[str]:
    menu = window.findChild(InterfaceLanguageMenu)
    menu.show_current()
    return [action.data() for action in menu.actions() if action.isChecked()]


def test_the_combo_switches_the_interface_on_apply_and_on_ok(main_window: Any, qtbot: Any) -> None:
    dialog = SettingsDialog(main_window.settings, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.interface_language
    names = [combo.itemText(row) for row in range(combo.count())]
    assert names == ["English", "Deutsch", "Français", "Español", "Português (Brasil)", "日本語", "简体中文", "العربية"]
    assert combo.currentText() == "English"

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English -> Deutsch
    assert combo.currentText() == "Deutsch"
    assert current_ui_language().code == "en", "nothing changes before Apply"
    apply_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Apply)
    qtbot.mouseClick(apply_button, Qt.MouseButton.LeftButton)
    assert current_ui_language().code == "de"
    assert dialog.windowTitle() == "Einstellungen" and dialog.isVisible()
    assert apply_button.text() == "Anwenden"
    assert main_window.menuBar().actions()[0].text() == "&Datei"
    assert checked_in_menu(main_window) == ["de"]
    assert remembered_ui_language() == ui_language("de")

    for _ in range(4):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Deutsch -> ... -> 日本語
    assert combo.currentText() == "日本語"
    ok_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert isinstance(ok_button, QPushButton)
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert current_ui_language().code == "ja"
    assert main_window.menuBar().actions()[0].text() == "ファイル(&F)"
    assert checked_in_menu(main_window) == ["ja"]


def test_cancel_keeps_the_language_and_a_new_dialog_shows_the_current_one(main_window: Any, qtbot: Any) -> None:
    dialog = SettingsDialog(main_window.settings, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.interface_language.setFocus()
    qtbot.keyClick(dialog.interface_language, Qt.Key.Key_End)  # العربية
    assert dialog.interface_language.currentText() == "العربية"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert current_ui_language().code == "en"

    main_window.findChild(InterfaceLanguageMenu).choose("fr")
    reopened = SettingsDialog(main_window.settings, main_window)
    qtbot.addWidget(reopened)
    assert reopened.interface_language.currentText() == "Français"
    assert reopened.windowTitle() == "Paramètres"
