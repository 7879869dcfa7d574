"""The main window's parts and where they sit: the canvas in the middle, the Shapes palette on the
left, the other docks on the right, the status bar, and the size and layout remembered between runs.

The window's other sides (menus, actions, content languages) build on this base; they reach the
document through ``document`` and ``push``, so every edit is one step on the scene's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QUndoView

from editor.actions import ActionState
from editor.app.icon_picker import IconPickerDock
from editor.app.languages_dock import LanguagesDock
from editor.app.properties_dock import PropertiesDock
from editor.app.shapes_dock import ShapesDock
from editor.canvas import DiagramScene, DiagramView
from editor.commands import Command
from editor.model import Document
from editor.render.svg_raster import REFUSAL_LISTENERS

if TYPE_CHECKING:
    from editor.app.action_builder import ActionSet
    from editor.app.document_files import DocumentFiles
    from editor.app.element_actions import ElementActions
    from editor.app.settings import AppSettings
    from editor.app.style_quick_bar import StyleActions


class WindowParts(QMainWindow):
    """Builds the canvas, docks and status bar; ``MainWindow`` sets the collaborators named here."""

    settings: AppSettings
    files: DocumentFiles
    actions_: ActionSet
    element_actions: ElementActions
    style_actions: StyleActions

    def _build_canvas(self) -> None:
        self.scene = DiagramScene(Document(), self)
        self.scene.set_snap_to_grid(self.settings.snapping)
        self.view = DiagramView(self.scene, self)
        self.view.setObjectName("canvas")
        self.setCentralWidget(self.view)

    def _build_docks(self) -> None:
        """Shapes on the left (as in draw.io); Properties above, Icons, History and Languages tabbed
        below it on the right, Icons in front."""
        self.shapes = ShapesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.shapes)
        self.properties = PropertiesDock(self)
        self.icons = IconPickerDock(self)
        self.history_view = QUndoView(self.scene.undo_stack)
        self.history_view.setObjectName("history.view")
        self.history = QDockWidget(self)
        self.history.setObjectName("dock.history")
        self.history.setWidget(self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.icons)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history)
        self.tabifyDockWidget(self.icons, self.history)
        self.languages = LanguagesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.languages)
        self.tabifyDockWidget(self.history, self.languages)
        self.icons.raise_()
        self.resizeDocks([self.properties, self.icons], [600, 320], Qt.Orientation.Vertical)
        self.resizeDocks([self.properties, self.shapes], [340, 236], Qt.Orientation.Horizontal)
        self.properties.command_requested.connect(self.push)
        self.icons.command_requested.connect(self.push)
        self.languages.command_requested.connect(self.push)

    def _build_status_bar(self) -> None:
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("status.zoom")
        self.zoom_label.setMinimumWidth(64)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.selection_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        listener = self._image_refused  # the canvas paints an SVG image too slow to draw crossed out
        REFUSAL_LISTENERS.append(listener)
        self.destroyed.connect(lambda: REFUSAL_LISTENERS.remove(listener))

    def _image_refused(self, element_id: str, _message: str) -> None:
        text = self.tr("Image %1 takes too long to draw; it is shown crossed out and export refuses it.")
        self.statusBar().showMessage(text.replace("%1", f'"{element_id}"'), 15000)

    def _retranslate_parts(self) -> None:
        self.history.setWindowTitle(self.tr("History"))
        self.history_view.setEmptyLabel(self.tr("Opened"))

    def _restore_layout(self) -> None:
        """The size, position and dock layout of the last run; a fresh start fills a small screen."""
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            if screen.width() <= 1680:
                self.setGeometry(screen)  # a small screen: use all of it
            else:
                self.resize(1600, 1000)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    # --- what every part of the window uses ---------------------------------------------------
    @property
    def document(self) -> Document:
        return self.scene.document

    def push(self, command: Command) -> bool:
        """Every edit from a dock or an action goes here: one undo step on the scene's stack."""
        return self.scene.push(command)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def action_state(self) -> ActionState:
        stack = self.scene.undo_stack
        settings = self.document.settings
        return ActionState(
            selection_count=len(self.scene.selected_ids()),
            element_count=len(self.document.elements),
            can_undo=stack.canUndo(),
            can_redo=stack.canRedo(),
            grid_visible=settings.grid.visible,
            snapping=self.scene.snap_to_grid,
            theme=settings.theme,
            languages_panel=self.languages.toggleViewAction().isChecked(),
            tool=self.scene.tool,
            **self.element_actions.state_facts(),
            **self.style_actions.state_facts(),
        )

    def refresh_actions(self) -> None:
        self.actions_.refresh(self.action_state())
