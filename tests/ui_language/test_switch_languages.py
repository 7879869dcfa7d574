"""Must show: the running app switches to German, then Japanese, then Arabic, without a restart.

The switch is a real click in Language > Interface Language, as a user makes it. The main
menus, an open dialog (ours, with Qt's own standard buttons) and a dock change their
visible texts at once; Arabic mirrors the layout, so the right-hand docks move to the left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QGroupBox

from editor.app.dialogs import SettingsDialog
from editor.app.window_menus import InterfaceLanguageMenu
from editor.i18n.ui_locale import remembered_ui_language, set_ui_language, ui_language
from tests.ui_language.test_interface_language_menu import click

EXPECTED = {
    "en": {
        "menus": ["&File", "&Edit", "&View", "&Insert", "&Arrange", "&Language", "&Help"],
        "dialog": ("Settings", ["Apply", "Cancel", "OK"], "Canvas"),
        "dock": ("Properties", "Nothing selected. Select elements on the canvas to edit their style."),
        "file": ["&New", "New from Te&mplate…"],
    },
    "de": {
        "menus": ["&Datei", "&Bearbeiten", "&Ansicht", "&Einfügen", "A&nordnen", "&Sprache", "&Hilfe"],
        "dialog": ("Einstellungen", ["Abbrechen", "Anwenden", "OK"], "Zeichenfläche"),
        "dock": (
            "Eigenschaften",
            "Nichts ausgewählt. Wählen Sie Elemente auf der Zeichenfläche aus, um ihren Stil zu bearbeiten.",
        ),
        "file": ["&Neu", "Neu aus &Vorlage…"],
    },
    "ja": {
        "menus": ["ファイル(&F)", "編集(&E)", "表示(&V)", "挿入(&I)", "配置(&A)", "言語(&L)", "ヘルプ(&H)"],
        "dialog": ("設定", ["OK", "キャンセル", "適用"], "キャンバス"),
        "dock": ("プロパティ", "何も選択されていません。キャンバスで要素を選択すると、スタイルを編集できます。"),
        "file": ["新規(&N)", "テンプレートから新規作成(&M)…"],
    },
    "ar": {
        "menus": ["&ملف", "&تحرير", "&عرض", "إ&دراج", "ت&رتيب", "الل&غة", "م&ساعدة"],
        "dialog": ("الإعدادات", ["ألغِ", "حسنًا", "طبّق"], "لوحة الرسم"),
        "dock": ("الخصائص", "لم يُحدَّد شيء. حدِّد عناصر على لوحة الرسم لتعديل نمطها."),
        "file": ["&جديد", "جديد من &قالب…"],
    },
}


def visible_texts(window: Any, dialog: SettingsDialog) -> dict[str, Any]:
    """What a user reads right now: menu bar, the first File entries, the dialog and the dock."""
    menu_bar = window.menuBar()
    file_menu = menu_bar.actions()[0].menu()
    buttons = dialog.findChild(QDialogButtonBox)
    groups = [group.title() for group in dialog.findChildren(QGroupBox)]  # Interface, New diagrams, Canvas...
    return {
        "menus": [action.text() for action in menu_bar.actions()],
        "dialog": (dialog.windowTitle(), sorted(button.text() for button in buttons.buttons()), groups[2]),
        "dock": (window.properties.windowTitle(), window.properties.summary.text()),
        "file": [action.text() for action in file_menu.actions()[:2]],
    }


def test_switch_to_german_then_japanese_then_arabic(main_window: Any, qtbot: Any) -> None:
    dialog = SettingsDialog(main_window.settings, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert visible_texts(main_window, dialog) == EXPECTED["en"]
    dock_left_to_right = main_window.properties.geometry().x()
    assert dock_left_to_right > main_window.centralWidget().geometry().x()

    language_menu = main_window.findChild(InterfaceLanguageMenu)
    assert language_menu.menuAction() in main_window.menus["menu.language"].actions()
    for code in ("de", "ja", "ar"):
        click(language_menu, code, qtbot)  # Language > Interface Language > Deutsch, 日本語, العربية
        assert visible_texts(main_window, dialog) == EXPECTED[code], code
        right_to_left = code == "ar"
        assert main_window.isRightToLeft() is right_to_left
        assert dialog.isRightToLeft() is right_to_left
        assert main_window.menuBar().isRightToLeft() is right_to_left

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: main_window.properties.geometry().x() < main_window.centralWidget().geometry().x())
    file_menu = main_window.menuBar().actions()[0]
    assert main_window.menuBar().actionGeometry(file_menu).x() > main_window.width() // 2  # first menu on the right

    click(language_menu, "en", qtbot)
    assert visible_texts(main_window, dialog) == EXPECTED["en"]
    assert remembered_ui_language() == ui_language("en")
    qtbot.waitUntil(lambda: main_window.properties.geometry().x() == dock_left_to_right)


def test_a_window_opened_in_arabic_has_its_docks_on_the_left_in_the_same_order(make_main_window: Any) -> None:
    english = make_main_window()
    set_ui_language("ar", remember=False)
    arabic = make_main_window()
    for window in (english, arabic):
        assert window.dockWidgetArea(window.properties) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert window.properties.geometry().y() < window.icons.geometry().y(), "properties above the icons"
        assert not window.icons.visibleRegion().isEmpty(), "the icons tab stays the raised one"
        assert window.history.visibleRegion().isEmpty()
        assert window.properties.geometry().right() < window.centralWidget().geometry().x()
