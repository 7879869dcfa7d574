"""The icon picker finds icons by name and meaning and assigns one to the selection in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.app.icon_catalog import KEYWORDS, is_known_icon, search_icons
from editor.app.icon_picker import ICON_MIME, icon_mime_data
from editor.canvas import ICON_MIME as CANVAS_ICON_MIME


def test_keyword_table_names_real_icons() -> None:
    assert not [name for names in KEYWORDS.values() for name in names if not is_known_icon(name)]


def test_search_by_meaning_and_by_name() -> None:
    assert search_icons("database")[0] == "mdi6.database"
    assert "fa6s.database" in search_icons("database")
    assert search_icons("queue")[0] == "mdi6.tray-full"  # a keyword: no icon is named "queue" in mdi6
    assert all("arrow" in name and "left" in name for name in search_icons("arrow left")[:50])
    assert search_icons("no-such-icon-anywhere") == []


def test_picker_finds_database_icons_and_assigns_one(window, example_path, qtbot) -> None:
    window.files.open_path(str(example_path))
    picker = window.icons
    qtbot.keyClicks(picker.search, "database")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    shown = picker.shown_names()
    assert shown[0] == "mdi6.database"
    assert all("database" in name for name in shown[5:])  # past the keyword picks, names match
    assert picker.status.text() == f"mdi6.database  ·  {len(picker.results)} icons"

    window.scene.select_ids(["browser", "worker"])
    before = {element_id: window.document.element(element_id).icon for element_id in ("browser", "worker")}
    target = next(row for row in range(picker.grid.count()) if picker.grid.item(row).toolTip() == "fa6s.database")
    item = picker.grid.item(target)
    rect = picker.grid.visualItemRect(item)
    qtbot.mouseClick(picker.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.assign_button.isEnabled()
    qtbot.mouseClick(picker.assign_button, Qt.MouseButton.LeftButton)
    assert {window.document.element(element_id).icon for element_id in ("browser", "worker")} == {"fa6s.database"}
    assert window.scene.undo_stack.count() == 1
    window.actions_["edit.undo"].trigger()
    assert {element_id: window.document.element(element_id).icon for element_id in ("browser", "worker")} == before


def test_no_icon_button_removes_and_arrows_are_not_targets(window, example_path, qtbot) -> None:
    window.files.open_path(str(example_path))
    window.scene.select_ids(["r1"])
    assert not window.icons.clear_button.isEnabled()  # arrows carry no icon
    window.scene.select_ids(["api"])
    qtbot.mouseClick(window.icons.clear_button, Qt.MouseButton.LeftButton)
    assert window.document.element("api").icon is None


def test_drag_payload_is_what_the_canvas_accepts() -> None:
    assert ICON_MIME == CANVAS_ICON_MIME
    data = icon_mime_data("mdi6.server")
    assert bytes(data.data(ICON_MIME).data()) == b"mdi6.server"
