"""The canvas menu is laid out by the action table's ``CONTEXT_MENUS``, from the menu bar's own runs
of entries, and opened from the keyboard it stays on the selected element (a lane too)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from editor.actions import ACTIONS_BY_ID, CONTEXT_MENUS, INSERT_ENTRIES, INSERT_SUBMENU, INSERT_TITLE, MENUS
from tests.app.test_canvas_context_menu import entry_names, lane_sample, right_click, sample, show


def _names(entries: tuple[str | None, ...]) -> list[str]:
    """An entry list as ``entry_names`` reads a built menu: separators "", the Insert submenu by name."""
    return ["menu.canvas.insert" if entry == INSERT_SUBMENU else entry or "" for entry in entries]


def test_every_context_entry_is_an_action_the_menu_bar_offers_too() -> None:
    in_menu_bar = {entry for _title, entries in MENUS for entry in entries if entry}
    listed = [entry for entries in CONTEXT_MENUS.values() for entry in entries if entry and entry != INSERT_SUBMENU]
    assert listed and all(entry in ACTIONS_BY_ID and entry in in_menu_bar for entry in listed)
    assert dict(MENUS)[INSERT_TITLE] == INSERT_ENTRIES  # the Insert submenu is the Insert menu


def test_the_built_menus_follow_the_table(window: Any, qtbot: Any) -> None:
    shown = show(window, qtbot, sample())
    menu = right_click(shown, qtbot, QPointF(340, 60))  # the arrow
    assert entry_names(menu) == [*_names(CONTEXT_MENUS["element"]), "", *_names(CONTEXT_MENUS["arrows"])]
    QTest.keyClick(menu.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    legend = shown.document.element("legend").rect  # type: ignore[union-attr]
    menu = right_click(shown, qtbot, QPointF(legend.x + 10, legend.y + 10))
    assert entry_names(menu) == [*_names(CONTEXT_MENUS["element"]), "", *_names(CONTEXT_MENUS["legend"])]
    QTest.keyClick(menu.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert entry_names(shown.canvas_menu.insert_menu) == _names(INSERT_ENTRIES)


def test_the_menu_key_on_a_selected_lane_keeps_it(window: Any, qtbot: Any) -> None:
    """The lane's middle is looked through by clicks; the keyboard's menu is for the selection itself."""
    shown = show(window, qtbot, lane_sample())
    shown.scene.select_ids(["lane"])
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), shown.view.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(shown.view, event)
    menu: QMenu = shown.canvas_menu.menu
    qtbot.waitUntil(menu.isVisible)
    assert shown.scene.selected_ids() == ["lane"]
    assert shown.canvas_menu.target is not None and shown.canvas_menu.target.element_id == "lane"
    assert entry_names(menu) == _names(CONTEXT_MENUS["element"])
    QTest.keyClick(menu.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
