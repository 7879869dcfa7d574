"""The canvas's right-click menu: the window's QActions, laid out by ``CONTEXT_MENUS`` in the
action table (the same runs of entries as the menu bar).

Right-click on an element selects it (unless it is already part of the selection) and offers
Edit Text, the clipboard, Duplicate, Delete and the z-order; on arrows also the routing, on a
legend Add and Remove Entry. Right-click on empty canvas clears the selection and offers
Paste, an Insert submenu, Select All and Fit to Content. What was clicked is found by the
scene's picking rules (``scene.element_at``), as for a left click: a lane's inside is empty
canvas, an arrow's label is the arrow. What was clicked (element, text field, point) is kept
as the menu's ``target`` while its command runs, so Insert places the element at the clicked
point and Edit Text / Remove Entry act on the clicked label or entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QWidget
from typing_extensions import override

from editor.actions import CONTEXT_MENUS, INSERT_ENTRIES, INSERT_SUBMENU, INSERT_TITLE
from editor.app.action_builder import ActionSet, translated
from editor.canvas import DiagramView
from editor.canvas.text_editing import field_at
from editor.model import Arrow, Legend


@dataclass(frozen=True, slots=True)
class CanvasTarget:
    """Where the menu was opened: the element and text field under the pointer (or None) and the point."""

    element_id: str | None
    field: str | None
    scene_pos: QPointF


class CanvasMenu(QObject):
    """Opens the context menu for right-clicks on the view; ``target`` lives while its command runs."""

    def __init__(self, view: DiagramView, actions: ActionSet, parent: QWidget | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.scene = view.diagram
        self.actions = actions
        self.target: CanvasTarget | None = None
        self.menu = QMenu(view)
        self.menu.setObjectName("menu.canvas")
        self.menu.aboutToHide.connect(self._forget_target_later)
        self.insert_menu = QMenu(self.menu)
        self.insert_menu.setObjectName("menu.canvas.insert")
        actions.fill_menu(self.insert_menu, INSERT_ENTRIES, {})
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    # --- what was clicked ----------------------------------------------------------------
    def insert_point(self) -> QPointF | None:
        """The clicked point while a command chosen from the empty-canvas menu runs, else None."""
        return self.target.scene_pos if self.target is not None and self.target.element_id is None else None

    def clicked_field(self, element_id: str) -> str | None:
        """The text field of ``element_id`` that was right-clicked (e.g. "entries[2]"), else None."""
        if self.target is None or self.target.element_id != element_id:
            return None
        return self.target.field

    def _forget_target_later(self) -> None:
        # Qt hides the menu before it triggers the chosen action: forget after the command ran.
        QTimer.singleShot(0, self._forget_target)

    def _forget_target(self) -> None:
        if not self.menu.isVisible():
            self.target = None

    # --- opening -------------------------------------------------------------------------
    def open_at(self, viewport_pos: QPoint, global_pos: QPoint, element_id: str | None = None) -> QMenu | None:
        """Select what is under ``viewport_pos``, fill the menu for it and pop it up (not modal).
        With ``element_id`` (opened from the keyboard) the menu is for that selected element."""
        scene_pos = self.view.mapToScene(viewport_pos)
        editor = self.scene.editor
        if editor is not None:
            if element_id is None and editor.sceneBoundingRect().contains(scene_pos):
                return None  # the text editor's own menu (cut, copy, paste of text)
            editor.commit()
        view = self.scene.views_by_id.get(element_id) if element_id else self.scene.element_at(scene_pos)
        if view is None:
            self.scene.select_ids([])
            self.target = CanvasTarget(None, None, scene_pos)
        else:
            if not view.isSelected():
                self.scene.select_ids([view.element_id])
            field = None if element_id else field_at(self.scene, view, scene_pos)
            self.target = CanvasTarget(view.element_id, field, scene_pos)
        self.rebuild()
        self.menu.popup(global_pos)
        return self.menu

    def rebuild(self) -> None:
        """The entries for the current target and selection, titles in the interface language."""
        self.menu.clear()
        self.insert_menu.setTitle(translated(INSERT_TITLE))
        if self.target is None or self.target.element_id is None:
            self._fill("canvas")
            return
        self._fill("element")
        selected = [self.scene.document.get(element_id) for element_id in self.scene.selected_ids()]
        if any(isinstance(element, Arrow) for element in selected):
            self.menu.addSeparator()
            self._fill("arrows")
        if len(selected) == 1 and isinstance(selected[0], Legend):
            self.menu.addSeparator()
            self._fill("legend")

    def _fill(self, context: str) -> None:
        self.actions.fill_menu(self.menu, CONTEXT_MENUS[context], {INSERT_SUBMENU: self._add_insert_menu})

    def _add_insert_menu(self, menu: QMenu) -> None:
        menu.addMenu(self.insert_menu)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        element_id = None
        if watched is self.view.viewport():
            position = event.pos()
        elif event.reason() == QContextMenuEvent.Reason.Keyboard:
            position, element_id = self._keyboard_target()  # the Menu key or Shift+F10 on the focused view
        else:
            return False
        self.open_at(position, self.view.viewport().mapToGlobal(position), element_id)
        event.accept()
        return True

    def _keyboard_target(self) -> tuple[QPoint, str | None]:
        """The selected element nearest the top left and the middle of it when it is in view,
        else the middle of the view (and still that element, if any is selected)."""
        middle = self.view.viewport().rect().center()
        views = [self.scene.views_by_id.get(element_id) for element_id in self.scene.selected_ids()]
        shown = [view for view in views if view is not None]
        if not shown:
            return middle, None
        first = min(shown, key=lambda view: (view.sceneBoundingRect().top(), view.sceneBoundingRect().left()))
        point = self.view.mapFromScene(first.sceneBoundingRect().center())
        return (point if self.view.viewport().rect().contains(point) else middle), first.element_id
