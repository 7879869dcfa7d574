"""The window's group, lock and style commands, and the facts their action rules read.

Group, ungroup and lock are the canvas's own steps (``editor.canvas.scene_groups``). Copy
Style remembers the first selected element's ``Style`` for this window (as draw.io does; the
system clipboard keeps what Ctrl+C copied), and Paste Style gives it to every selected element
as one undo step. The quick bar (``style_quick_bar``) sets single style fields through
``set_style``, one step per click, on every selected element.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from editor.canvas import DiagramScene
from editor.commands import PasteStyle, SetStyle
from editor.model import AnyElement, Style
from editor.model.theme import theme_named


class StyleActions(QObject):
    #: A style was copied (Paste Style becomes available).
    style_copied = Signal()

    def __init__(self, scene: DiagramScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.copied: Style | None = None

    # --- groups and locks --------------------------------------------------------------------
    def group_selection(self) -> bool:
        return self.scene.group_selection()

    def ungroup_selection(self) -> bool:
        return self.scene.ungroup_selection()

    def toggle_lock(self) -> bool:
        return self.scene.toggle_lock()

    # --- styles ------------------------------------------------------------------------------
    def first_selected(self) -> AnyElement | None:
        selected = self.scene.selected_ids()
        return self.scene.document.get(selected[0]) if selected else None

    def copy_style(self) -> bool:
        """Ctrl+Alt+C: remember the first selected element's style."""
        first = self.first_selected()
        if first is None:
            return False
        self.copied = first.style.model_copy(deep=True)
        self.style_copied.emit()
        return True

    def paste_style(self) -> bool:
        """Ctrl+Alt+V: the copied style on every selected element, as one undo step."""
        ids = self.scene.selected_ids()
        if self.copied is None or not ids:
            return False
        return self.scene.push(PasteStyle(ids, self.copied))

    def set_style(self, field: str, value: object) -> bool:
        """One style field on every selected element (a quick bar click), as one undo step."""
        ids = self.scene.selected_ids()
        return bool(ids) and self.scene.push(SetStyle(ids, {field: value}))

    def shown_style(self) -> Style | None:
        """The first selected element's style as drawn: the theme's, its palette role's, its own."""
        first = self.first_selected()
        if first is None:
            return None
        theme = theme_named(self.scene.document.settings.theme)
        return theme.style_for(first.style.palette).merged(first.style)

    # --- what the rules read -----------------------------------------------------------------
    def state_facts(self) -> dict[str, Any]:
        selected = [self.scene.document.get(element_id) for element_id in self.scene.selected_ids()]
        return {  # a selection change may come while removed items still count as selected
            "grouped_selected": bool(self.scene.selected_groups()),
            "locked_selected": bool(selected) and all(element is None or element.locked for element in selected),
            "style_copied": self.copied is not None,
        }
