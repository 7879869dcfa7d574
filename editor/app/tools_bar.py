"""The tools bar: the canvas tools (V, R, A, T, F) and the selected arrows' routing, beside the main toolbar.

Kept apart from the main toolbar so each can grow on its own. A double-click on a tool's button
locks the tool (it stays after making its element, as Excalidraw's lock does) until another
tool is chosen or Esc is pressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QToolBar, QToolButton
from typing_extensions import override

from editor.actions import TOOLS_BAR

if TYPE_CHECKING:
    from editor.app.action_builder import ActionSet
    from editor.canvas import DiagramScene

TOOL_PREFIX = "tool."


class ToolLock(QObject):
    """Turns a double-click on a tool button into a locked tool."""

    def __init__(self, scene: DiagramScene, buttons: dict[QToolButton, str], parent: QObject) -> None:
        super().__init__(parent)
        self.scene = scene
        self.buttons = buttons
        for button in buttons:
            button.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick and watched in self.buttons:
            self.scene.set_tool(self.buttons[watched], locked=True)
            return True
        return False


def build_tools_bar(actions: ActionSet, scene: DiagramScene) -> QToolBar:
    """The bar, filled from ``TOOLS_BAR``; its checked tool follows the scene through the actions' refresh."""
    bar = QToolBar()
    bar.setObjectName("toolbar.tools")
    bar.setMovable(False)
    actions.fill_toolbar(bar, TOOLS_BAR)
    buttons: dict[QToolButton, str] = {}
    for entry in TOOLS_BAR:
        if entry is not None and entry.startswith(TOOL_PREFIX):
            button = bar.widgetForAction(actions[entry])
            if isinstance(button, QToolButton):
                buttons[button] = entry.removeprefix(TOOL_PREFIX)
    ToolLock(scene, buttons, bar)
    return bar
