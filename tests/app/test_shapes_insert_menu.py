"""Insert menu: each entry, reached by keyboard through the menu bar (Alt+I, then its accelerator),
makes its kind in the middle of the view as one undo step, with its text open for editing; the
tools' single keys (T for text) never take a letter meant for the open menu (T for Title)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from editor.model import Box, Frame, Legend, TextElement

#: action id -> (accelerator in the English menu, what it makes)
ENTRIES = {
    "insert.box": (Qt.Key.Key_B, Box),
    "insert.title": (Qt.Key.Key_T, "title"),
    "insert.heading": (Qt.Key.Key_H, "heading"),
    "insert.caption": (Qt.Key.Key_C, "caption"),
    "insert.callout": (Qt.Key.Key_A, "callout"),
    "insert.note": (Qt.Key.Key_N, "note"),
    "insert.legend": (Qt.Key.Key_L, Legend),
    "insert.frame": (Qt.Key.Key_F, Frame),
}


#: The tools after the kinds, with their single keys shown beside them.
TOOL_TITLES = [
    ("&Select Tool", "V"),
    ("Bo&x Tool", "R"),
    ("Elli&pse Tool", "O"),
    ("&Diamond Tool", "D"),
    ("A&rrow Tool", "A"),
    ("T&ext Tool", "T"),
    ("Fra&me Tool", "F"),
]


@pytest.fixture
def shown(window: Any, qtbot: Any) -> Any:
    window.resize(1600, 1000)
    QApplication.processEvents()
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    return window


def open_insert_menu(window: Any, qtbot: Any) -> QMenu:
    menu: QMenu = window.menus["menu.insert"]
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible)
    return menu


def test_the_insert_menu_lists_every_kind_in_order(shown: Any) -> None:
    menu: QMenu = shown.menus["menu.insert"]
    titles = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert titles == [
        "&Box",
        "&Title",
        "&Heading",
        "&Caption Text",
        "C&allout",
        "&Note",
        "&Legend",
        "&Frame",
        *(f"{tool}\t{key}" for tool, key in TOOL_TITLES),
    ]
    assert [action.text() for action in shown.menuBar().actions()].index("&Insert") == 3  # after View


@pytest.mark.parametrize("action_id", ENTRIES)
def test_each_entry_chosen_by_keyboard_makes_its_kind(shown: Any, qtbot: Any, action_id: str) -> None:
    key, kind = ENTRIES[action_id]
    menu = open_insert_menu(shown, qtbot)
    QTest.keyClick(menu.windowHandle(), key)
    qtbot.waitUntil(lambda: not menu.isVisible())

    (element,) = shown.document.elements
    if isinstance(kind, str):
        assert isinstance(element, TextElement) and element.role.value == kind
    else:
        assert isinstance(element, kind)
    centre = shown.scene.visible_area().center()
    assert element.rect.x <= centre.x() <= element.rect.right and element.rect.y <= centre.y() <= element.rect.bottom
    assert shown.scene.undo_stack.count() == 1
    assert (shown.scene.editor is None) == (kind is Frame)
    if shown.scene.editor is not None:
        QTest.keyClicks(shown.view.viewport(), "Cache")
        QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
        assert shown.scene.undo_stack.count() == 2
    shown.scene.undo_stack.setIndex(0)
    assert shown.document.elements == []


def test_enter_on_a_highlighted_entry_inserts_it(shown: Any, qtbot: Any) -> None:
    menu = open_insert_menu(shown, qtbot)
    assert menu.activeAction() is shown.actions_["insert.box"]  # opened by keyboard: the first is highlighted
    for _ in range(2):  # Title, Heading
        QTest.keyClick(menu.windowHandle(), Qt.Key.Key_Down)
    assert menu.activeAction() is shown.actions_["insert.heading"]
    QTest.keyClick(menu.windowHandle(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())
    (heading,) = shown.document.elements
    assert isinstance(heading, TextElement) and heading.role.value == "heading"
