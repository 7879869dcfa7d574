"""The canvas's right-click menu, driven by real right-clicks through the window and real clicks on its entries.

A right-click goes in through the window (``QTest`` on the QWindow), so Qt itself turns it into
the context-menu event the canvas receives, as a mouse would; entries are chosen by clicking
where the menu draws them.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from editor.model import (
    Arrow,
    Box,
    Document,
    Endpoint,
    Frame,
    Legend,
    LegendEntry,
    Rect,
    Routing,
    TextElement,
    plain,
)
from editor.render.display_list import TextLineOp

ENTRIES = ["Read from the cache", "Fall back to the database", "Refresh the cache"]


def sample() -> Document:
    return Document(
        elements=[
            Box(id="api", rect=Rect(x=0, y=0, width=200, height=120), name=plain("API"), role=plain("")),
            Box(id="db", rect=Rect(x=480, y=0, width=200, height=120), name=plain("DB"), role=plain("")),
            Arrow(id="query", source=Endpoint(element="api"), target=Endpoint(element="db"), routing=Routing.STRAIGHT),
            Legend(
                id="legend",
                rect=Rect(x=0, y=220, width=420, height=220),
                title=plain("How it works"),
                entries=[LegendEntry(text=plain(text)) for text in ENTRIES],
            ),
        ]
    )


def lane_sample() -> Document:
    """The two boxes in a lane, the arrow between them labelled (the label stands above the line)."""
    lane = Frame(id="lane", rect=Rect(x=-40, y=-80, width=760, height=360), title=plain("Read path"), z=-1)
    elements = sample().elements[:3]
    labelled = elements[2].model_copy(update={"label": plain("Publish invalidation event")})
    return Document(elements=[lane.model_copy(update={"members": ["api", "db"]}), *elements[:2], labelled])


@pytest.fixture
def shown(window: Any, qtbot: Any) -> Any:
    return show(window, qtbot, sample())


def show(window: Any, qtbot: Any, document: Document) -> Any:
    """The window with ``document``, the whole of it in view, the canvas focused."""
    window.resize(1600, 1000)  # the offscreen screen is small: room for the docks and the sample at 100 %
    window.show_document(document)
    QApplication.processEvents()  # the window's layout and the fit-to-view that show_document queues
    window.view.zoom_reset()
    window.view.centerOn(QPointF(340, 220))
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    return window


def right_click(window: Any, qtbot: Any, point: QPointF) -> QMenu:
    """A real right mouse click at scene ``point``; returns the menu it opened."""
    inside = window.view.viewport().mapTo(window, window.view.mapFromScene(point))
    assert window.childAt(inside) is window.view.viewport()
    QTest.mouseMove(window.windowHandle(), inside)
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, inside)
    menu: QMenu = window.canvas_menu.menu
    qtbot.waitUntil(menu.isVisible)
    return menu


def entry_names(menu: QMenu) -> list[str]:
    return [action.objectName() or (action.menu().objectName() if action.menu() else "") for action in menu.actions()]


def choose(menu: QMenu, name: str, qtbot: Any) -> None:
    """Click the entry ``name`` (an action id, or a submenu's object name) where the menu shows it."""
    action = next(a for a in menu.actions() if a.objectName() == name or (a.menu() and a.menu().objectName() == name))
    assert action.isEnabled(), name
    spot = menu.actionGeometry(action).center()
    QTest.mouseMove(menu.windowHandle(), spot)
    QTest.mouseClick(menu.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
    if action.menu() is not None:
        qtbot.waitUntil(action.menu().isVisible)
    else:
        qtbot.waitUntil(lambda: not menu.isVisible())


def text_op(window: Any, element_id: str, text: str) -> TextLineOp:
    """The drawn line that shows ``text`` in element ``element_id``."""
    view = window.scene.views_by_id[element_id]
    return next(op for op in view.element_group().ops if isinstance(op, TextLineOp) and op.text.strip() == text)


def line_of(window: Any, element_id: str, text: str) -> QPointF:
    """The middle of the drawn line that shows ``text`` in element ``element_id``."""
    op = text_op(window, element_id, text)
    return QPointF(op.x + op.width / 2, op.y - op.ascent / 2)


def legend(window: Any) -> Legend:
    element = window.document.element("legend")
    assert isinstance(element, Legend)
    return element


def test_an_elements_menu_offers_editing_the_clipboard_and_the_z_order(shown: Any, qtbot: Any) -> None:
    menu = right_click(shown, qtbot, QPointF(100, 60))
    assert shown.scene.selected_ids() == ["api"]  # the right-clicked element is selected first
    names = entry_names(menu)
    for expected in ("edit.text", "edit.cut", "edit.copy", "edit.paste", "edit.duplicate", "edit.delete"):
        assert expected in names
    assert names.index("arrange.front") < names.index("arrange.back")
    assert "arrange.route_orthogonal" not in names and "edit.legend_add_entry" not in names
    assert menu.actions()[0].text() == "&Edit Text"

    choose(menu, "edit.delete", qtbot)
    assert shown.document.get("api") is None and shown.document.get("query") is None  # its arrow goes too
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.document.get("api") is not None and shown.document.get("query") is not None


def test_edit_text_from_the_menu_edits_the_right_clicked_label(shown: Any, qtbot: Any) -> None:
    menu = right_click(shown, qtbot, line_of(shown, "legend", ENTRIES[1]))
    choose(menu, "edit.text", qtbot)
    editor = shown.scene.editor
    assert editor is not None and (editor.element_id, editor.field) == ("legend", "entries[1]")
    QTest.keyClicks(shown.view.viewport(), "Query the database")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
    assert [entry.text.text for entry in legend(shown).entries] == [ENTRIES[0], "Query the database", ENTRIES[2]]


def test_add_entry_on_a_legend_adds_below_the_clicked_entry_as_one_step(shown: Any, qtbot: Any) -> None:
    stack = shown.scene.undo_stack
    before = stack.count()
    menu = right_click(shown, qtbot, line_of(shown, "legend", ENTRIES[0]))
    assert {"edit.legend_add_entry", "edit.legend_remove_entry"} <= set(entry_names(menu))
    choose(menu, "edit.legend_add_entry", qtbot)

    assert [entry.text.text for entry in legend(shown).entries] == [ENTRIES[0], "", ENTRIES[1], ENTRIES[2]]
    assert stack.count() == before + 1
    editor = shown.scene.editor
    assert editor is not None and (editor.element_id, editor.field) == ("legend", "entries[1]")
    # on the new row, between its neighbours, in the entries' text column (not over the legend's middle)
    top = editor.sceneBoundingRect().top()
    assert line_of(shown, "legend", ENTRIES[0]).y() < top < line_of(shown, "legend", ENTRIES[1]).y()
    assert abs(editor.sceneBoundingRect().left() - text_op(shown, "legend", ENTRIES[0]).x) < 1
    QTest.keyClicks(shown.view.viewport(), "Check the TTL")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
    assert legend(shown).entries[1].text.text == "Check the TTL"

    stack.undo()  # the typed text
    stack.undo()  # the new entry
    assert [entry.text.text for entry in legend(shown).entries] == ENTRIES
    assert stack.count() == before + 2 and stack.index() == before


def test_remove_entry_removes_the_clicked_entry_and_undo_brings_it_back(shown: Any, qtbot: Any) -> None:
    menu = right_click(shown, qtbot, line_of(shown, "legend", ENTRIES[1]))
    choose(menu, "edit.legend_remove_entry", qtbot)
    assert [entry.text.text for entry in legend(shown).entries] == [ENTRIES[0], ENTRIES[2]]
    assert shown.scene.undo_stack.undoText() == "Remove entry from How it works"  # the legend by its title
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [entry.text.text for entry in legend(shown).entries] == ENTRIES


def test_ctrl_enter_in_a_legend_entry_starts_the_next_entry(shown: Any, qtbot: Any) -> None:
    shown.scene.edit_text("legend", "entries[2]")
    QTest.keyClicks(shown.view.viewport(), "Refresh the cache on write")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor = shown.scene.editor
    assert editor is not None and editor.field == "entries[3]"
    QTest.keyClicks(shown.view.viewport(), "Done")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
    assert [entry.text.text for entry in legend(shown).entries] == [*ENTRIES[:2], "Refresh the cache on write", "Done"]


def test_right_click_on_an_arrow_sets_its_routing(shown: Any, qtbot: Any) -> None:
    menu = right_click(shown, qtbot, QPointF(340, 60))  # the middle of the straight arrow api -> db
    assert shown.scene.selected_ids() == ["query"]
    names = entry_names(menu)
    routing = ["arrange.route_straight", "arrange.route_orthogonal", "arrange.route_curved"]
    assert all(name in names for name in routing)
    assert shown.actions_["arrange.route_straight"].isChecked()
    choose(menu, "arrange.route_orthogonal", qtbot)

    arrow = shown.document.element("query")
    assert isinstance(arrow, Arrow) and arrow.routing == Routing.ORTHOGONAL
    assert shown.actions_["arrange.route_orthogonal"].isChecked()
    shown.scene.undo_stack.undo()
    arrow = shown.document.element("query")
    assert isinstance(arrow, Arrow) and arrow.routing == Routing.STRAIGHT


def test_empty_canvas_menu_inserts_at_the_clicked_point(shown: Any, qtbot: Any) -> None:
    shown.scene.select_ids(["api"])
    point = QPointF(620, 320)
    menu = right_click(shown, qtbot, point)
    assert shown.scene.selected_ids() == []  # a click on nothing clears the selection
    names = [name for name in entry_names(menu) if name]
    assert names == ["edit.paste", "menu.canvas.insert", "edit.select_all", "view.zoom_fit"]
    choose(menu, "menu.canvas.insert", qtbot)
    choose(shown.canvas_menu.insert_menu, "insert.note", qtbot)

    notes = [e for e in shown.document.elements if isinstance(e, TextElement) and e.role.value == "note"]
    assert len(notes) == 1
    centre = notes[0].rect.center
    grid = shown.document.settings.grid.size
    assert abs(centre.x - point.x()) <= grid and abs(centre.y - point.y()) <= grid
    assert shown.scene.editor is not None and shown.scene.editor.element_id == notes[0].id
    QTest.keyClicks(shown.view.viewport(), "Keys expire after 60 s")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Return)
    assert shown.document.element(notes[0].id).text.text == "Keys expire after 60 s"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: shown.canvas_menu.target is None)  # forgotten once the command ran


def test_select_all_from_the_empty_canvas_menu(shown: Any, qtbot: Any) -> None:
    menu = right_click(shown, qtbot, QPointF(620, 320))
    choose(menu, "edit.select_all", qtbot)
    assert sorted(shown.scene.selected_ids()) == sorted(element.id for element in shown.document.elements)


def test_the_menu_key_opens_the_menu_over_the_selection(shown: Any, qtbot: Any) -> None:
    """The Menu key and Shift+F10 reach a widget as a keyboard context-menu event (the offscreen
    platform makes none from keys, so the test sends the event Qt sends on a desktop)."""
    shown.scene.select_ids(["api", "db"])
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), shown.view.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(shown.view, event)
    menu: QMenu = shown.canvas_menu.menu
    qtbot.waitUntil(menu.isVisible)
    assert sorted(shown.scene.selected_ids()) == ["api", "db"]  # the selection stays as it was
    assert shown.canvas_menu.target is not None and shown.canvas_menu.target.element_id == "api"
    api = shown.document.element("api").rect  # type: ignore[union-attr]
    opened_at = shown.view.mapToScene(shown.view.viewport().mapFromGlobal(menu.pos()))
    assert abs(opened_at.x() - api.center.x) <= 2 and abs(opened_at.y() - api.center.y) <= 2
    QTest.keyClick(menu.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_right_click_inside_a_lane_is_a_right_click_on_empty_canvas(window: Any, qtbot: Any) -> None:
    """The menu picks as clicks do: a lane's inside is looked through (its title and border pick it)."""
    shown = show(window, qtbot, lane_sample())
    shown.scene.select_ids(["api"])
    point = QPointF(340, 240)  # inside the lane, below the arrow: no element of its own
    menu = right_click(shown, qtbot, point)
    assert shown.scene.selected_ids() == []
    assert [name for name in entry_names(menu) if name] == [
        "edit.paste",
        "menu.canvas.insert",
        "edit.select_all",
        "view.zoom_fit",
    ]
    choose(menu, "menu.canvas.insert", qtbot)
    choose(shown.canvas_menu.insert_menu, "insert.box", qtbot)
    added = [e for e in shown.document.elements if isinstance(e, Box) and e.id not in ("api", "db")]
    assert len(added) == 1 and abs(added[0].rect.center.x - point.x()) <= shown.document.settings.grid.size
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Escape)

    menu = right_click(shown, qtbot, QPointF(-37, 200))  # on the lane's left border
    assert shown.scene.selected_ids() == ["lane"] and "edit.text" in entry_names(menu)
    QTest.keyClick(menu.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_right_click_on_an_arrow_label_off_its_line_offers_the_arrows_menu(window: Any, qtbot: Any) -> None:
    shown = show(window, qtbot, lane_sample())
    label = text_op(shown, "query", "Publish invalidation event")
    menu = right_click(shown, qtbot, QPointF(label.x + label.width / 2, label.y - label.ascent + 2))  # its top
    assert shown.scene.selected_ids() == ["query"]
    assert "arrange.route_curved" in entry_names(menu)
    choose(menu, "edit.text", qtbot)
    editor = shown.scene.editor
    assert editor is not None and (editor.element_id, editor.field) == ("query", "label")
    QTest.keyClick(shown.view.viewport(), Qt.Key.Key_Escape)
    assert len(shown.document.elements) == 4
