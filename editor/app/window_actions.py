"""What the File, Edit, View, Insert, Arrange and Help actions do in the window (its side of ``ActionHost``).

Files go to ``DocumentFiles``, edits to the canvas (one undo step each), the view to the
canvas view; the Language menu's actions live in ``content_language_actions``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from editor.actions import AlignEdge, Axis
from editor.app.dialogs import SettingsDialog, ShortcutsDialog, about_text
from editor.app.export_dialog import ExportDialog, export_document
from editor.app.template_dialog import TemplateDialog
from editor.app.window_parts import WindowParts
from editor.arrange.auto_layout import LayoutError, auto_layout
from editor.commands import QT_TRANSLATE_NOOP, ReplaceElements, SetSettings
from editor.i18n.ui_locale import current_ui_language
from editor.model import Arrow, DocumentError

AUTO_LAYOUT = QT_TRANSLATE_NOOP("Commands", "Auto Layout")


class WindowActions(WindowParts):
    # --- files ------------------------------------------------------------------------------
    def new_document(self) -> bool:
        return self.files.new_document()

    def new_from_template(self) -> bool:
        """Offer the bundled templates; the chosen one opens as a new untitled diagram in the interface language."""
        language = current_ui_language().content_tag
        try:
            dialog = TemplateDialog(language, self)
        except DocumentError as error:  # a damaged installation: say which file, never a traceback
            self.show_status(self.tr("The templates could not be read: %1").replace("%1", str(error)))
            return False
        if dialog.exec() != TemplateDialog.DialogCode.Accepted or (template := dialog.chosen()) is None:
            return False
        return self.files.new_from_template(template, language)

    def open_with_dialog(self) -> bool:
        return self.files.open_with_dialog()

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def close_document(self) -> bool:
        return self.files.close_document()

    def quit(self) -> None:
        self.close()

    def export_with_dialog(self) -> bool:
        base = Path(self.files.path).name.removesuffix(".diagram.json") if self.files.path else "diagram"
        folder = self.settings.export_folder(self.files.path)
        dialog = ExportDialog(self.document, str(folder / f"{base}.png"), self.scene.language, self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return False
        options = dialog.options()
        try:
            size = export_document(self.document, options)
        except (OSError, ValueError) as error:
            QMessageBox.critical(self, self.tr("Export Failed"), str(error))
            return False
        self.settings.set_export_folder(self.files.path, Path(options.path).parent)
        self.show_status(self.tr("Exported %1 (%2 KB)").replace("%1", options.path).replace("%2", f"{size / 1024:.0f}"))
        return True

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.applied.connect(self._settings_applied)  # OK and Apply both write the settings
        dialog.exec()

    def _settings_applied(self) -> None:
        self.files.autosaver.set_interval(self.settings.autosave_seconds)
        self.files.autosaver.set_every_edits(self.settings.autosave_edits)
        self.scene.set_snap_to_grid(self.settings.snapping)
        self.refresh_actions()

    # --- editing and arranging (the canvas does the work, one undo step each) -----------------
    def undo(self) -> None:
        self.scene.undo_stack.undo()

    def redo(self) -> None:
        self.scene.undo_stack.redo()

    def cut(self) -> None:
        self.scene.cut_selection()

    def copy(self) -> None:
        self.scene.copy_selection()

    def paste(self) -> None:
        self.scene.paste()

    def duplicate(self) -> None:
        self.scene.duplicate_selection()

    def delete_selection(self) -> None:
        self.scene.delete_selection()

    def select_all(self) -> None:
        self.scene.select_all()

    def align(self, edge: AlignEdge) -> None:
        self.scene.align(edge)

    def distribute(self, axis: Axis) -> None:
        self.scene.distribute(axis)

    def bring_to_front(self) -> None:
        self.scene.bring_to_front()

    def send_to_back(self) -> None:
        self.scene.send_to_back()

    def auto_layout(self) -> bool:
        """Arrange > Auto Layout: the selection (two or more placed elements), else the whole
        diagram, as one undo step; a failure (no Graphviz) is a dialog and changes nothing."""
        document = self.document
        placed = [i for i in self.scene.selected_ids() if not isinstance(document.get(i), Arrow)]
        try:
            laid_out = auto_layout(document, only=placed if len(placed) >= 2 else None)
        except LayoutError as error:
            QMessageBox.critical(self, self.tr("Auto Layout"), str(error))
            return False
        changed = [element for element in laid_out.elements if element != document.get(element.id)]
        return bool(changed) and self.push(ReplaceElements(changed, title=AUTO_LAYOUT))

    # --- groups and locks (the canvas's steps), styles (StyleActions) ----------------------------
    def group_selection(self) -> None:
        self.scene.group_selection()

    def ungroup_selection(self) -> None:
        self.scene.ungroup_selection()

    def toggle_lock(self) -> None:
        self.scene.toggle_lock()

    def copy_style(self) -> None:
        self.style_actions.copy_style()

    def paste_style(self) -> None:
        self.style_actions.paste_style()

    # --- inserting, text, legend entries, routing (ElementActions does the work) ---------------
    def insert_shape(self, kind: str) -> None:
        self.element_actions.insert_shape(kind)

    def edit_selected_text(self) -> None:
        self.element_actions.edit_selected_text()

    def add_legend_entry(self) -> None:
        self.element_actions.add_legend_entry()

    def remove_legend_entry(self) -> None:
        self.element_actions.remove_legend_entry()

    def set_routing(self, routing: str) -> None:
        self.element_actions.set_routing(routing)

    def set_tool(self, name: str) -> None:
        """The canvas tool a press on the canvas uses (select, box, arrow, text, frame)."""
        self.scene.set_tool(name)
        self.view.setFocus()  # a toolbar click: the next keys go to the canvas again

    # --- view -------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def zoom_fit(self) -> None:
        self.view.zoom_to_fit()

    def zoom_reset(self) -> None:
        self.view.zoom_reset()

    def toggle_grid(self) -> None:
        grid = self.document.settings.grid
        self.push(SetSettings({"grid": grid.model_copy(update={"visible": not grid.visible})}))

    def toggle_snapping(self) -> None:
        enabled = not self.scene.snap_to_grid
        self.scene.set_snap_to_grid(enabled)
        self.settings.snapping = enabled
        self.refresh_actions()

    def set_theme(self, name: str) -> None:
        if name != self.document.settings.theme:
            self.push(SetSettings({"theme": name}))
        self.refresh_actions()

    # --- help -------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Diagram Editor"), about_text())
