"""Keyboard accelerators (``&File``) never clash within a menu, in any interface language.

Walks the real menus of the main window after switching the running app to each language,
so run-time entries (recent files, undo texts, submenus) are checked as the user meets them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu

from editor.i18n.ui_locale import UI_LANGUAGES, set_ui_language
from tests.ui_language.ts_files import accelerator


def clashes(menu_titles: list[str]) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for title in menu_titles:
        key = accelerator(title)
        if key is not None:
            owners[key].append(title)
    return {key: titles for key, titles in owners.items() if len(titles) > 1}


def menus_and_titles(menu: QMenu) -> list[tuple[QMenu, list[str]]]:
    """``menu`` with the texts of its visible entries, then the same for each submenu."""
    found = [(menu, [action.text() for action in menu.actions() if action.isVisible() and not action.isSeparator()])]
    for action in menu.actions():
        if action.menu() is not None:
            found += menus_and_titles(action.menu())
    return found


def test_the_helper_spots_a_clash() -> None:
    assert clashes(["&Undo", "D&uplicate", "&Copy", "A && B"]) == {"U": ["&Undo", "D&uplicate"]}
    assert clashes(["ファイル(&F)", "編集(&E)"]) == {}


@pytest.mark.parametrize("code", [language.code for language in UI_LANGUAGES])
def test_no_accelerator_clashes_in_any_menu(code: str, main_window: Any) -> None:
    set_ui_language(code, remember=False)
    bar_titles = [action.text() for action in main_window.menuBar().actions()]
    assert all(accelerator(title) for title in bar_titles), bar_titles
    assert not clashes(bar_titles), f"menu bar in {code}: {clashes(bar_titles)}"
    checked = 0
    for action in main_window.menuBar().actions():
        for menu, titles in menus_and_titles(action.menu()):
            assert not clashes(titles), f"{code} menu {menu.title()!r}: {clashes(titles)}"
            checked += len(titles)
    assert checked >= 40


def window_mnemonics(window: Any) -> dict[str, list[str]]:
    """Every Alt+letter the window's own widgets claim (labels with a buddy, buttons, boxes)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QLabel):
        if widget.buddy() is not None and (key := accelerator(widget.text())) is not None:
            owners[key].append(widget.text())
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QGroupBox):
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if (key := accelerator(text)) is not None:
            owners[key].append(text)
    return owners


@pytest.mark.parametrize("code", [language.code for language in UI_LANGUAGES])
def test_no_widget_takes_a_menu_bar_letter(code: str, main_window: Any) -> None:
    """An Alt+letter claimed twice fires neither: the Languages panel's "When text does not &fit"
    once took Alt+F, so the File menu no longer opened from the keyboard."""
    set_ui_language(code, remember=False)
    bar = {accelerator(action.text()): action.text() for action in main_window.menuBar().actions()}
    taken = {key: texts for key, texts in window_mnemonics(main_window).items() if key in bar}
    assert not taken, f"{code}: {taken} take the menu bar's {[bar[key] for key in taken]}"


def test_alt_f_opens_the_file_menu(main_window: Any, qtbot: Any) -> None:
    set_ui_language("en", remember=False)
    main_window.show()
    main_window.activateWindow()
    qtbot.waitExposed(main_window)
    file_menu = main_window.menuBar().actions()[0].menu()
    QTest.keyClick(main_window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(file_menu.isVisible, timeout=2000)
    file_menu.hide()
