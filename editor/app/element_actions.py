"""The window's Insert, Edit Text, legend entry and routing commands, and the facts their rules read.

``MainWindow`` implements these ``ActionHost`` methods by delegating here, so the Shapes dock,
the Insert menu and the canvas context menu share one way of inserting: at the clicked point
when the context menu was used, else in the middle of the visible canvas, as one undo step
with the new element's text open for editing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from editor.app.canvas_menu import CanvasMenu
from editor.app.legend_entries import LegendEntryKeys, add_entry, entry_index, remove_entry
from editor.canvas import DiagramScene, DiagramView
from editor.canvas.shape_drop import ShapeSpec, create_shape_at
from editor.model import Arrow, Legend


class ElementActions(QObject):
    def __init__(self, view: DiagramView, menu: CanvasMenu) -> None:
        super().__init__(view)
        self.view = view
        self.scene: DiagramScene = view.diagram
        self.menu = menu
        self.entry_keys = LegendEntryKeys(self.scene)

    # --- inserting -------------------------------------------------------------------------
    def insert_shape(self, shape: ShapeSpec | str) -> str | None:
        """Insert ``shape`` (a ShapeSpec or a kind such as "note"); returns the new element's id."""
        spec = shape if isinstance(shape, ShapeSpec) else ShapeSpec(shape)
        aimed = self.menu.insert_point()  # a right-click spot: the user chose it
        point = aimed or self.scene.visible_area().center()
        self.view.window().activateWindow()
        return create_shape_at(self.scene, point, spec, find_room=aimed is None)

    # --- text and legend entries ---------------------------------------------------------
    def edit_selected_text(self) -> None:
        """F2 / Edit Text: the right-clicked label, else the selected element's first text."""
        selected = self.scene.selected_ids()
        if self.scene.editor is not None or not selected:
            return
        element_id = selected[0]
        self.view.setFocus()
        self.scene.edit_text(element_id, self.menu.clicked_field(element_id))

    def _selected_legend(self) -> str | None:
        selected = self.scene.selected_ids()
        if len(selected) == 1 and isinstance(self.scene.document.get(selected[0]), Legend):
            return selected[0]
        return None

    def add_legend_entry(self) -> int | None:
        """A new entry below the right-clicked (or edited) one, else at the end; opened for editing."""
        legend_id = self._selected_legend()
        if legend_id is None:
            return None
        return add_entry(self.scene, legend_id, self._entry_in_focus(legend_id))

    def remove_legend_entry(self) -> bool:
        """Remove the right-clicked (or edited) entry, else the last one."""
        legend_id = self._selected_legend()
        if legend_id is None:
            return False
        index = self._entry_in_focus(legend_id)
        if self.scene.editor is not None:
            self.scene.editor.cancel()  # the entry being edited may be the one that goes
        return remove_entry(self.scene, legend_id, index)

    def _entry_in_focus(self, legend_id: str) -> int | None:
        editor = self.scene.editor
        if editor is not None and editor.element_id == legend_id:
            return entry_index(editor.field)
        return entry_index(self.menu.clicked_field(legend_id))

    # --- arrows ----------------------------------------------------------------------------
    def set_routing(self, routing: str) -> None:
        self.scene.set_routing(routing)

    # --- what the rules read ---------------------------------------------------------------
    def state_facts(self) -> dict[str, Any]:
        """The ``ActionState`` fields for the selection: arrows and their shared routing, the legend."""
        document = self.scene.document
        selected = [document.get(element_id) for element_id in self.scene.selected_ids()]
        routings = {element.routing.value for element in selected if isinstance(element, Arrow)}
        arrows = sum(isinstance(element, Arrow) for element in selected)
        legend = selected[0] if len(selected) == 1 and isinstance(selected[0], Legend) else None
        return {
            "arrows_selected": arrows,
            "routing": next(iter(routings)) if len(routings) == 1 else None,
            "legend_entries": len(legend.entries) if legend is not None else None,
        }
