"""Undo step names follow the interface language: History dock and Edit > Undo, also for steps made earlier.

Commands keep English templates (``Title``); the Qt adapter translates them when a step is pushed
and again, for every step on the stack, when the user switches the interface language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt

from editor.app.window_menus import InterfaceLanguageMenu
from editor.canvas import operations
from editor.canvas.undo import translated_title
from editor.commands import MoveElements, SetProperty, SetStyle, Title
from editor.i18n.ui_locale import set_ui_language
from tests.ui_language.test_interface_language_menu import click

EXPECTED = {
    "en": (["Opened", "Add box", "Move box", "Change fill"], "&Undo Change fill", "&Redo"),
    "de": (
        ["Geöffnet", "Kasten hinzufügen", "Kasten verschieben", "Füllung ändern"],
        "&Rückgängig: Füllung ändern",
        "&Wiederholen",
    ),
    "ja": (
        ["開いた状態", "ボックスを追加", "ボックス を移動", "塗りを変更"],
        "塗りを変更 を元に戻す(&U)",
        "やり直し(&R)",
    ),
}


def history_entries(window: Any) -> list[str]:
    model = window.history_view.model()
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def edit_menu_texts(window: Any) -> tuple[str, str]:
    return window.actions_["edit.undo"].text(), window.actions_["edit.redo"].text()


def test_history_and_edit_undo_speak_the_interface_language(main_window: Any, qtbot: Any) -> None:
    scene = main_window.scene
    box_id = operations.create_box_at(scene, QPointF(300, 200))
    assert box_id is not None
    scene.select_ids([box_id])
    main_window.view.setFocus()
    qtbot.keyClick(main_window.view.viewport(), Qt.Key.Key_Right)  # a real nudge: one "Move box" step
    qtbot.waitUntil(lambda: scene.undo_stack.count() == 2)
    assert main_window.push(SetStyle([box_id], {"fill": "#ffcc00"}))
    english, undo, redo = EXPECTED["en"]
    assert history_entries(main_window) == english
    assert edit_menu_texts(main_window) == (undo, redo)

    language_menu = main_window.findChild(InterfaceLanguageMenu)
    for code in ("de", "ja", "en"):
        click(language_menu, code, qtbot)  # Language > Interface Language > Deutsch, 日本語, English
        entries, undo, redo = EXPECTED[code]
        assert history_entries(main_window) == entries, code
        assert edit_menu_texts(main_window) == (undo, redo), code
    scene.undo_stack.setClean()  # qtbot closes the window before the fixture could: no save prompt


def test_titles_stay_english_text_for_the_plain_history_and_translate_with_their_arguments() -> None:
    move = MoveElements(["api"], 10, 0)
    routing = SetProperty(["a1"], "routing", "curved")
    unknown_field = SetProperty(["a1"], "some_field", 1)
    assert (move.title, routing.title, unknown_field.title) == ("Move api", "Change routing", "Change some field")
    style = SetStyle(["api"], {"fill": "#000000", "stroke": "#ffffff"})
    assert style.caption == Title("Change style")

    set_ui_language("fr", remember=False)
    assert translated_title(move.caption) == "Déplacer api"
    assert translated_title(routing.caption) == "Modifier le tracé"  # the field label is translated too
    assert translated_title(unknown_field.caption) == "Modifier some field"  # no label: shown as named
    set_ui_language("zh_CN", remember=False)
    assert translated_title(routing.caption) == "更改走线"
    assert translated_title(style.caption) == "更改样式"
