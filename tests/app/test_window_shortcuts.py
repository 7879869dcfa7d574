"""A real window routes every shortcut, menu entry and toolbar button to the action its spec names.

The window's ``ActionSet`` calls whatever host it holds when an action fires, so these tests
swap in a recorder: real key events and real menu triggers then show which host call each
one reaches, without opening the dialogs those calls would show.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from editor.actions import ACTIONS, ACTIONS_BY_ID, MENUS, TOOLBAR, ActionSpec, key_sequences
from editor.app.action_builder import translated
from editor.commands import Group, MoveElements
from editor.model import Box, load

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


class Recorder:
    """Stands in for the window as the actions' host: remembers each call instead of making it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def __getattr__(self, name: str) -> Any:
        def record(*args: object) -> None:
            self.calls.append((name, args))

        return record


def expected_call(spec: ActionSpec) -> tuple[str, tuple[object, ...]]:
    recorder = Recorder()
    spec.run(recorder)  # type: ignore[arg-type]
    (call,) = recorder.calls
    return call


def window_with_everything_enabled(window: Any) -> Recorder:
    """The example, three boxes grouped and selected, a style copied, one step to undo and one to
    redo; a recorder as host."""
    window.show_document(load(EXAMPLE))
    boxes = [element.id for element in window.document.elements if isinstance(element, Box)][:3]
    window.push(Group(boxes))  # Ungroup has something to do
    window.push(MoveElements(boxes, 10.0, 0.0))
    window.push(MoveElements(boxes, 0.0, 10.0))
    window.scene.undo_stack.undo()
    window.scene.select_ids(boxes)
    window.style_actions.copy_style()  # Paste Style has something to paste
    window.refresh_actions()
    window.activateWindow()
    window.view.setFocus()
    recorder = Recorder()
    window.actions_.host = recorder
    return recorder


def test_every_shortcut_reaches_its_action(window: Any, qtbot: Any) -> None:
    recorder = window_with_everything_enabled(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    pressed = 0
    for spec in ACTIONS:
        sequences = key_sequences(spec)
        if not sequences:
            continue
        action = window.actions_[spec.id]
        assert action.isEnabled(), spec.id
        combination = sequences[0][0]
        recorder.calls.clear()
        QTest.keyClick(QApplication.focusWidget(), combination.key(), combination.keyboardModifiers())
        assert recorder.calls == [expected_call(spec)], f"{spec.id}: {sequences[0].toString()}"
        pressed += 1
    assert pressed >= 30


def test_every_menu_entry_and_toolbar_button_runs_its_spec(window: Any) -> None:
    recorder = window_with_everything_enabled(window)
    seen: list[str] = []
    for menu_action in window.menuBar().actions():
        menu: QMenu = menu_action.menu()
        for action in menu.actions():
            spec = ACTIONS_BY_ID.get(action.objectName())
            if spec is None:
                continue  # separators, submenus, dock toggles, the document's languages
            recorder.calls.clear()
            action.setEnabled(True)  # the wiring is under test here, not the enabled rules
            action.trigger()
            assert recorder.calls == [expected_call(spec)], spec.id
            seen.append(spec.id)
    assert sorted(seen) == sorted(ACTIONS_BY_ID)

    buttons = [
        window.toolbar.widgetForAction(action)
        for action in window.toolbar.actions()
        if isinstance(window.toolbar.widgetForAction(action), QToolButton) and action.objectName() in ACTIONS_BY_ID
    ]
    assert [button.defaultAction().objectName() for button in buttons] == [entry for entry in TOOLBAR if entry]
    for button in buttons:
        spec = ACTIONS_BY_ID[button.defaultAction().objectName()]
        recorder.calls.clear()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        assert recorder.calls == [expected_call(spec)], spec.id


def test_menu_titles_and_tooltips_name_the_shortcut(window: Any) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == [translated(title) for title, _entries in MENUS]
    assert titles[:3] == ["&File", "&Edit", "&View"]
    undo: QAction = window.actions_["edit.undo"]
    native = key_sequences(ACTIONS_BY_ID["edit.undo"])[0].toString(QKeySequence.SequenceFormat.NativeText)
    assert undo.toolTip().startswith(f"Undo ({native}")
    assert window.actions_["language.translate"].statusTip().startswith("Translate every label")
